// type.cpp — `type`: readying built-in types, creating classes (C3 MRO,
// instance layout), calling a class, and attribute access on classes and
// on ordinary instances.
//
// Attribute lookup follows the data model exactly:
//   1. find the name in the type's MRO;
//   2. a *data* descriptor found there (property, getset) wins;
//   3. otherwise the instance dict;
//   4. otherwise a non-data descriptor (function -> bound method) or plain
//      class attribute;
//   5. otherwise the class's __getattr__, if it has one.
// Every change to any class bumps one type epoch, which invalidates the
// attribute caches the eval loop keeps per instruction.
#include <algorithm>
#include <atomic>
#include <cstring>

#include "runtime/container_util.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

Type TypeType;
std::atomic<uint64_t> g_type_epoch{1};

void install_slot_wrappers(Type* t);        // slots.cpp
void inherit_heap_slots(Type* t);           // slots.cpp
void update_heap_slot(Type* t, Str* name);  // slots.cpp
Ref make_method_descr(const MethodDef& def, Type* owner);   // descr.cpp
Ref make_getset_descr(const GetSetDef& def, Type* owner);   // descr.cpp

// ------------------------------------------------------------------- MRO
// C3 linearisation: merge the bases' MROs and the list of bases, always
// taking the first head that appears in no other list's tail.
static Ref compute_mro(Type* t) {
  std::vector<std::vector<Type*>> seqs;
  Tuple* bases = t->bases;
  for (int64_t i = 0; i < bases->size; i++) {
    Type* b = static_cast<Type*>(bases->items[i].as_obj());
    std::vector<Type*> s;
    for (int64_t j = 0; j < b->mro->size; j++) s.push_back(static_cast<Type*>(b->mro->items[j].as_obj()));
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> blist;
  for (int64_t i = 0; i < bases->size; i++) blist.push_back(static_cast<Type*>(bases->items[i].as_obj()));
  seqs.push_back(blist);
  std::vector<Type*> result{t};
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }), seqs.end());
    if (seqs.empty()) break;
    Type* cand = nullptr;
    for (auto& s : seqs) {
      Type* head = s.front();
      bool in_tail = false;
      for (auto& o : seqs)
        if (std::find(o.begin() + 1, o.end(), head) != o.end()) in_tail = true;
      if (!in_tail) { cand = head; break; }
    }
    if (!cand) {
      std::string names;
      std::vector<Type*> listed;
      for (auto& s : seqs)
        if (std::find(listed.begin(), listed.end(), s.front()) == listed.end()) {
          listed.push_back(s.front());
          names += (names.empty() ? "" : ", ") + s.front()->name;
        }
      type_error("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    result.push_back(cand);
    for (auto& s : seqs)
      if (s.front() == cand) s.erase(s.begin());
  }
  Ref tup = tuple_new(result.size());
  for (size_t i = 0; i < result.size(); i++) {
    incref(result[i]);
    as_tuple(tup.get())->items[i] = Value::object(result[i]);
  }
  return tup;
}

