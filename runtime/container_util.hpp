// container_util.hpp — helpers private to the container files (tuple, list,
// dict, set, range/slice, the iterator classes, the array module).
//
// Not part of the contract between engineers: only files of the container
// area include it. Implementations live in containers_init.cpp.
#pragma once
#include <cstring>
#include <string>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {
struct ThreadState;
}

namespace gilpy::cont {

// ------------------------------------------------------- hashing, equality
inline bool is_exact_str(Value v) { return v.is_obj() && v.as_obj()->type == &StrType; }

// hash(v) with the two commonest key kinds inline. CPython's hash of an int
// whose magnitude is below 2**61-1 is the int itself, except -1 -> -2.
inline int64_t fast_hash(Value v) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    return i == -1 ? -2 : i;
  }
  if (is_exact_str(v)) {
    Str* s = as_str(v);
    return s->hash != -1 ? s->hash : str_hash(s);
  }
  return hash(v);
}

// Equality decidable without running Python code: 1 equal, 0 different,
// -1 unknown (call the generic protocol).
inline int quick_eq(Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small_int() && b.is_small_int()) return 0;
  if (is_exact_str(a) && is_exact_str(b)) {
    Str* x = as_str(a);
    Str* y = as_str(b);
    return x->size == y->size && std::memcmp(x->data, y->data, size_t(x->size)) == 0;
  }
  return -1;
}
inline bool fast_equals(Value a, Value b) {
  int r = quick_eq(a, b);
  return r >= 0 ? r != 0 : equals(a, b);
}

// ------------------------------------------------------------ repr guard
// Marks a container as "being repr'd" on this thread so a self-reference
// prints as [...] / {...} instead of recursing forever (CPython's
// Py_ReprEnter). Per thread, like CPython's; released on unwinding.
class ReprGuard {
 public:
  explicit ReprGuard(Value v);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive() const { return !entered_; }

 private:
  Object* obj_;
  bool entered_;
};

void append_repr(std::string& out, Value v);   // out += repr(v)

// ------------------------------------------------------- deep deallocation
// Dropping the last reference to a deeply nested structure ([[[...]]] a
// million deep) would recurse once per level in C++. While a DeallocNest is
// live on this thread and the nesting is deep, drop() parks values on a
// per-thread list that the outermost DeallocNest drains iteratively
// (CPython's "trashcan").
class DeallocNest {
 public:
  DeallocNest();
  ~DeallocNest();
  // Inline for the usual case, a reference that is not the last one.
  void drop(Value v) {
    if (!v.is_obj()) return;
    Object* o = v.as_obj();
    if (o->rc != 1) {
      decref(o);
      return;
    }
    drop_last(o);
  }
  DeallocNest(const DeallocNest&) = delete;
  DeallocNest& operator=(const DeallocNest&) = delete;

 private:
  static void drop_last(Object* o);
};

// ------------------------------------------------------------ recursion
// Comparisons and hashes of nested containers recurse in C++ (a == b on
// [[[...]]] a million deep). Counts toward the interpreter's recursion limit
// and checks the C stack, so deep nesting raises RecursionError instead of
// overflowing the stack. `where`: " in comparison", ...
class RecursionScope {
 public:
  explicit RecursionScope(const char* where);
  ~RecursionScope();
  RecursionScope(const RecursionScope&) = delete;
  RecursionScope& operator=(const RecursionScope&) = delete;

 private:
  ThreadState* ts_;
};

// ---------------------------------------------------------- argument checks
inline bool has_kwargs(Tuple* kwnames) { return kwnames && kwnames->size > 0; }
// "list.append() takes no keyword arguments"
void no_kwargs(const char* qualname, Tuple* kwnames);
// METH_NOARGS: "list.copy() takes no arguments (1 given)"
void check_noargs(const char* qualname, size_t nargs, Tuple* kwnames);
// METH_O: "list.append() takes exactly one argument (0 given)"
void check_onearg(const char* qualname, size_t nargs, Tuple* kwnames);
// Clinic style: "insert expected 2 arguments, got 1", "pop expected at most 1 argument, got 2".
// Keywords are rejected with "<qualname>() takes no keyword arguments".
void check_range(const char* name, const char* qualname, size_t nargs, Tuple* kwnames,
                 size_t min, size_t max);

