// builtins.cpp — the `builtins` module: functions, and the names of the
// built-in types and exceptions.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>

#include "interp/compiler.hpp"
#include "interp/vm.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/io.hpp"

namespace gilpy {

extern std::vector<Type*> g_exception_types;
Ref super_new_for(Type* start, Value obj);
Ref builtin_build_class(Value, const Value* args, size_t nargs, Tuple* kw);   // class_build.cpp

static Value sys_attr(const char* name) {
  Value sys = current_interp()->sys_module;
  return dict_get_str(static_cast<Module*>(sys.as_obj())->dict, intern(name));
}

// ------------------------------------------------------------------- print
static Ref b_print(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value sep = Value::none(), end = Value::none(), file = Value::none(), flush = Value::false_();
  if (kw)
    for (int64_t i = 0; i < kw->size; i++) {
      std::string_view k = str_view(kw->items[i]);
      Value v = args[nargs + size_t(i)];
      if (k == "sep") sep = v;
      else if (k == "end") end = v;
      else if (k == "file") file = v;
      else if (k == "flush") flush = v;
      else type_error("'" + std::string(k) + "' is an invalid keyword argument for print()");
    }
  if (!sep.is_none() && !is_str(sep)) type_error("sep must be None or a string, not " + type_name(sep));
  if (!end.is_none() && !is_str(end)) type_error("end must be None or a string, not " + type_name(end));
  if (file.is_none()) {
    file = sys_attr("stdout");
    if (file.is_null() || file.is_none()) return Ref::none();
  }
  std::string_view sep_s = sep.is_none() ? std::string_view(" ") : str_view(sep);
  std::string_view end_s = end.is_none() ? std::string_view("\n") : str_view(end);
  if (is_file_object(file)) {
    // Our own files: one write of the whole line.
    std::string out;
    for (size_t i = 0; i < nargs; i++) {
      if (i) out += sep_s;
      Value a = args[i];
      if (type_of(a) == &StrType) out += str_view(a);
      else out += str_view(str_of(a).get());
    }
    out += end_s;
    stream_write(file, out);
  } else {
    // Any other object with write(): one call per piece, as CPython does.
    for (size_t i = 0; i < nargs; i++) {
      if (i) stream_write(file, sep_s);
      Ref s = str_of(args[i]);
      stream_write(file, str_view(s.get()));
    }
    stream_write(file, end_s);
  }
  if (truthy(flush)) call_method(file, "flush", {});
  return Ref::none();
}

// ------------------------------------------------------------ simple builtins
static Ref b_len(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("len", n, kw, 1, 1);
  return int_from_i64(length(a[0]));
}

static Ref b_repr(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("repr", n, kw, 1, 1);
  return repr(a[0]);
}

static Ref b_ascii(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("ascii", n, kw, 1, 1);
  return ascii_of(a[0]);
}

static Ref b_abs(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("abs", n, kw, 1, 1);
  Value v = a[0];
  if (v.is_small_int()) return int_from_i64(std::abs(v.as_small_int()));
  if (v.is_float()) return Ref::steal(Value::from_double(std::fabs(v.as_double())));
  return unary_op(3, v);
}

static Ref b_id(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("id", n, kw, 1, 1);
  Value v = a[0];
  if (v.is_obj()) return int_from_u64(reinterpret_cast<uint64_t>(v.as_obj()));
  // Immediates have no address; their bits are a stable identity.
  return int_from_u64(v.bits() >> 1);
}

static Ref b_hash(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("hash", n, kw, 1, 1);
  return int_from_i64(hash(a[0]));
}

static Ref b_callable(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("callable", n, kw, 1, 1);
  return Ref::boolean(is_callable(a[0]));
}

static Str* attr_name(Value v, const char* fn) {
  (void)fn;
  if (!is_str(v)) type_error("attribute name must be string, not '" + type_name(v) + "'");
  return intern(as_str(v));
}

static Ref b_getattr(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("getattr", n, kw, 2, 3);
  Str* name = attr_name(a[1], "getattr");
  if (n == 3) {
    Ref r = getattr_opt(a[0], name);
    return r ? std::move(r) : Ref::borrow(a[2]);
  }
  return getattr(a[0], name);
}

static Ref b_setattr(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("setattr", n, kw, 3, 3);
  setattr(a[0], attr_name(a[1], "setattr"), a[2]);
  return Ref::none();
}

static Ref b_delattr(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("delattr", n, kw, 2, 2);
  delattr(a[0], attr_name(a[1], "delattr"));
  return Ref::none();
}

static Ref b_hasattr(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("hasattr", n, kw, 2, 2);
  return Ref::boolean(hasattr(a[0], attr_name(a[1], "hasattr")));
}

// ------------------------------------------------- isinstance, issubclass
// As CPython's PyObject_IsInstance/IsSubclass: an exact match, then (when
// type(cls) is exactly `type`) the plain subtype test without any lookup;
// tuples recursively; otherwise the metaclass's __instancecheck__ /
// __subclasscheck__ (abc.ABCMeta, typing's protocols, types.UnionType).
extern Type UnionTypeType;
Tuple* union_type_args(Value v);   // runtime/union_type.cpp
static Str* s_instancecheck;
static Str* s_subclasscheck;
static Str* s_class;

// The hook type(cls) defines, or null when it is type's own (which is the
// plain test itself).
static Value class_check_hook(Type* meta, Str* name) {
  Value hook = type_lookup(meta, name);
  if (!hook.is_null() && hook == dict_get_str(TypeType.dict, name)) return Value::null();
  return hook;
}

static bool call_check_hook(Value hook, Value cls, Value arg) {
  Type* ht = type_of(hook);
  Ref r;
  if (ht == &FunctionType) {
    r = call(hook, {cls, arg});
  } else if (ht->descr_get) {
    Ref bound = ht->descr_get(hook, cls, Value::object(type_of(cls)));
    r = call(bound.get(), {arg});
  } else {
    r = call(hook, {arg});
  }
  return truthy(r.get());
}

// isinstance with a class: the type test, then obj.__class__ if the object's
// class can make that differ from its type (a property, __getattribute__).
static bool real_isinstance(Value obj, Type* cls) {
  Type* ot = type_of(obj);
  if (ot == cls || is_subtype(ot, cls)) return true;
  if (!(ot->flags & kTypeHeap)) return false;
  static Value default_class = dict_get_str(ObjectType.dict, s_class);
  if (type_lookup(ot, s_class) == default_class && ot->getattr == ObjectType.getattr) return false;
  Ref c = getattr_opt(obj, s_class);
  return c && c.get() != Value::object(ot) && isinstance_of(c.get(), &TypeType) &&
         is_subtype(static_cast<Type*>(c.obj()), cls);
}

static void enter_check(int depth, const char* where) {
  if (depth > current_interp()->recursion_limit)
    raise(RecursionError_, std::string("maximum recursion depth exceeded ") + where);
}

static bool isinstance_check(Value obj, Value cls, int depth = 0) {
  if (Value::object(type_of(obj)) == cls) return true;
  Type* meta = type_of(cls);
  if (meta == &TypeType) return real_isinstance(obj, static_cast<Type*>(cls.as_obj()));
  if (meta == &UnionTypeType) return isinstance_check(obj, Value::object(union_type_args(cls)), depth);
  if (meta == &TupleType || is_subtype(meta, &TupleType)) {
    enter_check(depth, "in __instancecheck__");
    Tuple* t = as_tuple(cls);
    for (int64_t i = 0; i < t->size; i++)
      if (isinstance_check(obj, t->items[i], depth + 1)) return true;
    return false;
  }
  Value hook = class_check_hook(meta, s_instancecheck);
  if (!hook.is_null()) return call_check_hook(hook, cls, obj);
  if (!isinstance_of(cls, &TypeType))
    type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
  return real_isinstance(obj, static_cast<Type*>(cls.as_obj()));
}

static Ref b_isinstance(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("isinstance", n, kw, 2, 2);
  return Ref::boolean(isinstance_check(a[0], a[1]));
}

static bool real_issubclass(Value sub, Value cls) {
  if (!isinstance_of(sub, &TypeType)) type_error("issubclass() arg 1 must be a class");
  if (!isinstance_of(cls, &TypeType))
    type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return is_subtype(static_cast<Type*>(sub.as_obj()), static_cast<Type*>(cls.as_obj()));
}

static bool issubclass_check(Value sub, Value cls, int depth = 0) {
  Type* meta = type_of(cls);
  if (meta == &TypeType) return sub == cls || real_issubclass(sub, cls);
  if (meta == &UnionTypeType) return issubclass_check(sub, Value::object(union_type_args(cls)), depth);
  if (meta == &TupleType || is_subtype(meta, &TupleType)) {
    enter_check(depth, "in __subclasscheck__");
    Tuple* t = as_tuple(cls);
    for (int64_t i = 0; i < t->size; i++)
      if (issubclass_check(sub, t->items[i], depth + 1)) return true;
    return false;
  }
  Value hook = class_check_hook(meta, s_subclasscheck);
  if (!hook.is_null()) return call_check_hook(hook, cls, sub);
  return real_issubclass(sub, cls);
}

static Ref b_issubclass(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("issubclass", n, kw, 2, 2);
  return Ref::boolean(issubclass_check(a[0], a[1]));
}

static Ref b_iter(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("iter", n, kw, 1, 2);
  if (n == 1) return get_iter(a[0]);
  if (!is_callable(a[0])) type_error("iter(v, w): v must be callable");
  return call(Value::object(&CallableIterType), a, 2, nullptr);
}

static Ref b_next(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("next", n, kw, 1, 2);
  Type* t = type_of(a[0]);
  if (!t->next) type_error("'" + t->name + "' object is not an iterator");
  if (t == &GeneratorType && n == 1) return call_method(a[0], "send", {Value::none()});
  Value v = t->next(a[0]);
  if (!v.is_null()) return Ref::steal(v);
  if (n == 2) return Ref::borrow(a[1]);
  raise_args(StopIteration_, nullptr, 0);
}

static Ref b_chr(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("chr", n, kw, 1, 1);
  if (a[0].is_float()) type_error("'float' object cannot be interpreted as an integer");
  Ref iv = index_object(a[0]);
  if (!int_fits_i64(iv.get()) || int_as_i64(iv.get()) > INT32_MAX || int_as_i64(iv.get()) < INT32_MIN)
    overflow_error("Python int too large to convert to C int");
  int64_t c = int_as_i64(iv.get());
  if (c < 0 || c > 0x10FFFF) value_error("chr() arg not in range(0x110000)");
  (void)c;
  return str_from_codepoint(uint32_t(c));
}

static Ref b_ord(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("ord", n, kw, 1, 1);
  Value v = a[0];
  if (is_str(v)) {
    Str* s = as_str(v);
    if (s->length != 1)
      type_error("ord() expected a character, but string of length " + std::to_string(s->length) + " found");
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
    uint32_t cp;
    if (p[0] < 0x80) cp = p[0];
    else if (p[0] < 0xE0) cp = ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    else if (p[0] < 0xF0) cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else cp = ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return Ref::steal(Value::small_int(cp));
  }
  if (is_bytes_like(v)) {
    Bytes* b = as_bytes(v);
    if (b->size != 1) type_error("ord() expected a character, but string of length " + std::to_string(b->size) + " found");
    return Ref::steal(Value::small_int(static_cast<unsigned char>(b->data[0])));
  }
  type_error("ord() expected string of length 1, but " + type_name(v) + " found");
}

static Ref int_format_prefixed(Value v, const char* spec) {
  Ref i = index_object(v);
  return str_new(format_int_spec(i.get(), spec));
}
static Ref b_hex(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("hex", n, kw, 1, 1);
  return int_format_prefixed(a[0], "#x");
}
static Ref b_oct(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("oct", n, kw, 1, 1);
  return int_format_prefixed(a[0], "#o");
}
static Ref b_bin(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("bin", n, kw, 1, 1);
  return int_format_prefixed(a[0], "#b");
}

static Ref b_format(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("format", n, kw, 1, 2);
  if (n == 2 && !is_str(a[1])) type_error("format() argument 2 must be str, not " + type_name(a[1]));
  return format(a[0], n == 2 ? a[1] : Value::null());
}

static Ref b_divmod(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("divmod", n, kw, 2, 2);
  if (is_int(a[0]) && is_int(a[1])) return int_divmod(a[0], a[1]);
  if ((a[0].is_float() || is_int(a[0])) && (a[1].is_float() || is_int(a[1]))) return float_divmod(a[0], a[1]);
  Value f = type_lookup(type_of(a[0]), intern("__divmod__"));
  if (!f.is_null()) {
    Ref res = call_method(a[0], "__divmod__", {a[1]});
    if (!is_not_implemented(res.get())) return res;
  }
  Value rf = type_lookup(type_of(a[1]), intern("__rdivmod__"));
  if (!rf.is_null()) {
    Ref res = call_method(a[1], "__rdivmod__", {a[0]});
    if (!is_not_implemented(res.get())) return res;
  }
  type_error("unsupported operand type(s) for divmod(): '" + type_name(a[0]) + "' and '" + type_name(a[1]) + "'");
}

static Ref b_pow(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  parse_args("pow", args, nargs, kw, {"base", "exp", "mod"}, 2, a);
  if (a[2].is_null() || a[2].is_none()) return binary_op(BinOp::Pow, a[0], a[1]);
  if (is_int(a[0]) && is_int(a[1]) && is_int(a[2])) return int_pow_mod(a[0], a[1], a[2]);
  auto numeric = [](Value v) { return is_int(v) || v.is_float(); };
  if (numeric(a[0]) && numeric(a[1]) && numeric(a[2]))
    type_error("pow() 3rd argument not allowed unless all arguments are integers");
  Value f = type_lookup(type_of(a[0]), intern("__pow__"));
  if (!f.is_null()) return call_method(a[0], "__pow__", {a[1], a[2]});
  type_error("unsupported operand type(s) for ** or pow(): '" + type_name(a[0]) + "', '" + type_name(a[1]) +
             "', '" + type_name(a[2]) + "'");
}

static Ref b_round(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("round", args, nargs, kw, {"number", "ndigits"}, 1, a);
  Value nd = a[1].is_null() ? Value::none() : a[1];
  if (a[0].is_float()) return float_round(a[0].as_double(), nd);
  if (is_int(a[0])) return int_round(int_value(a[0]), nd);
  Value f = type_lookup(type_of(a[0]), intern("__round__"));
  if (f.is_null()) type_error("type " + type_name(a[0]) + " doesn't define __round__ method");
  if (nd.is_none()) return call_method(a[0], "__round__", {});
  return call_method(a[0], "__round__", {nd});
}

// ------------------------------------------------------ reductions: min max sum
static Ref min_max(const char* name, const Value* args, size_t nargs, Tuple* kw, CmpOp op) {
  Value key = Value::none(), dflt = Value::null();
  if (kw)
    for (int64_t i = 0; i < kw->size; i++) {
      std::string_view k = str_view(kw->items[i]);
      if (k == "key") key = args[nargs + size_t(i)];
      else if (k == "default") dflt = args[nargs + size_t(i)];
      else type_error("'" + std::string(k) + "' is an invalid keyword argument for " + name + "()");
    }
  if (nargs == 0) type_error(std::string(name) + " expected at least 1 argument, got 0");
  Ref seq;
  if (nargs == 1) {
    seq = Ref::borrow(args[0]);
  } else {
    if (!dflt.is_null())
      type_error(std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    seq = tuple_from_array(args, nargs);
  }
  Ref best, best_key;
  for_each(seq.get(), [&](Value item) {
    Ref k = key.is_none() ? Ref::borrow(item) : call(key, {item});
    if (!best || compare_bool(k.get(), best_key.get(), op)) {
      best = Ref::borrow(item);
      best_key = std::move(k);
    }
  });
  if (!best) {
    if (!dflt.is_null()) return Ref::borrow(dflt);
    value_error(std::string(name) + "() arg is an empty sequence");
  }
  return best;
}
static Ref b_min(Value, const Value* a, size_t n, Tuple* kw) { return min_max("min", a, n, kw, CmpOp::Lt); }
static Ref b_max(Value, const Value* a, size_t n, Tuple* kw) { return min_max("max", a, n, kw, CmpOp::Gt); }

static Ref b_sum(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("sum", args, nargs, kw, {"iterable", "start"}, 1, a, 1);
  Value start = a[1].is_null() ? Value::small_int(0) : a[1];
  if (is_str(start)) type_error("sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes_like(start)) type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  Ref acc = Ref::borrow(start);
  // Fast paths: exact small ints, then floats, fall back to the generic +.
  int64_t isum = 0;
  bool in_int = start.is_small_int();
  if (in_int) isum = start.as_small_int();
  double fsum = 0;
  bool in_float = false;
  Ref it = get_iter(a[0]);
  for (;;) {
    Ref item = next_or_null(it.get());
    if (!item) break;
    Value v = item.get();
    if (in_int) {
      if (v.is_small_int() && !__builtin_add_overflow(isum, v.as_small_int(), &isum)) continue;
      acc = int_from_i64(isum);
      in_int = false;
      if (v.is_float()) {
        fsum = double(isum) + v.as_double();
        in_float = true;
        continue;
      }
    } else if (in_float) {
      if (v.is_float()) { fsum += v.as_double(); continue; }
      if (v.is_small_int()) { fsum += double(v.as_small_int()); continue; }
      acc = Ref::steal(Value::from_double(fsum));
      in_float = false;
    }
    acc = binary_op(BinOp::Add, acc.get(), v);
  }
  if (in_int) return int_from_i64(isum);
  if (in_float) return Ref::steal(Value::from_double(fsum));
  return acc;
}

static Ref b_any(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("any", n, kw, 1, 1);
  Ref it = get_iter(a[0]);
  for (;;) {
    Ref x = next_or_null(it.get());
    if (!x) return Ref::boolean(false);
    if (truthy(x.get())) return Ref::boolean(true);
  }
}

static Ref b_all(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("all", n, kw, 1, 1);
  Ref it = get_iter(a[0]);
  for (;;) {
    Ref x = next_or_null(it.get());
    if (!x) return Ref::boolean(true);
    if (!truthy(x.get())) return Ref::boolean(false);
  }
}

static Ref b_sorted(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1) type_error("sorted expected 1 argument, got " + std::to_string(nargs));
  Value key = Value::none(), rev = Value::false_();
  if (kw)
    for (int64_t i = 0; i < kw->size; i++) {
      std::string_view k = str_view(kw->items[i]);
      if (k == "key") key = args[1 + i];
      else if (k == "reverse") rev = args[1 + i];
      else type_error("'" + std::string(k) + "' is an invalid keyword argument for sort()");
    }
  Ref l = list_from_iterable(args[0]);
  list_sort(l.get(), key, truthy(rev));
  return l;
}

// --------------------------------------------------------- namespaces
static Frame* caller_frame() { return current_thread_state()->frame; }

Ref frame_locals(Frame* f) {
  if (!f) return dict_new();
  if (f->locals) return Ref::borrow(f->locals);
  Ref d = dict_new();
  Code* co = f->code;
  for (int i = 0; i < co->nlocals; i++)
    if (!f->slots[i].is_null()) dict_set(as_dict(d.get()), Value::object(co->varnames[i]), f->slots[i]);
  for (int i = 0; i < co->ncells + co->nfrees; i++) {
    Value c = f->slots[co->nlocals + i];
    if (!c.is_obj()) continue;
    Value v = static_cast<Cell*>(c.as_obj())->contents;
    Str* n = i < co->ncells ? co->cellvars[i] : co->freevars[i - co->ncells];
    if (!v.is_null()) dict_set(as_dict(d.get()), Value::object(n), v);
  }
  return d;
}

static Ref b_globals(Value, const Value*, size_t n, Tuple* kw) {
  check_nargs("globals", n, kw, 0, 0);
  Frame* f = caller_frame();
  if (!f) return dict_new();
  return Ref::borrow(f->globals);
}

static Ref b_locals(Value, const Value*, size_t n, Tuple* kw) {
  check_nargs("locals", n, kw, 0, 0);
  return frame_locals(caller_frame());
}

static Ref b_vars(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("vars", n, kw, 0, 1);
  if (n == 0) return frame_locals(caller_frame());
  Ref d = getattr_opt(a[0], intern("__dict__"));
  if (!d) type_error("vars() argument must have __dict__ attribute");
  return d;
}

static Ref b_dir(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("dir", n, kw, 0, 1);
  Ref names;
  if (n == 0) {
    names = list_from_iterable(frame_locals(caller_frame()).get());
  } else if (isinstance_of(a[0], &TypeType) && type_of(a[0]) != &TypeType &&
             type_of(type_lookup(type_of(a[0]), intern("__dir__"))) == &FunctionType) {
    // A metaclass's own __dir__ (enum's) lists the class's attributes.
    Ref r = call(type_lookup(type_of(a[0]), intern("__dir__")), {a[0]});
    names = list_from_iterable(r.get());
  } else if (isinstance_of(a[0], &TypeType)) {
    Ref d = dict_new();
    Tuple* mro = static_cast<Type*>(a[0].as_obj())->mro;
    for (int64_t i = 0; i < mro->size; i++) dict_update(as_dict(d.get()), Value::object(static_cast<Type*>(mro->items[i].as_obj())->dict));
    names = list_from_iterable(d.get());
  } else if (isinstance_of(a[0], &ModuleType)) {
    names = list_from_iterable(Value::object(static_cast<Module*>(a[0].as_obj())->dict));
  } else {
    Ref r = call_method(a[0], "__dir__", {});
    names = list_from_iterable(r.get());
  }
  list_sort(names.get(), Value::none(), false);
  return names;
}

// --------------------------------------------------------- exec, eval, compile
static Ref source_or_code(Value src, const char* filename, CompileMode mode, const char* fname) {
  if (isinstance_of(src, &CodeType)) return Ref::borrow(src);
  std::string text;
  if (is_str(src)) text = std::string(str_view(src));
  else if (is_bytes_like(src)) text = std::string(as_bytes(src)->view());
  else type_error(std::string(fname) + "() arg 1 must be a string, bytes or code object");
  if (mode == CompileMode::Eval) {
    size_t b = text.find_first_not_of(" \t");
    text = b == std::string::npos ? "" : text.substr(b);
  }
  return compile_source(text, filename, mode);
}

static Ref exec_or_eval(const char* fname, const Value* args, size_t nargs, Tuple* kw, CompileMode mode) {
  Value a[3];
  parse_args(fname, args, nargs, kw, {"source", "globals", "locals"}, 1, a);
  Frame* f = caller_frame();
  Ref globals, locals;
  if (a[1].is_null() || a[1].is_none()) {
    globals = f ? Ref::borrow(f->globals) : dict_new();
    locals = (a[2].is_null() || a[2].is_none()) ? frame_locals(f) : Ref::borrow(a[2]);
    if (f && !f->locals && mode == CompileMode::Exec && (a[2].is_null() || a[2].is_none())) {
      // exec() in a function sees a snapshot of the locals, as in CPython.
    }
  } else {
    if (!isinstance_of(a[1], &DictType)) type_error(std::string(fname) + "() globals must be a dict, not " + type_name(a[1]));
    globals = Ref::borrow(a[1]);
    locals = (a[2].is_null() || a[2].is_none()) ? Ref::borrow(a[1]) : Ref::borrow(a[2]);
  }
  if (!isinstance_of(locals.get(), &DictType)) not_supported("a non-dict locals mapping");
  Ref code = source_or_code(a[0], "<string>", mode, fname);
  Ref r = run_code(static_cast<Code*>(code.obj()), as_dict(globals.get()), as_dict(locals.get()));
  if (mode == CompileMode::Exec) return Ref::none();
  return r;
}

static Ref b_exec(Value, const Value* a, size_t n, Tuple* kw) { return exec_or_eval("exec", a, n, kw, CompileMode::Exec); }
static Ref b_eval(Value, const Value* a, size_t n, Tuple* kw) { return exec_or_eval("eval", a, n, kw, CompileMode::Eval); }

static Ref b_compile(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[6];
  parse_args("compile", args, nargs, kw, {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3, a);
  if (!is_str(a[1]) || !is_str(a[2])) type_error("compile() filename and mode must be str");
  std::string_view mode = str_view(a[2]);
  CompileMode m = mode == "exec" ? CompileMode::Exec : mode == "eval" ? CompileMode::Eval
                  : mode == "single" ? CompileMode::Single
                                     : (value_error("compile() mode must be 'exec', 'eval' or 'single'"), CompileMode::Exec);
  return source_or_code(a[0], std::string(str_view(a[1])).c_str(), m, "compile");
}

// ------------------------------------------------------------ input
static Ref b_input(Value, const Value* a, size_t n, Tuple* kw) {
  check_nargs("input", n, kw, 0, 1);
  Value out = sys_attr("stdout");
  if (n == 1) {
    stream_write(out, str_view(str_of(a[0]).get()));
  }
  if (!out.is_null() && !out.is_none()) call_method(out, "flush", {});
  Value in = sys_attr("stdin");
  if (in.is_null() || in.is_none()) runtime_error("input(): lost sys.stdin");
  Ref line = call_method(in, "readline", {});
  if (!is_str(line.get())) type_error("object.readline() returned non-string");
  std::string_view s = str_view(line.get());
  if (s.empty()) raise(EOFError_, "EOF when reading a line");
  if (s.back() == '\n') s.remove_suffix(1);
  return str_new(s);
}

// ------------------------------------------------------------------ super
static Ref b_super(Type*, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("super", nargs, kw, 0, 2);
  if (nargs == 2) {
    if (!isinstance_of(args[0], &TypeType)) type_error("super() argument 1 must be a type, not " + type_name(args[0]));
    return super_new_for(static_cast<Type*>(args[0].as_obj()), args[1]);
  }
  if (nargs == 1) not_supported("unbound super objects (super(type))");
  // Zero-argument form: the enclosing class comes from the __class__ cell,
  // the instance from the first argument of the calling function.
  Frame* f = caller_frame();
  if (!f || !f->func || f->code->argcount == 0) runtime_error("super(): no arguments");
  Code* co = f->code;
  Value self = f->slots[0];
  for (int i = 0; i < co->ncells; i++)
    if (co->cell2arg[i] == 0) self = static_cast<Cell*>(f->slots[co->nlocals + i].as_obj())->contents;
  if (self.is_null()) runtime_error("super(): arg[0] deleted");
  for (int i = 0; i < co->nfrees; i++) {
    if (co->freevars[i]->view() == "__class__") {
      Value cls = static_cast<Cell*>(f->slots[co->nlocals + co->ncells + i].as_obj())->contents;
      if (cls.is_null()) runtime_error("super(): empty __class__ cell");
      if (!isinstance_of(cls, &TypeType)) runtime_error("super(): __class__ is not a type");
      return super_new_for(static_cast<Type*>(cls.as_obj()), self);
    }
  }
  runtime_error("super(): __class__ cell not found");
}

static Ref b_import(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[5];
  parse_args("__import__", args, nargs, kw, {"name", "globals", "locals", "fromlist", "level"}, 1, a);
  if (!is_str(a[0])) type_error("__import__() argument 1 must be str");
  int level = a[4].is_null() ? 0 : int(to_int64(a[4]));
  return import_name(str_view(a[0]), a[3].is_null() ? Value::none() : a[3], level,
                     a[1].is_null() ? Value::none() : a[1]);
}

// There is no complex type: the name exists so that isinstance(x, complex)
// works (it is always False), and calling it names what is missing.
Type ComplexType;
static Ref complex_new(Type*, const Value*, size_t, Tuple*) { not_supported("complex numbers"); }

static const MethodDef builtin_functions[] = {
    {"print", b_print}, {"len", b_len}, {"repr", b_repr}, {"ascii", b_ascii}, {"abs", b_abs}, {"id", b_id},
    {"hash", b_hash}, {"callable", b_callable}, {"getattr", b_getattr}, {"setattr", b_setattr},
    {"delattr", b_delattr}, {"hasattr", b_hasattr}, {"isinstance", b_isinstance}, {"issubclass", b_issubclass},
    {"iter", b_iter}, {"next", b_next}, {"chr", b_chr}, {"ord", b_ord}, {"hex", b_hex}, {"oct", b_oct},
    {"bin", b_bin}, {"format", b_format}, {"divmod", b_divmod}, {"pow", b_pow}, {"round", b_round},
    {"min", b_min}, {"max", b_max}, {"sum", b_sum}, {"any", b_any}, {"all", b_all}, {"sorted", b_sorted},
    {"globals", b_globals}, {"locals", b_locals}, {"vars", b_vars}, {"dir", b_dir}, {"exec", b_exec},
    {"eval", b_eval}, {"compile", b_compile}, {"input", b_input}, {"__build_class__", builtin_build_class},
    {"__import__", b_import}, {"open", builtin_open},
    {nullptr, nullptr}};

void init_builtins_module(Interpreter* interp) {
  Ref m = module_new("builtins");
  module_add_functions(m.get(), builtin_functions);
  struct {
    const char* name;
    Type* t;
  } types[] = {{"object", &ObjectType}, {"type", &TypeType}, {"int", &IntType}, {"bool", &BoolType},
               {"float", &FloatType}, {"str", &StrType}, {"bytes", &BytesType}, {"bytearray", &ByteArrayType},
               {"list", &ListType}, {"tuple", &TupleType}, {"dict", &DictType}, {"set", &SetType},
               {"frozenset", &FrozenSetType}, {"range", &RangeType}, {"slice", &SliceType},
               {"property", &PropertyType}, {"staticmethod", &StaticMethodType}, {"classmethod", &ClassMethodType},
               {"super", &SuperType}, {"enumerate", &EnumerateType}, {"zip", &ZipType}, {"map", &MapType},
               {"filter", &FilterType}, {"reversed", &ReversedType}};
  for (auto& t : types) module_add(m.get(), t.name, Value::object(t.t));
  for (Type* e : g_exception_types) module_add(m.get(), e->name, Value::object(e));
  module_add(m.get(), "EnvironmentError", Value::object(OSError_));
  module_add(m.get(), "IOError", Value::object(OSError_));
  module_add(m.get(), "None", Value::none());
  module_add(m.get(), "True", Value::true_());
  module_add(m.get(), "False", Value::false_());
  module_add(m.get(), "NotImplemented", not_implemented());
  module_add(m.get(), "Ellipsis", Value::object(&EllipsisObj));
  module_add(m.get(), "__debug__", Value::true_());
  // Process-wide types: set up once, not by every interpreter (several may
  // be created while others run, each on its own GIL).
  static std::once_flag types_once;
  std::call_once(types_once, [] {
    s_instancecheck = intern("__instancecheck__");
    s_subclasscheck = intern("__subclasscheck__");
    s_class = intern("__class__");
    SuperType.new_ = b_super;
    ComplexType.name = "complex";
    ComplexType.new_ = complex_new;
    type_ready(&ComplexType);
  });
  module_add(m.get(), "complex", Value::object(&ComplexType));
  interp->builtins = static_cast<Module*>(m.obj())->dict;
  incref(interp->builtins);
  interp->builtins_module = m.release();
}

// The REPL's echo: repr to sys.stdout, and remember the value in builtins._
void print_expr(Value v) {
  if (v.is_none()) return;
  Interpreter* interp = current_interp();
  dict_set_str(interp->builtins, "_", Value::none());
  Ref r = repr(v);
  Value out = sys_attr("stdout");
  std::string s(str_view(r.get()));
  s += "\n";
  stream_write(out, s);
  dict_set_str(interp->builtins, "_", v);
}

}  // namespace gilpy
