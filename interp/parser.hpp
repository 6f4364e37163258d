// parser.hpp — source text to AST.
//
// The lexer turns UTF-8 source into tokens (with INDENT/DEDENT computed from
// the indentation stack, as CPython's tokenizer does); the parser is
// recursive descent over Python 3.11's grammar, restricted to what gilpy runs.
// Unsupported syntax (async/await, match, type-parameter syntax, ...) is a
// SyntaxError naming the feature: "'async def' is not supported by gilpy".
#pragma once
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "ast.hpp"

namespace gilpy {

// What a failed parse reports. `kind` is the Python exception class name.
struct SyntaxErrorInfo : std::exception {
  std::string kind = "SyntaxError";   // "SyntaxError", "IndentationError" or "TabError"
  std::string msg;                    // e.g. "invalid syntax", "expected ':'"
  std::string filename;
  int lineno = 0;                     // 1-based
  int offset = 0;                     // 1-based column of the caret (CPython's `offset`)
  int end_offset = 0;                 // 1-based, exclusive; 0 if unknown
  std::string text;                   // the offending source line, without newline
  bool incomplete = false;            // true when more input could complete it (REPL shows "...")
  const char* what() const noexcept override { return msg.c_str(); }
};

enum class ParseMode {
  File,     // a module: statements until end of input
  Single,   // one interactive statement (REPL); same grammar as File
  Eval,     // one expression (eval(), -c expression echo); body holds one ExprStmt
};

// Parses `source`. Throws SyntaxErrorInfo on error.
std::unique_ptr<ast::AstModule> parse(std::string_view source, const std::string& filename,
                                      ParseMode mode = ParseMode::File);

}  // namespace gilpy
