// thread_lock.cpp — `_thread.lock` and `_thread.RLock`, the primitives every
// other synchronisation object (threading.Condition, Event, Semaphore,
// queue.Queue, Thread.join) is built from, as in CPython.
//
// A lock is a POSIX semaphore with count 1. Why a semaphore and not a
// std::mutex: a lock may be released by a thread other than the one that
// acquired it (threading.Condition relies on this), a wait needs a timeout
// against the monotonic clock, and sem_clockwait returns EINTR when a signal
// arrives, so Ctrl-C can interrupt a main thread stuck in join() or get().
//
// Waiting always happens inside a BlockingSection: the GIL is released, other
// threads run. In the main thread the wait is cut into slices of 50 ms so a
// signal that lands just before the wait starts (when no EINTR will come) is
// still noticed promptly.
#include "stdlib/thread.hpp"

#include <semaphore.h>
#include <time.h>

#include <cerrno>
#include <cmath>
#include <cstdio>

#include "runtime/blocking.hpp"
#include "runtime/container_util.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

using namespace cont;

Type LockType, RLockType;

namespace {

struct Lock : Object {
  sem_t sem;
};

struct RLock : Object {
  sem_t sem;
  int64_t owner;    // ident of the owning thread, 0 if none
  uint64_t count;   // recursion depth
};

constexpr double kTimeoutMax = 9223372036.0;   // what fits a timespec in ns, as CPython's TIMEOUT_MAX
constexpr int64_t kMainSliceNs = 50'000'000;

int64_t my_ident() { return current_thread_state()->ident; }

timespec monotonic_now() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t;
}

timespec add_ns(timespec t, int64_t ns) {
  t.tv_sec += ns / 1'000'000'000;
  t.tv_nsec += ns % 1'000'000'000;
  if (t.tv_nsec >= 1'000'000'000) {
    t.tv_sec++;
    t.tv_nsec -= 1'000'000'000;
  }
  return t;
}

bool before(const timespec& a, const timespec& b) {
  return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

}  // namespace

// Acquires `sem`; timeout_ns < 0 waits forever. Returns false on timeout.
// Throws (KeyboardInterrupt) if a signal handler raises in the main thread.
bool semaphore_acquire(sem_t* sem, int64_t timeout_ns) {
  if (sem_trywait(sem) == 0) return true;
  if (timeout_ns == 0) return false;
  ThreadState* ts = current_thread_state();
  Interpreter* interp = ts->interp;
  bool main = is_main_thread(ts);
  bool forever = timeout_ns < 0;
  timespec deadline = forever ? timespec{} : add_ns(monotonic_now(), timeout_ns);
  auto signal_pending = [&] { return main && (interp->eval_breaker.load() & kBreakSignal); };
  for (;;) {
    if (signal_pending()) handle_eval_breaker(ts);   // may raise KeyboardInterrupt
    int r = -1, err = 0;
    {
      // The whole wait happens without the GIL. The main thread wakes every
      // slice only to look at the signal flag (an atomic: no GIL needed).
      BlockingSection bs;
      for (;;) {
        timespec until = deadline;
        if (main) {
          timespec slice = add_ns(monotonic_now(), kMainSliceNs);
          if (forever || before(slice, deadline)) until = slice;
        }
        r = (forever && !main) ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &until);
        err = errno;
        if (r == 0 || err == EINTR || signal_pending()) break;
        if (err != ETIMEDOUT) break;
        if (!forever && !before(monotonic_now(), deadline)) break;
      }
    }
    if (r == 0) return true;
    if (err == EINTR || signal_pending()) continue;   // the top of the loop runs the handlers
    if (err != ETIMEDOUT) raise_from_errno(err);
    return false;   // the deadline passed
  }
}

// (blocking=True, timeout=-1) -> nanoseconds to wait, -1 for ever, 0 for a try.
static int64_t parse_acquire_args(const char* fname, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args(fname, args, nargs, kw, {"blocking", "timeout"}, 0, a);
  bool blocking = a[0].is_null() || truthy(a[0]);
  double timeout = a[1].is_null() ? -1.0 : num_to_double(a[1]);
  if (!blocking && timeout != -1.0) value_error("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1.0) value_error("timeout value must be positive");
  if (!blocking) return 0;
  if (timeout == -1.0) return -1;
  if (timeout > kTimeoutMax) overflow_error("timeout value is too large");
  return int64_t(std::ceil(timeout * 1e9));
}

static std::string lock_addr_repr(const char* state, const char* what, Object* o, const std::string& extra) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(o));
  return std::string("<") + state + " _thread." + what + " object" + extra + buf;
}

