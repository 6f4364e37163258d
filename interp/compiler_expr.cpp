// compiler_expr.cpp — code generation for expressions.
#include <cstring>

#include "interp/compiler_impl.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"

namespace gilpy {

using namespace ast;

gilpy::BinOp map_binop(BinOpKind k) {
  switch (k) {
    case BinOpKind::Add: return gilpy::BinOp::Add;
    case BinOpKind::Sub: return gilpy::BinOp::Sub;
    case BinOpKind::Mult: return gilpy::BinOp::Mul;
    case BinOpKind::MatMult: return gilpy::BinOp::MatMul;
    case BinOpKind::Div: return gilpy::BinOp::TrueDiv;
    case BinOpKind::FloorDiv: return gilpy::BinOp::FloorDiv;
    case BinOpKind::Mod: return gilpy::BinOp::Mod;
    case BinOpKind::Pow: return gilpy::BinOp::Pow;
    case BinOpKind::LShift: return gilpy::BinOp::LShift;
    case BinOpKind::RShift: return gilpy::BinOp::RShift;
    case BinOpKind::BitOr: return gilpy::BinOp::Or;
    case BinOpKind::BitXor: return gilpy::BinOp::Xor;
    case BinOpKind::BitAnd: return gilpy::BinOp::And;
  }
  return gilpy::BinOp::Add;
}

static CmpOp map_cmp(CmpOpKind k) {
  switch (k) {
    case CmpOpKind::Lt: return CmpOp::Lt;
    case CmpOpKind::LtE: return CmpOp::Le;
    case CmpOpKind::Gt: return CmpOp::Gt;
    case CmpOpKind::GtE: return CmpOp::Ge;
    case CmpOpKind::NotEq: return CmpOp::Ne;
    default: return CmpOp::Eq;
  }
}

// Nesting of expressions is bounded by the parser; positions are restored
// after each sub-expression so an instruction carries its own node's span.
void Compiler::expr(Expr* e) {
  Pos saved = u_->pos;
  u_->pos = e->pos;
  expr_inner(e);
  u_->pos = saved;
}

bool Compiler::is_const_true(Expr* e) {
  if (e->kind != ExprKind::Constant) return false;
  auto* c = static_cast<Constant*>(e);
  return c->ckind == ConstKind::True || (c->ckind == ConstKind::Int && c->text != "0");
}

// Jump to `label` if the truth of e equals `cond`; short-circuits and/or/not.
void Compiler::jump_if(Expr* e, bool cond, int label) {
  if (e->kind == ExprKind::UnaryOp && static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not) {
    jump_if(static_cast<UnaryOp*>(e)->operand, !cond, label);
    return;
  }
  if (e->kind == ExprKind::BoolOp) {
    auto* b = static_cast<BoolOp*>(e);
    bool is_and = b->op == BoolOpKind::And;
    if (is_and != cond) {
      // (a and b) jump-if-false: any false operand jumps; (a or b) jump-if-true likewise.
      for (Expr* v : b->values) jump_if(v, cond, label);
    } else {
      int skip = new_label();
      for (size_t i = 0; i + 1 < b->values.size(); i++) jump_if(b->values[i], !cond, skip);
      jump_if(b->values.back(), cond, label);
      place(skip);
    }
    return;
  }
  expr(e);
  Pos saved = u_->pos;
  u_->pos = e->pos;
  emit_jump(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
  u_->pos = saved;
}

void Compiler::expr_inner(Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant: constant(static_cast<Constant*>(e)); break;
    case ExprKind::JoinedStr: joined_str(static_cast<JoinedStr*>(e)); break;
    case ExprKind::FormattedValue: formatted_value(static_cast<FormattedValue*>(e)); break;
    case ExprKind::Name: {
      auto* n = static_cast<Name*>(e);
      load_name(n->id);
      break;
    }
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(e);
      expr(a->value);
      emit(OP_LOAD_ATTR, name_idx(a->attr));
      break;
    }
    case ExprKind::Subscript: subscript(static_cast<Subscript*>(e)); break;
    case ExprKind::Slice: slice(static_cast<ast::Slice*>(e)); break;
    case ExprKind::Starred: error("can't use starred expression here", e->pos);
    case ExprKind::BinOp: binop(static_cast<ast::BinOp*>(e)); break;
    case ExprKind::UnaryOp: unaryop(static_cast<UnaryOp*>(e)); break;
    case ExprKind::BoolOp: boolop(static_cast<BoolOp*>(e)); break;
    case ExprKind::Compare: compare(static_cast<Compare*>(e)); break;
    case ExprKind::Call: call(static_cast<Call*>(e)); break;
    case ExprKind::IfExp: ifexp(static_cast<IfExp*>(e)); break;
    case ExprKind::Lambda: lambda(static_cast<Lambda*>(e)); break;
    case ExprKind::List: starred_sequence(static_cast<ast::List*>(e)->elts, OP_BUILD_LIST, false); break;
    case ExprKind::Tuple: starred_sequence(static_cast<ast::Tuple*>(e)->elts, OP_BUILD_TUPLE, true); break;
    case ExprKind::Set: starred_sequence(static_cast<ast::Set*>(e)->elts, OP_BUILD_SET, false); break;
    case ExprKind::Dict: dict_display(static_cast<ast::Dict*>(e)); break;
    case ExprKind::ListComp: comprehension(e, static_cast<ListComp*>(e)->generators, 0); break;
    case ExprKind::SetComp: comprehension(e, static_cast<SetComp*>(e)->generators, 1); break;
    case ExprKind::DictComp: comprehension(e, static_cast<DictComp*>(e)->generators, 2); break;
    case ExprKind::GeneratorExp: comprehension(e, static_cast<GeneratorExp*>(e)->generators, 3); break;
    case ExprKind::Yield: {
      auto* y = static_cast<Yield*>(e);
      if (y->value) expr(y->value);
      else emit(OP_LOAD_CONST, const_none());
      emit(OP_YIELD_VALUE);
      break;
    }
    case ExprKind::YieldFrom: {
      expr(static_cast<YieldFrom*>(e)->value);
      emit(OP_GET_ITER);
      emit(OP_YIELD_FROM);
      break;
    }
    case ExprKind::NamedExpr: {
      auto* n = static_cast<NamedExpr*>(e);
      expr(n->value);
      emit(OP_COPY, 1);
      assign_target(n->target);
      break;
    }
  }
}

