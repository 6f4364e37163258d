// ast_dump.cpp — ast.dump() compatible printer (see ast_dump.hpp).
//
// The rules follow CPython 3.11's ast.dump with default arguments: fields in
// declaration order, a field whose value is None is left out, empty lists
// are printed as [], operators and contexts print as "Add()", "Load()".
#include "ast_dump.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "lexer.hpp"

namespace gilpy::ast {

namespace {

std::string hex_escape(char prefix, unsigned v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\%c%0*x", prefix, width, v);
  return buf;
}

char pick_quote(const std::string& s) {
  bool single = s.find('\'') != std::string::npos;
  bool dbl = s.find('"') != std::string::npos;
  return single && !dbl ? '"' : '\'';
}

// Python's float repr; `dot_zero` adds ".0" to integral values ("1.0"),
// which the imaginary part of a complex repr omits ("1j").
std::string float_repr(double d, bool dot_zero) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, r.ptr);   // shortest round-trip digits: "-1.2345e+06"
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  size_t e = sci.find('e');
  std::string digits;
  for (size_t i = 0; i < e; ++i)
    if (sci[i] != '.') digits += sci[i];
  int decpt = std::stoi(sci.substr(e + 1)) + 1;   // value = 0.<digits> * 10^decpt
  int n = static_cast<int>(digits.size());
  std::string out;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out = "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
    } else if (decpt >= n) {
      out = digits + std::string(static_cast<size_t>(decpt - n), '0');
      if (dot_zero) out += ".0";
    } else {
      out = digits.substr(0, static_cast<size_t>(decpt)) + "." + digits.substr(static_cast<size_t>(decpt));
    }
  } else {
    out = digits.substr(0, 1);
    if (n > 1) out += "." + digits.substr(1);
    int exp = decpt - 1;
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  }
  return sign + out;
}

const char* binop_name(BinOpKind k) {
  static const char* const kNames[] = {"Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod",
                                       "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd"};
  return kNames[static_cast<int>(k)];
}

const char* unaryop_name(UnaryOpKind k) {
  static const char* const kNames[] = {"Invert", "Not", "UAdd", "USub"};
  return kNames[static_cast<int>(k)];
}

const char* cmpop_name(CmpOpKind k) {
  static const char* const kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return kNames[static_cast<int>(k)];
}

const char* ctx_name(Ctx c) {
  return c == Ctx::Load ? "Load()" : c == Ctx::Store ? "Store()" : "Del()";
}

// Writes one node as Name(field=value, ...). A node's fields are written
// through field(); each call adds the separator as needed.
class Dumper {
 public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}
  std::string out;

  void expr(const Expr* e);
  void stmt(const Stmt* s);
  void body(const Body& b) { list(b, [&](const Stmt* s) { stmt(s); }); }
  void exprs(const std::vector<Expr*>& v) {
    list(v, [&](const Expr* e) { e ? expr(e) : (void)(out += "None"); });
  }

  void open(const char* name) {
    out += name;
    out += '(';
    first_.push_back(true);
  }
  void close(const Pos* pos) {
    if (attrs_ && pos) {
      int_field("lineno", pos->line);
      int_field("col_offset", pos->col);
      int_field("end_lineno", pos->end_line);
      int_field("end_col_offset", pos->end_col);
    }
    out += ')';
    first_.pop_back();
  }
  void field(const char* name) {
    if (!first_.back()) out += ", ";
    first_.back() = false;
    out += name;
    out += '=';
  }
  void int_field(const char* name, int v) {
    field(name);
    out += std::to_string(v);
  }
  void str_field(const char* name, const std::string& v) {
    field(name);
    out += repr_str(v);
  }
  void expr_field(const char* name, const Expr* e) {   // omitted when None
    if (!e) return;
    field(name);
    expr(e);
  }
  void op_field(const char* name, const char* op) {
    field(name);
    out += op;
    out += "()";
  }
  template <class V, class F>
  void list(const V& v, F each) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      each(v[i]);
    }
    out += ']';
  }
  void names(const std::vector<std::string>& v) {
    list(v, [&](const std::string& s) { out += repr_str(s); });
  }

  void constant(const Constant* c);
  template <class Comp>
  void comprehension_node(const char* name, const Comp& c) {
    open(name);
    expr_field("elt", c.elt);
    field("generators");
    comprehensions(c.generators);
  }
  void comprehensions(const std::vector<Comprehension>& gens);
  void arguments(const Arguments* a);
  void arg(const Arg& a);
  void keywords(const std::vector<Keyword>& ks);
  void aliases(const std::vector<Alias>& as);

 private:
  bool attrs_;
  std::vector<bool> first_;
};

