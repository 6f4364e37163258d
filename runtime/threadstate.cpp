// threadstate.cpp — creating and destroying the states of threads other than
// the main one. The interpreter keeps them in a singly linked list that
// starts at its main thread's state; the GIL guards the list (a thread is
// linked by its creator and unlinked by itself, both holding the lock), so
// fork() (issue 4) can walk it from the forking thread.
#include "runtime/state.hpp"

namespace gilpy {

void thread_state_release_sentinel(Object* sentinel);   // stdlib/thread.cpp

// Process-wide counters (atomic: several interpreters may run at once).
static std::atomic<uint64_t> g_object_serial{1};
static uint64_t g_serial_at_fork = 0;

uint64_t object_serial_next() { return g_object_serial.fetch_add(1, std::memory_order_relaxed); }
uint64_t object_serial_at_fork() { return g_serial_at_fork; }
// In a forked child: everything with a smaller serial existed in the parent at the fork.
void note_fork_in_child() { g_serial_at_fork = g_object_serial.load(); }

ThreadState* thread_state_new(Interpreter* interp) {
  auto* ts = new ThreadState();
  ts->interp = interp;
  ts->serial = interp->next_thread_serial++;
  ts->next = interp->main_thread.next;
  interp->main_thread.next = ts;
  return ts;
}

void thread_state_delete(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  for (ThreadState** p = &interp->main_thread.next; *p; p = &(*p)->next)
    if (*p == ts) {
      *p = ts->next;
      break;
    }
  if (ts->handled_exc) decref(ts->handled_exc);
  ts->handled_exc = nullptr;
  // Last: whoever joins this thread may now go on, everything is released.
  if (Object* s = ts->sentinel) {
    ts->sentinel = nullptr;
    thread_state_release_sentinel(s);
  }
  delete ts;
}

}  // namespace gilpy
