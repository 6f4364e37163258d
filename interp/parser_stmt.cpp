// parser_stmt.cpp — statements: simple statements, blocks, compound statements.
#include "parser_impl.hpp"

namespace gilpy::parse_impl {

using namespace ast;

namespace {

bool aug_op(Op op, BinOpKind* kind) {
  if (op < Op::PlusEqual || op > Op::AmperEqual) return false;
  *kind = static_cast<BinOpKind>(static_cast<int>(op) - static_cast<int>(Op::PlusEqual));
  return true;
}

}  // namespace

// ------------------------------------------------------------- entry points

void Parser::file_input(Body& out) {
  seek(0);
  while (!at_type(TokType::EndMarker)) statement(out);
}

// eval(): `expression (',' expression)* [',']` then only newlines.
Expr* Parser::eval_input() {
  seek(0);
  Pos start = here();
  Expr* e = expression();
  if (at_op(Op::Comma)) {
    auto* t = make<Tuple>(start);
    t->elts.push_back(e);
    while (eat_op(Op::Comma) && starts_expression(tok())) t->elts.push_back(expression());
    close(t->pos);
    e = t;
  }
  while (at_type(TokType::Newline)) advance();
  if (!at_type(TokType::EndMarker)) fail();
  return e;
}

// ----------------------------------------------------------------- dispatch

void Parser::statement(Body& out) {
  const Token& t = tok();
  if (t.type == TokType::Name) {
    switch (t.kw) {
      case Kw::Def: out.push_back(funcdef({})); return;
      case Kw::Class: out.push_back(classdef({})); return;
      case Kw::If: out.push_back(if_stmt()); return;
      case Kw::While: out.push_back(while_stmt()); return;
      case Kw::For: out.push_back(for_stmt()); return;
      case Kw::Try: out.push_back(try_stmt()); return;
      case Kw::With: out.push_back(with_stmt()); return;
      case Kw::Async: async_statement();
      case Kw::NotKw: check_soft_keyword_statement(); break;
      default: break;
    }
  } else if (t.type == TokType::Op && t.op == Op::At) {
    out.push_back(decorated());
    return;
  }
  if (!at_name() || text(tok()) != "match") return simple_stmts(out);
  size_t start = p_;
  try {
    simple_stmts(out);
  } catch (const SyntaxErrorInfo& e) {
    if (e.msg == "invalid syntax") match_missing_colon(start);
    throw;
  }
}

// `match x` with no ':' fails as an expression statement; CPython reads it
// as a match statement then: it reports the missing colon, or a generic
// error where the subject ends.
void Parser::match_missing_colon(size_t start) {
  size_t subject_end = 0;
  bool parsed = trial([&] {
    seek(start + 1);
    star_named_expression();
    while (eat_op(Op::Comma) && (starts_expression(tok()) || at_op(Op::Star))) star_named_expression();
    subject_end = p_;
  });
  if (!parsed) return;
  const Token& after = toks_[subject_end];
  if (after.type == TokType::Op && after.op == Op::Colon) return;
  if (after.type == TokType::Newline) raise_at(after, "expected ':'");
  if (subject_end > p_) raise_at(after, "invalid syntax");
}

// Ends a compound statement at the last token of its last line (which can
// be a trailing ';'), skipping NEWLINE and DEDENT tokens.
void Parser::close_block(Pos& pos) const {
  size_t i = p_;
  while (i > 0 && (toks_[i - 1].type == TokType::Newline || toks_[i - 1].type == TokType::Dedent ||
                   toks_[i - 1].type == TokType::Indent))
    --i;
  const Token& t = toks_[i > 0 ? i - 1 : 0];
  pos.end_line = t.end_line;
  pos.end_col = t.end_col;
}

void Parser::statements_until_dedent(Body& out) {
  while (!at_type(TokType::Dedent) && !at_type(TokType::EndMarker)) statement(out);
  if (at_type(TokType::Dedent)) advance();
}

// A suite: either statements on the same line, or NEWLINE INDENT ... DEDENT.
void Parser::block(Body& out, const Token& header, const std::string& what) {
  if (!at_type(TokType::Newline)) {
    simple_stmts(out);
    return;
  }
  advance();
  if (!at_type(TokType::Indent)) {
    std::string msg = "expected an indented block after " + what + " on line " + std::to_string(header.line);
    if (at_eof()) raise_at_eof(msg, "IndentationError");
    if (at_type(TokType::Dedent))   // CPython has no column there
      raise(msg, tok().line, -1, tok().line, -1, "IndentationError");
    raise_at(tok(), msg, "IndentationError");
  }
  advance();
  DepthGuard guard(*this);
  statements_until_dedent(out);
}

// `match x:` and `type X = ...` start with soft keywords that are ordinary
// names everywhere else; only the statement shapes are refused.
void Parser::check_soft_keyword_statement() {
  std::string_view w = text(tok());
  if (w == "match") {
    const Token& next = toks_[p_ + 1];
    bool subject = starts_expression(next) || (next.type == TokType::Op && next.op == Op::Star);
    if (!subject) return;
    // A match statement's line ends with ':' outside brackets; no
    // expression statement does.
    size_t i = p_ + 1;
    while (toks_[i].type != TokType::Newline && toks_[i].type != TokType::EndMarker &&
           toks_[i].type != TokType::Error)
      ++i;
    const Token& last = toks_[i - 1];
    if (toks_[i].type == TokType::Newline && last.type == TokType::Op && last.op == Op::Colon &&
        last.level == 0)
      unsupported(tok(), "'match' statements are");
  } else if (w == "type") {
    const Token& name = toks_[p_ + 1];
    const Token& after = toks_[std::min(p_ + 2, toks_.size() - 1)];
    if (name.type == TokType::Name && name.kw == Kw::NotKw && after.type == TokType::Op &&
        (after.op == Op::Equal || after.op == Op::LSqb))
      unsupported(tok(), "'type' statements are");
  }
}

void Parser::async_statement() {
  const Token& next = look(1);
  if (next.kw == Kw::Def) unsupported(tok(), "'async def' is");
  if (next.kw == Kw::For) unsupported(tok(), "'async for' is");
  if (next.kw == Kw::With) unsupported(tok(), "'async with' is");
  advance();
  fail();
}

// ------------------------------------------------------- simple statements

void Parser::simple_stmts(Body& out) {
  for (;;) {
    out.push_back(simple_stmt());
    if (!eat_op(Op::Semi) || at_type(TokType::Newline)) break;
  }
  if (!at_type(TokType::Newline)) fail();
  advance();
}

Stmt* Parser::simple_stmt() {
  const Token& t = tok();
  Pos start = here();
  if (t.type == TokType::Name) {
    switch (t.kw) {
      case Kw::Pass: advance(); return make<Pass>(start);
      case Kw::Break: advance(); return make<Break>(start);
      case Kw::Continue: advance(); return make<Continue>(start);
      case Kw::Return: return return_stmt();
      case Kw::Import: return import_name();
      case Kw::From: return import_from();
      case Kw::Raise: return raise_stmt();
      case Kw::Global: return global_stmt(false);
      case Kw::Nonlocal: return global_stmt(true);
      case Kw::Del: return del_stmt();
      case Kw::Assert: return assert_stmt();
      default: break;
    }
  }
  return expr_stmt();
}

// Expression statements and the assignment family, which all start with an
// expression: the token after it decides which one this is.
Stmt* Parser::expr_stmt() {
  size_t start_tok = p_;
  Pos start = here();
  size_t last_tok = p_;
  Expr* last = nullptr;
  bool bare_yield = at_kw(Kw::Yield);
  Expr* e = bare_yield ? yield_expr() : star_expressions(&last_tok, &last);
  if (bare_yield) last = e;
  BinOpKind kind;
  if (at_op(Op::Colon) && !bare_yield) return ann_assign(e, start_tok);
  if (tok().type == TokType::Op && aug_op(tok().op, &kind) && !bare_yield) return aug_assign(e, start);
  if (at_op(Op::Equal)) {
    if (bare_yield) raise_pos(e->pos, "assignment to yield expression not possible");
    return assign(e, last, last_tok, start);
  }
  if (at_op(Op::ColonEqual) && e->kind != ExprKind::Name && trial([&] {
        advance();
        expression();
      }))
    raise_pos(e->pos, std::string("cannot use assignment expressions with ") + expr_name(e));
  legacy_print_check(e);
  auto* s = make<ExprStmt>(start);
  s->value = e;
  close(s->pos);
  return s;
}

Stmt* Parser::ann_assign(Expr* target, size_t start_tok) {
  if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute &&
      target->kind != ExprKind::Subscript) {
    // CPython names a bad target only once an annotation follows the ':';
    // otherwise the ':' itself is the syntax error.
    if (!trial([&] {
          advance();
          expression();
          explore_after_expression();
        }))
      fail();
    if (target->kind == ExprKind::Tuple) {
      auto* t = static_cast<Tuple*>(target);
      const Pos& where = t->parenthesized || t->elts.empty() ? t->pos : t->elts[0]->pos;
      raise_pos(where, "only single target (not tuple) can be annotated");
    }
    if (target->kind == ExprKind::List)
      raise_pos(target->pos, "only single target (not list) can be annotated");
    raise_pos(target->pos, "illegal target for annotation");
  }
  auto* s = make<AnnAssign>(pos_of(toks_[start_tok]));
  advance();   // ':'
  s->annotation = expression();
  // `x: int` declares a local; `(x): int` and `a.b: int` do not.
  const Token& first = toks_[start_tok];
  s->simple = target->kind == ExprKind::Name && !(first.type == TokType::Op && first.op == Op::LPar);
  set_target(target, Ctx::Store);
  s->target = target;
  if (eat_op(Op::Equal)) s->value = at_kw(Kw::Yield) ? yield_expr() : star_expressions();
  close(s->pos);
  return s;
}

