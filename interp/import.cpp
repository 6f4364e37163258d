// import.cpp — the import system.
//
// `import a.b` looks, in order, in sys.modules, the built-in C++ modules,
// the Python modules embedded in the binary (stdlib/py), then `a/b.py` or
// `a/b/__init__.py` along sys.path. A module is entered in sys.modules
// before its code runs (so circular imports see the partial module) and
// removed again if that code fails.
#include <sys/stat.h>

#include <fstream>
#include <map>
#include <sstream>

#include "interp/compiler.hpp"
#include "interp/vm.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

std::map<std::string, ModuleInit>& builtin_module_table();

// Generated at build time from stdlib/py/*.py (see CMakeLists.txt).
struct EmbeddedModule {
  const char* name;
  const char* source;
  bool is_package;
};
extern const EmbeddedModule kEmbeddedModules[];

static const EmbeddedModule* find_embedded(std::string_view name) {
  for (const EmbeddedModule* m = kEmbeddedModules; m->name; m++)
    if (name == m->name) return m;
  return nullptr;
}

static bool is_file(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

static bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Runs `source` as the body of a new module registered as `name`.
Ref exec_module_source(const std::string& name, const std::string& source, const std::string& filename,
                       bool is_package, const std::string& package_path) {
  Interpreter* interp = current_interp();
  Ref code = compile_source(source, filename, CompileMode::Exec);
  Ref m = module_new(name);
  Dict* d = static_cast<Module*>(m.obj())->dict;
  Ref fn = str_new(filename);
  dict_set_str(d, "__file__", fn.get());
  dict_set_str(d, "__builtins__", interp->builtins_module);
  std::string pkg = is_package ? name : (name.rfind('.') == std::string::npos ? "" : name.substr(0, name.rfind('.')));
  Ref pk = str_new(pkg);
  dict_set_str(d, "__package__", pk.get());
  if (is_package) {
    Ref p = str_new(package_path);
    Ref l = list_from_array(nullptr, 0);
    list_append(l.get(), p.get());
    dict_set_str(d, "__path__", l.get());
  }
  Ref key = str_new(name);
  dict_set(interp->modules, key.get(), m.get());
  try {
    run_code(static_cast<Code*>(code.obj()), d, d);
  } catch (...) {
    dict_del(interp->modules, key.get());
    throw;
  }
  // The module may have replaced itself in sys.modules.
  Value final = dict_get(interp->modules, key.get());
  return final.is_null() ? std::move(m) : Ref::borrow(final);
}

static Ref load_builtin(const std::string& name, ModuleInit init) {
  Interpreter* interp = current_interp();
  Ref m = module_new(name);
  Ref key = str_new(name);
  dict_set(interp->modules, key.get(), m.get());
  try {
    init(m.get());
  } catch (...) {
    dict_del(interp->modules, key.get());
    throw;
  }
  return m;
}

// Finds and loads one module (its parent package already imported).
static Ref load_module(const std::string& name, Value parent) {
  auto& table = builtin_module_table();
  auto it = table.find(name);
  if (it != table.end()) return load_builtin(name, it->second);
  if (const EmbeddedModule* em = find_embedded(name))
    return exec_module_source(name, em->source, "<frozen " + name + ">", em->is_package, "<frozen " + name + ">");
  // Search the parent's __path__, or sys.path for top-level modules.
  std::string leaf = name.substr(name.rfind('.') == std::string::npos ? 0 : name.rfind('.') + 1);
  Ref paths;
  if (!parent.is_null()) {
    paths = getattr_opt(parent, intern("__path__"));
    if (!paths) return Ref();
  } else {
    Value sys = current_interp()->sys_module;
    paths = Ref::borrow(dict_get_str(static_cast<Module*>(sys.as_obj())->dict, intern("path")));
  }
  if (paths.is_null() || !isinstance_of(paths.get(), &ListType)) return Ref();
  Ref snapshot = list_from_iterable(paths.get());
  List* l = as_list(snapshot.get());
  for (int64_t i = 0; i < l->size; i++) {
    if (!is_str(l->items[i])) continue;
    std::string dir(str_view(l->items[i]));
    std::string base = dir.empty() ? leaf : dir + "/" + leaf;
    std::string src;
    if (is_file(base + ".py") && read_file(base + ".py", &src))
      return exec_module_source(name, src, base + ".py", false, "");
    if (is_file(base + "/__init__.py") && read_file(base + "/__init__.py", &src))
      return exec_module_source(name, src, base + "/__init__.py", true, base);
  }
  return Ref();
}

// Finds the source of a Python module without running it (for `-m`).
bool find_module_source(const std::string& name, std::string* source, std::string* filename) {
  if (const EmbeddedModule* em = find_embedded(name)) {
    *source = em->source;
    *filename = "<frozen " + name + ">";
    return true;
  }
  Value sys = current_interp()->sys_module;
  Value paths = dict_get_str(static_cast<Module*>(sys.as_obj())->dict, intern("path"));
  if (!isinstance_of(paths, &ListType)) return false;
  std::string rel = name;
  for (char& c : rel)
    if (c == '.') c = '/';
  List* l = as_list(paths);
  for (int64_t i = 0; i < l->size; i++) {
    if (!is_str(l->items[i])) continue;
    std::string dir(str_view(l->items[i]));
    std::string base = dir.empty() ? rel : dir + "/" + rel;
    for (std::string cand : {base + ".py", base + "/__main__.py"})
      if (is_file(cand) && read_file(cand, source)) {
        *filename = cand;
        return true;
      }
  }
  return false;
}

[[noreturn]] static void not_found(const std::string& name) {
  Ref msg = str_new("No module named '" + name + "'");
  Ref n = str_new(name);
  Ref kwn = tuple_from({Value::object(intern("name"))});
  Value args[2] = {msg.get(), n.get()};
  Ref e = call(Value::object(ModuleNotFoundError_), args, 1, as_tuple(kwn.get()));
  throw PyError(e.release().as_obj());
}

// Imports a fully qualified name, importing each parent package first.
Ref import_module(std::string_view full) {
  Interpreter* interp = current_interp();
  Ref key = str_new(full);
  Value existing = dict_get(interp->modules, key.get());
  if (!existing.is_null()) {
    if (existing.is_none()) not_found(std::string(full));
    return Ref::borrow(existing);
  }
  std::string name(full);
  Ref parent;
  size_t dot = name.rfind('.');
  if (dot != std::string::npos) {
    parent = import_module(std::string_view(name).substr(0, dot));
    existing = dict_get(interp->modules, key.get());
    if (!existing.is_null()) return Ref::borrow(existing);
  }
  Ref m = load_module(name, parent ? parent.get() : Value::null());
  if (!m) not_found(name);
  if (parent) {
    Ref leaf = str_new(name.substr(dot + 1));
    setattr(parent.get(), intern(as_str(leaf.get())), m.get());
  }
  return m;
}

static std::string resolve_relative(std::string_view name, int level, Value globals) {
  if (level == 0) return std::string(name);
  if (!isinstance_of(globals, &DictType)) raise(ImportError_, "attempted relative import with no known parent package");
  Dict* g = as_dict(globals);
  Value pkg = dict_get_str(g, intern("__package__"));
  std::string package;
  if (is_str(pkg)) {
    package = std::string(str_view(pkg));
  } else {
    Value n = dict_get_str(g, intern("__name__"));
    if (is_str(n)) {
      package = std::string(str_view(n));
      if (dict_get_str(g, intern("__path__")).is_null()) {
        size_t d = package.rfind('.');
        package = d == std::string::npos ? "" : package.substr(0, d);
      }
    }
  }
  if (package.empty()) raise(ImportError_, "attempted relative import with no known parent package");
  for (int i = 1; i < level; i++) {
    size_t d = package.rfind('.');
    if (d == std::string::npos) raise(ImportError_, "attempted relative import beyond top-level package");
    package = package.substr(0, d);
  }
  return name.empty() ? package : package + "." + std::string(name);
}

Ref import_name(std::string_view name, Value fromlist, int level, Value globals) {
  std::string full = resolve_relative(name, level, globals);
  Ref m = import_module(full);
  bool has_fromlist = !fromlist.is_null() && !fromlist.is_none() && truthy(fromlist);
  if (has_fromlist) {
    // `from pkg import sub`: import submodules that are not attributes yet.
    if (Ref path = getattr_opt(m.get(), intern("__path__"))) {
      for_each(fromlist, [&](Value item) {
        if (!is_str(item) || str_view(item) == "*") return;
        if (!getattr_opt(m.get(), intern(as_str(item)))) {
          try {
            import_module(full + "." + std::string(str_view(item)));
          } catch (PyError& e) {
            if (!e.matches(ModuleNotFoundError_)) throw;
          }
        }
      });
    }
    return m;
  }
  if (level > 0 || full.find('.') == std::string::npos) {
    if (level > 0 && name.empty()) return m;
    if (level > 0) {
      // `from . import x` is handled above; `import .x` is not valid syntax.
      return m;
    }
    return m;
  }
  return import_module(full.substr(0, full.find('.')));
}

Ref import_from(Value module, Str* name) {
  Ref v = getattr_opt(module, name);
  if (v) return v;
  Ref mname = getattr_opt(module, intern("__name__"));
  if (mname && is_str(mname.get())) {
    std::string full = std::string(str_view(mname.get())) + "." + std::string(name->view());
    Value sub = dict_get(current_interp()->modules, str_new(full).get());
    if (!sub.is_null()) return Ref::borrow(sub);
  }
  std::string mn = mname && is_str(mname.get()) ? std::string(str_view(mname.get())) : "<unknown module name>";
  Ref file = getattr_opt(module, intern("__file__"));
  std::string where = file && is_str(file.get()) ? " (" + std::string(str_view(file.get())) + ")" : " (unknown location)";
  raise(ImportError_, "cannot import name '" + std::string(name->view()) + "' from '" + mn + "'" + where);
}

void import_star(Value module, Dict* into) {
  Ref all = getattr_opt(module, intern("__all__"));
  if (all) {
    for_each(all.get(), [&](Value n) {
      if (!is_str(n)) type_error("Item in " + std::string("__all__") + " must be str, not " + type_name(n));
      Ref v = getattr(module, intern(as_str(n)));
      dict_set(into, n, v.get());
    });
    return;
  }
  Ref d = getattr(module, intern("__dict__"));
  Ref items = list_from_iterable(d.get());
  List* l = as_list(items.get());
  for (int64_t i = 0; i < l->size; i++) {
    Value k = l->items[i];
    if (is_str(k) && !str_view(k).empty() && str_view(k)[0] != '_') dict_set(into, k, getitem(d.get(), k).get());
  }
}

}  // namespace gilpy
