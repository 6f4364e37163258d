// thread.cpp — the `_thread` module: starting OS threads that run Python.
//
// A new thread gets its own ThreadState (frame chain, exception state,
// recursion depth) and then competes for the GIL like any other; see
// runtime/gil.cpp for the protocol. `threading` (stdlib/py/threading.py) is
// written in Python on top of this module, as in CPython.
//
// Signals: every thread we start blocks the asynchronous signals we handle,
// so the kernel always delivers them to the main thread — the only one that
// runs Python signal handlers — and its blocking waits return EINTR.
#include "stdlib/thread.hpp"

#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <new>

#include "interp/run.hpp"
#include "interp/traceback.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/gil.hpp"
#include "runtime/gil_trace.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr size_t kDefaultStack = size_t(64) << 20;   // sanitizer frames are several times larger
#else
constexpr size_t kDefaultStack = size_t(16) << 20;
#endif
constexpr int64_t kMinStack = 32 * 1024;

// What the new thread needs; owned references, handed over to the thread.
struct Boot {
  ThreadState* ts;
  Value func, args, kwargs;   // kwargs may be null
};

int64_t native_thread_id() { return int64_t(syscall(SYS_gettid)); }

// func(*args, **kwargs) with the kwargs as a dict.
Ref call_with_dict(Value func, Tuple* args, Dict* kwargs) {
  if (!kwargs || kwargs->used == 0) return call(func, args->items, size_t(args->size));
  size_t npos = size_t(args->size), nkw = size_t(kwargs->used);
  std::vector<Value> all(args->items, args->items + npos);
  Ref names = tuple_new(nkw);
  int64_t pos = 0;
  Value k, v;
  size_t i = 0;
  while (dict_next(kwargs, &pos, &k, &v)) {
    if (!is_str(k)) type_error("keywords must be strings");
    incref(k);
    as_tuple(names.get())->items[i++] = k;
    all.push_back(v);
  }
  return call(func, all.data(), npos, as_tuple(names.get()));
}

// CPython prints an exception that escapes a _thread function through
// sys.unraisablehook: "Exception ignored in thread started by: <func>".
void report_thread_exception(PyError& e, Value func) {
  if (e.matches(SystemExit_)) return;   // sys.exit() in a thread ends just that thread
  std::string text = "Exception ignored in thread started by: ";
  try {
    text += repr_utf8(func);
  } catch (PyError&) {
    text += "<object repr() failed>";
  }
  text += "\n";
  try {
    text += format_exception(Value::object(e.exc()));
  } catch (PyError&) {
    text += "(error while formatting the exception)\n";
  }
  write_stderr(text);
}

void run_thread_body(Boot* b) {
  Ref func = Ref::steal(b->func), args = Ref::steal(b->args);
  Ref kwargs = b->kwargs.is_null() ? Ref() : Ref::steal(b->kwargs);
  try {
    try {
      call_with_dict(func.get(), as_tuple(args.get()), kwargs ? as_dict(kwargs.get()) : nullptr);
    } catch (std::bad_alloc&) {
      memory_error();
    }
  } catch (PyError& e) {
    try {
      report_thread_exception(e, func.get());
    } catch (...) {
    }
  }
}

void* thread_entry(void* p) {
  Boot* b = static_cast<Boot*>(p);
  ThreadState* ts = b->ts;
  set_current_thread_state(ts);
  // The thread fills in its own identity: the creator never writes these
  // fields after pthread_create (that would race with this thread's reads).
  ts->ident = int64_t(pthread_self());
  ts->stack_limit = thread_stack_limit();
  ts->native_id = native_thread_id();
  gil_acquire(ts);
  run_thread_body(b);
  delete b;
  Interpreter* interp = ts->interp;
  gil_record(ts, GilEv::ThreadEnd);
  interp->thread_count--;
  thread_locals_forget(ts);
  thread_state_delete(ts);   // also lets join() go on
  set_current_thread_state(nullptr);
  {
    // Release through a temporary state: `ts` is gone, the lock is the interpreter's.
    ThreadState last;
    last.interp = interp;
    gil_release(&last);
  }
  return nullptr;
}

