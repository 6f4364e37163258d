// ops.cpp — the generic object protocol (see ops.hpp).
//
// The binary-operator rule, from the data model: try the left operand's
// method; if it returns NotImplemented, try the right operand's reflected
// method. If the right operand's type is a *subclass* of the left's and
// overrides the reflected method, it goes first.
#include <cstring>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

extern Ref generic_getattr(Value, Str*);

// Recursion through C++ (repr of nested lists, __getattr__ loops, ...) is
// bounded by the same depth counter as Python calls.
struct DepthGuard {
  ThreadState* ts;
  explicit DepthGuard(const char* where) : ts(current_thread_state()) {
    check_c_stack(ts);
    if (++ts->depth > ts->interp->recursion_limit) {
      --ts->depth;
      raise(RecursionError_, std::string("maximum recursion depth exceeded") + where);
    }
  }
  ~DepthGuard() { --ts->depth; }
};

// ------------------------------------------------------------------- text
Ref repr(Value v) {
  Type* t = type_of(v);
  DepthGuard g(" while getting the repr of an object");
  Ref r = t->repr(v);
  return r;
}

Ref str_of(Value v) {
  Type* t = type_of(v);
  if (t == &StrType) return Ref::borrow(v);
  DepthGuard g(" while getting the str of an object");
  return t->str ? t->str(v) : t->repr(v);
}

std::string repr_utf8(Value v) { return std::string(str_view(repr(v).get())); }
std::string str_utf8(Value v) { return std::string(str_view(str_of(v).get())); }

Ref ascii_of(Value v) {
  Ref r = repr(v);
  std::string_view s = str_view(r.get());
  if (as_str(r.get())->ascii) return r;
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c < 0x80) { out += char(c); i++; continue; }
    uint32_t cp;
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    cp = c & (0xFF >> (n + 1));
    for (int k = 1; k < n && i + k < s.size(); k++) cp = (cp << 6) | (s[i + k] & 0x3F);
    i += n;
    char buf[16];
    if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
  }
  return str_new(out);
}

Ref format(Value v, Value spec) {
  static Str* name = intern("__format__");
  Type* t = type_of(v);
  std::string_view sp = spec.is_null() ? std::string_view() : str_view(spec);
  if (t == &StrType) return str_new(format_str_spec(str_view(v), sp));
  if (t == &IntType || t == &BoolType) {
    if (sp.empty()) return str_of(v);
    return str_new(format_int_spec(v, sp));
  }
  if (t == &FloatType) {
    if (sp.empty()) return str_of(v);
    return str_new(format_float_spec(v.as_double(), sp));
  }
  Ref specv = spec.is_null() ? str_new("") : Ref::borrow(spec);
  Ref r = call_method(v, "__format__", {specv.get()});
  (void)name;
  if (!is_str(r.get())) type_error("__format__ must return a str, not " + type_name(r.get()));
  return r;
}

// ----------------------------------------------------- truth, hash, compare
bool truthy(Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return false;
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_float()) return v.as_double() != 0.0;
  Type* t = type_of(v);
  if (t->truth) return t->truth(v);
  if (t->len) return t->len(v) != 0;
  return true;
}

int64_t hash(Value v) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    return i == -1 ? -2 : i;
  }
  Type* t = type_of(v);
  if (!t->hash) type_error("unhashable type: '" + t->name + "'");
  int64_t h = t->hash(v);
  return h == -1 ? -2 : h;
}

static CmpOp swapped(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
  }
}

static const char* cmp_symbol(CmpOp op) {
  static const char* s[] = {"<", "<=", "==", "!=", ">", ">="};
  return s[int(op)];
}

Ref compare(Value a, Value b, CmpOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool reflected_first = ta != tb && is_subtype(tb, ta) && tb->richcmp && tb->richcmp != ta->richcmp;
  if (reflected_first) {
    Ref r = tb->richcmp(b, a, swapped(op));
    if (!is_not_implemented(r.get())) return r;
  }
  if (ta->richcmp) {
    Ref r = ta->richcmp(a, b, op);
    if (!is_not_implemented(r.get())) return r;
  }
  if (!reflected_first && tb->richcmp) {
    Ref r = tb->richcmp(b, a, swapped(op));
    if (!is_not_implemented(r.get())) return r;
  }
  if (op == CmpOp::Eq) return Ref::boolean(a == b);
  if (op == CmpOp::Ne) return Ref::boolean(a != b);
  type_error(std::string("'") + cmp_symbol(op) + "' not supported between instances of '" + ta->name + "' and '" +
             tb->name + "'");
}

