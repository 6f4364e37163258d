// object.hpp — heap objects, reference counting, and the Type record.
//
// Every heap object starts with {refcount, type}. Reference counts are plain
// int64 — no atomics. That is only safe because one global interpreter lock
// (the GIL) is held by whoever touches an object: exactly CPython's bargain,
// and the lesson gilpy exists to show. Objects shared by every interpreter in
// the process (the built-in types, interned names) are *immortal*: their
// count is negative and never changes, so two interpreters running on two
// threads never write the same count.
#pragma once
#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include "value.hpp"

namespace gilpy {

struct Type;
struct Str;
struct Tuple;
struct Dict;

struct Object {
  int64_t rc;
  Type* type;
};

constexpr int64_t kImmortal = INT64_MIN / 2;

void dealloc_object(Object* o);   // runs the type's dealloc and frees memory

inline void incref(Object* o) {
  if (o->rc >= 0) ++o->rc;
}
inline void decref(Object* o) {
  if (o->rc > 0 && --o->rc == 0) dealloc_object(o);
}
inline void incref(Value v) {
  if (v.is_obj()) incref(v.as_obj());
}
inline void decref(Value v) {
  if (v.is_obj()) decref(v.as_obj());
}
inline void xdecref(Value v) {   // tolerates null
  if (v.is_obj()) decref(v.as_obj());
}
inline void make_immortal(Object* o) { o->rc = kImmortal; }

// Ref: an owned reference. Move-only; the destructor drops the reference.
class Ref {
 public:
  Ref() = default;
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value::null(); }
  Ref& operator=(Ref&& o) noexcept {
    if (this != &o) {
      Value old = v_;
      v_ = o.v_;
      o.v_ = Value::null();
      xdecref(old);
    }
    return *this;
  }
  ~Ref() { xdecref(v_); }

  static Ref steal(Value v) { Ref r; r.v_ = v; return r; }   // take over an owned value
  static Ref borrow(Value v) { incref(v); return steal(v); }  // add a reference
  static Ref steal(Object* o) { return steal(Value::object(o)); }
  static Ref borrow(Object* o) { return borrow(Value::object(o)); }
  // Immediates need no counting; these make intent clear at call sites.
  static Ref none() { return steal(Value::none()); }
  static Ref boolean(bool b) { return steal(Value::boolean(b)); }

  Value get() const { return v_; }
  Value release() { Value v = v_; v_ = Value::null(); return v; }
  bool is_null() const { return v_.is_null(); }
  explicit operator bool() const { return !v_.is_null(); }
  Object* obj() const { return v_.as_obj(); }
  template <class T> T* as() const { return static_cast<T*>(v_.as_obj()); }
  void reset() { xdecref(v_); v_ = Value::null(); }

 private:
  Value v_ = Value::null();
};

// ------------------------------------------------------------------- slots
// Operator identifiers shared by the compiler, the VM and every type.
enum class BinOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
  Count
};
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// Calling convention (like CPython's vectorcall): `args` holds the positional
// arguments followed by the keyword argument values; `kwnames` (or nullptr)
// is a tuple of the keyword names, so nargs counts positionals only.
using CallFn = Ref (*)(Value callable, const Value* args, size_t nargs, Tuple* kwnames);
// A built-in method or function: `self` is the bound object (or the module).
using NativeFn = Ref (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);

struct Type : Object {
  std::string name;          // "list", "MyClass"
  std::string qualname;
  std::string module;        // "builtins" for built-ins
  Type* base = nullptr;      // the solid base (first base, or object)
  Tuple* bases = nullptr;
  Tuple* mro = nullptr;      // the C3 linearisation, starting with this type
  Dict* dict = nullptr;      // class namespace (methods, attributes)
  size_t basic_size = sizeof(Object);
  uint32_t flags = 0;
  uint64_t version = 0;      // bumped on any change to this type or its bases (attribute caches)
  int64_t dict_offset = 0;   // byte offset of a Dict* instance dict inside instances, 0 if none
  uint64_t call_cache_epoch = 0;   // type epoch at which cached_new/cached_init were looked up
  Value cached_new, cached_init;   // borrowed results of type_lookup(__new__/__init__)

