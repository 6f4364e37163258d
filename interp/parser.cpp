// parser.cpp — parse() entry point, token access, error reporting, targets.
//
// Error messages and caret positions follow CPython 3.11. CPython finds its
// detailed messages in a second parsing pass with extra "invalid_*" rules;
// here the same checks run at the point where the first error shows up,
// which is where CPython's rules match too in nearly every case.
#include <pthread.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "parser_impl.hpp"

namespace gilpy {

namespace {

// CRLF and lone CR become LF (as CPython's tokenizer does); a UTF-8 BOM is dropped.
std::string normalize_newlines(std::string_view src) {
  if (src.size() >= 3 && src.substr(0, 3) == "\xEF\xBB\xBF") src.remove_prefix(3);
  if (src.find('\r') == std::string_view::npos) return std::string(src);
  std::string out;
  out.reserve(src.size());
  for (size_t i = 0; i < src.size(); ++i) {
    char c = src[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < src.size() && src[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& src) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < src.size()) {
    size_t nl = src.find('\n', start);
    if (nl == std::string::npos) nl = src.size();
    lines.emplace_back(src, start, nl - start);
    start = nl + 1;
  }
  return lines;
}

// Length of the valid UTF-8 sequence at s[i], or 0 (strict: no overlongs,
// no surrogates, nothing above U+10FFFF).
size_t utf8_sequence(std::string_view s, size_t i, const char** why) {
  auto at = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0x100u; };
  unsigned b = at(i);
  size_t n;
  unsigned lo = 0x80, hi = 0xBF;   // allowed range of the second byte
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) {
    n = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 3;
    if (b == 0xE0) lo = 0xA0;   // no overlong forms
    if (b == 0xED) hi = 0x9F;   // no surrogates
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4;
    if (b == 0xF0) lo = 0x90;   // no overlong forms
    if (b == 0xF4) hi = 0x8F;   // nothing above U+10FFFF
  } else {
    *why = "invalid start byte";
    return 0;
  }
  for (size_t k = 1; k < n; ++k) {
    unsigned c = at(i + k);
    if (c == 0x100u) {
      *why = "unexpected end of data";
      return 0;
    }
    if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) {
      *why = "invalid continuation byte";
      return 0;
    }
  }
  return n;
}

// Rejects NUL bytes and malformed UTF-8 before tokenizing.
void check_encoding(const std::string& src, const std::string& filename,
                    const std::vector<std::string>& lines) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < src.size();) {
    unsigned char c = static_cast<unsigned char>(src[i]);
    if (c != 0 && c < 0x80) {   // fast path: plain ASCII
      if (c == '\n') ++line, line_start = i + 1;
      ++i;
      continue;
    }
    const char* why = nullptr;
    size_t n = c == 0 ? 0 : utf8_sequence(src, i, &why);
    if (n == 0) {
      SyntaxErrorInfo e;
      e.filename = filename;
      e.lineno = line;
      e.offset = static_cast<int>(i - line_start) + 1;
      if (line <= static_cast<int>(lines.size())) e.text = lines[line - 1];
      if (!why) {
        e.msg = "source code cannot contain null bytes";
      } else {
        char buf[160];
        std::snprintf(buf, sizeof buf,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                      static_cast<unsigned char>(src[i]), i, why);
        e.msg = buf;
      }
      throw e;
    }
    if (src[i] == '\n') ++line, line_start = i + 1;
    i += n;
  }
}

// Stack the parse may use below `here`. On a thread's own stack: what is
// left, minus room for the caller (the compiler walks the tree recursively
// too). Elsewhere (the interpreter runs generators on small stacks of their
// own, whose size is not known here): a fixed amount such stacks can spare.
size_t stack_budget(const char* here) {
  constexpr size_t kReserve = 256 * 1024;
  constexpr size_t kMax = 16 * 1024 * 1024;
  constexpr size_t kOtherStack = 96 * 1024;
  thread_local const char* lo = nullptr;
  thread_local const char* hi = nullptr;
  if (!hi) {
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      pthread_attr_getstack(&attr, &addr, &size);
      pthread_attr_destroy(&attr);
    }
    lo = static_cast<const char*>(addr);
    hi = lo + size;
  }
  if (here <= lo || here >= hi) return kOtherStack;
  size_t left = static_cast<size_t>(here - lo);
  return left > kReserve ? std::min(left - kReserve, kMax) : left / 2;
}

}  // namespace