bool compare_bool(Value a, Value b, CmpOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    switch (op) {
      case CmpOp::Lt: return x < y;
      case CmpOp::Le: return x <= y;
      case CmpOp::Eq: return x == y;
      case CmpOp::Ne: return x != y;
      case CmpOp::Gt: return x > y;
      case CmpOp::Ge: return x >= y;
    }
  }
  Ref r = compare(a, b, op);
  Value v = r.get();
  if (v.is_bool()) return v.is_true();
  return truthy(v);
}

bool equals(Value a, Value b) {
  if (a == b) return true;   // identity implies equality in containers, as in CPython
  if (a.is_small_int() && b.is_small_int()) return false;
  Type* ta = type_of(a);
  if (ta == &StrType && type_of(b) == &StrType) return str_equal(as_str(a), as_str(b));
  return compare_bool(a, b, CmpOp::Eq);
}

bool less_than(Value a, Value b) { return compare_bool(a, b, CmpOp::Lt); }

// -------------------------------------------------------------- arithmetic
const char* binop_symbol(BinOp op) {
  static const char* s[] = {"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"};
  return s[int(op)];
}

bool reflected_overridden(Type* sub, Type* base, BinOp op);   // slots.cpp

static Ref binop_dispatch(BinOp op, Value a, Value b) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool right_first = ta != tb && tb->binop && is_subtype(tb, ta) &&
                     (tb->binop != ta->binop || reflected_overridden(tb, ta, op));
  if (right_first) {
    Ref r = tb->binop(op, a, b, true);
    if (!is_not_implemented(r.get())) return r;
  }
  if (ta->binop) {
    Ref r = ta->binop(op, a, b, false);
    if (!is_not_implemented(r.get())) return r;
  }
  if (!right_first && tb->binop && ta != tb) {
    Ref r = tb->binop(op, a, b, true);
    if (!is_not_implemented(r.get())) return r;
  }
  return Ref();
}

[[noreturn]] static void binop_type_error(BinOp op, Value a, Value b, bool inplace) {
  std::string sym = binop_symbol(op);
  if (inplace) sym = op == BinOp::Pow ? "**=" : sym + "=";
  type_error("unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '" + type_name(b) + "'");
}

// The operation's error when no operand's method applies (CPython's messages).
[[noreturn]] static void binop_failed(BinOp op, Value a, Value b);

Ref binary_op(BinOp op, Value a, Value b) {
  Ref r = binop_dispatch(op, a, b);
  if (r) return r;
  binop_failed(op, a, b);
}

Ref binary_op_after_left(BinOp op, Value a, Value b) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (tb->binop && ta != tb) {
    Ref r = tb->binop(op, a, b, true);
    if (!is_not_implemented(r.get())) return r;
  }
  binop_failed(op, a, b);
}

static void binop_failed(BinOp op, Value a, Value b) {
  if (op == BinOp::Add && is_str(a) && !is_str(b))
    type_error("can only concatenate str (not \"" + type_name(b) + "\") to str");
  if (op == BinOp::Add && isinstance_of(a, &ListType) && !isinstance_of(b, &ListType))
    type_error("can only concatenate list (not \"" + type_name(b) + "\") to list");
  if (op == BinOp::Add && isinstance_of(a, &TupleType) && !isinstance_of(b, &TupleType))
    type_error("can only concatenate tuple (not \"" + type_name(b) + "\") to tuple");
  if (op == BinOp::Mul && (is_str(a) || isinstance_of(a, &ListType) || isinstance_of(a, &TupleType)))
    type_error("can't multiply sequence by non-int of type '" + type_name(b) + "'");
  if (op == BinOp::Mul && (is_str(b) || isinstance_of(b, &ListType) || isinstance_of(b, &TupleType)))
    type_error("can't multiply sequence by non-int of type '" + type_name(a) + "'");
  binop_type_error(op, a, b, false);
}

