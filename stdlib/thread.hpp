// thread.hpp — the `_thread` module's pieces shared between its files.
#pragma once
#include <semaphore.h>

#include "runtime/object.hpp"

namespace gilpy {

struct ThreadState;

extern Type LockType, RLockType, LocalType;

void init_lock_types();
void init_local_type();
Ref lock_new();                                    // an unlocked _thread.lock
// Waits for `sem` with the GIL released; timeout_ns < 0 waits for ever.
// Returns false on timeout; a Ctrl-C in the main thread raises.
bool semaphore_acquire(sem_t* sem, int64_t timeout_ns);
double thread_timeout_max();
// A thread is ending: drop its entries from every _thread._local (GIL held).
void thread_locals_forget(ThreadState* ts);

}  // namespace gilpy