std::unique_ptr<ast::AstModule> parse(std::string_view source, const std::string& filename,
                                      ParseMode mode) {
  using namespace parse_impl;
  auto mod = std::make_unique<ast::AstModule>();
  mod->filename = filename;
  if (source.size() >= UINT32_MAX) {   // token offsets are 32-bit
    SyntaxErrorInfo e;
    e.msg = "source code is too large";
    e.filename = filename;
    throw e;
  }
  Shared sh;
  sh.mod = mod.get();
  sh.filename = filename;
  sh.stack_top = static_cast<const char*>(__builtin_frame_address(0));
  sh.stack_budget = stack_budget(sh.stack_top);
  sh.source = normalize_newlines(source);
  mod->lines = split_lines(sh.source);
  check_encoding(sh.source, filename, mod->lines);

  lex::LexRequest req;
  req.src = sh.source;
  req.begin = 0;
  req.end = static_cast<uint32_t>(sh.source.size());
  req.filename = &sh.filename;
  req.lines = &mod->lines;
  Parser parser(sh, lex::tokenize(req));
  try {
    try {
      if (mode == ParseMode::Eval) {
        ast::Expr* e = parser.eval_input();
        auto* stmt = mod->make<ast::ExprStmt>();
        stmt->value = e;
        stmt->pos = e->pos;
        mod->body.push_back(stmt);
      } else {
        parser.file_input(mod->body);
      }
    } catch (const SyntaxErrorInfo& e) {
      parser.prefer_tokenizer_error(e);
      throw;
    } catch (const Fatal& f) {
      if (!f.from_tokenizer) parser.prefer_tokenizer_error(f.info);
      throw;
    }
  } catch (const Fatal& f) {
    throw f.info;
  }
  return mod;
}

