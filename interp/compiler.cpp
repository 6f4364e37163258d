// compiler.cpp — code generation for statements, and the assembler.
// (Expressions are in compiler_expr.cpp; the design is in compiler_impl.hpp.)
#include <algorithm>
#include <cstring>

#include "interp/compiler_impl.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"

namespace gilpy {

using namespace ast;


// ------------------------------------------------------------------- units
void Compiler::enter_unit(Scope* scope, const std::string& name, const std::string& qualname, int firstline) {
  auto u = std::make_unique<Unit>();
  u->scope = scope;
  Code* c = alloc_object<Code>(&CodeType);
  u->code_ref = Ref::steal(c);
  u->code = c;
  c->name = name;
  c->qualname = qualname;
  c->source = src_;
  c->firstlineno = firstline;
  u->qualname = qualname;
  // A class body mangles with its own name; other scopes inherit the
  // enclosing unit's (CPython's u_private).
  if (scope->kind == ScopeKind::Class) u->private_name = name;
  else if (u_) u->private_name = u_->private_name;
  u->pos.line = firstline;
  bool fn = scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Lambda ||
            scope->kind == ScopeKind::Comprehension;
  if (fn) {
    c->flags |= kCoNewLocals;
    for (auto& p : scope->params) {
      u->local_index[p] = int(c->varnames.size());
      c->varnames.push_back(intern(p));
    }
    for (auto& [n, k] : scope->kinds)
      if ((k == NameKind::Local || k == NameKind::Cell) && !u->local_index.count(n)) {
        u->local_index[n] = int(c->varnames.size());
        c->varnames.push_back(intern(n));
      }
  }
  if (scope->is_generator) c->flags |= kCoGenerator;
  for (auto& n : scope->cells) {
    u->deref_index[n] = int(c->cellvars.size());
    c->cellvars.push_back(intern(n));
    auto it = std::find(scope->params.begin(), scope->params.end(), n);
    c->cell2arg.push_back(it == scope->params.end() ? -1 : int(it - scope->params.begin()));
  }
  for (auto& n : scope->frees) {
    if (u->deref_index.count(n)) continue;
    u->deref_index[n] = int(c->cellvars.size() + c->freevars.size());
    c->freevars.push_back(intern(n));
  }
  c->nlocals = int(c->varnames.size());
  c->ncells = int(c->cellvars.size());
  c->nfrees = int(c->freevars.size());
  units_.push_back(std::move(u));
  u_ = units_.back().get();
}

Ref Compiler::leave_unit() {
  if (u_->reachable) {
    emit(OP_LOAD_CONST, const_none());
    emit(OP_RETURN_VALUE);
  }
  assemble();
  Ref code = std::move(u_->code_ref);
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

std::string Compiler::child_qualname(const std::string& name) {
  if (!u_ || u_->scope->kind == ScopeKind::Module) return name;
  if (u_->scope->kind == ScopeKind::Class) return u_->qualname + "." + name;
  return u_->qualname + ".<locals>." + name;
}

// ---------------------------------------------------------------- emission
void Compiler::error(const std::string& msg, const Pos& pos) {
  SyntaxErrorInfo e;
  e.msg = msg;
  e.filename = src_->filename;
  e.lineno = pos.line;
  e.offset = pos.col + 1;
  if (pos.line >= 1 && size_t(pos.line) <= mod_.lines.size()) e.text = mod_.lines[pos.line - 1];
  throw e;
}

void Compiler::adjust(int delta) {
  u_->depth += delta;
  if (u_->depth > u_->maxdepth) u_->maxdepth = u_->depth;
}

void Compiler::emit(Opcode op, int arg) {
  Instr in{op, arg, false, u_->pos.line, u_->pos.col, u_->pos.end_line == u_->pos.line ? u_->pos.end_col : -1, -1, 0};
  if (!u_->handlers.empty()) {
    in.handler = u_->handlers.back().label;
    in.handler_depth = u_->handlers.back().depth;
  }
  u_->instrs.push_back(in);
  adjust(stack_effect(op, arg, false));
  u_->reachable = !(op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE);
}

void Compiler::emit_jump(Opcode op, int label) {
  emit(op, label);
  u_->instrs.back().is_jump = true;
  // The depth on arrival at the label along the jump edge.
  int d = u_->depth - stack_effect(op, label, false) + stack_effect(op, label, true);
  if (u_->label_depth[label] < 0) u_->label_depth[label] = d;
  if (op == OP_JUMP || op == OP_JUMP_BACKWARD) u_->reachable = false;
}

int Compiler::new_label() {
  u_->label_pos.push_back(-1);
  u_->label_depth.push_back(-1);
  return int(u_->label_pos.size()) - 1;
}

void Compiler::place(int label) {
  u_->label_pos[label] = int(u_->instrs.size());
  if (!u_->reachable && u_->label_depth[label] >= 0) u_->depth = u_->label_depth[label];
  else if (u_->label_depth[label] < 0) u_->label_depth[label] = u_->depth;
  u_->reachable = true;
}

void Compiler::push_handler(int label) {
  u_->handlers.push_back({label, u_->depth});
  // A handler is entered with the stack cut to `depth` plus the exception.
  u_->label_depth[label] = u_->depth + 1;
}

void Compiler::pop_handler() { u_->handlers.pop_back(); }

int Compiler::stack_effect(Opcode op, int arg, bool jump) {
  switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_UNARY_NEG: case OP_UNARY_POS: case OP_UNARY_INVERT:
    case OP_UNARY_NOT: case OP_JUMP: case OP_JUMP_BACKWARD: case OP_GET_ITER: case OP_LIST_TO_TUPLE:
    case OP_YIELD_VALUE: case OP_YIELD_FROM: case OP_GEN_START: case OP_CHECK_EXC_MATCH:
    case OP_SETUP_ANNOTATIONS:
      return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL: case OP_STORE_NAME:
    case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP:
    case OP_BINARY_SUBSCR: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND:
    case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_RETURN_VALUE: case OP_RERAISE:
    case OP_POP_EXCEPT: case OP_WITH_EXIT: case OP_IMPORT_NAME: case OP_IMPORT_STAR: case OP_PRINT_EXPR:
      return -1;
    case OP_COPY: case OP_PUSH_NULL: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF:
    case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF: case OP_LOAD_GLOBAL: case OP_LOAD_NAME: case OP_LOAD_METHOD:
    case OP_LOAD_BUILD_CLASS: case OP_PUSH_EXC_INFO: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_LOAD_ASSERTION_ERROR: case OP_IMPORT_FROM: case OP_LOAD_LOCALS: case OP_LOAD_SUPER_METHOD:
      return 1;
    case OP_STORE_ATTR: case OP_MAP_ADD: case OP_DELETE_SUBSCR: return -2;
    case OP_STORE_SUBSCR: return -3;
    case OP_CALL: return -arg - 1;
    case OP_CALL_KW: return -arg - 2;
    case OP_CALL_EX: return -3;
    case OP_BUILD_SLICE: return 1 - arg;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING: return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
    case OP_MAKE_FUNCTION: return -__builtin_popcount(unsigned(arg) & 15);
    case OP_RAISE_VARARGS: return -arg;
    default: return 0;
  }
}

void Compiler::assemble() {
  Code* c = u_->code;
  size_t n = u_->instrs.size();
  c->code.resize(n);
  c->lines.resize(n);
  c->cols.resize(n);
  for (size_t i = 0; i < n; i++) {
    const Instr& in = u_->instrs[i];
    int arg = in.arg;
    if (in.is_jump) arg = u_->label_pos[arg];
    c->code[i] = encode(in.op, uint32_t(arg));
    c->lines[i] = in.line;
    int sc = in.col < 0 ? 0xFFFF : std::min(in.col, 0xFFFE);
    int ec = in.end_col < 0 ? 0xFFFF : std::min(in.end_col, 0xFFFE);
    c->cols[i] = (sc << 16) | ec;
  }
  // Runs of instructions with the same handler become exception-table rows.
  for (size_t i = 0; i < n;) {
    int h = u_->instrs[i].handler;
    size_t j = i;
    while (j < n && u_->instrs[j].handler == h && u_->instrs[j].handler_depth == u_->instrs[i].handler_depth) j++;
    if (h >= 0)
      c->exc_table.push_back({uint32_t(i), uint32_t(j), uint32_t(u_->label_pos[h]), uint32_t(u_->instrs[i].handler_depth)});
    i = j;
  }
  c->stacksize = u_->maxdepth + 2;
  c->caches.resize(n);
  quicken_code(c->code.data(), n);
}

// ---------------------------------------------------------------- constants
int Compiler::add_const(Value v, const std::string& key) {
  auto it = u_->const_index.find(key);
  if (it != u_->const_index.end()) return it->second;
  incref(v);
  u_->code->consts.push_back(v);
  int idx = int(u_->code->consts.size()) - 1;
  u_->const_index[key] = idx;
  return idx;
}

int Compiler::const_none() { return add_const(Value::none(), "N"); }
int Compiler::const_int(int64_t i) { return add_const(Value::small_int(i), "i" + std::to_string(i)); }
int Compiler::const_str(const std::string& s) {
  Str* is = intern(s);
  return add_const(Value::object(is), "s" + s);
}

int Compiler::const_from_constant(const Constant* c) {
  switch (c->ckind) {
    case ConstKind::None: return const_none();
    case ConstKind::True: return add_const(Value::true_(), "T");
    case ConstKind::False: return add_const(Value::false_(), "F");
    case ConstKind::Ellipsis: return add_const(Value::object(&EllipsisObj), "E");
    case ConstKind::Int: {
      Ref v = int_from_string(c->text, 10);
      return add_const(v.get(), "i" + c->text);
    }
    case ConstKind::Float: {
      char buf[32];
      uint64_t bits;
      std::memcpy(&bits, &c->fval, 8);
      std::snprintf(buf, sizeof buf, "f%llx", (unsigned long long)bits);
      return add_const(Value::from_double(c->fval), buf);
    }
    case ConstKind::Complex: error("complex numbers are not supported by gilpy", c->pos);
    case ConstKind::Str: {
      // Short identifier-like strings are interned, as CPython does.
      if (c->text.size() < 40) return const_str(c->text);
      Ref s = str_new(c->text);
      return add_const(s.get(), "s" + c->text);
    }
    case ConstKind::Bytes: {
      Ref b = bytes_new(c->text);
      return add_const(b.get(), "b" + c->text);
    }
  }
  return const_none();
}

int Compiler::name_idx(const std::string& raw, bool mangle_it) {
  const std::string n = mangle_it ? mangle(raw) : raw;
  auto it = u_->name_index.find(n);
  if (it != u_->name_index.end()) return it->second;
  u_->code->names.push_back(intern(n));
  int idx = int(u_->code->names.size()) - 1;
  u_->name_index[n] = idx;
  return idx;
}

// -------------------------------------------------------------------- names
void Compiler::load_name(const std::string& raw) {
  const std::string n = mangle(raw);
  switch (u_->scope->lookup(n)) {
    case NameKind::Local: emit(OP_LOAD_FAST, u_->local_index.at(n)); break;
    case NameKind::Cell:
    case NameKind::Free:
      if (u_->scope->kind == ScopeKind::Class) emit(OP_LOAD_CLASSDEREF, u_->deref_index.at(n));
      else emit(OP_LOAD_DEREF, u_->deref_index.at(n));
      break;
    case NameKind::GlobalExplicit:
    case NameKind::GlobalImplicit: emit(OP_LOAD_GLOBAL, name_idx(n)); break;
    case NameKind::Name: emit(OP_LOAD_NAME, name_idx(n)); break;
  }
}

void Compiler::store_name(const std::string& raw) {
  const std::string n = mangle(raw);
  NameKind k = u_->scope->lookup(n);
  if (u_->scope->kind == ScopeKind::Class && k == NameKind::Free) k = NameKind::Name;
  switch (k) {
    case NameKind::Local: emit(OP_STORE_FAST, u_->local_index.at(n)); break;
    case NameKind::Cell:
    case NameKind::Free: emit(OP_STORE_DEREF, u_->deref_index.at(n)); break;
    case NameKind::GlobalExplicit:
    case NameKind::GlobalImplicit: emit(OP_STORE_GLOBAL, name_idx(n)); break;
    case NameKind::Name: emit(OP_STORE_NAME, name_idx(n)); break;
  }
}

void Compiler::delete_name(const std::string& raw) {
  const std::string n = mangle(raw);
  NameKind k = u_->scope->lookup(n);
  if (u_->scope->kind == ScopeKind::Class && k == NameKind::Free) k = NameKind::Name;
  switch (k) {
    case NameKind::Local: emit(OP_DELETE_FAST, u_->local_index.at(n)); break;
    case NameKind::Cell:
    case NameKind::Free: emit(OP_DELETE_DEREF, u_->deref_index.at(n)); break;
    case NameKind::GlobalExplicit:
    case NameKind::GlobalImplicit: emit(OP_DELETE_GLOBAL, name_idx(n)); break;
    case NameKind::Name: emit(OP_DELETE_NAME, name_idx(n)); break;
  }
}

// Does a module or class body hold an annotated assignment (outside nested
// functions and classes)? Then __annotations__ is made once, first thing,
// as CPython does (a custom class namespace sees that order).
static bool has_annotations(const Body& body) {
  for (Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign: return true;
      case StmtKind::For: {
        auto* f = static_cast<For*>(s);
        if (has_annotations(f->body) || has_annotations(f->orelse)) return true;
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<While*>(s);
        if (has_annotations(w->body) || has_annotations(w->orelse)) return true;
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<If*>(s);
        if (has_annotations(i->body) || has_annotations(i->orelse)) return true;
        break;
      }
      case StmtKind::With:
        if (has_annotations(static_cast<With*>(s)->body)) return true;
        break;
      case StmtKind::Try: {
        auto* t = static_cast<Try*>(s);
        for (auto& h : t->handlers)
          if (has_annotations(h.body)) return true;
        if (has_annotations(t->body) || has_annotations(t->finalbody) || has_annotations(t->orelse)) return true;
        break;
      }
      default: break;
    }
  }
  return false;
}