void type_ready(Type* t, const MethodDef* methods, const GetSetDef* getsets) {
  t->rc = kImmortal;
  t->type = &TypeType;
  if (t->qualname.empty()) t->qualname = t->name;
  if (t->module.empty()) t->module = "builtins";
  if (!t->base && t != &ObjectType) t->base = &ObjectType;
  if (!t->dict) t->dict = as_dict(dict_new().release());
  if (!t->bases) {
    t->bases = t->base ? as_tuple(tuple_from({Value::object(t->base)}).release()) : empty_tuple();
  }
  if (!t->mro) t->mro = t->base ? as_tuple(compute_mro(t).release()) : as_tuple(tuple_from({Value::object(t)}).release());
  if (t->basic_size < sizeof(Object)) t->basic_size = sizeof(Object);
  // Inherit unset slots from the base, as a static type's base already has them.
  if (Type* b = t->base) {
    if (t->basic_size < b->basic_size) t->basic_size = b->basic_size;
    if (!t->dict_offset) t->dict_offset = b->dict_offset;
#define INHERIT(s) if (!t->s) t->s = b->s;
    INHERIT(repr) INHERIT(str) INHERIT(richcmp) INHERIT(getattr) INHERIT(setattr) INHERIT(new_) INHERIT(init)
    INHERIT(binop) INHERIT(inplace) INHERIT(unary) INHERIT(len) INHERIT(getitem) INHERIT(setitem) INHERIT(contains)
    INHERIT(iter) INHERIT(next) INHERIT(truth) INHERIT(call) INHERIT(dealloc) INHERIT(descr_get) INHERIT(descr_set)
#undef INHERIT
    if (!t->hash && !t->richcmp) t->hash = b->hash;
    if (!t->hash && t->richcmp == b->richcmp) t->hash = b->hash;
    if (b->flags & kTypeIntSub) t->flags |= kTypeIntSub;
    if (b->flags & kTypeExcSub) t->flags |= kTypeExcSub;
  }
  if (methods)
    for (const MethodDef* m = methods; m->name; m++) {
      Ref d = make_method_descr(*m, t);
      dict_set_str(t->dict, m->name, d.get());
    }
  if (getsets)
    for (const GetSetDef* g = getsets; g->name; g++) {
      Ref d = make_getset_descr(*g, t);
      dict_set_str(t->dict, g->name, d.get());
    }
  install_slot_wrappers(t);
  // Built-in types are shared by every interpreter: nothing reachable from
  // them may have its count changed, so their namespaces are immortal too.
  make_immortal(t->dict);
  {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, &pos, &k, &v))
      if (v.is_obj()) make_immortal(v.as_obj());
  }
  make_immortal(t->mro);
  if (t->bases->size) make_immortal(t->bases);
  if (!dict_get_str(t->dict, intern("__doc__")).is_obj()) dict_set_str(t->dict, "__doc__", Value::none());
}

// ----------------------------------------------------------- type lookups
// A per-thread cache of MRO lookups, as CPython's method cache: (type,
// interned name) -> result, valid while the type epoch is unchanged. Any
// change to any class, and freeing a class, bumps the epoch.
namespace {
struct LookupCacheEntry {
  const Type* type;
  const Str* name;
  uint64_t epoch;
  Value value;
};
constexpr size_t kLookupCacheSize = 4096;
thread_local LookupCacheEntry t_lookup_cache[kLookupCacheSize];
}  // namespace

