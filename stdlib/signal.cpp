// signal.cpp — the `signal` module: Python functions as signal handlers.
//
// A real signal handler may only do async-signal-safe things, so the C
// handler (on_python_signal, interp/interpreter.cpp) only sets a bit in the
// interpreter's pending set and the eval breaker. The main thread notices at
// its next backward jump or call and runs the Python handler there
// (run_signal_handlers). This is why handlers always run in the main
// thread, between bytecodes, as in CPython; and why other threads block
// these signals (stdlib/thread.cpp): the kernel then interrupts the main
// thread's blocking call, which returns EINTR and runs the handler.
//
// Differences from CPython: signal numbers and SIG_DFL/SIG_IGN are plain
// ints here, not members of the Signals/Handlers enums.
#include <signal.h>

#include <cstring>
#include <mutex>

#include "interp/run.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {
namespace {

constexpr int kSigDfl = 0, kSigIgn = 1;

Value g_default_int_handler;   // the built-in function object (immortal for the process)

int signal_number(Value v) {
  int64_t sig = index_value(v);
  if (sig < 1 || sig >= 65) value_error("signal number out of range");
  return int(sig);
}

// default_int_handler(signum, frame): what SIGINT does by default.
Ref m_default_int_handler(Value, const Value*, size_t, Tuple*) { raise_args(KeyboardInterrupt_, nullptr, 0); }

// The handler Python sees for `sig`: a callable, or SIG_DFL / SIG_IGN.
Ref current_handler(Interpreter* interp, int sig) {
  Value h = interp->signal_handlers[sig];
  if (!h.is_null()) return Ref::borrow(h);
  if (sig == SIGINT) {
    struct sigaction cur;
    sigaction(SIGINT, nullptr, &cur);
    if (cur.sa_handler == on_python_signal) return Ref::borrow(g_default_int_handler);
  }
  struct sigaction cur;
  sigaction(sig, nullptr, &cur);
  return int_from_i64(cur.sa_handler == SIG_IGN ? kSigIgn : kSigDfl);
}

Ref m_getsignal(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("getsignal", nargs, kw, 1, 1);
  return current_handler(current_interp(), signal_number(args[0]));
}

Ref m_signal(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("signal", nargs, kw, 2, 2);
  ThreadState* ts = current_thread_state();
  Interpreter* interp = ts->interp;
  int sig = signal_number(args[0]);
  Value handler = args[1];
  if (!is_main_thread(ts)) value_error("signal only works in main thread of the main interpreter");
  bool is_disposition = is_int(handler) && !handler.is_bool();
  int64_t disp = is_disposition ? to_int64(handler) : -1;
  if (is_disposition ? (disp != kSigDfl && disp != kSigIgn) : !is_callable(handler))
    type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  Ref old = current_handler(interp, sig);
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;   // no SA_RESTART: blocking calls return EINTR so handlers run promptly
  if (is_disposition) sa.sa_handler = disp == kSigIgn ? SIG_IGN : SIG_DFL;
  else sa.sa_handler = on_python_signal;
  if (sigaction(sig, &sa, nullptr) != 0) raise_from_errno(errno);
  Value& slot = interp->signal_handlers[sig];
  if (!slot.is_null()) decref(slot);
  slot = Value::null();
  // default_int_handler on SIGINT is the built-in behaviour: no Python call needed.
  if (!is_disposition && !(sig == SIGINT && handler == g_default_int_handler)) {
    incref(handler);
    slot = handler;
  }
  return old;
}

Ref m_raise_signal(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("raise_signal", nargs, kw, 1, 1);
  if (::raise(signal_number(args[0])) != 0) raise_from_errno(errno);
  handle_eval_breaker(current_thread_state());
  return Ref::none();
}

Ref m_strsignal(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("strsignal", nargs, kw, 1, 1);
  const char* s = ::strsignal(signal_number(args[0]));
  if (!s) return Ref::none();
  return str_new(s);
}

const MethodDef signal_functions[] = {
    {"signal", m_signal},
    {"getsignal", m_getsignal},
    {"raise_signal", m_raise_signal},
    {"strsignal", m_strsignal},
    {nullptr, nullptr},
};

void init_signal(Value module) {
  module_add_functions(module, signal_functions);
  // Shared by every interpreter of the process (several may import signal
  // at once, each under its own GIL): made once, immortal so its count is
  // never touched.
  static std::once_flag once;
  std::call_once(once, [] {
    Ref f = make_builtin("default_int_handler", m_default_int_handler);
    make_immortal(f.get().as_obj());
    g_default_int_handler = f.release();
  });
  module_add(module, "default_int_handler", g_default_int_handler);
  struct Named {
    const char* name;
    int value;
  };
  static const Named constants[] = {
      {"SIG_DFL", kSigDfl}, {"SIG_IGN", kSigIgn},   {"SIGHUP", SIGHUP},   {"SIGINT", SIGINT},
      {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},     {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT},
      {"SIGBUS", SIGBUS},   {"SIGFPE", SIGFPE},     {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1},
      {"SIGSEGV", SIGSEGV}, {"SIGUSR2", SIGUSR2},   {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM},
      {"SIGTERM", SIGTERM}, {"SIGCHLD", SIGCHLD},   {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
      {"SIGTSTP", SIGTSTP}, {"SIGWINCH", SIGWINCH}, {"NSIG", 65},
  };
  for (const Named& c : constants) {
    Ref v = int_from_i64(c.value);
    module_add(module, c.name, v.get());
  }
}

}  // namespace

GILPY_MODULE("signal", init_signal);

}  // namespace gilpy
