// expr_compile.cpp — parsing and compiling native.evaluate() expressions.
//
// The parser follows Python's precedence, lowest first:
//   comparison (not chained) < | < & < + - < * / % < unary - + ~ < ** < atom
// and ** is right-associative with a unary operand on its right (a**-b).
// The compiler turns the tree into register-machine instructions, checking
// kinds (bool vs number) and folding operations on constants.
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>

#include "native/expr.hpp"

namespace gilpy::native::expr {

struct Node {
  enum Kind { Number, Bool, Name, Unary, Binary, Call } kind;
  double value = 0;             // Number, Bool
  int name = -1;                // Name: index into Ast::names
  std::string func;             // Call
  Op op = Op::Copy;             // Unary, Binary
  std::vector<std::shared_ptr<Node>> args;
  int pos = 0;                  // column, for messages
};

Ast::~Ast() = default;

namespace {

[[noreturn]] void syntax(std::string_view src, int pos, const std::string& what) {
  std::string shown = src.size() <= 60 ? std::string(src) : std::string(src.substr(0, 57)) + "...";
  throw ExprError(ExprError::Syntax, "invalid expression '" + shown + "': " + what + " at column " +
                                         std::to_string(pos + 1));
}

// ------------------------------------------------------------ tokens
struct Token {
  enum Kind { End, Number, Name, Punct } kind;
  std::string text;
  double value = 0;
  int pos = 0;
};

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::vector<Token> tokenize(std::string_view s) {
  static const char* const kPuncts[] = {"**", "<=", ">=", "==", "!=", "<", ">", "+", "-", "*",
                                        "/", "%", "&", "|", "~", "(", ")", ","};
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    int pos = int(i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      i++;
    } else if (std::isdigit(static_cast<unsigned char>(c)) ||
               (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      std::string text(s.substr(i));
      char* end = nullptr;
      double v = std::strtod(text.c_str(), &end);
      size_t len = size_t(end - text.c_str());
      // strtod also reads hex floats, "inf", "nan": only plain decimals here.
      for (size_t k = 0; k < len; k++)
        if (std::strchr("0123456789.eE+-", text[k]) == nullptr) syntax(s, pos, "bad number");
      i += len;
      if (i < s.size() && (is_name_char(s[i]) || s[i] == '.'))
        syntax(s, pos, s[i] == 'j' || s[i] == 'J' ? "complex numbers are not supported" : "bad number");
      out.push_back({Token::Number, std::string(s.substr(size_t(pos), len)), v, pos});
    } else if (is_name_start(c)) {
      while (i < s.size() && is_name_char(s[i])) i++;
      out.push_back({Token::Name, std::string(s.substr(size_t(pos), i - size_t(pos))), 0, pos});
    } else {
      if (s.substr(i, 2) == "//") syntax(s, pos, "floor division '//' is not supported");
      const char* found = nullptr;
      for (const char* p : kPuncts)
        if (s.substr(i, std::strlen(p)) == p) {
          found = p;
          break;
        }
      if (!found) syntax(s, pos, "unexpected character '" + std::string(1, c) + "'");
      i += std::strlen(found);
      out.push_back({Token::Punct, found, 0, pos});
    }
  }
  out.push_back({Token::End, "", 0, int(s.size())});
  return out;
}

// ------------------------------------------------------------ parser
class Parser {
 public:
  Parser(std::string_view src, Ast* ast) : src_(src), toks_(tokenize(src)), ast_(ast) {}

  std::shared_ptr<Node> parse_all() {
    auto n = comparison();
    const Token& t = peek();
    if (t.kind == Token::Name && (t.text == "and" || t.text == "or"))
      syntax(src_, t.pos, "'" + t.text + "' is not supported (use &, | and ~ on comparisons)");
    if (t.kind != Token::End) syntax(src_, t.pos, "unexpected '" + t.text + "'");
    return n;
  }

 private:
  const Token& peek() const { return toks_[i_]; }
  bool accept(const char* p) {
    if (peek().kind == Token::Punct && peek().text == p) {
      i_++;
      return true;
    }
    return false;
  }
  std::shared_ptr<Node> make(Node::Kind k, int pos) {
    auto n = std::make_shared<Node>();
    n->kind = k;
    n->pos = pos;
    return n;
  }
  std::shared_ptr<Node> binary(Op op, std::shared_ptr<Node> a, std::shared_ptr<Node> b, int pos) {
    auto n = make(Node::Binary, pos);
    n->op = op;
    n->args = {std::move(a), std::move(b)};
    return n;
  }