// ------------------------------------------------------------------ module
Ref Compiler::compile_module() {
  enter_unit(st_.top, "<module>", "<module>", 1);
  const Body& body = mod_.body;
  std::string doc;
  size_t start = 0;
  if (mode_ != CompileMode::Eval && has_annotations(body)) emit(OP_SETUP_ANNOTATIONS);
  if (mode_ == CompileMode::Exec && docstring(body, &doc)) {
    emit(OP_LOAD_CONST, const_str(doc));
    store_name("__doc__");
    start = 1;
  }
  if (mode_ == CompileMode::Eval) {
    auto* es = static_cast<ExprStmt*>(body.at(0));
    expr(es->value);
    emit(OP_RETURN_VALUE);
    return leave_unit();
  }
  for (size_t i = start; i < body.size(); i++) {
    Stmt* s = body[i];
    if (mode_ == CompileMode::Single && s->kind == StmtKind::ExprStmt) {
      u_->pos = s->pos;
      expr(static_cast<ExprStmt*>(s)->value);
      emit(OP_PRINT_EXPR);
      continue;
    }
    stmt(s);
  }
  return leave_unit();
}

bool Compiler::docstring(const Body& body, std::string* out) {
  if (body.empty() || body[0]->kind != StmtKind::ExprStmt) return false;
  Expr* e = static_cast<ExprStmt*>(body[0])->value;
  if (e->kind != ExprKind::Constant || static_cast<Constant*>(e)->ckind != ConstKind::Str) return false;
  *out = static_cast<Constant*>(e)->text;
  return true;
}