Stmt* Parser::aug_assign(Expr* target, const Pos& start) {
  auto* s = make<AugAssign>(start);
  aug_op(tok().op, &s->op);
  if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute &&
      target->kind != ExprKind::Subscript)
    raise_pos(target->pos, std::string("'") + expr_name(target) +
                               "' is an illegal expression for augmented assignment");
  set_target(target, Ctx::Store);
  s->target = target;
  advance();
  s->value = at_kw(Kw::Yield) ? yield_expr() : star_expressions();
  close(s->pos);
  return s;
}

// `a = b = value`. `last_elt` is the last element of the first target (the
// one written just before the first '='), used for error messages.
Stmt* Parser::assign(Expr* first, Expr* last_elt, size_t last_elt_tok, const Pos& start) {
  auto* s = make<Assign>(start);
  std::vector<bool> bare_yield{false};
  s->targets.push_back(first);
  size_t eq_tok = p_;
  for (;;) {
    advance();   // '='
    bool y = at_kw(Kw::Yield);
    Expr* rhs;
    try {
      rhs = y ? yield_expr() : star_expressions();
    } catch (const SyntaxErrorInfo& e) {
      // `x = False =`: CPython blames a bad target before a missing value.
      if (e.msg == "invalid syntax") check_targets(s->targets, last_elt, last_elt_tok, eq_tok, bare_yield);
      throw;
    }
    if (!at_op(Op::Equal)) {
      s->value = rhs;
      break;
    }
    s->targets.push_back(rhs);
    bare_yield.push_back(y);
  }
  check_targets(s->targets, last_elt, last_elt_tok, eq_tok, bare_yield);
  close(s->pos);
  return s;
}

