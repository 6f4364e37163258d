// symtable.cpp — see symtable.hpp.
#include "interp/symtable.hpp"

#include <algorithm>

namespace gilpy {

using namespace ast;

std::string mangle_name(const std::string& cls, const std::string& name) {
  if (cls.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
  if (name.compare(name.size() - 2, 2, "__") == 0 || name.find('.') != std::string::npos) return name;
  size_t start = cls.find_first_not_of('_');
  if (start == std::string::npos) return name;
  return "_" + cls.substr(start) + name;
}

NameKind Scope::lookup(const std::string& n) const {
  auto it = kinds.find(n);
  if (it != kinds.end()) return it->second;
  if (kind == ScopeKind::Module || kind == ScopeKind::Class) return NameKind::Name;
  return NameKind::GlobalImplicit;
}

namespace {

class Builder {
 public:
  Builder(SymbolTable& st, const std::string& filename, const AstModule& mod)
      : st_(st), filename_(filename), mod_(mod) {}

  void run(const Body& body) {
    Scope* s = push(ScopeKind::Module, "<module>", nullptr);
    st_.top = s;
    stmts(body);
    cur_ = nullptr;
  }

 private:
  SymbolTable& st_;
  const std::string& filename_;
  const AstModule& mod_;
  Scope* cur_ = nullptr;
  std::string private_;   // the innermost enclosing class's name: names are mangled with it

  [[noreturn]] void error(const std::string& msg, const Pos& pos) {
    SyntaxErrorInfo e;
    e.msg = msg;
    e.filename = filename_;
    e.lineno = pos.line;
    e.offset = pos.col + 1;
    if (pos.line >= 1 && size_t(pos.line) <= mod_.lines.size()) e.text = mod_.lines[pos.line - 1];
    throw e;
  }

  Scope* push(ScopeKind k, const std::string& name, const void* node) {
    auto s = std::make_unique<Scope>();
    s->kind = k;
    s->name = name;
    s->parent = cur_;
    if (cur_) cur_->children.push_back(s.get());
    if (node) st_.by_node[node] = s.get();
    cur_ = s.get();
    st_.scopes.push_back(std::move(s));
    return cur_;
  }
  void pop() { cur_ = cur_->parent; }

  std::string mangle(const std::string& n) const { return mangle_name(private_, n); }
  void bind(const std::string& n) { cur_->bound.insert(mangle(n)); }
  void use(const std::string& n) { cur_->used.insert(mangle(n)); }

  void stmts(const Body& b) {
    for (Stmt* s : b) stmt(s);
  }

  void arguments(Arguments* a) {
    if (!a) return;
    for (auto& x : a->defaults) expr(x);
    for (auto* x : a->kw_defaults)
      if (x) expr(x);
  }

  void bind_params(Arguments* a) {
    if (!a) return;
    auto add = [&](const std::string& n, const Pos& p) {
      std::string m = mangle(n);
      if (cur_->bound.count(m)) error("duplicate argument '" + n + "' in function definition", p);
      cur_->params.push_back(m);
      cur_->bound.insert(m);
    };
    for (auto& x : a->posonlyargs) add(x.name, x.pos);
    for (auto& x : a->args) add(x.name, x.pos);
    if (a->vararg) add(a->vararg->name, a->vararg->pos);
    for (auto& x : a->kwonlyargs) add(x.name, x.pos);
    if (a->kwarg) add(a->kwarg->name, a->kwarg->pos);
  }

  void stmt(Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* f = static_cast<FunctionDef*>(s);
        for (auto* d : f->decorator_list) expr(d);
        arguments(f->args);
        bind(f->name);
        push(ScopeKind::Function, f->name, f);
        bind_params(f->args);
        stmts(f->body);
        pop();
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = static_cast<ClassDef*>(s);
        for (auto* d : c->decorator_list) expr(d);
        for (auto* b : c->bases) expr(b);
        for (auto& k : c->keywords) expr(k.value);
        bind(c->name);
        push(ScopeKind::Class, c->name, c);
        std::string outer_private = private_;
        private_ = c->name;   // the body (and everything nested in it) mangles with this class's name
        stmts(c->body);
        private_ = outer_private;
        pop();
        break;
      }
      case StmtKind::Return: {
        auto* r = static_cast<Return*>(s);
        if (cur_->kind != ScopeKind::Function) error("'return' outside function", s->pos);
        if (r->value) expr(r->value);
        break;
      }
      case StmtKind::Delete:
        for (auto* t : static_cast<Delete*>(s)->targets) expr(t);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<Assign*>(s);
        expr(a->value);
        for (auto* t : a->targets) expr(t);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<AugAssign*>(s);
        expr(a->value);
        expr(a->target);
        if (a->target->kind == ExprKind::Name) use(static_cast<Name*>(a->target)->id);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<AnnAssign*>(s);
        if (a->value) expr(a->value);
        if (a->value || a->target->kind != ExprKind::Name) expr(a->target);
        else if (cur_->kind == ScopeKind::Function) bind(static_cast<Name*>(a->target)->id);
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<For*>(s);
        expr(f->iter);
        expr(f->target);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<While*>(s);
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<If*>(s);
        expr(i->test);
        stmts(i->body);
        stmts(i->orelse);
        break;
      }
      case StmtKind::With: {
        auto* w = static_cast<With*>(s);
        for (auto& it : w->items) {
          expr(it.context_expr);
          if (it.optional_vars) expr(it.optional_vars);
        }
        stmts(w->body);
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<Raise*>(s);
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case StmtKind::Try: {
        auto* t = static_cast<Try*>(s);
        stmts(t->body);
        for (auto& h : t->handlers) {
          if (h.type) expr(h.type);
          if (!h.name.empty()) bind(h.name);
          stmts(h.body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<Assert*>(s);
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case StmtKind::Import:
        for (auto& a : static_cast<Import*>(s)->names) {
          std::string n = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
          bind(n);
        }
        break;
      case StmtKind::ImportFrom:
        for (auto& a : static_cast<ImportFrom*>(s)->names) {
          if (a.name == "*") {
            if (cur_->kind != ScopeKind::Module) error("import * only allowed at module level", s->pos);
            continue;
          }
          bind(a.asname.empty() ? a.name : a.asname);
        }
        break;
      case StmtKind::Global:
        for (auto& n : static_cast<Global*>(s)->names) {
          std::string m = mangle(n);
          if (cur_->params.end() != std::find(cur_->params.begin(), cur_->params.end(), m))
            error("name '" + n + "' is parameter and global", s->pos);
          if (cur_->nonlocals.count(m)) error("name '" + n + "' is nonlocal and global", s->pos);
          if (cur_->used.count(m) && cur_->kind != ScopeKind::Module)
            error("name '" + n + "' is used prior to global declaration", s->pos);
          if (cur_->bound.count(m) && cur_->kind != ScopeKind::Module)
            error("name '" + n + "' is assigned to before global declaration", s->pos);
          cur_->globals.insert(m);
        }
        break;
      case StmtKind::Nonlocal:
        for (auto& n : static_cast<Nonlocal*>(s)->names) {
          std::string m = mangle(n);
          if (cur_->kind == ScopeKind::Module) error("nonlocal declaration not allowed at module level", s->pos);
          if (std::find(cur_->params.begin(), cur_->params.end(), m) != cur_->params.end())
            error("name '" + n + "' is parameter and nonlocal", s->pos);
          if (cur_->globals.count(m)) error("name '" + n + "' is nonlocal and global", s->pos);
          if (cur_->used.count(m)) error("name '" + n + "' is used prior to nonlocal declaration", s->pos);
          if (cur_->bound.count(m)) error("name '" + n + "' is assigned to before nonlocal declaration", s->pos);
          cur_->nonlocals.insert(m);
          std::string text = s->pos.line >= 1 && size_t(s->pos.line) <= mod_.lines.size() ? mod_.lines[s->pos.line - 1] : "";
          cur_->nonlocal_at[m] = {s->pos, text};
        }
        break;
      case StmtKind::ExprStmt:
        expr(static_cast<ExprStmt*>(s)->value);
        break;
      default:
        break;
    }
  }

  void comprehension(Expr* node, const std::vector<Comprehension>& gens, std::initializer_list<Expr*> elts,
                     bool is_gen) {
    // The first iterable is evaluated in the enclosing scope.
    expr(gens[0].iter);
    push(ScopeKind::Comprehension, is_gen ? "<genexpr>" : "<comp>", node);
    cur_->is_generator = is_gen;
    cur_->params.push_back(".0");
    bind(".0");
    for (size_t i = 0; i < gens.size(); i++) {
      if (i > 0) expr(gens[i].iter);
      expr(gens[i].target);
      for (auto* c : gens[i].ifs) expr(c);
    }
    for (auto* e : elts) expr(e);
    pop();
  }

  void expr(Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::Name: {
        auto* n = static_cast<Name*>(e);
        if (n->ctx == Ctx::Load) {
          use(n->id);
          if (n->id == "super" && cur_->kind == ScopeKind::Function) cur_->uses_class_cell = true;
        } else {
          bind(n->id);
        }
        if (n->id == "__class__" && cur_->kind == ScopeKind::Function && n->ctx == Ctx::Load)
          cur_->uses_class_cell = true;
        break;
      }
      case ExprKind::Constant: break;
      case ExprKind::JoinedStr:
        for (auto* v : static_cast<JoinedStr*>(e)->values) expr(v);
        break;
      case ExprKind::FormattedValue: {
        auto* f = static_cast<FormattedValue*>(e);
        expr(f->value);
        expr(f->format_spec);
        break;
      }
      case ExprKind::Attribute: expr(static_cast<Attribute*>(e)->value); break;
      case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(e);
        expr(s->value);
        expr(s->slice);
        break;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<Slice*>(e);
        expr(s->lower);
        expr(s->upper);
        expr(s->step);
        break;
      }
      case ExprKind::Starred: expr(static_cast<Starred*>(e)->value); break;
      case ExprKind::BinOp: {
        auto* b = static_cast<BinOp*>(e);
        expr(b->left);
        expr(b->right);
        break;
      }
      case ExprKind::UnaryOp: expr(static_cast<UnaryOp*>(e)->operand); break;
      case ExprKind::BoolOp:
        for (auto* v : static_cast<BoolOp*>(e)->values) expr(v);
        break;
      case ExprKind::Compare: {
        auto* c = static_cast<Compare*>(e);
        expr(c->left);
        for (auto* x : c->comparators) expr(x);
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<Call*>(e);
        expr(c->func);
        for (auto* a : c->args) expr(a);
        for (auto& k : c->keywords) expr(k.value);
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<Lambda*>(e);
        arguments(l->args);
        push(ScopeKind::Lambda, "<lambda>", l);
        bind_params(l->args);
        expr(l->body);
        pop();
        break;
      }
      case ExprKind::List:
        for (auto* x : static_cast<List*>(e)->elts) expr(x);
        break;
      case ExprKind::Tuple:
        for (auto* x : static_cast<Tuple*>(e)->elts) expr(x);
        break;
      case ExprKind::Set:
        for (auto* x : static_cast<Set*>(e)->elts) expr(x);
        break;
      case ExprKind::Dict: {
        auto* d = static_cast<Dict*>(e);
        for (auto* k : d->keys) expr(k);
        for (auto* v : d->values) expr(v);
        break;
      }
      case ExprKind::ListComp: {
        auto* c = static_cast<ListComp*>(e);
        comprehension(e, c->generators, {c->elt}, false);
        break;
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<SetComp*>(e);
        comprehension(e, c->generators, {c->elt}, false);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<GeneratorExp*>(e);
        comprehension(e, c->generators, {c->elt}, true);
        break;
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<DictComp*>(e);
        comprehension(e, c->generators, {c->key, c->value}, false);
        break;
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class)
          error("'yield' outside function", e->pos);
        if (cur_->kind == ScopeKind::Comprehension && !cur_->is_generator)
          error("'yield' inside list comprehension", e->pos);
        cur_->is_generator = true;
        if (e->kind == ExprKind::Yield) expr(static_cast<Yield*>(e)->value);
        else expr(static_cast<YieldFrom*>(e)->value);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<NamedExpr*>(e);
        expr(n->value);
        std::string id = mangle(static_cast<Name*>(n->target)->id);
        // A walrus in a comprehension binds in the enclosing function scope.
        Scope* s = cur_;
        while (s->kind == ScopeKind::Comprehension) s = s->parent;
        if (s != cur_) {
          s->bound.insert(id);
          for (Scope* c = cur_; c != s; c = c->parent) c->nonlocals.insert(id);
          if (s->kind == ScopeKind::Module) {
            for (Scope* c = cur_; c != s; c = c->parent) { c->nonlocals.erase(id); c->globals.insert(id); }
          }
        } else {
          cur_->bound.insert(id);
        }
        break;
      }
    }
  }
};

bool is_function_like(const Scope* s) {
  return s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda || s->kind == ScopeKind::Comprehension;
}

// Is `n` bound as a local of some enclosing function scope of `s` (skipping classes)?
Scope* find_binding(Scope* s, const std::string& n) {
  for (Scope* p = s->parent; p; p = p->parent) {
    if (p->kind == ScopeKind::Class) continue;
    if (p->kind == ScopeKind::Module) return nullptr;
    if (p->globals.count(n)) return nullptr;
    if (p->nonlocals.count(n) || (p->bound.count(n))) return p;
    if (p->frees.count(n)) return p;
  }
  return nullptr;
}

void resolve(Scope* s, const std::string& filename) {
  // Children first need our bindings; resolve top-down, then propagate frees up.
  if (is_function_like(s)) {
    for (auto& n : s->bound)
      if (!s->globals.count(n) && !s->nonlocals.count(n)) s->kinds[n] = NameKind::Local;
    for (auto& n : s->globals) s->kinds[n] = NameKind::GlobalExplicit;
    for (auto& n : s->nonlocals) {
      Scope* b = find_binding(s, n);
      if (!b) {
        SyntaxErrorInfo e;
        e.msg = "no binding for nonlocal '" + n + "' found";
        e.filename = filename;
        auto at = s->nonlocal_at.find(n);
        if (at != s->nonlocal_at.end()) {
          e.lineno = at->second.first.line;
          e.offset = at->second.first.col + 1;
          e.text = at->second.second;
        }
        throw e;
      }
      s->kinds[n] = NameKind::Free;
      s->frees.insert(n);
    }
    for (auto& n : s->used) {
      if (s->kinds.count(n)) continue;
      if (find_binding(s, n)) {
        s->kinds[n] = NameKind::Free;
        s->frees.insert(n);
      }
    }
    if (s->uses_class_cell) {
      // `super()` / `__class__` in a method: the enclosing class provides a cell.
      for (Scope* p = s->parent; p; p = p->parent) {
        if (p->kind == ScopeKind::Class) {
          p->needs_class_cell = true;
          s->kinds["__class__"] = NameKind::Free;
          s->frees.insert("__class__");
          break;
        }
        if (!is_function_like(p)) break;
      }
    }
  } else {
    for (auto& n : s->globals) s->kinds[n] = NameKind::GlobalExplicit;
    if (s->kind == ScopeKind::Class) {
      for (auto& n : s->nonlocals) {
        s->kinds[n] = NameKind::Free;
        s->frees.insert(n);
      }
      // A class body reading a name bound in an enclosing function uses it as free.
      for (auto& n : s->used)
        if (!s->kinds.count(n) && !s->bound.count(n) && find_binding(s, n)) {
          s->kinds[n] = NameKind::Free;
          s->frees.insert(n);
        }
    }
  }
  for (Scope* c : s->children) resolve(c, filename);
  // A child's free variable that we bind locally becomes a cell here; one we
  // do not bind passes through us as free too (closures of closures).
  for (Scope* c : s->children) {
    for (auto& n : c->frees) {
      if (n == "__class__" && s->kind == ScopeKind::Class && c->kinds.count(n)) continue;
      if (s->kind == ScopeKind::Class) {
        if (!s->kinds.count(n) || s->kinds[n] != NameKind::Free) {
          if (find_binding(s, n)) { s->frees.insert(n); }
        }
        continue;
      }
      if (!is_function_like(s)) continue;
      auto it = s->kinds.find(n);
      if (it != s->kinds.end() && (it->second == NameKind::Local || it->second == NameKind::Cell)) {
        it->second = NameKind::Cell;
        s->cells.insert(n);
      } else if (it == s->kinds.end() || it->second == NameKind::Free) {
        s->kinds[n] = NameKind::Free;
        s->frees.insert(n);
      }
    }
  }
  if (s->kind == ScopeKind::Class && s->needs_class_cell) s->cells.insert("__class__");
}

}  // namespace

std::unique_ptr<SymbolTable> build_symtable(const AstModule& mod, const std::string& filename) {
  auto st = std::make_unique<SymbolTable>();
  Builder b(*st, filename, mod);
  b.run(mod.body);
  resolve(st->top, filename);
  return st;
}

}  // namespace gilpy
