// num_int.cpp — the int and bool types: slots, constructors, methods.
//
// The arithmetic itself is in num_intops.cpp and the representation in
// num_bigint.cpp; this file is the Python-facing surface. Mixed int/float
// operations are left to float's slots (as CPython does: (5).__add__(2.0) is
// NotImplemented), so these slots only ever see ints and bools.
#include <bit>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num_bigimpl.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

namespace mp = boost::multiprecision;

Type IntType, BoolType;

static Ref notimpl() { return Ref::borrow(not_implemented()); }

Ref call_dunder(Value obj, std::string_view name, bool* found) {
  Value f = type_lookup(type_of(obj), intern(name));
  *found = !f.is_null();
  if (!*found) return Ref();
  return call(f, {obj});
}

// ----------------------------------------------------------------- slots

static void int_dealloc(Object* o) {
  if (o->type == &IntType) {
    delete static_cast<BigInt*>(o)->impl;
  } else {
    xdecref(static_cast<IntSubObject*>(o)->value);   // an instance of a subclass
  }
}

static Ref int_repr(Value self) { return str_new(int_to_string(self, 10)); }

static int64_t int_hash_slot(Value self) { return int_hash(self); }

static bool cmp_result(int c, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Eq: return c == 0;
    case CmpOp::Ne: return c != 0;
    case CmpOp::Gt: return c > 0;
    default: return c >= 0;
  }
}

static Ref int_richcmp(Value a, Value b, CmpOp op) {
  if (!is_intlike(a) || !is_intlike(b)) return notimpl();
  return Ref::boolean(cmp_result(int_compare(a, b), op));
}

static Ref int_binop_slot(BinOp op, Value a, Value b, bool) { return int_binop(op, a, b); }

static Ref int_unary_slot(int op, Value self) { return int_unary(op, self); }

static int int_truth(Value self) { return int_sign(self) != 0; }

// ----------------------------------------------------------- construction

// Wraps a plain int for `int.__new__(Subclass, ...)`.
static Ref wrap_for_type(Type* t, Ref plain) {
  if (t == &IntType) return plain;
  IntSubObject* o = alloc_object<IntSubObject>(t, t->basic_size);
  o->value = plain.release();
  return Ref::steal(o);
}

// The int value of a __int__/__index__ result, or a TypeError naming `what`.
static Ref checked_int_result(Ref r, const char* what) {
  if (!is_intlike(r.get())) {
    type_error(std::string(what) + " returned non-int (type " + type_name(r.get()) + ")");
  }
  return Ref::borrow(int_value(r.get()));
}

// CPython's order: __int__, __index__, __trunc__, then text; exact built-in
// types (which define no overriding dunder) take their fast paths first.
Ref int_new_from(Value x) {
  if (x.is_small_int() || x.is_bool()) return Ref::steal(int_value(x));
  if (x.is_float()) return int_from_double(x.as_double());
  Type* t = type_of(x);
  if (t == &IntType) return Ref::borrow(x);
  if (t == &StrType || t == &BytesType || t == &ByteArrayType) return int_from_text_obj(x, 10);
  bool found;
  Ref r = call_dunder(x, "__int__", &found);
  if (found) return checked_int_result(std::move(r), "__int__");
  r = call_dunder(x, "__index__", &found);
  if (found) return checked_int_result(std::move(r), "__index__");
  r = call_dunder(x, "__trunc__", &found);
  if (found) {
    if (is_intlike(r.get())) return Ref::borrow(int_value(r.get()));
    Ref idx = call_dunder(r.get(), "__index__", &found);
    if (!found) type_error("__trunc__ returned non-Integral (type " + type_name(r.get()) + ")");
    return checked_int_result(std::move(idx), "__index__");
  }
  if ((t->flags & kTypeStrSub) || is_bytes_like(x)) return int_from_text_obj(x, 10);
  type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
             type_name(x) + "'");
}

// int(x=0, /, base=10)
static Ref int_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  if (nargs + nkw > 2) {
    type_error("int() takes at most 2 arguments (" + std::to_string(nargs + nkw) + " given)");
  }
  Value x = nargs > 0 ? args[0] : Value::null();
  Value base = nargs > 1 ? args[1] : Value::null();
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view name = str_view(kwnames->items[k]);
    if (name != "base") type_error("'" + std::string(name) + "' is an invalid keyword argument for int()");
    if (!base.is_null()) type_error("argument for int() given by name ('base') and position (2)");
    base = args[nargs + k];
  }
  if (x.is_null()) {
    if (!base.is_null()) type_error("int() missing string argument");
    return wrap_for_type(t, Ref::steal(Value::small_int(0)));
  }
  if (base.is_null()) return wrap_for_type(t, int_new_from(x));
  int64_t b = index_value(base);
  if (b < INT32_MIN || b > INT32_MAX) value_error("int() base must be >= 2 and <= 36, or 0");
  return wrap_for_type(t, int_from_text_obj(x, int(b)));
}

