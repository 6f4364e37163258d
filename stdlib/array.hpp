// array.hpp — a C++ view of array.array objects, for native kernels.
//
// A kernel that runs without the GIL takes a view of an array's buffer while
// holding the lock, calls array_export() so that nothing can resize (and so
// move) the buffer meanwhile, runs, then calls array_release() with the lock
// held again. While an array is exported, resizing operations raise
// BufferError("cannot resize an array that is exporting buffers").
#pragma once
#include <cstdint>

#include "runtime/object.hpp"

namespace gilpy {

struct ArrayView {
  char typecode;       // 'b' 'B' 'u' 'h' 'H' 'i' 'I' 'l' 'L' 'q' 'Q' 'f' 'd'
  void* data;          // `length` items of `itemsize` bytes, native byte order
  int64_t length;
  int itemsize;
};

extern Type ArrayType;   // array.array

// Fills *out and returns true if v is an array.array (or subclass instance).
bool array_get_view(Value v, ArrayView* out);
// Marks the array's buffer as borrowed / no longer borrowed (calls must pair).
void array_export(Value v);
void array_release(Value v);

// --- for the native module (issue 5)
// A new array.array of n items of typecode tc; the items are uninitialised
// (the caller fills them before Python code can see the array).
Ref array_new_uninit(char tc, int64_t n);

}  // namespace gilpy
