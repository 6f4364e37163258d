// framestack.hpp — where Python frames called from the eval loop live.
//
// When Python code calls a Python function, the eval loop does not recurse
// in C++: it carves the callee's Frame and its slots (locals, cells, value
// stack) out of this per-thread stack and goes on dispatching in the same
// C++ activation. Frames are freed strictly last-in first-out, so memory is
// a bump pointer inside chunks; a chunk is added when one is full and kept
// (one spare) when emptied, so recursion that straddles a chunk boundary
// does not allocate on every call.
#pragma once
#include <cstddef>

namespace gilpy {

struct FrameChunk;

struct FrameStack {
  char* top = nullptr;         // next free byte in `chunk`
  char* end = nullptr;         // end of `chunk`'s space
  FrameChunk* chunk = nullptr;
  char* base = nullptr;        // first byte of `chunk`'s space
  FrameChunk* spare = nullptr;
  FrameStack() = default;
  FrameStack(const FrameStack&) = delete;
  FrameStack& operator=(const FrameStack&) = delete;
  ~FrameStack();

  // Bytes are rounded up by the caller to a multiple of 16.
  void* push(size_t bytes) {
    if (size_t(end - top) < bytes) return push_slow(bytes);
    void* p = top;
    top += bytes;
    return p;
  }
  // p must be the most recent push still live.
  void pop(void* p) {
    if (p == base) return pop_slow();
    top = static_cast<char*>(p);
  }

 private:
  void* push_slow(size_t bytes);
  void pop_slow();
};

}  // namespace gilpy
