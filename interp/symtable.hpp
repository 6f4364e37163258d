// symtable.hpp — scope analysis: for every name in every scope, is it a
// fast local, a cell (captured by an inner function), a free variable (from
// an enclosing function), a global, or a class/module namespace name?
//
// This is a pass over the AST before code generation, as in CPython: a
// function's locals are known only after seeing its whole body (a name
// assigned anywhere in a function is local everywhere in it).
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "interp/ast.hpp"
#include "interp/parser.hpp"

namespace gilpy {

enum class ScopeKind { Module, Class, Function, Lambda, Comprehension };

enum class NameKind { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Name /* LOAD_NAME */ };

struct Scope {
  ScopeKind kind;
  std::string name;
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  std::set<std::string> bound;          // assigned / defined here
  std::set<std::string> used;           // loaded here
  std::set<std::string> globals;        // `global` declarations
  std::set<std::string> nonlocals;      // `nonlocal` declarations
  std::map<std::string, std::pair<ast::Pos, std::string>> nonlocal_at;   // where declared, and that line
  std::vector<std::string> params;      // in order (functions)
  std::set<std::string> cells;          // locals captured by inner scopes
  std::set<std::string> frees;          // taken from enclosing scopes
  bool is_generator = false;
  bool needs_class_cell = false;        // class scope: some method uses super()/__class__
  bool uses_class_cell = false;         // function: references __class__ implicitly
  // Final resolution, filled by analyze():
  std::map<std::string, NameKind> kinds;
  NameKind lookup(const std::string& n) const;
};

struct SymbolTable {
  std::vector<std::unique_ptr<Scope>> scopes;
  std::map<const void*, Scope*> by_node;   // FunctionDef/ClassDef/Lambda/comprehension node -> scope
  Scope* top = nullptr;
};

// CPython's private name mangling: inside class `cls`, an identifier `__x`
// (not ending in "__", without dots) is `_cls__x`, with the class name's
// leading underscores stripped; a class named only of underscores mangles
// nothing. `cls` empty: outside any class.
std::string mangle_name(const std::string& cls, const std::string& name);

// Builds and resolves the scopes of a module. Throws SyntaxErrorInfo for
// scope errors (nonlocal at module level, name both global and nonlocal, ...).
std::unique_ptr<SymbolTable> build_symtable(const ast::AstModule& mod, const std::string& filename);

}  // namespace gilpy
