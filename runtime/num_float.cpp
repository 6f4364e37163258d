// num_float.cpp — the float type: slots, constructor, methods.
//
// Floats are immediates (value.hpp); only instances of user subclasses are
// heap objects (FloatSubObject). The float slots also serve mixed int/float
// operations, which int's slots decline (NotImplemented), as in CPython.
#include <cmath>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num_bigimpl.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

namespace mp = boost::multiprecision;

Type FloatType;

bool is_floatlike(Value v) {
  if (v.is_float()) return true;
  return v.is_obj() && is_subtype(v.as_obj()->type, &FloatType);
}

double float_value(Value v) {
  if (v.is_float()) return v.as_double();
  return static_cast<FloatSubObject*>(v.as_obj())->value;
}

static Ref ret(double d) { return Ref::steal(Value::from_double(d)); }

// ------------------------------------------------------------------- slots

static Ref float_repr_slot(Value self) { return str_new(float_repr(float_value(self))); }

static int64_t float_hash_slot(Value self) { return float_hash(float_value(self)); }

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

// Exact comparison: floats with ints never round the int.
static Ref float_richcmp(Value a, Value b, CmpOp op) {
  int c;
  if (is_floatlike(a) && is_floatlike(b)) {
    double x = float_value(a), y = float_value(b);
    c = (x != x || y != y) ? 2 : (x > y) - (x < y);
  } else if (is_floatlike(a) && is_intlike(b)) {
    c = int_compare_double(b, float_value(a));
    if (c != 2) c = -c;
  } else if (is_intlike(a) && is_floatlike(b)) {
    c = int_compare_double(a, float_value(b));
  } else {
    return Ref::borrow(not_implemented());
  }
  if (c == 2) return Ref::boolean(op == CmpOp::Ne);   // NaN: unordered
  return Ref::boolean(cmp_result(c, op));
}

static Ref float_binop_slot(BinOp op, Value a, Value b, bool) { return float_binop(op, a, b); }

static Ref float_unary(int op, Value self) {
  double d = float_value(self);
  switch (op) {
    case 0: return ret(-d);
    case 3: return ret(std::fabs(d));
    case 1: return ret(d);
    default: type_error("bad operand type for unary ~: 'float'");
  }
}

static int float_truth(Value self) { return float_value(self) != 0; }

// ----------------------------------------------------------- construction

// CPython's order: __float__, __index__, then text; exact built-in types
// take their fast paths first (they define no overriding dunder).
Ref float_new_from(Value x) {
  if (x.is_float()) return Ref::steal(x);
  if (x.is_small_int() || x.is_bool()) return ret(double(int_value(x).as_small_int()));
  Type* t = type_of(x);
  if (t == &IntType) return ret(int_as_double(x));
  if (t == &StrType) return ret(float_from_string(str_view(x)));
  if (t == &BytesType || t == &ByteArrayType) return ret(float_from_bytes_text(as_bytes(x)->view()));
  bool found;
  Ref r = call_dunder(x, "__float__", &found);
  if (found) {
    if (!is_floatlike(r.get())) {
      type_error(type_name(x) + ".__float__ returned non-float (type " + type_name(r.get()) + ")");
    }
    return ret(float_value(r.get()));
  }
  r = call_dunder(x, "__index__", &found);
  if (found) {
    if (!is_intlike(r.get())) type_error("__index__ returned non-int (type " + type_name(r.get()) + ")");
    return ret(int_as_double(r.get()));
  }
  if (t->flags & kTypeStrSub) return ret(float_from_string(str_view(x)));
  if (is_bytes_like(x)) return ret(float_from_bytes_text(as_bytes(x)->view()));
  type_error("float() argument must be a string or a real number, not '" + type_name(x) + "'");
}

double num_to_double(Value v) {
  if (v.is_float()) return v.as_double();
  if (v.is_small_int()) return double(v.as_small_int());
  if (is_intlike(v)) return int_as_double(v);
  if (is_floatlike(v)) return float_value(v);
  bool found;
  Ref r = call_dunder(v, "__float__", &found);
  if (found) {
    if (!is_floatlike(r.get())) {
      type_error(type_name(v) + ".__float__ returned non-float (type " + type_name(r.get()) + ")");
    }
    return float_value(r.get());
  }
  r = call_dunder(v, "__index__", &found);
  if (found) {
    if (!is_intlike(r.get())) type_error("__index__ returned non-int (type " + type_name(r.get()) + ")");
    return int_as_double(r.get());
  }
  type_error("must be real number, not " + type_name(v));
}

static Ref float_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size > 0) type_error("float() takes no keyword arguments");
  if (nargs > 1) type_error("float expected at most 1 argument, got " + std::to_string(nargs));
  double d = nargs == 0 ? 0.0 : float_value(float_new_from(args[0]).get());
  if (t == &FloatType) return ret(d);
  FloatSubObject* o = alloc_object<FloatSubObject>(t, t->basic_size);
  o->value = d;
  return Ref::steal(o);
}

// ------------------------------------------------------------------ methods

static double self_d(Value self) { return float_value(self); }