// --------------------------------------------------------------- statements
void Compiler::stmts(const Body& body) {
  for (Stmt* s : body) stmt(s);
}

void Compiler::stmt(Stmt* s) {
  u_->pos = s->pos;
  switch (s->kind) {
    case StmtKind::FunctionDef: function_def(static_cast<FunctionDef*>(s)); break;
    case StmtKind::ClassDef: class_def(static_cast<ClassDef*>(s)); break;
    case StmtKind::Return: return_stmt(static_cast<Return*>(s)); break;
    case StmtKind::Delete:
      for (Expr* t : static_cast<Delete*>(s)->targets) delete_target(t);
      break;
    case StmtKind::Assign: {
      auto* a = static_cast<Assign*>(s);
      expr(a->value);
      for (size_t i = 0; i < a->targets.size(); i++) {
        if (i + 1 < a->targets.size()) emit(OP_COPY, 1);
        assign_target(a->targets[i]);
      }
      break;
    }
    case StmtKind::AugAssign: aug_assign(static_cast<AugAssign*>(s)); break;
    case StmtKind::AnnAssign: {
      auto* a = static_cast<AnnAssign*>(s);
      if (a->value) {
        expr(a->value);
        assign_target(a->target);
      }
      // Module and class bodies record `name: annotation` in __annotations__.
      bool ns_scope = u_->scope->kind == ScopeKind::Module || u_->scope->kind == ScopeKind::Class;
      if (ns_scope && a->simple && a->target->kind == ExprKind::Name) {
        expr(a->annotation);
        emit(OP_LOAD_NAME, name_idx("__annotations__"));
        emit(OP_LOAD_CONST, const_str(mangle(static_cast<Name*>(a->target)->id)));
        emit(OP_STORE_SUBSCR);
      }
      break;
    }
    case StmtKind::For: for_stmt(static_cast<For*>(s)); break;
    case StmtKind::While: while_stmt(static_cast<While*>(s)); break;
    case StmtKind::If: if_stmt(static_cast<If*>(s)); break;
    case StmtKind::With: with_stmt(static_cast<With*>(s), 0); break;
    case StmtKind::Raise: raise_stmt(static_cast<Raise*>(s)); break;
    case StmtKind::Try: try_stmt(static_cast<Try*>(s)); break;
    case StmtKind::Assert: assert_stmt(static_cast<Assert*>(s)); break;
    case StmtKind::Import: import_stmt(static_cast<Import*>(s)); break;
    case StmtKind::ImportFrom: import_from(static_cast<ImportFrom*>(s)); break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass: break;
    case StmtKind::ExprStmt: {
      Expr* e = static_cast<ExprStmt*>(s)->value;
      if (e->kind == ExprKind::Constant) break;   // docstrings and bare constants: nothing to do
      expr(e);
      emit(OP_POP_TOP);
      break;
    }
    case StmtKind::Break: break_stmt(s->pos); break;
    case StmtKind::Continue: continue_stmt(s->pos); break;
  }
}

