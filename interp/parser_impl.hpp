// parser_impl.hpp — the recursive-descent parser's class (private to the parser).
//
// One Parser walks one token vector. The main source gets one; every f-string
// replacement field gets its own small Parser over the field's tokens, which
// shares the module (the node arena) and the nesting counter.
//
// Errors are C++ exceptions: SyntaxErrorInfo for parse errors, Fatal for
// errors found by the tokenizer (and for the nesting limit). Speculative
// parses (used only to choose a better error message, or for `with (...)`)
// catch the first kind only, so a tokenizer error always wins, as in CPython.
//
// Files: parser.cpp (entry, tokens, errors, targets), parser_stmt.cpp,
// parser_expr.cpp, parser_literals.cpp (numbers, strings, f-strings).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ast.hpp"
#include "lexer.hpp"
#include "parser.hpp"

namespace gilpy::parse_impl {

using lex::Kw;
using lex::Op;
using lex::Token;
using lex::TokType;

// Errors that end the parse even inside a trial parse: tokenizer errors,
// the nesting limit, and bad string literals (CPython raises those while
// building the node, which stops its parser at once).
struct Fatal {
  SyntaxErrorInfo info;
  bool from_tokenizer = false;   // no later tokenizer error can replace it
};

// Deepest expression nesting accepted, counting nested sub-expressions and
// the links of left-associative chains (a+b+c..., a.b.c...). CPython gives up
// at roughly the same AST depth ("maximum recursion depth exceeded").
constexpr int kMaxNesting = 3000;

struct Shared {
  ast::AstModule* mod = nullptr;
  std::string source;   // the whole input, newlines normalized to '\n'
  std::string filename;
  int depth = 0;        // current nesting, see kMaxNesting
  // The parser recurses once per nesting level, with frames whose size
  // depends on the build; it stops before using more than `stack_budget`
  // bytes of stack below `stack_top` (see stack_budget() in parser.cpp).
  const char* stack_top = nullptr;
  size_t stack_budget = 0;
};

class Parser {
 public:
  // `fstring` marks a parser for one f-string replacement field: its errors
  // get the "f-string: " prefix.
  Parser(Shared& shared, lex::Lexed lexed, bool fstring = false);

  void file_input(ast::Body& out);
  ast::Expr* eval_input();
  ast::Expr* fstring_input();

  // Called with a SyntaxError this parser raised: throws the tokenizer's
  // error instead if CPython would report that one (see parser.cpp).
  void prefer_tokenizer_error(const SyntaxErrorInfo& e) const;

 private:
  // Counts nesting while alive (see kMaxNesting).
  struct DepthGuard {
    Parser& p;
    int n;
    explicit DepthGuard(Parser& parser, int amount = 1);
    ~DepthGuard() { p.sh_.depth -= n; }
    void add(int amount);
  };

  // A position inside an f-string body: byte offset plus line and column.
  struct FCursor {
    uint32_t i;
    int line, col;
    void step(std::string_view src);
  };

  // A JoinedStr under construction; `literal` collects text until the next field.
  struct FString {
    std::vector<ast::Expr*>& values;
    std::string literal;
    ast::Pos whole;
  };

  Shared& sh_;
  ast::AstModule& mod_;
  std::vector<Token> toks_;
  std::vector<lex::LexError> lex_errors_;
  size_t p_ = 0;
  // The furthest token looked at, by any parse and by the main parse only
  // (not by trials): where CPython would stop reading and report errors.
  mutable size_t furthest_ = 0, furthest_main_ = 0;
  int trials_ = 0;                // trial() calls in progress
  bool exploring_ = false;        // inside explore_after_expression()
  bool fstring_;
  // The most recently finished `disjunction`: its first token and the token
  // after it. "Perhaps you forgot a comma?" starts its range there.
  size_t last_disj_begin_ = 0, last_disj_end_ = 0;
  // The STRING token being decoded (for errors that point at the literal).
  const Token* string_tok_ = nullptr;