static Ref m_is_integer(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("is_integer", nargs, kwnames, 0, 0);
  double d = self_d(self);
  return Ref::boolean(std::isfinite(d) && std::floor(d) == d);
}

static Ref m_as_integer_ratio(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("as_integer_ratio", nargs, kwnames, 0, 0);
  double d = self_d(self);
  if (std::isinf(d)) overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(d)) value_error("cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  int64_t mant = int64_t(std::ldexp(m, 53));
  e -= 53;
  if (mant != 0) {   // drop common factors of two
    int tz = __builtin_ctzll(uint64_t(mant < 0 ? -mant : mant));
    int cut = e < 0 ? std::min(tz, -e) : tz;
    mant >>= cut;
    e += cut;
  } else {
    e = 0;
  }
  BigI num = mant, den = 1;
  if (e > 0) num <<= unsigned(e);
  else den <<= unsigned(-e);
  Ref n = big_to_value(std::move(num)), dd = big_to_value(std::move(den));
  return tuple_from({n.get(), dd.get()});
}

static Ref m_hex(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("hex", nargs, kwnames, 0, 0);
  return str_new(float_hex(self_d(self)));
}

static Ref m_fromhex(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("fromhex", nargs, kwnames, 1, 1);
  if (!is_str(args[0])) type_error("fromhex() argument must be str, not " + type_name(args[0]));
  Value r = Value::from_double(float_fromhex(str_view(args[0])));
  if (cls == Value::object(&FloatType)) return Ref::steal(r);
  return call(cls, {r});
}

static Ref m_self(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("__float__", nargs, kwnames, 0, 0);
  return ret(self_d(self));
}

static Ref m_trunc(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("__trunc__", nargs, kwnames, 0, 0);
  return int_from_double(self_d(self));
}

static Ref m_floor(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("__floor__", nargs, kwnames, 0, 0);
  return int_from_double(std::floor(self_d(self)));
}

static Ref m_ceil(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("__ceil__", nargs, kwnames, 0, 0);
  return int_from_double(std::ceil(self_d(self)));
}

static Ref m_round(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value nd;
  parse_args("__round__", args, nargs, kwnames, {"ndigits"}, 0, &nd);
  return float_round(self_d(self), nd);
}

static Ref m_format(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("__format__", nargs, kwnames, 1, 1);
  if (!is_str(args[0])) type_error("__format__() argument must be str, not " + type_name(args[0]));
  if (as_str(args[0])->size == 0) return str_of(self);
  return str_new(format_float_spec(self_d(self), str_view(args[0])));
}

static Ref m_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_nargs("__getnewargs__", nargs, kwnames, 0, 0);
  return tuple_from({Value::from_double(self_d(self))});
}

static Ref m_getformat(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("__getformat__", nargs, kwnames, 1, 1);
  if (!is_str(args[0])) type_error("__getformat__() argument must be str, not " + type_name(args[0]));
  std::string_view t = str_view(args[0]);
  if (t != "double" && t != "float") value_error("__getformat__() argument 1 must be 'double' or 'float'");
  return str_new("IEEE, little-endian");
}

static Ref m_divmod(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("__divmod__", nargs, kwnames, 1, 1);
  return float_divmod(self, args[0]);
}

static Ref m_rdivmod(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("__rdivmod__", nargs, kwnames, 1, 1);
  return float_divmod(args[0], self);
}

static Ref g_real(Value self) { return ret(self_d(self)); }
static Ref g_imag(Value) { return ret(0.0); }

static const MethodDef kFloatMethods[] = {
    {"is_integer", m_is_integer},
    {"as_integer_ratio", m_as_integer_ratio},
    {"hex", m_hex},
    {"fromhex", m_fromhex, kMethClass},
    {"conjugate", m_self},
    {"__float__", m_self},
    {"__int__", m_trunc},
    {"__trunc__", m_trunc},
    {"__floor__", m_floor},
    {"__ceil__", m_ceil},
    {"__round__", m_round},
    {"__format__", m_format},
    {"__getnewargs__", m_getnewargs},
    {"__getformat__", m_getformat, kMethClass},
    {"__divmod__", m_divmod},
    {"__rdivmod__", m_rdivmod},
    {nullptr, nullptr},
};

static const GetSetDef kFloatGetSets[] = {
    {"real", g_real},
    {"imag", g_imag},
    {nullptr, nullptr},
};

void init_num_types_float() {
  static_assert(sizeof(FloatSubObject) == sizeof(Object) + sizeof(double));
  FloatType.name = FloatType.qualname = "float";
  FloatType.module = "builtins";
  FloatType.flags = kTypeBaseType;
  FloatType.basic_size = sizeof(FloatSubObject);
  FloatType.repr = float_repr_slot;
  FloatType.hash = float_hash_slot;
  FloatType.richcmp = float_richcmp;
  FloatType.binop = float_binop_slot;
  FloatType.unary = float_unary;
  FloatType.truth = float_truth;
  FloatType.new_ = float_new;
  type_ready(&FloatType, kFloatMethods, kFloatGetSets);
}

}  // namespace gilpy