void Dumper::constant(const Constant* c) {
  open("Constant");
  field("value");
  switch (c->ckind) {
    case ConstKind::None: out += "None"; break;
    case ConstKind::True: out += "True"; break;
    case ConstKind::False: out += "False"; break;
    case ConstKind::Ellipsis: out += "Ellipsis"; break;
    case ConstKind::Int: out += c->text; break;
    case ConstKind::Float: out += float_repr(c->fval, true); break;
    case ConstKind::Complex: out += float_repr(c->fval, false) + "j"; break;
    case ConstKind::Str: out += repr_str(c->text); break;
    case ConstKind::Bytes: out += repr_bytes(c->text); break;
  }
  close(&c->pos);
}

void Dumper::comprehensions(const std::vector<Comprehension>& gens) {
  list(gens, [&](const Comprehension& g) {
    open("comprehension");
    expr_field("target", g.target);
    expr_field("iter", g.iter);
    field("ifs");
    exprs(g.ifs);
    int_field("is_async", g.is_async ? 1 : 0);
    close(nullptr);
  });
}

void Dumper::arg(const Arg& a) {
  open("arg");
  str_field("arg", a.name);
  expr_field("annotation", a.annotation);
  close(&a.pos);
}

void Dumper::arguments(const Arguments* a) {
  auto args = [&](const std::vector<Arg>& v) { list(v, [&](const Arg& x) { arg(x); }); };
  open("arguments");
  field("posonlyargs");
  args(a->posonlyargs);
  field("args");
  args(a->args);
  if (a->vararg) {
    field("vararg");
    arg(*a->vararg);
  }
  field("kwonlyargs");
  args(a->kwonlyargs);
  field("kw_defaults");
  exprs(a->kw_defaults);
  if (a->kwarg) {
    field("kwarg");
    arg(*a->kwarg);
  }
  field("defaults");
  exprs(a->defaults);
  close(nullptr);
}

void Dumper::keywords(const std::vector<Keyword>& ks) {
  list(ks, [&](const Keyword& k) {
    open("keyword");
    if (!k.arg.empty()) str_field("arg", k.arg);
    expr_field("value", k.value);
    close(&k.pos);
  });
}

void Dumper::aliases(const std::vector<Alias>& as) {
  list(as, [&](const Alias& a) {
    open("alias");
    str_field("name", a.name);
    if (!a.asname.empty()) str_field("asname", a.asname);
    close(&a.pos);
  });
}

