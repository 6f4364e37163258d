// slots.cpp — the bridge between Type slots and dunder methods.
//
// Two directions:
//  * A built-in type's C++ slots are exposed to Python as "slot wrappers" in
//    its dict (`list.__len__`, `object.__repr__`), so Python code can call
//    them, e.g. `super().__init__(...)` or `dict.__setitem__(self, k, v)`.
//  * A class statement produces a heap type whose slots must run the dunders
//    it defines. When a dunder resolves (through the MRO) to a built-in slot
//    wrapper, the class gets that C++ slot directly — no Python call; when it
//    resolves to a Python function, the class gets a generic slot that looks
//    the dunder up and calls it.
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

enum SlotKind : int {
  kRepr, kStr, kHash, kLen, kGetItem, kSetItem, kDelItem, kContains, kIter, kNext, kBool, kCall, kInit,
  kNew, kGet, kSet, kDelete, kGetAttr,
  kEq, kNe, kLt, kLe, kGt, kGe,        // CmpOp order: Lt Le Eq Ne Gt Ge mapped below
  kNeg, kPos, kInvert, kAbs,
  kBinop0,                              // + BinOp: __add__ ...
  kRBinop0 = kBinop0 + int(BinOp::Count),
  kIBinop0 = kRBinop0 + int(BinOp::Count),
  kSlotCount = kIBinop0 + int(BinOp::Count),
};

static const char* const kBinNames[] = {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod",
                                        "pow", "lshift", "rshift", "and", "or", "xor"};

static Str* g_names[kSlotCount];

static void init_names() {
  if (g_names[kRepr]) return;
  const char* fixed[] = {"__repr__", "__str__", "__hash__", "__len__", "__getitem__", "__setitem__",
                         "__delitem__", "__contains__", "__iter__", "__next__", "__bool__", "__call__",
                         "__init__", "__new__", "__get__", "__set__", "__delete__", "__getattr__",
                         "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
                         "__neg__", "__pos__", "__invert__", "__abs__"};
  for (int i = 0; i < kBinop0; i++) g_names[i] = intern(fixed[i]);
  for (int i = 0; i < int(BinOp::Count); i++) {
    g_names[kBinop0 + i] = intern(std::string("__") + kBinNames[i] + "__");
    g_names[kRBinop0 + i] = intern(std::string("__r") + kBinNames[i] + "__");
    g_names[kIBinop0 + i] = intern(std::string("__i") + kBinNames[i] + "__");
  }
}

static CmpOp cmp_of(int kind) {
  switch (kind) {
    case kEq: return CmpOp::Eq;
    case kNe: return CmpOp::Ne;
    case kLt: return CmpOp::Lt;
    case kLe: return CmpOp::Le;
    case kGt: return CmpOp::Gt;
    default: return CmpOp::Ge;
  }
}
static int kind_of(CmpOp op) {
  switch (op) {
    case CmpOp::Eq: return kEq;
    case CmpOp::Ne: return kNe;
    case CmpOp::Lt: return kLt;
    case CmpOp::Le: return kLe;
    case CmpOp::Gt: return kGt;
    default: return kGe;
  }
}

// ------------------------------------------------------------ slot wrappers
struct SlotWrapper : Object {
  Type* owner;
  int kind;
};
Type SlotWrapperType;

static bool is_wrapper(Value v) { return v.is_obj() && v.as_obj()->type == &SlotWrapperType; }
static SlotWrapper* W(Value v) { return static_cast<SlotWrapper*>(v.as_obj()); }

static void need(const char* name, size_t nargs, Tuple* kw, size_t n) { check_nargs(name, nargs, kw, n, n); }

