// object.cpp — memory, the root `object` type, and the singletons
// None, NotImplemented and Ellipsis.
#include <mimalloc.h>

#include <unistd.h>

#include <cstdio>
#include <cstring>

#include <unordered_set>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

Type ObjectType, NoneType, NotImplementedType, EllipsisType;
Object NotImplementedObj{kImmortal, &NotImplementedType};
Object EllipsisObj{kImmortal, &EllipsisType};

// Requests larger than the machine's physical memory are refused up front:
// with overcommit the kernel would grant them and then kill the process when
// the pages are touched. An impossible request (`'x' * 10**12`) must become
// MemoryError, never a crash.
static size_t max_alloc() {
  static const size_t limit = [] {
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && page > 0 ? size_t(pages) * size_t(page) : size_t(1) << 40;
  }();
  return limit;
}

void* alloc_raw(size_t size) {
  if (size > max_alloc()) memory_error();
  void* p = mi_zalloc(size);
  if (!p) memory_error();
  return p;
}

void free_raw(void* p) { mi_free(p); }

// Objects whose __del__ ran but which were resurrected: __del__ runs only
// once per object (PEP 442). Rare, so a set rather than a header bit.
static void mark_finalized(Object* o) {
  Interpreter* interp = current_interp();
  if (!interp->resurrected) interp->resurrected = new std::unordered_set<Object*>();
  interp->resurrected->insert(o);
}

static bool take_finalized_mark(Object* o) {
  Interpreter* interp = current_interp();
  return interp->resurrected && interp->resurrected->erase(o) > 0;
}

// An instance of a class with __del__ is about to die: call it with the
// object briefly alive again (rc 1). If __del__ stored a new reference
// somewhere the object is resurrected and not freed, as in CPython. An
// exception in __del__ is printed ("Exception ignored in: ...") and dropped.
static bool run_finalizer(Object* o) {
  o->rc = 1;
  Value self = Value::object(o);
  Ref del;
  try {
    del = getattr(self, intern("__del__"));
    call(del.get(), {});
  } catch (PyError& e) {
    std::string where = "__del__";
    try {
      Ref fn = getattr(Value::object(o->type), intern("__del__"));
      where = repr_utf8(fn.get());
    } catch (...) {
    }
    report_unraisable(e, where);
  } catch (...) {
  }
  del = Ref();
  if (--o->rc > 0) {   // resurrected: remember that __del__ already ran
    mark_finalized(o);
    return false;
  }
  return true;
}

void dealloc_object(Object* o) {
  Type* t = o->type;
  if ((t->flags & kTypeHasDel) && !take_finalized_mark(o))
    if (!run_finalizer(o)) return;
  // Instance dicts of classes with a dict slot are released here so that
  // each type's dealloc only handles its own fields.
  if (t->dict_offset) {
    Dict** slot = reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + t->dict_offset);
    if (*slot) decref(*slot);
    *slot = nullptr;
  }
  if (t->dealloc) t->dealloc(o);
  free_raw(o);
  if (t->flags & kTypeHeap) decref(t);
}

bool is_subtype(const Type* a, const Type* b) {
  if (a == b) return true;
  if (!a->mro) {   // during start-up, before the MRO exists
    for (const Type* t = a; t; t = t->base)
      if (t == b) return true;
    return false;
  }
  Tuple* mro = a->mro;
  for (int64_t i = 0; i < mro->size; i++)
    if (mro->items[i].as_obj() == b) return true;
  return false;
}

Dict* instance_dict(Value obj, bool create) {
  Dict** slot = instance_dict_slot(obj);
  if (!slot) return nullptr;
  if (!*slot && create) *slot = as_dict(dict_new_inline().release());
  return *slot;
}

// ------------------------------------------------------------ object methods
static Ref object_new(Type* t, const Value*, size_t, Tuple*) {
  Object* o = alloc_object<Object>(t, t->basic_size);
  return Ref::steal(o);
}