void Compiler::constant(Constant* c) { emit(OP_LOAD_CONST, const_from_constant(c)); }

void Compiler::joined_str(JoinedStr* j) {
  if (j->values.empty()) {
    emit(OP_LOAD_CONST, const_str(""));
    return;
  }
  for (Expr* v : j->values) expr(v);
  if (j->values.size() > 1) emit(OP_BUILD_STRING, int(j->values.size()));
  else if (j->values[0]->kind != ExprKind::FormattedValue && j->values[0]->kind != ExprKind::Constant)
    emit(OP_FORMAT_VALUE, 0);
}

void Compiler::formatted_value(FormattedValue* f) {
  expr(f->value);
  int flags = 0;
  switch (f->conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: break;
  }
  if (f->format_spec) {
    expr(f->format_spec);
    flags |= 4;
  }
  emit(OP_FORMAT_VALUE, flags);
}

void Compiler::binop(ast::BinOp* b) {
  expr(b->left);
  expr(b->right);
  emit(OP_BINARY_OP, int(map_binop(b->op)));
}

void Compiler::unaryop(UnaryOp* u) {
  // Fold -<number> so negative literals are constants.
  if (u->op == UnaryOpKind::USub && u->operand->kind == ExprKind::Constant) {
    auto* c = static_cast<Constant*>(u->operand);
    if (c->ckind == ConstKind::Float) {
      emit(OP_LOAD_CONST, add_const(Value::from_double(-c->fval), "f-" + std::to_string(c->fval) + "/" +
                                                                       std::to_string(reinterpret_cast<uintptr_t>(c))));
      return;
    }
    if (c->ckind == ConstKind::Int && c->text.size() < 15) {
      int64_t v = -std::stoll(c->text);
      emit(OP_LOAD_CONST, const_int(v));
      return;
    }
  }
  expr(u->operand);
  switch (u->op) {
    case UnaryOpKind::USub: emit(OP_UNARY_NEG); break;
    case UnaryOpKind::UAdd: emit(OP_UNARY_POS); break;
    case UnaryOpKind::Invert: emit(OP_UNARY_INVERT); break;
    case UnaryOpKind::Not: emit(OP_UNARY_NOT); break;
  }
}