// Defaults, kw-defaults, closure and code: the MAKE_FUNCTION protocol.
void Compiler::make_function(Scope* scope, Arguments* args, const std::string&, Ref code, const Pos&,
                             Expr* returns) {
  int flags = 0;
  if (args && !args->defaults.empty()) {
    for (Expr* d : args->defaults) expr(d);
    emit(OP_BUILD_TUPLE, int(args->defaults.size()));
    flags |= kMakeDefaults;
  }
  if (args) {
    int n = 0;
    for (size_t i = 0; i < args->kwonlyargs.size(); i++)
      if (args->kw_defaults[i]) {
        emit(OP_LOAD_CONST, const_str(mangle(args->kwonlyargs[i].name)));
        expr(args->kw_defaults[i]);
        n++;
      }
    if (n) {
      emit(OP_BUILD_MAP, n);
      flags |= kMakeKwDefaults;
    }
  }
  if (args || returns) {
    // Annotations are evaluated at definition time into a dict (PEP 3107).
    int n = 0;
    auto ann = [&](const Arg& a) {
      if (!a.annotation) return;
      emit(OP_LOAD_CONST, const_str(mangle(a.name)));
      expr(a.annotation);
      n++;
    };
    if (args) {
      for (auto& a : args->posonlyargs) ann(a);
      for (auto& a : args->args) ann(a);
      if (args->vararg) ann(*args->vararg);
      for (auto& a : args->kwonlyargs) ann(a);
      if (args->kwarg) ann(*args->kwarg);
    }
    if (returns) {
      emit(OP_LOAD_CONST, const_str("return"));
      expr(returns);
      n++;
    }
    if (n) {
      emit(OP_BUILD_MAP, n);
      flags |= kMakeAnnotations;
    }
  }
  Code* c = static_cast<Code*>(code.obj());
  if (!c->freevars.empty()) {
    for (Str* fv : c->freevars) {
      std::string n(fv->view());
      auto it = u_->deref_index.find(n);
      if (it == u_->deref_index.end()) error("internal error: no cell for free variable '" + n + "'", u_->pos);
      emit(OP_LOAD_CLOSURE, it->second);
    }
    emit(OP_BUILD_TUPLE, int(c->freevars.size()));
    flags |= kMakeClosure;
  }
  (void)scope;
  emit(OP_LOAD_CONST, add_const(code.get(), "c" + std::to_string(reinterpret_cast<uintptr_t>(c))));
  emit(OP_MAKE_FUNCTION, flags);
}

static void set_arg_counts(Code* c, Arguments* a) {
  if (!a) return;
  c->posonlyargcount = int(a->posonlyargs.size());
  c->argcount = int(a->posonlyargs.size() + a->args.size());
  c->kwonlyargcount = int(a->kwonlyargs.size());
  if (a->vararg) c->flags |= kCoVarargs;
  if (a->kwarg) c->flags |= kCoVarkw;
}

