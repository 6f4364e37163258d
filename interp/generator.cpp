// generator.cpp — generators on Boost.Context fibers.
//
// A generator's frame runs on its own small stack (a fiber). `next()` /
// `send()` switch to that stack; `yield` switches back, from whatever depth
// of C++ the eval loop has reached. So the compiler needs no special code
// for generators, and `yield from` is an ordinary loop in C++.
//
// The traps (measured, see FACTS.md): creating a guarded stack costs an
// mmap + mprotect (~17 µs) and two kernel memory mappings, and the kernel
// allows ~65k mappings — past that Boost's allocator aborts. So:
//   * stacks come from a pool and are reused (a create/finish costs ~0.1 µs);
//   * a generator gets a stack only when it first runs, and gives it back
//     when it finishes;
//   * the number of live stacks is capped; past the cap, starting another
//     generator raises MemoryError instead of aborting the process;
//   * each stack has a guard page, and the eval loop's C-stack check keeps
//     deep recursion inside a generator from ever reaching it
//     (RecursionError instead).
#include <sys/mman.h>
#include <unistd.h>

#include <boost/context/fiber.hpp>
#include <mutex>
#include <vector>

#include "interp/vm.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

#if defined(GILPY_TSAN)
#include <sanitizer/tsan_interface.h>
#endif
#if defined(GILPY_ASAN)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

namespace ctx = boost::context;

