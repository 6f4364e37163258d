// blocking.hpp — marks a stretch of C++ code that may block in the kernel.
//
// Every blocking system call (read, write, open, sleep, waiting for a child)
// runs inside a BlockingSection. Once the GIL exists (issue 3) the hooks
// release it on entry and take it back on exit, so other threads run Python
// code meanwhile. Until then the hooks are null and the section costs one
// predictable branch each way.
//
// Rule: inside a section, touch no Python object (no refcounts, no
// allocation through the runtime, no exceptions): another thread may be
// running the interpreter. Copy what the call needs into C++ locals first.
#pragma once

namespace gilpy {

// Why the lock is let go: a blocking call, or native code that runs without
// it (the GIL observatory draws them differently).
enum class BlockKind : unsigned char { Io = 0, Native = 1 };

// Installed by the GIL implementation; null while there is no GIL.
inline void (*g_release_gil)(BlockKind) = nullptr;
inline void (*g_acquire_gil)() = nullptr;

struct BlockingSection {
  explicit BlockingSection(BlockKind kind = BlockKind::Io) {
    if (g_release_gil) g_release_gil(kind);
  }
  ~BlockingSection() {
    if (g_acquire_gil) g_acquire_gil();
  }
  BlockingSection(const BlockingSection&) = delete;
  BlockingSection& operator=(const BlockingSection&) = delete;
};

}  // namespace gilpy
