// mp_semlock.cpp — `_multiprocessing.SemLock`: a semaphore shared between
// processes, the primitive under multiprocessing's Lock, RLock, Semaphore,
// Event, Condition, Barrier and Queue.
//
// The POSIX semaphore itself lives in its own anonymous MAP_SHARED page, so
// after fork() parent and child operate on one semaphore (sem_init with
// pshared=1). The per-process part — which thread holds it and how many
// times (for the recursive kind) — lives in the Python object, which each
// process has its own copy of; `_after_fork` resets it in a child.
//
// Only the creating process destroys the semaphore; any process unmaps its
// own view when its object dies.
#include <semaphore.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdio>

#include "runtime/container_util.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/mp.hpp"
#include "stdlib/thread.hpp"

namespace gilpy {

using namespace cont;

Type SemLockType;

namespace {

enum Kind { kRecursiveMutex = 0, kSemaphore = 1 };

struct SemLock : Object {
  sem_t* sem;        // in shared memory
  int kind;
  int64_t maxvalue;
  int64_t count;     // acquisitions by this process not yet released
  int64_t last_tid;  // thread ident of the last acquirer in this process
  pid_t creator;
  uint64_t serial;
};

SemLock* S(Value v) { return static_cast<SemLock*>(v.as_obj()); }

int64_t my_thread() { return current_thread_state()->ident; }

bool is_mine(SemLock* s) { return s->count > 0 && s->last_tid == my_thread(); }

Ref semlock_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Value a[5];
  parse_args("SemLock", args, nargs, kw, {"kind", "value", "maxvalue", "name", "unlink"}, 3, a);
  int64_t kind = index_value(a[0]), value = index_value(a[1]), maxvalue = index_value(a[2]);
  if (kind != kRecursiveMutex && kind != kSemaphore) value_error("unrecognized kind");
  if (value < 0 || value > SEM_VALUE_MAX) value_error("invalid value");
  void* page = mmap(nullptr, sizeof(sem_t), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (page == MAP_FAILED) raise_from_errno(errno);
  sem_t* sem = static_cast<sem_t*>(page);
  if (sem_init(sem, 1, unsigned(value)) != 0) {
    int err = errno;
    munmap(page, sizeof(sem_t));
    raise_from_errno(err);
  }
  SemLock* s = alloc_object<SemLock>(t, std::max(sizeof(SemLock), t->basic_size));
  s->sem = sem;
  s->kind = int(kind);
  s->maxvalue = maxvalue;
  s->creator = getpid();
  s->serial = object_serial_next();
  return Ref::steal(s);
}

void semlock_dealloc(Object* o) {
  SemLock* s = static_cast<SemLock*>(o);
  if (!s->sem) return;
  if (s->creator == getpid()) sem_destroy(s->sem);
  munmap(s->sem, sizeof(sem_t));
}

// acquire(block=True, timeout=None)
bool acquire_impl(SemLock* s, bool block, double timeout) {
  if (s->kind == kRecursiveMutex && is_mine(s)) {
    s->count++;
    return true;
  }
  int64_t ns = !block ? 0 : timeout < 0 ? -1 : int64_t(std::ceil(std::min(timeout, 9.2e9) * 1e9));
  if (!semaphore_acquire(s->sem, ns)) return false;
  s->count++;
  s->last_tid = my_thread();
  return true;
}

Ref m_acquire(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("acquire", args, nargs, kw, {"block", "timeout"}, 0, a);
  bool block = a[0].is_null() || truthy(a[0]);
  double timeout = (a[1].is_null() || a[1].is_none()) ? -1 : std::max(0.0, num_to_double(a[1]));
  return Ref::borrow(Value::boolean(acquire_impl(S(self), block, timeout)));
}

void release_impl(SemLock* s) {
  if (s->kind == kRecursiveMutex) {
    if (!is_mine(s)) raise(AssertionError_, "attempt to release recursive lock not owned by thread");
    if (s->count > 1) {
      s->count--;
      return;
    }
  } else {
    int sval = 0;
    sem_getvalue(s->sem, &sval);
    if (sval >= s->maxvalue) value_error("semaphore or lock released too many times");
  }
  if (sem_post(s->sem) != 0) raise_from_errno(errno);
  s->count--;
}

Ref m_release(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("release", nargs, kw, 0, 0);
  release_impl(S(self));
  return Ref::none();
}

Ref m_enter(Value self, const Value*, size_t, Tuple*) {
  return Ref::borrow(Value::boolean(acquire_impl(S(self), true, -1)));
}

Ref m_exit(Value self, const Value*, size_t, Tuple*) {
  release_impl(S(self));
  return Ref::none();
}

Ref m_count(Value self, const Value*, size_t, Tuple*) { return int_from_i64(S(self)->count); }
Ref m_is_mine(Value self, const Value*, size_t, Tuple*) { return Ref::borrow(Value::boolean(is_mine(S(self)))); }

Ref m_get_value(Value self, const Value*, size_t, Tuple*) {
  int sval = 0;
  if (sem_getvalue(S(self)->sem, &sval) != 0) raise_from_errno(errno);
  return int_from_i64(std::max(sval, 0));
}

Ref m_is_zero(Value self, const Value*, size_t, Tuple*) {
  int sval = 0;
  if (sem_getvalue(S(self)->sem, &sval) != 0) raise_from_errno(errno);
  return Ref::borrow(Value::boolean(sval <= 0));
}

// In a child after fork: no thread of this process holds it yet.
Ref m_after_fork(Value self, const Value*, size_t, Tuple*) {
  S(self)->count = 0;
  return Ref::none();
}

Ref get_kind(Value self) { return int_from_i64(S(self)->kind); }
Ref get_maxvalue(Value self) { return int_from_i64(S(self)->maxvalue); }
Ref get_handle(Value self) { return int_from_i64(int64_t(uintptr_t(S(self)->sem))); }
Ref get_name(Value) { return Ref::none(); }

Ref semlock_repr(Value self) {
  SemLock* s = S(self);
  char buf[160];
  std::snprintf(buf, sizeof buf, "<_multiprocessing.SemLock kind=%s value=%s at %p>",
                s->kind == kRecursiveMutex ? "RECURSIVE_MUTEX" : "SEMAPHORE",
                std::string(str_view(repr(m_get_value(self, nullptr, 0, nullptr).get()).get())).c_str(),
                static_cast<void*>(s));
  return str_new(buf);
}

const MethodDef semlock_methods[] = {
    {"acquire", m_acquire},   {"release", m_release},     {"__enter__", m_enter},     {"__exit__", m_exit},
    {"_count", m_count},      {"_is_mine", m_is_mine},    {"_get_value", m_get_value}, {"_is_zero", m_is_zero},
    {"_after_fork", m_after_fork}, {nullptr, nullptr},
};

const GetSetDef semlock_getsets[] = {
    {"kind", get_kind}, {"maxvalue", get_maxvalue}, {"handle", get_handle}, {"name", get_name}, {nullptr, nullptr}};

}  // namespace

uint64_t semlock_serial(Value v) { return S(v)->serial; }

void init_semlock_type() {
  setup_type(SemLockType, "SemLock", sizeof(SemLock), kTypeBaseType);
  SemLockType.module = "_multiprocessing";
  SemLockType.dealloc = semlock_dealloc;
  SemLockType.repr = semlock_repr;
  SemLockType.new_ = semlock_new;
  type_ready(&SemLockType, semlock_methods, semlock_getsets);
}

void add_semlock_constants(Value m) {
  for (auto [name, v] : {std::pair<const char*, int64_t>{"RECURSIVE_MUTEX", kRecursiveMutex},
                         {"SEMAPHORE", kSemaphore}, {"SEM_VALUE_MAX", SEM_VALUE_MAX}}) {
    Ref r = int_from_i64(v);
    module_add(m, name, r.get());
  }
}

}  // namespace gilpy
