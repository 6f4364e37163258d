// set.cpp — set and frozenset: open addressing with CPython's probing.
//
// Why mimic CPython so closely: programs print sets, and the order a set
// iterates in is its table order. With the same hashes (ints hash to
// themselves), the same probe sequence (runs of 9 linear probes, then
// perturbed jumps i = i*5 + 1 + perturb, perturb >>= 5), the same growth rule
// (grow when fill*5 >= mask*3 to the smallest power of two above used*4, or
// used*2 past 50,000), the same reuse of deleted slots and the same bulk
// algorithms (merge, intersection, difference), {3, 1, 2} prints exactly as
// python3 prints it.
//
// Empty slots have a null key and hash 0; deleted slots hold the dummy
// marker with hash -1 (no real hash is ever -1).
#include <mimalloc.h>

#include <algorithm>

#include "runtime/container_util.hpp"

namespace gilpy {

Type SetType, FrozenSetType, SetIterType;

using namespace cont;

static constexpr int kLinearProbes = 9;
static constexpr int kPerturbShift = 5;
// A special immediate no Python value ever uses.
static constexpr Value kDummy = Value::from_bits(Value::kTagSpecial | 0x7F);

static bool is_anyset(Value v) { return isinstance_of(v, &SetType) || isinstance_of(v, &FrozenSetType); }

static void clear_entries(SetEntry* t, size_t n) {
  for (size_t i = 0; i < n; ++i) t[i] = SetEntry{0, Value::null()};
}

static void empty_to_minsize(Set* so) {
  clear_entries(so->smalltable, kSetMinSize);
  so->fill = so->used = 0;
  so->mask = kSetMinSize - 1;
  so->table = so->smalltable;
  so->hash = -1;
}

static Set* set_alloc(Type* t) {
  Set* so = alloc_object<Set>(t, std::max(sizeof(Set), t->basic_size));
  empty_to_minsize(so);
  so->finger = 0;
  return so;
}

// ------------------------------------------------------------ probing
// The entry holding `key`, or the empty entry ending its probe sequence.
// quick_eq with the str comparison inline (no memcmp call for short keys):
// set membership of words is the common case.
static inline int key_quick_eq(Value a, Value b) {
  if (a == b) return 1;
  if (is_exact_str(a) && is_exact_str(b)) {
    Str* x = as_str(a);
    Str* y = as_str(b);
    return x->size == y->size && bytes_equal_short(x->data, y->data, size_t(x->size));
  }
  return quick_eq(a, b);
}

static SetEntry* lookkey(Set* so, Value key, int64_t hash) {
restart:
  SetEntry* table = so->table;
  size_t mask = size_t(so->mask);
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  for (;;) {
    SetEntry* entry = &table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key.is_null()) return entry;
      if (entry->hash == hash) {
        Value start = entry->key;
        int q = key_quick_eq(start, key);
        if (q < 0) {
          Ref hold = Ref::borrow(start);
          q = equals(start, key);
          if (table != so->table || size_t(so->mask) != mask || entry->key != start) goto restart;
        }
        if (q) return entry;
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Places a key known to be absent into a table without dummies.
static void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) {
      *entry = SetEntry{hash, key};
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_null()) {
          *entry = SetEntry{hash, key};
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Rebuilds the table with the smallest power-of-two size above `minused`,
// dropping dummies.
static void table_resize(Set* so, int64_t minused) {
  size_t newsize = kSetMinSize;
  while (newsize <= size_t(minused)) newsize <<= 1;
  SetEntry* oldtable = so->table;
  size_t oldmask = size_t(so->mask);
  bool old_malloced = oldtable != so->smalltable;
  SetEntry small_copy[kSetMinSize];
  SetEntry* newtable;
  if (newsize == kSetMinSize) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used) return;   // no dummies: nothing to do
      std::copy(oldtable, oldtable + kSetMinSize, small_copy);
      oldtable = small_copy;
    }
  } else {
    if (newsize > (size_t(1) << 40)) memory_error();
    check_alloc_size(newsize * sizeof(SetEntry));
    newtable = static_cast<SetEntry*>(mi_malloc(newsize * sizeof(SetEntry)));
    if (!newtable) memory_error();
  }
  clear_entries(newtable, newsize);
  so->mask = int64_t(newsize - 1);
  so->table = newtable;
  size_t newmask = newsize - 1;
  bool dummies = so->fill != so->used;
  so->fill = so->used;
  for (SetEntry* e = oldtable; e <= oldtable + oldmask; ++e)
    if (!e->key.is_null() && (!dummies || e->key != kDummy)) insert_clean(newtable, newmask, e->key, e->hash);
  if (old_malloced) mi_free(oldtable);
}