void Compiler::function_def(FunctionDef* f) {
  for (Expr* d : f->decorator_list) {
    emit(OP_PUSH_NULL);
    expr(d);
  }
  Scope* scope = st_.by_node.at(f);
  std::string qn = child_qualname(f->name);
  Pos pos = f->pos;
  int firstline = f->decorator_list.empty() ? f->pos.line : f->decorator_list[0]->pos.line;
  Arguments* args = f->args;
  // Defaults are evaluated in the enclosing scope: compile the body first
  // into its own unit, then emit MAKE_FUNCTION here.
  enter_unit(scope, f->name, qn, firstline);
  u_->pos = pos;
  set_arg_counts(u_->code, args);
  std::string doc;
  if (docstring(f->body, &doc)) {
    const_str(doc);   // docstring is consts[0]
    u_->code->flags |= kCoHasDocstring;
  } else {
    const_none();
  }
  stmts(f->body);
  Ref code = leave_unit();
  u_->pos = pos;
  make_function(scope, args, f->name, std::move(code), pos, f->returns);
  for (size_t i = 0; i < f->decorator_list.size(); i++) emit(OP_CALL, 1);
  store_name(f->name);
}

void Compiler::class_def(ClassDef* c) {
  for (Expr* d : c->decorator_list) {
    emit(OP_PUSH_NULL);
    expr(d);
  }
  Scope* scope = st_.by_node.at(c);
  std::string qn = child_qualname(c->name);
  Pos pos = c->pos;
  enter_unit(scope, c->name, qn, c->pos.line);
  u_->pos = pos;
  u_->code->flags |= kCoClassBody;
  emit(OP_LOAD_NAME, name_idx("__name__"));
  emit(OP_STORE_NAME, name_idx("__module__"));
  emit(OP_LOAD_CONST, const_str(qn));
  emit(OP_STORE_NAME, name_idx("__qualname__"));
  if (has_annotations(c->body)) emit(OP_SETUP_ANNOTATIONS);
  std::string doc;
  if (docstring(c->body, &doc)) {
    emit(OP_LOAD_CONST, const_str(doc));
    emit(OP_STORE_NAME, name_idx("__doc__"));
  }
  stmts(c->body);
  if (scope->needs_class_cell) {
    // The cell goes into the namespace (for type.__new__ to fill) and is
    // returned to __build_class__ (to check that it was filled), as CPython.
    emit(OP_LOAD_CLOSURE, u_->deref_index.at("__class__"));
    emit(OP_COPY, 1);
    emit(OP_STORE_NAME, name_idx("__classcell__"));
    emit(OP_RETURN_VALUE);
  }
  Ref code = leave_unit();
  u_->pos = pos;
  emit(OP_PUSH_NULL);
  emit(OP_LOAD_BUILD_CLASS);
  make_function(scope, nullptr, c->name, std::move(code), pos);
  emit(OP_LOAD_CONST, const_str(c->name));
  call_args(c->bases, c->keywords, 2);
  for (size_t i = 0; i < c->decorator_list.size(); i++) emit(OP_CALL, 1);
  store_name(c->name);
}

// ------------------------------------------------------------- assignment
void Compiler::assign_target(Expr* t) {
  Pos saved = u_->pos;
  u_->pos = t->pos;
  switch (t->kind) {
    case ExprKind::Name: store_name(static_cast<Name*>(t)->id); break;
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(t);
      expr(a->value);
      u_->pos = t->pos;
      emit(OP_STORE_ATTR, name_idx(a->attr));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(t);
      expr(s->value);
      expr(s->slice);
      u_->pos = t->pos;
      emit(OP_STORE_SUBSCR);
      break;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      const auto& elts = t->kind == ExprKind::Tuple ? static_cast<ast::Tuple*>(t)->elts : static_cast<ast::List*>(t)->elts;
      int star = -1;
      for (size_t i = 0; i < elts.size(); i++)
        if (elts[i]->kind == ExprKind::Starred) {
          if (star >= 0) error("multiple starred expressions in assignment", elts[i]->pos);
          star = int(i);
        }
      if (star < 0) {
        emit(OP_UNPACK_SEQUENCE, int(elts.size()));
      } else {
        if (star > 255 || elts.size() - star - 1 > 255) error("too many expressions in star-unpacking assignment", t->pos);
        emit(OP_UNPACK_EX, star | int(elts.size() - star - 1) << 8);
      }
      for (Expr* e : elts) assign_target(e->kind == ExprKind::Starred ? static_cast<Starred*>(e)->value : e);
      break;
    }
    case ExprKind::Starred: error("starred assignment target must be in a list or tuple", t->pos);
    default: error("cannot assign to expression", t->pos);
  }
  u_->pos = saved;
}

void Compiler::delete_target(Expr* t) {
  u_->pos = t->pos;
  switch (t->kind) {
    case ExprKind::Name: delete_name(static_cast<Name*>(t)->id); break;
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(t);
      expr(a->value);
      emit(OP_DELETE_ATTR, name_idx(a->attr));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(t);
      expr(s->value);
      expr(s->slice);
      emit(OP_DELETE_SUBSCR);
      break;
    }
    case ExprKind::Tuple:
      for (Expr* e : static_cast<ast::Tuple*>(t)->elts) delete_target(e);
      break;
    case ExprKind::List:
      for (Expr* e : static_cast<ast::List*>(t)->elts) delete_target(e);
      break;
    default: error("cannot delete expression", t->pos);
  }
}