// Calls the owner's C++ slot: args[0] is self.
static Ref wrapper_invoke(SlotWrapper* w, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = w->owner;
  const char* nm = g_names[w->kind]->data;
  if (w->kind == kNew) {
    if (nargs < 1 || !isinstance_of(args[0], &TypeType)) type_error(t->name + ".__new__(X): X is not a type object");
    Type* sub = static_cast<Type*>(args[0].as_obj());
    if (!is_subtype(sub, t)) type_error(t->name + ".__new__(" + sub->name + "): " + sub->name + " is not a subtype of " + t->name);
    // object.__new__ ignores extra arguments when the class defines __init__.
    if (t == &ObjectType) return t->new_(sub, nullptr, 0, nullptr);
    return t->new_(sub, args + 1, nargs - 1, kw);
  }
  if (nargs < 1) type_error(std::string("descriptor '") + nm + "' of '" + t->name + "' object needs an argument");
  Value self = args[0];
  if (!isinstance_of(self, t))
    type_error(std::string("descriptor '") + nm + "' requires a '" + t->name + "' object but received a '" +
               type_name(self) + "'");
  const Value* a = args + 1;
  size_t n = nargs - 1;
  switch (w->kind) {
    case kRepr: need(nm, n, kw, 0); return t->repr(self);
    case kStr: need(nm, n, kw, 0); return t->str(self);
    case kHash: need(nm, n, kw, 0); return int_from_i64(t->hash(self));
    case kLen: need(nm, n, kw, 0); return Ref::steal(Value::small_int(t->len(self)));
    case kGetItem: need(nm, n, kw, 1); return t->getitem(self, a[0]);
    case kSetItem: need(nm, n, kw, 2); t->setitem(self, a[0], a[1]); return Ref::none();
    case kDelItem: need(nm, n, kw, 1); t->setitem(self, a[0], Value::null()); return Ref::none();
    case kContains: need(nm, n, kw, 1); return Ref::boolean(t->contains(self, a[0]));
    case kIter: need(nm, n, kw, 0); return t->iter(self);
    case kNext: {
      need(nm, n, kw, 0);
      Value v = t->next(self);
      if (v.is_null()) raise_args(StopIteration_, nullptr, 0);
      return Ref::steal(v);
    }
    case kBool: need(nm, n, kw, 0); return Ref::boolean(t->truth(self));
    case kCall: return t->call(self, a, n, kw);
    case kInit: if (t->init) t->init(self, a, n, kw); return Ref::none();
    case kGet: {
      if (n < 1 || n > 2) type_error("expected 1 or 2 arguments");
      Value obj = a[0].is_none() ? Value::null() : a[0];
      return t->descr_get(self, obj, n > 1 ? a[1] : Value::object(type_of(a[0])));
    }
    case kSet: need(nm, n, kw, 2); t->descr_set(self, a[0], a[1]); return Ref::none();
    case kDelete: need(nm, n, kw, 1); t->descr_set(self, a[0], Value::null()); return Ref::none();
    case kGetAttr: {
      need(nm, n, kw, 1);
      if (!is_str(a[0])) type_error("attribute name must be string");
      Ref r = t->getattr(self, intern(as_str(a[0])));
      if (!r) attribute_error(self, as_str(a[0]));
      return r;
    }
    case kNeg: need(nm, n, kw, 0); return t->unary(0, self);
    case kPos: need(nm, n, kw, 0); return t->unary(1, self);
    case kInvert: need(nm, n, kw, 0); return t->unary(2, self);
    case kAbs: need(nm, n, kw, 0); return t->unary(3, self);
    default: break;
  }
  if (w->kind >= kEq && w->kind <= kGe) {
    need(nm, n, kw, 1);
    return t->richcmp(self, a[0], cmp_of(w->kind));
  }
  need(nm, n, kw, 1);
  if (w->kind >= kIBinop0) {
    BinOp op = BinOp(w->kind - kIBinop0);
    Ref r = t->inplace ? t->inplace(op, self, a[0]) : Ref();
    return r ? std::move(r) : t->binop(op, self, a[0], false);
  }
  if (w->kind >= kRBinop0) return t->binop(BinOp(w->kind - kRBinop0), a[0], self, true);
  return t->binop(BinOp(w->kind - kBinop0), self, a[0], false);
}

static Ref wrapper_call(Value callable, const Value* args, size_t nargs, Tuple* kw) {
  return wrapper_invoke(W(callable), args, nargs, kw);
}

static Ref wrapper_get(Value descr, Value obj, Value) {
  if (obj.is_null() || W(descr)->kind == kNew) return Ref::borrow(descr);
  return bound_method_new(descr, obj);
}

static Ref wrapper_repr(Value self) {
  return str_new(std::string("<slot wrapper '") + g_names[W(self)->kind]->data + "' of '" + W(self)->owner->name +
                 "' objects>");
}

