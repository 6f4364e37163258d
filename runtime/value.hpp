// value.hpp — the one-word value every layer passes around.
//
// A Value is 64 bits, NaN-boxed:
//
//   any double that is not a NaN with a tag pattern   -> a float, stored as is
//   0xFFF9 << 48 | 48-bit two's complement payload    -> a small int
//   0xFFFA << 48 | code                                -> null, None, False, True
//   0xFFFB << 48 | 48-bit pointer                      -> a heap Object*
//
// Boxing a double canonicalises every NaN to 0x7FF8000000000000, so no float
// can ever collide with a tag. The payoff: arithmetic on small ints and floats
// never allocates, and type tests are one shift and compare.
//
// Value itself does not own a reference. Ownership is explicit: see Ref in
// object.hpp. The convention everywhere in gilpy: arguments are borrowed,
// results are owned (returned as Ref).
#pragma once
#include <cstdint>
#include <cstring>

namespace gilpy {

struct Object;

class Value {
 public:
  static constexpr uint64_t kTagShift = 48;
  static constexpr uint64_t kPayloadMask = (uint64_t(1) << 48) - 1;
  static constexpr uint64_t kTagInt = uint64_t(0xFFF9) << 48;
  static constexpr uint64_t kTagSpecial = uint64_t(0xFFFA) << 48;
  static constexpr uint64_t kTagObj = uint64_t(0xFFFB) << 48;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;
  static constexpr int64_t kSmallMax = (int64_t(1) << 47) - 1;
  static constexpr int64_t kSmallMin = -(int64_t(1) << 47);

  constexpr Value() : bits_(kTagSpecial) {}   // null
  static constexpr Value from_bits(uint64_t b) { Value v; v.bits_ = b; return v; }
  constexpr uint64_t bits() const { return bits_; }

  // --- special immediates
  static constexpr Value null() { return from_bits(kTagSpecial | 0); }
  static constexpr Value none() { return from_bits(kTagSpecial | 1); }
  static constexpr Value false_() { return from_bits(kTagSpecial | 2); }
  static constexpr Value true_() { return from_bits(kTagSpecial | 3); }
  static constexpr Value boolean(bool b) { return from_bits(kTagSpecial | (2 + uint64_t(b))); }
  constexpr bool is_null() const { return bits_ == (kTagSpecial | 0); }
  constexpr bool is_none() const { return bits_ == (kTagSpecial | 1); }
  constexpr bool is_bool() const { return (bits_ | 1) == (kTagSpecial | 3); }
  constexpr bool is_true() const { return bits_ == (kTagSpecial | 3); }
  constexpr bool is_false() const { return bits_ == (kTagSpecial | 2); }

  // --- small ints (48-bit signed)
  static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }
  static constexpr Value small_int(int64_t i) { return from_bits(kTagInt | (uint64_t(i) & kPayloadMask)); }
  constexpr bool is_small_int() const { return (bits_ >> kTagShift) == 0xFFF9; }
  constexpr int64_t as_small_int() const { return int64_t(bits_ << 16) >> 16; }

  // --- floats
  static Value from_double(double d) {
    uint64_t b;
    std::memcpy(&b, &d, 8);
    if (d != d) b = kCanonicalNaN;
    return from_bits(b);
  }
  constexpr bool is_float() const { return bits_ < (uint64_t(0xFFF9) << 48); }
  double as_double() const {
    double d;
    std::memcpy(&d, &bits_, 8);
    return d;
  }

  // --- heap objects
  static Value object(const Object* o) { return from_bits(kTagObj | reinterpret_cast<uint64_t>(o)); }
  constexpr bool is_obj() const { return (bits_ >> kTagShift) == 0xFFFB; }
  Object* as_obj() const { return reinterpret_cast<Object*>(bits_ & kPayloadMask); }

  constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

 private:
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace gilpy
