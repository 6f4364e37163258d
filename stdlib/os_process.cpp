// os_process.cpp — os.fork and friends: creating, waiting for and
// signalling child processes.
//
// FORK AND THE INTERPRETER
// ------------------------
// fork() copies the whole address space but only the calling thread. In the
// child, every other thread has simply vanished — in the middle of whatever
// it was doing. Our rules, in order:
//
//  1. Before: run the `before` hooks (os.register_at_fork), flush the
//     standard streams (or buffered output would be printed twice, once by
//     each process), and hold the GIL (we do: we are running Python). Any
//     interpreter lock that another thread could hold at the instant of the
//     fork is a lock the child can never take again, so:
//  2. In the child: build a fresh GIL, owned by this thread (the old one's
//     mutex may have been held by a thread that no longer exists); unlink
//     the states of the vanished threads (their objects are leaked, as no
//     code of theirs will ever run to release them); this thread becomes the
//     main thread (the one that handles signals); forget pending signals.
//     threading.py's own after-fork hook marks the other Thread objects dead
//     and resets the locks it owns, as CPython does.
//  3. Then the `after_in_child` / `after_in_parent` hooks run.
//
// Forking while other threads run is allowed but risky (a thread may hold a
// lock inside the C library); CPython 3.12 warns about it, and so do we.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <mutex>
#include <set>
#include <string>

#include "interp/run.hpp"
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
#include "stdlib/io.hpp"
#include "runtime/blocking.hpp"

