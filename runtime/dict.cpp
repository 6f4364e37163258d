// dict.cpp — the dict type: a compact, insertion-ordered hash table.
//
// Layout (CPython's since 3.6): `entries` is a dense array of {hash, key,
// value} in insertion order; `index` is a power-of-two table of int32 entry
// numbers (-1 empty, -2 deleted) probed with CPython's perturbation scheme.
// Both live in one mimalloc block. A new dict points at a shared, read-only
// empty index table and allocates on its first insertion.
//
// Comparing keys may run Python __eq__, which may mutate the dict: lookups
// restart when the table or the compared entry changed meanwhile, so they
// never read a freed table.
#include <mimalloc.h>

#include <algorithm>
#include <atomic>

#include "runtime/container_util.hpp"

namespace gilpy {

Type DictType;

using namespace cont;

static constexpr int64_t kMinTable = 8;
static constexpr int32_t kEmpty = -1, kDummy = -2;
// Shared by every empty dict; never written (insertion first allocates).
static int32_t g_empty_index[kMinTable] = {-1, -1, -1, -1, -1, -1, -1, -1};

// Versions are unique across all dicts, not just increasing per dict: the
// VM caches lookups keyed by (dict pointer, version), and a freed dict's
// address may be reused by a new dict whose own count reached the same
// number. Each thread takes blocks of 2**32 versions from one atomic counter
// and hands them out without further synchronisation.
static std::atomic<uint64_t> g_version_blocks{1};
static thread_local uint64_t t_version_next = 0, t_version_end = 0;

static uint64_t next_version() {
  if (t_version_next == t_version_end) {
    uint64_t block = g_version_blocks.fetch_add(1, std::memory_order_relaxed);
    t_version_next = block << 32;
    t_version_end = (block + 1) << 32;
  }
  return t_version_next++;
}

static constexpr int64_t usable_for(int64_t size) { return (size << 1) / 3; }

static void set_empty_table(Dict* d) {
  d->index = g_empty_index;
  d->entries = nullptr;
  d->mask = kMinTable - 1;
  d->capacity = 0;
  d->nentries = 0;
  d->used = 0;
}

static void free_table(Dict* d, int32_t* index) {
  if (index != g_empty_index && index != d->inline_table) mi_free(index);
}

// Installs a fresh table of `size` slots (power of two); no entries yet.
static void alloc_table(Dict* d, int64_t size) {
  if (size > (int64_t(1) << 30)) memory_error();
  int64_t usable = usable_for(size);
  size_t bytes = size_t(size) * sizeof(int32_t) + size_t(usable) * sizeof(DictEntry);
  check_alloc_size(bytes);
  char* block = static_cast<char*>(mi_malloc(bytes));
  if (!block) memory_error();
  d->index = reinterpret_cast<int32_t*>(block);
  std::fill(d->index, d->index + size, kEmpty);
  d->entries = reinterpret_cast<DictEntry*>(block + size_t(size) * sizeof(int32_t));
  d->mask = size - 1;
  d->capacity = usable;
  d->nentries = 0;
}

// First free (empty or deleted) slot on the probe path of `hash`.
static size_t find_free_slot(Dict* d, int64_t hash) {
  size_t mask = size_t(d->mask);
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  while (d->index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds the table with room for at least `minused` entries, dropping
// deleted entries (CPython grows to used*3 slots).
static void resize(Dict* d, int64_t minused) {
  int64_t size = kMinTable;
  while (size < minused * 3 && size < (int64_t(1) << 31)) size <<= 1;
  int32_t* old_index = d->index;
  DictEntry* old = d->entries;
  int64_t old_n = d->nentries;
  alloc_table(d, size);
  int64_t k = 0;
  for (int64_t i = 0; i < old_n; ++i) {
    if (old[i].key.is_null()) continue;
    d->entries[k] = old[i];
    d->index[find_free_slot(d, old[i].hash)] = int32_t(k);
    ++k;
  }
  d->nentries = k;
  free_table(d, old_index);
}

// Entry number holding `key` (or -1); *slot receives its index-table slot.
static int64_t lookup(Dict* d, Value key, int64_t hash, size_t* slot) {
restart:
  size_t mask = size_t(d->mask);
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry* e = &d->entries[ix];
      if (e->key == key) {
        *slot = i;
        return ix;
      }
      if (e->hash == hash) {
        int q = quick_eq(e->key, key);
        if (q < 0) {
          int32_t* index = d->index;
          Ref hold = Ref::borrow(e->key);
          q = equals(hold.get(), key);
          // __eq__ may have rebuilt the table or removed this entry.
          if (d->index != index || size_t(d->mask) != mask || ix >= d->nentries ||
              d->entries[ix].key != hold.get())
            goto restart;
        }
        if (q) {
          *slot = i;
          return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int64_t cont::dict_slot_of(Dict* d, int64_t ix) {
  size_t mask = size_t(d->mask);
  size_t i = size_t(d->entries[ix].hash) & mask;
  uint64_t perturb = uint64_t(d->entries[ix].hash);
  while (d->index[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return int64_t(i);
}

// d[key] = v with a known hash (borrowed key and v).
static void insert(Dict* d, Value key, int64_t hash, Value v) {
  size_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix >= 0) {   // keep the existing key object, replace the value
    DictEntry* e = &d->entries[ix];
    Value old = e->value;
    incref(v);
    e->value = v;
    d->version = next_version();
    decref(old);
    return;
  }
  if (d->nentries >= d->capacity) resize(d, d->used + 1);
  slot = find_free_slot(d, hash);
  ix = d->nentries;
  incref(key);
  incref(v);
  d->entries[ix] = DictEntry{hash, key, v};
  d->index[slot] = int32_t(ix);
  d->nentries = ix + 1;
  d->used++;
  d->version = next_version();
}

// Unlinks a live entry; returns its key and value (owned) to the caller.
static void unlink(Dict* d, size_t slot, int64_t ix, Value* key, Value* value) {
  DictEntry* e = &d->entries[ix];
  *key = e->key;
  *value = e->value;
  e->key = Value::null();
  e->value = Value::null();
  d->index[slot] = kDummy;
  d->used--;
  d->version = next_version();
}

// ------------------------------------------------------------ public API
static Dict* dict_alloc(Type* t) {
  Dict* d = alloc_object<Dict>(t, std::max(sizeof(Dict), t->basic_size));
  set_empty_table(d);
  d->version = next_version();
  return d;
}

Ref dict_new() { return Ref::steal(dict_alloc(&DictType)); }

Ref dict_new_inline() {
  constexpr size_t kIndexBytes = size_t(kMinTable) * sizeof(int32_t);
  constexpr size_t kTableBytes = kIndexBytes + size_t(usable_for(kMinTable)) * sizeof(DictEntry);
  static_assert(sizeof(Dict) % alignof(DictEntry) == 0 && kIndexBytes % alignof(DictEntry) == 0);
  Dict* d = alloc_object<Dict>(&DictType, sizeof(Dict) + kTableBytes);
  char* block = reinterpret_cast<char*>(d) + sizeof(Dict);
  d->inline_table = reinterpret_cast<int32_t*>(block);
  d->index = d->inline_table;
  std::fill(d->index, d->index + kMinTable, kEmpty);
  d->entries = reinterpret_cast<DictEntry*>(block + kIndexBytes);
  d->mask = kMinTable - 1;
  d->capacity = usable_for(kMinTable);
  d->nentries = 0;
  d->used = 0;
  d->version = next_version();
  return Ref::steal(d);
}

Value dict_get_hashed(Dict* d, Value key, int64_t hash) {
  size_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  return ix >= 0 ? d->entries[ix].value : Value::null();
}

int64_t dict_entry_of_str(Dict* d, Str* key) {
  size_t slot;
  return lookup(d, Value::object(key), key->hash != -1 ? key->hash : str_hash(key), &slot);
}

void dict_store_at(Dict* d, int64_t ix, Value v) {
  DictEntry* e = &d->entries[ix];
  Value old = e->value;
  incref(v);
  e->value = v;
  d->version = next_version();
  decref(old);
}

Value dict_get(Dict* d, Value key) { return dict_get_hashed(d, key, fast_hash(key)); }

Value dict_get_str(Dict* d, Str* key) {
  int64_t h = key->hash != -1 ? key->hash : str_hash(key);
  return dict_get_hashed(d, Value::object(key), h);
}

Value dict_get_cstr(Dict* d, std::string_view key) {
  Ref k = str_new(key);
  return dict_get(d, k.get());
}

void dict_set(Dict* d, Value key, Value v) { insert(d, key, fast_hash(key), v); }

void dict_set_str(Dict* d, std::string_view key, Value v) {
  Str* k = intern(key);
  insert(d, Value::object(k), k->hash != -1 ? k->hash : str_hash(k), v);
}

bool dict_del(Dict* d, Value key) {
  size_t slot;
  int64_t ix = lookup(d, key, fast_hash(key), &slot);
  if (ix < 0) return false;
  Value k, v;
  unlink(d, slot, ix, &k, &v);
  decref(k);
  decref(v);
  return true;
}

Ref dict_pop(Dict* d, Value key) {
  if (d->used == 0) return Ref();
  size_t slot;
  int64_t ix = lookup(d, key, fast_hash(key), &slot);
  if (ix < 0) return Ref();
  Value k, v;
  unlink(d, slot, ix, &k, &v);
  decref(k);
  return Ref::steal(v);
}

void dict_clear(Dict* d) {
  int32_t* index = d->index;
  DictEntry* entries = d->entries;
  int64_t n = d->nentries;
  set_empty_table(d);
  d->version = next_version();
  {
    DeallocNest nest;
    for (int64_t i = 0; i < n; ++i) {
      if (entries[i].key.is_null()) continue;
      nest.drop(entries[i].key);
      nest.drop(entries[i].value);
    }
  }
  free_table(d, index);
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
  for (int64_t i = *pos; i < d->nentries; ++i) {
    DictEntry* e = &d->entries[i];
    if (e->key.is_null()) continue;
    *pos = i + 1;
    *key = e->key;
    if (value) *value = e->value;
    return true;
  }
  *pos = d->nentries;
  return false;
}

// d.update(other) for a dict `other` iterated as a dict.
static void merge_dict(Dict* d, Dict* other) {
  if (d == other || other->used == 0) return;
  if (d->used == 0 && other->used == other->nentries && d->nentries == 0) {
    // Empty target, compact source: copy the table wholesale.
    int32_t* old_index = d->index;
    alloc_table(d, other->mask + 1);
    std::copy(other->index, other->index + other->mask + 1, d->index);
    for (int64_t i = 0; i < other->nentries; ++i) {
      d->entries[i] = other->entries[i];
      incref(d->entries[i].key);
      incref(d->entries[i].value);
    }
    d->nentries = d->used = other->used;
    d->version = next_version();
    free_table(d, old_index);
    return;
  }
  if (d->nentries + other->used > d->capacity) resize(d, d->used + other->used);
  for (int64_t i = 0; i < other->nentries; ++i) {   // __eq__ may shrink `other`
    DictEntry e = other->entries[i];
    if (e.key.is_null()) continue;
    Ref k = Ref::borrow(e.key), v = Ref::borrow(e.value);
    insert(d, k.get(), e.hash, v.get());
  }
}

static bool iterates_as_dict(Value v) {
  Type* t = type_of(v);
  return t == &DictType || (isinstance_of(v, &DictType) && t->iter == dict_iter_slot);
}

// d.update(iterable of pairs)
static void merge_pairs(Dict* d, Value pairs) {
  int64_t n = 0;
  for_each(pairs, [&](Value item) {
    Ref seq;
    Type* t = type_of(item);
    if (t == &TupleType || t == &ListType) {
      seq = Ref::borrow(item);
    } else {
      if (!t->iter && !t->getitem)
        type_error("cannot convert dictionary update sequence element #" + std::to_string(n) +
                   " to a sequence");
      seq = list_from_iterable(item);
    }
    Value* kv;
    int64_t len;
    seq_view(seq.get(), &kv, &len);
    if (len != 2)
      value_error("dictionary update sequence element #" + std::to_string(n) + " has length " +
                  std::to_string(len) + "; 2 is required");
    Ref k = Ref::borrow(kv[0]), v = Ref::borrow(kv[1]);
    dict_set(d, k.get(), v.get());
    ++n;
  });
}

void dict_update(Dict* d, Value other) {
  if (iterates_as_dict(other)) return merge_dict(d, as_dict(other));
  static Str* keys_name = intern("keys");
  Ref keys = getattr_opt(other, keys_name);
  if (keys.is_null()) return merge_pairs(d, other);
  Ref ks = call(keys.get(), nullptr, 0);
  for_each(ks.get(), [&](Value k) {
    Ref v = getitem(other, k);
    dict_set(d, k, v.get());
  });
}

Ref dict_copy(Dict* d) {
  Ref r = dict_new();
  merge_dict(as_dict(r.get()), d);
  return r;
}

// -------------------------------------------------------------------- slots
static void dict_dealloc(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  {
    DeallocNest nest;
    for (int64_t i = 0; i < d->nentries; ++i) {
      if (d->entries[i].key.is_null()) continue;
      nest.drop(d->entries[i].key);
      nest.drop(d->entries[i].value);
    }
  }
  free_table(d, d->index);
  set_empty_table(d);
}

static Ref dict_repr(Value self) {
  Dict* d = as_dict(self);
  if (d->used == 0) return str_new("{}");
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("{...}");
  std::string out = "{";
  bool first = true;
  for (int64_t i = 0; i < d->nentries; ++i) {   // repr may mutate the dict
    DictEntry e = d->entries[i];
    if (e.key.is_null()) continue;
    Ref k = Ref::borrow(e.key), v = Ref::borrow(e.value);
    if (!first) out += ", ";
    first = false;
    append_repr(out, k.get());
    out += ": ";
    append_repr(out, v.get());
  }
  out += "}";
  return str_new(out);
}

static bool dict_equal(Dict* a, Dict* b) {
  if (a->used != b->used) return false;
  RecursionScope scope(" in comparison");
  for (int64_t i = 0; i < a->nentries; ++i) {
    DictEntry e = a->entries[i];
    if (e.key.is_null()) continue;
    Ref k = Ref::borrow(e.key), av = Ref::borrow(e.value);
    Value bv = dict_get_hashed(b, k.get(), e.hash);
    if (bv.is_null()) return false;
    Ref hold = Ref::borrow(bv);
    if (!fast_equals(av.get(), bv)) return false;
  }
  return true;
}

static Ref dict_richcmp(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !isinstance_of(b, &DictType))
    return Ref::borrow(not_implemented());
  bool eq = a == b || dict_equal(as_dict(a), as_dict(b));
  return Ref::boolean(eq == (op == CmpOp::Eq));
}

static Ref dict_binop(BinOp op, Value a, Value b, bool) {
  if (op != BinOp::Or || !isinstance_of(a, &DictType) || !isinstance_of(b, &DictType))
    return Ref::borrow(not_implemented());
  Ref r = dict_copy(as_dict(a));
  dict_update(as_dict(r.get()), b);
  return r;
}

static Ref dict_inplace(BinOp op, Value a, Value b) {
  if (op != BinOp::Or) return Ref();
  dict_update(as_dict(a), b);
  return Ref::borrow(a);
}

static int64_t dict_len(Value self) { return as_dict(self)->used; }
static int dict_truth(Value self) { return as_dict(self)->used != 0; }

static Ref dict_getitem(Value self, Value key) {
  Dict* d = as_dict(self);
  Value v = dict_get(d, key);
  if (!v.is_null()) return Ref::borrow(v);
  Type* t = type_of(self);
  if (t != &DictType) {   // dict subclasses may define __missing__
    static Str* missing_name = intern("__missing__");
    Value missing = type_lookup(t, missing_name);
    if (!missing.is_null()) return call(missing, {self, key});
  }
  key_error(key);
}

static void dict_setitem(Value self, Value key, Value v) {
  if (!v.is_null()) return dict_set(as_dict(self), key, v);
  if (!dict_del(as_dict(self), key)) key_error(key);
}

static int dict_contains(Value self, Value key) { return !dict_get(as_dict(self), key).is_null(); }

Ref cont::dict_iter_slot(Value self) { return dict_iter_new(DictPart::Keys, self, false); }

static Ref dict_new_slot(Type* t, const Value*, size_t, Tuple*) {
  return Ref::steal(dict_alloc(t));
}

// dict(), dict(mapping or pairs, **kw); also dict.update's argument rules.
static void update_from_args(Value self, const char* name, const char* qualname, const Value* args,
                             size_t nargs, Tuple* kwnames) {
  check_range(name, qualname, nargs, nullptr, 0, 1);
  Dict* d = as_dict(self);
  if (nargs) dict_update(d, args[0]);
  if (!kwnames) return;
  for (int64_t i = 0; i < kwnames->size; ++i) dict_set(d, kwnames->items[i], args[nargs + size_t(i)]);
}

static void dict_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  update_from_args(self, "dict", "dict", args, nargs, kwnames);
}

// ------------------------------------------------------------------ methods
static Ref m_keys(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("dict.keys", nargs, kw);
  return dict_view_new(DictPart::Keys, self);
}

static Ref m_values(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("dict.values", nargs, kw);
  return dict_view_new(DictPart::Values, self);
}

static Ref m_items(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("dict.items", nargs, kw);
  return dict_view_new(DictPart::Items, self);
}

static Ref m_get(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_range("get", "dict.get", nargs, kw, 1, 2);
  Value v = dict_get(as_dict(self), args[0]);
  if (!v.is_null()) return Ref::borrow(v);
  return nargs > 1 ? Ref::borrow(args[1]) : Ref::none();
}

static Ref m_setdefault(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_range("setdefault", "dict.setdefault", nargs, kw, 1, 2);
  Dict* d = as_dict(self);
  int64_t h = fast_hash(args[0]);
  Value v = dict_get_hashed(d, args[0], h);
  if (!v.is_null()) return Ref::borrow(v);
  Value dflt = nargs > 1 ? args[1] : Value::none();
  insert(d, args[0], h, dflt);
  return Ref::borrow(dflt);
}

static Ref m_pop(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_range("pop", "dict.pop", nargs, kw, 1, 2);
  Ref v = dict_pop(as_dict(self), args[0]);
  if (!v.is_null()) return v;
  if (nargs > 1) return Ref::borrow(args[1]);
  key_error(args[0]);
}

static Ref m_popitem(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("dict.popitem", nargs, kw);
  Dict* d = as_dict(self);
  if (d->used == 0) {
    Ref msg = str_new("popitem(): dictionary is empty");
    key_error(msg.get());
  }
  int64_t ix = d->nentries - 1;
  while (d->entries[ix].key.is_null()) --ix;
  Value k, v;
  unlink(d, size_t(dict_slot_of(d, ix)), ix, &k, &v);
  d->nentries = ix;   // LIFO: the next popitem starts here
  Ref t = tuple_new(2);
  as_tuple(t.get())->items[0] = k;
  as_tuple(t.get())->items[1] = v;
  return t;
}

static Ref m_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  update_from_args(self, "update", "dict.update", args, nargs, kw);
  return Ref::none();
}

static Ref m_clear(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("dict.clear", nargs, kw);
  dict_clear(as_dict(self));
  return Ref::none();
}

static Ref m_copy(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("dict.copy", nargs, kw);
  return dict_copy(as_dict(self));
}

static Ref m_fromkeys(Value cls, const Value* args, size_t nargs, Tuple* kw) {
  check_range("fromkeys", "dict.fromkeys", nargs, kw, 1, 2);
  Value value = nargs > 1 ? args[1] : Value::none();
  if (cls != Value::object(&DictType)) {
    Ref d = call(cls, nullptr, 0);
    for_each(args[0], [&](Value k) { setitem(d.get(), k, value); });
    return d;
  }
  Ref r = dict_new();
  Dict* d = as_dict(r.get());
  if (iterates_as_dict(args[0])) {   // known hashes
    Dict* src = as_dict(args[0]);
    resize(d, src->used);
    for (int64_t i = 0; i < src->nentries; ++i)
      if (!src->entries[i].key.is_null()) insert(d, src->entries[i].key, src->entries[i].hash, value);
    return r;
  }
  for_each(args[0], [&](Value k) { dict_set(d, k, value); });
  return r;
}

static Ref m_reversed(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("dict.__reversed__", nargs, kw);
  return dict_iter_new(DictPart::Keys, self, true);
}

static Ref m_contains(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("dict.__contains__", nargs, kw);
  return Ref::boolean(dict_contains(self, args[0]));
}

static const MethodDef dict_methods[] = {
    {"keys", m_keys, kMethPlain, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, kMethPlain, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, kMethPlain, "D.items() -> a set-like object providing a view on D's items"},
    {"get", m_get, kMethPlain, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, kMethPlain, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, kMethPlain, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, kMethPlain, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", m_update, kMethPlain, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"clear", m_clear, kMethPlain, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, kMethPlain, "D.copy() -> a shallow copy of D"},
    {"fromkeys", m_fromkeys, kMethClass, "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", m_reversed, kMethPlain, "Return a reverse iterator over the dict keys."},
    {"__contains__", m_contains, kMethPlain, "True if the dictionary has the specified key, else False."},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr},
};

namespace cont {

void init_dict_types() {
  setup_type(DictType, "dict", sizeof(Dict), kTypeBaseType | kTypeDictSub);
  DictType.dealloc = dict_dealloc;
  DictType.repr = dict_repr;
  DictType.richcmp = dict_richcmp;
  DictType.binop = dict_binop;
  DictType.inplace = dict_inplace;
  DictType.len = dict_len;
  DictType.truth = dict_truth;
  DictType.getitem = dict_getitem;
  DictType.setitem = dict_setitem;
  DictType.contains = dict_contains;
  DictType.iter = dict_iter_slot;
  DictType.new_ = dict_new_slot;
  DictType.init = dict_init;
  type_ready(&DictType, dict_methods);
  mark_unhashable(DictType);
}

}  // namespace cont
}  // namespace gilpy