static void add_wrapper(Type* t, int kind) {
  Str* name = g_names[kind];
  if (!dict_get_str(t->dict, name).is_null()) return;   // an explicit method wins
  SlotWrapper* w = alloc_object<SlotWrapper>(&SlotWrapperType);
  w->owner = t;
  w->kind = kind;
  make_immortal(w);
  dict_set(t->dict, Value::object(name), Value::object(w));
}

void install_slot_wrappers(Type* t) {
  init_names();
  Type* b = t->base;
  // Only slots this type defines itself (not inherited unchanged) get wrappers.
#define OWN(s) (t->s && (!b || t->s != b->s))
  if (OWN(repr)) add_wrapper(t, kRepr);
  if (OWN(str)) add_wrapper(t, kStr);
  if (OWN(hash)) add_wrapper(t, kHash);
  if (OWN(len)) add_wrapper(t, kLen);
  if (OWN(getitem)) add_wrapper(t, kGetItem);
  if (OWN(setitem)) { add_wrapper(t, kSetItem); add_wrapper(t, kDelItem); }
  if (OWN(contains)) add_wrapper(t, kContains);
  if (OWN(iter)) add_wrapper(t, kIter);
  if (OWN(next)) add_wrapper(t, kNext);
  if (OWN(truth)) add_wrapper(t, kBool);
  if (OWN(call)) add_wrapper(t, kCall);
  if (OWN(init)) add_wrapper(t, kInit);
  if (OWN(new_)) add_wrapper(t, kNew);
  if (OWN(descr_get)) add_wrapper(t, kGet);
  if (OWN(descr_set)) { add_wrapper(t, kSet); add_wrapper(t, kDelete); }
  if (OWN(richcmp)) for (int k = kEq; k <= kGe; k++) add_wrapper(t, k);
  if (OWN(unary)) for (int k = kNeg; k <= kAbs; k++) add_wrapper(t, k);
  if (OWN(binop))
    for (int i = 0; i < int(BinOp::Count); i++) { add_wrapper(t, kBinop0 + i); add_wrapper(t, kRBinop0 + i); }
  if (OWN(inplace)) for (int i = 0; i < int(BinOp::Count); i++) add_wrapper(t, kIBinop0 + i);
#undef OWN
  if (t == &ObjectType) add_wrapper(t, kInit);
}

// -------------------------------------------------- generic heap-type slots
static Ref slot_binop(BinOp op, Value a, Value b, bool reflected);
static auto slot_binop_ptr() { return &slot_binop; }

static Value lookup(Value self, int kind) { return type_lookup(type_of(self), g_names[kind]); }

Value python_binop_method(Type* t, BinOp op) {
  if (t->binop != slot_binop_ptr()) return Value::null();
  Value f = type_lookup(t, g_names[kBinop0 + int(op)]);
  return f.is_obj() && f.as_obj()->type == &FunctionType ? f : Value::null();
}

// Calls the dunder found for `kind` on self; for a built-in wrapper, calls
// the C++ slot of its owner directly.
static Ref call_dunder(Value self, int kind, std::initializer_list<Value> rest) {
  Value f = lookup(self, kind);
  if (f.is_null() || f.is_none()) return Ref();
  if (kind == kRepr || kind == kStr) {
    // repr()/str() calling a Python __repr__: CPython's wording at the limit.
    ThreadState* ts = current_thread_state();
    if (ts->depth >= ts->interp->recursion_limit)
      raise(RecursionError_, "maximum recursion depth exceeded while calling a Python object");
  }
  Value args[4];
  size_t n = 0;
  args[n++] = self;
  for (Value v : rest) args[n++] = v;
  if (is_wrapper(f)) return wrapper_invoke(W(f), args, n, nullptr);
  Type* ft = type_of(f);
  if (ft == &FunctionType) return call_function(static_cast<Function*>(f.as_obj()), args, n, nullptr);
  if (ft->descr_get) {
    Ref bound = ft->descr_get(f, self, Value::object(type_of(self)));
    return call(bound.get(), args + 1, n - 1);
  }
  return call(f, args + 1, n - 1);
}

