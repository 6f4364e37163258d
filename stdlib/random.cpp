// random.cpp — the random module: CPython 3.11's generator and algorithms,
// so a program seeded the same way draws the same numbers.
//
// The generator is the Mersenne Twister MT19937 seeded as CPython seeds it
// (init_by_array over the 32-bit words of |seed|); random() builds a 53-bit
// float from two draws; getrandbits() fills 32-bit words least significant
// first; integer choices reject getrandbits(k) samples that are too large.
// Every method replays random.py's steps (the order of draws is the contract).
// The module functions are bound methods of a hidden instance `_inst`.
//
// A Random subclass that overrides random() and/or getrandbits() is honoured
// as in CPython (__init_subclass__'s choice of _randbelow), at some cost.
#include <sys/random.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <mutex>
#include <unordered_set>
#include <vector>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/sha512.hpp"

namespace gilpy {
namespace {

// ------------------------------------------------------------ MT19937

constexpr int kN = 624, kM = 397;
constexpr int kUnseeded = kN + 1;   // index of an instance nobody seeded yet

struct RandomObject : Object {
  uint32_t mt[kN];
  int32_t index;
  bool has_gauss;
  double gauss_next;
};

Type RandomType, SystemRandomType;

void init_genrand(RandomObject* r, uint32_t s) {
  r->mt[0] = s;
  for (int i = 1; i < kN; i++) r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + uint32_t(i);
  r->index = kN;
}

void init_by_array(RandomObject* r, const uint32_t* key, size_t len) {
  init_genrand(r, 19650218u);
  uint32_t* mt = r->mt;
  size_t i = 1, j = 0;
  for (size_t k = std::max<size_t>(kN, len); k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
    i++;
    j++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
    i++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;   // non-zero initial state
}

void fill_urandom(void* buf, size_t n) {
  uint8_t* p = static_cast<uint8_t*>(buf);
  while (n > 0) {
    ssize_t got = getrandom(p, n, 0);
    if (got <= 0) {   // no entropy source: time and pid, as CPython falls back to
      auto t = std::chrono::system_clock::now().time_since_epoch().count();
      for (size_t k = 0; k < n; ++k) p[k] = uint8_t((t >> (8 * (k % 8))) ^ (getpid() * 31 + k));
      return;
    }
    p += got;
    n -= size_t(got);
  }
}

void seed_urandom(RandomObject* r) {
  uint32_t key[kN];
  fill_urandom(key, sizeof key);
  init_by_array(r, key, kN);
}

uint32_t genrand(RandomObject* r) {
  static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
  uint32_t* mt = r->mt;
  if (r->index >= kN) {
    if (r->index == kUnseeded) seed_urandom(r);
    int kk;
    uint32_t y;
    for (kk = 0; kk < kN - kM; kk++) {
      y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; kk < kN - 1; kk++) {
      y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1];
    }
    y = (mt[kN - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 1];
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

double mt_random(RandomObject* r) {
  uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

Ref mt_getrandbits(RandomObject* r, int64_t k) {
  if (k <= 32) return Ref::steal(Value::small_int(k == 0 ? 0 : genrand(r) >> (32 - k)));
  if (k <= 64) {
    uint64_t lo = genrand(r);
    uint64_t hi = genrand(r) >> (64 - k);
    return int_from_u64(hi << 32 | lo);
  }
  std::vector<uint32_t> words(size_t((k - 1) / 32 + 1));
  for (uint32_t& w : words) {   // least significant word first
    uint32_t x = genrand(r);
    if (k < 32) x >>= (32 - k);
    w = x;
    k -= 32;
  }
  return int_from_words(words.data(), words.size());
}

// Uniform in [0, n) for 0 < n <= 2**64 - 1, by rejection on bit_length(n) bits.
uint64_t mt_randbelow(RandomObject* r, uint64_t n) {
  int k = 64 - __builtin_clzll(n);
  if (k <= 32) {
    uint32_t x;
    do x = k == 0 ? 0 : genrand(r) >> (32 - k);
    while (x >= n);
    return x;
  }
  uint64_t x;
  do {
    uint64_t lo = genrand(r);
    uint64_t hi = genrand(r) >> (64 - k);
    x = hi << 32 | lo;
  } while (x >= n);
  return x;
}

// -------------------------------------------------- the three primitives

RandomObject* rself(Value self) { return static_cast<RandomObject*>(self.as_obj()); }

bool is_plain(Value self) { return self.as_obj()->type == &RandomType; }

// SystemRandom or a subclass of it: draws from the OS, has no state.
bool is_system(Value self) {
  Type* t = self.as_obj()->type;
  return t == &SystemRandomType || (t != &RandomType && is_subtype(t, &SystemRandomType));
}

// Does a subclass define `name` itself (below the built-in classes)?
bool overrides(Value self, Str* name) {
  Type* t = self.as_obj()->type;
  if (t == &RandomType || t == &SystemRandomType) return false;
  for (int64_t i = 0; i < t->mro->size; ++i) {
    Type* c = static_cast<Type*>(t->mro->items[i].as_obj());
    if (c == &RandomType || c == &SystemRandomType) return false;
    if (c->dict && !dict_get_str(c->dict, name).is_null()) return true;
  }
  return false;
}

double system_random() {
  uint64_t x;
  fill_urandom(&x, 7);
  x &= (uint64_t(1) << 56) - 1;
  return double(x >> 3) * (1.0 / 9007199254740992.0);
}

Ref system_getrandbits(int64_t k) {
  if (k == 0) return Ref::steal(Value::small_int(0));
  std::string bytes(size_t((k + 7) / 8), '\0');
  fill_urandom(bytes.data(), bytes.size());
  Ref x = int_from_bytes(bytes, false, false);
  return int_binop(BinOp::RShift, x.get(), Value::small_int(int64_t(bytes.size()) * 8 - k));
}

// self.random(), without a Python call unless a subclass overrides it.
double draw(Value self) {
  static Str* s_random = intern("random");
  if (is_plain(self)) return mt_random(rself(self));
  if (!overrides(self, s_random)) return is_system(self) ? system_random() : mt_random(rself(self));
  Ref r = call_method(self, "random", {});
  return num_to_double(r.get());
}

Ref getrandbits_of(Value self, int64_t k) {
  static Str* s_bits = intern("getrandbits");
  if (is_plain(self)) return mt_getrandbits(rself(self), k);
  if (!overrides(self, s_bits)) return is_system(self) ? system_getrandbits(k) : mt_getrandbits(rself(self), k);
  return call_method(self, "getrandbits", {Value::small_int(k)});
}

// How a subclass draws integers, decided as random.py's __init_subclass__
// does: the first class in the MRO defining _randbelow, getrandbits or random.
enum class Below { kMT, kCustom, kBits, kNoBits };

Below below_mode(Value self) {
  if (is_plain(self)) return Below::kMT;
  Type* t = self.as_obj()->type;
  static Str* s_rb = intern("_randbelow");
  static Str* s_bits = intern("getrandbits");
  static Str* s_rand = intern("random");
  for (int64_t i = 0; i < t->mro->size; ++i) {
    Type* c = static_cast<Type*>(t->mro->items[i].as_obj());
    if (c == &RandomType) return Below::kMT;
    if (c == &SystemRandomType) return Below::kBits;
    if (!c->dict) continue;
    if (!dict_get_str(c->dict, s_rb).is_null()) return Below::kCustom;
    if (!dict_get_str(c->dict, s_bits).is_null()) return Below::kBits;
    if (!dict_get_str(c->dict, s_rand).is_null()) return Below::kNoBits;
  }
  return Below::kBits;
}

// self._randbelow(n) for an int n > 0.
Ref randbelow(Value self, Value n) {
  Below mode = below_mode(self);
  if (mode == Below::kMT && int_fits_i64(n)) return int_from_u64(mt_randbelow(rself(self), uint64_t(int_as_i64(n))));
  if (mode == Below::kCustom) return call_method(self, "_randbelow", {n});
  if (mode == Below::kNoBits) {
    const double maxsize = 9007199254740992.0;   // 2**53
    Ref big = int_from_u64(uint64_t(1) << 53);
    if (int_compare(n, big.get()) >= 0) return int_from_double(std::floor(draw(self) * int_as_double(n)));
    int64_t nn = int_as_i64(n);
    int64_t rem = (int64_t(1) << 53) % nn;
    double limit = ((int64_t(1) << 53) - rem) / maxsize;
    double r = draw(self);
    while (r >= limit) r = draw(self);
    return int_from_i64(int64_t(std::floor(r * maxsize)) % nn);
  }
  int64_t k = int_bit_length(n);
  Ref r = getrandbits_of(self, k);
  while (int_compare(r.get(), n) >= 0) r = getrandbits_of(self, k);
  return r;
}

// randbelow for a machine-word n > 0 (lengths, indexes).
int64_t randbelow_i64(Value self, int64_t n) {
  if (below_mode(self) == Below::kMT) return int64_t(mt_randbelow(rself(self), uint64_t(n)));
  Ref r = randbelow(self, Value::small_int(n));
  return int_as_i64(r.get());
}

// ----------------------------------------------------------------- seeding

// The C-level seed: None from the OS, ints by their absolute value, anything
// else by its hash (as an unsigned machine word).
void seed_value(RandomObject* r, Value a) {
  if (a.is_null() || a.is_none()) {
    seed_urandom(r);
    return;
  }
  Ref n;
  if (is_int(a)) n = int_unary(3, int_value(a));
  else n = int_from_u64(uint64_t(hash(a)));
  int64_t bits = int_bit_length(n.get());
  size_t words = bits == 0 ? 1 : size_t((bits - 1) / 32 + 1);
  std::string bytes = int_to_bytes(n.get(), int64_t(words) * 4, true, false);
  std::vector<uint32_t> key(words);
  std::memcpy(key.data(), bytes.data(), words * 4);   // little-endian words (x86-64, as bytes are)
  init_by_array(r, key.data(), words);
}

// random.py's seed(): str/bytes seeds (version 2) become the int of their
// bytes followed by the bytes' SHA-512; version 1 uses the old string hash.
void seed_full(Value self, Value a, int64_t version) {
  RandomObject* r = rself(self);
  bool text = is_str(a), byt = is_bytes_like(a);
  Ref converted;
  if (version == 1 && (text || (byt && type_of(a) == &BytesType))) {
    std::string s;
    if (text) {   // code points, as ord() gives them
      for (const char* p = str_view(a).data(), *e = p + str_view(a).size(); p < e;) {
        int nb;
        uint32_t cp = utf8_decode(p, &nb);
        s.append(reinterpret_cast<const char*>(&cp), 4);
        p += nb;
      }
    } else {
      for (unsigned char c : as_bytes(a)->view()) {
        uint32_t cp = c;
        s.append(reinterpret_cast<const char*>(&cp), 4);
      }
    }
    size_t len = s.size() / 4;
    auto cp_at = [&](size_t k) { uint32_t c; std::memcpy(&c, s.data() + 4 * k, 4); return c; };
    uint64_t x = len ? uint64_t(cp_at(0)) << 7 : 0;
    for (size_t k = 0; k < len; ++k) x = (1000003 * x) ^ cp_at(k);
    x ^= len;
    converted = int_from_u64(x);
    a = converted.get();
  } else if (version == 2 && (text || byt)) {
    std::string data(text ? str_view(a) : as_bytes(a)->view());
    data += sha512(data);
    converted = int_from_bytes(data, false, false);
    a = converted.get();
  } else if (!(a.is_null() || a.is_none() || is_int(a) || is_floatlike(a) || text || byt)) {
    type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  seed_value(r, a);
  r->has_gauss = false;
}

// ----------------------------------------------------------- construction

Ref random_new(Type* t, const Value* /*args*/, size_t /*nargs*/, Tuple* /*kwnames*/) {
  RandomObject* r = alloc_object<RandomObject>(t, t->basic_size);
  r->index = kUnseeded;
  return Ref::steal(r);
}

// Random(x=None): self.seed(x).
void random_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 1) {
    type_error("Random.__init__() takes from 1 to 2 positional arguments but " + std::to_string(nargs + 1) +
               " were given");
  }
  Value x;
  parse_args("Random", args, nargs, kwnames, {"x"}, 0, &x);
  if (is_plain(self)) {
    seed_full(self, x, 2);
    return;
  }
  call_method(self, "seed", {x.is_null() ? Value::none() : x});
}

// ---------------------------------------------------------------- methods

Ref ret(double d) { return Ref::steal(Value::from_double(d)); }

double fdiv(double a, double b) {
  if (b == 0) zero_division("float division by zero");
  return a / b;
}

double fpow(double a, double b) { return float_binop(BinOp::Pow, Value::from_double(a), Value::from_double(b)).get().as_double(); }

// The argument as a float, Python-arithmetic style.
double num(Value v) { return v.is_float() ? v.as_double() : num_to_double(v); }

Ref m_seed(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  parse_args("seed", args, nargs, kw, {"a", "version"}, 0, v);
  seed_full(self, v[0], v[1].is_null() ? 2 : index_value(v[1]));
  return Ref::none();
}

Ref m_random(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("random", nargs, kw, 0, 0);
  if (is_plain(self)) return ret(mt_random(rself(self)));
  return ret(is_system(self) ? system_random() : mt_random(rself(self)));
}

Ref m_getrandbits(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("getrandbits", nargs, kw, 1, 1);
  int64_t k = index_value(args[0]);
  if (k < 0) value_error("number of bits must be non-negative");
  if (is_system(self)) return system_getrandbits(k);
  return mt_getrandbits(rself(self), k);
}

Ref m_randbytes(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("randbytes", nargs, kw, 1, 1);
  int64_t n = index_value(args[0]);
  if (n < 0) value_error("negative argument not allowed");
  Ref bits = getrandbits_of(self, n * 8);
  return bytes_new(int_to_bytes(bits.get(), n, true, false));
}

Ref m_getstate(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("getstate", nargs, kw, 0, 0);
  if (is_system(self)) raise(NotImplementedError_, "System entropy source does not have state.");
  RandomObject* r = rself(self);
  if (r->index == kUnseeded) seed_urandom(r);
  Ref state = tuple_new(kN + 1);
  Tuple* t = as_tuple(state.get());
  for (int i = 0; i < kN; ++i) t->items[i] = Value::small_int(r->mt[i]);
  t->items[kN] = Value::small_int(r->index);
  Value g = r->has_gauss ? Value::from_double(r->gauss_next) : Value::none();
  return tuple_from({Value::small_int(3), state.get(), g});
}

void set_internal_state(RandomObject* r, Value st, bool mod32) {
  if (type_of(st) != &TupleType) type_error("state vector must be a tuple");
  Tuple* t = as_tuple(st);
  if (t->size != kN + 1) value_error("state vector is the wrong size");
  uint32_t mt[kN];
  for (int i = 0; i < kN; ++i) {
    Value item = t->items[i];
    Ref m;
    if (mod32) {   // version 2 states: x % 2**32
      m = binary_op(BinOp::Mod, item, Value::small_int(int64_t(1) << 32));
      item = m.get();
    }
    if (!is_int(item)) type_error("'" + type_name(item) + "' object cannot be interpreted as an integer");
    if (int_sign(item) < 0) overflow_error("can't convert negative value to unsigned int");
    Ref low = int_binop(BinOp::And, item, Value::small_int(0xFFFFFFFF));
    mt[i] = uint32_t(int_as_i64(low.get()));
  }
  int64_t index = index_value(t->items[kN]);
  if (index < 0 || index > kN) value_error("invalid state");
  std::memcpy(r->mt, mt, sizeof mt);
  r->index = int32_t(index);
}

Ref m_setstate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("setstate", nargs, kw, 1, 1);
  if (is_system(self)) raise(NotImplementedError_, "System entropy source does not have state.");
  Value state = args[0];
  Ref version = getitem(state, Value::small_int(0));
  bool v3 = is_int(version.get()) && int_fits_i64(version.get()) && int_as_i64(version.get()) == 3;
  bool v2 = is_int(version.get()) && int_fits_i64(version.get()) && int_as_i64(version.get()) == 2;
  if (!v3 && !v2) {
    value_error("state with version " + str_utf8(version.get()) + " passed to Random.setstate() of version 3");
  }
  int64_t n = length(state);
  if (n != 3) {
    if (n > 3) value_error("too many values to unpack (expected 3)");
    value_error("not enough values to unpack (expected 3, got " + std::to_string(n) + ")");
  }
  Ref internal = getitem(state, Value::small_int(1));
  Ref gauss = getitem(state, Value::small_int(2));
  RandomObject* r = rself(self);
  set_internal_state(r, internal.get(), v2);
  r->has_gauss = !gauss.get().is_none();
  if (r->has_gauss) r->gauss_next = num(gauss.get());
  return Ref::none();
}

// randrange's argument conversion: an index, or (deprecated) an integral
// value that int() accepts; `what` words the ValueError.
Ref range_arg(Value v, const char* what) {
  if (is_int(v)) return Ref::borrow(int_value(v));
  static Str* s_index = intern("__index__");
  if (!type_lookup(type_of(v), s_index).is_null()) return index_object(v);
  Ref i = int_new_from(v);
  if (!equals(i.get(), v)) value_error(std::string("non-integer ") + what + " for randrange()");
  return i;
}

Ref randrange_impl(Value self, Value start, Value stop, Value step) {
  Ref istart = range_arg(start, "arg 1");
  if (stop.is_null() || stop.is_none()) {
    if (!step.is_null() && !(step.is_small_int() && step.as_small_int() == 1))
      type_error("Missing a non-None stop argument");
    if (int_sign(istart.get()) > 0) return randbelow(self, istart.get());
    value_error("empty range for randrange()");
  }
  Ref istop = range_arg(stop, "stop");
  Ref width = int_binop(BinOp::Sub, istop.get(), istart.get());
  Ref istep = step.is_null() ? Ref::steal(Value::small_int(1)) : range_arg(step, "step");
  if (istep.get().is_small_int() && istep.get().as_small_int() == 1) {
    if (int_sign(width.get()) > 0) {
      Ref r = randbelow(self, width.get());
      return int_binop(BinOp::Add, istart.get(), r.get());
    }
    value_error("empty range for randrange() (" + int_to_string(istart.get()) + ", " +
                int_to_string(istop.get()) + ", " + int_to_string(width.get()) + ")");
  }
  int sign = int_sign(istep.get());
  if (sign == 0) value_error("zero step for randrange()");
  Ref adj = int_binop(BinOp::Add, width.get(), istep.get());
  adj = int_binop(sign > 0 ? BinOp::Sub : BinOp::Add, adj.get(), Value::small_int(1));
  Ref n = int_binop(BinOp::FloorDiv, adj.get(), istep.get());
  if (int_sign(n.get()) <= 0) value_error("empty range for randrange()");
  Ref r = randbelow(self, n.get());
  Ref off = int_binop(BinOp::Mul, istep.get(), r.get());
  return int_binop(BinOp::Add, istart.get(), off.get());
}

Ref m_randrange(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[3];
  parse_args("randrange", args, nargs, kw, {"start", "stop", "step"}, 1, v);
  // Fast path: randrange(stop) / randrange(start, stop) on small ints.
  if (is_plain(self) && v[2].is_null() && v[0].is_small_int() && (v[1].is_null() || v[1].is_small_int())) {
    int64_t lo = v[1].is_null() ? 0 : v[0].as_small_int();
    int64_t hi = v[1].is_null() ? v[0].as_small_int() : v[1].as_small_int();
    if (hi > lo) return int_from_i64(lo + int64_t(mt_randbelow(rself(self), uint64_t(hi - lo))));
  }
  return randrange_impl(self, v[0], v[1], v[2]);
}

Ref m_randint(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  parse_args("randint", args, nargs, kw, {"a", "b"}, 2, v);
  if (is_plain(self) && v[0].is_small_int() && v[1].is_small_int() && v[1].as_small_int() >= v[0].as_small_int()) {
    int64_t lo = v[0].as_small_int(), width = v[1].as_small_int() - lo + 1;
    return int_from_i64(lo + int64_t(mt_randbelow(rself(self), uint64_t(width))));
  }
  Ref stop = binary_op(BinOp::Add, v[1], Value::small_int(1));
  return randrange_impl(self, v[0], stop.get(), Value::null());
}

// seq[i] with fast paths for lists and tuples.
Ref item_at(Value seq, int64_t i) {
  Type* t = type_of(seq);
  if (t == &ListType && i < as_list(seq)->size) return Ref::borrow(as_list(seq)->items[i]);
  if (t == &TupleType) return Ref::borrow(as_tuple(seq)->items[i]);
  return getitem(seq, Value::small_int(i));
}

Ref m_choice(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("choice", nargs, kw, 1, 1);
  int64_t n = length(args[0]);
  if (n == 0) index_error("Cannot choose from an empty sequence");
  return item_at(args[0], randbelow_i64(self, n));
}

Ref m_shuffle(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("shuffle", nargs, kw, 1, 1);
  Value x = args[0];
  for (int64_t i = length(x) - 1; i >= 1; --i) {
    int64_t j = randbelow_i64(self, i + 1);
    if (type_of(x) == &ListType && i < as_list(x)->size) {   // list: swap in place
      std::swap(as_list(x)->items[i], as_list(x)->items[j]);
      continue;
    }
    Ref a = getitem(x, Value::small_int(i)), b = getitem(x, Value::small_int(j));
    setitem(x, Value::small_int(i), b.get());
    setitem(x, Value::small_int(j), a.get());
  }
  return Ref::none();
}

// Index of the first item greater than x in sorted items[lo:hi] (bisect_right).
int64_t bisect_right(const std::vector<Ref>& items, Value x, int64_t lo, int64_t hi) {
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    if (less_than(x, items[size_t(mid)].get())) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// itertools.accumulate(iterable): running sums with Python's +.
std::vector<Ref> accumulate(Value iterable) {
  std::vector<Ref> out;
  for_each(iterable, [&](Value item) {
    out.push_back(out.empty() ? Ref::borrow(item) : binary_op(BinOp::Add, out.back().get(), item));
  });
  return out;
}

bool is_sequence_like(Value v) {
  Type* t = type_of(v);
  if (t == &SetType || t == &FrozenSetType || t == &DictType || is_subtype(t, &SetType) ||
      is_subtype(t, &FrozenSetType) || is_subtype(t, &DictType)) {
    return false;
  }
  return t->len && t->getitem;
}

Ref sample_impl(Value self, Value population, int64_t k, Value counts);

Ref sample_with_counts(Value self, Value population, int64_t n, int64_t k, Value counts) {
  std::vector<Ref> cum = accumulate(counts);
  if (int64_t(cum.size()) != n) value_error("The number of counts does not match the population");
  Ref total = std::move(cum.back());
  cum.pop_back();
  if (type_of(total.get()) != &IntType && !is_subtype(type_of(total.get()), &IntType))
    type_error("Counts must be integers");
  if (int_sign(total.get()) <= 0) value_error("Total of counts must be greater than zero");
  Ref rng = call(Value::object(&RangeType), {total.get()});
  Ref picks = sample_impl(self, rng.get(), k, Value::null());
  List* pl = as_list(picks.get());
  Ref result = list_new(size_t(pl->size));
  for (int64_t i = 0; i < pl->size; ++i) {
    int64_t at = bisect_right(cum, pl->items[i], 0, int64_t(cum.size()));
    as_list(result.get())->items[i] = item_at(population, at).release();
  }
  return result;
}

Ref sample_impl(Value self, Value population, int64_t k, Value counts) {
  if (!is_sequence_like(population))
    type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = length(population);
  if (!counts.is_null() && !counts.is_none()) return sample_with_counts(self, population, n, k, counts);
  if (k < 0 || k > n) value_error("Sample larger than population or is negative");
  Ref result = list_new(size_t(k));
  List* res = as_list(result.get());
  for (int64_t i = 0; i < k; ++i) res->items[i] = Value::none();
  int64_t setsize = 21;   // the pool beats a set of picks up to this size
  if (k > 5) setsize += int64_t(std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    Ref pool = list_from_iterable(population);
    List* pl = as_list(pool.get());
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = randbelow_i64(self, n - i);
      res->items[i] = pl->items[j];
      incref(pl->items[j]);
      std::swap(pl->items[j], pl->items[n - i - 1]);   // keep the unpicked ones in front
    }
  } else {
    std::unordered_set<int64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = randbelow_i64(self, n);
      while (selected.count(j)) j = randbelow_i64(self, n);
      selected.insert(j);
      res->items[i] = item_at(population, j).release();
    }
  }
  return result;
}

Ref m_sample(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 2) type_error("sample() takes 3 positional arguments but " + std::to_string(nargs + 1) + " were given");
  Value v[3];
  parse_args("sample", args, nargs, kw, {"population", "k", "counts"}, 2, v);
  return sample_impl(self, v[0], index_value(v[1]), v[2]);
}

Ref m_choices(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 2) type_error("choices() takes from 2 to 3 positional arguments but " + std::to_string(nargs + 1) + " were given");
  Value v[4];
  parse_args("choices", args, nargs, kw, {"population", "weights", "cum_weights", "k"}, 1, v);
  Value population = v[0], weights = v[1], cum_weights = v[2];
  int64_t n = length(population);
  int64_t k = v[3].is_null() ? 1 : index_value(v[3]);
  std::vector<Ref> cum;
  if (cum_weights.is_null() || cum_weights.is_none()) {
    if (weights.is_null() || weights.is_none()) {
      Ref out = list_new(0);
      double dn = double(n);
      for (int64_t i = 0; i < k; ++i) {
        Ref item = item_at(population, int64_t(std::floor(draw(self) * dn)));
        list_append(out.get(), item.get());
      }
      return out;
    }
    if (is_int(weights)) {
      type_error("The number of choices must be a keyword argument: k=" + int_to_string(int_value(weights)));
    }
    cum = accumulate(weights);
  } else {
    if (!weights.is_null() && !weights.is_none()) type_error("Cannot specify both weights and cumulative weights");
    for_each(cum_weights, [&](Value w) { cum.push_back(Ref::borrow(w)); });
  }
  if (int64_t(cum.size()) != n) value_error("The number of weights does not match the population");
  if (cum.empty()) index_error("list index out of range");
  Ref total_v = binary_op(BinOp::Add, cum.back().get(), Value::from_double(0.0));
  double total = num(total_v.get());
  if (total <= 0.0) value_error("Total of weights must be greater than zero");
  if (!std::isfinite(total)) value_error("Total of weights must be finite");
  Ref out = list_new(0);
  for (int64_t i = 0; i < k; ++i) {
    Value x = Value::from_double(draw(self) * total);
    Ref item = item_at(population, bisect_right(cum, x, 0, n - 1));
    list_append(out.get(), item.get());
  }
  return out;
}

// ------------------------------------------------------------ distributions

const double kNvMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
const double kLog4 = std::log(4.0);
const double kSgMagic = 1.0 + std::log(4.5);
constexpr double kTwoPi = 6.283185307179586;

Ref m_uniform(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  parse_args("uniform", args, nargs, kw, {"a", "b"}, 2, v);
  bool simple = (v[0].is_float() || v[0].is_small_int()) && (v[1].is_float() || v[1].is_small_int());
  if (simple) {   // exact in doubles, so the same as Python's mixed arithmetic
    double a = num(v[0]), b = num(v[1]);
    return ret(a + (b - a) * draw(self));
  }
  Ref width = binary_op(BinOp::Sub, v[1], v[0]);
  Ref scaled = binary_op(BinOp::Mul, width.get(), Value::from_double(draw(self)));
  return binary_op(BinOp::Add, v[0], scaled.get());
}

Ref m_triangular(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[3];
  parse_args("triangular", args, nargs, kw, {"low", "high", "mode"}, 0, v);
  double u = draw(self);
  Value lowv = v[0].is_null() ? Value::from_double(0.0) : v[0];
  double low = num(lowv), high = v[1].is_null() ? 1.0 : num(v[1]);
  double c = 0.5;
  if (!v[2].is_null() && !v[2].is_none()) {
    if (high - low == 0) return Ref::borrow(lowv);
    c = (num(v[2]) - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return ret(low + (high - low) * std::sqrt(u * c));
}

double normal(Value self) {
  for (;;) {
    double u1 = draw(self);
    double u2 = 1.0 - draw(self);
    double z = kNvMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) return z;
  }
}

void mu_sigma(const char* name, const Value* args, size_t nargs, Tuple* kw, size_t required, double* mu,
              double* sigma) {
  Value v[2];
  parse_args(name, args, nargs, kw, {"mu", "sigma"}, required, v);
  *mu = v[0].is_null() ? 0.0 : num(v[0]);
  *sigma = v[1].is_null() ? 1.0 : num(v[1]);
}

Ref m_normalvariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  double mu, sigma;
  mu_sigma("normalvariate", args, nargs, kw, 0, &mu, &sigma);
  return ret(mu + normal(self) * sigma);
}

Ref m_lognormvariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  double mu, sigma;
  mu_sigma("lognormvariate", args, nargs, kw, 2, &mu, &sigma);
  return ret(std::exp(mu + normal(self) * sigma));
}

