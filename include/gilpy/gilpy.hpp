// gilpy/gilpy.hpp — embedding gilpy in a C++ program (the only public header).
//
//   gilpy::embed::Interpreter py;
//   py.def("hypot", [](double a, double b) { return std::sqrt(a * a + b * b); });
//   py.run("r = hypot(3, 4)");
//   double r = py.global("r").as<double>();      // 5.0
//
// THE RULES
// * Each Interpreter is independent: its own modules, its own objects and its
//   own GIL. N interpreters on N host threads run in parallel.
// * Any host thread may use any Interpreter and any Object: every call takes
//   that interpreter's GIL for its duration (a thread seen for the first time
//   gets a thread state on the fly). Hold a GilHold to batch many calls.
// * A Python exception surfaces as gilpy::embed::Error (type name, message,
//   traceback text). Exceptions thrown by a native function become Python
//   exceptions (Error keeps its type; std::invalid_argument -> ValueError, ...).
// * Native functions run with the GIL held unless defined with
//   GilPolicy::release: their arguments are converted to C++ first, the lock is
//   dropped while the function body runs, and taken back for the result.
//   Inside any native function a GilRelease guard drops it for a stretch.
// * Objects are reference-counted handles tied to their interpreter; do not
//   pass an Object to a function of another interpreter (convert to C++ data).
// See docs/embedding.md.
#pragma once
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace gilpy::embed {

class Interpreter;
class Object;
namespace detail {
struct State;   // the interpreter behind the handles (embed/state.hpp)
}

// A Python exception seen from C++, or an error a native function raises on
// purpose: throw Error("KeyError", "no such key") from a native function and
// Python code sees KeyError('no such key').
class Error : public std::runtime_error {
 public:
  Error(std::string type_name, std::string message, std::string traceback = "");
  Error(std::string type_name, std::string message, std::string traceback, const Object& exception);
  Error(const Error&);
  Error& operator=(const Error&);
  ~Error() override;
  const std::string& type_name() const noexcept { return type_; }   // "ValueError"
  const std::string& message() const noexcept { return message_; }  // str(exc)
  const std::string& traceback() const noexcept { return traceback_; }   // as Python prints it
  const Object& exception() const noexcept;   // the Python exception (null if made in C++)

 private:
  std::string type_, message_, traceback_;
  Object* exc_;   // owned; an Object so its reference is dropped under the right GIL
};

enum class GilPolicy { hold, release };

// A strong reference to a Python object. Copying and destroying take the
// owning interpreter's GIL if this thread does not hold it.
class Object {
 public:
  Object() noexcept = default;   // null (refers to nothing)
  Object(const Object& o);
  Object(Object&& o) noexcept : st_(o.st_), bits_(o.bits_) { o.st_ = nullptr; o.bits_ = 0; }
  Object& operator=(const Object& o);
  Object& operator=(Object&& o) noexcept;
  ~Object();

  explicit operator bool() const noexcept { return st_ != nullptr; }
  Interpreter& interpreter() const;
  bool is_none() const;
  std::string type_name() const;   // type(obj).__name__
  std::string repr() const;
  std::string str() const;
  bool truthy() const;
  bool equals(const Object& other) const;   // Python ==

  Object attr(std::string_view name) const;
  bool has_attr(std::string_view name) const;
  void set_attr(std::string_view name, const Object& value) const;
  template <class T>
  void set_attr(std::string_view name, const T& value) const;
  Object item(const Object& key) const;   // obj[key]
  template <class K>
  Object item(const K& key) const;
  void set_item(const Object& key, const Object& value) const;
  int64_t size() const;                    // len(obj)

  // Calls the object; C++ arguments are converted first. Any host thread.
  Object call(const std::vector<Object>& args) const;
  Object call(const std::vector<Object>& args, const std::vector<std::pair<std::string, Object>>& kwargs) const;
  template <class... A>
  Object operator()(A&&... args) const;
  template <class... A>
  Object call_method(std::string_view name, A&&... args) const { return attr(name)(std::forward<A>(args)...); }

  // Conversions to C++ (see Convert below for the list).
  template <class T>
  T as() const;
  int64_t to_int64() const;          // int (or bool); OverflowError outside int64
  uint64_t to_uint64() const;
  double to_double() const;          // float or int
  bool to_bool() const;              // bool only (use truthy() for truthiness)
  std::string to_string() const;     // str (UTF-8) or bytes
  std::vector<Object> elements() const;                       // list(obj)
  std::vector<std::pair<Object, Object>> dict_items() const;  // a mapping's items

  // A contiguous typed buffer (array.array, multiprocessing RawArray): used
  // by Buffer<T>; the buffer stays exported (not resizable) until released.
  void* buffer_acquire_(char kind, size_t itemsize, size_t* length) const;
  void buffer_release_() const;

  // Internal: handles are made by the library.
  Object(detail::State* st, uint64_t bits) noexcept : st_(st), bits_(bits) {}
  detail::State* state_() const noexcept { return st_; }
  uint64_t raw_bits_() const noexcept { return bits_; }

 private:
  void check_() const;
  detail::State* st_ = nullptr;
  uint64_t bits_ = 0;
};

// A typed view of an exported buffer: std::span<T> over its items. While a
// Buffer lives the owner cannot be resized (BufferError in Python).
template <class T>
class Buffer {
 public:
  Buffer() = default;
  explicit Buffer(Object owner) : owner_(std::move(owner)) {
    size_t n = 0;
    data_ = static_cast<T*>(owner_.buffer_acquire_(kind(), sizeof(T), &n));
    n_ = n;
    held_ = true;
  }
  Buffer(Buffer&& o) noexcept : owner_(std::move(o.owner_)), data_(o.data_), n_(o.n_), held_(o.held_) { o.held_ = false; }
  Buffer& operator=(Buffer&& o) noexcept {
    std::swap(owner_, o.owner_);
    std::swap(data_, o.data_);
    std::swap(n_, o.n_);
    std::swap(held_, o.held_);
    return *this;
  }
  ~Buffer() {
    if (held_) owner_.buffer_release_();
  }
  std::span<T> span() const { return {data_, n_}; }
  T* data() const { return data_; }
  size_t size() const { return n_; }
  T& operator[](size_t i) const { return data_[i]; }
  T* begin() const { return data_; }
  T* end() const { return data_ + n_; }
  const Object& owner() const { return owner_; }
  static constexpr char kind() {
    using U = std::remove_cv_t<T>;
    static_assert(std::is_arithmetic_v<U> && !std::is_same_v<U, bool>, "Buffer<T>: T must be a number type");
    return std::is_floating_point_v<U> ? 'f' : std::is_signed_v<U> ? 'i' : 'u';
  }

 private:
  Object owner_;
  T* data_ = nullptr;
  size_t n_ = 0;
  bool held_ = false;
};

// Conversions between C++ values and Python objects. Specialise Convert<T>
// (static Object to(Interpreter&, const T&); static T from(const Object&))
// to add a type.
template <class T, class = void>
struct Convert;

// Takes the GIL of an interpreter for a block of calls (re-entrant).
class GilHold {
 public:
  explicit GilHold(const Interpreter& py);
  ~GilHold();
  GilHold(const GilHold&) = delete;
  GilHold& operator=(const GilHold&) = delete;

 private:
  void* prev_;
  void* ts_;
  bool acquired_;
};

// Inside a native function: drops the GIL the thread holds, takes it back at
// scope exit. Touch no Python object meanwhile (Object calls would simply
// take the lock again). A no-op on a thread that holds no GIL.
class GilRelease {
 public:
  GilRelease();
  ~GilRelease();
  GilRelease(const GilRelease&) = delete;
  GilRelease& operator=(const GilRelease&) = delete;

 private:
  void* ts_;
};

namespace detail {
using NativeImpl = std::function<Object(Interpreter&, const std::vector<Object>&)>;
template <class F>
NativeImpl wrap_native(std::string name, F f, GilPolicy policy);
}  // namespace detail

class Module;

class Interpreter {
 public:
  struct Options {
    std::vector<std::string> argv{""};   // sys.argv
    std::vector<std::string> path;       // appended to sys.path (directories of .py modules)
  };
  Interpreter();
  explicit Interpreter(const Options& options);
  // Joins the interpreter's non-daemon Python threads, then frees its modules.
  // No other host thread may be using it any more.
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Runs statements in __main__.
  void run(std::string_view source, const std::string& filename = "<embed>");
  // Evaluates one expression in __main__'s namespace.
  Object eval(std::string_view expression);
  template <class T>
  T eval_as(std::string_view expression) { return eval(expression).as<T>(); }
  Object import(std::string_view module);   // import a.b.c -> the module a.b.c
  Object main_module() const;
  Object global(std::string_view name) const;   // NameError if unset
  bool has_global(std::string_view name) const;
  void set_global(std::string_view name, const Object& value);
  template <class T>
  void set_global(std::string_view name, const T& value) { set_global(name, object(value)); }

  // C++ -> Python.
  template <class T>
  Object object(const T& value) { return Convert<std::decay_t<T>>::to(*this, value); }
  Object none();
  Object integer(int64_t v);
  Object unsigned_integer(uint64_t v);
  Object floating(double v);
  Object boolean(bool v);
  Object string(std::string_view utf8);
  Object bytes(std::string_view data);
  Object list(const std::vector<Object>& items);
  Object tuple(const std::vector<Object>& items);
  Object dict(const std::vector<std::pair<Object, Object>>& items);
  // array.array of the matching typecode ('d' for double, 'q' for int64_t, ...), a copy.
  template <class T>
  Object array(std::span<const T> items) {
    return array_(Buffer<const T>::kind(), sizeof(T), items.data(), items.size());
  }

  // A Python callable running `f` (a lambda or function whose parameters and
  // result convert with Convert<T>; or taking `const std::vector<Object>&`
  // for any number of arguments).
  template <class F>
  Object function(std::string name, F f, GilPolicy policy = GilPolicy::hold) {
    return function_(name, detail::wrap_native(name, std::move(f), policy));
  }
  // Defines a function in __main__.
  template <class F>
  void def(std::string name, F f, GilPolicy policy = GilPolicy::hold) {
    set_global(name, function(name, std::move(f), policy));
  }
  // A new module registered in sys.modules (so `import name` finds it).
  Module module(const std::string& name);

  detail::State* state_() const noexcept { return st_; }
  Object array_(char kind, size_t itemsize, const void* data, size_t n);
  Object function_(const std::string& name, detail::NativeImpl impl);

 private:
  detail::State* st_;
};

class Module : public Object {
 public:
  Module(Object m) : Object(std::move(m)) {}
  template <class F>
  Module& def(std::string name, F f, GilPolicy policy = GilPolicy::hold) {
    set_attr(name, interpreter().function(name, std::move(f), policy));
    return *this;
  }
  template <class T>
  Module& add(std::string_view name, const T& value) {
    set_attr(name, interpreter().object(value));
    return *this;
  }
};

// ---------------------------------------------------------------- Convert
template <>
struct Convert<Object> {
  static Object to(Interpreter&, const Object& v) { return v; }
  static Object from(const Object& o) { return o; }
};
template <>
struct Convert<Module> {
  static Object to(Interpreter&, const Module& v) { return v; }
};
template <>
struct Convert<bool> {
  static Object to(Interpreter& py, bool v) { return py.boolean(v); }
  static bool from(const Object& o) { return o.to_bool(); }
};
template <class T>
struct Convert<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
  static Object to(Interpreter& py, T v) {
    if constexpr (std::is_signed_v<T>) return py.integer(int64_t(v));
    else return py.unsigned_integer(uint64_t(v));
  }
  static T from(const Object& o) {
    if constexpr (std::is_signed_v<T>) {
      int64_t v = o.to_int64();
      if (v < int64_t(std::numeric_limits<T>::min()) || v > int64_t(std::numeric_limits<T>::max()))
        throw Error("OverflowError", "Python int too large to convert to C++ integer");
      return T(v);
    } else {
      uint64_t v = o.to_uint64();
      if (v > uint64_t(std::numeric_limits<T>::max()))
        throw Error("OverflowError", "Python int too large to convert to C++ integer");
      return T(v);
    }
  }
};
template <class T>
struct Convert<T, std::enable_if_t<std::is_floating_point_v<T>>> {
  static Object to(Interpreter& py, T v) { return py.floating(double(v)); }
  static T from(const Object& o) { return T(o.to_double()); }
};
template <>
struct Convert<std::string> {
  static Object to(Interpreter& py, const std::string& v) { return py.string(v); }
  static std::string from(const Object& o) { return o.to_string(); }
};
template <>
struct Convert<std::string_view> {
  static Object to(Interpreter& py, std::string_view v) { return py.string(v); }
};
template <>
struct Convert<const char*> {
  static Object to(Interpreter& py, const char* v) { return py.string(v); }
};
template <>
struct Convert<char*> {
  static Object to(Interpreter& py, const char* v) { return py.string(v); }
};
template <class T>
struct Convert<std::optional<T>> {
  static Object to(Interpreter& py, const std::optional<T>& v) { return v ? py.object(*v) : py.none(); }
  static std::optional<T> from(const Object& o) {
    if (o.is_none()) return std::nullopt;
    return o.as<T>();
  }
};
template <class T>
struct Convert<std::vector<T>> {
  static Object to(Interpreter& py, const std::vector<T>& v) {
    GilHold hold(py);
    std::vector<Object> items;
    items.reserve(v.size());
    for (const auto& x : v) items.push_back(py.object(x));
    return py.list(items);
  }
  static std::vector<T> from(const Object& o) {
    GilHold hold(o.interpreter());
    std::vector<T> out;
    for (const Object& x : o.elements()) out.push_back(x.as<T>());
    return out;
  }
};
template <class A, class B>
struct Convert<std::pair<A, B>> {
  static Object to(Interpreter& py, const std::pair<A, B>& v) { return py.tuple({py.object(v.first), py.object(v.second)}); }
  static std::pair<A, B> from(const Object& o) {
    std::vector<Object> e = o.elements();
    if (e.size() != 2) throw Error("ValueError", "expected a pair, got " + std::to_string(e.size()) + " items");
    return {e[0].as<A>(), e[1].as<B>()};
  }
};
template <class M>
struct ConvertMap {
  static Object to(Interpreter& py, const M& m) {
    GilHold hold(py);
    std::vector<std::pair<Object, Object>> items;
    items.reserve(m.size());
    for (const auto& [k, v] : m) items.emplace_back(py.object(k), py.object(v));
    return py.dict(items);
  }
  static M from(const Object& o) {
    GilHold hold(o.interpreter());
    M out;
    for (const auto& [k, v] : o.dict_items())
      out.emplace(k.template as<typename M::key_type>(), v.template as<typename M::mapped_type>());
    return out;
  }
};
template <class K, class V, class C, class A>
struct Convert<std::map<K, V, C, A>> : ConvertMap<std::map<K, V, C, A>> {};
template <class K, class V, class H, class E, class A>
struct Convert<std::unordered_map<K, V, H, E, A>> : ConvertMap<std::unordered_map<K, V, H, E, A>> {};
template <class T, size_t N>
struct Convert<std::span<T, N>> {
  static Object to(Interpreter& py, std::span<T, N> v) { return py.array(std::span<const std::remove_cv_t<T>>(v.data(), v.size())); }
};
template <class T>
struct Convert<Buffer<T>> {
  static Buffer<T> from(const Object& o) { return Buffer<T>(o); }
};