// Adds a borrowed key with a known hash.
static void add_entry(Set* so, Value key, int64_t hash) {
restart:
  SetEntry* freeslot = nullptr;
  size_t mask = size_t(so->mask);
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  SetEntry* entry;
  for (;;) {
    entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key.is_null()) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        Value start = entry->key;
        int q = key_quick_eq(start, key);
        if (q < 0) {
          SetEntry* table = so->table;
          Ref hold = Ref::borrow(start);
          q = equals(start, key);
          if (!q && (table != so->table || size_t(so->mask) != mask || entry->key != start)) goto restart;
        }
        if (q) return;   // already present: keep the existing key
      } else if (entry->hash == -1) {
        freeslot = entry;
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  incref(key);
  so->used++;
  if (freeslot) {
    *freeslot = SetEntry{hash, key};
    return;
  }
  so->fill++;
  *entry = SetEntry{hash, key};
  if (size_t(so->fill) * 5 < mask * 3) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int64_t frozenset_hash_of(Set* so);

// A set used as a key is looked up by its frozenset hash (`{1} in {frozenset({1})}`).
static int64_t lookup_hash(Value key) {
  // Strs and small ints (the usual keys) first: the subtype walk below is
  // only for keys that might be sets.
  if (key.is_small_int() || is_exact_str(key)) return fast_hash(key);
  if (key.is_obj() && isinstance_of(key, &SetType)) return frozenset_hash_of(as_set(key));
  return fast_hash(key);
}

static bool discard_entry(Set* so, Value key, int64_t hash) {
  SetEntry* entry = lookkey(so, key, hash);
  if (entry->key.is_null()) return false;
  Value old = entry->key;
  *entry = SetEntry{-1, kDummy};
  so->used--;
  decref(old);
  return true;
}

static bool contains_entry(Set* so, Value key, int64_t hash) {
  return !lookkey(so, key, hash)->key.is_null();
}

static void set_clear_internal(Set* so) {
  SetEntry* table = so->table;
  int64_t used = so->used;
  bool malloced = table != so->smalltable;
  SetEntry small_copy[kSetMinSize];
  if (!malloced) {   // the entries must outlive the reset of the inline table
    std::copy(table, table + kSetMinSize, small_copy);
    table = small_copy;
  }
  empty_to_minsize(so);
  DeallocNest nest;
  for (SetEntry* e = table; used > 0; ++e) {
    if (e->key.is_null() || e->key == kDummy) continue;
    --used;
    nest.drop(e->key);
  }
  if (malloced) mi_free(table);
}

bool set_next(Set* s, int64_t* pos, Value* key) {
  int64_t i = *pos;
  while (i <= s->mask && (s->table[i].key.is_null() || s->table[i].key == kDummy)) ++i;
  *pos = i + 1;
  if (i > s->mask) return false;
  *key = s->table[i].key;
  return true;
}

// ------------------------------------------------------------ bulk updates
static void set_merge(Set* so, Set* other) {
  if (so == other || other->used == 0) return;
  // One big resize up front rather than several while inserting.
  if ((so->fill + other->used) * 5 >= so->mask * 3) table_resize(so, (so->used + other->used) * 2);
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; ++i) {   // identical layout
      Value key = other->table[i].key;
      if (key.is_null()) continue;
      incref(key);
      so->table[i] = other->table[i];
    }
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    so->fill = so->used = other->used;
    for (int64_t i = 0; i <= other->mask; ++i) {
      Value key = other->table[i].key;
      if (key.is_null() || key == kDummy) continue;
      incref(key);
      insert_clean(so->table, size_t(so->mask), key, other->table[i].hash);
    }
    return;
  }
  for (int64_t i = 0; i <= other->mask; ++i) {   // `other` may change under __eq__
    SetEntry e = other->table[i];
    if (e.key.is_null() || e.key == kDummy) continue;
    Ref hold = Ref::borrow(e.key);
    add_entry(so, e.key, e.hash);
  }
}