namespace parse_impl {

using namespace ast;

Parser::Parser(Shared& shared, lex::Lexed lexed, bool fstring)
    : sh_(shared), mod_(*shared.mod), toks_(std::move(lexed.tokens)),
      lex_errors_(std::move(lexed.errors)), fstring_(fstring) {}

Parser::DepthGuard::DepthGuard(Parser& parser, int amount) : p(parser), n(0) { add(amount); }

void Parser::DepthGuard::add(int amount) {
  n += amount;
  p.sh_.depth += amount;
  auto* frame = static_cast<const char*>(__builtin_frame_address(0));
  if (p.sh_.depth > kMaxNesting || p.sh_.stack_top - frame > static_cast<ptrdiff_t>(p.sh_.stack_budget))
    p.too_deep();
}

// ------------------------------------------------------------------ tokens

// Notes that token i was read. Reaching an Error token raises it, the
// moment CPython's tokenizer would have reported it; so the current token
// is never an Error token.
void Parser::reached(size_t i) const {
  furthest_ = std::max(furthest_, i);
  if (trials_ == 0) furthest_main_ = std::max(furthest_main_, i);
  if (toks_[i].type == TokType::Error) raise_lex(lex_errors_[toks_[i].error]);
}

const Token& Parser::look(size_t n) const {
  size_t i = std::min(p_ + n, toks_.size() - 1);
  reached(i);
  return toks_[i];
}

void Parser::advance() {
  if (p_ + 1 < toks_.size()) ++p_;
  reached(p_);
}

void Parser::seek(size_t pos) {
  p_ = pos;
  reached(p_);
}

bool Parser::eat_op(Op op) {
  if (!at_op(op)) return false;
  advance();
  return true;
}

bool Parser::eat_kw(Kw kw) {
  if (!at_kw(kw)) return false;
  advance();
  return true;
}

void Parser::expect_op(Op op) {
  if (!eat_op(op)) fail();
}

void Parser::expect_forced(Op op, const char* spelled) {
  if (!eat_op(op)) raise_at(tok(), std::string("expected '") + spelled + "'");
}

void Parser::expect_colon_before_newline() {
  if (eat_op(Op::Colon)) return;
  if (at_type(TokType::Newline)) raise_at(tok(), "expected ':'");
  fail();
}

std::string_view Parser::text(const Token& t) const {
  return std::string_view(sh_.source).substr(t.begin, t.end - t.begin);
}

std::string Parser::name_text(const Token& t) const { return std::string(text(t)); }

void Parser::close(Pos& pos) const {
  const Token& t = prev();
  pos.end_line = t.end_line;
  pos.end_col = t.end_col;
}

// ------------------------------------------------------------------ errors

void Parser::raise(std::string_view msg, int line, int col, int end_line, int end_col, const char* kind) {
  SyntaxErrorInfo e;
  e.kind = kind;
  bool prefixed = msg.rfind("f-string", 0) == 0;
  e.msg = fstring_ && !prefixed ? "f-string: " + std::string(msg) : std::string(msg);
  e.filename = sh_.filename;
  e.lineno = line;
  e.offset = col + 1;
  e.end_offset = (end_line == line && end_col >= 0) ? end_col + 1 : 0;
  if (line >= 1 && line <= static_cast<int>(mod_.lines.size())) e.text = mod_.lines[line - 1];
  e.incomplete = !fstring_ && at_eof();
  throw e;
}

// Only DEDENTs and ENDMARKER are left: the input ended early.
bool Parser::at_eof() const {
  for (size_t i = p_; i < toks_.size(); ++i)
    if (toks_[i].type != TokType::Dedent && toks_[i].type != TokType::EndMarker) return false;
  return true;
}

// A block-level error at end of input points just past the last line of
// the file (comments and blank lines included), as CPython's does.
void Parser::raise_at_eof(std::string_view msg, const char* kind) {
  int line = static_cast<int>(mod_.lines.size());
  int col = 0;
  if (line > 0)
    for (unsigned char c : mod_.lines[line - 1]) col += (c & 0xC0) != 0x80;
  raise(msg, line, col, line, -1, kind);
}

void Parser::raise_at(const Token& t, std::string_view msg, const char* kind) {
  raise(msg, t.line, t.col, t.end_line, t.end_col, kind);
}

void Parser::raise_pos(const Pos& p, std::string_view msg) {
  raise(msg, p.line, p.col, p.end_line, p.end_col);
}

void Parser::raise_range(const Pos& a, const Pos& b, std::string_view msg) {
  raise(msg, a.line, a.col, b.end_line, b.end_col);
}

void Parser::raise_lex(const lex::LexError& e) const {
  Fatal f{e.info, true};
  if (fstring_ && f.info.msg.rfind("f-string", 0) != 0) f.info.msg = "f-string: " + f.info.msg;
  throw f;
}

// After a parse error CPython tokenizes the rest of the input, and a
// tokenizer error found there (bad literal, stray bracket, ...) replaces the
// parser's message; so does a bracket left open on a line before the last
// line the parser read. (Its generic "unexpected indent" is exempt.)
void Parser::prefer_tokenizer_error(const SyntaxErrorInfo& e) const {
  const Token& last = toks_.back();
  if (last.type != TokType::Error) return;
  if (e.msg == "unexpected indent" || e.msg == "unexpected unindent") return;
  const lex::LexError& le = lex_errors_[last.error];
  if (le.overrides_generic) raise_lex(le);
  if (!le.eof_in_brackets) return;
  if (le.info.lineno < std::max(e.lineno, toks_[furthest_].line)) raise_lex(le);
}

void Parser::too_deep() {
  const Token& t = tok();
  SyntaxErrorInfo e;
  e.msg = "expression is too deeply nested";
  e.filename = sh_.filename;
  e.lineno = t.line;
  e.offset = t.col + 1;
  if (t.line >= 1 && t.line <= static_cast<int>(mod_.lines.size())) e.text = mod_.lines[t.line - 1];
  throw Fatal{e, true};
}

void Parser::unsupported(const Token& t, const std::string& what) {
  raise_at(t, what + " not supported by gilpy");
}

bool Parser::is_generic(const SyntaxErrorInfo& e) {
  std::string_view m = e.msg;
  if (m.rfind("f-string: ", 0) == 0) m.remove_prefix(10);
  return m == "invalid syntax" || m == "unexpected indent" || m == "unexpected unindent";
}

// The generic error, at the furthest token the parse read (a lookahead or
// an abandoned alternative may have read past the current one), as CPython.
void Parser::fail() {
  if (trials_ == 0) seek(std::max(p_, furthest_main_));
  const Token& t = tok();
  if (t.type == TokType::Indent)
    raise("unexpected indent", t.line, t.end_col - 1, t.line, -1, "IndentationError");
  if (t.type == TokType::Dedent) raise_at(t, "unexpected unindent", "IndentationError");
  explore_after_expression();
  if (at_eof() && !fstring_) {
    int line = static_cast<int>(mod_.lines.size());
    raise("invalid syntax", line, -1, line, -1);
  }
  raise_at(t, "invalid syntax");
}

// Two expressions in a row ("x = a {b c}"): CPython's error pass parses the
// second one too, and reports what it finds inside it (here the missing
// comma), or reads on through brackets left open. Do the same.
// Names in a row ("a b c(d") are followed the same way, as CPython's rule
// for Python 2's `print x` keeps reading after each name.
void Parser::explore_after_expression() {
  if (last_disj_end_ != p_ || !starts_expression(tok()) || exploring_) return;
  exploring_ = true;
  SyntaxErrorInfo found;
  trial([&] {
    try {
      for (;;) {
        bool bare_name = at_name();
        size_t begin = p_;
        expression();
        if (!bare_name || p_ != begin + 1 || !starts_expression(tok())) break;
      }
    } catch (SyntaxErrorInfo& e) {
      found = e;
      throw;
    }
  });
  exploring_ = false;
  if (!found.msg.empty() && found.msg != "invalid syntax") throw found;
}

// ----------------------------------------------------------------- targets

// The words CPython uses for an expression in "cannot assign to ...".
const char* Parser::expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    case ExprKind::Constant:
      switch (static_cast<const Constant*>(e)->ckind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
  }
  return "expression";
}

