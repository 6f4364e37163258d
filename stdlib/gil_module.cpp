// gil_module.cpp — `_gil`, the C++ half of the GIL observatory's `gil`
// module (stdlib/py/gil.py draws and formats; this reads the recorder of
// runtime/gil_trace.cpp).
#include <unistd.h>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/gil.hpp"
#include "runtime/gil_trace.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {
namespace {

const char* event_name(GilEv e) {
  switch (e) {
    case GilEv::WaitStart: return "wait";
    case GilEv::Acquired: return "acquired";
    case GilEv::ReleaseIo: return "release_io";
    case GilEv::ReleaseNative: return "release_native";
    case GilEv::ForcedDrop: return "forced_drop";
    case GilEv::DropRequest: return "drop_request";
    case GilEv::ThreadEnd: return "end";
  }
  return "?";
}

void put(Value d, const char* key, Ref v) { dict_set_str(as_dict(d), key, v.get()); }
Ref seconds(int64_t ns) { return Ref::borrow(Value::from_double(double(ns) / 1e9)); }

Ref m_held(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("held", nargs, kw, 0, 0);
  return Ref::borrow(Value::boolean(gil_held_by(current_thread_state())));
}

Ref m_start(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("start", nargs, kw, 0, 1);
  gil_recorder_start(current_interp(), nargs && truthy(args[0]));
  return Ref::none();
}

Ref m_reset(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("reset", nargs, kw, 0, 0);
  gil_recorder_reset(current_interp());
  return Ref::none();
}

Ref m_recording(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("recording", nargs, kw, 0, 0);
  GilRecorder* rec = current_interp()->gil_recorder;
  if (!rec) return Ref::none();
  return Ref::borrow(Value::boolean(rec->keep_events));
}

// snapshot(events=True) -> {"t0": ns, "now": ns, "pid": int, "threads": [
//   {"ident", "native_id", "name", "ended", counters..., "events": [(t_ns, kind), ...]}]}
// Times are nanoseconds since t0 (the start or the last reset).
Ref m_snapshot(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("snapshot", nargs, kw, 0, 1);
  bool with_events = nargs == 0 || truthy(args[0]);
  Interpreter* interp = current_interp();
  GilRecorder* rec = interp->gil_recorder;
  if (!rec) runtime_error("the GIL recorder is not running (gil.stats() starts it)");
  Ref out = dict_new();
  Ref threads = list_new();
  int64_t now = gil_now_ns();
  std::lock_guard<std::mutex> lk(rec->mutex);
  put(out.get(), "now", int_from_i64(now - rec->t0_ns));
  put(out.get(), "pid", int_from_i64(getpid()));
  for (GilThreadLog* log : rec->logs) {
    std::lock_guard<std::mutex> lk2(log->mutex);
    Ref t = dict_new();
    put(t.get(), "ident", int_from_i64(log->ident));
    put(t.get(), "native_id", int_from_i64(log->native_id));
    put(t.get(), "name", str_new(log->name.empty() ? "Thread-" + std::to_string(log->serial) : log->name));
    put(t.get(), "ended", Ref::borrow(Value::boolean(log->ended)));
    put(t.get(), "acquisitions", int_from_u64(log->acquisitions));
    // Time held so far includes the current holding stretch.
    int64_t held = log->held_ns + (log->t_acquired ? now - log->t_acquired : 0);
    put(t.get(), "held", seconds(held));
    put(t.get(), "waited", seconds(log->waited_ns));
    put(t.get(), "longest_wait", seconds(log->longest_wait_ns));
    put(t.get(), "forced_drops", int_from_u64(log->forced_drops));
    put(t.get(), "voluntary_drops", int_from_u64(log->voluntary_drops));
    put(t.get(), "drop_requests", int_from_u64(log->drop_requests));
    if (with_events) {
      Ref evs = list_new(log->events.size());
      List* l = static_cast<List*>(evs.get().as_obj());
      for (size_t i = 0; i < log->events.size(); i++) {
        Ref ts = int_from_i64(log->events[i].t_ns - rec->t0_ns);
        Ref kind = str_new(event_name(log->events[i].kind));
        l->items[i] = tuple_from({ts.get(), kind.get()}).release();
      }
      put(t.get(), "events", std::move(evs));
    }
    call_method(threads.get(), "append", {t.get()});
  }
  put(out.get(), "threads", std::move(threads));
  return out;
}

// True in a process forked by gilpy (its outputs get the pid in their names).
Ref m_forked(Value, const Value*, size_t, Tuple*) { return Ref::borrow(Value::boolean(object_serial_at_fork() != 0)); }

const MethodDef gil_functions[] = {
    {"forked", m_forked},
    {"held", m_held},   {"start", m_start},       {"reset", m_reset},
    {"snapshot", m_snapshot}, {"recording", m_recording}, {nullptr, nullptr},
};

void init_gil(Value m) { module_add_functions(m, gil_functions); }

}  // namespace

GILPY_MODULE("_gil", init_gil);

}  // namespace gilpy
