// gil.cpp — the global interpreter lock.
//
// WHY THERE IS A LOCK
// -------------------
// Every object carries a plain (non-atomic) reference count, and the
// interpreter's tables (dicts, lists, type caches, inline caches in the
// bytecode) are updated without any locking of their own. That is only
// correct if at most one thread at a time runs interpreter code. The GIL is
// the one lock that guarantees it: a thread must hold it to touch any Python
// object, and gives it up only at points where everything is consistent.
//
// THE PROTOCOL (CPython's "new GIL", Antoine Pitrou 2009, ceval_gil.c)
// -------------------------------------------------------------------
// The lock is a flag `locked` guarded by a mutex, plus two condition
// variables: `released` (the flag went false) and `switched` (someone new
// took the lock).
//
//  * Taking the lock (gil_acquire). While the lock is held, wait on
//    `released` — but only for one *switch interval* (5 ms by default,
//    sys.setswitchinterval). If the wait times out and the lock has not
//    changed hands meanwhile (the switch counter is unchanged), the holder
//    has been running Python for a whole interval while we starved: set the
//    *drop request*. The request is just a bit in the interpreter's
//    `eval_breaker` word, so the holder notices it for free.
//
//  * Noticing the request. The eval loop already reads `eval_breaker` at
//    every backward jump and every call (one relaxed load, almost always
//    zero). When the drop bit is set it calls gil_yield(): drop the lock,
//    let someone else run, take it back.
//
//  * Forced switching. A thread that just dropped the lock because it was
//    asked to could otherwise take it straight back: it is running, on a
//    hot CPU, while the waiter still has to be woken by the OS. So the
//    dropping thread waits on `switched` until another thread has really
//    taken the lock. This makes the switch actually happen, and is why two
//    CPU-bound threads take turns in interval-sized slices.
//
//  * Voluntary release. A thread about to block (sleep, read, wait for a
//    lock or a child process; see BlockingSection in blocking.hpp) simply
//    drops the lock and signals `released`; it does not wait for anyone,
//    since it has nothing to run anyway. When the call returns it takes the
//    lock again like any waiter.
//
// WHAT THIS MEANS FOR PROGRAMS
// ----------------------------
// Two CPU-bound threads never run Python at the same time: they alternate
// every ~5 ms, and the total time is the serial time plus switching costs.
// Threads that mostly block overlap perfectly, because blocking releases the
// lock. The "convoy effect": a thread that does a short wait (say, I/O that
// completes at once) beside a CPU-bound thread gives the lock up voluntarily
// on each wait, and then must wait up to a whole interval to get it back —
// each quick operation costs ~5 ms of latency. examples/convoy.py shows it;
// a shorter switch interval shortens the penalty at the price of more
// switching.
//
// Signals are only handled by the main thread (in handle_eval_breaker); a
// signal arriving while the main thread waits for the lock is handled as
// soon as the drop request hands it the lock.
//
// INTERPRETER EXIT
// ----------------
// Once the main thread starts finalising, a daemon thread that tries to take
// the lock (returning from sleep, or at its next forced switch) would run
// Python code on an interpreter being torn down. Instead it takes the lock
// for an instant — so a holder waiting for a forced switch is released —
// gives it back and then sleeps forever; the process exits around it.
#include "runtime/gil.hpp"

#include <chrono>

#include "runtime/blocking.hpp"
#include "runtime/gil_trace.hpp"
#include "runtime/state.hpp"

