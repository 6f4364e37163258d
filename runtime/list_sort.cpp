// list_sort.cpp — list.sort(): a stable natural merge sort.
//
// Why not std::stable_sort: a Python __lt__ may be inconsistent (random,
// stateful) or throw. libstdc++'s insertion step then walks off the array,
// and an exception midway can leave values duplicated or lost. Here every
// loop is bounded by indices, and we sort a *copy* of the items: if a
// comparison throws, the list keeps its original order and refcounts.
//
// While sorting, the list is detached (looks empty to Python code, as in
// CPython); anything added meanwhile is discarded and reported as
// ValueError "list modified during sort".
#include <algorithm>
#include <vector>

#include "runtime/container_util.hpp"

namespace gilpy {

using namespace cont;

namespace {

struct Elem {
  Value key;    // the sort key (== item without key=)
  Value item;
};

constexpr int64_t kMinRun = 32;

// a[0..sorted) is ordered; inserts a[sorted..n) one by one (stable: after equals).
template <class Less>
void binary_insertion(Elem* a, int64_t sorted, int64_t n, Less& lt) {
  for (int64_t i = std::max<int64_t>(sorted, 1); i < n; ++i) {
    Elem x = a[i];
    int64_t lo = 0, hi = i;
    while (lo < hi) {
      int64_t mid = lo + (hi - lo) / 2;
      if (lt(x, a[mid]))
        hi = mid;
      else
        lo = mid + 1;
    }
    for (int64_t k = i; k > lo; --k) a[k] = a[k - 1];
    a[lo] = x;
  }
}

// Merges the ordered runs a[lo..mid) and a[mid..hi); ties take the left run.
template <class Less>
void merge_runs(Elem* a, int64_t lo, int64_t mid, int64_t hi, std::vector<Elem>& buf, Less& lt) {
  if (!lt(a[mid], a[mid - 1])) return;   // already in order
  int64_t nl = mid - lo;
  std::copy(a + lo, a + mid, buf.begin());
  int64_t i = 0, j = mid, k = lo;
  while (i < nl && j < hi) {
    if (lt(a[j], buf[size_t(i)]))
      a[k++] = a[j++];
    else
      a[k++] = buf[size_t(i++)];
  }
  while (i < nl) a[k++] = buf[size_t(i++)];
}

// Splits into natural runs (reversing strictly descending ones, which keeps
// stability), pads short runs to kMinRun by insertion, then merges pairs of
// neighbouring runs until one remains.
template <class Less>
void merge_sort(Elem* a, int64_t n, Less lt) {
  if (n < 2) return;
  std::vector<int64_t> runs;
  for (int64_t i = 0; i < n;) {
    int64_t j = i + 1;
    if (j < n) {
      if (lt(a[j], a[i])) {
        while (j + 1 < n && lt(a[j + 1], a[j])) ++j;
        ++j;
        std::reverse(a + i, a + j);
      } else {
        while (j + 1 < n && !lt(a[j + 1], a[j])) ++j;
        ++j;
      }
    }
    int64_t end = std::min(n, std::max(j, i + kMinRun));
    if (end > j) binary_insertion(a + i, j - i, end - i, lt);
    runs.push_back(i);
    i = end;
  }
  runs.push_back(n);
  std::vector<Elem> buf(static_cast<size_t>(n));
  while (runs.size() > 2) {
    std::vector<int64_t> next;
    size_t nr = runs.size() - 1;
    for (size_t r = 0; r < nr; r += 2) {
      next.push_back(runs[r]);
      if (r + 1 < nr) merge_runs(a, runs[r], runs[r + 1], runs[r + 2], buf, lt);
    }
    next.push_back(n);
    runs.swap(next);
  }
}

// ------------------------------------------------------------- comparators
struct IntLess {
  bool operator()(const Elem& a, const Elem& b) const {
    return a.key.as_small_int() < b.key.as_small_int();
  }
};
struct FloatLess {
  bool operator()(const Elem& a, const Elem& b) const {
    return a.key.as_double() < b.key.as_double();
  }
};
struct StrLess {   // UTF-8 byte order is code point order
  bool operator()(const Elem& a, const Elem& b) const {
    return as_str(a.key)->view() < as_str(b.key)->view();
  }
};
struct GenericLess {
  bool operator()(const Elem& a, const Elem& b) const { return less_than(a.key, b.key); }
};
template <class Less>
struct Reversed {
  Less lt;
  bool operator()(const Elem& a, const Elem& b) const { return lt(b, a); }
};

template <class Less>
void sort_with(Elem* a, int64_t n, bool reverse) {
  if (reverse)
    merge_sort(a, n, Reversed<Less>{Less{}});
  else
    merge_sort(a, n, Less{});
}

enum class KeyKind { SmallInt, Float, Str, Other };

KeyKind classify(const std::vector<Elem>& elems) {
  bool ints = true, floats = true, strs = true;
  for (const Elem& e : elems) {
    ints = ints && e.key.is_small_int();
    floats = floats && e.key.is_float();
    strs = strs && is_exact_str(e.key);
    if (!ints && !floats && !strs) return KeyKind::Other;
  }
  if (ints) return KeyKind::SmallInt;
  if (floats) return KeyKind::Float;
  return strs ? KeyKind::Str : KeyKind::Other;
}

// Owns the computed keys.
struct KeyHolder {
  std::vector<Value> keys;
  ~KeyHolder() {
    for (Value k : keys) decref(k);
  }
};

// Puts the items back into the list when sorting ends (normally or not) and
// discards whatever Python code added meanwhile. Returns whether it had.
struct Detached {
  List* list;
  Value* items;
  int64_t size, capacity;
  bool restore() {
    Value* extra = list->items;
    int64_t extra_n = list->size, extra_cap = list->capacity;
    list->items = items;
    list->size = size;
    list->capacity = capacity;
    items = nullptr;
    if (!extra && extra_n == 0) return false;
    for (int64_t i = 0; i < extra_n; ++i) decref(extra[i]);
    items_free(extra, extra_cap);
    return true;
  }
  ~Detached() {
    if (items) restore();
  }
};

}  // namespace

void list_sort(Value list, Value key, bool reverse) {
  List* l = as_list(list);
  Detached saved{l, l->items, l->size, l->capacity};
  l->items = nullptr;
  l->size = l->capacity = 0;
  int64_t n = saved.size;

  std::vector<Elem> elems(static_cast<size_t>(n));
  KeyHolder holder;
  bool has_key = !key.is_null() && !key.is_none();
  if (has_key) holder.keys.reserve(size_t(n));
  for (int64_t i = 0; i < n; ++i) {
    Value item = saved.items[i];
    Value k = item;
    if (has_key) {
      k = call(key, {item}).release();
      holder.keys.push_back(k);
    }
    elems[size_t(i)] = Elem{k, item};
  }

  switch (classify(elems)) {
    case KeyKind::SmallInt: sort_with<IntLess>(elems.data(), n, reverse); break;
    case KeyKind::Float: sort_with<FloatLess>(elems.data(), n, reverse); break;
    case KeyKind::Str: sort_with<StrLess>(elems.data(), n, reverse); break;
    case KeyKind::Other: sort_with<GenericLess>(elems.data(), n, reverse); break;
  }
  for (int64_t i = 0; i < n; ++i) saved.items[i] = elems[size_t(i)].item;
  if (saved.restore()) value_error("list modified during sort");
}

}  // namespace gilpy
