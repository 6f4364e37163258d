// interpreter.cpp — the embedding API's Interpreter: creating and destroying
// one, host threads entering it (thread states made on the fly, the GIL),
// running source, evaluating, importing, globals.
#include <pthread.h>
#include <unistd.h>

#include <mutex>

#include "embed/state.hpp"
#include "interp/compiler.hpp"
#include "interp/run.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/gil.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy::embed {

namespace detail {

// ------------------------------------------------- host thread states
// Each host thread remembers the ThreadState it has in each interpreter it
// entered. When the thread ends, the states it created are handed back to
// their interpreters (which delete them under their GIL).
namespace {
struct HostEntry {
  State* st;
  ThreadState* ts;
  bool owned;   // created here (false: the interpreter's main thread state)
};
struct HostThread {
  std::vector<HostEntry> entries;
  ~HostThread() {
    for (HostEntry& e : entries) {
      if (!e.owned) continue;
      std::lock_guard<std::mutex> lk(e.st->orphans_mu);
      if (e.st->closed.load()) continue;   // the interpreter is gone with its states
      e.st->orphans.push_back(e.ts);
      e.st->has_orphans.store(true);
    }
  }
};
thread_local HostThread t_host;

ThreadState* find_host_ts(State* st) {
  for (HostEntry& e : t_host.entries)
    if (e.st == st) return e.ts;
  return nullptr;
}

// A thread state for this host thread, linked into the interpreter's list.
// Linking needs the GIL, and taking the GIL needs a thread state: take it
// with a temporary one first.
ThreadState* new_host_ts(State* st) {
  ThreadState tmp;
  tmp.interp = st->interp;
  gil_acquire(&tmp);
  ThreadState* ts = thread_state_new(st->interp);
  gil_release(&tmp);
  ts->stack_limit = thread_stack_limit();
  ts->ident = int64_t(pthread_self());
  ts->native_id = int64_t(gettid());
  t_host.entries.push_back({st, ts, true});
  return ts;
}

void reap_orphans(State* st) {
  if (!st->has_orphans.load(std::memory_order_relaxed)) return;
  std::vector<ThreadState*> dead;
  {
    std::lock_guard<std::mutex> lk(st->orphans_mu);
    dead.swap(st->orphans);
    st->has_orphans.store(false);
  }
  for (ThreadState* ts : dead) thread_state_delete(ts);
}

[[noreturn]] void closed_error() {
  throw Error("RuntimeError", "the gilpy interpreter has been destroyed");
}
}  // namespace

void register_main_thread_state(State* st, ThreadState* ts) { t_host.entries.push_back({st, ts, false}); }

Enter::Enter(State* st) : prev_(current_thread_state()), ts_(nullptr), acquired_(false) {
  if (st->closed.load(std::memory_order_acquire)) closed_error();
  if (prev_ && prev_->interp == st->interp) {
    ts_ = prev_;
    if (gil_held_by(ts_)) return;   // nested call: already ours
  } else {
    ts_ = find_host_ts(st);
    if (!ts_) ts_ = new_host_ts(st);
    set_current_thread_state(ts_);
  }
  gil_acquire(ts_);
  acquired_ = true;
  reap_orphans(st);
}

Enter::~Enter() {
  if (!acquired_) return;
  gil_release(ts_);
  set_current_thread_state(prev_);
}

Value value_in(State* st, const embed::Object& o) {
  if (!o) type_error("gilpy embedding: null Object used");
  if (o.state_() != st) type_error("gilpy embedding: an Object of another interpreter was passed");
  return value_of(o);
}

}  // namespace detail

using detail::State;

// --------------------------------------------------------------- lifecycle
// Serialises interpreter creation: start-up fills process-wide tables once.
static std::mutex g_create_mu;

Interpreter::Interpreter() : Interpreter(Options{}) {}

