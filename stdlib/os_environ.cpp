// os_environ.cpp — os.environ: a mapping of str to str, filled from the
// process environment at import, whose every write also reaches the
// process (setenv / unsetenv), so child processes and C code see it.
#include <cstdlib>
#include <cstring>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/os_impl.hpp"

extern char** environ;

namespace gilpy {

Type EnvironType;

namespace osimpl {
namespace {

struct EnvironObject : Object {
  Dict* data;   // owned: str -> str
};

Dict* D(Value self) { return static_cast<EnvironObject*>(self.as_obj())->data; }

void check_key(Value v) {
  if (!is_str(v)) type_error("str expected, not " + type_name(v));
}

void env_set(Value self, Value key, Value value) {
  std::string k = env_str_arg(key), v = env_str_arg(value);
  if (k.empty() || k.find('=') != std::string::npos) value_error("illegal environment variable name");
  if (::setenv(k.c_str(), v.c_str(), 1) != 0) raise_from_errno(errno);
  dict_set(D(self), key, value);
}

void env_del(Value self, Value key) {
  std::string k = env_str_arg(key);
  ::unsetenv(k.c_str());
  if (!dict_del(D(self), key)) key_error(key);
}

// ------------------------------------------------------------------ slots
void environ_dealloc(Object* o) { decref(static_cast<EnvironObject*>(o)->data); }

Ref environ_getitem(Value self, Value key) {
  check_key(key);
  Value v = dict_get(D(self), key);
  if (v.is_null()) key_error(key);
  return Ref::borrow(v);
}

void environ_setitem(Value self, Value key, Value v) {
  if (v.is_null()) env_del(self, key);
  else env_set(self, key, v);
}

int environ_contains(Value self, Value key) {
  check_key(key);
  return !dict_get(D(self), key).is_null();
}

int64_t environ_len(Value self) { return D(self)->used; }

Ref environ_iter(Value self) { return get_iter(Value::object(D(self))); }

Ref environ_repr(Value self) { return str_new("environ(" + repr_utf8(Value::object(D(self))) + ")"); }

Ref environ_richcmp(Value a, Value b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Ref::borrow(not_implemented());
  Value other = type_of(b) == &EnvironType ? Value::object(D(b)) : b;
  if (!isinstance_of(other, &DictType)) return Ref::borrow(not_implemented());
  bool eq = equals(Value::object(D(a)), other);
  return Ref::boolean(op == CmpOp::Eq ? eq : !eq);
}

// ---------------------------------------------------------------- methods
#define ENV_METHOD(fn) \
  Ref fn([[maybe_unused]] Value self, [[maybe_unused]] const Value* args, size_t nargs, [[maybe_unused]] Tuple* kw)

ENV_METHOD(env_get) {
  check_nargs("get", nargs, kw, 1, 2);
  check_key(args[0]);
  Value v = dict_get(D(self), args[0]);
  if (!v.is_null()) return Ref::borrow(v);
  return Ref::borrow(nargs > 1 ? args[1] : Value::none());
}

ENV_METHOD(env_pop) {
  check_nargs("pop", nargs, kw, 1, 2);
  check_key(args[0]);
  Value v = dict_get(D(self), args[0]);
  if (v.is_null()) {
    if (nargs > 1) return Ref::borrow(args[1]);
    key_error(args[0]);
  }
  Ref r = Ref::borrow(v);
  env_del(self, args[0]);
  return r;
}

ENV_METHOD(env_setdefault) {
  check_nargs("setdefault", nargs, kw, 1, 2);
  check_key(args[0]);
  Value v = dict_get(D(self), args[0]);
  if (!v.is_null()) return Ref::borrow(v);
  Value dflt = nargs > 1 ? args[1] : Value::none();
  env_set(self, args[0], dflt);
  return Ref::borrow(dflt);
}

ENV_METHOD(env_update) {
  if (nargs > 1) type_error("update expected at most 1 argument, got " + std::to_string(nargs));
  if (nargs == 1) {
    // Copy first: a mapping or an iterable of pairs, as dict.update takes.
    Ref tmp = dict_new();
    dict_update(as_dict(tmp.get()), args[0]);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(as_dict(tmp.get()), &pos, &k, &v)) env_set(self, k, v);
  }
  if (kw)
    for (int64_t i = 0; i < kw->size; i++) env_set(self, kw->items[i], args[nargs + size_t(i)]);
  return Ref::none();
}

ENV_METHOD(env_clear) {
  check_nargs("clear", nargs, kw, 0, 0);
  Ref keys = list_from_iterable(Value::object(D(self)));
  List* l = as_list(keys.get());
  for (int64_t i = 0; i < l->size; i++) env_del(self, l->items[i]);
  return Ref::none();
}

ENV_METHOD(env_copy) {
  check_nargs("copy", nargs, kw, 0, 0);
  return dict_copy(D(self));
}

ENV_METHOD(env_keys) {
  check_nargs("keys", nargs, kw, 0, 0);
  return call_method(Value::object(D(self)), "keys", {});
}

ENV_METHOD(env_values) {
  check_nargs("values", nargs, kw, 0, 0);
  return call_method(Value::object(D(self)), "values", {});
}

ENV_METHOD(env_items) {
  check_nargs("items", nargs, kw, 0, 0);
  return call_method(Value::object(D(self)), "items", {});
}

const MethodDef environ_methods[] = {
    {"get", env_get},     {"pop", env_pop},       {"setdefault", env_setdefault},
    {"update", env_update}, {"clear", env_clear}, {"copy", env_copy},
    {"keys", env_keys},   {"values", env_values}, {"items", env_items},
    {nullptr, nullptr},
};

}  // namespace

std::string env_str_arg(Value v) {
  check_key(v);
  std::string_view s = str_view(v);
  std::string out = as_str(v)->ascii ? std::string(s) : str_encode(s, "utf-8", "surrogateescape");
  if (std::memchr(out.data(), '\0', out.size())) value_error("embedded null byte");
  return out;
}

Ref environ_new() {
  EnvironObject* e = alloc_object<EnvironObject>(&EnvironType);
  Ref r = Ref::steal(e);
  e->data = as_dict(dict_new().release());
  for (char** p = ::environ; p && *p; p++) {
    const char* eq = std::strchr(*p, '=');
    if (!eq || eq == *p) continue;
    Ref k = str_decode(std::string_view(*p, size_t(eq - *p)), "utf-8", "surrogateescape");
    Ref v = str_decode(eq + 1, "utf-8", "surrogateescape");
    dict_set(e->data, k.get(), v.get());
  }
  return r;
}

void init_environ_type() {
  EnvironType.name = "_Environ";
  EnvironType.module = "os";
  EnvironType.basic_size = sizeof(EnvironObject);
  EnvironType.dealloc = environ_dealloc;
  EnvironType.getitem = environ_getitem;
  EnvironType.setitem = environ_setitem;
  EnvironType.contains = environ_contains;
  EnvironType.len = environ_len;
  EnvironType.iter = environ_iter;
  EnvironType.repr = environ_repr;
  EnvironType.richcmp = environ_richcmp;
  type_ready(&EnvironType, environ_methods);
}

}  // namespace osimpl
}  // namespace gilpy
