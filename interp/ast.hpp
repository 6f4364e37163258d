// ast.hpp — the abstract syntax tree the parser builds and the compiler reads.
//
// The shapes follow CPython's `ast` module (same node names, same fields) so
// that a reader who knows `ast.dump` can read ours. Nodes live in an arena
// owned by `AstModule`; nodes point at each other with plain pointers, which
// are valid as long as the module lives.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

namespace gilpy::ast {

struct Pos {
  int line = 0;      // 1-based
  int col = 0;       // 0-based, in characters (as CPython's col_offset, but in code points)
  int end_line = 0;
  int end_col = 0;
};

enum class Ctx : uint8_t { Load, Store, Del };

enum class BinOpKind : uint8_t { Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd };
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------- expressions
enum class ExprKind : uint8_t {
  Constant, JoinedStr, FormattedValue, Name, Attribute, Subscript, Slice, Starred,
  BinOp, UnaryOp, BoolOp, Compare, Call, IfExp, Lambda,
  List, Tuple, Set, Dict, ListComp, SetComp, DictComp, GeneratorExp,
  Yield, YieldFrom, NamedExpr,
};

struct Expr {
  ExprKind kind;
  Pos pos;
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
};

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

struct Constant : Expr {
  ConstKind ckind = ConstKind::None;
  std::string text;   // Int: decimal digits (already converted from 0x/0o/0b, no '_'), may be huge.
                      // Str: the decoded value, UTF-8. Bytes: the raw bytes.
  double fval = 0;    // Float (and Complex: the imaginary part)
  Constant() : Expr(ExprKind::Constant) {}
};

// f"..." : values are Constant(Str) pieces and FormattedValue nodes, in order.
struct JoinedStr : Expr {
  std::vector<Expr*> values;
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
};

struct FormattedValue : Expr {
  Expr* value = nullptr;
  char conversion = 0;           // 0, 's', 'r' or 'a'
  Expr* format_spec = nullptr;   // a JoinedStr, or nullptr
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
};

struct Name : Expr {
  std::string id;
  Ctx ctx = Ctx::Load;
  Name() : Expr(ExprKind::Name) {}
};

struct Attribute : Expr {
  Expr* value = nullptr;
  std::string attr;
  Ctx ctx = Ctx::Load;
  Attribute() : Expr(ExprKind::Attribute) {}
};

struct Subscript : Expr {
  Expr* value = nullptr;
  Expr* slice = nullptr;   // a Slice node, a Tuple (for a[1:2, 3]) or any expression
  Ctx ctx = Ctx::Load;
  Subscript() : Expr(ExprKind::Subscript) {}
};

struct Slice : Expr {
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
  Slice() : Expr(ExprKind::Slice) {}
};

struct Starred : Expr {
  Expr* value = nullptr;
  Ctx ctx = Ctx::Load;
  Starred() : Expr(ExprKind::Starred) {}
};

struct BinOp : Expr {
  Expr* left = nullptr;
  BinOpKind op{};
  Expr* right = nullptr;
  BinOp() : Expr(ExprKind::BinOp) {}
};

struct UnaryOp : Expr {
  UnaryOpKind op{};
  Expr* operand = nullptr;
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
};

struct BoolOp : Expr {
  BoolOpKind op{};
  std::vector<Expr*> values;   // two or more
  BoolOp() : Expr(ExprKind::BoolOp) {}
};

struct Compare : Expr {
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
  Compare() : Expr(ExprKind::Compare) {}
};

struct Keyword {
  std::string arg;   // empty for **mapping
  Expr* value = nullptr;
  Pos pos;
};

struct Call : Expr {
  Expr* func = nullptr;
  std::vector<Expr*> args;          // may contain Starred
  std::vector<Keyword> keywords;
  Call() : Expr(ExprKind::Call) {}
};

struct IfExp : Expr {
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
  IfExp() : Expr(ExprKind::IfExp) {}
};

struct Arg {
  std::string name;
  Expr* annotation = nullptr;   // parsed, ignored by the compiler
  Pos pos;
};

// def f(a, b=1, /, c=2, *args, d, e=3, **kw)
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  Arg* vararg = nullptr;                 // owned by AstModule arena (see new_arg)
  std::vector<Arg> kwonlyargs;
  std::vector<Expr*> kw_defaults;        // same length as kwonlyargs; nullptr = required
  Arg* kwarg = nullptr;
  std::vector<Expr*> defaults;           // for the last N of posonlyargs+args
};

struct Lambda : Expr {
  Arguments* args = nullptr;
  Expr* body = nullptr;
  Lambda() : Expr(ExprKind::Lambda) {}
};

struct List : Expr {
  std::vector<Expr*> elts;
  Ctx ctx = Ctx::Load;
  List() : Expr(ExprKind::List) {}
};

struct Tuple : Expr {
  std::vector<Expr*> elts;
  Ctx ctx = Ctx::Load;
  bool parenthesized = false;
  Tuple() : Expr(ExprKind::Tuple) {}
};

struct Set : Expr {
  std::vector<Expr*> elts;
  Set() : Expr(ExprKind::Set) {}
};

struct Dict : Expr {
  std::vector<Expr*> keys;     // nullptr key: `**value` unpacking
  std::vector<Expr*> values;
  Dict() : Expr(ExprKind::Dict) {}
};

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

