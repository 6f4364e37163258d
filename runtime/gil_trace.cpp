// gil_trace.cpp — the GIL observatory: a record of what each thread does
// with the lock.
//
// gil.cpp calls gil_record() at each step of the protocol: a thread starts
// waiting, takes the lock, lets go (before a blocking call, to run native
// code, or because it was asked), asks the holder to let go, ends. From that
// sequence of timestamped events a thread's life is a series of spans:
//
//    Acquired ........ Release*/ForcedDrop   running Python (holds the GIL)
//    WaitStart ....... Acquired              waiting for the GIL
//    ReleaseIo ....... WaitStart/Acquired    blocked (sleep, I/O, lock, join)
//    ReleaseNative ... WaitStart/Acquired    running native code, GIL released
//
// Costs: with the recorder off (interp->gil_recorder null) nothing but the
// test of that pointer. With it on, each event takes a clock read and the
// thread's own, uncontended mutex (held only by its thread, except during a
// snapshot) — no lock shared between threads per event.
#include "runtime/gil_trace.hpp"

#include <time.h>

#include <unistd.h>

#include <algorithm>
#include <new>

namespace gilpy {

int64_t gil_now_ns() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

static GilThreadLog* log_for(ThreadState* ts, GilRecorder* rec) {
  if (ts->gil_log) return ts->gil_log;
  auto* log = new GilThreadLog();
  log->ident = ts->ident;
  log->native_id = ts->native_id;
  log->serial = ts->serial;
  log->name = ts->name.empty() ? (is_main_thread(ts) ? "MainThread" : "") : ts->name;
  {
    std::lock_guard<std::mutex> lk(rec->mutex);
    rec->logs.push_back(log);
  }
  ts->gil_log = log;
  return log;
}

void gil_record_event(ThreadState* ts, GilEv kind) {
  GilRecorder* rec = ts->interp->gil_recorder;
  if (!rec || ts->serial == 0) return;   // serial 0: a stand-in state of an ending thread
  GilThreadLog* log = log_for(ts, rec);
  int64_t now = gil_now_ns();
  std::lock_guard<std::mutex> lk(log->mutex);
  switch (kind) {
    case GilEv::WaitStart:
      log->t_wait_start = now;
      break;
    case GilEv::Acquired:
      log->acquisitions++;
      if (log->t_wait_start) {
        int64_t w = now - log->t_wait_start;
        log->waited_ns += w;
        log->longest_wait_ns = std::max(log->longest_wait_ns, w);
        log->t_wait_start = 0;
      }
      log->t_acquired = now;
      break;
    case GilEv::ReleaseIo:
    case GilEv::ReleaseNative:
      log->voluntary_drops++;
      if (log->t_acquired) log->held_ns += now - log->t_acquired;
      log->t_acquired = 0;
      break;
    case GilEv::ForcedDrop:
      log->forced_drops++;
      if (log->t_acquired) log->held_ns += now - log->t_acquired;
      log->t_acquired = 0;
      break;
    case GilEv::DropRequest:
      log->drop_requests++;
      break;
    case GilEv::ThreadEnd:
      if (log->t_acquired) log->held_ns += now - log->t_acquired;
      log->t_acquired = 0;
      log->ended = true;
      break;
  }
  if (rec->keep_events) log->events.push_back({now, kind});
}

void gil_recorder_start(Interpreter* interp, bool events) {
  if (!interp->gil_recorder) {
    auto* rec = new GilRecorder();
    rec->t0_ns = gil_now_ns();
    rec->keep_events = events;
    interp->gil_recorder = rec;
    // The running thread holds the lock from now on.
    gil_record_event(current_thread_state(), GilEv::Acquired);
    return;
  }
  if (events) interp->gil_recorder->keep_events = true;
}

void gil_recorder_reset(Interpreter* interp) {
  GilRecorder* rec = interp->gil_recorder;
  if (!rec) return;
  std::lock_guard<std::mutex> lk(rec->mutex);
  int64_t now = gil_now_ns();
  rec->t0_ns = now;
  // Threads that have ended are forgotten (nothing points at their logs).
  auto ended = std::remove_if(rec->logs.begin(), rec->logs.end(), [](GilThreadLog* l) {
    if (!l->ended) return false;
    delete l;
    return true;
  });
  rec->logs.erase(ended, rec->logs.end());
  for (GilThreadLog* log : rec->logs) {
    std::lock_guard<std::mutex> lk2(log->mutex);
    log->events.clear();
    log->acquisitions = log->forced_drops = log->voluntary_drops = log->drop_requests = 0;
    log->held_ns = log->waited_ns = log->longest_wait_ns = 0;
    if (log->t_acquired) {
      log->t_acquired = now;
      if (rec->keep_events) log->events.push_back({now, GilEv::Acquired});
    }
    if (log->t_wait_start) {
      log->t_wait_start = now;
      if (rec->keep_events) log->events.push_back({now, GilEv::WaitStart});
    }
  }
}

void gil_recorder_after_fork(Interpreter* interp, ThreadState* ts) {
  GilRecorder* rec = interp->gil_recorder;
  if (!rec) return;
  // Only this thread exists in the child; the other logs (and their
  // mutexes, perhaps held at the fork) are left behind, unused. The time
  // base stays the parent's, so parent and worker pictures line up.
  GilThreadLog* mine = ts->gil_log;
  new (&rec->mutex) std::mutex();
  rec->logs.clear();
  if (!mine) return;
  new (&mine->mutex) std::mutex();
  mine->events.clear();
  mine->acquisitions = mine->forced_drops = mine->voluntary_drops = mine->drop_requests = 0;
  mine->held_ns = mine->waited_ns = mine->longest_wait_ns = 0;
  mine->t_wait_start = 0;
  mine->native_id = ts->native_id = int64_t(gettid());
  mine->t_acquired = gil_now_ns();
  if (rec->keep_events) mine->events.push_back({mine->t_acquired, GilEv::Acquired});
  rec->logs.push_back(mine);
}

void gil_recorder_name_thread(ThreadState* ts, const std::string& name) {
  ts->name = name;
  if (ts->gil_log) {
    std::lock_guard<std::mutex> lk(ts->gil_log->mutex);
    ts->gil_log->name = name;
  }
}

}  // namespace gilpy
