// module.cpp — module objects, the registry of built-in modules, and
// argument parsing for native functions.
#include <map>
#include <string>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

Type ModuleType;

// ------------------------------------------------------------------ modules
Ref module_new(std::string_view name) {
  Module* m = alloc_object<Module>(&ModuleType);
  m->dict = as_dict(dict_new().release());
  Ref n = str_new(name);
  dict_set_str(m->dict, "__name__", n.get());
  dict_set_str(m->dict, "__doc__", Value::none());
  dict_set_str(m->dict, "__package__", Value::none());
  return Ref::steal(m);
}

void module_add(Value module, std::string_view name, Value v) {
  dict_set_str(static_cast<Module*>(module.as_obj())->dict, name, v);
}

void module_add_functions(Value module, const MethodDef* defs) {
  Ref modname = Ref::borrow(dict_get_str(static_cast<Module*>(module.as_obj())->dict, intern("__name__")));
  for (const MethodDef* d = defs; d->name; d++) {
    // Module functions are bound to nothing: `self` is null.
    Ref f = make_builtin(d->name, d->fn, Value::null(), d->flags);
    static_cast<BuiltinFunction*>(f.obj())->module = modname.get();
    incref(modname.get());
    module_add(module, d->name, f.get());
  }
}

Value module_dict(Value module) { return Value::object(static_cast<Module*>(module.as_obj())->dict); }

static void module_dealloc(Object* o) { decref(static_cast<Module*>(o)->dict); }

static Ref module_getattr(Value self, Str* name) {
  Module* m = static_cast<Module*>(self.as_obj());
  Value v = dict_get_str(m->dict, name);
  if (!v.is_null()) return Ref::borrow(v);
  extern Ref generic_getattr(Value, Str*);
  Ref r = generic_getattr(self, name);
  if (r) return r;
  Value ga = dict_get_str(m->dict, intern("__getattr__"));
  if (!ga.is_null()) return call(ga, {Value::object(name)});
  return Ref();
}

static void module_setattr(Value self, Str* name, Value v) {
  Module* m = static_cast<Module*>(self.as_obj());
  if (v.is_null()) {
    if (!dict_del(m->dict, Value::object(name))) attribute_error(self, name);
  } else {
    dict_set(m->dict, Value::object(name), v);
  }
}

static Ref module_repr(Value self) {
  Module* m = static_cast<Module*>(self.as_obj());
  Value n = dict_get_str(m->dict, intern("__name__"));
  Value f = dict_get_str(m->dict, intern("__file__"));
  std::string name = is_str(n) ? std::string(str_view(n)) : "?";
  if (is_str(f)) return str_new("<module '" + name + "' from '" + std::string(str_view(f)) + "'>");
  return str_new("<module '" + name + "' (built-in)>");
}

static Ref module_new_slot(Type*, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("module", args, nargs, kw, {"name", "doc"}, 1, a);
  if (!is_str(a[0])) type_error("module.__init__() argument 'name' must be str");
  Ref m = module_new(str_view(a[0]));
  if (!a[1].is_null()) module_add(m.get(), "__doc__", a[1]);
  return m;
}

static Ref get_mdict(Value self) { return Ref::borrow(static_cast<Module*>(self.as_obj())->dict); }
static const GetSetDef module_getsets[] = {{"__dict__", get_mdict}, {nullptr, nullptr}};

void init_module_type() {
  ModuleType.name = "module";
  ModuleType.basic_size = sizeof(Module);
  ModuleType.dealloc = module_dealloc;
  ModuleType.getattr = module_getattr;
  ModuleType.setattr = module_setattr;
  ModuleType.repr = module_repr;
  ModuleType.new_ = module_new_slot;
  type_ready(&ModuleType, nullptr, module_getsets);
}

// Built-in modules: a name -> initialiser map, filled by static registration
// objects before main() runs (GILPY_MODULE in each module's file).
std::map<std::string, ModuleInit>& builtin_module_table() {
  static std::map<std::string, ModuleInit> table;
  return table;
}

BuiltinModuleReg::BuiltinModuleReg(const char* name, ModuleInit init) { builtin_module_table()[name] = init; }

// ---------------------------------------------------------- argument parsing
void check_nargs(const char* fname, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  if (kwnames && kwnames->size) type_error(std::string(fname) + "() takes no keyword arguments");
  if (nargs >= min && nargs <= max) return;
  std::string f = fname;
  if (min == max) {
    if (min == 0) type_error(f + "() takes no arguments (" + std::to_string(nargs) + " given)");
    if (min == 1) type_error(f + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
    type_error(f + " expected " + std::to_string(min) + " arguments, got " + std::to_string(nargs));
  }
  if (nargs < min) type_error(f + " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") + ", got " + std::to_string(nargs));
  type_error(f + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") + ", got " + std::to_string(nargs));
}

void parse_args(const char* fname, const Value* args, size_t nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, size_t nrequired, Value* out, size_t npositional_only) {
  size_t n = names.size();
  for (size_t i = 0; i < n; i++) out[i] = Value::null();
  if (nargs > n)
    type_error(std::string(fname) + "() takes at most " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + " (" +
               std::to_string(nargs) + " given)");
  for (size_t i = 0; i < nargs; i++) out[i] = args[i];
  if (kwnames) {
    for (int64_t k = 0; k < kwnames->size; k++) {
      std::string_view kn = str_view(kwnames->items[k]);
      size_t idx = n;
      size_t i = 0;
      for (const char* nm : names) {
        if (kn == nm) { idx = i; break; }
        i++;
      }
      if (idx == n || idx < npositional_only)
        type_error(std::string("'") + std::string(kn) + "' is an invalid keyword argument for " + fname + "()");
      if (!out[idx].is_null())
        type_error(std::string("argument for ") + fname + "() given by name ('" + std::string(kn) +
                   "') and position (" + std::to_string(idx + 1) + ")");
      out[idx] = args[nargs + k];
    }
  }
  size_t i = 0;
  for (const char* nm : names) {
    if (i >= nrequired) break;
    if (out[i].is_null())
      type_error(std::string(fname) + "() missing required argument '" + nm + "' (pos " + std::to_string(i + 1) + ")");
    i++;
  }
}

}  // namespace gilpy