void Dumper::expr(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant: return constant(static_cast<const Constant*>(e));
    case ExprKind::JoinedStr:
      open("JoinedStr");
      field("values");
      exprs(static_cast<const JoinedStr*>(e)->values);
      break;
    case ExprKind::FormattedValue: {
      auto* n = static_cast<const FormattedValue*>(e);
      open("FormattedValue");
      expr_field("value", n->value);
      int_field("conversion", n->conversion ? static_cast<int>(n->conversion) : -1);
      expr_field("format_spec", n->format_spec);
      break;
    }
    case ExprKind::Name: {
      auto* n = static_cast<const Name*>(e);
      open("Name");
      str_field("id", n->id);
      field("ctx");
      out += ctx_name(n->ctx);
      break;
    }
    case ExprKind::Attribute: {
      auto* n = static_cast<const Attribute*>(e);
      open("Attribute");
      expr_field("value", n->value);
      str_field("attr", n->attr);
      field("ctx");
      out += ctx_name(n->ctx);
      break;
    }
    case ExprKind::Subscript: {
      auto* n = static_cast<const Subscript*>(e);
      open("Subscript");
      expr_field("value", n->value);
      expr_field("slice", n->slice);
      field("ctx");
      out += ctx_name(n->ctx);
      break;
    }
    case ExprKind::Slice: {
      auto* n = static_cast<const Slice*>(e);
      open("Slice");
      expr_field("lower", n->lower);
      expr_field("upper", n->upper);
      expr_field("step", n->step);
      break;
    }
    case ExprKind::Starred: {
      auto* n = static_cast<const Starred*>(e);
      open("Starred");
      expr_field("value", n->value);
      field("ctx");
      out += ctx_name(n->ctx);
      break;
    }
    case ExprKind::BinOp: {
      auto* n = static_cast<const BinOp*>(e);
      open("BinOp");
      expr_field("left", n->left);
      op_field("op", binop_name(n->op));
      expr_field("right", n->right);
      break;
    }
    case ExprKind::UnaryOp: {
      auto* n = static_cast<const UnaryOp*>(e);
      open("UnaryOp");
      op_field("op", unaryop_name(n->op));
      expr_field("operand", n->operand);
      break;
    }
    case ExprKind::BoolOp: {
      auto* n = static_cast<const BoolOp*>(e);
      open("BoolOp");
      op_field("op", n->op == BoolOpKind::And ? "And" : "Or");
      field("values");
      exprs(n->values);
      break;
    }
    case ExprKind::Compare: {
      auto* n = static_cast<const Compare*>(e);
      open("Compare");
      expr_field("left", n->left);
      field("ops");
      list(n->ops, [&](CmpOpKind k) {
        out += cmpop_name(k);
        out += "()";
      });
      field("comparators");
      exprs(n->comparators);
      break;
    }
    case ExprKind::Call: {
      auto* n = static_cast<const Call*>(e);
      open("Call");
      expr_field("func", n->func);
      field("args");
      exprs(n->args);
      field("keywords");
      keywords(n->keywords);
      break;
    }
    case ExprKind::IfExp: {
      auto* n = static_cast<const IfExp*>(e);
      open("IfExp");
      expr_field("test", n->test);
      expr_field("body", n->body);
      expr_field("orelse", n->orelse);
      break;
    }
    case ExprKind::Lambda: {
      auto* n = static_cast<const Lambda*>(e);
      open("Lambda");
      field("args");
      arguments(n->args);
      expr_field("body", n->body);
      break;
    }
    case ExprKind::List:
    case ExprKind::Tuple: {
      bool list_ = e->kind == ExprKind::List;
      open(list_ ? "List" : "Tuple");
      field("elts");
      exprs(list_ ? static_cast<const List*>(e)->elts : static_cast<const Tuple*>(e)->elts);
      field("ctx");
      out += ctx_name(list_ ? static_cast<const List*>(e)->ctx : static_cast<const Tuple*>(e)->ctx);
      break;
    }
    case ExprKind::Set:
      open("Set");
      field("elts");
      exprs(static_cast<const Set*>(e)->elts);
      break;
    case ExprKind::Dict: {
      auto* n = static_cast<const Dict*>(e);
      open("Dict");
      field("keys");
      exprs(n->keys);
      field("values");
      exprs(n->values);
      break;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp: {
      if (e->kind == ExprKind::ListComp) {
        comprehension_node("ListComp", *static_cast<const ListComp*>(e));
      } else if (e->kind == ExprKind::SetComp) {
        comprehension_node("SetComp", *static_cast<const SetComp*>(e));
      } else {
        comprehension_node("GeneratorExp", *static_cast<const GeneratorExp*>(e));
      }
      break;
    }
    case ExprKind::DictComp: {
      auto* n = static_cast<const DictComp*>(e);
      open("DictComp");
      expr_field("key", n->key);
      expr_field("value", n->value);
      field("generators");
      comprehensions(n->generators);
      break;
    }
    case ExprKind::Yield:
      open("Yield");
      expr_field("value", static_cast<const Yield*>(e)->value);
      break;
    case ExprKind::YieldFrom:
      open("YieldFrom");
      expr_field("value", static_cast<const YieldFrom*>(e)->value);
      break;
    case ExprKind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      open("NamedExpr");
      expr_field("target", n->target);
      expr_field("value", n->value);
      break;
    }
  }
  close(&e->pos);
}