// ------------------------------------------------------------------ methods

static Ref plain_self(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("__int__", nargs, kwnames, 0, 0);
  return Ref::borrow(int_value(self));
}

static Ref m_bit_length(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("bit_length", nargs, kwnames, 0, 0);
  return int_from_i64(int_bit_length(self));
}

static Ref m_bit_count(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("bit_count", nargs, kwnames, 0, 0);
  int64_t s;
  const BigI* b;
  if (int_parts(self, &s, &b)) return Ref::steal(Value::small_int(std::popcount(uint64_t(s < 0 ? -s : s))));
  const auto& be = b->backend();
  int64_t n = 0;
  for (size_t k = 0; k < be.size(); ++k) n += std::popcount(uint64_t(be.limbs()[k]));
  return int_from_i64(n);
}

// Parses (length, byteorder, *, signed) style arguments shared by to_bytes
// and from_bytes; `first` is the name of the first parameter.
struct BytesArgs {
  Value first, byteorder, is_signed;
};

static BytesArgs parse_bytes_args(const char* fname, const char* first, const Value* args, size_t nargs,
                                  Tuple* kwnames) {
  BytesArgs a{Value::null(), Value::null(), Value::null()};
  if (nargs > 2) {
    type_error(std::string(fname) + "() takes at most 2 positional arguments (" + std::to_string(nargs) +
               " given)");
  }
  if (nargs > 0) a.first = args[0];
  if (nargs > 1) a.byteorder = args[1];
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view name = str_view(kwnames->items[k]);
    Value* slot = name == first ? &a.first : name == "byteorder" ? &a.byteorder
                : name == "signed" ? &a.is_signed : nullptr;
    if (!slot) type_error("'" + std::string(name) + "' is an invalid keyword argument for " + fname + "()");
    if (!slot->is_null()) {
      type_error(std::string("argument for ") + fname + "() given by name ('" + std::string(name) +
                 "') and position");
    }
    *slot = args[nargs + k];
  }
  return a;
}

static bool parse_little(const char* fname, Value order) {
  if (order.is_null()) return false;
  if (!is_str(order)) {
    type_error(std::string(fname) + "() argument 'byteorder' must be str, not " + type_name(order));
  }
  std::string_view s = str_view(order);
  if (s == "little") return true;
  if (s != "big") value_error("byteorder must be either 'little' or 'big'");
  return false;
}

static Ref m_to_bytes(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  BytesArgs a = parse_bytes_args("to_bytes", "length", args, nargs, kwnames);
  int64_t length = a.first.is_null() ? 1 : index_value(a.first);
  if (length < 0) value_error("length argument must be non-negative");
  bool little = parse_little("to_bytes", a.byteorder);
  bool sig = !a.is_signed.is_null() && truthy(a.is_signed);
  return bytes_new(int_to_bytes(self, length, little, sig));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False) — a classmethod.
static Ref m_from_bytes(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  BytesArgs a = parse_bytes_args("from_bytes", "bytes", args, nargs, kwnames);
  if (a.first.is_null()) type_error("from_bytes() missing required argument 'bytes' (pos 1)");
  bool little = parse_little("from_bytes", a.byteorder);
  bool sig = !a.is_signed.is_null() && truthy(a.is_signed);
  Ref data;
  Value src = a.first;
  if (!is_bytes_like(src)) {   // any iterable of ints or object with __bytes__, via bytes(x)
    if (is_str(src) || is_intlike(src)) type_error("cannot convert '" + type_name(src) + "' object to bytes");
    data = call(Value::object(&BytesType), {src});
    src = data.get();
  }
  Ref r = int_from_bytes(as_bytes(src)->view(), little, sig);
  if (cls == Value::object(&IntType)) return r;
  return call(cls, {r.get()});
}

static Ref m_float(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("__float__", nargs, kwnames, 0, 0);
  return Ref::steal(Value::from_double(int_as_double(self)));
}

static Ref m_round(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("__round__", nargs, kwnames, 0, 1);
  if (nargs == 0) return Ref::borrow(int_value(self));
  if (args[0].is_none()) index_value(args[0]);   // an explicit None is a TypeError here
  return int_round(self, args[0]);
}

static Ref m_format(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("__format__", nargs, kwnames, 1, 1);
  if (!is_str(args[0])) type_error("__format__() argument must be str, not " + type_name(args[0]));
  if (as_str(args[0])->size == 0) return str_of(self);
  return str_new(format_int_spec(self, str_view(args[0])));
}