namespace gilpy {

void gil_reinit_after_fork(Interpreter* interp, ThreadState* ts);   // runtime/gil.cpp
void note_fork_in_child();                                           // runtime/threadstate.cpp

namespace {

enum ForkHook { kBefore = 0, kChild = 1, kParent = 2 };

// Runs the registered hooks; `before` hooks run last-registered first.
void run_fork_hooks(Interpreter* interp, ForkHook which) {
  Value list = interp->fork_hooks[which];
  if (list.is_null()) return;
  Ref snapshot = tuple_from_iterable(list);
  Tuple* t = as_tuple(snapshot.get());
  for (int64_t k = 0; k < t->size; k++) {
    int64_t i = which == kBefore ? t->size - 1 - k : k;
    try {
      call(t->items[i], {});
    } catch (PyError& e) {
      report_unraisable(e, "exception calling callback for " + repr_utf8(t->items[i]));
    }
  }
}

// CPython 3.12's warning, shown (like a DeprecationWarning under the
// default filters) when the fork is called from __main__ code, once per line.
void warn_if_threads_alive(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  if (interp->thread_count == 0 || !ts->frame) return;
  Frame* f = ts->frame;
  Value name = dict_get_str(f->globals, intern("__name__"));
  if (!is_str(name) || str_view(name) != "__main__") return;
  // Process-wide, and several interpreters (each with its own GIL) may fork.
  static std::mutex warned_mu;
  static std::set<std::pair<Code*, int>> warned;
  int line = f->lineno();
  {
    std::lock_guard<std::mutex> lk(warned_mu);
    if (!warned.insert({f->code, line}).second) return;
  }
  std::string file = f->code->source ? f->code->source->filename : "<unknown>";
  write_stderr(file + ":" + std::to_string(line) + ": DeprecationWarning: This process (pid=" +
               std::to_string(getpid()) + ") is multi-threaded, use of fork() may lead to deadlocks in the child.\n");
}

Ref os_fork(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("fork", nargs, kw, 0, 0);
  ThreadState* ts = current_thread_state();
  Interpreter* interp = ts->interp;
  if (interp->finalizing.load()) runtime_error("can't fork at interpreter shutdown");
  run_fork_hooks(interp, kBefore);
  warn_if_threads_alive(ts);
  flush_std_streams();
  pid_t pid = ::fork();
  if (pid < 0) raise_from_errno(errno);
  if (pid == 0) {
    gil_reinit_after_fork(interp, ts);
    gil_recorder_after_fork(interp, ts);
    note_fork_in_child();
    // Only this thread survived: it is the main thread now.
    interp->main_ts = ts;
    ThreadState* head = &interp->main_thread;
    head->next = ts == head ? nullptr : ts;
    ts->next = nullptr;
    interp->thread_count = 0;
    interp->pending_signals.store(0);
    interp->eval_breaker.fetch_and(~uint32_t(kBreakSignal));
    run_fork_hooks(interp, kChild);
  } else {
    run_fork_hooks(interp, kParent);
  }
  return int_from_i64(pid);
}

Ref os_register_at_fork(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs) type_error("register_at_fork() takes no positional arguments");
  Value a[3];
  parse_args("register_at_fork", args, nargs, kw, {"before", "after_in_child", "after_in_parent"}, 0, a);
  if (a[0].is_null() && a[1].is_null() && a[2].is_null())
    type_error("At least one argument is required.");
  static const char* names[] = {"before", "after_in_child", "after_in_parent"};
  for (int i = 0; i < 3; i++)
    if (!a[i].is_null() && !is_callable(a[i]))
      type_error(std::string("'") + names[i] + "' must be callable, not " + type_name(a[i]));
  Interpreter* interp = current_interp();
  for (int i = 0; i < 3; i++) {
    if (a[i].is_null()) continue;
    if (interp->fork_hooks[i].is_null()) interp->fork_hooks[i] = list_new().release();
    call_method(interp->fork_hooks[i], "append", {a[i]});
  }
  return Ref::none();
}

// waitpid(pid, options) -> (pid, status). The wait releases the GIL; Ctrl-C
// in the main thread interrupts it.
Ref os_waitpid(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("waitpid", nargs, kw, 2, 2);
  pid_t pid = pid_t(index_value(args[0]));
  int options = int(index_value(args[1]));
  for (;;) {
    int status = 0, err = 0;
    pid_t r;
    {
      BlockingSection bs;
      r = ::waitpid(pid, &status, options);
      err = errno;
    }
    if (r >= 0) {
      Ref p = int_from_i64(r), s = int_from_i64(status);
      return tuple_from({p.get(), s.get()});
    }
    if (err != EINTR) raise_from_errno(err);
    handle_eval_breaker(current_thread_state());
  }
}

Ref os_wait(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("wait", nargs, kw, 0, 0);
  Ref a = int_from_i64(-1), b = int_from_i64(0);
  Value args[2] = {a.get(), b.get()};
  return os_waitpid(self, args, 2, nullptr);
}

int status_arg(const char* name, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args(name, args, nargs, kw, {"status"}, 1, a);
  return int(index_value(a[0]));
}

#define STATUS_FN(pyname, expr)                                         \
  Ref os_##pyname(Value, const Value* args, size_t nargs, Tuple* kw) {  \
    int status = status_arg(#pyname, args, nargs, kw);                  \
    return int_from_i64(expr);                                          \
  }
#define STATUS_TEST(pyname, expr)                                       \
  Ref os_##pyname(Value, const Value* args, size_t nargs, Tuple* kw) {  \
    int status = status_arg(#pyname, args, nargs, kw);                  \
    return Ref::borrow(Value::boolean(expr));                           \
  }
STATUS_FN(WEXITSTATUS, WEXITSTATUS(status))
STATUS_FN(WTERMSIG, WTERMSIG(status))
STATUS_FN(WSTOPSIG, WSTOPSIG(status))
STATUS_TEST(WIFEXITED, WIFEXITED(status))
STATUS_TEST(WIFSIGNALED, WIFSIGNALED(status))
STATUS_TEST(WIFSTOPPED, WIFSTOPPED(status))
#undef STATUS_FN
#undef STATUS_TEST

Ref os_waitstatus_to_exitcode(Value, const Value* args, size_t nargs, Tuple* kw) {
  int status = status_arg("waitstatus_to_exitcode", args, nargs, kw);
  if (WIFEXITED(status)) return int_from_i64(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return int_from_i64(-WTERMSIG(status));
  value_error("invalid wait status: " + std::to_string(status));
}

Ref os_killpg(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("killpg", nargs, kw, 2, 2);
  if (::killpg(pid_t(index_value(args[0])), int(index_value(args[1]))) < 0) raise_from_errno(errno);
  return Ref::none();
}

Ref os_getpgid(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("getpgid", nargs, kw, 1, 1);
  pid_t r = ::getpgid(pid_t(index_value(args[0])));
  if (r < 0) raise_from_errno(errno);
  return int_from_i64(r);
}

Ref os_setsid(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("setsid", nargs, kw, 0, 0);
  if (::setsid() < 0) raise_from_errno(errno);
  return Ref::none();
}

Ref os_get_blocking(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("get_blocking", nargs, kw, 1, 1);
  int flags = ::fcntl(int(index_value(args[0])), F_GETFL);
  if (flags < 0) raise_from_errno(errno);
  return Ref::borrow(Value::boolean(!(flags & O_NONBLOCK)));
}

Ref os_set_blocking(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("set_blocking", nargs, kw, 2, 2);
  int fd = int(index_value(args[0]));
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0) raise_from_errno(errno);
  flags = truthy(args[1]) ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
  if (::fcntl(fd, F_SETFL, flags) < 0) raise_from_errno(errno);
  return Ref::none();
}

const MethodDef process_functions[] = {
    {"fork", os_fork},
    {"register_at_fork", os_register_at_fork},
    {"waitpid", os_waitpid},
    {"wait", os_wait},
    {"WEXITSTATUS", os_WEXITSTATUS},
    {"WTERMSIG", os_WTERMSIG},
    {"WSTOPSIG", os_WSTOPSIG},
    {"WIFEXITED", os_WIFEXITED},
    {"WIFSIGNALED", os_WIFSIGNALED},
    {"WIFSTOPPED", os_WIFSTOPPED},
    {"waitstatus_to_exitcode", os_waitstatus_to_exitcode},
    {"killpg", os_killpg},
    {"getpgid", os_getpgid},
    {"setsid", os_setsid},
    {"get_blocking", os_get_blocking},
    {"set_blocking", os_set_blocking},
    {nullptr, nullptr},
};

}  // namespace

void os_add_process_functions(Value m) {
  module_add_functions(m, process_functions);
  for (auto [name, v] : {std::pair<const char*, int>{"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED},
                         {"WCONTINUED", WCONTINUED}}) {
    Ref r = int_from_i64(v);
    module_add(m, name, r.get());
  }
}

}  // namespace gilpy
