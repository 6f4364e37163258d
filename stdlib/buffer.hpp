// buffer.hpp — typed contiguous buffers that native kernels may use without
// the GIL.
//
// A type that owns a contiguous typed buffer (array.array, multiprocessing's
// RawArray) registers a provider. A kernel wrapper then, with the GIL held:
//   TypedBuffer b;
//   if (!buffer_acquire(v, &b)) type_error(...);   // marks v exported
//   ... release the GIL, use b.data ..., re-acquire the GIL
//   buffer_release(v);                              // (BufferGuard does this)
// While exported, the provider must refuse to move or free the memory
// (array.array raises BufferError on any resize). The caller keeps v alive.
#pragma once
#include <cstdint>

#include "runtime/object.hpp"

namespace gilpy {

struct TypedBuffer {
  char typecode;   // an array typecode: 'b' 'B' 'u' 'h' 'H' 'i' 'I' 'l' 'L' 'q' 'Q' 'f' 'd'
  void* data;      // `length` items of `itemsize` bytes, native byte order
  int64_t length;
  int itemsize;
};

// Registers the buffer provider for instances of t (and its subclasses).
// get fills a TypedBuffer; export_ / release count the exports. Registering
// the same type again replaces its entry. Call once per process per type.
void register_buffer_provider(Type* t, bool (*get)(Value, TypedBuffer*), void (*export_)(Value),
                              void (*release)(Value));

// True when v's type has a provider (no export is made).
bool has_buffer(Value v);
// Fills *out and marks v's buffer exported; false (nothing marked) when v
// provides no buffer. Each successful acquire must be paired with a release.
bool buffer_acquire(Value v, TypedBuffer* out);
void buffer_release(Value v);

// Holds an acquired buffer and a reference to its owner; releases both.
class BufferGuard {
 public:
  BufferGuard() = default;
  BufferGuard(const BufferGuard&) = delete;
  BufferGuard& operator=(const BufferGuard&) = delete;
  ~BufferGuard() { reset(); }
  // Acquires v's buffer (false if v has none).
  bool acquire(Value v, TypedBuffer* out);
  void reset();

 private:
  Ref owner_;
};

}  // namespace gilpy