void Compiler::aug_assign(AugAssign* a) {
  int op = int(map_binop(a->op)) + 16;
  Expr* t = a->target;
  switch (t->kind) {
    case ExprKind::Name:
      load_name(static_cast<Name*>(t)->id);
      expr(a->value);
      u_->pos = a->pos;
      emit(OP_BINARY_OP, op);
      store_name(static_cast<Name*>(t)->id);
      break;
    case ExprKind::Attribute: {
      auto* at = static_cast<Attribute*>(t);
      expr(at->value);
      emit(OP_COPY, 1);
      emit(OP_LOAD_ATTR, name_idx(at->attr));
      expr(a->value);
      u_->pos = a->pos;
      emit(OP_BINARY_OP, op);
      emit(OP_SWAP, 2);
      emit(OP_STORE_ATTR, name_idx(at->attr));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(t);
      expr(s->value);
      expr(s->slice);
      emit(OP_COPY, 2);
      emit(OP_COPY, 2);
      emit(OP_BINARY_SUBSCR);
      expr(a->value);
      u_->pos = a->pos;
      emit(OP_BINARY_OP, op);
      emit(OP_SWAP, 3);
      emit(OP_SWAP, 2);
      emit(OP_STORE_SUBSCR);
      break;
    }
    default: error("'" + std::string("expression") + "' is an illegal expression for augmented assignment", t->pos);
  }
}

// ------------------------------------------------------------ control flow
void Compiler::if_stmt(If* i) {
  int end = new_label();
  if (i->orelse.empty()) {
    jump_if(i->test, false, end);
    stmts(i->body);
  } else {
    int els = new_label();
    jump_if(i->test, false, els);
    stmts(i->body);
    if (u_->reachable) emit_jump(OP_JUMP, end);
    place(els);
    stmts(i->orelse);
  }
  place(end);
}

void Compiler::while_stmt(While* w) {
  int start = new_label(), els = new_label(), end = new_label();
  place(start);
  if (!is_const_true(w->test)) jump_if(w->test, false, els);
  u_->fblocks.push_back({FBType::WhileLoop, start, end, u_->handlers.size()});
  stmts(w->body);
  u_->fblocks.pop_back();
  u_->pos = w->pos;
  if (u_->reachable) emit_jump(OP_JUMP_BACKWARD, start);
  place(els);
  stmts(w->orelse);
  place(end);
}

void Compiler::for_stmt(For* f) {
  int start = new_label(), cleanup = new_label(), end = new_label();
  expr(f->iter);
  u_->pos = f->pos;
  emit(OP_GET_ITER);
  place(start);
  emit_jump(OP_FOR_ITER, cleanup);
  assign_target(f->target);
  u_->fblocks.push_back({FBType::ForLoop, start, end, u_->handlers.size()});
  stmts(f->body);
  u_->fblocks.pop_back();
  u_->pos = f->pos;
  if (u_->reachable) emit_jump(OP_JUMP_BACKWARD, start);
  place(cleanup);
  stmts(f->orelse);
  place(end);
}

void Compiler::unwind(size_t index, bool preserve_tos) {
  FBlock fb = u_->fblocks[index];
  switch (fb.type) {
    case FBType::WhileLoop:
    case FBType::TryExcept:
      break;
    case FBType::ForLoop:
    case FBType::PopValue:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      break;
    case FBType::FinallyTry: {
      // Run the finally body inline, outside the protection of its own try.
      auto saved = u_->handlers;
      u_->handlers.resize(fb.handler_count);
      auto saved_blocks = u_->fblocks;
      u_->fblocks.resize(index);
      stmts(*fb.finalbody);
      u_->fblocks = saved_blocks;
      u_->handlers = saved;
      break;
    }
    case FBType::FinallyEnd:
      // Stack: prev_exc, exc [, value]
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_EXCEPT);
      break;
    case FBType::With:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_WITH_EXIT);
      break;
    case FBType::HandlerCleanup:
      if (!fb.name.empty()) {
        emit(OP_LOAD_CONST, const_none());
        store_name(fb.name);
        delete_name(fb.name);
      }
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_EXCEPT);
      break;
  }
}

void Compiler::return_stmt(Return* r) {
  if (r->value) expr(r->value);
  else emit(OP_LOAD_CONST, const_none());
  auto saved = u_->handlers;
  for (size_t i = u_->fblocks.size(); i-- > 0;) {
    u_->handlers.resize(u_->fblocks[i].handler_count);
    unwind(i, true);
  }
  u_->pos = r->pos;
  emit(OP_RETURN_VALUE);
  u_->handlers = saved;
}

void Compiler::break_stmt(const Pos& pos) {
  auto saved = u_->handlers;
  int depth = u_->depth;
  for (size_t i = u_->fblocks.size(); i-- > 0;) {
    FBlock fb = u_->fblocks[i];
    u_->handlers.resize(fb.handler_count);
    unwind(i, false);
    if (fb.type == FBType::WhileLoop || fb.type == FBType::ForLoop) {
      emit_jump(OP_JUMP, fb.label_exit);
      u_->handlers = saved;
      u_->depth = depth;
      return;
    }
  }
  error("'break' outside loop", pos);
}

void Compiler::continue_stmt(const Pos& pos) {
  auto saved = u_->handlers;
  int depth = u_->depth;
  for (size_t i = u_->fblocks.size(); i-- > 0;) {
    FBlock fb = u_->fblocks[i];
    if (fb.type == FBType::WhileLoop || fb.type == FBType::ForLoop) {
      u_->handlers.resize(fb.handler_count);
      emit_jump(OP_JUMP_BACKWARD, fb.label_start);
      u_->handlers = saved;
      u_->depth = depth;
      return;
    }
    u_->handlers.resize(fb.handler_count);
    unwind(i, false);
  }
  error("'continue' not properly in loop", pos);
}