Interpreter::Interpreter(const Options& options) : st_(new State) {
  st_->owner = this;
  ThreadState* prev = current_thread_state();
  std::lock_guard<std::mutex> lk(g_create_mu);
  // interpreter_new makes this thread the interpreter's main thread and
  // takes the new GIL for it; we give it back before returning.
  st_->interp = interpreter_new(options.argv.empty() ? std::vector<std::string>{""} : options.argv);
  ThreadState* ts = current_thread_state();
  try {
    Value sys = st_->interp->sys_module;
    Value path = dict_get_str(static_cast<gilpy::Module*>(sys.as_obj())->dict, intern("path"));
    for (const std::string& p : options.path) list_append(path, str_new(p).get());
    st_->main_module = make_main_module("").release();
  } catch (PyError& e) {
    Error err = detail::make_error(st_, e);
    gil_release(ts);
    set_current_thread_state(prev);
    throw err;
  }
  detail::register_main_thread_state(st_, ts);
  gil_release(ts);
  set_current_thread_state(prev);
}

Interpreter::~Interpreter() {
  State* st = st_;
  detail::Enter enter(st);
  try {
    finalize_threads(st->interp, 0);   // threading._shutdown: joins non-daemon threads
  } catch (...) {
  }
  xdecref(st->main_module);
  st->main_module = Value::null();
  {
    std::lock_guard<std::mutex> lk(st->orphans_mu);
    st->closed.store(true, std::memory_order_release);
  }
  interpreter_free(st->interp);
}

// ------------------------------------------------------------- running
static Dict* main_dict(State* st) { return static_cast<gilpy::Module*>(st->main_module.as_obj())->dict; }

void Interpreter::run(std::string_view source, const std::string& filename) {
  detail::with_gil(st_, [&] {
    Ref code = compile_source(source, filename, CompileMode::Exec);
    Dict* d = main_dict(st_);
    run_code(static_cast<Code*>(code.obj()), d, d);
    return 0;
  });
}

Object Interpreter::eval(std::string_view expression) {
  return detail::with_gil(st_, [&] {
    Ref code = compile_source(expression, "<string>", CompileMode::Eval);
    Dict* d = main_dict(st_);
    return detail::adopt(st_, run_code(static_cast<Code*>(code.obj()), d, d));
  });
}

Object Interpreter::import(std::string_view module) {
  return detail::with_gil(st_, [&] { return detail::adopt(st_, import_module(module)); });
}

Object Interpreter::main_module() const {
  return detail::with_gil(st_, [&] { return detail::borrow(st_, st_->main_module); });
}

Object Interpreter::global(std::string_view name) const {
  return detail::with_gil(st_, [&] {
    Value v = dict_get_cstr(main_dict(st_), name);
    if (v.is_null()) raise(NameError_, "name '" + std::string(name) + "' is not defined");
    return detail::borrow(st_, v);
  });
}

bool Interpreter::has_global(std::string_view name) const {
  return detail::with_gil(st_, [&] { return !dict_get_cstr(main_dict(st_), name).is_null(); });
}

void Interpreter::set_global(std::string_view name, const Object& value) {
  detail::with_gil(st_, [&] {
    dict_set_str(main_dict(st_), name, detail::value_in(st_, value));
    return 0;
  });
}

Module Interpreter::module(const std::string& name) {
  return Module(detail::with_gil(st_, [&] {
    Ref m = module_new(name);
    dict_set_str(st_->interp->modules, name, m.get());
    return detail::adopt(st_, std::move(m));
  }));
}

// ------------------------------------------------------------ GIL guards
GilHold::GilHold(const Interpreter& py) : prev_(nullptr), ts_(nullptr), acquired_(false) {
  // The header keeps runtime types out of sight: the guard lives on the heap.
  ts_ = new detail::Enter(py.state_());
  acquired_ = true;
}

GilHold::~GilHold() { delete static_cast<detail::Enter*>(ts_); }

GilRelease::GilRelease() : ts_(nullptr) {
  ThreadState* ts = current_thread_state();
  if (ts && ts->interp && ts->interp->gil && gil_held_by(ts)) {
    gil_release(ts, BlockKind::Native);
    ts_ = ts;
  }
}

GilRelease::~GilRelease() {
  if (ts_) gil_acquire(static_cast<ThreadState*>(ts_));
}

}  // namespace gilpy::embed