// Sets Store on the targets of an assignment; reports the first bad one.
void Parser::check_targets(const std::vector<Expr*>& targets, Expr* last_elt, size_t last_elt_tok,
                           size_t eq_tok, const std::vector<bool>& bare_yield) {
  for (size_t i = 0; i < targets.size(); ++i) {
    if (bare_yield[i] || invalid_target(targets[i], Ctx::Store))
      bad_assignment(targets, last_elt, last_elt_tok, eq_tok, bare_yield);
  }
}

// `print "hello"`: the Python 2 statement forms of print and exec.
void Parser::legacy_print_check(Expr* e) {
  if (e->kind != ExprKind::Name) return;
  const std::string& id = static_cast<Name*>(e)->id;
  if ((id != "print" && id != "exec") || !starts_expression(tok())) return;
  Pos rest;
  if (trial([&] { rest = star_expressions()->pos; }))
    raise_range(e->pos, rest, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
}

Stmt* Parser::return_stmt() {
  auto* s = make<Return>(here());
  advance();
  if (starts_expression(tok()) || at_op(Op::Star)) s->value = star_expressions();
  close(s->pos);
  return s;
}

Stmt* Parser::raise_stmt() {
  auto* s = make<Raise>(here());
  advance();
  if (starts_expression(tok())) {
    s->exc = expression();
    if (eat_kw(Kw::From)) s->cause = expression();
  }
  close(s->pos);
  return s;
}

Stmt* Parser::assert_stmt() {
  auto* s = make<Assert>(here());
  advance();
  s->test = expression();
  if (eat_op(Op::Comma)) s->msg = expression();
  close(s->pos);
  return s;
}

Stmt* Parser::global_stmt(bool nonlocal) {
  Pos start = here();
  advance();
  std::vector<std::string> names;
  do {
    if (!at_name()) fail();
    names.push_back(name_text(tok()));
    advance();
  } while (eat_op(Op::Comma));
  Stmt* s;
  if (nonlocal) {
    auto* n = make<Nonlocal>(start);
    n->names = std::move(names);
    s = n;
  } else {
    auto* g = make<Global>(start);
    g->names = std::move(names);
    s = g;
  }
  close(s->pos);
  return s;
}

Stmt* Parser::del_stmt() {
  auto* s = make<Delete>(here());
  advance();
  size_t start = p_;
  try {
    do {
      if (at_op(Op::Semi) || at_type(TokType::Newline)) break;
      s->targets.push_back(star_target());
    } while (eat_op(Op::Comma));
    if (s->targets.empty() || !(at_op(Op::Semi) || at_type(TokType::Newline))) fail();
  } catch (const SyntaxErrorInfo& e) {
    if (is_generic(e)) name_bad_target(start, Ctx::Del);
    throw;
  }
  for (Expr* t : s->targets) set_target(t, Ctx::Del, "delete");
  close(s->pos);
  return s;
}

// When targets fail to parse, CPython's error pass reads them again as
// expressions and, if one of them cannot be a target, says which.
void Parser::name_bad_target(size_t start, Ctx ctx) {
  Expr* bad = nullptr;
  trial([&] {
    seek(start);
    bad = invalid_target(star_expressions(), ctx, true);
  });
  if (bad)
    raise_pos(bad->pos, std::string(ctx == Ctx::Del ? "cannot delete " : "cannot assign to ") +
                            expr_name(bad));
}

// `for` targets, up to and including `in`.
Expr* Parser::for_target() {
  size_t start = p_;
  try {
    Expr* target = target_list();
    if (!eat_kw(Kw::In)) fail();
    return target;
  } catch (const SyntaxErrorInfo& e) {
    if (is_generic(e)) name_bad_target(start, Ctx::Store);
    throw;
  }
}

// ----------------------------------------------------------------- imports

// a.b.c [as d]
Alias Parser::dotted_alias() {
  Alias a;
  a.pos = here();
  if (!at_name()) fail();
  a.name = name_text(tok());
  advance();
  while (eat_op(Op::Dot)) {
    if (!at_name()) fail();
    a.name += '.';
    a.name += text(tok());
    advance();
  }
  if (eat_kw(Kw::As)) {
    if (!at_name()) fail();
    a.asname = name_text(tok());
    advance();
  }
  close(a.pos);
  return a;
}

// b [as c] (after `from m import`)
Alias Parser::plain_alias() {
  Alias a;
  a.pos = here();
  if (!at_name()) fail();
  a.name = name_text(tok());
  advance();
  if (eat_kw(Kw::As)) {
    if (!at_name()) fail();
    a.asname = name_text(tok());
    advance();
  }
  close(a.pos);
  return a;
}

Stmt* Parser::import_name() {
  auto* s = make<Import>(here());
  advance();
  do {
    s->names.push_back(dotted_alias());
  } while (eat_op(Op::Comma));
  close(s->pos);
  return s;
}

Stmt* Parser::import_from() {
  auto* s = make<ImportFrom>(here());
  advance();
  while (at_op(Op::Dot) || at_op(Op::Ellipsis)) {   // "..." arrives as one token
    s->level += at_op(Op::Dot) ? 1 : 3;
    advance();
  }
  if (at_name()) {
    s->module = dotted_alias().name;
  } else if (s->level == 0) {
    fail();
  }
  if (!eat_kw(Kw::Import)) fail();
  if (at_op(Op::Star)) {
    Alias a;
    a.name = "*";
    a.pos = here();
    advance();
    s->names.push_back(a);
  } else if (eat_op(Op::LPar)) {
    do {
      if (at_op(Op::RPar) && !s->names.empty()) break;
      s->names.push_back(plain_alias());
    } while (eat_op(Op::Comma));
    expect_op(Op::RPar);
  } else {
    for (;;) {
      s->names.push_back(plain_alias());
      if (!eat_op(Op::Comma)) break;
      if (at_type(TokType::Newline))
        raise_at(tok(), "trailing comma not allowed without surrounding parentheses");
    }
  }
  close(s->pos);
  return s;
}

// --------------------------------------------------------------- compound

// if / elif / else. An elif chain is built in a loop (not by recursion)
// into nested If nodes in `orelse`, as CPython's AST has it.
Stmt* Parser::if_stmt() {
  DepthGuard chain(*this, 0);
  std::vector<If*> nodes;
  for (;;) {
    const Token& kw = tok();
    bool elif = kw.kw == Kw::Elif;
    advance();
    auto* node = make<If>(pos_of(kw));
    node->test = named_expression();
    expect_colon_before_newline();
    block(node->body, kw, elif ? "'elif' statement" : "'if' statement");
    if (!nodes.empty()) {
      nodes.back()->orelse.push_back(node);
      chain.add(1);
    }
    nodes.push_back(node);
    if (at_kw(Kw::Elif)) continue;
    if (at_kw(Kw::Else)) {
      const Token& e = tok();
      advance();
      expect_forced(Op::Colon, ":");
      block(node->orelse, e, "'else' statement");
    }
    break;
  }
  for (If* n : nodes) close_block(n->pos);
  return nodes.front();
}

Stmt* Parser::while_stmt() {
  const Token& kw = tok();
  advance();
  auto* s = make<While>(pos_of(kw));
  s->test = named_expression();
  expect_colon_before_newline();
  block(s->body, kw, "'while' statement");
  if (at_kw(Kw::Else)) {
    const Token& e = tok();
    advance();
    expect_forced(Op::Colon, ":");
    block(s->orelse, e, "'else' statement");
  }
  close_block(s->pos);
  return s;
}

Stmt* Parser::for_stmt() {
  const Token& kw = tok();
  advance();
  auto* s = make<For>(pos_of(kw));
  s->target = for_target();
  s->iter = star_expressions();
  expect_colon_before_newline();
  block(s->body, kw, "'for' statement");
  if (at_kw(Kw::Else)) {
    const Token& e = tok();
    advance();
    expect_forced(Op::Colon, ":");
    block(s->orelse, e, "'else' statement");
  }
  close_block(s->pos);
  return s;
}

Stmt* Parser::try_stmt() {
  const Token& kw = tok();
  advance();
  auto* s = make<Try>(pos_of(kw));
  expect_forced(Op::Colon, ":");
  block(s->body, kw, "'try' statement");
  while (at_kw(Kw::Except)) except_clause(s);
  if (!s->handlers.empty() && at_kw(Kw::Else)) {
    const Token& e = tok();
    advance();
    expect_forced(Op::Colon, ":");
    block(s->orelse, e, "'else' statement");
  }
  bool has_finally = at_kw(Kw::Finally);
  if (has_finally) {
    const Token& f = tok();
    advance();
    expect_forced(Op::Colon, ":");
    block(s->finalbody, f, "'finally' statement");
  }
  if (s->handlers.empty() && !has_finally) {
    const char* msg = "expected 'except' or 'finally' block";
    if (at_eof()) raise_at_eof(msg);
    raise(msg, tok().line, tok().col, tok().line, -1);
  }
  close_block(s->pos);
  return s;
}

void Parser::except_clause(Stmt* try_node) {
  const Token& kw = tok();
  advance();
  if (at_op(Op::Star)) unsupported(kw, "'except*' is");
  ExceptHandler h;
  h.pos = pos_of(kw);
  bool bare = at_op(Op::Colon);
  if (!bare) {
    if (at_type(TokType::Newline)) raise_at(tok(), "expected ':'");
    h.type = expression();
    if (at_op(Op::Comma)) {
      while (eat_op(Op::Comma)) expression();
      if (eat_kw(Kw::As) && at_name()) advance();
      if (!at_op(Op::Colon)) fail();
      raise_range(h.type->pos, prev_pos(), "multiple exception types must be parenthesized");
    }
    if (eat_kw(Kw::As)) {
      if (!at_name()) fail();
      h.name = name_text(tok());
      advance();
    }
  }
  expect_colon_before_newline();
  block(h.body, kw, bare ? "'except' statement" : "'except' statement");
  close_block(h.pos);
  static_cast<Try*>(try_node)->handlers.push_back(std::move(h));
}

Stmt* Parser::with_stmt() {
  const Token& kw = tok();
  advance();
  auto* s = make<With>(pos_of(kw));
  if (!(at_op(Op::LPar) && with_items_parenthesized(s->items))) {
    do {
      s->items.push_back(with_item());
    } while (eat_op(Op::Comma));
  }
  expect_colon_before_newline();
  block(s->body, kw, "'with' statement");
  close_block(s->pos);
  return s;
}

// `with (a as b, c):` — tried first, because `with (a, b):` is ambiguous
// with a tuple expression; it wins when the ')' is followed by ':'.
bool Parser::with_items_parenthesized(std::vector<WithItem>& items) {
  size_t save = p_;
  try {
    advance();
    std::vector<WithItem> found;
    do {
      if (at_op(Op::RPar) && !found.empty()) break;
      found.push_back(with_item());
    } while (eat_op(Op::Comma));
    if (eat_op(Op::RPar) && at_op(Op::Colon)) {
      items = std::move(found);
      return true;
    }
  } catch (SyntaxErrorInfo&) {
  }
  p_ = save;
  return false;
}

WithItem Parser::with_item() {
  WithItem item;
  item.context_expr = expression();
  if (eat_kw(Kw::As)) {
    Expr* target = star_target();
    bool end = at_op(Op::Comma) || at_op(Op::RPar) || at_op(Op::Colon) || at_type(TokType::Newline);
    if (!end && invalid_target(target, Ctx::Store) == nullptr) fail();
    set_target(target, Ctx::Store);
    item.optional_vars = target;
  }
  return item;
}

Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (eat_op(Op::At)) {
    decorators.push_back(named_expression());
    if (!at_type(TokType::Newline)) fail();
    advance();
  }
  if (at_kw(Kw::Def)) return funcdef(std::move(decorators));
  if (at_kw(Kw::Class)) return classdef(std::move(decorators));
  if (at_kw(Kw::Async)) async_statement();
  fail();
}