static Ref object_repr(Value self) {
  Type* t = type_of(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.as_obj()));
  std::string s = "<";
  if (t->module != "builtins") s += t->module + ".";
  s += t->qualname + buf;
  return str_new(s);
}

static Ref object_str(Value self) {
  Type* t = type_of(self);
  return t->repr ? t->repr(self) : object_repr(self);
}

static int64_t object_hash(Value self) {
  // Identity hash, rotated as CPython does so that aligned pointers spread.
  uint64_t p = self.bits() & Value::kPayloadMask;
  return int64_t((p >> 4) | (p << 60)) & INT64_MAX;
}

static Ref object_richcmp(Value a, Value b, CmpOp op) {
  if (op == CmpOp::Eq) return a == b ? Ref::boolean(true) : Ref::borrow(not_implemented());
  if (op == CmpOp::Ne) {
    // != defaults to the inverse of == (calling the class's __eq__).
    Ref eq = compare(a, b, CmpOp::Eq);
    if (is_not_implemented(eq.get())) return eq;
    return Ref::boolean(!truthy(eq.get()));
  }
  return Ref::borrow(not_implemented());
}

// These bypass a class's own __setattr__ etc.: they are object's generic versions.
static Ref m_object_setattr(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__setattr__", nargs, kw, 2, 2);
  if (!is_str(args[0])) type_error("attribute name must be string, not '" + type_name(args[0]) + "'");
  extern void generic_setattr(Value, Str*, Value);
  generic_setattr(self, intern(as_str(args[0])), args[1]);
  return Ref::none();
}

static Ref m_object_delattr(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__delattr__", nargs, kw, 1, 1);
  if (!is_str(args[0])) type_error("attribute name must be string, not '" + type_name(args[0]) + "'");
  extern void generic_setattr(Value, Str*, Value);
  generic_setattr(self, intern(as_str(args[0])), Value::null());
  return Ref::none();
}

static Ref m_object_getattribute(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__getattribute__", nargs, kw, 1, 1);
  if (!is_str(args[0])) type_error("attribute name must be string, not '" + type_name(args[0]) + "'");
  extern Ref generic_getattr(Value, Str*);
  Str* name = intern(as_str(args[0]));
  Ref r = generic_getattr(self, name);
  if (!r) attribute_error(self, name);
  return r;
}

static Ref m_object_format(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__format__", nargs, kw, 1, 1);
  if (!is_str(args[0])) type_error("format spec must be a str");
  if (as_str(args[0])->size != 0)
    type_error("unsupported format string passed to " + type_name(self) + ".__format__");
  return str_of(self);
}

static Ref m_object_dir(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("__dir__", nargs, kw, 0, 0);
  Ref names = dict_new();
  if (Dict* d = instance_dict(self, false)) dict_update(as_dict(names.get()), Value::object(d));
  Tuple* mro = type_of(self)->mro;
  for (int64_t i = 0; i < mro->size; i++) {
    Type* t = static_cast<Type*>(mro->items[i].as_obj());
    int64_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, &pos, &k, &v)) dict_set(as_dict(names.get()), k, Value::none());
  }
  Ref lst = list_from_iterable(names.get());
  return lst;
}

// The end of the __init_subclass__ chain: class keywords nobody consumed are an error.
static Ref m_object_init_subclass(Value cls, const Value*, size_t nargs, Tuple* kw) {
  Type* t = isinstance_of(cls, &TypeType) ? static_cast<Type*>(cls.as_obj()) : type_of(cls);
  std::string who = t->qualname + ".__init_subclass__()";
  if (kw && kw->size) type_error(who + " takes no keyword arguments");
  if (nargs) type_error(who + " takes no arguments (" + std::to_string(nargs) + " given)");
  return Ref::none();
}

// The default for abc's subclass hook: no opinion.
static Ref m_object_subclasshook(Value, const Value*, size_t, Tuple*) { return Ref::borrow(not_implemented()); }