  // --- slots (nullptr = unsupported). Built-in types fill these with C++
  // functions; user classes get generic versions that look up dunders.
  void (*dealloc)(Object*) = nullptr;                 // drop owned references (memory is freed after)
  Ref (*repr)(Value self) = nullptr;
  Ref (*str)(Value self) = nullptr;
  int64_t (*hash)(Value self) = nullptr;              // throws TypeError if unhashable
  Ref (*richcmp)(Value a, Value b, CmpOp op) = nullptr;   // NotImplemented if it can't
  Ref (*binop)(BinOp op, Value a, Value b, bool reflected) = nullptr;  // self is a (or b if reflected)
  Ref (*inplace)(BinOp op, Value a, Value b) = nullptr;  // null Ref result = fall back to binop
  Ref (*unary)(int op, Value self) = nullptr;          // op: 0 neg, 1 pos, 2 invert, 3 abs
  CallFn call = nullptr;
  Ref (*getattr)(Value self, Str* name) = nullptr;    // null Ref if absent (no exception)
  void (*setattr)(Value self, Str* name, Value v) = nullptr;  // v null: delete
  Ref (*iter)(Value self) = nullptr;
  Value (*next)(Value self) = nullptr;                // owned value, or null when exhausted
  int64_t (*len)(Value self) = nullptr;
  Ref (*getitem)(Value self, Value key) = nullptr;
  void (*setitem)(Value self, Value key, Value v) = nullptr;  // v null: delete
  int (*contains)(Value self, Value item) = nullptr;  // 0/1
  int (*truth)(Value self) = nullptr;                 // 0/1
  Ref (*descr_get)(Value descr, Value obj, Value owner) = nullptr;   // obj null: accessed on class
  bool (*descr_set)(Value descr, Value obj, Value v) = nullptr;      // data descriptors; v null: delete
  Ref (*new_)(Type* t, const Value* args, size_t nargs, Tuple* kwnames) = nullptr;
  void (*init)(Value self, const Value* args, size_t nargs, Tuple* kwnames) = nullptr;
};

// Type flags
enum : uint32_t {
  kTypeHeap = 1u << 0,          // created by a class statement (mutable, refcounted)
  kTypeBaseType = 1u << 1,      // may be subclassed
  kTypeIntSub = 1u << 2,        // fast subclass tests, as CPython's tp_flags
  kTypeListSub = 1u << 3,
  kTypeTupleSub = 1u << 4,
  kTypeStrSub = 1u << 5,
  kTypeDictSub = 1u << 6,
  kTypeExcSub = 1u << 7,
  kTypeTypeSub = 1u << 8,
  kTypeHasDunderGetattr = 1u << 9,
  kTypeAbstractInit = 1u << 10,
  kTypeHasDel = 1u << 11,       // a heap type with a __del__ method (dealloc calls it)
};

// The built-in types. Defined once each, in the file for that type.
extern Type TypeType, ObjectType, NoneType, BoolType, IntType, FloatType, StrType, BytesType,
    ByteArrayType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType,
    FunctionType, CodeType, CellType, MethodType, BuiltinFunctionType, MethodDescrType,
    ModuleType, PropertyType, StaticMethodType, ClassMethodType, NotImplementedType,
    EllipsisType, GeneratorType, SuperType;

extern Object NotImplementedObj, EllipsisObj;
inline Value not_implemented() { return Value::object(&NotImplementedObj); }
inline bool is_not_implemented(Value v) { return v == Value::object(&NotImplementedObj); }

inline Type* type_of(Value v) {
  if (v.is_obj()) return v.as_obj()->type;
  if (v.is_float()) return &FloatType;
  if (v.is_small_int()) return &IntType;
  if (v.is_bool()) return &BoolType;
  return &NoneType;
}

// Allocation: objects live on mimalloc. `alloc_object` zero-fills, sets rc=1.
void* alloc_raw(size_t size);   // throws MemoryError
void free_raw(void* p);
// Objects are constructed in place (members with default initialisers get
// them); `size` may exceed sizeof(T) for objects with trailing storage.
template <class T>
T* alloc_object(Type* t, size_t size = sizeof(T)) {
  T* o = new (alloc_raw(size)) T();
  o->rc = 1;
  o->type = t;
  if (t->flags & kTypeHeap) incref(t);
  return o;
}

bool is_subtype(const Type* a, const Type* b);   // walks a's MRO
inline bool isinstance_of(Value v, const Type* t) {
  Type* vt = type_of(v);
  return vt == t || is_subtype(vt, t);
}

}  // namespace gilpy
