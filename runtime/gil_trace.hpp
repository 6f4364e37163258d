// gil_trace.hpp — the GIL observatory's recorder: what every thread did with
// the lock, and when. See gil_trace.cpp.
#pragma once
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/state.hpp"

namespace gilpy {

enum class GilEv : uint8_t {
  WaitStart,      // began waiting for the lock (it was held by another thread)
  Acquired,       // took the lock: runs Python from here
  ReleaseIo,      // let go before a blocking call (sleep, I/O, a lock wait, join...)
  ReleaseNative,  // let go to run native code
  ForcedDrop,     // let go because a waiting thread asked (drop request)
  DropRequest,    // this (waiting) thread asked the holder to let go
  ThreadEnd,      // the thread finished (lets go for the last time)
};

struct GilEvent {
  int64_t t_ns;   // CLOCK_MONOTONIC
  GilEv kind;
};

// One per thread; written by its thread (under its own mutex, uncontended
// except while a snapshot is taken), read by the snapshot.
struct GilThreadLog {
  std::mutex mutex;
  int64_t ident = 0, native_id = 0;
  uint64_t serial = 0;
  std::string name;
  std::vector<GilEvent> events;
  bool ended = false;
  // counters (gil.stats())
  uint64_t acquisitions = 0, forced_drops = 0, voluntary_drops = 0, drop_requests = 0;
  int64_t held_ns = 0, waited_ns = 0, longest_wait_ns = 0;
  int64_t t_acquired = 0, t_wait_start = 0;
};

struct GilRecorder {
  std::mutex mutex;                 // guards `logs`
  std::vector<GilThreadLog*> logs;  // every thread seen since start/reset (owned)
  bool keep_events = false;         // false: counters only (gil.stats)
  int64_t t0_ns = 0;
};

int64_t gil_now_ns();
// The slow half of recording; callers test interp->gil_recorder first, so a
// run without the observatory pays one predictable branch per GIL operation.
void gil_record_event(ThreadState* ts, GilEv kind);
inline void gil_record(ThreadState* ts, GilEv kind) {
  if (ts->interp->gil_recorder) [[unlikely]] gil_record_event(ts, kind);
}

// Starts recording (idempotent; `events` upgrades a counters-only recorder).
void gil_recorder_start(Interpreter* interp, bool events);
// Forgets everything recorded so far (keeps recording).
void gil_recorder_reset(Interpreter* interp);
// In a child after fork(): keep only the forking thread's log, emptied.
void gil_recorder_after_fork(Interpreter* interp, ThreadState* ts);
// A thread sets its name (threading does, at start).
void gil_recorder_name_thread(ThreadState* ts, const std::string& name);

}  // namespace gilpy
