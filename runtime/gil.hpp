// gil.hpp — the global interpreter lock (see gil.cpp for the protocol).
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "runtime/blocking.hpp"

namespace gilpy {

struct ThreadState;
struct Interpreter;

struct Gil {
  std::mutex mutex;                       // guards every field below that is not atomic
  std::condition_variable released;       // signalled when the lock is dropped
  std::condition_variable switched;       // signalled when a thread takes the lock (forced switching)
  std::atomic<bool> locked{false};
  std::atomic<ThreadState*> holder{nullptr};   // the thread that took it last (CPython's last_holder)
  uint64_t switch_number = 0;             // how many times the lock changed hands
  std::atomic<bool> drop_request{false};
  std::atomic<int64_t> interval_us{5000}; // sys.setswitchinterval, in microseconds
  int waiters = 0;                        // threads blocked in gil_acquire
};

void gil_init(Interpreter* interp);       // creates the lock, held by the calling (main) thread
void gil_acquire(ThreadState* ts);        // blocks until `ts` holds the lock
// Voluntary release (a blocking call, native code): no waiting.
void gil_release(ThreadState* ts, BlockKind why = BlockKind::Io);
// Called by the eval loop when a drop request is pending: lets a waiting
// thread run (forced switch), then competes for the lock again.
void gil_yield(ThreadState* ts);
bool gil_held_by(ThreadState* ts);

// Interpreter exit: from now on every other thread that tries to take the
// lock stops for good (daemon threads must not run while the process dies).
void gil_begin_finalizing(Interpreter* interp, ThreadState* finalizer);

}  // namespace gilpy