static Ref slot_repr(Value self) {
  Ref r = call_dunder(self, kRepr, {});
  if (!is_str(r.get())) type_error("__repr__ returned non-string (type " + type_name(r.get()) + ")");
  return r;
}
static Ref slot_str(Value self) {
  Ref r = call_dunder(self, kStr, {});
  if (!is_str(r.get())) type_error("__str__ returned non-string (type " + type_name(r.get()) + ")");
  return r;
}
static int64_t slot_hash(Value self) {
  Value f = lookup(self, kHash);
  if (f.is_null() || f.is_none()) type_error("unhashable type: '" + type_name(self) + "'");
  Ref r = call_dunder(self, kHash, {});
  if (!is_int(r.get())) type_error("__hash__ method should return an integer");
  // An int that fits is the hash itself; a bigger one is hashed again.
  Value iv = int_value(r.get());
  if (int_fits_i64(iv)) {
    int64_t h = int_as_i64(iv);
    return h == -1 ? -2 : h;
  }
  return hash(iv);
}
static Ref slot_richcmp(Value a, Value b, CmpOp op) {
  Ref r = call_dunder(a, kind_of(op), {b});
  if (!r) return Ref::borrow(not_implemented());
  return r;
}
static Ref slot_binop(BinOp op, Value a, Value b, bool reflected) {
  Ref r = reflected ? call_dunder(b, kRBinop0 + int(op), {a}) : call_dunder(a, kBinop0 + int(op), {b});
  if (!r) return Ref::borrow(not_implemented());
  return r;
}
static Ref slot_inplace(BinOp op, Value a, Value b) {
  Ref r = call_dunder(a, kIBinop0 + int(op), {b});
  if (r && is_not_implemented(r.get())) return Ref();
  return r;
}
static Ref slot_unary(int op, Value self) {
  Ref r = call_dunder(self, kNeg + op, {});
  if (!r) {
    static const char* sym[] = {"unary -", "unary +", "unary ~", "abs()"};
    type_error(std::string("bad operand type for ") + sym[op] + ": '" + type_name(self) + "'");
  }
  return r;
}
static Ref slot_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value f = lookup(self, kCall);
  if (f.is_null()) type_error("'" + type_name(self) + "' object is not callable");
  std::vector<Value> a(nargs + (kw ? kw->size : 0) + 1);
  a[0] = self;
  std::copy(args, args + a.size() - 1, a.begin() + 1);
  if (is_wrapper(f)) return wrapper_invoke(W(f), a.data(), nargs + 1, kw);
  if (type_of(f) == &FunctionType) return call_function(static_cast<Function*>(f.as_obj()), a.data(), nargs + 1, kw);
  Ref bound = type_of(f)->descr_get ? type_of(f)->descr_get(f, self, Value::object(type_of(self))) : Ref::borrow(f);
  return call(bound.get(), args, nargs, kw);
}
static Ref slot_iter(Value self) {
  Value f = lookup(self, kIter);
  if (f.is_null() || f.is_none()) {
    if (!lookup(self, kGetItem).is_null()) return seq_iter_new(self);
    type_error("'" + type_name(self) + "' object is not iterable");
  }
  Ref it = call_dunder(self, kIter, {});
  if (!type_of(it.get())->next) type_error("iter() returned non-iterator of type '" + type_name(it.get()) + "'");
  return it;
}
static Value slot_next(Value self) {
  try {
    return call_dunder(self, kNext, {}).release();
  } catch (PyError& e) {
    if (e.matches(StopIteration_)) return Value::null();
    throw;
  }
}
static int64_t slot_len(Value self) {
  Ref r = call_dunder(self, kLen, {});
  if (!r) type_error("object of type '" + type_name(self) + "' has no len()");
  if (!is_int(r.get())) type_error("'" + type_name(r.get()) + "' object cannot be interpreted as an integer");
  Ref iv = index_object(r.get());
  if (!int_fits_i64(iv.get())) overflow_error("cannot fit 'int' into an index-sized integer");
  int64_t n = int_as_i64(iv.get());
  if (n < 0) value_error("__len__() should return >= 0");
  return n;
}
static Ref slot_getitem(Value self, Value key) {
  Ref r = call_dunder(self, kGetItem, {key});
  if (!r) type_error("'" + type_name(self) + "' object is not subscriptable");
  return r;
}
static void slot_setitem(Value self, Value key, Value v) {
  Ref r = v.is_null() ? call_dunder(self, kDelItem, {key}) : call_dunder(self, kSetItem, {key, v});
  if (!r) {
    if (v.is_null()) type_error("'" + type_name(self) + "' object doesn't support item deletion");
    type_error("'" + type_name(self) + "' object does not support item assignment");
  }
}
static int slot_contains(Value self, Value item) {
  Value f = lookup(self, kContains);
  if (f.is_null() || f.is_none()) {
    bool found = false;
    Ref it = get_iter(self);
    for (;;) {
      Ref x = next_or_null(it.get());
      if (!x) break;
      if (equals(x.get(), item)) { found = true; break; }
    }
    return found;
  }
  return truthy(call_dunder(self, kContains, {item}).get());
}
static int slot_truth(Value self) {
  Value f = lookup(self, kBool);
  if (!f.is_null() && !f.is_none()) {
    Ref r = call_dunder(self, kBool, {});
    if (!r.get().is_bool()) type_error("__bool__ should return bool, returned " + type_name(r.get()));
    return r.get().is_true();
  }
  if (!lookup(self, kLen).is_null()) return slot_len(self) != 0;
  return 1;
}
static Ref slot_descr_get(Value descr, Value obj, Value owner) {
  return call_dunder(descr, kGet, {obj.is_null() ? Value::none() : obj, owner});
}
static bool slot_descr_set(Value descr, Value obj, Value v) {
  Ref r = v.is_null() ? call_dunder(descr, kDelete, {obj}) : call_dunder(descr, kSet, {obj, v});
  if (!r) raise(AttributeError_, v.is_null() ? "__delete__" : "__set__");
  return true;
}