// Sets `ctx` on a target and its parts. Returns the first part that cannot
// be a target (Del also refuses starred), or nullptr when all is well.
// `reparsed`: e was read as an expression by name_bad_target(), where
// `x in y` is the end of a for target, not a bad target.
Expr* Parser::invalid_target(Expr* e, Ctx ctx, bool reparsed) {
  switch (e->kind) {
    case ExprKind::Compare: {
      if (!reparsed || ctx != Ctx::Store) return e;
      auto* c = static_cast<Compare*>(e);
      return c->ops[0] == CmpOpKind::In ? invalid_target(c->left, ctx, reparsed) : nullptr;
    }
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; return nullptr;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; return nullptr;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; return nullptr;
    case ExprKind::Starred: {
      if (ctx == Ctx::Del) return e;
      auto* s = static_cast<Starred*>(e);
      s->ctx = ctx;
      return invalid_target(s->value, ctx, reparsed);
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      bool tuple = e->kind == ExprKind::Tuple;
      auto& elts = tuple ? static_cast<Tuple*>(e)->elts : static_cast<List*>(e)->elts;
      if (tuple) static_cast<Tuple*>(e)->ctx = ctx;
      else static_cast<List*>(e)->ctx = ctx;
      for (Expr* elt : elts)
        if (Expr* bad = invalid_target(elt, ctx, reparsed)) return bad;
      return nullptr;
    }
    default: return e;
  }
}

void Parser::set_target(Expr* e, Ctx ctx, const char* verb) {
  if (Expr* bad = invalid_target(e, ctx))
    raise_pos(bad->pos, std::string("cannot ") + verb + " " + expr_name(bad));
}

// Index of the bracket closing the one at `open`.
size_t Parser::matching_close(size_t open) const {
  int depth = 0;
  for (size_t i = open; i < toks_.size(); ++i) {
    const Token& t = toks_[i];
    if (t.type != TokType::Op) continue;
    if (t.op == Op::LPar || t.op == Op::LSqb || t.op == Op::LBrace) ++depth;
    if (t.op == Op::RPar || t.op == Op::RSqb || t.op == Op::RBrace) {
      if (--depth == 0) return i;
    }
  }
  return toks_.size() - 1;
}

// Whether the tokens [begin_tok, end_tok) are one parenthesized group.
bool Parser::is_parenthesized(size_t begin_tok, size_t end_tok) const {
  const Token& t = toks_[begin_tok];
  return t.type == TokType::Op && t.op == Op::LPar && matching_close(begin_tok) + 1 == end_tok;
}

namespace {

// Expressions that CPython's `bitwise_or` rule produces without parentheses.
bool is_bitwise_or_level(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Compare:
    case ExprKind::BoolOp:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::NamedExpr:
    case ExprKind::Starred:
    case ExprKind::Slice:
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return false;
    case ExprKind::UnaryOp: return static_cast<const UnaryOp*>(e)->op != UnaryOpKind::Not;
    case ExprKind::Tuple: return static_cast<const Tuple*>(e)->parenthesized;
    default: return true;
  }
}

// The atom an expression starts with (a in a.b(c)[d] + e).
const Expr* leftmost_atom(const Expr* e) {
  for (;;) {
    switch (e->kind) {
      case ExprKind::BinOp: e = static_cast<const BinOp*>(e)->left; break;
      case ExprKind::Call: e = static_cast<const Call*>(e)->func; break;
      case ExprKind::Attribute: e = static_cast<const Attribute*>(e)->value; break;
      case ExprKind::Subscript: e = static_cast<const Subscript*>(e)->value; break;
      default: return e;
    }
  }
}

}  // namespace

