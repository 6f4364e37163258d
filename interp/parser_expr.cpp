// parser_expr.cpp — expressions, from star_expressions down to atoms.
//
// Precedence, lowest first: lambda / if-else, or, and, not, comparisons,
// | ^ & << >> + - * / // % @, unary + - ~, **, await, primaries (calls,
// subscripts, attributes), atoms. The binary operators share one
// precedence-climbing loop; everything else has its own function.
#include "parser_impl.hpp"

namespace gilpy::parse_impl {

using namespace ast;

namespace {

// Binary operator precedence for binary(); 0 means "not a binary operator".
int binary_precedence(const Token& t, BinOpKind* kind) {
  if (t.type != TokType::Op) return 0;
  switch (t.op) {
    case Op::VBar: *kind = BinOpKind::BitOr; return 1;
    case Op::Circumflex: *kind = BinOpKind::BitXor; return 2;
    case Op::Amper: *kind = BinOpKind::BitAnd; return 3;
    case Op::LShift: *kind = BinOpKind::LShift; return 4;
    case Op::RShift: *kind = BinOpKind::RShift; return 4;
    case Op::Plus: *kind = BinOpKind::Add; return 5;
    case Op::Minus: *kind = BinOpKind::Sub; return 5;
    case Op::Star: *kind = BinOpKind::Mult; return 6;
    case Op::Slash: *kind = BinOpKind::Div; return 6;
    case Op::DoubleSlash: *kind = BinOpKind::FloorDiv; return 6;
    case Op::Percent: *kind = BinOpKind::Mod; return 6;
    case Op::At: *kind = BinOpKind::MatMult; return 6;
    default: return 0;
  }
}

}  // namespace

bool Parser::starts_expression(const Token& t) const {
  switch (t.type) {
    case TokType::Name:
      return t.kw == Kw::NotKw || t.kw == Kw::None || t.kw == Kw::True || t.kw == Kw::False ||
             t.kw == Kw::Not || t.kw == Kw::Lambda || t.kw == Kw::Await;
    case TokType::Number:
    case TokType::String: return true;
    case TokType::Op:
      return t.op == Op::LPar || t.op == Op::LSqb || t.op == Op::LBrace || t.op == Op::Minus ||
             t.op == Op::Plus || t.op == Op::Tilde || t.op == Op::Ellipsis;
    default: return false;
  }
}

bool Parser::at_comprehension() const {
  return at_kw(Kw::For) || (at_kw(Kw::Async) && look(1).kw == Kw::For);
}

// ------------------------------------------------------------ star forms

// A tuple without parentheses when there is a comma: `return 1, *a`.
// Reports where its last element starts, for assignment error messages.
Expr* Parser::star_expressions(size_t* last_elt_tok, Expr** last_elt) {
  Pos start = here();
  size_t elt_tok = p_;
  Expr* last = star_expression();
  Expr* result = last;
  if (at_op(Op::Comma)) {
    auto* t = make<Tuple>(start);
    t->elts.push_back(last);
    while (eat_op(Op::Comma)) {
      if (!starts_expression(tok()) && !at_op(Op::Star)) break;
      elt_tok = p_;
      last = star_expression();
      t->elts.push_back(last);
    }
    close(t->pos);
    result = t;
  }
  if (last_elt_tok) *last_elt_tok = elt_tok;
  if (last_elt) *last_elt = last;
  return result;
}

Expr* Parser::starred(bool bitwise) {
  auto* s = make<Starred>(here());
  advance();
  s->value = bitwise ? bitwise_or() : expression();
  close(s->pos);
  return s;
}

Expr* Parser::star_expression() { return at_op(Op::Star) ? starred(true) : expression(); }

Expr* Parser::star_named_expression() { return at_op(Op::Star) ? starred(true) : named_expression(); }

// An expression that may be `NAME := value`. With check_equals, a following
// '=' is diagnosed as a mistyped '==' (as in `if x = 1:`).
Expr* Parser::named_expression(bool check_equals) {
  if (at_name() && look(1).type == TokType::Op && look(1).op == Op::ColonEqual) {
    Pos start = here();
    auto* target = make<Name>(start);
    target->id = name_text(tok());
    target->ctx = Ctx::Store;
    advance();
    advance();
    auto* n = make<NamedExpr>(start);
    n->target = target;
    n->value = expression();
    close(n->pos);
    return n;
  }
  size_t start_tok = p_;
  Expr* e = expression();
  if (at_op(Op::ColonEqual))
    raise_pos(e->pos, std::string("cannot use assignment expressions with ") + expr_name(e));
  if (check_equals && at_op(Op::Equal)) {
    Pos rhs;
    if (e->kind == ExprKind::Name && start_tok + 1 == p_ && rhs_is_lone_bitwise_or(p_, &rhs))
      raise_range(e->pos, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (equals_looks_like_comparison(e, start_tok, p_) && rhs_is_lone_bitwise_or(p_, &rhs))
      raise_pos(e->pos, std::string("cannot assign to ") + expr_name(e) +
                            " here. Maybe you meant '==' instead of '='?");
  }
  return e;
}

// ------------------------------------------------------------ boolean level

Expr* Parser::expression() {
  DepthGuard guard(*this);
  if (at_kw(Kw::Lambda)) return lambdef();
  Pos start = here();
  Expr* body = disjunction();
  if (!at_kw(Kw::If)) return body;
  size_t if_tok = p_;
  advance();
  Expr* test = disjunction();
  if (!at_kw(Kw::Else)) {
    if (at_op(Op::Colon)) {   // not a conditional expression; the caller reports
      seek(if_tok);
      return body;
    }
    raise_range(body->pos, test->pos, "expected 'else' after 'if' expression");
  }
  advance();
  auto* n = make<IfExp>(start);
  n->body = body;
  n->test = test;
  n->orelse = expression();
  close(n->pos);
  return n;
}

Expr* Parser::disjunction() {
  size_t begin = p_;
  Expr* e = bool_chain(Kw::Or);
  last_disj_begin_ = begin;
  last_disj_end_ = p_;
  return e;
}

Expr* Parser::conjunction() { return bool_chain(Kw::And); }

// a or b or c (or: a and b and c): one BoolOp with all the operands.
Expr* Parser::bool_chain(Kw op) {
  Pos start = here();
  auto operand = [&] { return op == Kw::Or ? conjunction() : inversion(); };
  Expr* first = operand();
  if (!at_kw(op)) return first;
  std::vector<Expr*> values{first};
  while (at_kw(op)) {
    size_t op_tok = p_;
    advance();
    Expr* next = operand_or_backtrack(op_tok, operand);
    if (!next) break;
    values.push_back(next);
  }
  if (values.size() == 1) return first;
  auto* b = make<BoolOp>(start);
  b->op = op == Kw::Or ? BoolOpKind::Or : BoolOpKind::And;
  b->values = std::move(values);
  close(b->pos);
  return b;
}

Expr* Parser::inversion() {
  if (!at_kw(Kw::Not)) return comparison();
  DepthGuard guard(*this);
  Pos start = here();
  advance();
  auto* u = make<UnaryOp>(start);
  u->op = UnaryOpKind::Not;
  u->operand = inversion();
  close(u->pos);
  return u;
}

// a < b <= c is one Compare node with two operators.
Expr* Parser::comparison() {
  Pos start = here();
  Expr* left = bitwise_or();
  Compare* c = nullptr;
  for (;;) {
    const Token& t = tok();
    size_t op_tok = p_;
    CmpOpKind op;
    if (t.type == TokType::Op) {
      switch (t.op) {
        case Op::EqEqual: op = CmpOpKind::Eq; break;
        case Op::NotEqual: op = CmpOpKind::NotEq; break;
        case Op::Less: op = CmpOpKind::Lt; break;
        case Op::LessEqual: op = CmpOpKind::LtE; break;
        case Op::Greater: op = CmpOpKind::Gt; break;
        case Op::GreaterEqual: op = CmpOpKind::GtE; break;
        default: goto done;
      }
      advance();
    } else if (t.kw == Kw::In) {
      op = CmpOpKind::In;
      advance();
    } else if (t.kw == Kw::Not && look(1).kw == Kw::In) {
      op = CmpOpKind::NotIn;
      advance();
      advance();
    } else if (t.kw == Kw::Is) {
      advance();
      op = eat_kw(Kw::Not) ? CmpOpKind::IsNot : CmpOpKind::Is;
    } else {
      break;
    }
    Expr* right = operand_or_backtrack(op_tok, [&] { return bitwise_or(); });
    if (!right) break;
    if (!c) {
      c = make<Compare>(start);
      c->left = left;
    }
    c->ops.push_back(op);
    c->comparators.push_back(right);
  }
done:
  if (!c) return left;
  close(c->pos);
  return c;
}

// ------------------------------------------------------------- arithmetic

// Precedence climbing over | ^ & << >> + - * / // % @ (all left-associative).
Expr* Parser::binary(int min_prec) {
  Pos start = here();
  Expr* left = factor();
  DepthGuard chain(*this, 0);
  for (;;) {
    BinOpKind kind;
    int prec = binary_precedence(tok(), &kind);
    if (prec == 0 || prec < min_prec) break;
    size_t op_tok = p_;
    advance();
    chain.add(1);   // each link deepens the (left-leaning) tree
    Expr* right = operand_or_backtrack(op_tok, [&] { return binary(prec + 1); });
    if (!right) break;
    auto* b = make<BinOp>(start);
    b->left = left;
    b->op = kind;
    b->right = right;
    close(b->pos);
    left = b;
  }
  return left;
}

Expr* Parser::factor() {
  const Token& t = tok();
  if (t.type != TokType::Op || (t.op != Op::Plus && t.op != Op::Minus && t.op != Op::Tilde))
    return power();
  DepthGuard guard(*this);
  Pos start = here();
  UnaryOpKind op = t.op == Op::Plus    ? UnaryOpKind::UAdd
                   : t.op == Op::Minus ? UnaryOpKind::USub
                                       : UnaryOpKind::Invert;
  advance();
  auto* u = make<UnaryOp>(start);
  u->op = op;
  u->operand = factor();
  close(u->pos);
  return u;
}

// `**` binds tighter than a unary operator on its left (-2**2 == -4) and
// takes a unary expression on its right (2**-1); it is right-associative.
Expr* Parser::power() {
  Pos start = here();
  Expr* base = primary();
  if (!at_op(Op::DoubleStar)) return base;
  size_t op_tok = p_;
  advance();
  DepthGuard guard(*this);
  Expr* exponent = operand_or_backtrack(op_tok, [&] { return factor(); });
  if (!exponent) return base;
  auto* b = make<BinOp>(start);
  b->left = base;
  b->op = BinOpKind::Pow;
  b->right = exponent;
  close(b->pos);
  return b;
}

// An atom followed by any number of .name, (args) and [index] trailers.
Expr* Parser::primary() {
  if (at_kw(Kw::Await)) {
    if (!starts_expression(look(1))) {
      advance();
      fail();
    }
    unsupported(tok(), "'await' is");
  }
  Pos start = here();   // a parenthesized atom's node starts inside; trailers start at '('
  Expr* e = atom();
  DepthGuard chain(*this, 0);
  for (;;) {
    size_t trailer = p_;
    Expr* next;
    if (at_op(Op::Dot)) {
      advance();
      if (!at_name()) {   // `a.` alone: the expression is `a`
        p_ = trailer;
        break;
      }
      auto* a = make<Attribute>(start);
      a->value = e;
      a->attr = name_text(tok());
      advance();
      close(a->pos);
      next = a;
    } else if (at_op(Op::LPar)) {
      next = operand_or_backtrack(trailer, [&] { return call(e, start); });
    } else if (at_op(Op::LSqb)) {
      next = operand_or_backtrack(trailer, [&] { return subscript(e, start); });
    } else {
      break;
    }
    if (!next) break;
    e = next;
    chain.add(1);
  }
  return e;
}

// ------------------------------------------------------------------ atoms

Expr* Parser::atom() {
  const Token& t = tok();
  Pos start = here();
  switch (t.type) {
    case TokType::Name: {
      if (t.kw == Kw::NotKw) {
        auto* n = make<Name>(start);
        n->id = name_text(t);
        advance();
        return n;
      }
      ConstKind k;
      if (t.kw == Kw::None) k = ConstKind::None;
      else if (t.kw == Kw::True) k = ConstKind::True;
      else if (t.kw == Kw::False) k = ConstKind::False;
      else fail();
      auto* c = make<Constant>(start);
      c->ckind = k;
      advance();
      return c;
    }
    case TokType::Number: return number();
    case TokType::String: return strings();
    case TokType::Op:
      switch (t.op) {
        case Op::LPar: return paren_atom();
        case Op::LSqb: return list_atom();
        case Op::LBrace: return brace_atom();
        case Op::Ellipsis: {
          auto* c = make<Constant>(start);
          c->ckind = ConstKind::Ellipsis;
          advance();
          return c;
        }
        default: fail();
      }
    default: fail();
  }
}

// After an element of a parenthesized or bracketed list: eats a comma and
// says whether another element follows, or stops at `close`.
bool Parser::list_continue(Op close) {
  if (eat_op(Op::Comma)) return !at_op(close);
  if (!at_op(close)) maybe_forgot_comma();
  return false;
}

// ( ... ): empty tuple, yield, group, tuple or generator expression.
Expr* Parser::paren_atom() {
  Pos start = here();
  advance();
  if (eat_op(Op::RPar)) {
    auto* t = make<Tuple>(start);
    t->parenthesized = true;
    close(t->pos);
    return t;
  }
  if (at_kw(Kw::Yield)) {
    Expr* y = yield_expr();
    expect_op(Op::RPar);
    return y;
  }
  if (at_op(Op::DoubleStar)) {
    const Token& stars = tok();
    advance();
    expression();
    if (at_op(Op::RPar)) raise_at(stars, "cannot use double starred expression here");
    fail();
  }
  Expr* first = star_named_expression();
  if (at_comprehension()) {
    if (first->kind == ExprKind::Starred)
      raise_pos(first->pos, "iterable unpacking cannot be used in comprehension");
    auto* g = make<GeneratorExp>(start);
    g->elt = first;
    for_if_clauses(g->generators);
    expect_op(Op::RPar);
    close(g->pos);
    return g;
  }
  if (eat_op(Op::RPar)) {
    if (first->kind == ExprKind::Starred) raise_pos(first->pos, "cannot use starred expression here");
    return first;   // a group keeps the position of its content
  }
  auto* t = make<Tuple>(start);
  t->parenthesized = true;
  t->elts.push_back(first);
  if (!at_op(Op::Comma)) maybe_forgot_comma();
  while (list_continue(Op::RPar)) t->elts.push_back(star_named_expression());
  expect_op(Op::RPar);
  close(t->pos);
  return t;
}

// `[a, b for b in c]`: the comprehension target needs parentheses.
void Parser::comprehension_target_error(Expr* first, const Pos& last) {
  raise_range(first->pos, last, "did you forget parentheses around the comprehension target?");
}

// Elements of a list or set display after the first one, up to `close`.
void Parser::display_elements(std::vector<Expr*>& elts, Op close) {
  for (;;) {
    if (eat_op(Op::Comma)) {
      if (at_op(close)) break;
      if (at_comprehension()) comprehension_target_error(elts.front(), prev_pos());
      elts.push_back(star_named_expression());
      continue;
    }
    if (at_op(close)) break;
    if (at_comprehension() && elts.size() > 1) comprehension_target_error(elts.front(), elts.back()->pos);
    maybe_forgot_comma();
  }
  expect_op(close);
}

Expr* Parser::list_atom() {
  Pos start = here();
  advance();
  if (eat_op(Op::RSqb)) {
    auto* l = make<List>(start);
    close(l->pos);
    return l;
  }
  Expr* first = star_named_expression();
  if (at_comprehension()) {
    if (first->kind == ExprKind::Starred)
      raise_pos(first->pos, "iterable unpacking cannot be used in comprehension");
    auto* c = make<ListComp>(start);
    c->elt = first;
    for_if_clauses(c->generators);
    expect_op(Op::RSqb);
    close(c->pos);
    return c;
  }
  auto* l = make<List>(start);
  l->elts.push_back(first);
  display_elements(l->elts, Op::RSqb);
  close(l->pos);
  return l;
}

// { ... }: dict, set, or one of their comprehensions.
Expr* Parser::brace_atom() {
  Pos start = here();
  advance();
  if (eat_op(Op::RBrace)) {
    auto* d = make<Dict>(start);
    close(d->pos);
    return d;
  }
  if (at_op(Op::DoubleStar)) {
    const Token& stars = tok();
    advance();
    Expr* value = bitwise_or();
    if (at_comprehension()) raise_at(stars, "dict unpacking cannot be used in dict comprehension");
    return dict_rest(start, nullptr, value);
  }
  Expr* first = star_named_expression();
  if (at_op(Op::Colon) && first->kind != ExprKind::Starred) {
    advance();
    Expr* value = dict_value();
    if (at_comprehension()) {
      auto* c = make<DictComp>(start);
      c->key = first;
      c->value = value;
      for_if_clauses(c->generators);
      expect_op(Op::RBrace);
      close(c->pos);
      return c;
    }
    return dict_rest(start, first, value);
  }
  if (at_comprehension()) {
    if (first->kind == ExprKind::Starred)
      raise_pos(first->pos, "iterable unpacking cannot be used in comprehension");
    auto* c = make<SetComp>(start);
    c->elt = first;
    for_if_clauses(c->generators);
    expect_op(Op::RBrace);
    close(c->pos);
    return c;
  }
  auto* s = make<Set>(start);
  s->elts.push_back(first);
  display_elements(s->elts, Op::RBrace);
  close(s->pos);
  return s;
}

// The value after `key:` in a dict display.
Expr* Parser::dict_value() {
  if (at_op(Op::Star)) {
    Pos star = here();
    advance();
    raise_range(star, bitwise_or()->pos, "cannot use a starred expression in a dictionary value");
  }
  if (at_op(Op::RBrace) || at_op(Op::Comma))
    raise_at(prev(), "expression expected after dictionary key and ':'");
  return expression();
}

// The rest of a dict display after its first item (key nullptr: `**value`).
Expr* Parser::dict_rest(const Pos& start, Expr* key, Expr* value) {
  auto* d = make<Dict>(start);
  d->keys.push_back(key);
  d->values.push_back(value);
  for (;;) {
    if (eat_op(Op::Comma)) {
      if (at_op(Op::RBrace)) break;
      if (eat_op(Op::DoubleStar)) {
        d->keys.push_back(nullptr);
        d->values.push_back(bitwise_or());
        continue;
      }
      Expr* k = expression();
      if (!at_op(Op::Colon))
        raise("':' expected after dictionary key", k->pos.line, k->pos.end_col - 1, k->pos.end_line, -1);
      advance();
      d->keys.push_back(k);
      d->values.push_back(dict_value());
      continue;
    }
    if (at_op(Op::RBrace)) break;
    maybe_forgot_comma();
  }
  expect_op(Op::RBrace);
  close(d->pos);
  return d;
}

// for x in y if c ... (one or more clauses)
void Parser::for_if_clauses(std::vector<Comprehension>& out) {
  while (at_comprehension()) {
    if (at_kw(Kw::Async)) unsupported(tok(), "'async for' is");
    advance();
    Comprehension c;
    c.target = for_target();
    c.iter = disjunction();
    while (eat_kw(Kw::If)) c.ifs.push_back(disjunction());
    out.push_back(std::move(c));
  }
}

// Targets of `for` (statement and comprehension): elements are parsed at
// the `|` level so that the `in` keyword is not taken as an operator.
Expr* Parser::target_list() {
  Pos start = here();
  Expr* first = star_target();
  if (!at_op(Op::Comma)) {
    set_target(first, Ctx::Store);
    return first;
  }
  auto* t = make<Tuple>(start);
  t->elts.push_back(first);
  while (eat_op(Op::Comma)) {
    if (!starts_expression(tok()) && !at_op(Op::Star)) break;
    t->elts.push_back(star_target());
  }
  close(t->pos);
  set_target(t, Ctx::Store);
  return t;
}

Expr* Parser::star_target() { return at_op(Op::Star) ? starred(true) : bitwise_or(); }

// ------------------------------------------------------------ trailers

Expr* Parser::call(Expr* func, const Pos& start) {
  const Token& open = tok();
  advance();
  auto* c = make<Call>(start);
  c->func = func;
  Expr* genexp = nullptr;
  arguments(c->args, c->keywords, open, &genexp);
  expect_op(Op::RPar);
  close(c->pos);
  // f(x for x in y): the generator expression spans the call's parentheses.
  if (genexp) genexp->pos = {open.line, open.col, c->pos.end_line, c->pos.end_col};
  return c;
}

// Call arguments (also class bases) up to, not including, ')'.
// `genexp_out` nullptr: a bare generator expression is not allowed.
void Parser::arguments(std::vector<Expr*>& args, std::vector<Keyword>& keywords,
                       const Token& open, Expr** genexp_out) {
  bool seen_keyword = false, seen_unpack = false;
  while (!at_op(Op::RPar)) {
    const Token& t = tok();
    if (at_op(Op::Star)) {
      if (seen_unpack) raise_at(t, "iterable argument unpacking follows keyword argument unpacking");
      args.push_back(starred(false));
    } else if (at_op(Op::DoubleStar)) {
      Pos start = here();
      advance();
      Keyword k;
      k.pos = start;
      k.value = expression();
      close(k.pos);
      keywords.push_back(std::move(k));
      seen_unpack = true;
    } else if (at_name() && look(1).type == TokType::Op && look(1).op == Op::Equal) {
      const Token& eq = look(1);
      Keyword k;
      k.arg = name_text(t);
      k.pos = pos_of(t);
      advance();
      advance();
      k.value = expression();
      if (at_comprehension())
        raise_range(pos_of(t), pos_of(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      close(k.pos);
      keywords.push_back(std::move(k));
      seen_keyword = true;
    } else {
      Expr* e = named_expression(false);
      if (at_comprehension()) {
        if (!genexp_out) fail();
        auto* g = make<GeneratorExp>(e->pos);
        g->elt = e;
        for_if_clauses(g->generators);
        if (!args.empty() || !keywords.empty() || !at_op(Op::RPar))
          raise_range(e->pos, prev_pos(), "Generator expression must be parenthesized");
        *genexp_out = g;
        args.push_back(g);
        return;
      }
      if (at_op(Op::Equal)) {
        if (t.kw == Kw::True || t.kw == Kw::False || t.kw == Kw::None)
          raise_range(e->pos, here(), "cannot assign to " + name_text(t));
        raise_range(e->pos, here(), "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (seen_unpack || seen_keyword) {
        // CPython reports this where it stopped reading: the closing ')'.
        const Token& end = toks_[matching_close(static_cast<size_t>(&open - toks_.data()))];
        raise_at(end, seen_unpack ? "positional argument follows keyword argument unpacking"
                                  : "positional argument follows keyword argument");
      }
      args.push_back(e);
    }
    if (!eat_op(Op::Comma)) {
      if (!at_op(Op::RPar)) maybe_forgot_comma();
      return;
    }
  }
}

Expr* Parser::subscript(Expr* value, const Pos& start_of_value) {
  advance();   // '['
  Pos start = here();
  Expr* index = slice_item();
  // a[*b] indexes with a one-element tuple, as a[*b,] does.
  if (at_op(Op::Comma) || index->kind == ExprKind::Starred) {
    auto* t = make<Tuple>(start);
    t->elts.push_back(index);
    while (list_continue(Op::RSqb)) t->elts.push_back(slice_item());
    close(t->pos);
    index = t;
  } else if (!at_op(Op::RSqb)) {
    maybe_forgot_comma();
  }
  expect_op(Op::RSqb);
  auto* s = make<Subscript>(start_of_value);
  s->value = value;
  s->slice = index;
  close(s->pos);
  return s;
}

// One index of a subscript: an expression, `*expr`, or lower:upper:step.
Expr* Parser::slice_item() {
  if (at_op(Op::Star)) return starred(false);
  Pos start = here();
  Expr* lower = nullptr;
  if (!at_op(Op::Colon)) {
    lower = named_expression();
    if (!at_op(Op::Colon)) return lower;
  }
  advance();   // ':'
  auto* s = make<Slice>(start);
  s->lower = lower;
  if (starts_expression(tok())) s->upper = expression();
  if (eat_op(Op::Colon) && starts_expression(tok())) s->step = expression();
  close(s->pos);
  return s;
}

// ------------------------------------------------------ lambda and yield

Expr* Parser::lambdef() {
  Pos start = here();
  advance();
  auto* l = make<Lambda>(start);
  l->args = parameters(true);
  expect_op(Op::Colon);
  l->body = expression();
  close(l->pos);
  return l;
}

Expr* Parser::yield_expr() {
  Pos start = here();
  advance();
  if (eat_kw(Kw::From)) {
    auto* y = make<YieldFrom>(start);
    y->value = expression();
    close(y->pos);
    return y;
  }
  auto* y = make<Yield>(start);
  if (starts_expression(tok()) || at_op(Op::Star)) y->value = star_expressions();
  close(y->pos);
  return y;
}

// --------------------------------------------------------------- parameters

// NAME [':' annotation]; lambdas have no annotations.
Arg Parser::param(bool lambda) {
  Arg a;
  a.pos = here();
  a.name = name_text(tok());
  advance();
  if (!lambda && eat_op(Op::Colon)) {
    a.annotation = at_op(Op::Star) ? starred(true) : expression();
    close(a.pos);
  }
  return a;
}

// `def f(a, b=1, /, c=2, *args, d, e=3, **kw)` parameters, up to ')' (or ':'
// for a lambda). Ordering mistakes get CPython's specific messages.
Arguments* Parser::parameters(bool lambda) {
  const Op closer = lambda ? Op::Colon : Op::RPar;
  auto* a = mod_.make<Arguments>();
  std::vector<Arg> plain;
  bool slash = false, star = false, seen_default = false;
  while (!at_op(closer)) {
    const Token& t = tok();
    if (at_op(Op::Slash)) {
      if (slash) raise_at(t, "/ may appear only once");
      if (star) raise_at(t, "/ must be ahead of *");
      if (plain.empty()) raise_at(t, "at least one argument must precede /");
      a->posonlyargs = std::move(plain);
      plain.clear();
      slash = true;
      advance();
    } else if (at_op(Op::Star)) {
      if (star) raise_at(t, "* argument may appear only once");
      star = true;
      advance();
      if (at_op(Op::Comma) || at_op(closer)) {
        const Token& after = look(1);
        bool next_is_end = after.type == TokType::Op && (after.op == closer || after.op == Op::DoubleStar);
        if (at_op(closer) || next_is_end) raise_at(t, "named arguments must follow bare *");
      } else {
        if (!at_name()) fail();
        a->vararg = mod_.make<Arg>();
        *a->vararg = param(lambda);
        if (at_op(Op::Equal)) raise_at(tok(), "var-positional argument cannot have default value");
      }
    } else if (at_op(Op::DoubleStar)) {
      advance();
      if (!at_name()) fail();
      a->kwarg = mod_.make<Arg>();
      *a->kwarg = param(lambda);
      if (at_op(Op::Equal)) raise_at(tok(), "var-keyword argument cannot have default value");
      if (eat_op(Op::Comma) && !at_op(closer)) {
        if (at_name() || at_op(Op::Star) || at_op(Op::DoubleStar) || at_op(Op::Slash))
          raise_at(tok(), "arguments cannot follow var-keyword argument");
        fail();
      }
      break;
    } else if (at_op(Op::LPar)) {
      parenthesized_parameters_error(lambda);
    } else if (at_name()) {
      Arg arg = param(lambda);
      Expr* def = nullptr;
      if (at_op(Op::Equal)) {
        const Token& eq = tok();
        advance();
        if (at_op(Op::Comma) || at_op(closer)) raise_at(eq, "expected default value expression");
        def = expression();
      }
      if (star) {
        a->kwonlyargs.push_back(std::move(arg));
        a->kw_defaults.push_back(def);
      } else {
        if (def) {
          a->defaults.push_back(def);
          seen_default = true;
        } else if (seen_default) {
          raise_at(t, "non-default argument follows default argument");
        }
        plain.push_back(std::move(arg));
      }
    } else {
      fail();
    }
    if (!eat_op(Op::Comma)) break;
  }
  a->args = std::move(plain);
  return a;
}

// `def f((a, b)):` is Python 2 syntax; name it instead of "invalid syntax".
void Parser::parenthesized_parameters_error(bool lambda) {
  size_t open = p_;
  size_t i = p_ + 1;
  bool ok = false;
  while (toks_[i].type == TokType::Name && toks_[i].kw == Kw::NotKw) {
    ++i;
    const Token& t = toks_[i];
    if (t.type == TokType::Op && t.op == Op::Comma) ++i;
    if (toks_[i].type == TokType::Op && toks_[i].op == Op::RPar) {
      ok = true;
      break;
    }
    if (t.type != TokType::Op || t.op != Op::Comma) break;
  }
  if (!ok) fail();
  raise_range(pos_of(toks_[open]), pos_of(toks_[i]),
              lambda ? "Lambda expression parameters cannot be parenthesized"
                     : "Function parameters cannot be parenthesized");
}

}  // namespace gilpy::parse_impl