  // ------------------------------------------------------------ parser.cpp
  const Token& tok() const { return toks_[p_]; }
  const Token& look(size_t n) const;
  const Token& prev() const { return toks_[p_ > 0 ? p_ - 1 : 0]; }
  ast::Pos prev_pos() const { return pos_of(prev()); }
  void advance();
  void seek(size_t pos);
  void reached(size_t i) const;
  // Runs `parse` as a trial, only to choose an error message: the position
  // is restored afterwards and parse errors are swallowed (tokenizer errors
  // still end the parse). Returns whether `parse` succeeded.
  template <class F>
  bool trial(F&& parse) {
    size_t save = p_;
    ++trials_;
    bool ok = true;
    try {
      parse();
    } catch (SyntaxErrorInfo&) {
      ok = false;
    }
    --trials_;
    p_ = save;
    return ok;
  }
  // The errors fail() raises, which say only where reading stopped.
  static bool is_generic(const SyntaxErrorInfo& e);
  // Parses the operand after an infix operator or the rest of a trailer
  // that starts at token `op`. On a generic error it backs up to `op` and
  // returns nullptr: like CPython's PEG parser, the expression then ends
  // before `op`, and the error is reported later, where reading stopped.
  template <class F>
  ast::Expr* operand_or_backtrack(size_t op, F&& parse) {
    try {
      return parse();
    } catch (const SyntaxErrorInfo& e) {
      if (!is_generic(e)) throw;
      p_ = op;
      return nullptr;
    }
  }
  bool at_op(Op op) const { return tok().type == TokType::Op && tok().op == op; }
  bool at_kw(Kw kw) const { return tok().type == TokType::Name && tok().kw == kw; }
  bool at_type(TokType t) const { return tok().type == t; }
  bool at_name() const { return tok().type == TokType::Name && tok().kw == Kw::NotKw; }
  bool at_eof() const;
  bool eat_op(Op op);
  bool eat_kw(Kw kw);
  void expect_op(Op op);                         // generic "invalid syntax" otherwise
  void expect_forced(Op op, const char* spelled);   // "expected '<spelled>'" otherwise
  void expect_colon_before_newline();            // "expected ':'" only before NEWLINE
  std::string_view text(const Token& t) const;
  std::string name_text(const Token& t) const;

  static ast::Pos pos_of(const Token& t) { return {t.line, t.col, t.end_line, t.end_col}; }
  ast::Pos here() const { return pos_of(tok()); }
  // A node spans from the first to the last token its rule consumed (as in
  // CPython: `(a) + b` starts at the parenthesis), so nodes are made at
  // here() before their parts are parsed and closed afterwards.
  void close(ast::Pos& pos) const;   // ends `pos` at the previous token
  template <class T>
  T* make(const ast::Pos& pos) {
    T* n = mod_.make<T>();
    n->pos = pos;
    return n;
  }

  // Errors. Columns are 0-based here; end_col -1 means "no end".
  [[noreturn]] void raise(std::string_view msg, int line, int col, int end_line, int end_col,
                          const char* kind = "SyntaxError");
  [[noreturn]] void raise_at(const Token& t, std::string_view msg, const char* kind = "SyntaxError");
  [[noreturn]] void raise_pos(const ast::Pos& p, std::string_view msg);
  [[noreturn]] void raise_range(const ast::Pos& a, const ast::Pos& b, std::string_view msg);
  [[noreturn]] void fail();   // the generic "invalid syntax" at the current token
  void explore_after_expression();
  [[noreturn]] void raise_lex(const lex::LexError& e) const;
  [[noreturn]] void too_deep();
  // "<what> not supported by gilpy", e.g. what = "'await' is".
  [[noreturn]] void unsupported(const Token& t, const std::string& what);
  [[noreturn]] void raise_at_eof(std::string_view msg, const char* kind = "SyntaxError");

  // Targets and error-message heuristics (parser.cpp)
  static const char* expr_name(const ast::Expr* e);
  static ast::Expr* invalid_target(ast::Expr* e, ast::Ctx ctx, bool reparsed = false);
  void name_bad_target(size_t start, ast::Ctx ctx);
  ast::Expr* for_target();
  void set_target(ast::Expr* e, ast::Ctx ctx, const char* verb = "assign to");
  size_t matching_close(size_t open) const;
  bool is_parenthesized(size_t begin_tok, size_t end_tok) const;
  bool equals_looks_like_comparison(ast::Expr* e, size_t e_tok, size_t eq_tok);
  bool rhs_is_lone_bitwise_or(size_t eq_tok, ast::Pos* rhs_pos);
  [[noreturn]] void bad_assignment(const std::vector<ast::Expr*>& targets, ast::Expr* last_elt,
                                   size_t last_elt_tok, size_t eq_tok,
                                   const std::vector<bool>& bare_yield);
  [[noreturn]] void maybe_forgot_comma();