static void set_update_dict(Set* so, Dict* d) {
  if ((so->fill + d->used) * 5 >= so->mask * 3) table_resize(so, (so->used + d->used) * 2);
  for (int64_t i = 0; i < d->nentries; ++i) {
    DictEntry e = d->entries[i];
    if (e.key.is_null()) continue;
    Ref hold = Ref::borrow(e.key);
    add_entry(so, e.key, e.hash);
  }
}

static void set_update_internal(Set* so, Value other) {
  if (is_anyset(other)) return set_merge(so, as_set(other));
  if (type_of(other) == &DictType) return set_update_dict(so, as_dict(other));
  for_each(other, [so](Value key) { add_entry(so, key, fast_hash(key)); });
}

static Ref make_new_set(Type* t, Value iterable) {
  Ref r = Ref::steal(set_alloc(t));
  if (!iterable.is_null()) set_update_internal(as_set(r.get()), iterable);
  return r;
}

// The exact base type (set or frozenset) results of operations take.
static Type* base_set_type(Value v) {
  return isinstance_of(v, &SetType) ? &SetType : &FrozenSetType;
}

static Ref set_copy(Value so) { return make_new_set(base_set_type(so), so); }

// Exchanges the contents of two sets (used to update in place from a temporary).
static void swap_bodies(Set* a, Set* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  SetEntry* u = a->table == a->smalltable ? b->smalltable : a->table;
  a->table = b->table == b->smalltable ? a->smalltable : b->table;
  b->table = u;
  if (a->table == a->smalltable || b->table == b->smalltable) {
    SetEntry tmp[kSetMinSize];
    std::copy(a->smalltable, a->smalltable + kSetMinSize, tmp);
    std::copy(b->smalltable, b->smalltable + kSetMinSize, a->smalltable);
    std::copy(tmp, tmp + kSetMinSize, b->smalltable);
  }
  if (isinstance_of(Value::object(a), &FrozenSetType) && isinstance_of(Value::object(b), &FrozenSetType)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = b->hash = -1;
  }
}

// ------------------------------------------------------------ set algebra
static Ref set_intersection(Value so_v, Value other) {
  if (so_v == other) return set_copy(so_v);
  Ref result = make_new_set(base_set_type(so_v), Value::null());
  Set* r = as_set(result.get());
  Set* so = as_set(so_v);
  if (is_anyset(other)) {
    Set* o = as_set(other);
    if (o->used > so->used) std::swap(so, o);   // iterate the smaller set
    for (int64_t i = 0; i <= o->mask; ++i) {
      SetEntry e = o->table[i];
      if (e.key.is_null() || e.key == kDummy) continue;
      Ref hold = Ref::borrow(e.key);
      if (contains_entry(so, e.key, e.hash)) add_entry(r, e.key, e.hash);
    }
    return result;
  }
  for_each(other, [&](Value key) {
    int64_t h = fast_hash(key);
    if (contains_entry(so, key, h)) add_entry(r, key, h);
  });
  return result;
}

static void set_difference_update_internal(Set* so, Value other) {
  if (Value::object(so) == other) return set_clear_internal(so);
  if (is_anyset(other)) {
    Ref keep = Ref::borrow(other);
    Set* o = as_set(other);
    for (int64_t i = 0; i <= o->mask; ++i) {
      SetEntry e = o->table[i];
      if (e.key.is_null() || e.key == kDummy) continue;
      Ref hold = Ref::borrow(e.key);
      discard_entry(so, e.key, e.hash);
    }
    return;
  }
  for_each(other, [so](Value key) { discard_entry(so, key, lookup_hash(key)); });
}

static Ref set_copy_and_difference(Value so, Value other) {
  Ref r = set_copy(so);
  set_difference_update_internal(as_set(r.get()), other);
  return r;
}

static Ref set_difference(Value so_v, Value other) {
  int64_t other_size;
  if (is_anyset(other))
    other_size = as_set(other)->used;
  else if (type_of(other) == &DictType)
    other_size = as_dict(other)->used;
  else
    return set_copy_and_difference(so_v, other);
  Set* so = as_set(so_v);
  if ((so->used >> 2) > other_size) return set_copy_and_difference(so_v, other);
  Ref result = make_new_set(base_set_type(so_v), Value::null());
  Set* r = as_set(result.get());
  for (int64_t i = 0; i <= so->mask; ++i) {
    SetEntry e = so->table[i];
    if (e.key.is_null() || e.key == kDummy) continue;
    Ref hold = Ref::borrow(e.key);
    bool in_other = type_of(other) == &DictType
                        ? !dict_get_hashed(as_dict(other), e.key, e.hash).is_null()
                        : contains_entry(as_set(other), e.key, e.hash);
    if (!in_other) add_entry(r, e.key, e.hash);
  }
  return result;
}

