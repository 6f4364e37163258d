// state.hpp — what stands behind the public handles of gilpy/gilpy.hpp
// (private to embed/*.cpp).
//
// One State per embedded interpreter. It is never freed: handles that
// outlive their Interpreter (an Object in a static, an Error caught late)
// find it marked `closed` and do nothing, instead of touching freed memory.
// (The runtime's own Interpreter struct is not freed either: see
// interpreter_free.)
#pragma once
#include <atomic>
#include <mutex>
#include <vector>

#include "gilpy/gilpy.hpp"
#include "runtime/errors.hpp"
#include "runtime/object.hpp"
#include "runtime/state.hpp"

namespace gilpy::embed::detail {

struct State {
  gilpy::Interpreter* interp = nullptr;
  embed::Interpreter* owner = nullptr;
  Value main_module;                      // owned
  std::atomic<bool> closed{false};
  // Thread states of host threads that ended; deleted by the next thread
  // that takes the GIL (deleting needs the lock, a dying thread may not wait for it).
  std::mutex orphans_mu;
  std::vector<ThreadState*> orphans;
  std::atomic<bool> has_orphans{false};
};

// Takes `st`'s GIL for the calling host thread unless it already holds it:
// finds or creates the thread's ThreadState for that interpreter, makes it
// current, acquires; the destructor gives the lock back and restores the
// previous current thread state (a host thread may alternate between
// interpreters).
class Enter {
 public:
  explicit Enter(State* st);
  ~Enter();
  Enter(const Enter&) = delete;
  Enter& operator=(const Enter&) = delete;

 private:
  ThreadState* prev_;
  ThreadState* ts_;
  bool acquired_;
};

// Records the creating thread's ThreadState (the interpreter's main one)
// so that thread reuses it.
void register_main_thread_state(State* st, ThreadState* ts);

// Converts a Python exception into the C++ Error (GIL held).
Error make_error(State* st, PyError& e);

// Runs fn with st's GIL held; Python exceptions become Error.
template <class Fn>
auto with_gil(State* st, Fn&& fn) -> decltype(fn()) {
  Enter enter(st);
  try {
    return fn();
  } catch (PyError& e) {
    throw make_error(st, e);
  } catch (std::bad_alloc&) {
    throw Error("MemoryError", "");
  }
}

// An owned handle for a value (takes over one reference; GIL held).
inline embed::Object adopt(State* st, Ref r) { return embed::Object(st, r.release().bits()); }
inline embed::Object borrow(State* st, Value v) {
  incref(v);
  return embed::Object(st, v.bits());
}
inline Value value_of(const embed::Object& o) { return Value::from_bits(o.raw_bits_()); }
// The value of `o` for use in st: raises a Python TypeError for a null
// handle or one from another interpreter (GIL held).
Value value_in(State* st, const embed::Object& o);

}  // namespace gilpy::embed::detail
