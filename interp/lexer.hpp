// lexer.hpp — UTF-8 source text to a flat vector of tokens.
//
// The whole input is tokenized up front (it is cheap and makes lookahead
// trivial). Tokenizer errors do not throw here: the lexer stops and appends
// one Error token that carries the SyntaxErrorInfo, and the parser raises it
// when it reaches that token. That keeps CPython's error order, where a
// syntax error earlier in the file wins over a tokenizer error further down.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parser.hpp"

namespace gilpy::lex {

enum class TokType : uint8_t { EndMarker, Name, Number, String, Op, Newline, Indent, Dedent, Error };

// Hard keywords. Soft keywords (match, case, _, type) are plain names.
enum class Kw : uint8_t {
  NotKw, False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del,
  Elif, Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not,
  Or, Pass, Raise, Return, Try, While, With, Yield,
};

enum class Op : uint8_t {
  None,
  LPar, RPar, LSqb, RSqb, LBrace, RBrace,
  Colon, Comma, Semi, Dot, Ellipsis, Arrow, ColonEqual, At, Equal,
  Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, LShift, RShift,
  Amper, VBar, Circumflex, Tilde,
  Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual,
  // augmented assignment operators, in the order of ast::BinOpKind
  PlusEqual, MinusEqual, StarEqual, AtEqual, SlashEqual, DoubleSlashEqual, PercentEqual,
  DoubleStarEqual, LShiftEqual, RShiftEqual, VBarEqual, CircumflexEqual, AmperEqual,
  Bad,   // '$', '?', '!', '`', '<>': tokens no grammar rule accepts ("invalid syntax")
};

struct Token {
  TokType type = TokType::EndMarker;
  Op op = Op::None;
  Kw kw = Kw::NotKw;
  uint16_t level = 0;        // bracket depth after this token (an opener counts itself)
  uint32_t begin = 0;        // byte offsets into the source
  uint32_t end = 0;
  int line = 0, col = 0;     // 1-based line, 0-based column in code points
  int end_line = 0, end_col = 0;
  int error = -1;            // TokType::Error: index into Lexed::errors
};

struct LexError {
  SyntaxErrorInfo info;
  // True for errors CPython raises from inside the tokenizer (bad literals,
  // bad characters, bracket mismatches). Those replace a generic "invalid
  // syntax" found earlier; indentation and end-of-input errors do not.
  bool overrides_generic = false;
  // The error is an unclosed bracket at end of input ("'(' was never closed").
  bool eof_in_brackets = false;
};

struct Lexed {
  std::vector<Token> tokens;
  std::vector<LexError> errors;   // at most one: the lexer stops at the first error
};

// Where and how to lex. `src` is the whole (newline-normalized) source; only
// [begin, end) is scanned, which lets f-string replacement fields be lexed in
// place with correct line/column numbers.
struct LexRequest {
  std::string_view src;
  uint32_t begin = 0;
  uint32_t end = 0;
  int line = 1;              // line and column of src[begin]
  int col = 0;
  int initial_level = 0;     // > 0: as if inside brackets (newlines and indentation ignored)
  const std::string* filename = nullptr;
  const std::vector<std::string>* lines = nullptr;   // source lines, for SyntaxErrorInfo::text
};

Lexed tokenize(const LexRequest& req);

// Decodes one UTF-8 sequence at s[i] (input already validated); advances i.
char32_t decode_utf8(std::string_view s, size_t& i);
void append_utf8(std::string& out, char32_t cp);

// Unicode properties from Python 3.11's database (Unicode 14), see lexer_unicode.cpp.
bool is_xid_start(char32_t cp);
bool is_xid_continue(char32_t cp);
bool is_printable(char32_t cp);   // str.isprintable() for one character

// Maximum bracket nesting, as CPython's tokenizer (MAXLEVEL).
constexpr int kMaxBracketLevel = 200;
// Maximum indentation depth, as CPython's tokenizer (MAXINDENT).
constexpr int kMaxIndentLevel = 100;

}  // namespace gilpy::lex