// ------------------------------------------------------ Object templates
template <class T>
T Object::as() const {
  return Convert<std::decay_t<T>>::from(*this);
}
template <class T>
void Object::set_attr(std::string_view name, const T& value) const {
  set_attr(name, interpreter().object(value));
}
template <class K>
Object Object::item(const K& key) const {
  return item(interpreter().object(key));
}
template <class... A>
Object Object::operator()(A&&... args) const {
  if constexpr (sizeof...(A) == 0) {
    return call({});
  } else {
    GilHold hold(interpreter());
    return call({interpreter().object(std::forward<A>(args))...});
  }
}

// ------------------------------------------------------ native functions
namespace detail {
template <class Sig>
struct FnTraits;
template <class R, class... A>
struct FnTraits<R(A...)> {
  using Ret = R;
  using Args = std::tuple<std::decay_t<A>...>;
  static constexpr size_t arity = sizeof...(A);
  static constexpr bool raw = arity == 1 && (std::is_same_v<std::decay_t<A>, std::vector<Object>> && ...);
};
template <class R, class... A>
struct FnTraits<R (*)(A...)> : FnTraits<R(A...)> {};
template <class C, class R, class... A>
struct FnTraits<R (C::*)(A...)> : FnTraits<R(A...)> {};
template <class C, class R, class... A>
struct FnTraits<R (C::*)(A...) const> : FnTraits<R(A...)> {};
template <class F, class = void>
struct Callable : FnTraits<F> {};
template <class F>
struct Callable<F, std::void_t<decltype(&F::operator())>> : FnTraits<decltype(&F::operator())> {};

[[noreturn]] void arity_error(const std::string& name, size_t want, size_t got);

template <class Tuple, size_t... I>
Tuple convert_args(const std::vector<Object>& args, std::index_sequence<I...>) {
  return Tuple{args[I].as<std::tuple_element_t<I, Tuple>>()...};
}

// Arguments are passed as lvalues (a parameter may be a reference); a
// move-only one (Buffer) taken by value is moved in.
template <class T>
decltype(auto) pass_arg(T& a) {
  if constexpr (std::is_copy_constructible_v<T>) return (a);
  else return std::move(a);
}
template <class F, class Args>
decltype(auto) apply_args(F& f, Args& args) {
  return std::apply([&f](auto&... a) -> decltype(auto) { return f(pass_arg(a)...); }, args);
}

// Runs f with the GIL dropped when asked; the result is converted after the
// lock is back (and the arguments are destroyed later still, under it).
template <class F, class Args>
Object invoke(Interpreter& py, F& f, Args& args, GilPolicy policy) {
  using R = decltype(apply_args(f, args));
  if constexpr (std::is_void_v<R>) {
    if (policy == GilPolicy::release) {
      GilRelease unlocked;
      apply_args(f, args);
    } else {
      apply_args(f, args);
    }
    return py.none();
  } else {
    std::optional<std::decay_t<R>> r;
    if (policy == GilPolicy::release) {
      GilRelease unlocked;
      r.emplace(apply_args(f, args));
    } else {
      r.emplace(apply_args(f, args));
    }
    return py.object(*r);
  }
}

template <class F>
NativeImpl wrap_native(std::string name, F f, GilPolicy policy) {
  using T = Callable<std::decay_t<F>>;
  return [name = std::move(name), f = std::move(f), policy](Interpreter& py, const std::vector<Object>& args) mutable -> Object {
    if constexpr (T::raw) {
      std::tuple<std::vector<Object>> a{args};
      return invoke(py, f, a, policy);
    } else {
      if (args.size() != T::arity) arity_error(name, T::arity, args.size());
      auto a = convert_args<typename T::Args>(args, std::make_index_sequence<T::arity>{});
      return invoke(py, f, a, policy);
    }
  };
}
}  // namespace detail

}  // namespace gilpy::embed