Ref m_gauss(Value self, const Value* args, size_t nargs, Tuple* kw) {
  double mu, sigma;
  mu_sigma("gauss", args, nargs, kw, 0, &mu, &sigma);
  RandomObject* r = rself(self);
  double z;
  if (r->has_gauss) {
    z = r->gauss_next;
    r->has_gauss = false;
  } else {
    double x2pi = draw(self) * kTwoPi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - draw(self)));
    z = std::cos(x2pi) * g2rad;
    r->gauss_next = std::sin(x2pi) * g2rad;
    r->has_gauss = true;
  }
  return ret(mu + z * sigma);
}

Ref m_expovariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  parse_args("expovariate", args, nargs, kw, {"lambd"}, 1, &v);
  double lambd = num(v);
  return ret(fdiv(-std::log(1.0 - draw(self)), lambd));
}

Ref m_vonmisesvariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  parse_args("vonmisesvariate", args, nargs, kw, {"mu", "kappa"}, 2, v);
  double mu = num(v[0]), kappa = num(v[1]);
  if (kappa <= 1e-6) return ret(kTwoPi * draw(self));
  double s = 0.5 / kappa;
  double r = s + std::sqrt(1.0 + s * s);
  double z;
  for (;;) {
    double u1 = draw(self);
    z = std::cos(M_PI * u1);
    double d = z / (r + z);
    double u2 = draw(self);
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / r;
  double f = (q + z) / (1.0 + q * z);
  double u3 = draw(self);
  double theta = u3 > 0.5 ? mu + std::acos(f) : mu - std::acos(f);
  return float_binop(BinOp::Mod, Value::from_double(theta), Value::from_double(kTwoPi));
}