// For each key of `other` (a set table): remove it if present, else add it.
static void toggle_from_set(Set* so, Set* other) {
  for (int64_t i = 0; i <= other->mask; ++i) {
    SetEntry e = other->table[i];
    if (e.key.is_null() || e.key == kDummy) continue;
    Ref hold = Ref::borrow(e.key);
    if (!discard_entry(so, e.key, e.hash)) add_entry(so, e.key, e.hash);
  }
}

static void set_symmetric_difference_update(Set* so, Value other) {
  if (Value::object(so) == other) return set_clear_internal(so);
  if (type_of(other) == &DictType) {
    Dict* d = as_dict(other);
    for (int64_t i = 0; i < d->nentries; ++i) {
      DictEntry e = d->entries[i];
      if (e.key.is_null()) continue;
      Ref hold = Ref::borrow(e.key);
      if (!discard_entry(so, e.key, e.hash)) add_entry(so, e.key, e.hash);
    }
    return;
  }
  if (is_anyset(other)) return toggle_from_set(so, as_set(other));
  Ref tmp = make_new_set(base_set_type(Value::object(so)), other);
  toggle_from_set(so, as_set(tmp.get()));
}

static Ref set_symmetric_difference(Value so, Value other) {
  Ref r = make_new_set(base_set_type(so), other);
  set_symmetric_difference_update(as_set(r.get()), so);
  return r;
}

static bool set_issubset(Value so_v, Value other) {
  if (!is_anyset(other)) {
    Ref tmp = make_new_set(&SetType, other);
    return set_issubset(so_v, tmp.get());
  }
  Set* so = as_set(so_v);
  Set* o = as_set(other);
  if (so->used > o->used) return false;
  for (int64_t i = 0; i <= so->mask; ++i) {
    SetEntry e = so->table[i];
    if (e.key.is_null() || e.key == kDummy) continue;
    Ref hold = Ref::borrow(e.key);
    if (!contains_entry(o, e.key, e.hash)) return false;
  }
  return true;
}

static bool set_issuperset(Value so, Value other) {
  if (is_anyset(other)) return set_issubset(other, so);
  Ref it = get_iter(other);
  for (Ref key; !(key = Ref::steal(iter_next(it.get()))).is_null();)
    if (!contains_entry(as_set(so), key.get(), lookup_hash(key.get()))) return false;
  return true;
}

Ref set_binop(BinOp op, Value a, Value b) {
  switch (op) {
    case BinOp::Or: {
      Ref r = set_copy(a);
      if (a != b) set_update_internal(as_set(r.get()), b);
      return r;
    }
    case BinOp::And: return set_intersection(a, b);
    case BinOp::Sub: return set_difference(a, b);
    case BinOp::Xor: return set_symmetric_difference(a, b);
    default: return Ref::borrow(not_implemented());
  }
}

// ----------------------------------------------------------------- hashing
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

