// interpreter.cpp — creating and destroying an interpreter, running
// programs in its __main__ module, signals and the eval breaker.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <mutex>

#include "interp/compiler.hpp"
#include "interp/run.hpp"
#include "interp/traceback.hpp"
#include "interp/vm.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/gil.hpp"
#include "runtime/gil_trace.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/io.hpp"

namespace gilpy {

extern const char* const kGilpyVersion;
const char* const kGilpyVersion = "0.1.0";

void init_object_types();
void init_type_type();
void init_slot_wrapper_type();
void ready_slot_wrapper_type();
void init_descr_types();
void init_text_types();
void init_num_types();
void init_container_types();
void init_module_type();
void init_exception_types();
void init_generator_type();
void init_builtins_module(Interpreter* interp);
std::map<std::string, ModuleInit>& builtin_module_table();

__thread ThreadState* t_current_thread_state = nullptr;

// Built-in types are process-wide and immortal: set them up exactly once.
static void init_types_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    init_slot_wrapper_type();
    init_object_types();
    init_type_type();
    ready_slot_wrapper_type();
    init_descr_types();
    init_text_types();
    init_num_types();
    init_container_types();
    init_module_type();
    init_exception_types();
    init_generator_type();
  });
}

// The lowest address this thread's stack may reach before we refuse to go
// deeper (RecursionError): the real end of the stack plus a safety margin.
char* thread_stack_limit() {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  if (!addr) return nullptr;
  size_t margin = std::min<size_t>(size / 4, 256 * 1024);
  return static_cast<char*>(addr) + margin;
}

// ----------------------------------------------------------------- signals
// SIGINT is process-wide; it is delivered to the interpreter that owns the
// main thread. The handler only sets flags (async-signal-safe); the eval
// loop notices them at the next backward jump or call.
static std::atomic<Interpreter*> g_signal_interp{nullptr};

// The C-level handler of every signal Python handles (SIGINT by default,
// others through signal.signal): async-signal-safe flag setting only.
void on_python_signal(int sig) {
  Interpreter* interp = g_signal_interp.load();
  if (!interp || sig <= 0 || sig >= 64) return;
  interp->pending_signals.fetch_or(uint64_t(1) << sig);
  interp->eval_breaker.fetch_or(kBreakSignal);
}

void install_signal_handlers(Interpreter* interp) {
  g_signal_interp.store(interp);
  // Like CPython, leave SIGINT ignored if our parent ignored it (nohup, &).
  struct sigaction prev;
  if (sigaction(SIGINT, nullptr, &prev) == 0 && prev.sa_handler == SIG_IGN) {
    signal(SIGPIPE, SIG_IGN);
    return;
  }
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_python_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;   // no SA_RESTART: blocking calls return EINTR so they can raise
  sigaction(SIGINT, &sa, nullptr);
  signal(SIGPIPE, SIG_IGN);
}

// Runs the Python handler of each pending signal, lowest number first. With
// no handler set by the signal module, SIGINT raises KeyboardInterrupt.
static void run_signal_handlers(Interpreter* interp) {
  uint64_t pending = interp->pending_signals.exchange(0);
  for (int sig = 1; sig < 64 && pending; sig++) {
    if (!(pending & (uint64_t(1) << sig))) continue;
    pending &= ~(uint64_t(1) << sig);
    Value h = interp->signal_handlers[sig];
    try {
      if (h.is_null()) {
        if (sig == SIGINT) raise_args(KeyboardInterrupt_, nullptr, 0);
        continue;
      }
      if (is_int(h)) continue;   // SIG_IGN / SIG_DFL set meanwhile
      Ref signum = int_from_i64(sig);
      call(h, {signum.get(), Value::none()});
    } catch (...) {
      // Signals not handled yet stay pending for the next check.
      if (pending) {
        interp->pending_signals.fetch_or(pending);
        interp->eval_breaker.fetch_or(kBreakSignal);
      }
      throw;
    }
  }
}

void handle_eval_breaker(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  // Inside an atomic function: switches and signal handlers wait for its end.
  if (ts->atomic_depth) return;
  uint32_t flags = interp->eval_breaker.load();
  // Another thread waited a whole switch interval for the GIL: let it run.
  if (flags & kBreakGilDrop) gil_yield(ts);
  // Signals are handled by the main thread only (as in CPython); other
  // threads leave the bit for it.
  if ((flags & kBreakSignal) && is_main_thread(ts)) {
    interp->eval_breaker.fetch_and(~kBreakSignal);
    run_signal_handlers(interp);
  }
}

