// buffer.cpp — the registry of buffer providers (see buffer.hpp).
//
// A handful of types ever register, at start-up or first import, so the
// registry is a small fixed table scanned in order. Registration takes a
// mutex (interpreters in other threads may import at the same time); lookups
// read entries published with a release store of the count.
#include "stdlib/buffer.hpp"

#include <atomic>
#include <mutex>

#include "runtime/errors.hpp"

namespace gilpy {

namespace {

struct Provider {
  Type* type;
  bool (*get)(Value, TypedBuffer*);
  void (*export_)(Value);
  void (*release)(Value);
};

constexpr int kMaxProviders = 16;
Provider g_providers[kMaxProviders];
std::atomic<int> g_count{0};
std::mutex g_register_mutex;

const Provider* find_provider(Value v) {
  if (!v.is_obj()) return nullptr;
  int n = g_count.load(std::memory_order_acquire);
  Type* t = v.as_obj()->type;
  for (int i = 0; i < n; i++)
    if (g_providers[i].type == t) return &g_providers[i];
  for (int i = 0; i < n; i++)
    if (is_subtype(t, g_providers[i].type)) return &g_providers[i];
  return nullptr;
}

}  // namespace

void register_buffer_provider(Type* t, bool (*get)(Value, TypedBuffer*), void (*export_)(Value),
                              void (*release)(Value)) {
  std::lock_guard<std::mutex> lk(g_register_mutex);
  int n = g_count.load(std::memory_order_relaxed);
  for (int i = 0; i < n; i++)
    if (g_providers[i].type == t) {
      g_providers[i] = {t, get, export_, release};
      return;
    }
  if (n == kMaxProviders) runtime_error("too many buffer providers registered");
  g_providers[n] = {t, get, export_, release};
  g_count.store(n + 1, std::memory_order_release);
}

bool has_buffer(Value v) { return find_provider(v) != nullptr; }

bool buffer_acquire(Value v, TypedBuffer* out) {
  const Provider* p = find_provider(v);
  if (!p || !p->get(v, out)) return false;
  p->export_(v);
  return true;
}

void buffer_release(Value v) {
  if (const Provider* p = find_provider(v)) p->release(v);
}

bool BufferGuard::acquire(Value v, TypedBuffer* out) {
  reset();
  if (!buffer_acquire(v, out)) return false;
  owner_ = Ref::borrow(v);
  return true;
}

void BufferGuard::reset() {
  if (owner_) {
    buffer_release(owner_.get());
    owner_ = Ref();
  }
}

}  // namespace gilpy