// ------------------------------------------------------------------ indices
inline bool is_slice(Value v) { return v.is_obj() && v.as_obj()->type == &SliceType; }
bool is_index_like(Value v);            // int, bool, or has __index__
// __index__ to int64; IndexError "cannot fit 'int' into an index-sized integer" if too big.
int64_t index_ssize(Value v);
// CPython's slice-index conversion: None keeps *out, ints clamp to int64.
// TypeError "slice indices must be integers or None or have an __index__ method".
void slice_index_clamped(Value v, int64_t* out);
// "list indices must be integers or slices, not str"
[[noreturn]] void bad_index_type(const char* what, Value key);
// a * b for a new container size; MemoryError if it does not fit.
int64_t checked_size_mul(int64_t a, int64_t b);
int64_t checked_size_add(int64_t a, int64_t b);
// The count of `seq * n`: OverflowError "cannot fit 'int' into an index-sized
// integer" for ints beyond int64 (as CPython), negative counts give 0.
int64_t repeat_count(Value n);
// The TypeError of `seq * x` for a non-integer x.
[[noreturn]] void bad_repeat(Value x);

// Does the right operand's class define `rname` (e.g. "__radd__")? Used to
// give a user class its turn before a sequence reports its own TypeError.
bool may_reflect(Value other, const char* rname);

// ---------------------------------------------------------------- types
// Sets the header and naming fields of a static built-in type.
void setup_type(Type& t, const char* name, size_t basic_size, uint32_t flags = 0);
Ref iter_self(Value v);                 // the `iter` slot of every iterator
// The `new_` slot of types Python code may not instantiate (iterators, views):
// TypeError "cannot create 'list_iterator' instances".
Ref no_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames);
[[noreturn]] void unhashable(Value v);  // "unhashable type: 'list'"
int64_t unhashable_hash(Value v);       // a hash slot that raises
// After type_ready: `__hash__ = None` in the class dict, as CPython has for
// list, dict, set...; subclasses then stay unhashable too.
void mark_unhashable(Type& t);

// Per-file type initialisers, called by init_container_types().
void init_tuple_types();
void init_list_types();
void init_dict_types();
void init_dict_view_types();
void init_set_types();
void init_range_slice_types();
void init_iterobject_types();
void init_generic_alias_type();

// MemoryError for a request beyond physical memory. mimalloc reserves huge
// blocks lazily (so [0] * 10**12 would "succeed" and then be OOM-killed
// while filled); CPython reports MemoryError: so do we, up front.
void check_alloc_size(size_t bytes);

// Growable buffers (list items, array data). Small ones live on mimalloc;
// big ones (>= 256 KiB) get their own mapping, grown with mremap: mimalloc's
// realloc of a big block copies it into fresh memory that must be faulted in
// again, which made 10M appends 6x slower than growing the mapping in place.
// Callers pass the current size, which decides where a buffer lives.
void* buf_alloc(size_t bytes);
void* buf_realloc(void* p, size_t old_bytes, size_t new_bytes);
void buf_free(void* p, size_t bytes);
inline Value* items_alloc(int64_t n) {
  return static_cast<Value*>(buf_alloc(size_t(n) * sizeof(Value)));
}
inline Value* items_realloc(Value* p, int64_t old_n, int64_t n) {
  return static_cast<Value*>(buf_realloc(p, size_t(old_n) * sizeof(Value), size_t(n) * sizeof(Value)));
}
inline void items_free(Value* p, int64_t n) { buf_free(p, size_t(n) * sizeof(Value)); }

// Dict views and iterators (dict_views.cpp), used by dict.cpp.
enum class DictPart { Keys, Values, Items };
Ref dict_view_new(DictPart part, Value dict);
Ref dict_iter_new(DictPart part, Value dict, bool reversed);
// The `iter` slot of dict; a dict subclass that keeps it iterates like a dict.
Ref dict_iter_slot(Value dict);
// The index-table slot holding entry `ix` (the entry must be live).
int64_t dict_slot_of(Dict* d, int64_t ix);

// Sequence helpers shared by list and tuple.
Ref tuple_alloc(Type* t, int64_t n);     // items null; exact tuple if t == &TupleType
// Lexicographic comparison of two lists or two tuples (a list may change
// while __eq__ runs: items are re-read on every step).
Ref seq_richcompare(Value a, Value b, CmpOp op);
// Items and size of a list or tuple (instance of either, incl. subclasses).
inline void seq_view(Value v, Value** items, int64_t* n) {
  Object* o = v.as_obj();
  if (o->type == &ListType || (o->type != &TupleType && is_subtype(o->type, &ListType))) {
    *items = static_cast<List*>(o)->items;
    *n = static_cast<List*>(o)->size;
  } else {
    *items = static_cast<Tuple*>(o)->items;
    *n = static_cast<Tuple*>(o)->size;
  }
}

}  // namespace gilpy::cont