  static bool comparison_op(const Token& t, Op* op) {
    if (t.kind != Token::Punct) return false;
    static const std::pair<const char*, Op> kOps[] = {{"<", Op::Lt},  {"<=", Op::Le}, {">", Op::Gt},
                                                      {">=", Op::Ge}, {"==", Op::Eq}, {"!=", Op::Ne}};
    for (auto& [text, o] : kOps)
      if (t.text == text) {
        *op = o;
        return true;
      }
    return false;
  }

  // Nesting is bounded so a hostile expression cannot exhaust the C stack.
  struct Depth {
    Parser* p;
    explicit Depth(Parser* p_) : p(p_) {
      if (++p->depth_ > 200) syntax(p->src_, p->peek().pos, "expression nested too deeply");
    }
    ~Depth() { p->depth_--; }
  };

  std::shared_ptr<Node> comparison() {
    Depth guard(this);
    auto left = or_expr();
    Op op;
    if (!comparison_op(peek(), &op)) return left;
    int pos = peek().pos;
    i_++;
    auto right = or_expr();
    if (comparison_op(peek(), &op))
      syntax(src_, peek().pos, "chained comparisons are not supported (use (a < b) & (b < c))");
    return binary(op, std::move(left), std::move(right), pos);
  }

  std::shared_ptr<Node> or_expr() {
    auto n = and_expr();
    for (int pos = peek().pos; accept("|"); pos = peek().pos) n = binary(Op::Or, n, and_expr(), pos);
    return n;
  }

  std::shared_ptr<Node> and_expr() {
    auto n = arith();
    for (int pos = peek().pos; accept("&"); pos = peek().pos) n = binary(Op::And, n, arith(), pos);
    return n;
  }

  std::shared_ptr<Node> arith() {
    auto n = term();
    for (;;) {
      int pos = peek().pos;
      if (accept("+")) n = binary(Op::Add, n, term(), pos);
      else if (accept("-")) n = binary(Op::Sub, n, term(), pos);
      else return n;
    }
  }

  std::shared_ptr<Node> term() {
    auto n = unary();
    for (;;) {
      int pos = peek().pos;
      if (accept("*")) n = binary(Op::Mul, n, unary(), pos);
      else if (accept("/")) n = binary(Op::Div, n, unary(), pos);
      else if (accept("%")) n = binary(Op::Mod, n, unary(), pos);
      else return n;
    }
  }

  std::shared_ptr<Node> unary() {
    Depth guard(this);
    int pos = peek().pos;
    Op op;
    if (accept("-")) op = Op::Neg;
    else if (accept("~")) op = Op::Not;
    else if (accept("+")) op = Op::Copy;
    else return power();
    auto n = make(Node::Unary, pos);
    n->op = op;
    n->args = {unary()};
    return n;
  }

  std::shared_ptr<Node> power() {
    auto base = atom();
    int pos = peek().pos;
    if (!accept("**")) return base;
    return binary(Op::Pow, std::move(base), unary(), pos);
  }

  std::shared_ptr<Node> atom() {
    const Token& t = peek();
    if (t.kind == Token::Number) {
      i_++;
      auto n = make(Node::Number, t.pos);
      n->value = t.value;
      return n;
    }
    if (t.kind == Token::Name) return name_or_call();
    if (accept("(")) {
      auto n = comparison();
      if (!accept(")")) syntax(src_, peek().pos, "expected ')'");
      return n;
    }
    syntax(src_, t.pos, t.kind == Token::End ? "unexpected end" : "unexpected '" + t.text + "'");
  }

  std::shared_ptr<Node> name_or_call() {
    const Token& t = toks_[i_++];
    if (t.text == "and" || t.text == "or" || t.text == "not")
      syntax(src_, t.pos, "'" + t.text + "' is not supported (use &, | and ~ on comparisons)");
    if (t.text == "True" || t.text == "False") {
      auto n = make(Node::Bool, t.pos);
      n->value = t.text == "True";
      return n;
    }
    if (accept("(")) {
      auto n = make(Node::Call, t.pos);
      n->func = t.text;
      if (!accept(")")) {
        do n->args.push_back(comparison());
        while (accept(","));
        if (!accept(")")) syntax(src_, peek().pos, "expected ')' or ','");
      }
      return n;
    }
    auto n = make(Node::Name, t.pos);
    for (size_t k = 0; k < ast_->names.size(); k++)
      if (ast_->names[k] == t.text) n->name = int(k);
    if (n->name < 0) {
      n->name = int(ast_->names.size());
      ast_->names.push_back(t.text);
    }
    return n;
  }