static Value type_lookup_uncached(Type* t, Str* name) {
  Tuple* mro = t->mro;
  if (!mro) return dict_get_str(t->dict, name);
  for (int64_t i = 0; i < mro->size; i++) {
    Type* k = static_cast<Type*>(mro->items[i].as_obj());
    Value v = dict_get_str(k->dict, name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

Value type_lookup(Type* t, Str* name) {
  if (!name->interned) return type_lookup_uncached(t, name);
  uint64_t epoch = g_type_epoch.load(std::memory_order_relaxed);
  size_t h = ((reinterpret_cast<uintptr_t>(t) >> 4) * 31 + (reinterpret_cast<uintptr_t>(name) >> 4)) &
             (kLookupCacheSize - 1);
  LookupCacheEntry& e = t_lookup_cache[h];
  if (e.type == t && e.name == name && e.epoch == epoch) return e.value;
  Value v = type_lookup_uncached(t, name);
  e = {t, name, epoch, v};
  return v;
}

// The generic instance attribute lookup (object.__getattribute__).
Ref generic_getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  Type* dt = nullptr;
  if (!descr.is_null()) {
    dt = type_of(descr);
    if (dt->descr_get && dt->descr_set) return dt->descr_get(descr, obj, Value::object(t));
  }
  if (Dict** slot = instance_dict_slot(obj); slot && *slot) {
    Value v = dict_get_str(*slot, name);
    if (!v.is_null()) return Ref::borrow(v);
  }
  if (!descr.is_null()) {
    if (dt->descr_get) return dt->descr_get(descr, obj, Value::object(t));
    return Ref::borrow(descr);
  }
  return Ref();
}

void generic_setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (!descr.is_null()) {
    Type* dt = type_of(descr);
    if (dt->descr_set) {
      dt->descr_set(descr, obj, v);
      return;
    }
  }
  Dict* d = instance_dict(obj, !v.is_null());
  if (!d) {
    if (!descr.is_null())
      raise(AttributeError_, "'" + t->name + "' object attribute '" + std::string(name->view()) + "' is read-only");
    attribute_error(obj, name);
  }
  if (v.is_null()) {
    if (!dict_del(d, Value::object(name))) attribute_error(obj, name);
  } else {
    dict_set(d, Value::object(name), v);
  }
}

// ------------------------------------------------------- type's own slots
static Ref type_getattr(Value self, Str* name) {
  Type* cls = static_cast<Type*>(self.as_obj());
  Type* meta = type_of(self);
  Value mdescr = type_lookup(meta, name);
  Type* mdt = nullptr;
  if (!mdescr.is_null()) {
    mdt = type_of(mdescr);
    if (mdt->descr_get && mdt->descr_set) return mdt->descr_get(mdescr, self, Value::object(meta));
  }
  Value attr = type_lookup(cls, name);
  if (!attr.is_null()) {
    Type* at = type_of(attr);
    if (at->descr_get) return at->descr_get(attr, Value::null(), self);
    return Ref::borrow(attr);
  }
  if (!mdescr.is_null()) {
    if (mdt->descr_get) return mdt->descr_get(mdescr, self, Value::object(meta));
    return Ref::borrow(mdescr);
  }
  return Ref();
}

static void type_setattr(Value self, Str* name, Value v) {
  Type* cls = static_cast<Type*>(self.as_obj());
  Value mdescr = type_lookup(type_of(self), name);
  if (v.is_null() && !mdescr.is_null() && type_of(mdescr) == &GetSetDescrType) {
    // `del C.__name__` etc.: CPython refuses with the words it uses for immutable types.
    GetSetDescr* g = static_cast<GetSetDescr*>(mdescr.as_obj());
    if (g->owner == &TypeType && g->set)
      type_error(std::string("cannot ") + (cls->flags & kTypeHeap ? "delete" : "set") + " '" +
                 std::string(name->view()) + "' attribute of immutable type '" + cls->name + "'");
  }
  if (!mdescr.is_null() && type_of(mdescr)->descr_set) {
    type_of(mdescr)->descr_set(mdescr, self, v);
    return;
  }
  if (!(cls->flags & kTypeHeap))
    type_error("cannot set '" + std::string(name->view()) + "' attribute of immutable type '" + cls->name + "'");
  if (v.is_null()) {
    if (!dict_del(cls->dict, Value::object(name)))
      raise(AttributeError_, "type object '" + cls->name + "' has no attribute '" + std::string(name->view()) + "'");
  } else {
    dict_set(cls->dict, Value::object(name), v);
  }
  g_type_epoch.fetch_add(1, std::memory_order_relaxed);
  std::string_view n = name->view();
  if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") update_heap_slot(cls, name);
}

static Ref type_repr(Value self) {
  Type* t = static_cast<Type*>(self.as_obj());
  if (t->module == "builtins") return str_new("<class '" + t->qualname + "'>");
  return str_new("<class '" + t->module + "." + t->qualname + "'>");
}

static int64_t type_hash(Value self) {
  uint64_t p = self.bits() & Value::kPayloadMask;
  return int64_t((p >> 4) | (p << 60)) & INT64_MAX;
}

static Ref type_richcmp(Value a, Value b, CmpOp op) {
  if (op == CmpOp::Eq) return Ref::boolean(a == b);
  if (op == CmpOp::Ne) return Ref::boolean(a != b);
  return Ref::borrow(not_implemented());
}

static Str* s_new;
static Str* s_init;

// Calling a class: __new__ makes the object, then __init__ fills it in.
// `first` followed by args[0..n): on the C stack for the usual few arguments.
class ArgsWithFirst {
 public:
  ArgsWithFirst(Value first, const Value* args, size_t n) {
    if (n + 1 > kInline) heap_.resize(n + 1);
    Value* a = data();
    a[0] = first;
    std::copy(args, args + n, a + 1);
  }
  Value* data() { return heap_.empty() ? inline_ : heap_.data(); }

 private:
  static constexpr size_t kInline = 8;
  Value inline_[kInline];
  std::vector<Value> heap_;
};

void type_new_init(Type* t, Value* newf, Value* initf) {
  // Built-in types are shared by every interpreter (embedding runs several
  // at once on their own GILs), so only classes, which belong to one
  // interpreter, keep the lookups in the type; built-ins use the per-thread
  // lookup cache.
  if (t->flags & kTypeHeap) {
    uint64_t epoch = g_type_epoch.load(std::memory_order_relaxed);
    if (t->call_cache_epoch != epoch) {
      t->cached_new = type_lookup(t, s_new);
      t->cached_init = type_lookup(t, s_init);
      t->call_cache_epoch = epoch;
    }
    *newf = t->cached_new;
    *initf = t->cached_init;
  } else {
    *newf = type_lookup(t, s_new);
    *initf = type_lookup(t, s_init);
  }
}

static Ref type_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = static_cast<Type*>(callable.as_obj());
  if (t == &TypeType) {
    // type(x) is x's type; type(name, bases, ns, **kw) makes a class.
    if (nargs == 1) {
      if (kwnames && kwnames->size) type_error("type() takes no keyword arguments");
      return Ref::borrow(type_of(args[0]));
    }
    if (nargs != 3) type_error("type() takes 1 or 3 arguments");
  }
  if (!t->new_) type_error("cannot create '" + t->name + "' instances");
  Ref obj;
  Value newf, t_init;
  type_new_init(t, &newf, &t_init);
  size_t nall = nargs + (kwnames ? size_t(kwnames->size) : 0);
  if (newf.is_obj() && newf.as_obj()->type == &FunctionType) {
    // A Python __new__: called as a static method with the class first.
    ArgsWithFirst a(callable, args, nall);
    obj = call(newf, a.data(), nargs + 1, kwnames);
  } else {
    obj = t->new_(t, args, nargs, kwnames);
  }
  Type* ot = type_of(obj.get());
  if (ot != t && !is_subtype(ot, t)) return obj;
  if (t == &TypeType) return obj;
  Value initf = ot == t ? t_init : type_lookup(ot, s_init);
  if (initf.is_obj() && initf.as_obj()->type == &FunctionType) {
    ArgsWithFirst a(obj.get(), args, nall);
    Ref r = call_function(static_cast<Function*>(initf.as_obj()), a.data(), nargs + 1, kwnames);
    if (!r.get().is_none()) type_error("__init__() should return None, not '" + type_name(r.get()) + "'");
  } else if (ot->init) {
    ot->init(obj.get(), args, nargs, kwnames);
  } else if ((nargs || kwnames) && !(newf.is_obj() && newf.as_obj()->type == &FunctionType) &&
             ot->new_ == ObjectType.new_) {
    type_error(ot->name + "() takes no arguments");
  }
  return obj;
}

