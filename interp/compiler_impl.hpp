// compiler_impl.hpp — private to the compiler (compiler.cpp, compiler_expr.cpp).
//
// One `Unit` per code object being generated. Instructions are first emitted
// with symbolic jump targets (label ids) and, for exception handling, tagged
// with the handler that covers them; `assemble` resolves labels into
// instruction indices and turns runs of equal handler tags into the code
// object's exception table. Breaks, continues and returns that leave a
// try/finally or a with-block emit the cleanup code inline ("unwinding" the
// frame blocks), as CPython does.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "interp/ast.hpp"
#include "interp/compiler.hpp"
#include "interp/opcodes.hpp"
#include "interp/symtable.hpp"
#include "runtime/func.hpp"

namespace gilpy {

struct Instr {
  Opcode op;
  int32_t arg;
  bool is_jump;       // arg is a label id
  int32_t line, col, end_col;
  int32_t handler;    // label id of the covering exception handler, or -1
  int32_t handler_depth;
};

struct HandlerTag {
  int label;
  int depth;
};

enum class FBType { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue };

struct FBlock {
  FBType type;
  int label_start = -1;    // continue target
  int label_exit = -1;     // break target
  size_t handler_count;    // handlers active *outside* this block
  const ast::Body* finalbody = nullptr;
  std::string name;        // HandlerCleanup: the `as` name
};

struct Unit {
  Scope* scope = nullptr;
  Code* code = nullptr;              // owned by `code_ref`
  Ref code_ref;
  std::vector<Instr> instrs;
  std::vector<int> label_pos;        // instruction index per label, -1 until placed
  std::vector<int> label_depth;      // stack depth at the label (-1 unknown)
  std::map<std::string, int> const_index;
  std::map<std::string, int> name_index;
  std::map<std::string, int> local_index;
  std::map<std::string, int> deref_index;   // cells then frees
  std::vector<HandlerTag> handlers;
  std::vector<FBlock> fblocks;
  std::string qualname;
  std::string private_name;          // innermost enclosing class: `__x` names are mangled with it
  int depth = 0, maxdepth = 0;
  bool reachable = true;
  ast::Pos pos;
};

class Compiler {
 public:
  Compiler(const ast::AstModule& mod, SymbolTable& st, std::shared_ptr<SourceText> src, CompileMode mode)
      : mod_(mod), st_(st), src_(std::move(src)), mode_(mode) {}
  Ref compile_module();

 private:
  friend struct ExprCompiler;
  const ast::AstModule& mod_;
  SymbolTable& st_;
  std::shared_ptr<SourceText> src_;
  CompileMode mode_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;

  // --- units
  void enter_unit(Scope* scope, const std::string& name, const std::string& qualname, int firstline);
  Ref leave_unit();   // assembles, returns the Code
  std::string child_qualname(const std::string& name);

  // --- emission
  [[noreturn]] void error(const std::string& msg, const ast::Pos& pos);
  void emit(Opcode op, int arg = 0);
  void emit_jump(Opcode op, int label);
  int new_label();
  void place(int label);
  int add_const(Value v, const std::string& key);   // takes a borrowed value
  int const_none();
  int const_int(int64_t i);
  int const_str(const std::string& s);
  int const_from_constant(const ast::Constant* c);
  int name_idx(const std::string& n, bool mangle_it = true);   // into co_names, mangled by default
  std::string mangle(const std::string& n) const { return mangle_name(u_->private_name, n); }
  void push_handler(int label);
  void pop_handler();
  void adjust(int delta);
  int stack_effect(Opcode op, int arg, bool jump);
  void assemble();

  // --- names
  void load_name(const std::string& n);
  void store_name(const std::string& n);
  void delete_name(const std::string& n);

  // --- statements
  void stmts(const ast::Body& body);
  void stmt(ast::Stmt* s);
  void function_def(ast::FunctionDef* f);
  void class_def(ast::ClassDef* c);
  void make_function(Scope* scope, ast::Arguments* args, const std::string& name, Ref code, const ast::Pos& pos,
                     ast::Expr* returns = nullptr);
  void assign_target(ast::Expr* t);
  void delete_target(ast::Expr* t);
  void aug_assign(ast::AugAssign* a);
  void for_stmt(ast::For* f);
  void while_stmt(ast::While* w);
  void if_stmt(ast::If* i);
  void try_stmt(ast::Try* t);
  void try_except(ast::Try* t);
  void with_stmt(ast::With* w, size_t item);
  void raise_stmt(ast::Raise* r);
  void import_stmt(ast::Import* s);
  void import_from(ast::ImportFrom* s);
  void return_stmt(ast::Return* r);
  void break_stmt(const ast::Pos& pos);
  void continue_stmt(const ast::Pos& pos);
  void unwind(size_t index, bool preserve_tos);
  void assert_stmt(ast::Assert* a);
  bool docstring(const ast::Body& body, std::string* out);

  // --- expressions (compiler_expr.cpp)
 public:
  void expr(ast::Expr* e);
 private:
  void expr_inner(ast::Expr* e);
  void constant(ast::Constant* c);
  void joined_str(ast::JoinedStr* j);
  void formatted_value(ast::FormattedValue* f);
  void binop(ast::BinOp* b);
  void unaryop(ast::UnaryOp* u);
  void boolop(ast::BoolOp* b);
  void compare(ast::Compare* c);
  void call(ast::Call* c);
  bool has_starred(const std::vector<ast::Expr*>& v);
  void call_args(const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword>& kws, int extra_pos);
  void starred_sequence(const std::vector<ast::Expr*>& elts, Opcode build, bool to_tuple);
  void dict_display(ast::Dict* d);
  void subscript(ast::Subscript* s);
  void slice(ast::Slice* s);
  void lambda(ast::Lambda* l);
  void comprehension(ast::Expr* node, const std::vector<ast::Comprehension>& gens, int kind);
  void comprehension_loop(const std::vector<ast::Comprehension>& gens, size_t i, ast::Expr* node, int kind);
  void ifexp(ast::IfExp* i);
  void jump_if(ast::Expr* e, bool cond, int label);
  bool is_const_true(ast::Expr* e);
};

BinOp map_binop(ast::BinOpKind k);

}  // namespace gilpy