// CPython's frozenset hash: order-independent xor of shuffled entry hashes.
static int64_t frozenset_hash_of(Set* so) {
  uint64_t hash = 0;
  for (int64_t i = 0; i <= so->mask; ++i) {
    SetEntry& e = so->table[i];
    if (!e.key.is_null() && e.key != kDummy) hash ^= shuffle_bits(uint64_t(e.hash));
  }
  hash ^= (uint64_t(so->used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == uint64_t(-1)) hash = 590923713ull;
  return int64_t(hash);
}

static int64_t frozenset_hash(Value self) {
  Set* so = as_set(self);
  if (so->hash == -1) so->hash = frozenset_hash_of(so);
  return so->hash;
}

// ------------------------------------------------------------ public API
Ref set_new(Type* t) { return Ref::steal(set_alloc(t)); }

Ref set_from_iterable(Value it, Type* t) { return make_new_set(t, it); }

void set_add(Value set, Value key) { add_entry(as_set(set), key, fast_hash(key)); }

bool set_contains(Value set, Value key) { return contains_entry(as_set(set), key, lookup_hash(key)); }

void set_update(Value set, Value iterable) { set_update_internal(as_set(set), iterable); }

bool set_discard(Value set, Value key) { return discard_entry(as_set(set), key, lookup_hash(key)); }

// -------------------------------------------------------------------- slots
static void set_dealloc(Object* o) {
  Set* so = static_cast<Set*>(o);
  {
    DeallocNest nest;
    int64_t used = so->used;
    for (SetEntry* e = so->table; used > 0; ++e) {
      if (e->key.is_null() || e->key == kDummy) continue;
      --used;
      nest.drop(e->key);
    }
  }
  if (so->table != so->smalltable) mi_free(so->table);
  so->table = so->smalltable;
  so->used = so->fill = 0;
}

static Ref set_repr(Value self) {
  Set* so = as_set(self);
  const std::string& name = type_of(self)->name;
  ReprGuard guard(self);
  if (guard.recursive()) return str_new(name + "(...)");
  if (so->used == 0) return str_new(name + "()");
  Ref keys = list_new(0);
  int64_t pos = 0;
  for (Value k; set_next(so, &pos, &k);) list_append(keys.get(), k);
  Ref lr = repr(keys.get());
  std::string_view body = str_view(lr.get());
  body = body.substr(1, body.size() - 2);
  std::string out;
  if (type_of(self) == &SetType)
    out = "{" + std::string(body) + "}";
  else
    out = name + "({" + std::string(body) + "})";
  return str_new(out);
}

static Ref set_richcmp(Value v, Value w, CmpOp op) {
  if (!is_anyset(w)) return Ref::borrow(not_implemented());
  RecursionScope scope(" in comparison");
  Set* a = as_set(v);
  Set* b = as_set(w);
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne: {
      bool eq = a->used == b->used &&
                !(a->hash != -1 && b->hash != -1 && a->hash != b->hash) && set_issubset(v, w);
      return Ref::boolean(eq == (op == CmpOp::Eq));
    }
    case CmpOp::Le: return Ref::boolean(set_issubset(v, w));
    case CmpOp::Ge: return Ref::boolean(set_issuperset(v, w));
    case CmpOp::Lt: return Ref::boolean(a->used < b->used && set_issubset(v, w));
    case CmpOp::Gt: return Ref::boolean(a->used > b->used && set_issuperset(v, w));
  }
  return Ref::borrow(not_implemented());
}

static Ref set_binop_slot(BinOp op, Value a, Value b, bool) {
  if (!is_anyset(a) || !is_anyset(b)) return Ref::borrow(not_implemented());
  return set_binop(op, a, b);
}

static Ref set_inplace(BinOp op, Value a, Value b) {
  if (!is_anyset(b)) return Ref();
  Set* so = as_set(a);
  switch (op) {
    case BinOp::Or: set_update_internal(so, b); break;
    case BinOp::And: {
      Ref tmp = set_intersection(a, b);
      swap_bodies(so, as_set(tmp.get()));
      break;
    }
    case BinOp::Sub: set_difference_update_internal(so, b); break;
    case BinOp::Xor: set_symmetric_difference_update(so, b); break;
    default: return Ref();
  }
  return Ref::borrow(a);
}

static int64_t set_len(Value self) { return as_set(self)->used; }
static int set_truth(Value self) { return as_set(self)->used != 0; }
static int set_contains_slot(Value self, Value key) { return set_contains(self, key); }

// ----------------------------------------------------------------- iterator
struct SetIter : Object {
  Set* set;            // owned; null once exhausted
  int64_t used;        // size when iteration started (-1: failed, sticky)
  int64_t pos;
  int64_t len;
};

static Ref set_iter(Value self) {
  SetIter* it = alloc_object<SetIter>(&SetIterType);
  incref(self);
  it->set = as_set(self);
  it->used = it->len = as_set(self)->used;
  it->pos = 0;
  return Ref::steal(it);
}

static Value setiter_next(Value self) {
  SetIter* it = static_cast<SetIter*>(self.as_obj());
  Set* so = it->set;
  if (!so) return Value::null();
  if (it->used != so->used) {
    it->used = -1;
    runtime_error("Set changed size during iteration");
  }
  Value key;
  if (!set_next(so, &it->pos, &key)) {
    it->set = nullptr;
    decref(so);
    return Value::null();
  }
  it->len--;
  incref(key);
  return key;
}

static void setiter_dealloc(Object* o) {
  SetIter* it = static_cast<SetIter*>(o);
  if (it->set) decref(it->set);
}

static Ref setiter_length_hint(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("__length_hint__", nargs, kw);
  SetIter* it = static_cast<SetIter*>(self.as_obj());
  return int_from_i64(it->set && it->used == it->set->used ? it->len : 0);
}