struct ListComp : Expr {
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
  ListComp() : Expr(ExprKind::ListComp) {}
};

struct SetComp : Expr {
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
  SetComp() : Expr(ExprKind::SetComp) {}
};

struct GeneratorExp : Expr {
  Expr* elt = nullptr;
  std::vector<Comprehension> generators;
  GeneratorExp() : Expr(ExprKind::GeneratorExp) {}
};

struct DictComp : Expr {
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<Comprehension> generators;
  DictComp() : Expr(ExprKind::DictComp) {}
};

struct Yield : Expr {
  Expr* value = nullptr;   // may be nullptr
  Yield() : Expr(ExprKind::Yield) {}
};

struct YieldFrom : Expr {
  Expr* value = nullptr;
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
};

struct NamedExpr : Expr {
  Expr* target = nullptr;   // a Name
  Expr* value = nullptr;
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
};

// ----------------------------------------------------------------- statements
enum class StmtKind : uint8_t {
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
  For, While, If, With, Raise, Try, Assert, Import, ImportFrom,
  Global, Nonlocal, ExprStmt, Pass, Break, Continue,
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
};

using Body = std::vector<Stmt*>;

struct FunctionDef : Stmt {
  std::string name;
  Arguments* args = nullptr;
  Body body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;   // parsed, ignored
  FunctionDef() : Stmt(StmtKind::FunctionDef) {}
};

struct ClassDef : Stmt {
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword> keywords;   // metaclass=..., etc.
  Body body;
  std::vector<Expr*> decorator_list;
  ClassDef() : Stmt(StmtKind::ClassDef) {}
};

struct Return : Stmt {
  Expr* value = nullptr;
  Return() : Stmt(StmtKind::Return) {}
};

struct Delete : Stmt {
  std::vector<Expr*> targets;
  Delete() : Stmt(StmtKind::Delete) {}
};

struct Assign : Stmt {
  std::vector<Expr*> targets;   // a = b = value: two targets
  Expr* value = nullptr;
  Assign() : Stmt(StmtKind::Assign) {}
};

struct AugAssign : Stmt {
  Expr* target = nullptr;
  BinOpKind op{};
  Expr* value = nullptr;
  AugAssign() : Stmt(StmtKind::AugAssign) {}
};

struct AnnAssign : Stmt {
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;   // may be nullptr
  bool simple = true;
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
};

struct For : Stmt {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  Body body;
  Body orelse;
  For() : Stmt(StmtKind::For) {}
};

struct While : Stmt {
  Expr* test = nullptr;
  Body body;
  Body orelse;
  While() : Stmt(StmtKind::While) {}
};

struct If : Stmt {
  Expr* test = nullptr;
  Body body;
  Body orelse;   // an `elif` is a single nested If here
  If() : Stmt(StmtKind::If) {}
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};

struct With : Stmt {
  std::vector<WithItem> items;
  Body body;
  With() : Stmt(StmtKind::With) {}
};

struct Raise : Stmt {
  Expr* exc = nullptr;
  Expr* cause = nullptr;
  Raise() : Stmt(StmtKind::Raise) {}
};

struct ExceptHandler {
  Expr* type = nullptr;   // nullptr: bare except
  std::string name;       // empty: no `as`
  Body body;
  Pos pos;
};

struct Try : Stmt {
  Body body;
  std::vector<ExceptHandler> handlers;
  Body orelse;
  Body finalbody;
  Try() : Stmt(StmtKind::Try) {}
};

struct Assert : Stmt {
  Expr* test = nullptr;
  Expr* msg = nullptr;
  Assert() : Stmt(StmtKind::Assert) {}
};

struct Alias {
  std::string name;     // dotted for `import a.b`; "*" for `from m import *`
  std::string asname;   // empty: none
  Pos pos;
};

struct Import : Stmt {
  std::vector<Alias> names;
  Import() : Stmt(StmtKind::Import) {}
};

struct ImportFrom : Stmt {
  std::string module;   // may be empty for `from . import x`
  std::vector<Alias> names;
  int level = 0;
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
};

struct Global : Stmt {
  std::vector<std::string> names;
  Global() : Stmt(StmtKind::Global) {}
};

struct Nonlocal : Stmt {
  std::vector<std::string> names;
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
};

struct ExprStmt : Stmt {
  Expr* value = nullptr;
  ExprStmt() : Stmt(StmtKind::ExprStmt) {}
};

struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

// ------------------------------------------------------------------- modules
// Owns every node of one parse. Nodes are created with `make<T>()`.
struct AstModule {
  Body body;
  std::string filename;
  std::vector<std::string> lines;   // source lines (no newline), for error carets and tracebacks

  template <class T>
  T* make() {
    auto p = std::make_unique<T>();
    T* raw = p.get();
    if constexpr (std::is_base_of_v<Expr, T>) exprs_.push_back(std::move(p));
    else if constexpr (std::is_base_of_v<Stmt, T>) stmts_.push_back(std::move(p));
    else if constexpr (std::is_same_v<T, Arguments>) arguments_.push_back(std::move(p));
    else args_.push_back(std::move(p));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Expr>> exprs_;
  std::vector<std::unique_ptr<Stmt>> stmts_;
  std::vector<std::unique_ptr<Arguments>> arguments_;
  std::vector<std::unique_ptr<Arg>> args_;
};

}  // namespace gilpy::ast
