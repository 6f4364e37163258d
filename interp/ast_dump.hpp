// ast_dump.hpp — text form of an AST, identical to CPython's ast.dump().
//
// Used by differential tests: for the same source, dump(parse(src)) should
// equal `ast.dump(ast.parse(src))` printed by python3.11. With
// include_attributes, positions are printed as CPython does (lineno,
// col_offset, ...); columns match CPython's for ASCII lines only, since
// CPython counts UTF-8 bytes and gilpy counts code points.
#pragma once
#include <string>

#include "ast.hpp"

namespace gilpy::ast {

// Module(body=[...], type_ignores=[])
std::string dump(const AstModule& mod, bool include_attributes = false);
// Expression(body=...) for a module parsed with ParseMode::Eval.
std::string dump_eval(const AstModule& mod, bool include_attributes = false);
std::string dump(const Expr* e, bool include_attributes = false);
std::string dump(const Stmt* s, bool include_attributes = false);

// Python's repr() of a str / bytes / float value, as ast.dump prints them.
std::string repr_str(const std::string& utf8);
std::string repr_bytes(const std::string& bytes);
std::string repr_float(double d);

}  // namespace gilpy::ast
