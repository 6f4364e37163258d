// typeapi.hpp — how a built-in type or module declares its methods.
//
// A built-in type is a static `Type` with its slots filled in, plus tables of
// methods and attributes that `type_ready` installs into the type's dict at
// start-up. Methods are plain C++ functions with the NativeFn signature.
#pragma once
#include <string>
#include <string_view>

#include "object.hpp"

namespace gilpy {

enum MethodFlags : uint32_t {
  kMethPlain = 0,
  kMethStatic = 1u << 0,   // no self
  kMethClass = 1u << 1,    // self is the class
  kMethNoGil = 1u << 2,    // (later) documents that the function releases the GIL
};

struct MethodDef {
  const char* name;
  NativeFn fn;
  uint32_t flags = kMethPlain;
  const char* doc = nullptr;
};

struct GetSetDef {
  const char* name;
  Ref (*get)(Value self);
  void (*set)(Value self, Value v) = nullptr;   // nullptr: read-only (AttributeError)
};

// Installs methods and getsets into t->dict, computes the MRO, makes the type
// immortal. `methods` / `getsets` are null-terminated arrays (name == nullptr)
// or nullptr. Call once at start-up for every static type.
void type_ready(Type* t, const MethodDef* methods = nullptr, const GetSetDef* getsets = nullptr);

// A built-in function object bound to `self` (may be null Value for none).
Ref make_builtin(const char* name, NativeFn fn, Value self = Value::null(), uint32_t flags = 0);

// ----------------------------------------------------------------- modules
struct Module;
Ref module_new(std::string_view name);
void module_add(Value module, std::string_view name, Value v);          // borrowed v
void module_add_functions(Value module, const MethodDef* defs);          // null-terminated
Value module_dict(Value module);                                          // borrowed Dict

// Built-in modules register themselves by name with a C++ initialiser that
// fills the module object, or with embedded Python source (stdlib/py/*.py).
using ModuleInit = void (*)(Value module);
struct BuiltinModuleReg {
  BuiltinModuleReg(const char* name, ModuleInit init);
};
#define GILPY_MODULE(name, initfn) static ::gilpy::BuiltinModuleReg gilpy_modreg_##initfn(name, initfn)

// ------------------------------------------------------- argument parsing
// Checks the positional count and fills `out` (size = names.size()) from
// positionals then keywords. Entries not given stay null (use defaults).
// `nrequired` leading names are mandatory; `npositional_only` leading names
// may not be passed by keyword. Raises CPython-style TypeErrors:
//   "f() takes at most 2 arguments (3 given)", "f() missing required argument 'x' (pos 1)",
//   "f() got an unexpected keyword argument 'y'".
void parse_args(const char* fname, const Value* args, size_t nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, size_t nrequired, Value* out,
                size_t npositional_only = 0);
// Raise unless nargs is within [min, max] and no keywords were passed.
void check_nargs(const char* fname, size_t nargs, Tuple* kwnames, size_t min, size_t max);

}  // namespace gilpy