Ref inplace_op(BinOp op, Value a, Value b) {
  Type* ta = type_of(a);
  if (ta->inplace) {
    Ref r = ta->inplace(op, a, b);
    if (r && !is_not_implemented(r.get())) return r;
  }
  Ref r = binop_dispatch(op, a, b);
  if (r) return r;
  if (op == BinOp::Add && is_str(a) && !is_str(b))
    type_error("can only concatenate str (not \"" + type_name(b) + "\") to str");
  binop_type_error(op, a, b, true);
}

Ref unary_op(int op, Value v) {
  Type* t = type_of(v);
  if (t->unary) return t->unary(op, v);
  static const char* sym[] = {"unary -", "unary +", "unary ~", "abs()"};
  type_error(std::string("bad operand type for ") + sym[op] + ": '" + t->name + "'");
}

// -------------------------------------------------------------- attributes
Ref getattr_opt(Value obj, Str* name) {
  Type* t = type_of(obj);
  try {
    return t->getattr ? t->getattr(obj, name) : generic_getattr(obj, name);
  } catch (PyError& e) {
    if (e.matches(AttributeError_)) return Ref();
    throw;
  }
}

Ref getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  Ref r = t->getattr ? t->getattr(obj, name) : generic_getattr(obj, name);
  if (!r) attribute_error(obj, name);
  return r;
}

Ref getattr(Value obj, std::string_view name) { return getattr(obj, intern(name)); }

void setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  if (!t->setattr) {
    if (t->getattr && type_lookup(t, name).is_null())
      raise(AttributeError_, "'" + t->name + "' object has no attribute '" + std::string(name->view()) + "'");
    raise(AttributeError_, "'" + t->name + "' object attribute '" + std::string(name->view()) + "' is read-only");
  }
  t->setattr(obj, name, v);
}

void delattr(Value obj, Str* name) { setattr(obj, name, Value::null()); }

bool hasattr(Value obj, Str* name) { return bool(getattr_opt(obj, name)); }

Ref lookup_method(Value obj, Str* name, bool* is_method) {
  Type* t = type_of(obj);
  *is_method = false;
  extern Ref generic_getattr(Value, Str*);
  if (t->getattr == ObjectType.getattr || t->getattr == generic_getattr) {
    Value descr = type_lookup(t, name);
    if (!descr.is_null()) {
      Type* dt = type_of(descr);
      if (dt == &FunctionType || dt == &MethodDescrType) {
        bool shadowed = false;
        if (Dict** slot = instance_dict_slot(obj); slot && *slot) shadowed = !dict_get_str(*slot, name).is_null();
        if (!shadowed) {
          if (dt == &MethodDescrType && (static_cast<MethodDescr*>(descr.as_obj())->flags & (kMethStatic | kMethClass))) {
          } else {
            *is_method = true;
            return Ref::borrow(descr);
          }
        }
      }
    }
  }
  return getattr(obj, name);
}

// ------------------------------------------------------------------- calls
Ref call(Value f, const Value* args, size_t nargs, Tuple* kwnames) {
  // A call from C++ code: CPython words the recursion error for it this way.
  Type* t = type_of(f);
  if (t == &FunctionType || t == &MethodType || (t->flags & kTypeHeap)) {
    ThreadState* ts = current_thread_state();
    if (ts->depth >= ts->interp->recursion_limit)
      raise(RecursionError_, "maximum recursion depth exceeded while calling a Python object");
  }
  if (t == &FunctionType) return call_function(static_cast<Function*>(f.as_obj()), args, nargs, kwnames);
  if (!t->call) type_error("'" + t->name + "' object is not callable");
  return t->call(f, args, nargs, kwnames);
}

Ref call(Value f, std::initializer_list<Value> args) { return call(f, args.begin(), args.size(), nullptr); }