// ------------------------------------------------------------------- lock
static Lock* L(Value v) { return static_cast<Lock*>(v.as_obj()); }

Ref lock_new() {
  Lock* l = alloc_object<Lock>(&LockType);
  sem_init(&l->sem, 0, 1);
  return Ref::steal(l);
}

static void lock_dealloc(Object* o) { sem_destroy(&static_cast<Lock*>(o)->sem); }

static bool lock_is_locked(Lock* l) {
  int v = 0;
  sem_getvalue(&l->sem, &v);
  return v == 0;
}

static Ref lock_acquire(Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t ns = parse_acquire_args("acquire", args, nargs, kw);
  return Ref::borrow(Value::boolean(semaphore_acquire(&L(self)->sem, ns)));
}

static Ref lock_enter(Value self, const Value*, size_t, Tuple*) {
  semaphore_acquire(&L(self)->sem, -1);
  return Ref::borrow(Value::boolean(true));
}

static void lock_release_impl(Lock* l) {
  if (!lock_is_locked(l)) runtime_error("release unlocked lock");
  sem_post(&l->sem);
}

static Ref lock_release(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("release", nargs, kw, 0, 0);
  lock_release_impl(L(self));
  return Ref::none();
}

static Ref lock_exit(Value self, const Value*, size_t, Tuple*) {
  lock_release_impl(L(self));
  return Ref::none();
}

static Ref lock_locked(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("locked", nargs, kw, 0, 0);
  return Ref::borrow(Value::boolean(lock_is_locked(L(self))));
}

// After fork() only the forking thread survives: a lock held by another
// thread could never be released, so the child starts it afresh.
static Ref lock_at_fork_reinit(Value self, const Value*, size_t, Tuple*) {
  sem_destroy(&L(self)->sem);
  sem_init(&L(self)->sem, 0, 1);
  return Ref::none();
}

static Ref lock_repr(Value self) {
  return str_new(lock_addr_repr(lock_is_locked(L(self)) ? "locked" : "unlocked", "lock", self.as_obj(), ""));
}

void thread_state_release_sentinel(Object* sentinel) {
  Lock* l = static_cast<Lock*>(sentinel);
  if (lock_is_locked(l)) sem_post(&l->sem);
  decref(l);
}

// ------------------------------------------------------------------ RLock
static RLock* R(Value v) { return static_cast<RLock*>(v.as_obj()); }

static Ref rlock_new_slot(Type* t, const Value*, size_t, Tuple*) {
  RLock* r = alloc_object<RLock>(t, std::max(sizeof(RLock), t->basic_size));
  sem_init(&r->sem, 0, 1);
  return Ref::steal(r);
}

static void rlock_dealloc(Object* o) { sem_destroy(&static_cast<RLock*>(o)->sem); }

static bool rlock_acquire_impl(RLock* r, int64_t ns) {
  int64_t me = my_ident();
  if (r->count > 0 && r->owner == me) {
    if (r->count == UINT64_MAX) overflow_error("Internal lock count overflowed");
    r->count++;
    return true;
  }
  if (!semaphore_acquire(&r->sem, ns)) return false;
  r->owner = me;
  r->count = 1;
  return true;
}

static Ref rlock_acquire(Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t ns = parse_acquire_args("acquire", args, nargs, kw);
  return Ref::borrow(Value::boolean(rlock_acquire_impl(R(self), ns)));
}

static Ref rlock_enter(Value self, const Value*, size_t, Tuple*) {
  rlock_acquire_impl(R(self), -1);
  return Ref::borrow(Value::boolean(true));
}

static void rlock_release_impl(RLock* r) {
  if (r->count == 0 || r->owner != my_ident()) runtime_error("cannot release un-acquired lock");
  if (--r->count == 0) {
    r->owner = 0;
    sem_post(&r->sem);
  }
}

