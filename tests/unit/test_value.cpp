// NaN-boxed Values (runtime/value.hpp): immediates round-trip and never collide.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>

#include "runtime/object.hpp"
#include "runtime/value.hpp"

using gilpy::Value;

static uint64_t double_bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  return b;
}

TEST_CASE("small ints cover exactly the 48-bit signed range", "[value]") {
  const int64_t max = (int64_t(1) << 47) - 1, min = -(int64_t(1) << 47);
  CHECK(Value::kSmallMax == max);
  CHECK(Value::kSmallMin == min);
  CHECK(Value::fits_small(max));
  CHECK(Value::fits_small(min));
  CHECK_FALSE(Value::fits_small(max + 1));
  CHECK_FALSE(Value::fits_small(min - 1));
  for (int64_t i : {int64_t(0), int64_t(1), int64_t(-1), max, min, max - 1, min + 1, int64_t(123456789)}) {
    Value v = Value::small_int(i);
    CHECK(v.is_small_int());
    CHECK_FALSE(v.is_float());
    CHECK_FALSE(v.is_obj());
    CHECK_FALSE(v.is_bool());
    CHECK(v.as_small_int() == i);
  }
  CHECK(Value::small_int(-1) != Value::small_int(max));   // sign is kept, not masked away
  CHECK(Value::small_int(0) != Value::false_());
  CHECK(Value::small_int(1) != Value::true_());
}

TEST_CASE("floats round-trip bit for bit", "[value]") {
  const double inf = std::numeric_limits<double>::infinity();
  for (double d : {0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, 5e-324, inf, -inf,
                   std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()}) {
    Value v = Value::from_double(d);
    CHECK(v.is_float());
    CHECK_FALSE(v.is_small_int());
    CHECK_FALSE(v.is_obj());
    CHECK(double_bits(v.as_double()) == double_bits(d));
  }
  Value nz = Value::from_double(-0.0);
  CHECK(std::signbit(nz.as_double()));
  CHECK(nz != Value::from_double(0.0));   // -0.0 and 0.0 are distinct words
}

TEST_CASE("every NaN is canonicalised and stays a float", "[value]") {
  const uint64_t payloads[] = {0x7FF8000000000000ull, 0xFFF8000000000000ull, 0x7FF0000000000001ull,
                               0xFFF9000000000001ull,   // a NaN with the small-int tag pattern
                               0xFFFA000000000001ull,   // ... the special tag (None)
                               0xFFFB000000001000ull,   // ... the object tag
                               0xFFFFFFFFFFFFFFFFull};
  for (uint64_t bits : payloads) {
    double d;
    std::memcpy(&d, &bits, 8);
    REQUIRE(std::isnan(d));
    Value v = Value::from_double(d);
    CHECK(v.bits() == Value::kCanonicalNaN);
    CHECK(v.is_float());
    CHECK(std::isnan(v.as_double()));
    CHECK_FALSE(v.is_small_int());
    CHECK_FALSE(v.is_obj());
    CHECK_FALSE(v.is_none());
  }
}

TEST_CASE("None, True, False and null are distinct immediates", "[value]") {
  Value vals[] = {Value::null(), Value::none(), Value::true_(), Value::false_()};
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) CHECK((vals[i] == vals[j]) == (i == j));
  CHECK(Value().is_null());
  CHECK(Value::none().is_none());
  CHECK_FALSE(Value::none().is_null());
  CHECK(Value::true_().is_bool());
  CHECK(Value::false_().is_bool());
  CHECK_FALSE(Value::none().is_bool());
  CHECK_FALSE(Value::null().is_bool());
  CHECK(Value::true_().is_true());
  CHECK(Value::false_().is_false());
  CHECK(Value::boolean(true) == Value::true_());
  CHECK(Value::boolean(false) == Value::false_());
  for (Value v : vals) {
    CHECK_FALSE(v.is_float());
    CHECK_FALSE(v.is_small_int());
    CHECK_FALSE(v.is_obj());
  }
}

TEST_CASE("object pointers box and unbox, and type_of classifies every kind", "[value]") {
  alignas(16) static gilpy::Object dummy{1, &gilpy::ObjectType};
  Value v = Value::object(&dummy);
  CHECK(v.is_obj());
  CHECK(v.as_obj() == &dummy);
  CHECK_FALSE(v.is_float());
  CHECK_FALSE(v.is_small_int());
  CHECK_FALSE(v.is_null());
  CHECK(gilpy::type_of(v) == &gilpy::ObjectType);
  CHECK(gilpy::type_of(Value::small_int(-5)) == &gilpy::IntType);
  CHECK(gilpy::type_of(Value::from_double(0.5)) == &gilpy::FloatType);
  CHECK(gilpy::type_of(Value::from_double(std::nan(""))) == &gilpy::FloatType);
  CHECK(gilpy::type_of(Value::true_()) == &gilpy::BoolType);
  CHECK(gilpy::type_of(Value::false_()) == &gilpy::BoolType);
  CHECK(gilpy::type_of(Value::none()) == &gilpy::NoneType);
}