Ref call_method(Value obj, std::string_view name, std::initializer_list<Value> args) {
  bool is_method;
  Ref m = lookup_method(obj, intern(name), &is_method);
  if (!is_method) return call(m.get(), args.begin(), args.size(), nullptr);
  Value a[8];
  size_t n = 0;
  a[n++] = obj;
  for (Value v : args) a[n++] = v;
  return call(m.get(), a, n, nullptr);
}

bool is_callable(Value v) { return type_of(v)->call != nullptr || type_of(v) == &FunctionType; }

// ------------------------------------------------------ containers, iteration
int64_t length(Value v) {
  Type* t = type_of(v);
  if (!t->len) type_error("object of type '" + t->name + "' has no len()");
  return t->len(v);
}

Ref getitem(Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->getitem) return t->getitem(obj, key);
  if (isinstance_of(obj, &TypeType)) {
    if (Ref cg = getattr_opt(obj, intern("__class_getitem__"))) return call(cg.get(), {key});
    type_error("type '" + static_cast<Type*>(obj.as_obj())->name + "' is not subscriptable");
  }
  type_error("'" + t->name + "' object is not subscriptable");
}

void setitem(Value obj, Value key, Value v) {
  Type* t = type_of(obj);
  if (!t->setitem) type_error("'" + t->name + "' object does not support item assignment");
  t->setitem(obj, key, v);
}

void delitem(Value obj, Value key) {
  Type* t = type_of(obj);
  if (!t->setitem) type_error("'" + t->name + "' object doesn't support item deletion");
  t->setitem(obj, key, Value::null());
}

bool contains(Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  if (t->iter) {
    Ref it = get_iter(container);
    for (;;) {
      Ref x = next_or_null(it.get());
      if (!x) return false;
      if (equals(x.get(), item)) return true;
    }
  }
  type_error("argument of type '" + t->name + "' is not iterable");
}

Ref get_iter(Value v) {
  Type* t = type_of(v);
  if (t->iter) return t->iter(v);
  if (t->getitem && !isinstance_of(v, &DictType)) return seq_iter_new(v);
  type_error("'" + t->name + "' object is not iterable");
}

Value iter_next(Value it) {
  Type* t = type_of(it);
  if (!t->next) type_error("'" + t->name + "' object is not an iterator");
  return t->next(it);
}

Ref next_or_null(Value it) { return Ref::steal(iter_next(it)); }

// ------------------------------------------------------------- conversions
bool is_int(Value v) {
  return v.is_small_int() || v.is_bool() || (v.is_obj() && (v.as_obj()->type->flags & kTypeIntSub));
}
bool is_str(Value v) { return v.is_obj() && (v.as_obj()->type == &StrType || (v.as_obj()->type->flags & kTypeStrSub)); }

Ref index_object(Value v) {
  if (is_int(v)) return Ref::borrow(int_value(v));
  static Str* name = intern("__index__");
  Value f = type_lookup(type_of(v), name);
  if (f.is_null())
    type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  Ref r = call_method(v, "__index__", {});
  if (!is_int(r.get())) type_error("__index__ returned non-int (type " + type_name(r.get()) + ")");
  return r;
}

int64_t index_value(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  if (v.is_bool()) return v.is_true();
  Ref i = index_object(v);
  if (!int_fits_i64(i.get())) overflow_error("Python int too large to convert to C ssize_t");
  return int_as_i64(i.get());
}

int64_t to_int64(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  if (v.is_bool()) return v.is_true();
  if (!is_int(v)) type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  return int_as_i64(int_value(v));
}

double to_double(Value v) {
  if (v.is_float()) return v.as_double();
  if (v.is_small_int()) return double(v.as_small_int());
  if (v.is_bool()) return v.is_true();
  if (is_int(v)) return int_as_double(int_value(v));
  static Str* name = intern("__float__");
  if (!type_lookup(type_of(v), name).is_null()) {
    Ref r = call_method(v, "__float__", {});
    if (!r.get().is_float()) type_error(type_name(v) + ".__float__ returned non-float (type " + type_name(r.get()) + ")");
    return r.get().as_double();
  }
  static Str* iname = intern("__index__");
  if (!type_lookup(type_of(v), iname).is_null()) return to_double(index_object(v).get());
  type_error("must be real number, not " + type_name(v));
}

}  // namespace gilpy
