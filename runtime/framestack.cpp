// framestack.cpp — chunk management for the frame stack (see framestack.hpp).
#include "runtime/framestack.hpp"

#include <mimalloc.h>

#include <new>

namespace gilpy {

struct alignas(16) FrameChunk {
  FrameChunk* prev;   // the chunk below, resumed when this one empties
  char* prev_top;     // its top when this chunk was started
  size_t size;        // bytes of space after this header
  char* space() { return reinterpret_cast<char*>(this + 1); }
};

static constexpr size_t kChunkBytes = 256 * 1024;

void* FrameStack::push_slow(size_t bytes) {
  FrameChunk* c = nullptr;
  if (spare && spare->size >= bytes) {
    c = spare;
    spare = nullptr;
  } else {
    size_t size = bytes > kChunkBytes ? bytes : kChunkBytes;
    c = static_cast<FrameChunk*>(mi_malloc_aligned(sizeof(FrameChunk) + size, 16));
    if (!c) throw std::bad_alloc();
    c->size = size;
  }
  c->prev = chunk;
  c->prev_top = top;
  chunk = c;
  base = c->space();
  top = c->space() + bytes;
  end = c->space() + c->size;
  return c->space();
}

// The first frame of the current chunk is popped: resume the chunk below.
void FrameStack::pop_slow() {
  FrameChunk* c = chunk;
  chunk = c->prev;
  top = c->prev_top;
  base = chunk ? chunk->space() : nullptr;
  end = chunk ? chunk->space() + chunk->size : nullptr;
  if (spare) mi_free(spare);
  spare = c;
}

FrameStack::~FrameStack() {
  while (chunk) {
    FrameChunk* c = chunk;
    chunk = c->prev;
    mi_free(c);
  }
  if (spare) mi_free(spare);
}

}  // namespace gilpy
