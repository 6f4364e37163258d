// state.hpp — the interpreter and its per-thread states.
//
// Design decision 7: no mutable process-global state. Everything a running
// program changes hangs off an Interpreter: its modules, builtins, recursion
// limit, and (issue 3) its GIL. Each OS thread that runs Python code has a
// ThreadState; `current_thread_state()` finds it through one thread_local
// pointer, which a thread sets when it enters an interpreter.
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "framestack.hpp"
#include "object.hpp"

namespace gilpy {

struct Interpreter;
struct Frame;
struct Code;
struct Gil;

struct ThreadState {
  Interpreter* interp = nullptr;
  Frame* frame = nullptr;            // innermost running Python frame
  int depth = 0;                     // Python call depth (RecursionError at the limit)
  int atomic_depth = 0;              // inside _thread._atomic functions: the GIL is not handed over
  char* stack_limit = nullptr;       // lowest safe C stack address for this thread/fiber
  Object* handled_exc = nullptr;     // the exception being handled (sys.exc_info), borrowed
  int64_t ident = 0;                 // threading.get_ident() (the pthread id)
  int64_t native_id = 0;             // threading.get_native_id() (the kernel's thread id)
  uint64_t serial = 0;               // unique for the process's lifetime (thread-local storage keys)
  bool raise_adds_entry = false;     // `raise exc` in a frame already in exc's traceback adds it again
  ThreadState* next = nullptr;       // the interpreter's list of thread states (guarded by the GIL)
  Object* sentinel = nullptr;        // _thread._set_sentinel(): a lock released when this state dies (owned)
  struct GilThreadLog* gil_log = nullptr;   // the GIL observatory's record of this thread (runtime/gil_trace.cpp)
  std::string name;                  // threading's name for it (for the observatory)
  FrameStack frames;                 // Python frames called from the eval loop (runtime/framestack.hpp)
};

// Raises RecursionError when the C stack of the running thread or fiber is
// nearly exhausted: deep recursion must never overflow the real stack.
[[noreturn]] void stack_overflow_error();
inline void check_c_stack(ThreadState* ts) {
  char probe;
  if (&probe < ts->stack_limit) stack_overflow_error();
}

struct Interpreter {
  Dict* modules = nullptr;           // sys.modules (owned)
  Dict* builtins = nullptr;          // the builtins module's dict (owned)
  Value sys_module;                  // owned
  Value builtins_module;             // owned
  int recursion_limit = 1000;
  std::vector<std::string> argv;
  std::string executable;
  std::vector<std::string> x_options;   // -X name[=value]
  // Set asynchronously (signal handler, GIL drop request); polled by the eval
  // loop at backward jumps and calls. Nonzero means "look at the flags".
  std::atomic<uint32_t> eval_breaker{0};
  std::atomic<uint64_t> pending_signals{0};   // bit (1 << signum) per signal caught, not yet handled
  Value signal_handlers[65];
  Value fork_hooks[3];               // os.register_at_fork lists: before, after_in_child, after_in_parent (owned)         // Python handlers set by signal.signal (owned; null = none)
  ThreadState main_thread;           // first in the list of thread states
  ThreadState* main_ts = &main_thread;   // the thread that handles signals (after fork: the forking one)
  Gil* gil = nullptr;                // runtime/gil.hpp
  std::atomic<bool> finalizing{false};   // exiting: threads other than `finalizer` stop at the GIL
  ThreadState* finalizer = nullptr;
  int64_t thread_count = 0;          // threads started by _thread still running (_thread._count)
  uint64_t next_thread_serial = 1;
  struct GilRecorder* gil_recorder = nullptr;   // non-null while the GIL observatory records
  int64_t thread_stack_size = 0;     // _thread.stack_size(); 0 = our default
  std::unordered_set<Object*>* resurrected = nullptr;   // objects whose __del__ ran (runtime/object.cpp)
};

// Thread states other than the main thread's (interp/threads.cpp). Both need
// the GIL held by the caller.
ThreadState* thread_state_new(Interpreter* interp);
void thread_state_delete(ThreadState* ts);   // unlinks and frees; releases its sentinel

// Bits of Interpreter::eval_breaker
enum : uint32_t { kBreakSignal = 1u << 0, kBreakGilDrop = 1u << 1, kBreakAsyncExc = 1u << 2 };

// The running thread's state: one thread_local pointer, read inline (it is
// on every call path).
extern __thread ThreadState* t_current_thread_state;   // __thread: no C++ TLS wrapper call
inline ThreadState* current_thread_state() { return t_current_thread_state; }
inline void set_current_thread_state(ThreadState* ts) { t_current_thread_state = ts; }
inline Interpreter* current_interp() { return current_thread_state()->interp; }
inline bool is_main_thread(ThreadState* ts) { return ts == ts->interp->main_ts; }

// Objects that can be sent to a forked worker by reference (functions,
// shared arrays, process-shared locks) carry a serial from this counter; a
// child knows the counter's value at its fork, so it can tell whether an
// object existed in the parent when it was forked (stdlib/mp_shared.cpp).
uint64_t object_serial_next();
uint64_t object_serial_at_fork();   // 0 in a process that was not forked by gilpy

// Lifecycle
Interpreter* interpreter_new(const std::vector<std::string>& argv);
void interpreter_free(Interpreter* interp);

// Importing (interp/import.cpp)
Ref import_module(std::string_view name);               // import a.b.c -> returns a.b.c
Ref import_name(std::string_view name, Value fromlist, int level, Value globals);  // IMPORT_NAME

// Runs pending signal handlers etc. when the eval breaker is set (may throw KeyboardInterrupt).
void handle_eval_breaker(ThreadState* ts);

}  // namespace gilpy