namespace gilpy {

static void set_drop_request(Interpreter* interp, Gil& g) {
  g.drop_request.store(true, std::memory_order_relaxed);
  interp->eval_breaker.fetch_or(kBreakGilDrop);
}

static void reset_drop_request(Interpreter* interp, Gil& g) {
  g.drop_request.store(false, std::memory_order_relaxed);
  interp->eval_breaker.fetch_and(~uint32_t(kBreakGilDrop));
}

// Drops the lock with `g.mutex` held: clears the flag and wakes one waiter.
static void unlock_locked(Gil& g) {
  g.locked.store(false, std::memory_order_release);
  g.released.notify_one();
}

// A thread that must not run any more (exit in progress): give the lock
// back and park this OS thread for good. It holds no Python object the
// exiting program could still need, and the process ends around it.
[[noreturn]] static void park_forever(Gil& g, std::unique_lock<std::mutex>& lk) {
  unlock_locked(g);
  std::condition_variable never;
  for (;;) never.wait(lk);
}

static bool must_park(Interpreter* interp, ThreadState* ts) {
  return interp->finalizing.load(std::memory_order_acquire) && ts != interp->finalizer;
}

void gil_acquire(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  Gil& g = *interp->gil;
  std::unique_lock<std::mutex> lk(g.mutex);
  if (g.locked.load(std::memory_order_relaxed)) {
    gil_record(ts, GilEv::WaitStart);
    g.waiters++;
    while (g.locked.load(std::memory_order_relaxed)) {
      uint64_t seen = g.switch_number;
      auto interval = std::chrono::microseconds(g.interval_us.load(std::memory_order_relaxed));
      bool timed_out = g.released.wait_for(lk, interval) == std::cv_status::timeout;
      // A whole interval without the lock changing hands: ask the holder to let go.
      if (timed_out && g.locked.load(std::memory_order_relaxed) && g.switch_number == seen) {
        set_drop_request(interp, g);
        gil_record(ts, GilEv::DropRequest);
      }
    }
    g.waiters--;
  }
  g.locked.store(true, std::memory_order_relaxed);
  if (g.holder.load(std::memory_order_relaxed) != ts) {
    g.holder.store(ts, std::memory_order_relaxed);
    g.switch_number++;
  }
  g.switched.notify_all();   // a thread in gil_yield may be waiting for exactly this
  gil_record(ts, GilEv::Acquired);
  // Whoever asked for a drop has been served (or it was us): start afresh.
  if (g.drop_request.load(std::memory_order_relaxed)) reset_drop_request(interp, g);
  if (must_park(interp, ts)) park_forever(g, lk);
}

void gil_release(ThreadState* ts, BlockKind why) {
  Gil& g = *ts->interp->gil;
  std::lock_guard<std::mutex> lk(g.mutex);
  gil_record(ts, why == BlockKind::Native ? GilEv::ReleaseNative : GilEv::ReleaseIo);
  unlock_locked(g);
}

void gil_yield(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  Gil& g = *interp->gil;
  {
    std::unique_lock<std::mutex> lk(g.mutex);
    if (!g.drop_request.load(std::memory_order_relaxed)) return;   // already served
    gil_record(ts, GilEv::ForcedDrop);
    unlock_locked(g);
    // Forced switching: do not compete again before a waiter got the lock.
    reset_drop_request(interp, g);
    while (g.holder.load(std::memory_order_relaxed) == ts && g.waiters > 0) g.switched.wait(lk);
  }
  gil_acquire(ts);
}

bool gil_held_by(ThreadState* ts) {
  Gil& g = *ts->interp->gil;
  return g.locked.load(std::memory_order_acquire) && g.holder.load(std::memory_order_relaxed) == ts;
}

void gil_begin_finalizing(Interpreter* interp, ThreadState* finalizer) {
  interp->finalizer = finalizer;
  interp->finalizing.store(true, std::memory_order_release);
}

// BlockingSection's hooks: the running thread's interpreter lock.
static void release_current(BlockKind why) {
  if (ThreadState* ts = current_thread_state(); ts && ts->interp && ts->interp->gil) gil_release(ts, why);
}
static void acquire_current() {
  if (ThreadState* ts = current_thread_state(); ts && ts->interp && ts->interp->gil) gil_acquire(ts);
}

// In a child after fork(): the old lock's mutex may have been held by a
// thread that does not exist here. Start a new lock, held by the only
// thread there is. (The old one is leaked: destroying a mutex in an unknown
// state is undefined.)
void gil_reinit_after_fork(Interpreter* interp, ThreadState* ts) {
  Gil* g = new Gil();
  g->interval_us.store(interp->gil->interval_us.load());
  g->locked.store(true);
  g->holder.store(ts);
  interp->gil = g;
  interp->eval_breaker.fetch_and(~uint32_t(kBreakGilDrop));
}

void gil_init(Interpreter* interp) {
  interp->gil = new Gil();
  // The hooks are process-wide and read without a lock by every thread of
  // every interpreter: install them once (an embedding host creates
  // interpreters while others run).
  static std::once_flag hooks_once;
  std::call_once(hooks_once, [] {
    g_release_gil = release_current;
    g_acquire_gil = acquire_current;
  });
  gil_acquire(current_thread_state());
}

}  // namespace gilpy