// ------------------------------------------------------- class creation
Ref type_new_class(Type* meta, Str* name, Value bases_in, Dict* ns) {
  Ref bases = bases_in.is_null() || as_tuple(bases_in)->size == 0 ? tuple_from({Value::object(&ObjectType)})
                                                                    : Ref::borrow(bases_in);
  Tuple* bt = as_tuple(bases.get());
  for (int64_t i = 0; i < bt->size; i++)
    for (int64_t j = 0; j < i; j++)
      if (bt->items[i] == bt->items[j] && isinstance_of(bt->items[i], &TypeType))
        type_error("duplicate base class " + static_cast<Type*>(bt->items[i].as_obj())->name);
  Type* solid = nullptr;   // the base whose instance layout we extend
  for (int64_t i = 0; i < bt->size; i++) {
    if (!isinstance_of(bt->items[i], &TypeType)) type_error("bases must be types");
    Type* b = static_cast<Type*>(bt->items[i].as_obj());
    if (!(b->flags & kTypeBaseType) && !(b->flags & kTypeHeap))
      type_error("type '" + b->name + "' is not an acceptable base type");
    if (!solid || b->basic_size > solid->basic_size) solid = b;
  }
  for (int64_t i = 0; i < bt->size; i++) {
    Type* b = static_cast<Type*>(bt->items[i].as_obj());
    if (!is_subtype(solid, b) && b->basic_size > ObjectType.basic_size + sizeof(Dict*) &&
        b->basic_size != solid->basic_size)
      type_error("multiple bases have instance lay-out conflict");
  }
  Type* t = new (alloc_raw(sizeof(Type))) Type();
  t->rc = 1;
  t->type = meta;
  incref(meta);
  t->name = std::string(name->view());
  t->qualname = t->name;
  t->flags = kTypeHeap | kTypeBaseType | (solid->flags & (kTypeIntSub | kTypeExcSub | kTypeListSub | kTypeTupleSub |
                                                          kTypeStrSub | kTypeDictSub | kTypeTypeSub));
  t->base = static_cast<Type*>(bt->items[0].as_obj());
  incref(t->base);
  t->bases = as_tuple(bases.release());
  t->dict = as_dict(dict_copy(ns).release());
  Ref mro = compute_mro(t);
  t->mro = as_tuple(mro.release());
  // Instance layout: the solid base's, plus an instance dict if it has none.
  if (solid->dict_offset) {
    t->basic_size = solid->basic_size;
    t->dict_offset = solid->dict_offset;
  } else if (solid->flags & kTypeStrSub || solid == &IntType || solid == &TupleType || solid == &BytesType ||
             solid == &FloatType) {
    // Variable-size built-ins keep their trailing storage last: no dict slot.
    t->basic_size = solid->basic_size;
    t->dict_offset = 0;
  } else {
    t->basic_size = solid->basic_size + sizeof(Dict*);
    t->dict_offset = int64_t(solid->basic_size);
  }
  t->new_ = solid->new_;
  t->init = nullptr;
  t->dealloc = solid->dealloc;
  Value mod = dict_get_str(t->dict, intern("__module__"));
  if (is_str(mod)) t->module = std::string(str_view(mod));
  Value qn = dict_get_str(t->dict, intern("__qualname__"));
  if (is_str(qn)) {
    t->qualname = std::string(str_view(qn));
    dict_del(t->dict, Value::object(intern("__qualname__")));
  }
  // __eq__ without __hash__ makes instances unhashable (as CPython does).
  if (!dict_get_str(t->dict, intern("__eq__")).is_null() && dict_get_str(t->dict, intern("__hash__")).is_null())
    dict_set_str(t->dict, "__hash__", Value::none());
  // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
  // (__new__ stays a plain function: type_call passes the class first.)
  static Str* const implicit_classmethods[] = {intern("__init_subclass__"), intern("__class_getitem__")};
  for (Str* name : implicit_classmethods) {
    Value f = dict_get_str(t->dict, name);
    if (f.is_obj() && f.as_obj()->type == &FunctionType) {
      Ref cm = call(Value::object(&ClassMethodType), {f});
      dict_set(t->dict, Value::object(name), cm.get());
    }
  }
  // Every class has a __doc__ attribute of its own (None without a docstring).
  static Str* const s_doc = intern("__doc__");
  if (dict_get_str(t->dict, s_doc).is_null()) dict_set(t->dict, Value::object(s_doc), Value::none());
  inherit_heap_slots(t);
  g_type_epoch.fetch_add(1, std::memory_order_relaxed);
  return Ref::steal(t);
}