Ref m_start_new_thread(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("start_new_thread", nargs, kw, 2, 3);
  Value func = args[0], fargs = args[1], fkw = nargs > 2 ? args[2] : Value::null();
  if (!is_callable(func)) type_error("first arg must be callable");
  if (!fargs.is_obj() || (!(type_of(fargs)->flags & kTypeTupleSub) && type_of(fargs) != &TupleType))
    type_error("2nd arg must be a tuple");
  if (!fkw.is_null() && (!fkw.is_obj() || !isinstance_of(fkw, &DictType)))
    type_error("optional 3rd arg must be a dictionary");
  ThreadState* me = current_thread_state();
  Interpreter* interp = me->interp;
  if (interp->finalizing.load()) runtime_error("can't create new thread at interpreter shutdown");

  ThreadState* ts = thread_state_new(interp);
  incref(func);
  incref(fargs);
  if (!fkw.is_null()) incref(fkw);
  auto* boot = new Boot{ts, func, fargs, fkw};

  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  size_t stack = interp->thread_stack_size ? size_t(interp->thread_stack_size) : kDefaultStack;
  pthread_attr_setstacksize(&attr, stack);
  // The new thread inherits this mask: it is born with the signals blocked.
  sigset_t block, old;
  sigemptyset(&block);
  for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGCHLD, SIGWINCH})
    sigaddset(&block, s);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  pthread_t th;
  int rc = pthread_create(&th, &attr, thread_entry, boot);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    decref(func);
    decref(fargs);
    if (!fkw.is_null()) decref(fkw);
    delete boot;
    thread_state_delete(ts);
    runtime_error("can't start new thread");
  }
  interp->thread_count++;
  return int_from_i64(int64_t(th));
}

Ref m_allocate_lock(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("allocate_lock", nargs, kw, 0, 0);
  return lock_new();
}

Ref m_get_ident(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("get_ident", nargs, kw, 0, 0);
  return int_from_i64(current_thread_state()->ident);
}

Ref m_get_native_id(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("get_native_id", nargs, kw, 0, 0);
  ThreadState* ts = current_thread_state();
  if (!ts->native_id) ts->native_id = native_thread_id();
  return int_from_i64(ts->native_id);
}

Ref m_count(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("_count", nargs, kw, 0, 0);
  return int_from_i64(current_interp()->thread_count);
}

Ref m_set_sentinel(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("_set_sentinel", nargs, kw, 0, 0);
  ThreadState* ts = current_thread_state();
  Ref lock = lock_new();
  call_method(lock.get(), "acquire", {});
  if (ts->sentinel) decref(ts->sentinel);   // a second call replaces the first, as CPython
  ts->sentinel = lock.get().as_obj();
  incref(ts->sentinel);
  return lock;
}

Ref m_stack_size(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("stack_size", nargs, kw, 0, 1);
  Interpreter* interp = current_interp();
  int64_t old = interp->thread_stack_size;
  if (nargs == 1) {
    int64_t size = index_value(args[0]);
    if (size < 0) value_error("size must be 0 or a positive value");
    if (size != 0 && size < kMinStack) value_error("size not valid: " + std::to_string(size) + " bytes");
    interp->thread_stack_size = size;
  }
  return int_from_i64(old);
}

// Acts as if SIGINT had arrived: the main thread raises KeyboardInterrupt at
// its next check, and a real signal wakes it if it is blocked in a wait.
Ref m_interrupt_main(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("interrupt_main", args, nargs, kw, {"signum"}, 0, a);
  int64_t signum = a[0].is_null() ? SIGINT : index_value(a[0]);
  if (signum < 1 || signum >= NSIG) value_error("signal number out of range");
  if (signum != SIGINT)
    raise(NotImplementedError_, "_thread.interrupt_main() supports only SIGINT in gilpy (no signal module yet)");
  struct sigaction cur;
  if (sigaction(SIGINT, nullptr, &cur) != 0 || cur.sa_handler == SIG_IGN || cur.sa_handler == SIG_DFL)
    return Ref::none();   // not handled by Python: nothing happens, as CPython
  Interpreter* interp = current_interp();
  interp->pending_signals.fetch_or(uint64_t(1) << SIGINT);
  interp->eval_breaker.fetch_or(kBreakSignal);
  if (!is_main_thread(current_thread_state())) pthread_kill(pthread_t(interp->main_ts->ident), SIGINT);
  return Ref::none();
}

