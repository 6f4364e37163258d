// pickle_module.cpp — the `pickle` module: dumps/loads/dump/load, the
// Pickler and Unpickler classes (subclassable: persistent_id,
// persistent_load and find_class may be overridden), and the exceptions.
//
// The classes and exceptions say they come from `_pickle`, as CPython's C
// accelerator does, so reprs and tracebacks read the same.
#include <algorithm>
#include <string>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/array.hpp"
#include "stdlib/pickle.hpp"

namespace gilpy {
namespace pickle {

Type *PickleError_, *PicklingError_, *UnpicklingError_;

static Type* make_exc_class(const char* name, Type* base) {
  Ref ns = dict_new();
  dict_set_str(as_dict(ns.get()), "__module__", str_new("_pickle").get());
  Ref bases = tuple_from({Value::object(base)});
  Ref t = type_new_class(&TypeType, intern(name), bases.get(), as_dict(ns.get()));
  make_immortal(t.obj());   // shared by every interpreter, like the built-in classes
  return static_cast<Type*>(t.release().as_obj());
}

void init_exception_classes() {
  PickleError_ = make_exc_class("PickleError", Exception_);
  PicklingError_ = make_exc_class("PicklingError", PickleError_);
  UnpicklingError_ = make_exc_class("UnpicklingError", PickleError_);
}

}  // namespace pickle

using namespace pickle;

namespace {

Type PicklerType, UnpicklerType;

// ------------------------------------------------------------- arguments
int parse_protocol(Value v) {
  if (v.is_null() || v.is_none()) return kDefaultProtocol;
  int64_t p = index_value(v);
  if (p < 0) return kHighestProtocol;
  if (p > kHighestProtocol) value_error("pickle protocol must be <= " + std::to_string(kHighestProtocol));
  return int(p);
}

// Out-of-band buffers exist only for PickleBuffer objects, which gilpy does
// not have: a callback is accepted (and never called) at protocol 5.
void check_buffer_callback(Value cb, int protocol) {
  if (!cb.is_null() && !cb.is_none() && protocol < 5) value_error("buffer_callback needs protocol >= 5");
}

void check_positional(const char* fname, size_t nargs, size_t max) {
  if (nargs > max)
    type_error(std::string(fname) + "() takes at most " + std::to_string(max) + " positional argument" +
               (max == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
}

std::string_view bytes_arg(Value v) {
  ArrayView av;
  if (array_get_view(v, &av)) return {static_cast<const char*>(av.data), size_t(av.length) * size_t(av.itemsize)};
  if (!is_bytes_like(v)) type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  return as_bytes(v)->view();
}

Ref dump_bytes(Value obj, int protocol, Value pers, Memo* memo) {
  Writer w;
  Memo local;
  DumpOptions opt;
  opt.protocol = protocol;
  opt.persistent_id = pers;
  dump_to(w, memo ? *memo : local, obj, opt);
  return bytes_new(std::string_view(w.data(), w.size()));
}

Ref write_method(Value file) {
  Ref w = getattr_opt(file, intern("write"));
  if (!w) type_error("file must have a 'write' attribute");
  return w;
}

void check_readable(Value file) {
  if (!hasattr(file, intern("read")) || !hasattr(file, intern("readline")))
    type_error("file must have 'read' and 'readline' attributes");
}

// Reads exactly one pickle from a file object: the header, then its body.
Ref load_file(Value file, std::vector<Value>& memo, const LoadOptions& opt) {
  Ref read = getattr(file, intern("read"));
  Ref hsize = int_from_i64(int64_t(kHeaderSize));
  Ref head = call(read.get(), {hsize.get()});
  std::string_view h = bytes_arg(head.get());
  if (h.empty()) raise(EOFError_, "Ran out of input");
  if (uint8_t(h[0]) != kMagic0 || h.size() < kHeaderSize) {
    std::string whole(h);   // let load_from word the error
    return load_from(whole, memo, opt);
  }
  uint64_t n = parse_header(h.data());
  if (n > uint64_t(INT64_MAX)) unpickling_error("pickle data was truncated");
  Ref nb = int_from_u64(n);
  Ref body = call(read.get(), {nb.get()});
  std::string_view b = bytes_arg(body.get());
  if (b.size() < n) unpickling_error("pickle data was truncated");
  std::string copy;
  if (type_of(body.get()) != &BytesType) {   // mutable: copy (see m_loads)
    copy.assign(b.substr(0, size_t(n)));
    b = copy;
  }
  return load_body(b.substr(0, size_t(n)), memo, opt);
}

// ---------------------------------------------------------- module functions
Ref m_dumps(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("dumps", nargs, 2);
  Value a[4];
  parse_args("dumps", args, nargs, kw, {"obj", "protocol", "fix_imports", "buffer_callback"}, 1, a);
  int protocol = parse_protocol(a[1]);
  check_buffer_callback(a[3], protocol);
  return dump_bytes(a[0], protocol, Value::null(), nullptr);
}

Ref m_dump(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("dump", nargs, 3);
  Value a[5];
  parse_args("dump", args, nargs, kw, {"obj", "file", "protocol", "fix_imports", "buffer_callback"}, 2, a);
  int protocol = parse_protocol(a[2]);
  check_buffer_callback(a[4], protocol);
  Ref write = write_method(a[1]);
  Ref data = dump_bytes(a[0], protocol, Value::null(), nullptr);
  call(write.get(), {data.get()});
  return Ref::none();
}

Ref m_loads(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("loads", nargs, 1);
  Value a[5];
  parse_args("loads", args, nargs, kw, {"data", "fix_imports", "encoding", "errors", "buffers"}, 1, a, 1);
  std::string_view data = bytes_arg(a[0]);
  Ref keep = Ref::borrow(a[0]);
  // A mutable buffer could be resized by Python code the load runs: copy it.
  std::string copy;
  if (type_of(a[0]) != &BytesType) {
    copy.assign(data);
    data = copy;
  }
  std::vector<Value> memo;
  LoadOptions opt;
  try {
    Ref r = load_from(data, memo, opt);
    memo_clear(memo);
    return r;
  } catch (...) {
    memo_clear(memo);
    throw;
  }
}

Ref m_load(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("load", nargs, 1);
  Value a[5];
  parse_args("load", args, nargs, kw, {"file", "fix_imports", "encoding", "errors", "buffers"}, 1, a);
  check_readable(a[0]);
  std::vector<Value> memo;
  LoadOptions opt;
  try {
    Ref r = load_file(a[0], memo, opt);
    memo_clear(memo);
    return r;
  } catch (...) {
    memo_clear(memo);
    throw;
  }
}

// ------------------------------------------------------------------ Pickler
// The memo lives as long as the Pickler, as CPython's: dump() twice writes
// references to what the first dump already sent (clear_memo() forgets).
struct PicklerObj : Object {
  Value write;      // owned bound write method, null before __init__
  int protocol;
  Memo* memo;
};

PicklerObj* P(Value v) { return static_cast<PicklerObj*>(v.as_obj()); }

Ref pickler_new(Type* t, const Value*, size_t, Tuple*) {
  PicklerObj* p = alloc_object<PicklerObj>(t, t->basic_size);
  p->write = Value::null();
  p->protocol = kDefaultProtocol;
  p->memo = new Memo();
  return Ref::steal(p);
}

void pickler_dealloc(Object* o) {
  PicklerObj* p = static_cast<PicklerObj*>(o);
  xdecref(p->write);
  delete p->memo;
  p->memo = nullptr;
}

void pickler_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  parse_args("Pickler", args, nargs, kw, {"file", "protocol", "fix_imports", "buffer_callback"}, 1, a);
  int protocol = parse_protocol(a[1]);
  check_buffer_callback(a[3], protocol);
  Ref w = write_method(a[0]);
  PicklerObj* p = P(self);
  xdecref(p->write);
  p->write = w.release();
  p->protocol = protocol;
  p->memo->clear();
}

Ref pickler_dump(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("dump", nargs, kw, 1, 1);
  PicklerObj* p = P(self);
  if (p->write.is_null())
    pickling_error("Pickler.__init__() was not called by " + type_of(self)->name + ".__init__()");
  Ref pers = getattr_opt(self, intern("persistent_id"));   // a subclass's method, or an attribute
  Ref data = dump_bytes(args[0], p->protocol, pers ? pers.get() : Value::null(), p->memo);
  call(p->write, {data.get()});
  return Ref::none();
}

Ref pickler_clear_memo(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("clear_memo", nargs, kw, 0, 0);
  P(self)->memo->clear();
  return Ref::none();
}

const MethodDef pickler_methods[] = {
    {"dump", pickler_dump, kMethPlain, "Write a pickled representation of the given object to the open file."},
    {"clear_memo", pickler_clear_memo, kMethPlain, "Clears the pickler's \"memo\"."},
    {nullptr, nullptr},
};

Ref get_protocol(Value self) { return int_from_i64(P(self)->protocol); }
const GetSetDef pickler_getsets[] = {{"protocol", get_protocol}, {nullptr, nullptr}};

// ---------------------------------------------------------------- Unpickler
struct UnpicklerObj : Object {
  Value file;                 // owned, null before __init__
  std::vector<Value>* memo;   // owned values; persists across load() calls
};

UnpicklerObj* U(Value v) { return static_cast<UnpicklerObj*>(v.as_obj()); }

Ref unpickler_new(Type* t, const Value*, size_t, Tuple*) {
  UnpicklerObj* u = alloc_object<UnpicklerObj>(t, t->basic_size);
  u->file = Value::null();
  u->memo = new std::vector<Value>();
  return Ref::steal(u);
}

void unpickler_dealloc(Object* o) {
  UnpicklerObj* u = static_cast<UnpicklerObj*>(o);
  xdecref(u->file);
  if (u->memo) memo_clear(*u->memo);
  delete u->memo;
  u->memo = nullptr;
}

void unpickler_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("Unpickler", nargs, 1);
  Value a[5];
  parse_args("Unpickler", args, nargs, kw, {"file", "fix_imports", "encoding", "errors", "buffers"}, 1, a);
  check_readable(a[0]);
  UnpicklerObj* u = U(self);
  incref(a[0]);
  xdecref(u->file);
  u->file = a[0];
  memo_clear(*u->memo);
}

Ref unpickler_find_class(Value self, const Value* args, size_t nargs, Tuple* kw);

Ref unpickler_load(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("load", nargs, kw, 0, 0);
  UnpicklerObj* u = U(self);
  if (u->file.is_null())
    unpickling_error("Unpickler.__init__() was not called by " + type_of(self)->name + ".__init__()");
  Ref file = Ref::borrow(u->file);
  Ref pload = getattr_opt(self, intern("persistent_load"));
  // find_class is called only when a subclass replaces ours (the common case
  // stays a direct lookup).
  static Value base_find = dict_get_cstr(UnpicklerType.dict, "find_class");
  Ref fc;
  if (type_lookup(type_of(self), intern("find_class")) != base_find) fc = getattr(self, intern("find_class"));
  LoadOptions opt;
  opt.persistent_load = pload ? pload.get() : Value::null();
  opt.find_class = fc ? fc.get() : Value::null();
  return load_file(file.get(), *u->memo, opt);
}

Ref unpickler_find_class(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("find_class", nargs, kw, 2, 2);
  if (!is_str(args[0]) || !is_str(args[1])) type_error("module and name must be str");
  int err;
  Ref obj = lookup_global(args[0], args[1], &err);
  if (err == 1) import_module(str_view(args[0]));
  if (!obj) {
    Ref mod = import_module(str_view(args[0]));
    raise(AttributeError_, "Can't get attribute " + repr_utf8(args[1]) + " on " + repr_utf8(mod.get()));
  }
  return obj;
}

const MethodDef unpickler_methods[] = {
    {"load", unpickler_load, kMethPlain, "Load a pickle."},
    {"find_class", unpickler_find_class, kMethPlain, "Return an object from a specified module."},
    {nullptr, nullptr},
};

// Instances get an attribute dict (after the fixed fields): persistent_id /
// persistent_load may be set on an instance, as CPython allows.
void setup(Type& t, const char* name, size_t size) {
  t.rc = kImmortal;
  t.type = &TypeType;
  t.name = t.qualname = name;
  t.module = "_pickle";
  t.basic_size = size + sizeof(Dict*);
  t.dict_offset = int64_t(size);
  t.flags |= kTypeBaseType;
  t.base = &ObjectType;
}

void init_pickle_types() {
  init_exception_classes();
  setup(PicklerType, "Pickler", sizeof(PicklerObj));
  PicklerType.new_ = pickler_new;
  PicklerType.init = pickler_init;
  PicklerType.dealloc = pickler_dealloc;
  type_ready(&PicklerType, pickler_methods, pickler_getsets);
  setup(UnpicklerType, "Unpickler", sizeof(UnpicklerObj));
  UnpicklerType.new_ = unpickler_new;
  UnpicklerType.init = unpickler_init;
  UnpicklerType.dealloc = unpickler_dealloc;
  type_ready(&UnpicklerType, unpickler_methods);
}

const MethodDef module_functions[] = {
    {"dumps", m_dumps, kMethPlain, "Return the pickled representation of the object as a bytes object."},
    {"dump", m_dump, kMethPlain, "Write a pickled representation of obj to the open file object file."},
    {"loads", m_loads, kMethPlain, "Read and return an object from the given pickle data."},
    {"load", m_load, kMethPlain, "Read and return an object from the pickle data stored in a file."},
    {nullptr, nullptr},
};

void init_pickle(Value module) {
  static const bool ready = (init_pickle_types(), true);   // once per process
  (void)ready;
  module_add_functions(module, module_functions);
  module_add(module, "Pickler", Value::object(&PicklerType));
  module_add(module, "Unpickler", Value::object(&UnpicklerType));
  module_add(module, "PickleError", Value::object(PickleError_));
  module_add(module, "PicklingError", Value::object(PicklingError_));
  module_add(module, "UnpicklingError", Value::object(UnpicklingError_));
  module_add(module, "HIGHEST_PROTOCOL", Value::small_int(kHighestProtocol));
  module_add(module, "DEFAULT_PROTOCOL", Value::small_int(kDefaultProtocol));
}

// `_pickle` holds the same objects: the classes say they live there, so
// pickling them by reference finds them.
void init_underscore_pickle(Value module) { init_pickle(module); }

}  // namespace

GILPY_MODULE("pickle", init_pickle);
GILPY_MODULE("_pickle", init_underscore_pickle);

}  // namespace gilpy