// ------------------------------------------------------------- set(...)
static Ref set_new_slot(Type* t, const Value*, size_t, Tuple* kwnames) {
  if (t == &SetType) no_kwargs("set", kwnames);
  return Ref::steal(set_alloc(t));
}

static void set_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  const std::string& name = type_of(self)->name;
  no_kwargs("set", kwnames);
  check_range(name.c_str(), name.c_str(), nargs, nullptr, 0, 1);
  Set* so = as_set(self);
  if (so->fill) set_clear_internal(so);
  so->hash = -1;
  if (nargs) set_update_internal(so, args[0]);
}

static Ref frozenset_new_slot(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  if (t == &FrozenSetType) no_kwargs("frozenset", kwnames);
  check_range(t->name.c_str(), t->name.c_str(), nargs, nullptr, 0, 1);
  Value iterable = nargs ? args[0] : Value::null();
  if (t == &FrozenSetType && !iterable.is_null() && type_of(iterable) == &FrozenSetType)
    return Ref::borrow(iterable);   // frozenset(f) is f
  return make_new_set(t, iterable);
}

// ------------------------------------------------------------------ methods
static Ref m_add(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("set.add", nargs, kw);
  set_add(self, args[0]);
  return Ref::none();
}

static Ref m_discard(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("set.discard", nargs, kw);
  set_discard(self, args[0]);
  return Ref::none();
}

static Ref m_remove(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("set.remove", nargs, kw);
  if (!set_discard(self, args[0])) key_error(args[0]);
  return Ref::none();
}

static Ref m_pop(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("set.pop", nargs, kw);
  Set* so = as_set(self);
  if (so->used == 0) {
    Ref msg = str_new("pop from an empty set");
    key_error(msg.get());
  }
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (entry->key.is_null() || entry->key == kDummy) {
    if (++entry > limit) entry = so->table;
  }
  Value key = entry->key;
  *entry = SetEntry{-1, kDummy};
  so->used--;
  so->finger = entry - so->table + 1;
  return Ref::steal(key);
}

static Ref m_clear(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("set.clear", nargs, kw);
  set_clear_internal(as_set(self));
  return Ref::none();
}

static Ref m_copy(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs(type_of(self) == &SetType ? "set.copy" : "frozenset.copy", nargs, kw);
  if (type_of(self) == &FrozenSetType) return Ref::borrow(self);
  return set_copy(self);
}

static Ref m_union(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("set.union", kw);
  Ref r = set_copy(self);
  for (size_t i = 0; i < nargs; ++i)
    if (args[i] != self) set_update_internal(as_set(r.get()), args[i]);
  return r;
}

static Ref intersection_multi(Value self, const Value* args, size_t nargs) {
  if (nargs == 0) return set_copy(self);
  Ref r = Ref::borrow(self);
  for (size_t i = 0; i < nargs; ++i) r = set_intersection(r.get(), args[i]);
  return r;
}

static Ref m_intersection(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("set.intersection", kw);
  return intersection_multi(self, args, nargs);
}

static Ref m_intersection_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("set.intersection_update", kw);
  Ref tmp = intersection_multi(self, args, nargs);
  swap_bodies(as_set(self), as_set(tmp.get()));
  return Ref::none();
}

static Ref m_difference(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("set.difference", kw);
  if (nargs == 0) return set_copy(self);
  Ref r = set_difference(self, args[0]);
  for (size_t i = 1; i < nargs; ++i) set_difference_update_internal(as_set(r.get()), args[i]);
  return r;
}

static Ref m_difference_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("set.difference_update", kw);
  for (size_t i = 0; i < nargs; ++i) set_difference_update_internal(as_set(self), args[i]);
  return Ref::none();
}

static Ref m_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("set.update", kw);
  for (size_t i = 0; i < nargs; ++i) set_update_internal(as_set(self), args[i]);
  return Ref::none();
}

static Ref m_symmetric_difference(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("set.symmetric_difference", nargs, kw);
  return set_symmetric_difference(self, args[0]);
}

static Ref m_symmetric_difference_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("set.symmetric_difference_update", nargs, kw);
  set_symmetric_difference_update(as_set(self), args[0]);
  return Ref::none();
}

static Ref m_issubset(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("set.issubset", nargs, kw);
  return Ref::boolean(set_issubset(self, args[0]));
}