void Dumper::stmt(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::FunctionDef: {
      auto* n = static_cast<const FunctionDef*>(s);
      open("FunctionDef");
      str_field("name", n->name);
      field("args");
      arguments(n->args);
      field("body");
      body(n->body);
      field("decorator_list");
      exprs(n->decorator_list);
      expr_field("returns", n->returns);
      break;
    }
    case StmtKind::ClassDef: {
      auto* n = static_cast<const ClassDef*>(s);
      open("ClassDef");
      str_field("name", n->name);
      field("bases");
      exprs(n->bases);
      field("keywords");
      keywords(n->keywords);
      field("body");
      body(n->body);
      field("decorator_list");
      exprs(n->decorator_list);
      break;
    }
    case StmtKind::Return:
      open("Return");
      expr_field("value", static_cast<const Return*>(s)->value);
      break;
    case StmtKind::Delete:
      open("Delete");
      field("targets");
      exprs(static_cast<const Delete*>(s)->targets);
      break;
    case StmtKind::Assign: {
      auto* n = static_cast<const Assign*>(s);
      open("Assign");
      field("targets");
      exprs(n->targets);
      expr_field("value", n->value);
      break;
    }
    case StmtKind::AugAssign: {
      auto* n = static_cast<const AugAssign*>(s);
      open("AugAssign");
      expr_field("target", n->target);
      op_field("op", binop_name(n->op));
      expr_field("value", n->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto* n = static_cast<const AnnAssign*>(s);
      open("AnnAssign");
      expr_field("target", n->target);
      expr_field("annotation", n->annotation);
      expr_field("value", n->value);
      int_field("simple", n->simple ? 1 : 0);
      break;
    }
    case StmtKind::For: {
      auto* n = static_cast<const For*>(s);
      open("For");
      expr_field("target", n->target);
      expr_field("iter", n->iter);
      field("body");
      body(n->body);
      field("orelse");
      body(n->orelse);
      break;
    }
    case StmtKind::While: {
      auto* n = static_cast<const While*>(s);
      open("While");
      expr_field("test", n->test);
      field("body");
      body(n->body);
      field("orelse");
      body(n->orelse);
      break;
    }
    case StmtKind::If: {
      auto* n = static_cast<const If*>(s);
      open("If");
      expr_field("test", n->test);
      field("body");
      body(n->body);
      field("orelse");
      body(n->orelse);
      break;
    }
    case StmtKind::With: {
      auto* n = static_cast<const With*>(s);
      open("With");
      field("items");
      list(n->items, [&](const WithItem& w) {
        open("withitem");
        expr_field("context_expr", w.context_expr);
        expr_field("optional_vars", w.optional_vars);
        close(nullptr);
      });
      field("body");
      body(n->body);
      break;
    }
    case StmtKind::Raise: {
      auto* n = static_cast<const Raise*>(s);
      open("Raise");
      expr_field("exc", n->exc);
      expr_field("cause", n->cause);
      break;
    }
    case StmtKind::Try: {
      auto* n = static_cast<const Try*>(s);
      open("Try");
      field("body");
      body(n->body);
      field("handlers");
      list(n->handlers, [&](const ExceptHandler& h) {
        open("ExceptHandler");
        expr_field("type", h.type);
        if (!h.name.empty()) str_field("name", h.name);
        field("body");
        body(h.body);
        close(&h.pos);
      });
      field("orelse");
      body(n->orelse);
      field("finalbody");
      body(n->finalbody);
      break;
    }
    case StmtKind::Assert: {
      auto* n = static_cast<const Assert*>(s);
      open("Assert");
      expr_field("test", n->test);
      expr_field("msg", n->msg);
      break;
    }
    case StmtKind::Import:
      open("Import");
      field("names");
      aliases(static_cast<const Import*>(s)->names);
      break;
    case StmtKind::ImportFrom: {
      auto* n = static_cast<const ImportFrom*>(s);
      open("ImportFrom");
      if (!n->module.empty()) str_field("module", n->module);
      field("names");
      aliases(n->names);
      int_field("level", n->level);
      break;
    }
    case StmtKind::Global:
      open("Global");
      field("names");
      names(static_cast<const Global*>(s)->names);
      break;
    case StmtKind::Nonlocal:
      open("Nonlocal");
      field("names");
      names(static_cast<const Nonlocal*>(s)->names);
      break;
    case StmtKind::ExprStmt:
      open("Expr");
      expr_field("value", static_cast<const ExprStmt*>(s)->value);
      break;
    case StmtKind::Pass: open("Pass"); break;
    case StmtKind::Break: open("Break"); break;
    case StmtKind::Continue: open("Continue"); break;
  }
  close(&s->pos);
}

}  // namespace

std::string repr_str(const std::string& s) {
  char q = pick_quote(s);
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t cp = lex::decode_utf8(s, i);
    if (cp == static_cast<char32_t>(q) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (lex::is_printable(cp)) {
      out.append(s, start, i - start);
    } else if (cp <= 0xFF) {
      out += hex_escape('x', cp, 2);
    } else if (cp <= 0xFFFF) {
      out += hex_escape('u', cp, 4);
    } else {
      out += hex_escape('U', cp, 8);
    }
  }
  out += q;
  return out;
}

std::string repr_bytes(const std::string& b) {
  char q = pick_quote(b);
  std::string out = "b";
  out += q;
  for (unsigned char c : b) {
    if (c == q || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += hex_escape('x', c, 2);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += q;
  return out;
}

std::string repr_float(double d) { return float_repr(d, true); }

std::string dump(const AstModule& mod, bool include_attributes) {
  Dumper d(include_attributes);
  d.open("Module");
  d.field("body"), d.body(mod.body);
  d.field("type_ignores"), d.out += "[]";
  d.close(nullptr);
  return d.out;
}

std::string dump_eval(const AstModule& mod, bool include_attributes) {
  Dumper d(include_attributes);
  d.open("Expression");
  if (!mod.body.empty() && mod.body[0]->kind == StmtKind::ExprStmt)
    d.expr_field("body", static_cast<const ExprStmt*>(mod.body[0])->value);
  d.close(nullptr);
  return d.out;
}

std::string dump(const Expr* e, bool include_attributes) {
  Dumper d(include_attributes);
  d.expr(e);
  return d.out;
}

std::string dump(const Stmt* s, bool include_attributes) {
  Dumper d(include_attributes);
  d.stmt(s);
  return d.out;
}

}  // namespace gilpy::ast
