// thread_pool.cpp — see thread_pool.hpp.
//
// A job sits in the queue while it still wants helpers. A worker takes it,
// counts itself in `active`, runs fn, and counts itself out. The caller runs
// fn too; when its copy returns all work has been claimed, so it withdraws
// the job from the queue (late workers can no longer join) and waits only
// for the helpers already inside.
#include "native/thread_pool.hpp"

#include <pthread.h>
#include <unistd.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace gilpy::native {

namespace {

struct Job {
  void (*fn)(void*);
  void* ctx;
  int wanted;      // helpers still welcome
  int active = 0;  // helpers inside fn
};

struct Pool {
  std::mutex m;
  std::condition_variable work;   // a job was queued
  std::condition_variable done;   // a helper left a job
  std::deque<Job*> queue;
  int workers = 0;

  void worker_loop() {
    std::unique_lock<std::mutex> lk(m);
    for (;;) {
      work.wait(lk, [&] { return !queue.empty(); });
      Job* j = queue.front();
      j->active++;
      if (--j->wanted == 0) queue.pop_front();
      lk.unlock();
      j->fn(j->ctx);
      lk.lock();
      if (--j->active == 0) done.notify_all();
    }
  }

  // Workers are detached and the pool is never destroyed: threads blocked on
  // its condition variable at exit must find it intact.
  void grow(int n) {
    while (workers < n) {
      std::thread([this] { worker_loop(); }).detach();
      workers++;
    }
  }
};

Pool* g_pool = nullptr;
std::once_flag g_pool_once;

// In a forked child the workers do not exist: start over with a fresh pool
// (the old one is leaked; its mutex may have been held at the fork).
void after_fork_child() { g_pool = new Pool; }

Pool* pool() {
  std::call_once(g_pool_once, [] {
    g_pool = new Pool;
    pthread_atfork(nullptr, nullptr, after_fork_child);
  });
  return g_pool;
}

}  // namespace

int cpu_count() {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : int(n);
}

void pool_run(int helpers, void (*fn)(void*), void* ctx) {
  if (helpers <= 0) {
    fn(ctx);
    return;
  }
  Pool* p = pool();
  Job job{fn, ctx, helpers};
  {
    std::lock_guard<std::mutex> lk(p->m);
    p->grow(helpers);
    p->queue.push_back(&job);
  }
  p->work.notify_all();
  fn(ctx);
  std::unique_lock<std::mutex> lk(p->m);
  if (job.wanted > 0)
    for (auto it = p->queue.begin(); it != p->queue.end(); ++it)
      if (*it == &job) {
        p->queue.erase(it);
        break;
      }
  p->done.wait(lk, [&] { return job.active == 0; });
}

}  // namespace gilpy::native