void Compiler::boolop(BoolOp* b) {
  int end = new_label();
  Opcode op = b->op == BoolOpKind::And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
  for (size_t i = 0; i < b->values.size(); i++) {
    expr(b->values[i]);
    if (i + 1 < b->values.size()) emit_jump(op, end);
  }
  place(end);
}

void Compiler::compare(Compare* c) {
  expr(c->left);
  auto emit_one = [&](CmpOpKind k) {
    switch (k) {
      case CmpOpKind::Is: emit(OP_IS_OP, 0); break;
      case CmpOpKind::IsNot: emit(OP_IS_OP, 1); break;
      case CmpOpKind::In: emit(OP_CONTAINS_OP, 0); break;
      case CmpOpKind::NotIn: emit(OP_CONTAINS_OP, 1); break;
      default: emit(OP_COMPARE_OP, int(map_cmp(k))); break;
    }
  };
  if (c->ops.size() == 1) {
    expr(c->comparators[0]);
    emit_one(c->ops[0]);
    return;
  }
  int cleanup = new_label(), end = new_label();
  for (size_t i = 0; i < c->ops.size(); i++) {
    expr(c->comparators[i]);
    if (i + 1 < c->ops.size()) {
      emit(OP_SWAP, 2);
      emit(OP_COPY, 2);
      emit_one(c->ops[i]);
      emit_jump(OP_JUMP_IF_FALSE_OR_POP, cleanup);
    } else {
      emit_one(c->ops[i]);
    }
  }
  emit_jump(OP_JUMP, end);
  place(cleanup);
  emit(OP_SWAP, 2);
  emit(OP_POP_TOP);
  place(end);
}

bool Compiler::has_starred(const std::vector<Expr*>& v) {
  for (Expr* e : v)
    if (e->kind == ExprKind::Starred) return true;
  return false;
}

// Emits the arguments of a call whose callable (and self-or-null) are already
// on the stack; `extra_pos` counts positional values already pushed after the
// callable (class statements push the body function and the name).
void Compiler::call_args(const std::vector<Expr*>& args, const std::vector<Keyword>& kws, int extra_pos) {
  bool dstar = false;
  for (auto& k : kws)
    if (k.arg.empty()) dstar = true;
  if (!has_starred(args) && !dstar) {
    for (Expr* a : args) expr(a);
    if (kws.empty()) {
      emit(OP_CALL, int(args.size()) + extra_pos);
      return;
    }
    Ref names = tuple_new(kws.size());
    std::string key = "k";
    for (size_t i = 0; i < kws.size(); i++) {
      for (size_t j = 0; j < i; j++)
        if (kws[j].arg == kws[i].arg) error("keyword argument repeated: " + kws[i].arg, kws[i].pos);
      expr(kws[i].value);
      as_tuple(names.get())->items[i] = Value::object(intern(kws[i].arg));
      key += kws[i].arg + ",";
    }
    emit(OP_LOAD_CONST, add_const(names.get(), key));
    emit(OP_CALL_KW, int(args.size() + kws.size()) + extra_pos);
    return;
  }
  // General form: positional tuple + keyword dict, then CALL_EX.
  emit(OP_BUILD_LIST, extra_pos);
  for (Expr* a : args) {
    if (a->kind == ExprKind::Starred) {
      expr(static_cast<Starred*>(a)->value);
      emit(OP_LIST_EXTEND, 1 | 0x100);   // 0x100: in a call (for the error message)
    } else {
      expr(a);
      emit(OP_LIST_APPEND, 1);
    }
  }
  emit(OP_LIST_TO_TUPLE);
  if (kws.empty()) {
    emit(OP_PUSH_NULL);
  } else {
    emit(OP_BUILD_MAP, 0);
    for (auto& k : kws) {
      if (k.arg.empty()) {
        expr(k.value);
        emit(OP_DICT_MERGE, 1);
      } else {
        emit(OP_BUILD_MAP, 0);
        emit(OP_LOAD_CONST, const_str(k.arg));
        expr(k.value);
        emit(OP_MAP_ADD, 1);
        emit(OP_DICT_MERGE, 1);
      }
    }
  }
  emit(OP_CALL_EX, 1);
}