extern Ref generic_getattr(Value, Str*);
extern void generic_setattr(Value, Str*, Value);
static Str* s_getattribute;
static Str* s_setattr;
static Str* s_delattr;

static Ref slot_getattr(Value self, Str* name);

// The attribute lookup a class with __getattr__ falls back on first: that of
// its nearest base without Python-level attribute hooks (object's generic
// lookup for ordinary classes, type's for metaclasses).
static Ref base_getattr(Type* t, Value self, Str* name) {
  Tuple* mro = t->mro;
  for (int64_t i = 1; i < mro->size; i++) {
    Type* b = static_cast<Type*>(mro->items[i].as_obj());
    if (b->getattr != slot_getattr) return b->getattr(self, name);
  }
  return generic_getattr(self, name);
}

static Ref slot_getattr(Value self, Str* name) {
  Type* t = type_of(self);
  Value ga = type_lookup(t, s_getattribute);
  Ref r;
  if (ga.is_obj() && ga.as_obj()->type == &FunctionType) {
    Value args[2] = {self, Value::object(name)};
    try {
      r = call_function(static_cast<Function*>(ga.as_obj()), args, 2, nullptr);
    } catch (PyError& e) {
      if (!e.matches(AttributeError_) || !(t->flags & kTypeHasDunderGetattr)) throw;
    }
  } else {
    r = base_getattr(t, self, name);
  }
  if (!r && (t->flags & kTypeHasDunderGetattr)) r = call_dunder(self, kGetAttr, {Value::object(name)});
  return r;
}

static void slot_setattr(Value self, Str* name, Value v) {
  Value f = type_lookup(type_of(self), v.is_null() ? s_delattr : s_setattr);
  if (f.is_obj() && f.as_obj()->type == &FunctionType) {
    Value args[3] = {self, Value::object(name), v};
    call_function(static_cast<Function*>(f.as_obj()), args, v.is_null() ? 2 : 3, nullptr);
    return;
  }
  generic_setattr(self, name, v);
}

// Is `kind` implemented (anywhere in t's MRO) by something other than a built-in slot wrapper?
static bool python_defined(Type* t, int kind) {
  Value f = type_lookup(t, g_names[kind]);
  return !f.is_null() && !is_wrapper(f);
}