static void type_dealloc(Object* o) {
  Type* t = static_cast<Type*>(o);
  g_type_epoch.fetch_add(1, std::memory_order_relaxed);   // drop cached lookups of this type
  if (t->dict) decref(t->dict);
  if (t->bases) decref(t->bases);
  if (t->mro) decref(t->mro);
  if (t->base) decref(t->base);
  t->~Type();
}

Ref type_new(Type* meta, const Value* args, size_t nargs, Tuple* kwnames);   // type_new.cpp: type.__new__
void add_union_operator(Type* t);                                           // union_type.cpp
void init_union_type();                                                     // union_type.cpp
Ref type_prepare(Value, const Value*, size_t, Tuple*);                      // type_new.cpp: type.__prepare__

// --- Python-visible attributes of classes
static Type* T(Value v) { return static_cast<Type*>(v.as_obj()); }
static Ref get_name(Value self) { return str_new(T(self)->name); }
static void set_name(Value self, Value v) {
  if (!is_str(v)) type_error("can only assign string to " + T(self)->name + ".__name__, not '" + type_name(v) + "'");
  if (!(T(self)->flags & kTypeHeap)) type_error("cannot set '__name__' attribute of immutable type '" + T(self)->name + "'");
  T(self)->name = std::string(str_view(v));
}
static Ref get_qualname(Value self) { return str_new(T(self)->qualname); }
static void set_qualname(Value self, Value v) {
  if (!is_str(v)) type_error("can only assign string to __qualname__");
  if (!(T(self)->flags & kTypeHeap)) type_error("cannot set '__qualname__' attribute of immutable type");
  T(self)->qualname = std::string(str_view(v));
}
static Ref get_module(Value self) {
  Value m = dict_get_str(T(self)->dict, intern("__module__"));
  if (!m.is_null()) return Ref::borrow(m);
  return str_new(T(self)->module);
}
static void set_module(Value self, Value v) {
  if (!(T(self)->flags & kTypeHeap)) type_error("cannot set '__module__' attribute of immutable type");
  dict_set_str(T(self)->dict, "__module__", v);
  if (is_str(v)) T(self)->module = std::string(str_view(v));
  g_type_epoch.fetch_add(1, std::memory_order_relaxed);   // cached lookups of __module__
}
static Ref get_bases(Value self) { return Ref::borrow(T(self)->bases); }
static Ref get_base(Value self) { return T(self)->base ? Ref::borrow(T(self)->base) : Ref::none(); }
static Ref get_mro(Value self) { return Ref::borrow(T(self)->mro); }
// cls.__dict__ is a read-only view (mappingproxy), so class changes go
// through setattr, which keeps the attribute caches right. The same type is
// types.MappingProxyType, a live read-only view of any mapping (a dict's
// lookups go straight to the dict).
struct MappingProxy : Object {
  Value mapping;   // owned
};
static Type MappingProxyType;
static Value MPM(Value v) { return static_cast<MappingProxy*>(v.as_obj())->mapping; }
static Dict* exact_dict(Value m) { return type_of(m) == &DictType ? as_dict(m) : nullptr; }
static Ref mp_getitem(Value self, Value key) {
  Dict* d = exact_dict(MPM(self));
  if (!d) return getitem(MPM(self), key);
  Value v = dict_get(d, key);
  if (v.is_null()) key_error(key);
  return Ref::borrow(v);
}
static int64_t mp_len(Value self) { return length(MPM(self)); }
static int mp_contains(Value self, Value key) { return contains(MPM(self), key); }
static Ref mp_iter(Value self) { return get_iter(MPM(self)); }
static Ref mp_str(Value self) { return str_of(MPM(self)); }
static Ref mp_repr(Value self) { return str_new("mappingproxy(" + repr_utf8(MPM(self)) + ")"); }
static void mp_dealloc(Object* o) { decref(static_cast<MappingProxy*>(o)->mapping); }
// Compares as the mapping it shows (another proxy is unwrapped first).
static Ref mp_richcmp(Value a, Value b, CmpOp op) {
  if (type_of(b) == &MappingProxyType) b = MPM(b);
  return compare(MPM(a), b, op);
}
static Ref mp_forward(Value self, const char* name, const Value* a, size_t n) {
  Ref m = getattr(MPM(self), name);
  return call(m.get(), a, n);
}
static Ref mp_keys(Value s, const Value* a, size_t n, Tuple*) { return mp_forward(s, "keys", a, n); }
static Ref mp_values(Value s, const Value* a, size_t n, Tuple*) { return mp_forward(s, "values", a, n); }
static Ref mp_items(Value s, const Value* a, size_t n, Tuple*) { return mp_forward(s, "items", a, n); }
static Ref mp_get(Value s, const Value* a, size_t n, Tuple*) { return mp_forward(s, "get", a, n); }
static Ref mp_reversed(Value s, const Value* a, size_t n, Tuple*) { return mp_forward(s, "__reversed__", a, n); }
static Ref mp_copy(Value s, const Value* a, size_t n, Tuple*) { return mp_forward(s, "copy", a, n); }
static const MethodDef mp_methods[] = {{"keys", mp_keys},     {"values", mp_values},
                                       {"items", mp_items},   {"get", mp_get},
                                       {"copy", mp_copy},     {"__reversed__", mp_reversed},
                                       {nullptr, nullptr}};

