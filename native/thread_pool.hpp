// thread_pool.hpp — a process-wide pool of worker threads for native kernels.
//
// pool_run(helpers, fn, ctx) runs fn(ctx) on the calling thread and on up to
// `helpers` pool workers at once, and returns when every copy has returned.
// Helpers are a bonus, not a promise: one may join late (or never, if all
// workers are busy with other callers' jobs), so fn must share its work
// dynamically (e.g. an atomic counter of blocks), never assume a fixed
// number of participants. Several threads may call pool_run at the same time.
//
// The workers never touch Python objects. They are created on first use,
// grow to the largest number of helpers ever asked for, and live until the
// process exits. After fork() the child starts with an empty pool.
#pragma once

namespace gilpy::native {

void pool_run(int helpers, void (*fn)(void* ctx), void* ctx);

// Number of online CPUs (at least 1).
int cpu_count();

}  // namespace gilpy::native
