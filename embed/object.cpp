// object.cpp — the embedding API's Object handle and Error: reference
// counting under the right GIL, attribute/item/call operations, and the
// conversions between Python values and C++ values and buffers.
#include <cstring>

#include "embed/state.hpp"
#include "interp/traceback.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "stdlib/array.hpp"
#include "stdlib/buffer.hpp"

namespace gilpy::embed {

using detail::State;
using detail::value_in;
using detail::value_of;

// ------------------------------------------------------------------ Error
static const Object& null_object() {
  static const Object none;
  return none;
}

Error::Error(std::string type_name, std::string message, std::string traceback)
    : std::runtime_error(message.empty() ? type_name : type_name + ": " + message),
      type_(std::move(type_name)),
      message_(std::move(message)),
      traceback_(std::move(traceback)),
      exc_(nullptr) {}

Error::Error(std::string type_name, std::string message, std::string traceback, const Object& exception)
    : Error(std::move(type_name), std::move(message), std::move(traceback)) {
  if (exception) exc_ = new Object(exception);
}

Error::Error(const Error& o)
    : std::runtime_error(o), type_(o.type_), message_(o.message_), traceback_(o.traceback_),
      exc_(o.exc_ ? new Object(*o.exc_) : nullptr) {}

Error& Error::operator=(const Error& o) {
  if (this != &o) {
    std::runtime_error::operator=(o);
    type_ = o.type_;
    message_ = o.message_;
    traceback_ = o.traceback_;
    delete exc_;
    exc_ = o.exc_ ? new Object(*o.exc_) : nullptr;
  }
  return *this;
}

Error::~Error() { delete exc_; }

const Object& Error::exception() const noexcept { return exc_ ? *exc_ : null_object(); }

namespace detail {

Error make_error(State* st, PyError& e) {
  Value exc = Value::object(e.exc());
  std::string type = e.type()->name, message, tb;
  try {
    message = str_utf8(exc);
  } catch (PyError&) {
    message = "<exception str() failed>";
  }
  try {
    tb = format_exception(exc);
  } catch (PyError&) {
    tb = type + ": " + message + "\n";
  }
  return Error(std::move(type), std::move(message), std::move(tb), borrow(st, exc));
}

void arity_error(const std::string& name, size_t want, size_t got) {
  throw Error("TypeError", name + "() takes " + std::to_string(want) + " positional argument" + (want == 1 ? "" : "s") +
                               " but " + std::to_string(got) + (got == 1 ? " was" : " were") + " given");
}

}  // namespace detail

// ------------------------------------------------------ reference counts
// Immediates (small ints, floats, None, bools) carry no count: only heap
// objects need the interpreter's lock to be copied or dropped.
static bool counted(uint64_t bits) { return Value::from_bits(bits).is_obj(); }

Object::Object(const Object& o) : st_(o.st_), bits_(o.bits_) {
  if (st_ && counted(bits_) && !st_->closed.load(std::memory_order_acquire)) {
    detail::Enter enter(st_);
    incref(Value::from_bits(bits_));
  }
}

Object& Object::operator=(const Object& o) {
  if (this != &o) {
    Object copy(o);
    *this = std::move(copy);
  }
  return *this;
}

Object& Object::operator=(Object&& o) noexcept {
  if (this != &o) {
    Object old(std::move(*this));
    st_ = o.st_;
    bits_ = o.bits_;
    o.st_ = nullptr;
    o.bits_ = 0;
  }
  return *this;
}

Object::~Object() {
  // A handle that outlives its interpreter is simply forgotten.
  if (!st_ || !counted(bits_) || st_->closed.load(std::memory_order_acquire)) return;
  try {
    detail::Enter enter(st_);
    decref(Value::from_bits(bits_));
  } catch (...) {
  }
}

void Object::check_() const {
  if (!st_) throw Error("ValueError", "null gilpy Object");
}

Interpreter& Object::interpreter() const {
  check_();
  return *st_->owner;
}

// ------------------------------------------------------------ operations
bool Object::is_none() const {
  check_();
  return value_of(*this).is_none();
}

std::string Object::type_name() const {
  check_();
  return detail::with_gil(st_, [&] { return type_of(value_of(*this))->name; });
}

std::string Object::repr() const {
  check_();
  return detail::with_gil(st_, [&] { return repr_utf8(value_of(*this)); });
}

std::string Object::str() const {
  check_();
  return detail::with_gil(st_, [&] { return str_utf8(value_of(*this)); });
}

bool Object::truthy() const {
  check_();
  return detail::with_gil(st_, [&] { return gilpy::truthy(value_of(*this)); });
}

bool Object::equals(const Object& other) const {
  check_();
  return detail::with_gil(st_, [&] { return gilpy::equals(value_of(*this), value_in(st_, other)); });
}

Object Object::attr(std::string_view name) const {
  check_();
  return detail::with_gil(st_, [&] { return detail::adopt(st_, getattr(value_of(*this), intern(name))); });
}

bool Object::has_attr(std::string_view name) const {
  check_();
  return detail::with_gil(st_, [&] { return hasattr(value_of(*this), intern(name)); });
}

void Object::set_attr(std::string_view name, const Object& value) const {
  check_();
  detail::with_gil(st_, [&] {
    setattr(value_of(*this), intern(name), value_in(st_, value));
    return 0;
  });
}

Object Object::item(const Object& key) const {
  check_();
  return detail::with_gil(st_, [&] { return detail::adopt(st_, getitem(value_of(*this), value_in(st_, key))); });
}

void Object::set_item(const Object& key, const Object& value) const {
  check_();
  detail::with_gil(st_, [&] {
    setitem(value_of(*this), value_in(st_, key), value_in(st_, value));
    return 0;
  });
}

int64_t Object::size() const {
  check_();
  return detail::with_gil(st_, [&] { return length(value_of(*this)); });
}

Object Object::call(const std::vector<Object>& args) const {
  check_();
  return detail::with_gil(st_, [&] {
    std::vector<Value> a;
    a.reserve(args.size());
    for (const Object& x : args) a.push_back(value_in(st_, x));
    return detail::adopt(st_, gilpy::call(value_of(*this), a.data(), a.size()));
  });
}

Object Object::call(const std::vector<Object>& args, const std::vector<std::pair<std::string, Object>>& kwargs) const {
  check_();
  return detail::with_gil(st_, [&] {
    std::vector<Value> a;
    a.reserve(args.size() + kwargs.size());
    for (const Object& x : args) a.push_back(value_in(st_, x));
    Ref names = tuple_new(kwargs.size());
    for (size_t i = 0; i < kwargs.size(); i++) {
      as_tuple(names.get())->items[i] = Value::object(intern(kwargs[i].first));
      a.push_back(value_in(st_, kwargs[i].second));
    }
    Tuple* kw = kwargs.empty() ? nullptr : as_tuple(names.get());
    return detail::adopt(st_, gilpy::call(value_of(*this), a.data(), args.size(), kw));
  });
}

// ----------------------------------------------------- Python -> C++
int64_t Object::to_int64() const {
  check_();
  return detail::with_gil(st_, [&] {
    Value v = value_of(*this);
    if (!is_int(v)) type_error("expected an int, got " + gilpy::type_name(v));
    return int_as_i64(int_value(v));
  });
}

uint64_t Object::to_uint64() const {
  check_();
  return detail::with_gil(st_, [&] {
    Value v = value_of(*this);
    if (!is_int(v)) type_error("expected an int, got " + gilpy::type_name(v));
    Value i = int_value(v);
    if (int_sign(i) < 0) raise(OverflowError_, "can't convert negative int to unsigned");
    if (int_fits_i64(i)) return uint64_t(int_as_i64(i));
    if (int_bit_length(i) > 64) raise(OverflowError_, "int too big to convert");
    std::string b = int_to_bytes(i, 8, true, false);
    uint64_t u;
    std::memcpy(&u, b.data(), 8);
    return u;
  });
}

double Object::to_double() const {
  check_();
  return detail::with_gil(st_, [&] {
    Value v = value_of(*this);
    if (!is_floatlike(v) && !is_int(v)) type_error("expected a float, got " + gilpy::type_name(v));
    return gilpy::to_double(v);
  });
}

bool Object::to_bool() const {
  check_();
  Value v = value_of(*this);
  if (v.is_bool()) return v == Value::true_();
  return detail::with_gil(st_, [&]() -> bool { type_error("expected a bool, got " + gilpy::type_name(v)); });
}

std::string Object::to_string() const {
  check_();
  return detail::with_gil(st_, [&] {
    Value v = value_of(*this);
    if (is_str(v)) return std::string(str_view(v));
    if (is_bytes_like(v)) return std::string(as_bytes(v)->view());
    type_error("expected a str, got " + gilpy::type_name(v));
  });
}

std::vector<Object> Object::elements() const {
  check_();
  return detail::with_gil(st_, [&] {
    std::vector<Object> out;
    for_each(value_of(*this), [&](Value x) { out.push_back(detail::borrow(st_, x)); });
    return out;
  });
}

std::vector<std::pair<Object, Object>> Object::dict_items() const {
  check_();
  return detail::with_gil(st_, [&] {
    std::vector<std::pair<Object, Object>> out;
    Value v = value_of(*this);
    if (isinstance_of(v, &DictType)) {
      int64_t pos = 0;
      Value k, x;
      while (dict_next(as_dict(v), &pos, &k, &x)) out.emplace_back(detail::borrow(st_, k), detail::borrow(st_, x));
      return out;
    }
    Ref keys = gilpy::call_method(v, "keys", {});
    for_each(keys.get(), [&](Value k) {
      Ref x = getitem(v, k);
      out.emplace_back(detail::borrow(st_, k), detail::adopt(st_, std::move(x)));
    });
    return out;
  });
}

// --------------------------------------------------------------- buffers
static bool kind_matches(char typecode, char kind, size_t itemsize, int have_size) {
  if (size_t(have_size) != itemsize || typecode == 'u') return false;
  switch (typecode) {
    case 'f': case 'd': return kind == 'f';
    case 'b': case 'h': case 'i': case 'l': case 'q': return kind == 'i';
    case 'B': case 'H': case 'I': case 'L': case 'Q': return kind == 'u';
    default: return false;
  }
}

static const char* kind_name(char kind) { return kind == 'f' ? "float" : kind == 'i' ? "signed int" : "unsigned int"; }

void* Object::buffer_acquire_(char kind, size_t itemsize, size_t* n) const {
  check_();
  return detail::with_gil(st_, [&] {
    Value v = value_of(*this);
    TypedBuffer b;
    if (!buffer_acquire(v, &b)) type_error("a typed buffer (array.array or shared array) is required, not " + gilpy::type_name(v));
    if (!kind_matches(b.typecode, kind, itemsize, b.itemsize)) {
      buffer_release(v);
      type_error(std::string("buffer of typecode '") + b.typecode + "' does not hold " +
                 std::to_string(itemsize * 8) + "-bit " + kind_name(kind) + " items");
    }
    *n = size_t(b.length);
    return b.data;
  });
}

void Object::buffer_release_() const {
  if (!st_ || st_->closed.load()) return;
  detail::with_gil(st_, [&] {
    buffer_release(value_of(*this));
    return 0;
  });
}

// ----------------------------------------------------- C++ -> Python
Object Interpreter::none() { return Object(st_, Value::none().bits()); }
Object Interpreter::boolean(bool v) { return Object(st_, Value::boolean(v).bits()); }
Object Interpreter::floating(double v) { return Object(st_, Value::from_double(v).bits()); }

Object Interpreter::integer(int64_t v) {
  return detail::with_gil(st_, [&] { return detail::adopt(st_, int_from_i64(v)); });
}

Object Interpreter::unsigned_integer(uint64_t v) {
  return detail::with_gil(st_, [&] { return detail::adopt(st_, int_from_u64(v)); });
}

Object Interpreter::string(std::string_view utf8) {
  return detail::with_gil(st_, [&] { return detail::adopt(st_, str_new(utf8)); });
}

Object Interpreter::bytes(std::string_view data) {
  return detail::with_gil(st_, [&] { return detail::adopt(st_, bytes_new(data)); });
}

Object Interpreter::list(const std::vector<Object>& items) {
  return detail::with_gil(st_, [&] {
    Ref l = list_new(0);
    for (const Object& x : items) list_append(l.get(), value_in(st_, x));
    return detail::adopt(st_, std::move(l));
  });
}

Object Interpreter::tuple(const std::vector<Object>& items) {
  return detail::with_gil(st_, [&] {
    std::vector<Value> a;
    for (const Object& x : items) a.push_back(value_in(st_, x));
    return detail::adopt(st_, tuple_from_array(a.data(), a.size()));
  });
}

Object Interpreter::dict(const std::vector<std::pair<Object, Object>>& items) {
  return detail::with_gil(st_, [&] {
    Ref d = dict_new();
    for (const auto& [k, v] : items) dict_set(as_dict(d.get()), value_in(st_, k), value_in(st_, v));
    return detail::adopt(st_, std::move(d));
  });
}

static char typecode_for(char kind, size_t itemsize) {
  if (kind == 'f') return itemsize == 8 ? 'd' : itemsize == 4 ? 'f' : 0;
  static const char kSigned[] = {0, 'b', 'h', 0, 'i', 0, 0, 0, 'q'};
  static const char kUnsigned[] = {0, 'B', 'H', 0, 'I', 0, 0, 0, 'Q'};
  if (itemsize > 8) return 0;
  return kind == 'i' ? kSigned[itemsize] : kUnsigned[itemsize];
}

Object Interpreter::array_(char kind, size_t itemsize, const void* data, size_t n) {
  return detail::with_gil(st_, [&] {
    char tc = typecode_for(kind, itemsize);
    if (!tc) type_error("no array typecode for this C++ element type");
    import_module("array");   // readies array.array (once per process) and its buffer provider
    Ref a = array_new_uninit(tc, int64_t(n));
    ArrayView view;
    array_get_view(a.get(), &view);
    if (n) std::memcpy(view.data, data, n * itemsize);
    return detail::adopt(st_, std::move(a));
  });
}

}  // namespace gilpy::embed