static Ref mappingproxy_of(Value mapping);

static Ref mp_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("mappingproxy", nargs, kwnames, 1, 1);
  Value m = args[0];
  if (isinstance_of(m, &ListType) || isinstance_of(m, &TupleType) || !getattr_opt(m, intern("__getitem__")))
    type_error("mappingproxy() argument must be a mapping, not " + type_name(m));
  return mappingproxy_of(m);
}

static Ref mappingproxy_of(Value mapping) {
  static const bool ready = [] {
    MappingProxyType.name = "mappingproxy";
    MappingProxyType.getitem = mp_getitem;
    MappingProxyType.len = mp_len;
    MappingProxyType.contains = mp_contains;
    MappingProxyType.iter = mp_iter;
    MappingProxyType.str = mp_str;
    MappingProxyType.repr = mp_repr;
    MappingProxyType.richcmp = mp_richcmp;
    MappingProxyType.dealloc = mp_dealloc;
    MappingProxyType.new_ = mp_new;
    type_ready(&MappingProxyType, mp_methods);
    cont::mark_unhashable(MappingProxyType);
    return true;
  }();
  (void)ready;
  MappingProxy* p = alloc_object<MappingProxy>(&MappingProxyType);
  p->mapping = mapping;
  incref(mapping);
  return Ref::steal(p);
}