static Ref m_object_reduce_ex(Value self, const Value*, size_t, Tuple*) {
  not_supported("object.__reduce_ex__ for '" + type_name(self) + "'");
}

static const MethodDef object_methods[] = {
    {"__setattr__", m_object_setattr},
    {"__delattr__", m_object_delattr},
    {"__getattribute__", m_object_getattribute},
    {"__format__", m_object_format},
    {"__dir__", m_object_dir},
    {"__init_subclass__", m_object_init_subclass, kMethClass},
    {"__subclasshook__", m_object_subclasshook, kMethClass},
    {"__reduce_ex__", m_object_reduce_ex},
    {nullptr, nullptr}};

static Ref get_class(Value self) { return Ref::borrow(type_of(self)); }
static void set_class(Value self, Value v) {
  if (!isinstance_of(v, &TypeType)) type_error("__class__ must be set to a class, not '" + type_name(v) + "' object");
  Type* nt = static_cast<Type*>(v.as_obj());
  Type* ot = type_of(self);
  if (!(nt->flags & kTypeHeap) || !(ot->flags & kTypeHeap) || nt->basic_size != ot->basic_size ||
      nt->dict_offset != ot->dict_offset)
    type_error("__class__ assignment only supported for compatible user classes");
  incref(nt);
  self.as_obj()->type = nt;
  decref(ot);
}
static Ref get_dict(Value self) {
  Dict* d = instance_dict(self, true);
  if (!d) raise(AttributeError_, "'" + type_name(self) + "' object has no attribute '__dict__'");
  return Ref::borrow(d);
}
static void set_dict(Value self, Value v) {
  Dict** slot = instance_dict_slot(self);
  if (!slot) raise(AttributeError_, "'" + type_name(self) + "' object has no attribute '__dict__'");
  if (!isinstance_of(v, &DictType)) type_error("__dict__ must be set to a dictionary, not a '" + type_name(v) + "'");
  incref(v);
  if (*slot) decref(*slot);
  *slot = as_dict(v);
}

static const GetSetDef object_getsets[] = {
    {"__class__", get_class, set_class}, {"__dict__", get_dict, set_dict}, {nullptr, nullptr}};

// ---------------------------------------------------------------- singletons
static Ref none_repr(Value) { return Ref::borrow(intern("None")); }
static int none_truth(Value) { return 0; }
static Ref none_new(Type*, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("NoneType", nargs, kw, 0, 0);
  return Ref::none();
}
static Ref notimpl_repr(Value) { return Ref::borrow(intern("NotImplemented")); }
static Ref ellipsis_repr(Value) { return Ref::borrow(intern("Ellipsis")); }

void init_object_types() {
  ObjectType.name = ObjectType.qualname = "object";
  ObjectType.basic_size = sizeof(Object);
  ObjectType.flags = kTypeBaseType;
  ObjectType.new_ = object_new;
  extern Ref generic_getattr(Value, Str*);
  extern void generic_setattr(Value, Str*, Value);
  ObjectType.getattr = generic_getattr;
  ObjectType.setattr = generic_setattr;
  ObjectType.repr = object_repr;
  ObjectType.str = object_str;
  ObjectType.hash = object_hash;
  ObjectType.richcmp = object_richcmp;
  type_ready(&ObjectType, object_methods, object_getsets);

  NoneType.name = NoneType.qualname = "NoneType";
  NoneType.repr = none_repr;
  NoneType.truth = none_truth;
  NoneType.new_ = none_new;
  NoneType.hash = [](Value) -> int64_t { return 0xFCA86420; };
  type_ready(&NoneType);

  NotImplementedType.name = NotImplementedType.qualname = "NotImplementedType";
  NotImplementedType.repr = notimpl_repr;
  type_ready(&NotImplementedType);
  EllipsisType.name = EllipsisType.qualname = "ellipsis";
  EllipsisType.repr = ellipsis_repr;
  type_ready(&EllipsisType);
}

}  // namespace gilpy