  // ------------------------------------------------------ parser_stmt.cpp
  void statement(ast::Body& out);
  void statements_until_dedent(ast::Body& out);
  void close_block(ast::Pos& pos) const;
  void block(ast::Body& out, const Token& header, const std::string& what);
  void check_soft_keyword_statement();
  void match_missing_colon(size_t start);
  [[noreturn]] void async_statement();
  void simple_stmts(ast::Body& out);
  ast::Stmt* simple_stmt();
  ast::Stmt* expr_stmt();
  ast::Stmt* ann_assign(ast::Expr* target, size_t start_tok);
  ast::Stmt* aug_assign(ast::Expr* target, const ast::Pos& start);
  ast::Stmt* assign(ast::Expr* first, ast::Expr* last_elt, size_t last_elt_tok,
                    const ast::Pos& start);
  void legacy_print_check(ast::Expr* e);
  void check_targets(const std::vector<ast::Expr*>& targets, ast::Expr* last_elt,
                     size_t last_elt_tok, size_t eq_tok, const std::vector<bool>& bare_yield);
  ast::Stmt* return_stmt();
  ast::Stmt* raise_stmt();
  ast::Stmt* assert_stmt();
  ast::Stmt* global_stmt(bool nonlocal);
  ast::Stmt* del_stmt();
  ast::Alias dotted_alias();
  ast::Alias plain_alias();
  ast::Stmt* import_name();
  ast::Stmt* import_from();
  ast::Stmt* if_stmt();
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt();
  ast::Stmt* try_stmt();
  void except_clause(ast::Stmt* try_node);
  ast::Stmt* with_stmt();
  bool with_items_parenthesized(std::vector<ast::WithItem>& items);
  ast::WithItem with_item();
  ast::Stmt* decorated();
  ast::Stmt* funcdef(std::vector<ast::Expr*> decorators);
  ast::Stmt* classdef(std::vector<ast::Expr*> decorators);

  // ------------------------------------------------------ parser_expr.cpp
  bool starts_expression(const Token& t) const;
  bool at_comprehension() const;
  ast::Expr* star_expressions(size_t* last_elt_tok = nullptr, ast::Expr** last_elt = nullptr);
  ast::Expr* starred(bool bitwise);
  ast::Expr* star_expression();
  ast::Expr* star_named_expression();
  ast::Expr* named_expression(bool check_equals = true);
  ast::Expr* expression();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* bool_chain(Kw op);
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* bitwise_or() { return binary(1); }
  ast::Expr* binary(int min_prec);
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* primary();
  ast::Expr* atom();
  bool list_continue(Op close);
  ast::Expr* paren_atom();
  [[noreturn]] void comprehension_target_error(ast::Expr* first, const ast::Pos& last);
  void display_elements(std::vector<ast::Expr*>& elts, Op close);
  ast::Expr* list_atom();
  ast::Expr* brace_atom();
  ast::Expr* dict_value();
  ast::Expr* dict_rest(const ast::Pos& start, ast::Expr* key, ast::Expr* value);
  void for_if_clauses(std::vector<ast::Comprehension>& out);
  ast::Expr* target_list();
  ast::Expr* star_target();
  ast::Expr* call(ast::Expr* func, const ast::Pos& start);
  void arguments(std::vector<ast::Expr*>& args, std::vector<ast::Keyword>& keywords,
                 const Token& open, ast::Expr** genexp_out);
  ast::Expr* subscript(ast::Expr* value, const ast::Pos& start_of_value);
  ast::Expr* slice_item();
  ast::Expr* lambdef();
  ast::Expr* yield_expr();
  ast::Arg param(bool lambda);
  ast::Arguments* parameters(bool lambda);
  [[noreturn]] void parenthesized_parameters_error(bool lambda);

  // -------------------------------------------------- parser_literals.cpp
  ast::Expr* number();
  ast::Expr* strings();
  ast::Expr* concatenated_strings();
  void decode_text(uint32_t begin, uint32_t end, bool raw, bool bytes, std::string& out);
  [[noreturn]] void named_escape_error();
  void flush_literal(FString& fs);
  void fstring_scan(FCursor& cur, uint32_t end, bool raw, int recurse, FString& fs);
  void fstring_expr_end(FCursor& cur, uint32_t end);
  void fstring_field(FCursor& cur, uint32_t end, bool raw, int recurse, FString& fs);
  ast::Expr* parse_field_expr(const FCursor& begin, uint32_t end);
};

}  // namespace gilpy::parse_impl