  std::string_view src_;
  std::vector<Token> toks_;
  size_t i_ = 0;
  int depth_ = 0;
  Ast* ast_;
};

// ------------------------------------------------------------ compiler
struct Func {
  const char* name;
  Op op;
};
const Func kFuncs[] = {
    {"sqrt", Op::Sqrt},       {"exp", Op::Exp},         {"log", Op::Log},         {"log10", Op::Log10},
    {"sin", Op::Sin},         {"cos", Op::Cos},         {"tan", Op::Tan},         {"arcsin", Op::Arcsin},
    {"arccos", Op::Arccos},   {"arctan", Op::Arctan},   {"arcsinh", Op::Arcsinh}, {"arccosh", Op::Arccosh},
    {"arctanh", Op::Arctanh}, {"sinh", Op::Sinh},       {"cosh", Op::Cosh},       {"tanh", Op::Tanh},
    {"abs", Op::Abs},
};

bool reduction_of(const std::string& f, Reduce* r) {
  if (f == "sum") *r = Reduce::Sum;
  else if (f == "prod") *r = Reduce::Prod;
  else if (f == "min") *r = Reduce::Min;
  else if (f == "max") *r = Reduce::Max;
  else return false;
  return true;
}

// A compiled operand: a register, or a constant not yet given a register
// (so operations on constants fold).
struct Val {
  bool is_const;
  double value;
  int reg;
  bool is_bool;
};

class Compiler {
 public:
  Compiler(const Ast& ast, const std::vector<Binding>& b) : ast_(ast), bind_(b) {}

  Program run() {
    const Node* root = ast_.root.get();
    if (root->kind == Node::Call && reduction_of(root->func, &prog_.reduce)) {
      if (root->args.size() != 1)
        throw ExprError(ExprError::Type, root->func + "() takes exactly one argument (axis is not supported)");
      root = root->args[0].get();
    }
    Val v = expr(root);
    prog_.result_bool = v.is_bool;
    if (v.is_const) {
      prog_.is_const = true;
      prog_.const_value = v.value;
      return std::move(prog_);
    }
    finish(v.reg);
    return std::move(prog_);
  }

 private:
  [[noreturn]] void type_err(const std::string& m) { throw ExprError(ExprError::Type, m); }

  int new_reg(Reg::Kind k) {
    if (prog_.regs.size() >= 60000) throw ExprError(ExprError::Value, "expression too large");
    prog_.regs.push_back({k});
    return int(prog_.regs.size()) - 1;
  }
  int temp() {
    if (!free_.empty()) {
      int r = free_.back();
      free_.pop_back();
      return r;
    }
    return new_reg(Reg::Temp);
  }
  int reg_of(const Val& v) {
    if (!v.is_const) return v.reg;
    uint64_t bits;
    std::memcpy(&bits, &v.value, sizeof bits);
    auto it = consts_.find(bits);
    if (it != consts_.end()) return it->second;
    int r = new_reg(Reg::Const);
    prog_.regs[size_t(r)].value = v.value;
    consts_[bits] = r;
    return r;
  }
  void release(const Val& v) {
    if (!v.is_const && prog_.regs[size_t(v.reg)].kind == Reg::Temp) free_.push_back(v.reg);
  }

  // Emits dst = op(args...), or folds it when every operand is a constant.
  Val emit(Op op, std::initializer_list<Val> args, bool result_bool) {
    bool all_const = true;
    for (const Val& a : args) all_const = all_const && a.is_const;
    const Val* a = args.begin();
    if (all_const) {
      double x = apply_scalar(op, a[0].value, args.size() > 1 ? a[1].value : 0, args.size() > 2 ? a[2].value : 0);
      return {true, x, -1, result_bool};
    }
    int regs[3] = {0, 0, 0};
    for (size_t k = 0; k < args.size(); k++) regs[k] = reg_of(a[k]);
    for (const Val& v : args) release(v);
    int dst = temp();
    prog_.code.push_back({op, uint16_t(dst), uint16_t(regs[0]), uint16_t(regs[1]), uint16_t(regs[2])});
    return {false, 0, dst, result_bool};
  }