// CPython reads `<bitwise_or> = <bitwise_or>` inside an expression as a
// likely typo for `==` unless the left side starts with a display, a tuple,
// a generator expression, True, False or None.
bool Parser::equals_looks_like_comparison(Expr* e, size_t e_tok, size_t eq_tok) {
  if (!is_parenthesized(e_tok, eq_tok) && !is_bitwise_or_level(e)) return false;
  const Token& first = toks_[e_tok];
  if (first.kw == Kw::True || first.kw == Kw::False || first.kw == Kw::None) return false;
  const Expr* a = leftmost_atom(e);
  bool starts_here = a->pos.line == first.line && a->pos.col == first.col;
  if (first.type == TokType::Op && first.op == Op::LSqb && a->kind == ExprKind::List) return false;
  if (first.type == TokType::Op && first.op == Op::LPar && starts_here &&
      (a->kind == ExprKind::GeneratorExp ||
       (a->kind == ExprKind::Tuple && static_cast<const Tuple*>(a)->parenthesized)))
    return false;
  return true;
}

// Whether a `bitwise_or` follows the '=' at eq_tok and is not itself
// followed by '=' or ':=' (the shape of a mistyped comparison).
bool Parser::rhs_is_lone_bitwise_or(size_t eq_tok, Pos* rhs_pos) {
  bool lone = false;
  bool parsed = trial([&] {
    seek(eq_tok + 1);
    *rhs_pos = bitwise_or()->pos;
    lone = !at_op(Op::Equal) && !at_op(Op::ColonEqual);
  });
  return parsed && lone;
}

// An assignment with a bad target. The message mimics CPython's rule order:
// first "did you mean '=='" for the element just before the first '=', then
// the first target that cannot be assigned.
void Parser::bad_assignment(const std::vector<Expr*>& targets, Expr* last_elt, size_t last_elt_tok,
                            size_t eq_tok, const std::vector<bool>& bare_yield) {
  Pos rhs;
  if (!bare_yield[0]) {
    if (last_elt->kind == ExprKind::Name && last_elt_tok + 1 == eq_tok &&
        rhs_is_lone_bitwise_or(eq_tok, &rhs))
      raise_range(last_elt->pos, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (equals_looks_like_comparison(last_elt, last_elt_tok, eq_tok) &&
        rhs_is_lone_bitwise_or(eq_tok, &rhs))
      raise_pos(last_elt->pos, std::string("cannot assign to ") + expr_name(last_elt) +
                                   " here. Maybe you meant '==' instead of '='?");
  }
  for (size_t i = 0; i < targets.size(); ++i) {
    if (bare_yield[i]) raise_pos(targets[i]->pos, "assignment to yield expression not possible");
    if (Expr* bad = invalid_target(targets[i], Ctx::Store))
      raise_pos(bad->pos, std::string("cannot assign to ") + expr_name(bad));
  }
  fail();
}

// Inside brackets, two expressions in a row usually mean a missing comma:
// "[a b]". The range runs from the first expression to the end of the second.
void Parser::maybe_forgot_comma() {
  const Token& t = tok();
  bool opener = t.type == TokType::Op && (t.op == Op::LPar || t.op == Op::LSqb || t.op == Op::LBrace);
  int level = t.level - (opener ? 1 : 0);
  if (level > 0 && last_disj_end_ == p_ && starts_expression(t)) {
    const Token& first = toks_[last_disj_begin_];
    std::string_view w = text(first);
    bool soft_kw = first.type == TokType::Name && first.kw == Kw::NotKw &&
                   (w == "match" || w == "case" || w == "_");
    bool name_string = first.type == TokType::Name && first.kw == Kw::NotKw &&
                       toks_[last_disj_begin_ + 1].type == TokType::String;
    bool legacy = last_disj_begin_ + 1 == p_ && (w == "print" || w == "exec");
    if (legacy) {
      auto* name = make<Name>(pos_of(first));
      name->id = std::string(w);
      legacy_print_check(name);
    }
    Pos second;
    if (!soft_kw && !name_string && !legacy && trial([&] { second = expression()->pos; }))
      raise_range(pos_of(first), second, "invalid syntax. Perhaps you forgot a comma?");
  }
  fail();
}

}  // namespace parse_impl
}  // namespace gilpy