// ------------------------------------------------------------- lifecycle
Interpreter* interpreter_new(const std::vector<std::string>& argv) {
  init_types_once();
  auto* interp = new Interpreter();
  interp->argv = argv;
  ThreadState* ts = &interp->main_thread;
  ts->interp = interp;
  ts->stack_limit = thread_stack_limit();
  ts->ident = int64_t(pthread_self());
  ts->native_id = int64_t(gettid());
  ts->serial = interp->next_thread_serial++;
  set_current_thread_state(ts);
  gil_init(interp);   // the main thread holds the lock from the start
  interp->modules = as_dict(dict_new().release());
  init_builtins_module(interp);
  dict_set_str(interp->modules, "builtins", interp->builtins_module);
  Ref sys = import_module("sys");
  interp->sys_module = sys.release();
  return interp;
}

// -X gil-timeline=FILE / gil-trace=FILE / gil-stats: what the GIL observatory
// saw, written by stdlib/py/gil.py.
static std::vector<std::string> gil_options(Interpreter* interp) {
  std::vector<std::string> out;
  for (const std::string& o : interp->x_options)
    if (o.rfind("gil-", 0) == 0) out.push_back(o);
  return out;
}

void start_gil_observations(Interpreter* interp) {
  std::vector<std::string> opts = gil_options(interp);
  if (opts.empty()) return;
  bool events = false;
  for (const std::string& o : opts) events |= o.rfind("gil-stats", 0) != 0;
  gil_recorder_start(interp, events);
}

// Also called by os._exit in a forked child (a Pool worker never returns
// from its main function): its files are named run.<pid>.svg etc. by gil.py.
void write_gil_observations(Interpreter* interp) {
  std::vector<std::string> opts = gil_options(interp);
  if (opts.empty() || !interp->gil_recorder) return;
  try {
    Ref gil = import_module("gil");
    Ref list = list_new();
    for (const std::string& o : opts) {
      Ref s = str_new(o);
      call_method(list.get(), "append", {s.get()});
    }
    call_method(gil.get(), "_at_exit", {list.get()});
  } catch (PyError& e) {
    report_unraisable(e, "the GIL observatory's output (-X gil-...)");
  }
}

// atexit's callbacks (stdlib/py/atexit.py keeps them as (func, args,
// kwargs)), last registered first, called from here so that a failing one
// is reported as CPython does, without a frame of the atexit module.
static void call_atexit_callback(Value entry) {
  Tuple* t = as_tuple(entry);
  Value func = t->items[0];
  Tuple* args = as_tuple(t->items[1]);
  Dict* kwargs = as_dict(t->items[2]);
  std::vector<Value> all(args->items, args->items + args->size);
  Ref kwnames = tuple_new(size_t(kwargs->used));
  int64_t pos = 0, k = 0;
  Value key, val;
  while (dict_next(kwargs, &pos, &key, &val)) {
    as_tuple(kwnames.get())->items[k++] = key;
    incref(key);
    all.push_back(val);
  }
  try {
    call(func, all.data(), size_t(args->size), kwargs->used ? as_tuple(kwnames.get()) : nullptr);
  } catch (PyError& e) {
    if (e.matches(SystemExit_)) return;
    Ref r = repr(func);
    write_stderr("Exception ignored in atexit callback: " + std::string(str_view(r.get())) + "\n");
    report_exception(e);
  }
}

static void run_atexit_callbacks(Interpreter* interp) {
  Value atexit = dict_get_str(interp->modules, intern("atexit"));
  if (atexit.is_null()) return;
  Ref callbacks = getattr_opt(atexit, intern("_callbacks"));
  if (!callbacks || !isinstance_of(callbacks.get(), &ListType)) return;
  while (static_cast<List*>(callbacks.get().as_obj())->size > 0) {
    Ref entry = call_method(callbacks.get(), "pop", {});
    call_atexit_callback(entry.get());
  }
}

// The end of a program, as CPython's Py_FinalizeEx begins: wait for the
// non-daemon threads (threading._shutdown joins them), then freeze every
// other thread at its next GIL acquisition so daemon threads cannot run
// while the process exits around them. Returns the exit status to use.
int finalize_threads(Interpreter* interp, int status) {
  ThreadState* ts = current_thread_state();
  Value threading = dict_get_str(interp->modules, intern("threading"));
  if (!threading.is_null()) {
    try {
      Ref shutdown = getattr_opt(threading, intern("_shutdown"));
      if (shutdown) call(shutdown.get(), {});
    } catch (PyError& e) {
      write_stderr("Exception ignored in: <module 'threading'>\n");
      int s = report_exception(e);
      if (status == 0) status = s;
    }
  }
  run_atexit_callbacks(interp);
  write_gil_observations(interp);
  gil_begin_finalizing(interp, ts);
  flush_std_streams();
  return status;
}