void Compiler::call(Call* c) {
  bool simple = !has_starred(c->args);
  for (auto& k : c->keywords)
    if (k.arg.empty()) simple = false;
  if (c->func->kind == ExprKind::Attribute && simple) {
    auto* a = static_cast<Attribute*>(c->func);
    expr(a->value);
    Pos saved = u_->pos;
    u_->pos = a->pos;
    emit(OP_LOAD_METHOD, name_idx(a->attr));
    u_->pos = saved;
  } else {
    emit(OP_PUSH_NULL);
    expr(c->func);
  }
  call_args(c->args, c->keywords, 0);
}

void Compiler::starred_sequence(const std::vector<Expr*>& elts, Opcode build, bool to_tuple) {
  if (!has_starred(elts)) {
    for (Expr* e : elts) expr(e);
    emit(build, int(elts.size()));
    return;
  }
  bool is_set = build == OP_BUILD_SET;
  size_t i = 0;
  for (; i < elts.size() && elts[i]->kind != ExprKind::Starred; i++) expr(elts[i]);
  emit(is_set ? OP_BUILD_SET : OP_BUILD_LIST, int(i));
  for (; i < elts.size(); i++) {
    if (elts[i]->kind == ExprKind::Starred) {
      expr(static_cast<Starred*>(elts[i])->value);
      emit(is_set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
    } else {
      expr(elts[i]);
      emit(is_set ? OP_SET_ADD : OP_LIST_APPEND, 1);
    }
  }
  if (to_tuple) emit(OP_LIST_TO_TUPLE);
}

void Compiler::dict_display(ast::Dict* d) {
  size_t n = d->keys.size();
  size_t run = 0;
  bool built = false;
  auto flush = [&]() {
    if (!built) {
      emit(OP_BUILD_MAP, int(run));
      built = true;
    } else if (run) {
      emit(OP_BUILD_MAP, int(run));
      emit(OP_DICT_UPDATE, 1);
    }
    run = 0;
  };
  for (size_t i = 0; i < n; i++) {
    if (!d->keys[i]) {
      flush();
      expr(d->values[i]);
      emit(OP_DICT_UPDATE, 1);
    } else {
      expr(d->keys[i]);
      expr(d->values[i]);
      run++;
    }
  }
  if (!built || run) flush();
}

void Compiler::subscript(Subscript* s) {
  expr(s->value);
  expr(s->slice);
  emit(OP_BINARY_SUBSCR);
}

void Compiler::slice(ast::Slice* s) {
  auto part = [&](Expr* e) {
    if (e) expr(e);
    else emit(OP_LOAD_CONST, const_none());
  };
  part(s->lower);
  part(s->upper);
  if (s->step) {
    expr(s->step);
    emit(OP_BUILD_SLICE, 3);
  } else {
    emit(OP_BUILD_SLICE, 2);
  }
}

void Compiler::ifexp(IfExp* i) {
  int els = new_label(), end = new_label();
  jump_if(i->test, false, els);
  expr(i->body);
  emit_jump(OP_JUMP, end);
  place(els);
  expr(i->orelse);
  place(end);
}

void Compiler::lambda(Lambda* l) {
  Scope* scope = st_.by_node.at(l);
  std::string qn = child_qualname("<lambda>");
  Pos pos = l->pos;
  enter_unit(scope, "<lambda>", qn, l->pos.line);
  u_->pos = pos;
  Code* c = u_->code;
  c->posonlyargcount = int(l->args->posonlyargs.size());
  c->argcount = int(l->args->posonlyargs.size() + l->args->args.size());
  c->kwonlyargcount = int(l->args->kwonlyargs.size());
  if (l->args->vararg) c->flags |= kCoVarargs;
  if (l->args->kwarg) c->flags |= kCoVarkw;
  const_none();   // no docstring
  expr(l->body);
  if (!scope->is_generator) emit(OP_RETURN_VALUE);
  else {
    emit(OP_POP_TOP);
  }
  Ref code = leave_unit();
  u_->pos = pos;
  make_function(scope, l->args, "<lambda>", std::move(code), pos);
}

// kind: 0 list, 1 set, 2 dict, 3 generator expression
void Compiler::comprehension(Expr* node, const std::vector<Comprehension>& gens, int kind) {
  Scope* scope = st_.by_node.at(node);
  static const char* names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
  std::string qn = child_qualname(names[kind]);
  Pos pos = node->pos;
  for (auto& g : gens)
    if (g.is_async) error("asynchronous comprehensions are not supported by gilpy", pos);
  enter_unit(scope, names[kind], qn, pos.line);
  u_->pos = pos;
  u_->code->argcount = 1;
  const_none();
  if (kind == 0) emit(OP_BUILD_LIST, 0);
  else if (kind == 1) emit(OP_BUILD_SET, 0);
  else if (kind == 2) emit(OP_BUILD_MAP, 0);
  comprehension_loop(gens, 0, node, kind);
  if (kind == 3) emit(OP_LOAD_CONST, const_none());
  emit(OP_RETURN_VALUE);
  Ref code = leave_unit();
  u_->pos = pos;
  emit(OP_PUSH_NULL);
  make_function(scope, nullptr, names[kind], std::move(code), pos);
  expr(gens[0].iter);
  emit(OP_GET_ITER);
  emit(OP_CALL, 1);
}

void Compiler::comprehension_loop(const std::vector<Comprehension>& gens, size_t i, Expr* node, int kind) {
  const Comprehension& g = gens[i];
  int start = new_label(), end = new_label();
  if (i == 0) {
    emit(OP_LOAD_FAST, 0);   // .0, the iterator passed in
  } else {
    expr(g.iter);
    emit(OP_GET_ITER);
  }
  place(start);
  emit_jump(OP_FOR_ITER, end);
  assign_target(g.target);
  for (Expr* cond : g.ifs) jump_if(cond, false, start);
  if (i + 1 < gens.size()) {
    comprehension_loop(gens, i + 1, node, kind);
  } else {
    int depth = int(gens.size()) + 1;   // the container sits below one iterator per loop
    switch (kind) {
      case 0:
        expr(static_cast<ListComp*>(node)->elt);
        emit(OP_LIST_APPEND, depth);
        break;
      case 1:
        expr(static_cast<SetComp*>(node)->elt);
        emit(OP_SET_ADD, depth);
        break;
      case 2:
        expr(static_cast<DictComp*>(node)->key);
        expr(static_cast<DictComp*>(node)->value);
        emit(OP_MAP_ADD, depth);
        break;
      default:
        expr(static_cast<GeneratorExp*>(node)->elt);
        emit(OP_YIELD_VALUE);
        emit(OP_POP_TOP);
        break;
    }
  }
  emit_jump(OP_JUMP_BACKWARD, start);
  place(end);
}

}  // namespace gilpy