static Ref m_as_integer_ratio(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("as_integer_ratio", nargs, kwnames, 0, 0);
  return tuple_from({int_value(self), Value::small_int(1)});
}

static Ref m_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("__getnewargs__", nargs, kwnames, 0, 0);
  return tuple_from({int_value(self)});
}

static Ref m_divmod(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("__divmod__", nargs, kwnames, 1, 1);
  return int_divmod(self, args[0]);
}

static Ref m_rdivmod(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("__rdivmod__", nargs, kwnames, 1, 1);
  return int_divmod(args[0], self);
}

static Ref m_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("__sizeof__", nargs, kwnames, 0, 0);
  // CPython's layout: 24 bytes of header plus 4 bytes per 30-bit digit (at least one).
  int64_t bits = int_bit_length(self);
  return int_from_i64(24 + 4 * std::max<int64_t>(1, (bits + 29) / 30));
}

static Ref g_self(Value self) { return Ref::borrow(int_value(self)); }
static Ref g_zero(Value) { return Ref::steal(Value::small_int(0)); }
static Ref g_one(Value) { return Ref::steal(Value::small_int(1)); }

static const MethodDef kIntMethods[] = {
    {"bit_length", m_bit_length},
    {"bit_count", m_bit_count},
    {"to_bytes", m_to_bytes},
    {"from_bytes", m_from_bytes, kMethClass},
    {"conjugate", plain_self},
    {"as_integer_ratio", m_as_integer_ratio},
    {"__int__", plain_self},
    {"__index__", plain_self},
    {"__trunc__", plain_self},
    {"__floor__", plain_self},
    {"__ceil__", plain_self},
    {"__float__", m_float},
    {"__round__", m_round},
    {"__format__", m_format},
    {"__getnewargs__", m_getnewargs},
    {"__divmod__", m_divmod},
    {"__rdivmod__", m_rdivmod},
    {"__sizeof__", m_sizeof},
    {nullptr, nullptr},
};

static const GetSetDef kIntGetSets[] = {
    {"real", g_self},
    {"imag", g_zero},
    {"numerator", g_self},
    {"denominator", g_one},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------- bool

static Ref bool_repr(Value self) {
  static Str* t = intern("True");
  static Str* f = intern("False");
  return Ref::borrow(Value::object(self.is_true() ? t : f));
}

// & | ^ between two bools stay bools; everything else is int arithmetic.
static Ref bool_binop(BinOp op, Value a, Value b, bool) {
  if (a.is_bool() && b.is_bool()) {
    bool x = a.is_true(), y = b.is_true();
    if (op == BinOp::And) return Ref::boolean(x && y);
    if (op == BinOp::Or) return Ref::boolean(x || y);
    if (op == BinOp::Xor) return Ref::boolean(x != y);
  }
  return int_binop(op, a, b);
}

static Ref bool_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size > 0) type_error("bool() takes no keyword arguments");
  if (nargs > 1) type_error("bool expected at most 1 argument, got " + std::to_string(nargs));
  return Ref::boolean(nargs == 1 && truthy(args[0]));
}

static int bool_truth(Value self) { return self.is_true(); }

// ---------------------------------------------------------------------- init

static void fill_int_slots(Type* t) {
  t->basic_size = sizeof(BigInt);
  t->dealloc = int_dealloc;
  t->repr = int_repr;
  t->hash = int_hash_slot;
  t->richcmp = int_richcmp;
  t->binop = int_binop_slot;
  t->unary = int_unary_slot;
  t->truth = int_truth;
}

void init_num_types_float();   // num_float.cpp

void init_num_types() {
  static_assert(sizeof(IntSubObject) == sizeof(BigInt), "int subclass layout must match int's");
  IntType.name = IntType.qualname = "int";
  IntType.module = "builtins";
  IntType.flags = kTypeBaseType | kTypeIntSub;
  fill_int_slots(&IntType);
  IntType.new_ = int_new;
  type_ready(&IntType, kIntMethods, kIntGetSets);

  BoolType.name = BoolType.qualname = "bool";
  BoolType.module = "builtins";
  BoolType.flags = kTypeIntSub;   // not kTypeBaseType: bool cannot be subclassed
  BoolType.base = &IntType;
  fill_int_slots(&BoolType);
  BoolType.repr = bool_repr;
  BoolType.binop = bool_binop;
  BoolType.truth = bool_truth;
  BoolType.new_ = bool_new;
  type_ready(&BoolType);

  init_num_types_float();
}

}  // namespace gilpy