  Val expr(const Node* n) {
    switch (n->kind) {
      case Node::Number: return {true, n->value, -1, false};
      case Node::Bool: return {true, n->value, -1, true};
      case Node::Name: return name(n);
      case Node::Unary: return unary(n);
      case Node::Binary: return binary(n);
      default: return call(n);
    }
  }

  Val name(const Node* n) {
    const Binding& b = bind_[size_t(n->name)];
    if (!b.is_array) return {true, b.scalar, -1, b.is_bool};
    auto it = inputs_.find(n->name);
    if (it != inputs_.end()) return {false, 0, it->second, false};
    int r = new_reg(Reg::Input);
    prog_.regs[size_t(r)].input = n->name;
    inputs_[n->name] = r;
    return {false, 0, r, false};
  }

  Val unary(const Node* n) {
    Val a = expr(n->args[0].get());
    if (n->op == Op::Not) {
      if (!a.is_bool) type_err("~ needs a boolean operand (a comparison, True or False)");
      return emit(Op::Not, {a}, true);
    }
    if (n->op == Op::Copy) return {a.is_const, a.value, a.reg, false};
    return emit(Op::Neg, {a}, false);
  }

  Val binary(const Node* n) {
    Val a = expr(n->args[0].get());
    Val b = expr(n->args[1].get());
    Op op = n->op;
    if (op == Op::And || op == Op::Or) {
      if (!a.is_bool || !b.is_bool)
        type_err(std::string(op == Op::And ? "&" : "|") +
                 " needs boolean operands (comparisons, True or False), e.g. (a > 0) & (b < 1)");
      return emit(op, {a, b}, true);
    }
    bool cmp = op == Op::Lt || op == Op::Le || op == Op::Gt || op == Op::Ge || op == Op::Eq || op == Op::Ne;
    if (op == Op::Pow && b.is_const && !a.is_const) {
      // Exact rewrites: pow(x, 2) and x*x, pow(x, -1) and 1/x round the same.
      if (b.value == 2.0) return emit(Op::Square, {a}, false);
      if (b.value == -1.0) return emit(Op::Recip, {a}, false);
      if (b.value == 1.0) return emit(Op::Copy, {a}, false);
    }
    return emit(op, {a, b}, cmp);
  }

  Val call(const Node* n) {
    Reduce r;
    if (reduction_of(n->func, &r)) type_err(n->func + "() is only allowed as the outermost call");
    if (n->func == "where") {
      if (n->args.size() != 3) type_err("where() takes exactly 3 arguments (" + std::to_string(n->args.size()) + " given)");
      Val c = expr(n->args[0].get());
      if (!c.is_bool) type_err("where() needs a boolean condition (a comparison, True or False)");
      Val a = expr(n->args[1].get());
      Val b = expr(n->args[2].get());
      return emit(Op::Where, {c, a, b}, a.is_bool && b.is_bool);
    }
    for (const Func& f : kFuncs)
      if (n->func == f.name) {
        if (n->args.size() != 1)
          type_err(n->func + "() takes exactly one argument (" + std::to_string(n->args.size()) + " given)");
        return emit(f.op, {expr(n->args[0].get())}, false);
      }
    throw ExprError(ExprError::Name, "unknown function '" + n->func + "'");
  }

  // The result goes to a register nothing else writes, so the evaluator can
  // point it straight at the output array without clobbering an input that
  // the output aliases (evaluate("2*a + a", out=a)).
  void finish(int reg) {
    if (prog_.reduce != Reduce::None) {
      prog_.result = reg;
      return;
    }
    int dst = new_reg(Reg::Temp);
    if (!prog_.code.empty() && prog_.code.back().dst == reg && prog_.regs[size_t(reg)].kind == Reg::Temp)
      prog_.code.back().dst = uint16_t(dst);
    else
      prog_.code.push_back({Op::Copy, uint16_t(dst), uint16_t(reg), 0, 0});
    prog_.result = dst;
  }

  const Ast& ast_;
  const std::vector<Binding>& bind_;
  Program prog_;
  std::vector<int> free_;
  std::map<uint64_t, int> consts_;
  std::map<int, int> inputs_;
};

}  // namespace

Ast parse(std::string_view src) {
  Ast ast;
  Parser p(src, &ast);
  ast.root = p.parse_all();
  return ast;
}

Program compile(const Ast& ast, const std::vector<Binding>& bindings) {
  return Compiler(ast, bindings).run();
}

}  // namespace gilpy::native::expr