void interpreter_free(Interpreter* interp) {
  flush_std_streams();
  // Objects reachable from the module table are released; cycles (as in
  // CPython without its cycle collector) are left to process exit.
  if (interp->modules) dict_clear(interp->modules);
  if (current_thread_state() && current_thread_state()->interp == interp) set_current_thread_state(nullptr);
}

// --------------------------------------------------------------- running
Ref make_main_module(const std::string& file) {
  Interpreter* interp = current_interp();
  Ref m = module_new("__main__");
  Dict* d = static_cast<Module*>(m.obj())->dict;
  dict_set_str(d, "__builtins__", interp->builtins_module);
  if (!file.empty()) {
    Ref f = str_new(file);
    dict_set_str(d, "__file__", f.get());
  }
  dict_set_str(interp->modules, "__main__", m.get());
  return m;
}

void write_stderr(std::string_view text) {
  Value sys = current_interp()->sys_module;
  Value err = sys.is_null() ? Value::null() : dict_get_str(static_cast<Module*>(sys.as_obj())->dict, intern("stderr"));
  if (!err.is_null() && !err.is_none()) {
    try {
      stream_write(err, text);
      call_method(err, "flush", {});
      return;
    } catch (PyError&) {
    }
  }
  ssize_t r = ::write(2, text.data(), text.size());
  (void)r;
}

bool g_exit_by_sigint = false;

void report_unraisable(PyError& e, const std::string& where) {
  std::string text = "Exception ignored in: " + where + "\n";
  try {
    text += format_exception(Value::object(e.exc()));
  } catch (...) {
    text += "(error while formatting the exception)\n";
  }
  flush_std_streams();
  write_stderr(text);
}

// Reports an uncaught exception; returns the process exit status it implies.
int report_exception(PyError& e) {
  Value exc = Value::object(e.exc());
  if (isinstance_of(exc, SystemExit_)) {
    Ref code = getattr_opt(exc, intern("code"));
    if (!code || code.get().is_none()) return 0;
    if (is_int(code.get())) return int(to_int64(code.get()) & 0xFF);
    write_stderr(str_utf8(code.get()) + "\n");
    return 1;
  }
  flush_std_streams();
  // Like CPython, a program ended by Ctrl-C dies of SIGINT (status 130 in a
  // shell) after printing the traceback, so callers see the interruption.
  if (isinstance_of(exc, KeyboardInterrupt_)) g_exit_by_sigint = true;
  try {
    // A program may replace sys.excepthook; the original prints the traceback.
    Value sys = current_interp()->sys_module;
    Dict* sd = static_cast<Module*>(sys.as_obj())->dict;
    Value hook = dict_get_str(sd, intern("excepthook"));
    if (!hook.is_null() && hook != dict_get_str(sd, intern("__excepthook__"))) {
      Ref tb = getattr(exc, "__traceback__");
      call(hook, {Value::object(exc.as_obj()->type), exc, tb.get()});
    } else {
      write_stderr(format_exception(exc));
    }
  } catch (PyError&) {
    write_stderr("error while printing the traceback\n");
  }
  return 1;
}

int run_source_in_main(const std::string& source, const std::string& filename, Value main_module) {
  Dict* d = static_cast<Module*>(main_module.as_obj())->dict;
  try {
    Ref code = compile_source(source, filename, CompileMode::Exec);
    run_code(static_cast<Code*>(code.obj()), d, d);
  } catch (PyError& e) {
    return report_exception(e);
  } catch (std::bad_alloc&) {
    write_stderr("MemoryError\n");
    return 1;
  }
  return 0;
}

bool find_module_source(const std::string& name, std::string* source, std::string* filename);

int run_module_as_main(const std::string& name, Value main_module) {
  std::string source, filename;
  if (builtin_module_table().count(name)) {
    write_stderr("gilpy: No code object available for " + name + "\n");
    return 1;
  }
  if (!find_module_source(name, &source, &filename)) {
    write_stderr("gilpy: No module named " + name + "\n");
    return 1;
  }
  Dict* d = static_cast<Module*>(main_module.as_obj())->dict;
  Ref f = str_new(filename);
  dict_set_str(d, "__file__", f.get());
  Value sys = current_interp()->sys_module;
  Value argv = dict_get_str(static_cast<Module*>(sys.as_obj())->dict, intern("argv"));
  if (isinstance_of(argv, &ListType) && as_list(argv)->size > 0) {
    decref(as_list(argv)->items[0]);
    as_list(argv)->items[0] = str_new(filename).release();
  }
  return run_source_in_main(source, filename, main_module);
}

}  // namespace gilpy