Stmt* Parser::funcdef(std::vector<Expr*> decorators) {
  const Token& kw = tok();
  advance();
  auto* f = make<FunctionDef>(pos_of(kw));
  if (!at_name()) fail();
  f->name = name_text(tok());
  advance();
  if (at_op(Op::LSqb)) raise_at(tok(), "type parameter lists are not supported by gilpy");
  expect_forced(Op::LPar, "(");
  f->args = parameters(false);
  expect_op(Op::RPar);
  if (eat_op(Op::Arrow)) f->returns = expression();
  expect_forced(Op::Colon, ":");
  block(f->body, kw, "function definition");
  f->decorator_list = std::move(decorators);
  close_block(f->pos);
  return f;
}

Stmt* Parser::classdef(std::vector<Expr*> decorators) {
  const Token& kw = tok();
  advance();
  auto* c = make<ClassDef>(pos_of(kw));
  if (!at_name()) fail();
  c->name = name_text(tok());
  advance();
  if (at_op(Op::LSqb)) raise_at(tok(), "type parameter lists are not supported by gilpy");
  if (at_op(Op::LPar)) {
    const Token& open = tok();
    advance();
    arguments(c->bases, c->keywords, open, nullptr);
    expect_op(Op::RPar);
  }
  expect_colon_before_newline();
  block(c->body, kw, "class definition");
  c->decorator_list = std::move(decorators);
  close_block(c->pos);
  return c;
}

}  // namespace gilpy::parse_impl