void Compiler::raise_stmt(Raise* r) {
  int n = 0;
  if (r->exc) {
    expr(r->exc);
    n = 1;
    if (r->cause) {
      expr(r->cause);
      n = 2;
    }
  }
  u_->pos = r->pos;
  emit(OP_RAISE_VARARGS, n);
}

void Compiler::assert_stmt(Assert* a) {
  int end = new_label();
  jump_if(a->test, true, end);
  u_->pos = a->pos;
  if (a->msg) {
    emit(OP_PUSH_NULL);
    emit(OP_LOAD_ASSERTION_ERROR);
    expr(a->msg);
    emit(OP_CALL, 1);
  } else {
    emit(OP_LOAD_ASSERTION_ERROR);
  }
  emit(OP_RAISE_VARARGS, 1);
  place(end);
}

// ------------------------------------------------------------------ try
void Compiler::try_stmt(Try* t) {
  if (t->finalbody.empty()) {
    try_except(t);
    return;
  }
  int handler = new_label(), cleanup = new_label(), end = new_label();
  size_t outer = u_->handlers.size();
  int base = u_->depth;
  push_handler(handler);
  u_->fblocks.push_back({FBType::FinallyTry, -1, -1, outer, &t->finalbody});
  if (t->handlers.empty()) {
    stmts(t->body);
    if (!t->orelse.empty()) stmts(t->orelse);
  } else {
    try_except(t);
  }
  u_->fblocks.pop_back();
  pop_handler();
  if (u_->reachable) {
    stmts(t->finalbody);
    if (u_->reachable) emit_jump(OP_JUMP, end);
  }
  // The exceptional path: [.., exc] -> run finally -> re-raise.
  place(handler);
  u_->reachable = true;
  u_->depth = base + 1;
  emit(OP_PUSH_EXC_INFO);               // [.., prev, exc]
  u_->handlers.push_back({cleanup, base + 1});
  u_->label_depth[cleanup] = base + 2;
  u_->fblocks.push_back({FBType::FinallyEnd, -1, -1, outer});
  stmts(t->finalbody);
  u_->fblocks.pop_back();
  pop_handler();
  if (u_->reachable) {
    emit(OP_SWAP, 2);
    emit(OP_POP_EXCEPT);
    emit(OP_RERAISE);
  }
  place(cleanup);
  u_->depth = base + 2;
  emit(OP_SWAP, 2);
  emit(OP_POP_EXCEPT);
  emit(OP_RERAISE);
  place(end);
}

void Compiler::try_except(Try* t) {
  int handler = new_label(), cleanup = new_label(), end = new_label();
  size_t outer = u_->handlers.size();
  int base = u_->depth;
  push_handler(handler);
  u_->fblocks.push_back({FBType::TryExcept, -1, -1, outer});
  stmts(t->body);
  u_->fblocks.pop_back();
  pop_handler();
  if (u_->reachable) {
    stmts(t->orelse);
    if (u_->reachable) emit_jump(OP_JUMP, end);
  }
  // Handler entry: [.., exc]
  place(handler);
  u_->depth = base + 1;
  u_->reachable = true;
  emit(OP_PUSH_EXC_INFO);               // [.., prev, exc]
  u_->handlers.push_back({cleanup, base + 1});
  u_->label_depth[cleanup] = base + 2;
  for (auto& h : t->handlers) {
    u_->pos = h.pos;
    int next = new_label();
    if (h.type) {
      expr(h.type);
      emit(OP_CHECK_EXC_MATCH);
      emit_jump(OP_POP_JUMP_IF_FALSE, next);
    } else if (&h != &t->handlers.back()) {
      error("default 'except:' must be last", h.pos);
    }
    if (!h.name.empty()) store_name(h.name);
    else emit(OP_POP_TOP);
    // [.., prev]
    int named_cleanup = -1;
    if (!h.name.empty()) {
      named_cleanup = new_label();
      u_->handlers.push_back({named_cleanup, base + 1});
      u_->label_depth[named_cleanup] = base + 2;
    }
    u_->fblocks.push_back({FBType::HandlerCleanup, -1, -1, u_->handlers.size() - 1, nullptr, h.name});
    stmts(h.body);
    u_->fblocks.pop_back();
    if (!h.name.empty()) u_->handlers.pop_back();
    if (u_->reachable) {
      if (!h.name.empty()) {
        emit(OP_LOAD_CONST, const_none());
        store_name(h.name);
        delete_name(h.name);
      }
      auto saved = u_->handlers;
      u_->handlers.resize(outer);
      emit(OP_POP_EXCEPT);
      emit_jump(OP_JUMP, end);
      u_->handlers = saved;
    }
    if (named_cleanup >= 0) {
      // An exception inside a named handler: clear the name, then clean up.
      place(named_cleanup);
      u_->depth = base + 2;
      emit(OP_LOAD_CONST, const_none());
      store_name(h.name);
      delete_name(h.name);
      emit(OP_RERAISE);   // goes to `cleanup`, still covered by it
    }
    place(next);
    u_->depth = base + 2;
    u_->reachable = true;
  }
  // No clause matched: re-raise (covered by cleanup).
  emit(OP_RERAISE);
  u_->handlers.pop_back();
  place(cleanup);
  u_->depth = base + 2;
  emit(OP_SWAP, 2);
  emit(OP_POP_EXCEPT);
  emit(OP_RERAISE);
  place(end);
  u_->depth = base;
}