double gamma_draw(Value self, double alpha, double beta) {
  if (alpha <= 0.0 || beta <= 0.0) value_error("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {   // Cheng's algorithm
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - kLog4;
    double ccc = alpha + ainv;
    for (;;) {
      double u1 = draw(self);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - draw(self);
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + kSgMagic - 4.5 * z >= 0.0 || r >= std::log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -std::log(1.0 - draw(self)) * beta;
  double x;
  for (;;) {   // alpha < 1: Ahrens and Dieter's ALGORITHM GS
    double u = draw(self);
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    if (p <= 1.0) x = fpow(p, 1.0 / alpha);
    else x = -std::log((b - p) / alpha);
    double u1 = draw(self);
    if (p > 1.0) {
      if (u1 <= fpow(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  return x * beta;
}

Ref m_gammavariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  parse_args("gammavariate", args, nargs, kw, {"alpha", "beta"}, 2, v);
  return ret(gamma_draw(self, num(v[0]), num(v[1])));
}

Ref m_betavariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  parse_args("betavariate", args, nargs, kw, {"alpha", "beta"}, 2, v);
  double y = gamma_draw(self, num(v[0]), 1.0);
  if (y != 0) return ret(y / (y + gamma_draw(self, num(v[1]), 1.0)));
  return ret(0.0);
}

Ref m_paretovariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v;
  parse_args("paretovariate", args, nargs, kw, {"alpha"}, 1, &v);
  double u = 1.0 - draw(self);
  return ret(fpow(u, fdiv(-1.0, num(v))));
}

Ref m_weibullvariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value v[2];
  parse_args("weibullvariate", args, nargs, kw, {"alpha", "beta"}, 2, v);
  double u = 1.0 - draw(self);
  return ret(num(v[0]) * fpow(-std::log(u), fdiv(1.0, num(v[1]))));
}

Ref m_randbelow(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("_randbelow", nargs, kw, 1, 1);
  Ref n = index_object(args[0]);
  if (int_sign(n.get()) <= 0) value_error("_randbelow() requires n > 0");
  return randbelow(self, n.get());
}

Ref g_gauss_next(Value self) {
  RandomObject* r = rself(self);
  return r->has_gauss ? ret(r->gauss_next) : Ref::none();
}

void s_gauss_next(Value self, Value v) {
  RandomObject* r = rself(self);
  r->has_gauss = !v.is_null() && !v.is_none();
  if (r->has_gauss) r->gauss_next = num(v);
}

Ref m_system_seed(Value, const Value*, size_t, Tuple*) { return Ref::none(); }

Ref m_system_nostate(Value, const Value*, size_t, Tuple*) {
  raise(NotImplementedError_, "System entropy source does not have state.");
}

const MethodDef kRandomMethods[] = {
    {"seed", m_seed},
    {"random", m_random},
    {"getrandbits", m_getrandbits},
    {"randbytes", m_randbytes},
    {"getstate", m_getstate},
    {"setstate", m_setstate},
    {"__getstate__", m_getstate},
    {"__setstate__", m_setstate},
    {"randrange", m_randrange},
    {"randint", m_randint},
    {"choice", m_choice},
    {"shuffle", m_shuffle},
    {"sample", m_sample},
    {"choices", m_choices},
    {"uniform", m_uniform},
    {"triangular", m_triangular},
    {"normalvariate", m_normalvariate},
    {"lognormvariate", m_lognormvariate},
    {"gauss", m_gauss},
    {"expovariate", m_expovariate},
    {"vonmisesvariate", m_vonmisesvariate},
    {"gammavariate", m_gammavariate},
    {"betavariate", m_betavariate},
    {"paretovariate", m_paretovariate},
    {"weibullvariate", m_weibullvariate},
    {"_randbelow", m_randbelow},
    {nullptr, nullptr},
};

const MethodDef kSystemRandomMethods[] = {
    {"seed", m_system_seed},
    {"getstate", m_system_nostate},
    {"setstate", m_system_nostate},
    {nullptr, nullptr},
};

const GetSetDef kRandomGetSets[] = {
    {"gauss_next", g_gauss_next, s_gauss_next},
    {nullptr, nullptr},
};

// The functions exported by the module, as methods of the hidden instance.
const char* const kExported[] = {
    "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle",
    "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
    "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
    "randbytes"};

void ready_types() {
  static std::once_flag once;
  std::call_once(once, [] {
    RandomType.name = RandomType.qualname = "Random";
    RandomType.module = "random";
    RandomType.flags = kTypeBaseType;
    RandomType.basic_size = sizeof(RandomObject);
    RandomType.new_ = random_new;
    RandomType.init = random_init;
    type_ready(&RandomType, kRandomMethods, kRandomGetSets);
    SystemRandomType.name = SystemRandomType.qualname = "SystemRandom";
    SystemRandomType.module = "random";
    SystemRandomType.flags = kTypeBaseType;
    SystemRandomType.base = &RandomType;
    type_ready(&SystemRandomType, kSystemRandomMethods);
  });
}

void init_random(Value module) {
  ready_types();
  Ref inst = random_new(&RandomType, nullptr, 0, nullptr);
  seed_urandom(rself(inst.get()));
  rself(inst.get())->has_gauss = false;
  module_add(module, "Random", Value::object(&RandomType));
  module_add(module, "SystemRandom", Value::object(&SystemRandomType));
  module_add(module, "_inst", inst.get());
  for (const char* name : kExported) {
    for (const MethodDef* d = kRandomMethods; d->name; ++d) {
      if (std::strcmp(d->name, name) == 0) {
        Ref f = make_builtin(d->name, d->fn, inst.get());
        module_add(module, name, f.get());
      }
    }
  }
  module_add(module, "NV_MAGICCONST", Value::from_double(kNvMagic));
  module_add(module, "LOG4", Value::from_double(kLog4));
  module_add(module, "SG_MAGICCONST", Value::from_double(kSgMagic));
  module_add(module, "BPF", Value::small_int(53));
  module_add(module, "RECIP_BPF", Value::from_double(1.0 / 9007199254740992.0));
  module_add(module, "TWOPI", Value::from_double(kTwoPi));
}

}  // namespace

GILPY_MODULE("random", init_random);

}  // namespace gilpy