namespace gilpy {

Type GeneratorType;

// ------------------------------------------------------------- stack pool
// Two tiers. The first 16,000 live stacks are separate mappings with a guard
// page (two kernel mappings each). Beyond that, stacks are carved from
// 16 MiB slabs without guard pages (the eval loop's C-stack check still
// stops recursion 64 KiB above the end), so a program can hold hundreds of
// thousands of suspended generators without exhausting vm.max_map_count.
static constexpr size_t kStackSize = 512 * 1024;
static constexpr size_t kSlabStackSize = 256 * 1024;
static constexpr size_t kStacksPerSlab = 64;
static constexpr size_t kMaxGuarded = 16000;
static constexpr size_t kMaxLiveStacks = 1000000;
static constexpr size_t kMaxPooled = 64;

struct StackPool {
  std::mutex mu;
  std::vector<void*> free;        // guarded stacks: base (lowest address, the guard page)
  std::vector<void*> slab_free;   // slab stacks: base
  size_t live = 0, live_guarded = 0;
};
static StackPool g_pool;

static size_t page_size() {
  static size_t p = size_t(sysconf(_SC_PAGESIZE));
  return p;
}

struct PooledStack {
  char** limit_out = nullptr;   // receives the lowest safe address of the new stack
  const void** bottom_out = nullptr;
  size_t* size_out = nullptr;
  ctx::stack_context allocate() {
    void* base = nullptr;
    size_t size = kStackSize;
    {
      std::lock_guard<std::mutex> lock(g_pool.mu);
      if (g_pool.live >= kMaxLiveStacks) throw std::bad_alloc();
      if (!g_pool.free.empty()) {
        base = g_pool.free.back();
        g_pool.free.pop_back();
        g_pool.live_guarded++;
      } else if (g_pool.live_guarded >= kMaxGuarded) {
        if (g_pool.slab_free.empty()) {
          void* slab = mmap(nullptr, kSlabStackSize * kStacksPerSlab, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
          if (slab == MAP_FAILED) throw std::bad_alloc();
          for (size_t i = 0; i < kStacksPerSlab; i++) g_pool.slab_free.push_back(static_cast<char*>(slab) + i * kSlabStackSize);
        }
        base = g_pool.slab_free.back();
        g_pool.slab_free.pop_back();
        size = kSlabStackSize;
      } else {
        g_pool.live_guarded++;
      }
      g_pool.live++;
    }
    if (!base) {
      base = mmap(nullptr, kStackSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
      if (base == MAP_FAILED) {
        std::lock_guard<std::mutex> lock(g_pool.mu);
        g_pool.live--;
        throw std::bad_alloc();
      }
      mprotect(base, page_size(), PROT_NONE);   // guard page at the low end
    }
    // Keep 64 KiB above the guard page for C++ code that runs past the check.
    if (limit_out) *limit_out = static_cast<char*>(base) + 64 * 1024;
    if (bottom_out) *bottom_out = base;
    if (size_out) *size_out = size;
    ctx::stack_context sc;
    sc.size = size;
    sc.sp = static_cast<char*>(base) + size;
    return sc;
  }
  void deallocate(ctx::stack_context& sc) {
    void* base = static_cast<char*>(sc.sp) - sc.size;
#if defined(GILPY_ASAN)
    // Frames that ran on this stack left poisoned shadow memory behind;
    // clear it, since the memory will be reused (as a stack or otherwise).
    __asan_unpoison_memory_region(static_cast<char*>(base) + (sc.size == kStackSize ? page_size() : 0),
                                  sc.size - (sc.size == kStackSize ? page_size() : 0));
#endif
    std::lock_guard<std::mutex> lock(g_pool.mu);
    g_pool.live--;
    if (sc.size == kSlabStackSize) {
      g_pool.slab_free.push_back(base);   // slabs are kept for reuse
      return;
    }
    g_pool.live_guarded--;
    if (g_pool.free.size() < kMaxPooled) g_pool.free.push_back(base);
    else munmap(base, kStackSize);
  }
};

// AddressSanitizer must be told when execution moves to another stack, or it
// reports false errors (FACTS.md). Each switch is bracketed by start/finish.
#if defined(GILPY_ASAN)
static void asan_start(void** fake, const void* bottom, size_t size) { __sanitizer_start_switch_fiber(fake, bottom, size); }
static void asan_finish(void* fake, const void** bottom, size_t* size) { __sanitizer_finish_switch_fiber(fake, bottom, size); }
#else
static void asan_start(void**, const void*, size_t) {}
static void asan_finish(void*, const void**, size_t*) {}
#endif

// ThreadSanitizer tracks happens-before per stack; it must likewise be told
// which fiber runs (FACTS.md), or it mixes up the histories of generators
// and threads and reports nonsense races.
#if defined(GILPY_TSAN)
static void* tsan_create() { return __tsan_create_fiber(0); }
static void* tsan_current() { return __tsan_get_current_fiber(); }
static void tsan_switch(void* fiber) { __tsan_switch_to_fiber(fiber, 0); }
static void tsan_destroy(void* fiber) { __tsan_destroy_fiber(fiber); }
#else
static void* tsan_create() { return nullptr; }
static void* tsan_current() { return nullptr; }
static void tsan_switch(void*) {}
static void tsan_destroy(void*) {}
#endif

// -------------------------------------------------------------- generator
enum class GenState : uint8_t { Created, Suspended, Running, Done };

struct Generator : Object {
  Function* func;           // owned
  Value* slots;             // frame storage (owned values)
  Frame frame;
  GenState state;
  ctx::fiber* fib;          // the generator's continuation while suspended
  ctx::fiber* caller;       // the resumer's continuation while running
  Value transfer;           // value passed across a switch (owned)
  Object* thrown;           // exception to raise at the yield point (owned)
  Object* error;            // exception the body ended with (owned)
  Object* handled;          // its sys.exc_info() while suspended in an except block (owned)
  bool returned;            // the body returned (transfer holds the value)
  char* stack_limit;
  Value name, qualname;     // owned strs
  const void* stack_bottom; // the fiber's stack (for sanitizer annotations)
  size_t stack_size;
  const void* caller_bottom;
  size_t caller_size;
  void* fake_stack;
  void* tsan_fiber;         // ThreadSanitizer's handles (null in other builds)
  void* tsan_caller;
};

static Generator* G(Value v) { return static_cast<Generator*>(v.as_obj()); }

Ref generator_new(Function* f, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* co = f->code;
  Generator* g = alloc_object<Generator>(&GeneratorType);
  Ref owner = Ref::steal(g);
  g->slots = static_cast<Value*>(alloc_raw(sizeof(Value) * size_t(co->nslots())));
  bind_arguments(f, g->slots, args, nargs, kwnames);
  incref(f);
  g->func = f;
  g->frame = Frame{co, f, f->globals, f->builtins, nullptr, g->slots, nullptr, nullptr, g};
  g->state = GenState::Created;
  g->transfer = Value::null();
  g->name = f->name;
  incref(g->name);
  g->qualname = f->qualname;
  incref(g->qualname);
  return owner;
}

// The body of the fiber: runs the frame, records how it ended, switches back.
static ctx::fiber fiber_main(Generator* g, ctx::fiber&& caller) {
  asan_finish(nullptr, &g->caller_bottom, &g->caller_size);
  g->caller = &caller;
  ThreadState* ts = current_thread_state();
  ts->stack_limit = g->stack_limit;
  try {
    Ref r = eval_frame(&g->frame);
    g->transfer = r.release();
    g->returned = true;
  } catch (PyError& e) {
    g->error = e.take();
  } catch (std::bad_alloc&) {
    g->error = make_exception(MemoryError_, "").release().as_obj();
  }
  g->state = GenState::Done;
  asan_start(nullptr, g->caller_bottom, g->caller_size);   // this stack is finished
  tsan_switch(g->tsan_caller);
  return std::move(caller);
}

// The result of resuming: a yielded value, a return value, or an exception.
struct Resumed {
  Ref value;
  bool done;
};

static Resumed resume(Generator* g, Value send, Object* throw_exc) {
  if (g->state == GenState::Running) {
    if (throw_exc) decref(throw_exc);
    value_error("generator already executing");
  }
  if (g->state == GenState::Done) {
    if (throw_exc) throw PyError(throw_exc);
    return {Ref(), true};
  }
  ThreadState* ts = current_thread_state();
  check_c_stack(ts);
  if (ts->depth + 1 > ts->interp->recursion_limit) {
    if (throw_exc) decref(throw_exc);
    raise(RecursionError_, "maximum recursion depth exceeded");
  }
  if (g->state == GenState::Created && throw_exc) {
    // Throwing into a generator that never ran: it finishes at once.
    g->state = GenState::Done;
    throw PyError(throw_exc);
  }
  // Save what the generator's run will change in the thread state.
  Frame* saved_frame = ts->frame;
  char* saved_limit = ts->stack_limit;
  Object* saved_handled = ts->handled_exc;
  int saved_depth = ts->depth;
  ts->depth++;
  g->frame.back = saved_frame;
  if (g->handled) {   // resume inside the generator's own except block
    ts->handled_exc = g->handled;
    g->handled = nullptr;
  }
  incref(send);
  g->transfer = send;
  g->thrown = throw_exc;
  bool first = g->state == GenState::Created;
  g->state = GenState::Running;
  try {
    if (first) {
      PooledStack alloc;
      alloc.limit_out = &g->stack_limit;
      alloc.bottom_out = &g->stack_bottom;
      alloc.size_out = &g->stack_size;
      ctx::fiber f(std::allocator_arg, alloc, [g](ctx::fiber&& caller) { return fiber_main(g, std::move(caller)); });
      g->fib = new ctx::fiber(std::move(f));
    }
    if (first) g->tsan_fiber = tsan_create();
    g->tsan_caller = tsan_current();
    tsan_switch(g->tsan_fiber);
    void* fake = nullptr;
    asan_start(&fake, g->stack_bottom, g->stack_size);
    ctx::fiber next = std::move(*g->fib).resume();
    asan_finish(fake, nullptr, nullptr);
    *g->fib = std::move(next);
  } catch (std::bad_alloc&) {
    ts->frame = saved_frame;
    ts->stack_limit = saved_limit;
    ts->depth = saved_depth;
    g->state = GenState::Done;
    memory_error();
  }
  ts->frame = saved_frame;
  ts->stack_limit = saved_limit;
  if (ts->handled_exc != saved_handled) {
    // Suspended inside an except block: keep that state for the next resume.
    if (g->state != GenState::Done) g->handled = ts->handled_exc;
    else if (ts->handled_exc) decref(ts->handled_exc);
    ts->handled_exc = saved_handled;
  }
  ts->depth = saved_depth;
  if (g->state == GenState::Done) {
    delete g->fib;   // finished: its stack goes back to the pool
    g->fib = nullptr;
    if (g->tsan_fiber) tsan_destroy(g->tsan_fiber);
    g->tsan_fiber = nullptr;
    if (g->error) {
      Object* e = g->error;
      g->error = nullptr;
      if (is_subtype(e->type, StopIteration_)) {
        Ref err = Ref::steal(e);
        Ref rt = make_exception(RuntimeError_, "generator raised StopIteration");
        auto* eo = static_cast<ExceptionObject*>(rt.obj());
        eo->cause = err.release().as_obj();
        incref(eo->cause);
        eo->context = eo->cause;
        eo->suppress_context = true;
        throw PyError(rt.release().as_obj());
      }
      throw PyError(e);
    }
    Value v = g->transfer;
    g->transfer = Value::null();
    return {Ref::steal(v), true};
  }
  g->state = GenState::Suspended;
  Value v = g->transfer;
  g->transfer = Value::null();
  return {Ref::steal(v), false};
}

// Called by YIELD_VALUE on the generator's own stack.
Value generator_yield(Generator* g, Value v) {
  ThreadState* ts = current_thread_state();
  Frame* self_frame = ts->frame;
  g->transfer = v;
  ctx::fiber& caller = *g->caller;
  asan_start(&g->fake_stack, g->caller_bottom, g->caller_size);
  tsan_switch(g->tsan_caller);
  caller = std::move(caller).resume();
  asan_finish(g->fake_stack, &g->caller_bottom, &g->caller_size);
  // Resumed: we are running again, perhaps for a different caller, perhaps
  // on a different OS thread (a generator may be handed between threads).
  g->caller = &caller;
  ts = current_thread_state();
  ts->frame = self_frame;
  if (g->stack_limit) ts->stack_limit = g->stack_limit;
  if (g->thrown) {
    Object* e = g->thrown;
    g->thrown = nullptr;
    decref(g->transfer);
    g->transfer = Value::null();
    throw PyError(e);
  }
  Value sent = g->transfer;
  g->transfer = Value::null();
  return sent;
}

// ------------------------------------------------------------ Python API
static Ref stop_iteration(Ref value) {
  Value v = value ? value.get() : Value::none();
  raise_args(StopIteration_, &v, value && !value.get().is_none() ? 1 : 0);
}

static Value gen_next(Value self) {
  Resumed r = resume(G(self), Value::none(), nullptr);
  if (r.done) return Value::null();
  return r.value.release();
}

static Ref gen_iter(Value self) { return Ref::borrow(self); }

static Ref m_send(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("send", nargs, kw, 1, 1);
  Generator* g = G(self);
  if (g->state == GenState::Created && !args[0].is_none())
    type_error("can't send non-None value to a just-started generator");
  Resumed r = resume(g, args[0], nullptr);
  if (r.done) stop_iteration(std::move(r.value));
  return std::move(r.value);
}

static Object* exception_from_throw_args(const Value* args, size_t nargs) {
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::none();
  if (isinstance_of(typ, &TypeType) && is_subtype(static_cast<Type*>(typ.as_obj()), BaseException_)) {
    if (isinstance_of(val, static_cast<Type*>(typ.as_obj()))) {
      incref(val);
      return val.as_obj();
    }
    Ref e = val.is_none() ? call(typ, nullptr, 0) : call(typ, {val});
    return e.release().as_obj();
  }
  if (isinstance_of(typ, BaseException_)) {
    if (!val.is_none()) type_error("instance exception may not have a separate value");
    incref(typ);
    return typ.as_obj();
  }
  type_error("exceptions must be classes or instances deriving from BaseException, not " + type_name(typ));
}

static Ref m_throw(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("throw", nargs, kw, 1, 3);
  Object* e = exception_from_throw_args(args, nargs);
  Resumed r = resume(G(self), Value::none(), e);
  if (r.done) stop_iteration(std::move(r.value));
  return std::move(r.value);
}

static void gen_close(Generator* g) {
  if (g->state == GenState::Created) {
    g->state = GenState::Done;
    return;
  }
  if (g->state == GenState::Done) return;
  Object* exit = make_exception(GeneratorExit_, "").release().as_obj();
  // GeneratorExit() with no args
  static_cast<ExceptionObject*>(exit)->args = (decref(static_cast<ExceptionObject*>(exit)->args), empty_tuple());
  incref(empty_tuple());
  try {
    Resumed r = resume(g, Value::none(), exit);
    if (!r.done) runtime_error("generator ignored GeneratorExit");
  } catch (PyError& e) {
    if (e.matches(GeneratorExit_) || e.matches(StopIteration_)) return;
    throw;
  }
}

static Ref m_close(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("close", nargs, kw, 0, 0);
  gen_close(G(self));
  return Ref::none();
}

Ref generator_yield_from(Generator* g, Value iter) {
  Value sent = Value::none();
  Ref sent_owned;
  for (;;) {
    Ref item;
    bool done = false;
    Ref result;
    if (type_of(iter) == &GeneratorType) {
      Resumed r = resume(G(iter), sent, nullptr);
      done = r.done;
      (done ? result : item) = std::move(r.value);
    } else if (sent.is_none()) {
      Value v = iter_next(iter);
      if (v.is_null()) {
        done = true;
      } else {
        item = Ref::steal(v);
      }
    } else {
      try {
        item = call_method(iter, "send", {sent});
      } catch (PyError& e) {
        if (!e.matches(StopIteration_)) throw;
        done = true;
        result = getattr_opt(Value::object(e.exc()), intern("value"));
      }
    }
    if (done) return result ? std::move(result) : Ref::none();
    try {
      sent_owned = Ref::steal(generator_yield(g, item.release()));
      sent = sent_owned.get();
    } catch (PyError& e) {
      // Thrown into us: pass it down to the sub-iterator.
      if (e.matches(GeneratorExit_)) {
        if (type_of(iter) == &GeneratorType) gen_close(G(iter));
        else if (Ref c = getattr_opt(iter, intern("close"))) call(c.get(), nullptr, 0);
        throw;
      }
      Value exc = Value::object(e.exc());
      Ref r;
      if (type_of(iter) == &GeneratorType) {
        incref(exc);
        Resumed rr = resume(G(iter), Value::none(), exc.as_obj());
        if (rr.done) return rr.value ? std::move(rr.value) : Ref::none();
        r = std::move(rr.value);
      } else {
        Ref t = getattr_opt(iter, intern("throw"));
        if (!t) throw;
        try {
          r = call(t.get(), {exc});
        } catch (PyError& e2) {
          if (!e2.matches(StopIteration_)) throw;
          Ref v = getattr_opt(Value::object(e2.exc()), intern("value"));
          return v ? std::move(v) : Ref::none();
        }
      }
      // The sub-iterator yielded again: hand that value up and continue.
      sent_owned = Ref::steal(generator_yield(g, r.release()));
      sent = sent_owned.get();
    }
  }
}

static void gen_dealloc(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (g->state == GenState::Suspended) {
    // Run pending finally blocks, as CPython does when a generator dies.
    incref(o);   // keep alive during close
    o->rc = 1;
    try {
      gen_close(g);
    } catch (PyError&) {
    }
    o->rc = 0;
  }
  if (g->fib) {
    // Still suspended (it ignored GeneratorExit): unwinding the fiber runs the
    // destructors on its stack. Its frame's values are released below.
    ThreadState* ts = current_thread_state();
    Frame* saved = ts->frame;
    char* limit = ts->stack_limit;
    int depth = ts->depth;
    void* tsan_self = tsan_current();
    g->tsan_caller = tsan_self;
    tsan_switch(g->tsan_fiber);   // the unwinding runs on the generator's stack
    delete g->fib;
    tsan_switch(tsan_self);
    tsan_destroy(g->tsan_fiber);
    g->tsan_fiber = nullptr;
    ts->frame = saved;
    ts->stack_limit = limit;
    ts->depth = depth;
    g->fib = nullptr;
  }
  if (g->state == GenState::Created || g->state == GenState::Suspended) {
    Code* co = g->func->code;
    for (int i = 0; i < co->nlocals + co->ncells + co->nfrees; i++) xdecref(g->slots[i]);
  }
  free_raw(g->slots);
  xdecref(g->transfer);
  if (g->thrown) decref(g->thrown);
  if (g->error) decref(g->error);
  if (g->handled) decref(g->handled);
  decref(g->func);
  xdecref(g->name);
  xdecref(g->qualname);
}

static Ref gen_repr(Value self) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self.as_obj()));
  return str_new("<generator object " + std::string(str_view(G(self)->qualname)) + " at " + buf + ">");
}

static Ref get_gen_name(Value self) { return Ref::borrow(G(self)->name); }
static Ref get_gen_qualname(Value self) { return Ref::borrow(G(self)->qualname); }
static Ref get_gi_running(Value self) { return Ref::boolean(G(self)->state == GenState::Running); }
static Ref get_gi_frame(Value self) {
  return G(self)->state == GenState::Done ? Ref::none() : Ref::boolean(true);
}

static const MethodDef gen_methods[] = {
    {"send", m_send}, {"throw", m_throw}, {"close", m_close}, {nullptr, nullptr}};
static const GetSetDef gen_getsets[] = {{"__name__", get_gen_name},
                                        {"__qualname__", get_gen_qualname},
                                        {"gi_running", get_gi_running},
                                        {"gi_frame", get_gi_frame},
                                        {nullptr, nullptr}};

void init_generator_type() {
  GeneratorType.name = "generator";
  GeneratorType.basic_size = sizeof(Generator);
  GeneratorType.iter = gen_iter;
  GeneratorType.next = gen_next;
  GeneratorType.dealloc = gen_dealloc;
  GeneratorType.repr = gen_repr;
  type_ready(&GeneratorType, gen_methods, gen_getsets);
}

}  // namespace gilpy