// threading.excepthook: "Exception in thread NAME:" and the traceback.
Ref m_excepthook(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("_excepthook", nargs, kw, 1, 1);
  Value a = args[0];
  Ref exc_type = getattr(a, "exc_type");
  if (exc_type.get().is_obj() && isinstance_of(exc_type.get(), &TypeType) &&
      is_subtype(static_cast<Type*>(exc_type.get().as_obj()), SystemExit_))
    return Ref::none();
  Ref exc_value = getattr(a, "exc_value");
  Ref thread = getattr(a, "thread");
  std::string name;
  if (thread.get().is_none()) name = std::to_string(uint64_t(current_thread_state()->ident));
  else name = str_utf8(getattr(thread.get(), "name").get());
  std::string text = "Exception in thread " + name + ":\n";
  if (exc_value.get().is_none()) text += str_utf8(getattr(exc_type.get(), "__name__").get()) + "\n";
  else text += format_exception(exc_value.get());
  write_stderr(text);
  return Ref::none();
}

// threading tells us each thread's name, for the GIL observatory's pictures.
Ref m_set_name(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("_set_name", nargs, kw, 1, 1);
  gil_recorder_name_thread(current_thread_state(), str_utf8(args[0]));
  return Ref::none();
}

// _atomic(func): marks a Python function to run without a thread switch
// (nor a signal handler) in the middle — what CPython's C methods give for
// free. For short container operations written in Python, such as
// collections.deque's; a blocking call inside still releases the GIL.
Ref m_atomic(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("_atomic", nargs, kw, 1, 1);
  if (!args[0].is_obj() || args[0].as_obj()->type != &FunctionType) type_error("_atomic() expects a Python function");
  Code* co = static_cast<Function*>(args[0].as_obj())->code;
  if (co->flags & kCoGenerator) type_error("_atomic() cannot mark a generator function");
  co->flags |= kCoAtomic;
  return Ref::borrow(args[0]);
}

Ref m_daemon_threads_allowed(Value, const Value*, size_t, Tuple*) { return Ref::borrow(Value::boolean(true)); }

const MethodDef thread_functions[] = {
    {"start_new_thread", m_start_new_thread},
    {"start_new", m_start_new_thread},
    {"allocate_lock", m_allocate_lock},
    {"allocate", m_allocate_lock},
    {"get_ident", m_get_ident},
    {"get_native_id", m_get_native_id},
    {"_count", m_count},
    {"_set_sentinel", m_set_sentinel},
    {"stack_size", m_stack_size},
    {"interrupt_main", m_interrupt_main},
    {"_excepthook", m_excepthook},
    {"daemon_threads_allowed", m_daemon_threads_allowed},
    {"_set_name", m_set_name},
    {"_atomic", m_atomic},
    {nullptr, nullptr},
};

void init_thread_module(Value module) {
  static const bool ready = (init_lock_types(), init_local_type(), true);
  (void)ready;
  module_add_functions(module, thread_functions);
  module_add(module, "LockType", Value::object(&LockType));
  module_add(module, "lock", Value::object(&LockType));
  module_add(module, "RLock", Value::object(&RLockType));
  module_add(module, "_local", Value::object(&LocalType));
  module_add(module, "error", Value::object(RuntimeError_));
  Ref tmax = Ref::borrow(Value::from_double(thread_timeout_max()));
  module_add(module, "TIMEOUT_MAX", tmax.get());
}

}  // namespace

GILPY_MODULE("_thread", init_thread_module);

}  // namespace gilpy
