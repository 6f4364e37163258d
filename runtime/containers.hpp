// containers.hpp — list, tuple, dict, set, range, slice objects.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "object.hpp"

namespace gilpy {

// ------------------------------------------------------------------- tuple
// `items` points at trailing storage right after the fixed part of the
// instance (sizeof(Tuple) for tuples, basic_size for subclass instances, so
// a subclass may add fields such as an instance dict without overlapping).
struct Tuple : Object {
  int64_t hash;        // cached, -1 if not computed
  int64_t size;
  Value* items;        // owned; `size` values in trailing storage
};
Ref tuple_new(size_t n);                                  // items null: fill before use
Ref tuple_from(std::initializer_list<Value> items);       // borrowed items
Ref tuple_from_array(const Value* items, size_t n);       // borrowed items
Ref tuple_from_iterable(Value it);
inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_obj()); }
Tuple* empty_tuple();                                     // immortal, borrowed

// -------------------------------------------------------------------- list
struct List : Object {
  int64_t size;
  int64_t capacity;
  Value* items;        // owned values; buffer from buf_alloc (container_util.hpp)
};
Ref list_new(size_t n = 0);                               // n null items: fill before use
Ref list_from_array(const Value* items, size_t n);        // borrowed items
Ref list_from_iterable(Value it);
void list_append(Value list, Value v);                    // borrowed v
void list_extend(Value list, Value iterable);
void list_sort(Value list, Value key, bool reverse);      // stable; safe if compare throws
inline List* as_list(Value v) { return static_cast<List*>(v.as_obj()); }

// -------------------------------------------------------------------- dict
// An insertion-ordered hash table (the "compact dict" layout): a dense array
// of entries in insertion order plus a sparse index table of int32 slots.
struct DictEntry {
  int64_t hash;
  Value key;           // null: deleted entry
  Value value;
};
struct Dict : Object {
  int64_t used;        // live entries
  int64_t nentries;    // entries used in `entries` (incl. deleted)
  int64_t capacity;    // entries capacity
  int64_t mask;        // index table size - 1
  uint64_t version;    // changes on every mutation; unique across all dicts (caches key on it)
  int32_t* index;      // -1 empty, -2 dummy, else entry number
  DictEntry* entries;
  int32_t* inline_table = nullptr;   // a first table allocated with the dict (never freed alone)
};
Ref dict_new();
// A dict whose first table (5 entries) lives in the same allocation: for
// instance dicts, which are many, small and read often.
Ref dict_new_inline();
inline Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_obj()); }
Value dict_get(Dict* d, Value key);                     // borrowed, null if absent
Value dict_get_str(Dict* d, Str* key);                  // fast path for (interned) str keys
Value dict_get_cstr(Dict* d, std::string_view key);
void dict_set(Dict* d, Value key, Value v);             // borrowed key and v
void dict_set_str(Dict* d, std::string_view key, Value v);
bool dict_del(Dict* d, Value key);                      // false if absent
Ref dict_pop(Dict* d, Value key);                       // null Ref if absent
void dict_clear(Dict* d);
void dict_update(Dict* d, Value other);                 // mapping or iterable of pairs
Ref dict_copy(Dict* d);
// Iterate: pos starts at 0; returns false at the end. key/value borrowed.
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);

// --------------------------------------------------------------- set / frozenset
// Open addressing with CPython's probe sequence and growth rule, so that
// iteration order matches CPython's for the same hashes and operations.
struct SetEntry {
  int64_t hash;
  Value key;           // null: empty; dummy marker: deleted (see set.cpp)
};
constexpr int kSetMinSize = 8;
struct Set : Object {
  int64_t fill;        // active + dummy
  int64_t used;        // active
  int64_t mask;
  int64_t hash;        // frozenset: cached, -1
  int64_t finger;      // pop() search start
  SetEntry* table;     // smalltable or a mimalloc buffer
  SetEntry smalltable[kSetMinSize];   // small sets need no second allocation
};
Ref set_new(Type* t = &SetType);                         // empty set (or frozenset)
Ref set_from_iterable(Value it, Type* t = &SetType);
void set_add(Value set, Value key);
bool set_contains(Value set, Value key);
bool set_discard(Value set, Value key);
bool set_next(Set* s, int64_t* pos, Value* key);          // borrowed key
inline Set* as_set(Value v) { return static_cast<Set*>(v.as_obj()); }

// ------------------------------------------------------------ range, slice
struct Range : Object {
  Value start, stop, step;   // ints (owned; may be big)
  int64_t length;            // -1 if it does not fit (huge ranges: len() raises OverflowError)
};
struct Slice : Object {
  Value start, stop, step;   // owned; None when absent
};
Ref slice_new(Value start, Value stop, Value step);
// Resolve a slice against a sequence length: CPython's PySlice_GetIndicesEx.
// Returns the number of items selected.
int64_t slice_indices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step);
// Normalise a sequence index (negative from the end), IndexError("<what> index out of range").
int64_t seq_index(Value key, int64_t length, const char* what);

// Common iterator over a C++-indexable sequence (list, tuple, str, ...)
Ref seq_iter_new(Value seq);

// ------------------------------------------------------------- additions
// Dict lookup with a hash the caller already has (e.g. cached in a code object).
Value dict_get_hashed(Dict* d, Value key, int64_t hash);   // borrowed, null if absent
// Entry number of a str key in d->entries, or -1: the VM caches it per
// instruction as a hint, since instances of one class usually share the
// order in which their attributes were first set.
int64_t dict_entry_of_str(Dict* d, Str* key);
// Replaces the value of live entry `ix` (borrowed v); bumps the version.
void dict_store_at(Dict* d, int64_t ix, Value v);
// reversed(list) without a method lookup.
Ref list_reversed_iter(Value list);
// iter(callable, sentinel)
Ref callable_iter_new(Value callable, Value sentinel);
// The set (exact type) made from `a op b` for op in | & - ^; both sets.
Ref set_binop(BinOp op, Value a, Value b);
// set.update(iterable) with CPython's bulk paths (a set or frozenset argument
// is merged table-to-table, which decides the resulting iteration order:
// use it for SET_UPDATE).
void set_update(Value set, Value iterable);

// The built-in iterator classes, callable from Python (registered by builtins).
extern Type EnumerateType, ZipType, MapType, FilterType, ReversedType, CallableIterType;
// Iterator and view types (for isinstance checks and the collections.abc registry).
extern Type ListIterType, ListRevIterType, TupleIterType, SetIterType, RangeIterType,
    LongRangeIterType, SeqIterType, DictKeysType, DictValuesType, DictItemsType;

// types.GenericAlias (`list[int]`): the __class_getitem__ of the built-in
// containers; other classes may list `class_getitem` as a kMethClass method.
extern Type GenericAliasType;
Ref generic_alias_new(Value origin, Value args);
Ref class_getitem(Value cls, const Value* args, size_t nargs, Tuple* kwnames);

// Fills and readies every type of this header (runtime start-up, once).
void init_container_types();

}  // namespace gilpy