// ------------------------------------------------------------------- with
void Compiler::with_stmt(With* w, size_t item) {
  const WithItem& it = w->items[item];
  int handler = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
  expr(it.context_expr);
  u_->pos = w->pos;
  emit(OP_BEFORE_WITH);                 // [exit, value]
  size_t outer = u_->handlers.size();
  int base = u_->depth - 1;             // with `exit` on the stack
  if (it.optional_vars) assign_target(it.optional_vars);
  else emit(OP_POP_TOP);
  push_handler(handler);
  u_->fblocks.push_back({FBType::With, -1, -1, outer});
  if (item + 1 < w->items.size()) with_stmt(w, item + 1);
  else stmts(w->body);
  u_->fblocks.pop_back();
  pop_handler();
  u_->pos = w->pos;
  if (u_->reachable) {
    emit(OP_WITH_EXIT);
    emit_jump(OP_JUMP, end);
  }
  place(handler);                        // [exit, exc]
  u_->depth = base + 1;
  u_->reachable = true;
  emit(OP_PUSH_EXC_INFO);                // [exit, prev, exc]
  u_->handlers.push_back({cleanup, base + 1});
  u_->label_depth[cleanup] = base + 2;
  emit(OP_WITH_EXCEPT_START);            // [exit, prev, exc, res]
  emit_jump(OP_POP_JUMP_IF_TRUE, suppress);
  emit(OP_RERAISE);
  u_->handlers.pop_back();
  place(suppress);                       // [exit, prev, exc]
  u_->depth = base + 3;
  emit(OP_POP_TOP);
  emit(OP_POP_EXCEPT);
  emit(OP_POP_TOP);
  emit_jump(OP_JUMP, end);
  place(cleanup);                        // [exit, prev, exc2]
  u_->depth = base + 3;
  emit(OP_SWAP, 2);
  emit(OP_POP_EXCEPT);
  emit(OP_RERAISE);
  place(end);
  u_->depth = base - 1;   // neither `exit` nor anything else is left
}

// ----------------------------------------------------------------- imports
void Compiler::import_stmt(Import* s) {
  for (auto& a : s->names) {
    u_->pos = a.pos.line ? a.pos : s->pos;
    emit(OP_LOAD_CONST, const_int(0));
    emit(OP_LOAD_CONST, const_none());
    emit(OP_IMPORT_NAME, name_idx(a.name));
    if (a.asname.empty()) {
      store_name(a.name.substr(0, a.name.find('.')));
    } else {
      // `import a.b.c as d` binds the submodule: walk the attributes.
      size_t p = a.name.find('.');
      while (p != std::string::npos) {
        size_t q = a.name.find('.', p + 1);
        // (CPython does not mangle the attribute steps of a dotted import.)
        emit(OP_IMPORT_FROM, name_idx(a.name.substr(p + 1, q == std::string::npos ? q : q - p - 1), false));
        emit(OP_SWAP, 2);
        emit(OP_POP_TOP);
        p = q;
      }
      store_name(a.asname);
    }
  }
}

void Compiler::import_from(ImportFrom* s) {
  emit(OP_LOAD_CONST, const_int(s->level));
  Ref names = tuple_new(s->names.size());
  for (size_t i = 0; i < s->names.size(); i++) {
    Ref n = str_new(s->names[i].name);
    as_tuple(names.get())->items[i] = n.release();
  }
  std::string key = "t";
  for (auto& a : s->names) key += a.name + ",";
  emit(OP_LOAD_CONST, add_const(names.get(), key));
  emit(OP_IMPORT_NAME, name_idx(s->module));
  if (s->names.size() == 1 && s->names[0].name == "*") {
    emit(OP_IMPORT_STAR);
    return;
  }
  for (auto& a : s->names) {
    emit(OP_IMPORT_FROM, name_idx(a.name));
    store_name(a.asname.empty() ? a.name : a.asname);
  }
  emit(OP_POP_TOP);
}

// -------------------------------------------------------------- entry point
Ref syntax_error_object(const SyntaxErrorInfo& info) {
  Type* t = info.kind == "IndentationError" ? IndentationError_ : info.kind == "TabError" ? TabError_ : SyntaxError_;
  Ref msg = str_new(info.msg);
  Ref fn = str_new(info.filename);
  Ref text = info.text.empty() && info.lineno == 0 ? Ref::none() : str_new(info.text);
  Ref tup = tuple_from({fn.get(), Value::small_int(info.lineno), Value::small_int(info.offset), text.get(),
                        Value::small_int(info.lineno), Value::small_int(info.end_offset ? info.end_offset : info.offset)});
  Value args[2] = {msg.get(), tup.get()};
  return call(Value::object(t), args, 2, nullptr);
}

Ref compile_source(std::string_view source, const std::string& filename, CompileMode mode) {
  try {
    auto mod = parse(source, filename, mode == CompileMode::Eval ? ParseMode::Eval
                                       : mode == CompileMode::Single ? ParseMode::Single
                                                                      : ParseMode::File);
    auto st = build_symtable(*mod, filename);
    auto src = std::make_shared<SourceText>();
    src->filename = filename;
    src->lines = mod->lines;
    Compiler c(*mod, *st, src, mode);
    return c.compile_module();
  } catch (SyntaxErrorInfo& e) {
    if (e.filename.empty()) e.filename = filename;
    Ref exc = syntax_error_object(e);
    throw PyError(exc.release().as_obj());
  }
}

}  // namespace gilpy