Ref mappingproxy_new(Dict* d) { return mappingproxy_of(Value::object(d)); }

static Ref get_tdict(Value self) { return mappingproxy_new(T(self)->dict); }
static Ref get_doc(Value self) {
  Value d = dict_get_str(T(self)->dict, intern("__doc__"));
  return d.is_null() ? Ref::none() : Ref::borrow(d);
}
// A class's docstring may be replaced (decorators such as dataclass do);
// a built-in type's may not. CPython words deletion as for an immutable type.
static void set_doc(Value self, Value v) {
  Type* t = T(self);
  if (!(t->flags & kTypeHeap)) type_error("cannot set '__doc__' attribute of immutable type '" + t->name + "'");
  if (v.is_null()) type_error("cannot delete '__doc__' attribute of immutable type '" + t->name + "'");
  dict_set_str(t->dict, "__doc__", v);
  g_type_epoch.fetch_add(1, std::memory_order_relaxed);
}

static const GetSetDef type_getsets[] = {
    {"__name__", get_name, set_name}, {"__qualname__", get_qualname, set_qualname},
    {"__module__", get_module, set_module}, {"__bases__", get_bases}, {"__base__", get_base},
    {"__mro__", get_mro}, {"__dict__", get_tdict}, {"__doc__", get_doc, set_doc},
    {nullptr, nullptr}};

static Ref m_type_mro(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("mro", nargs, kw, 0, 0);
  return list_from_iterable(Value::object(T(self)->mro));
}

static Ref m_type_subclasscheck(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__subclasscheck__", nargs, kw, 1, 1);
  if (!isinstance_of(args[0], &TypeType)) type_error("issubclass() arg 1 must be a class");
  return Ref::boolean(is_subtype(T(args[0]), T(self)));
}

static Ref m_type_instancecheck(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__instancecheck__", nargs, kw, 1, 1);
  return Ref::boolean(isinstance_of(args[0], T(self)));
}

// type.__setattr__ / __delattr__ / __getattribute__: what a metaclass that
// overrides them reaches with super() — the class's own attributes.
static Str* attr_name_arg(Value v) {
  if (!is_str(v)) type_error("attribute name must be string, not '" + type_name(v) + "'");
  return intern(as_str(v));
}
static Ref m_type_setattr(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__setattr__", nargs, kw, 2, 2);
  type_setattr(self, attr_name_arg(args[0]), args[1]);
  return Ref::none();
}
static Ref m_type_delattr(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__delattr__", nargs, kw, 1, 1);
  type_setattr(self, attr_name_arg(args[0]), Value::null());
  return Ref::none();
}
static Ref m_type_getattribute(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__getattribute__", nargs, kw, 1, 1);
  Str* name = attr_name_arg(args[0]);
  Ref r = type_getattr(self, name);
  if (!r) attribute_error(self, name);
  return r;
}

static const MethodDef type_methods[] = {
    {"mro", m_type_mro},
    {"__subclasscheck__", m_type_subclasscheck},
    {"__instancecheck__", m_type_instancecheck},
    {"__prepare__", type_prepare, kMethClass},
    {"__setattr__", m_type_setattr},
    {"__delattr__", m_type_delattr},
    {"__getattribute__", m_type_getattribute},
    {nullptr, nullptr}};

void init_type_type() {
  s_new = intern("__new__");
  s_init = intern("__init__");
  TypeType.name = TypeType.qualname = "type";
  TypeType.basic_size = sizeof(Type);
  TypeType.flags = kTypeBaseType | kTypeTypeSub;
  TypeType.call = type_call;
  TypeType.getattr = type_getattr;
  TypeType.setattr = type_setattr;
  TypeType.repr = type_repr;
  TypeType.hash = type_hash;
  TypeType.richcmp = type_richcmp;
  TypeType.new_ = type_new;
  TypeType.dealloc = type_dealloc;
  type_ready(&TypeType, type_methods, type_getsets);
  add_union_operator(&TypeType);   // int | None
  init_union_type();
}

}  // namespace gilpy