static void compute_slots(Type* t) {
  Type* b = t->base;
  auto pick = [&](auto& slot, auto generic, std::initializer_list<int> kinds, auto inherited) {
    bool py = false;
    for (int k : kinds) py = py || python_defined(t, k);
    slot = py ? generic : inherited;
  };
  pick(t->repr, slot_repr, {kRepr}, b->repr);
  pick(t->str, slot_str, {kStr}, b->str);
  pick(t->richcmp, slot_richcmp, {kEq, kNe, kLt, kLe, kGt, kGe}, b->richcmp);
  {
    Value hf = type_lookup(t, g_names[kHash]);
    t->hash = (hf.is_null() || hf.is_none() || !is_wrapper(hf)) ? slot_hash : W(hf)->owner->hash;
  }
  pick(t->unary, slot_unary, {kNeg, kPos, kInvert, kAbs}, b->unary);
  {
    bool py = false, pyi = false;
    for (int i = 0; i < int(BinOp::Count); i++) {
      py = py || python_defined(t, kBinop0 + i) || python_defined(t, kRBinop0 + i);
      pyi = pyi || python_defined(t, kIBinop0 + i);
    }
    t->binop = py ? slot_binop : b->binop;
    t->inplace = pyi ? slot_inplace : b->inplace;
  }
  pick(t->call, slot_call, {kCall}, b->call);
  pick(t->iter, slot_iter, {kIter}, b->iter);
  if (!t->iter && python_defined(t, kGetItem)) t->iter = slot_iter;
  pick(t->next, slot_next, {kNext}, b->next);
  pick(t->len, slot_len, {kLen}, b->len);
  pick(t->getitem, slot_getitem, {kGetItem}, b->getitem);
  pick(t->setitem, slot_setitem, {kSetItem, kDelItem}, b->setitem);
  pick(t->contains, slot_contains, {kContains}, b->contains);
  if (!t->contains && t->iter) t->contains = slot_contains;
  pick(t->truth, slot_truth, {kBool, kLen}, b->truth);
  pick(t->descr_get, slot_descr_get, {kGet}, b->descr_get);
  pick(t->descr_set, slot_descr_set, {kSet, kDelete}, b->descr_set);
  Value getattribute = type_lookup(t, s_getattribute);
  bool custom_get = python_defined(t, kGetAttr) ||
                    (!getattribute.is_null() && type_of(getattribute) == &FunctionType);
  if (python_defined(t, kGetAttr)) t->flags |= kTypeHasDunderGetattr;
  else t->flags &= ~kTypeHasDunderGetattr;
  t->getattr = custom_get ? slot_getattr : b->getattr;
  bool custom_set = (!type_lookup(t, s_setattr).is_null() && type_of(type_lookup(t, s_setattr)) == &FunctionType) ||
                    (!type_lookup(t, s_delattr).is_null() && type_of(type_lookup(t, s_delattr)) == &FunctionType);
  t->setattr = custom_set ? slot_setattr : b->setattr;
  if (!t->init) t->init = b->init;
  static Str* s_del = intern("__del__");
  Value del = type_lookup(t, s_del);
  if (!del.is_null() && !del.is_none()) t->flags |= kTypeHasDel;
  else t->flags &= ~kTypeHasDel;
}

void inherit_heap_slots(Type* t) {
  init_names();
  if (!s_getattribute) {
    s_getattribute = intern("__getattribute__");
    s_setattr = intern("__setattr__");
    s_delattr = intern("__delattr__");
  }
  compute_slots(t);
}

void update_heap_slot(Type* t, Str*) { compute_slots(t); }

// Does `sub` define the reflected method of `op` differently from `base`?
// (Then `base() op sub()` tries sub's reflected method first.)
bool reflected_overridden(Type* sub, Type* base, BinOp op) {
  init_names();
  Str* name = g_names[kRBinop0 + int(op)];
  return type_lookup(sub, name) != type_lookup(base, name);
}

void init_slot_wrapper_type() {
  init_names();
  SlotWrapperType.name = "wrapper_descriptor";
  SlotWrapperType.call = wrapper_call;
  SlotWrapperType.descr_get = wrapper_get;
  SlotWrapperType.repr = wrapper_repr;
}

void ready_slot_wrapper_type() { type_ready(&SlotWrapperType); }

}  // namespace gilpy