static Ref m_issuperset(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("set.issuperset", nargs, kw);
  return Ref::boolean(set_issuperset(self, args[0]));
}

static Ref m_isdisjoint(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("set.isdisjoint", nargs, kw);
  Value other = args[0];
  Set* so = as_set(self);
  if (other == self) return Ref::boolean(so->used == 0);
  if (is_anyset(other)) {
    Set* o = as_set(other);
    if (o->used > so->used) std::swap(so, o);
    for (int64_t i = 0; i <= o->mask; ++i) {
      SetEntry e = o->table[i];
      if (e.key.is_null() || e.key == kDummy) continue;
      Ref hold = Ref::borrow(e.key);
      if (contains_entry(so, e.key, e.hash)) return Ref::boolean(false);
    }
    return Ref::boolean(true);
  }
  Ref it = get_iter(other);
  for (Ref key; !(key = Ref::steal(iter_next(it.get()))).is_null();)
    if (contains_entry(so, key.get(), lookup_hash(key.get()))) return Ref::boolean(false);
  return Ref::boolean(true);
}

static Ref m_contains(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("set.__contains__", nargs, kw);
  return Ref::boolean(set_contains(self, args[0]));
}

static const MethodDef set_methods[] = {
    {"add", m_add, kMethPlain, "Add an element to a set."},
    {"discard", m_discard, kMethPlain, "Remove an element from a set if it is a member."},
    {"remove", m_remove, kMethPlain, "Remove an element from a set; it must be a member."},
    {"pop", m_pop, kMethPlain, "Remove and return an arbitrary set element."},
    {"clear", m_clear, kMethPlain, "Remove all elements from this set."},
    {"copy", m_copy, kMethPlain, "Return a shallow copy of a set."},
    {"union", m_union, kMethPlain, "Return the union of sets as a new set."},
    {"intersection", m_intersection, kMethPlain, "Return the intersection of sets as a new set."},
    {"intersection_update", m_intersection_update, kMethPlain, "Update a set with the intersection of itself and another."},
    {"difference", m_difference, kMethPlain, "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, kMethPlain, "Remove all elements of another set from this set."},
    {"symmetric_difference", m_symmetric_difference, kMethPlain, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, kMethPlain, "Update a set with the symmetric difference of itself and another."},
    {"update", m_update, kMethPlain, "Update a set with the union of itself and others."},
    {"issubset", m_issubset, kMethPlain, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, kMethPlain, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, kMethPlain, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_copy, kMethPlain, "Return a shallow copy of a set."},
    {"union", m_union, kMethPlain, "Return the union of sets as a new set."},
    {"intersection", m_intersection, kMethPlain, "Return the intersection of sets as a new set."},
    {"difference", m_difference, kMethPlain, "Return the difference of two or more sets as a new set."},
    {"symmetric_difference", m_symmetric_difference, kMethPlain, "Return the symmetric difference of two sets as a new set."},
    {"issubset", m_issubset, kMethPlain, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, kMethPlain, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, kMethPlain, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr},
};

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint},
    {nullptr, nullptr},
};

static void fill_common_slots(Type& t) {
  t.dealloc = set_dealloc;
  t.repr = set_repr;
  t.richcmp = set_richcmp;
  t.binop = set_binop_slot;
  t.len = set_len;
  t.truth = set_truth;
  t.contains = set_contains_slot;
  t.iter = set_iter;
}

namespace cont {

void init_set_types() {
  setup_type(SetType, "set", sizeof(Set), kTypeBaseType);
  fill_common_slots(SetType);
  SetType.inplace = set_inplace;
  SetType.new_ = set_new_slot;
  SetType.init = set_init;
  type_ready(&SetType, set_methods);
  mark_unhashable(SetType);

  setup_type(FrozenSetType, "frozenset", sizeof(Set), kTypeBaseType);
  fill_common_slots(FrozenSetType);
  FrozenSetType.hash = frozenset_hash;
  FrozenSetType.new_ = frozenset_new_slot;
  type_ready(&FrozenSetType, frozenset_methods);

  setup_type(SetIterType, "set_iterator", sizeof(SetIter));
  SetIterType.dealloc = setiter_dealloc;
  SetIterType.iter = iter_self;
  SetIterType.next = setiter_next;
  SetIterType.new_ = no_new;
  type_ready(&SetIterType, setiter_methods);
}

}  // namespace cont
}  // namespace gilpy