static Ref rlock_release(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("release", nargs, kw, 0, 0);
  rlock_release_impl(R(self));
  return Ref::none();
}

static Ref rlock_exit(Value self, const Value*, size_t, Tuple*) {
  rlock_release_impl(R(self));
  return Ref::none();
}

static Ref rlock_is_owned(Value self, const Value*, size_t, Tuple*) {
  RLock* r = R(self);
  return Ref::borrow(Value::boolean(r->count > 0 && r->owner == my_ident()));
}

static Ref rlock_recursion_count(Value self, const Value*, size_t, Tuple*) {
  RLock* r = R(self);
  return int_from_u64(r->owner == my_ident() ? r->count : 0);
}

// Condition.wait() lets go of an RLock completely, whatever its depth, and
// takes it back at the same depth afterwards: these two carry the state.
static Ref rlock_release_save(Value self, const Value*, size_t, Tuple*) {
  RLock* r = R(self);
  if (r->count == 0) runtime_error("cannot release un-acquired lock");
  Ref count = int_from_u64(r->count), owner = int_from_i64(r->owner);
  r->count = 0;
  r->owner = 0;
  sem_post(&r->sem);
  return tuple_from({count.get(), owner.get()});
}

static Ref rlock_acquire_restore(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("_acquire_restore", nargs, kw, 1, 1);
  if (!args[0].is_obj() || args[0].as_obj()->type != &TupleType || as_tuple(args[0])->size != 2)
    type_error("_acquire_restore() argument 1 must be tuple");
  Tuple* st = as_tuple(args[0]);
  int64_t count = to_int64(st->items[0]), owner = to_int64(st->items[1]);
  RLock* r = R(self);
  semaphore_acquire(&r->sem, -1);
  r->owner = owner;
  r->count = uint64_t(count);
  return Ref::none();
}

static Ref rlock_at_fork_reinit(Value self, const Value*, size_t, Tuple*) {
  RLock* r = R(self);
  sem_destroy(&r->sem);
  sem_init(&r->sem, 0, 1);
  r->owner = 0;
  r->count = 0;
  return Ref::none();
}

static Ref rlock_repr(Value self) {
  RLock* r = R(self);
  Type* t = type_of(self);
  std::string extra = " owner=" + std::to_string(r->owner) + " count=" + std::to_string(r->count);
  std::string s = lock_addr_repr(r->count ? "locked" : "unlocked", "RLock", self.as_obj(), extra);
  if (t != &RLockType) {   // subclasses show their own name, as CPython does
    std::string mod = t->module == "builtins" ? "" : t->module + ".";
    s.replace(s.find("_thread.RLock"), 13, mod + t->qualname);
  }
  return str_new(s);
}

// ------------------------------------------------------------- the types
static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire},         {"acquire_lock", lock_acquire}, {"release", lock_release},
    {"release_lock", lock_release},    {"locked", lock_locked},        {"locked_lock", lock_locked},
    {"__enter__", lock_enter},         {"__exit__", lock_exit},        {"_at_fork_reinit", lock_at_fork_reinit},
    {nullptr, nullptr},
};

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire},
    {"release", rlock_release},
    {"__enter__", rlock_enter},
    {"__exit__", rlock_exit},
    {"_is_owned", rlock_is_owned},
    {"_recursion_count", rlock_recursion_count},
    {"_release_save", rlock_release_save},
    {"_acquire_restore", rlock_acquire_restore},
    {"_at_fork_reinit", rlock_at_fork_reinit},
    {nullptr, nullptr},
};

void init_lock_types() {
  setup_type(LockType, "lock", sizeof(Lock));
  LockType.module = "_thread";
  LockType.dealloc = lock_dealloc;
  LockType.repr = lock_repr;
  LockType.new_ = no_new;
  type_ready(&LockType, lock_methods);

  setup_type(RLockType, "RLock", sizeof(RLock), kTypeBaseType);
  RLockType.module = "_thread";
  RLockType.dealloc = rlock_dealloc;
  RLockType.repr = rlock_repr;
  RLockType.new_ = rlock_new_slot;
  type_ready(&RLockType, rlock_methods);
}

double thread_timeout_max() { return kTimeoutMax; }

}  // namespace gilpy
