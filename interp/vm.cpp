// vm.cpp — the eval loop.
//
// One C++ call of `eval_frame` runs one Python frame. Dispatch is computed
// goto over the opcode table generated from opcodes.hpp. The value stack
// and locals of a function frame live in one alloca'd block on the C stack
// (a generator's in a block it owns, on its fiber's stack); hot state — ip,
// sp, locals, consts — sits in C++ locals.
//
// Errors are C++ exceptions (runtime/errors.hpp). Each iteration of the
// outer loop is a try-block around dispatch: when a PyError arrives, the
// frame appends a traceback entry, looks up the instruction in the code
// object's exception table, and either jumps to the handler with the stack
// cut to the recorded depth, or cleans up and rethrows to its caller.
//
// Small-int and float arithmetic and comparisons are done inline on the
// NaN-boxed words (no allocation, no call); everything else goes through
// the generic protocol in runtime/ops.cpp.
#include <alloca.h>

#include <new>

#include <cmath>
#include <cstring>

#include "interp/class_namespace.hpp"
#include "interp/opcodes.hpp"
#include "interp/vm.hpp"
#include "interp/vm_impl.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

extern std::atomic<uint64_t> g_type_epoch;
extern Ref generic_getattr(Value, Str*);
extern void generic_setattr(Value, Str*, Value);

const char* const kOpcodeNames[OP_COUNT] = {
#define GILPY_OP_NAME(name) #name,
    GILPY_OPCODES(GILPY_OP_NAME)
#undef GILPY_OP_NAME
};

int Frame::lineno() const {
  size_t pc = ip ? size_t(ip - code->code.data()) : 0;
  if (pc > 0) pc--;
  return pc < code->lines.size() ? code->lines[pc] : code->firstlineno;
}

void stack_overflow_error() { raise(RecursionError_, "maximum recursion depth exceeded"); }


template <class T>
static inline bool compare_numbers(T x, T y, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return x < y;
    case CmpOp::Le: return x <= y;
    case CmpOp::Eq: return x == y;
    case CmpOp::Ne: return x != y;
    case CmpOp::Gt: return x > y;
    default: return x >= y;
  }
}

// ------------------------------------------------------------ inline calls
// A Python function called from Python code runs in the same activation of
// eval_frame: its Frame and slots are pushed on the thread's FrameStack, the
// loop's registers (code, ip, sp, locals, ...) are switched to it, and
// RETURN_VALUE switches them back. Only the frame eval_frame was entered with
// (`entry`) returns to C++. An exception that a frame does not handle pops
// that frame and is handled in its caller, up to `entry`, from which it is
// rethrown. Generators, atomic functions and calls from C++ keep the
// recursive path (call_function), so C++ callers see no difference.

// Pushes the callee's frame with the arguments bound. On success the frame
// owns the function and the arguments (moved from the caller's stack on the
// fast path, copied and released on the general one); on error nothing was
// consumed and nothing is left pushed.
[[gnu::always_inline]] static inline Frame* push_inline_frame(ThreadState* ts, Function* fn, Value* args, size_t nargs, Tuple* kwnames = nullptr) {
  Code* co = fn->code;
  if (++ts->depth > ts->interp->recursion_limit) {
    --ts->depth;
    raise(RecursionError_, "maximum recursion depth exceeded");
  }
  size_t bytes = (sizeof(Frame) + sizeof(Value) * size_t(co->nslots()) + 15) & ~size_t(15);
  void* mem;
  try {
    mem = ts->frames.push(bytes);
  } catch (...) {
    --ts->depth;
    throw;
  }
  Value* slots = reinterpret_cast<Value*>(static_cast<char*>(mem) + sizeof(Frame));
  Frame* nf = new (mem) Frame{co, fn, fn->globals, fn->builtins, nullptr, slots, nullptr, nullptr, nullptr};
  nf->inlined = true;
  if (!kwnames && nargs == size_t(co->argcount) && co->ncells == 0 && co->nfrees == 0 &&
      !(co->flags & (kCoVarargs | kCoVarkw)) && co->kwonlyargcount == 0) {
    for (size_t i = 0; i < nargs; i++) slots[i] = args[i];
    for (int i = int(nargs); i < co->nlocals; i++) slots[i] = Value::null();
    return nf;
  }
  try {
    bind_arguments(fn, slots, args, nargs, kwnames);
  } catch (...) {
    ts->frames.pop(mem);
    --ts->depth;
    throw;
  }
  size_t nvalues = nargs + (kwnames ? size_t(kwnames->size) : 0);
  for (size_t i = 0; i < nvalues; i++) decref(args[i]);
  return nf;
}

// Pops an inline frame whose slots are already cleared; returns its caller.
[[gnu::always_inline]] static inline Frame* pop_inline_frame(ThreadState* ts, Frame* f) {
  Frame* caller = f->back;
  Function* fn = f->func;
  Object* init_self = f->init_self;
  --ts->depth;
  ts->frames.pop(f);
  decref(fn);
  if (init_self) decref(init_self);
  return caller;
}

// `Cls(args)` for a class that inherits object.__new__ and defines __init__
// in Python: the object is made here and __init__ runs as an inline frame
// whose return value is replaced by the object. Returns null when the class
// needs the general path (type_call).
static Function* python_init_of(Type* ct, Value callable) {
  if (ct->call != TypeType.call) return nullptr;   // a metaclass with its own __call__
  Type* t = static_cast<Type*>(callable.as_obj());
  if (!(t->flags & kTypeHeap) || t->new_ != ObjectType.new_) return nullptr;
  Value newf, initf;
  type_new_init(t, &newf, &initf);
  if (newf.is_obj() && newf.as_obj()->type == &FunctionType) return nullptr;
  if (!initf.is_obj() || initf.as_obj()->type != &FunctionType) return nullptr;
  Function* fn = static_cast<Function*>(initf.as_obj());
  if (fn->code->flags & (kCoGenerator | kCoAtomic)) return nullptr;
  return fn;
}

// ----------------------------------------------------------- the eval loop
Ref eval_frame(Frame* f) {
  ThreadState* ts = current_thread_state();
  Interpreter* interp = ts->interp;
  Frame* const entry = f;
  f->back = ts->frame;
  ts->frame = f;
  // The running frame's state, in registers; reloaded when an inline call
  // or return switches frames.
  Code* co;
  const uint32_t* code;
  Value* locals;
  Value* cells;
  Value* stack_base;
  Value* consts;
  Str* const* names;
  InlineCache* caches;
#define LOAD_FRAME_STATE()                     \
  do {                                         \
    co = f->code;                              \
    code = co->code.data();                    \
    locals = f->slots;                         \
    cells = locals + co->nlocals;              \
    stack_base = cells + co->ncells + co->nfrees; \
    consts = co->consts.data();                \
    names = co->names.data();                  \
    caches = co->caches.data();                \
  } while (0)
// Switches the loop to an inline callee's frame (the caller's ip is already
// saved; its stack top is saved here), or back to the caller of the frame
// just popped.
#define ENTER_INLINE_FRAME(nf) \
  do {                         \
    f->sp = sp;                \
    (nf)->back = f;            \
    ts->frame = (nf);          \
    f = (nf);                  \
    LOAD_FRAME_STATE();        \
    ip = code;                 \
    sp = stack_base;           \
    NEXT();                    \
  } while (0)
#define LEAVE_INLINE_FRAME()         \
  do {                               \
    f = pop_inline_frame(ts, f);     \
    LOAD_FRAME_STATE();              \
    ip = f->ip;                      \
    sp = f->sp;                      \
  } while (0)
  LOAD_FRAME_STATE();
  const uint32_t* ip = f->ip ? f->ip : code;
  Value* sp = stack_base;
  uint32_t ins = 0;

  static void* const targets[OP_COUNT] = {
#define GILPY_OP_LABEL(name) &&L_##name,
      GILPY_OPCODES(GILPY_OP_LABEL)
#undef GILPY_OP_LABEL
  };

#define NEXT()                        \
  do {                                \
    ins = *ip++;                      \
    goto* targets[ins & 0xFF];        \
  } while (0)
#define ARG (ins >> 8)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-ptrdiff_t(n)])
#define CACHE() (caches[ip - code - 1])
#define BREAKER_CHECK()                                                          \
  if (interp->eval_breaker.load(std::memory_order_relaxed)) {                    \
    f->ip = ip;                                                                  \
    handle_eval_breaker(ts);                                                     \
  }

  for (;;) {
    try {
      if (interp->eval_breaker.load(std::memory_order_relaxed)) handle_eval_breaker(ts);
      NEXT();

    L_NOP:
      NEXT();
    L_POP_TOP:
      decref(POP());
      NEXT();
    L_COPY: {
      Value v = PEEK(ARG);
      incref(v);
      PUSH(v);
      NEXT();
    }
    L_SWAP: {
      Value t = TOP();
      TOP() = PEEK(ARG);
      PEEK(ARG) = t;
      NEXT();
    }
    L_PUSH_NULL:
      PUSH(Value::null());
      NEXT();
    L_LOAD_CONST: {
      Value v = consts[ARG];
      incref(v);
      PUSH(v);
      NEXT();
    }
    L_LOAD_FAST: {
      Value v = locals[ARG];
      if (v.is_null()) unbound_local(co, int(ARG));
      incref(v);
      PUSH(v);
      NEXT();
    }
    L_STORE_FAST: {
      Value old = locals[ARG];
      locals[ARG] = POP();
      xdecref(old);
      NEXT();
    }
    L_DELETE_FAST: {
      Value old = locals[ARG];
      if (old.is_null()) unbound_local(co, int(ARG));
      locals[ARG] = Value::null();
      decref(old);
      NEXT();
    }
    L_LOAD_DEREF: {
      Value v = static_cast<Cell*>(cells[ARG].as_obj())->contents;
      if (v.is_null()) unbound_deref(co, int(ARG));
      incref(v);
      PUSH(v);
      NEXT();
    }
    L_STORE_DEREF: {
      Cell* c = static_cast<Cell*>(cells[ARG].as_obj());
      Value old = c->contents;
      c->contents = POP();
      xdecref(old);
      NEXT();
    }
    L_DELETE_DEREF: {
      Cell* c = static_cast<Cell*>(cells[ARG].as_obj());
      if (c->contents.is_null()) unbound_deref(co, int(ARG));
      Value old = c->contents;
      c->contents = Value::null();
      decref(old);
      NEXT();
    }
    L_LOAD_CLOSURE: {
      Value c = cells[ARG];
      incref(c);
      PUSH(c);
      NEXT();
    }
    L_LOAD_CLASSDEREF: {
      Str* name = int(ARG) < co->ncells ? co->cellvars[ARG] : co->freevars[ARG - co->ncells];
      Value v = Value::null();
      if (f->locals && f->locals->type != &DictType) {
        v = class_ns_load(f->locals, name);   // owned
        if (!v.is_null()) {
          PUSH(v);
          NEXT();
        }
      } else if (f->locals) {
        v = dict_get_str(f->locals, name);
      }
      if (v.is_null()) {
        v = static_cast<Cell*>(cells[ARG].as_obj())->contents;
        if (v.is_null()) unbound_deref(co, int(ARG));
      }
      incref(v);
      PUSH(v);
      NEXT();
    }
    L_LOAD_GLOBAL: {
      InlineCache& c = CACHE();
      Dict* g = f->globals;
      Dict* b = f->builtins;
      if (c.key1 == g && c.ver1 == g->version && c.key2 == b && c.ver2 == b->version) {
        Value v = c.value;
        incref(v);
        PUSH(v);
        NEXT();
      }
      Str* name = names[ARG];
      Value v = dict_get_str(g, name);
      if (v.is_null()) v = dict_get_str(b, name);
      if (v.is_null()) name_error(name);
      c.key1 = g;
      c.ver1 = g->version;
      c.key2 = b;
      c.ver2 = b->version;
      c.value = v;
      incref(v);
      PUSH(v);
      NEXT();
    }
    L_STORE_GLOBAL: {
      dict_set(f->globals, Value::object(names[ARG]), TOP());
      decref(POP());
      NEXT();
    }
    L_DELETE_GLOBAL: {
      if (!dict_del(f->globals, Value::object(names[ARG]))) name_error(names[ARG]);
      NEXT();
    }
    L_LOAD_NAME: {
      Str* name = names[ARG];
      Value v = Value::null();
      if (f->locals && f->locals != f->globals) {
        if (f->locals->type == &DictType) {
          v = dict_get_str(f->locals, name);
        } else if ((v = class_ns_load(f->locals, name)), !v.is_null()) {
          PUSH(v);   // owned
          NEXT();
        }
      }
      if (v.is_null()) {
        InlineCache& c = CACHE();
        Dict* g = f->globals;
        Dict* b = f->builtins;
        if (c.key1 == g && c.ver1 == g->version && c.key2 == b && c.ver2 == b->version) {
          v = c.value;
        } else {
          v = dict_get_str(g, name);
          if (v.is_null()) v = dict_get_str(b, name);
          if (v.is_null()) name_error(name);
          c.key1 = g;
          c.ver1 = g->version;
          c.key2 = b;
          c.ver2 = b->version;
          c.value = v;
        }
      }
      incref(v);
      PUSH(v);
      NEXT();
    }
    L_STORE_NAME: {
      Dict* d = f->locals ? f->locals : f->globals;
      if (d->type == &DictType) dict_set(d, Value::object(names[ARG]), TOP());
      else class_ns_store(d, names[ARG], TOP());
      decref(POP());
      NEXT();
    }
    L_DELETE_NAME: {
      Dict* d = f->locals ? f->locals : f->globals;
      bool deleted = d->type == &DictType ? dict_del(d, Value::object(names[ARG])) : class_ns_delete(d, names[ARG]);
      if (!deleted) name_error(names[ARG]);
      NEXT();
    }
    L_LOAD_ATTR: {
      Value obj = TOP();
      InlineCache& c = CACHE();
      if (obj.is_obj()) {
        // The hot case inline: an instance attribute of the cached class,
        // found at the hinted entry of the instance dict (see load_attr_cached).
        Object* o = obj.as_obj();
        Type* t = o->type;
        uint64_t hint = UINT64_MAX;
        if (c.key1 == t) {
          if (c.extra != kCacheData && c.ver1 == g_type_epoch.load(std::memory_order_relaxed)) hint = c.ver2;
        } else if (c.key3 == t) {
          if (c.extra3 != kCacheData && c.ver3 == g_type_epoch.load(std::memory_order_relaxed)) hint = c.hint3;
        }
        if (hint != UINT64_MAX && t->dict_offset) {
          Dict* d = *reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + t->dict_offset);
          if (d && hint < uint64_t(d->nentries) && d->entries[hint].key == Value::object(names[ARG])) {
            Value v = d->entries[hint].value;
            incref(v);
            TOP() = v;
            decref(o);
            NEXT();
          }
        }
      }
      Ref r = load_attr_cached(obj, names[ARG], c);
      TOP() = r.release();
      decref(obj);
      NEXT();
    }
    L_STORE_ATTR: {
      Value obj = TOP();
      Value v = SECOND();
      Type* t = type_of(obj);
      if (t->setattr == ObjectType.setattr) {
        // Cached: does the class have a data descriptor for this name? If
        // not, the store goes straight into the instance dict.
        InlineCache& c = CACHE();
        uint64_t epoch = g_type_epoch.load(std::memory_order_relaxed);
        if (c.key1 != t || c.ver1 != epoch) {
          if (c.key3 == t && c.ver3 == epoch) {
            c.swap_ways();
          } else {
            c.demote_way1();
            Value d = type_lookup(t, names[ARG]);
            c.key1 = t;
            c.ver1 = epoch;
            c.extra = (!d.is_null() && type_of(d)->descr_set) ? kCacheData : kCacheNoDescr;
          }
        }
        if (c.extra == kCacheNoDescr) {
          if (Dict* d = instance_dict(obj, true)) {
            uint64_t hint = c.ver2;   // as in load_attr_cached
            if (hint < uint64_t(d->nentries) && d->entries[hint].key == Value::object(names[ARG])) {
              dict_store_at(d, int64_t(hint), v);
            } else {
              int64_t n0 = d->nentries;
              dict_set(d, Value::object(names[ARG]), v);
              c.ver2 = uint64_t(d->nentries > n0 ? d->nentries - 1 : dict_entry_of_str(d, names[ARG]));
            }
            sp -= 2;
            decref(obj);
            decref(v);
            NEXT();
          }
        }
      }
      setattr(obj, names[ARG], v);
      sp -= 2;
      decref(obj);
      decref(v);
      NEXT();
    }
    L_DELETE_ATTR: {
      Value obj = TOP();
      delattr(obj, names[ARG]);
      decref(POP());
      NEXT();
    }
    L_LOAD_METHOD: {
      Value obj = TOP();
      Str* name = names[ARG];
      Type* t = type_of(obj);
      InlineCache& c = CACHE();
      uint64_t epoch = g_type_epoch.load(std::memory_order_relaxed);
      Value cached = c.key1 == t && c.ver1 == epoch && c.extra == kCacheMethod     ? c.value
                     : c.key3 == t && c.ver3 == epoch && c.extra3 == kCacheMethod ? c.value3
                                                                                   : Value::null();
      if (!cached.is_null()) {
        Dict** slot = instance_dict_slot(obj);
        if (!slot || !*slot || (*slot)->used == 0 || dict_get_str(*slot, name).is_null()) {
          incref(cached);
          sp[-1] = cached;
          PUSH(obj);
          NEXT();
        }
      }
      if (t == &ModuleType) {
        Value v = module_attr_cached(obj, name, c);
        if (!v.is_null()) {
          incref(v);
          sp[-1] = Value::null();
          PUSH(v);
          decref(obj);
          NEXT();
        }
      }
      bool is_method;
      Ref m = lookup_method(obj, name, &is_method);
      if (is_method) {
        if (c.key1 != t) c.demote_way1();
        c.key1 = t;
        c.ver1 = epoch;
        c.value = m.get();
        c.extra = kCacheMethod;
        sp[-1] = m.release();
        PUSH(obj);
      } else {
        sp[-1] = Value::null();
        PUSH(m.release());
        decref(obj);
      }
      NEXT();
    }
    L_LOAD_SUPER_METHOD:
      not_supported("LOAD_SUPER_METHOD");
    L_CALL: {
      size_t n = ARG;
      Value* args = sp - n;
      Value callable = args[-2];
      size_t total = n;
      if (!callable.is_null()) {
        args -= 1;   // self is the first argument
        total += 1;
      } else {
        callable = args[-1];
      }
      f->ip = ip;
      Ref r;
      Type* ct = type_of(callable);
      if (ct == &FunctionType) {
        Function* fn = static_cast<Function*>(callable.as_obj());
        if (!(fn->code->flags & (kCoGenerator | kCoAtomic))) {
          Frame* nf = push_inline_frame(ts, fn, args, total);
          // The callee now owns the function and the arguments.
          sp -= n + 2;
          ENTER_INLINE_FRAME(nf);
        }
        r = call_function(fn, args, total, nullptr);
      } else if (Function* init; PEEK(n + 2).is_null() && (init = python_init_of(ct, callable))) {
        // args[-1] is the class: it becomes the new object, __init__'s self.
        Type* t = static_cast<Type*>(callable.as_obj());
        Ref obj = t->new_(t, args, n, nullptr);
        args[-1] = obj.get();
        incref(obj.get());
        decref(callable);   // the object keeps its class alive
        incref(init);
        Frame* nf;
        try {
          nf = push_inline_frame(ts, init, args - 1, n + 1);
        } catch (...) {
          decref(init);
          throw;
        }
        nf->init_self = obj.release().as_obj();
        sp -= n + 2;
        ENTER_INLINE_FRAME(nf);
      } else if (ct->call) {
        r = ct->call(callable, args, total, nullptr);
      } else {
        type_error("'" + ct->name + "' object is not callable");
      }
      Value* base = sp - n - 2;
      for (Value* p = base; p < sp; p++) xdecref(*p);
      sp = base;
      PUSH(r.release());
      BREAKER_CHECK();
      NEXT();
    }
    L_CALL_KW: {
      size_t n = ARG;
      Tuple* kwnames = as_tuple(TOP());
      Value* args = sp - 1 - n;
      size_t npos = n - size_t(kwnames->size);
      Value callable = args[-2];
      if (!callable.is_null()) {
        args -= 1;
        npos += 1;
      } else {
        callable = args[-1];
      }
      f->ip = ip;
      if (type_of(callable) == &FunctionType) {
        Function* fn = static_cast<Function*>(callable.as_obj());
        if (!(fn->code->flags & (kCoGenerator | kCoAtomic))) {
          Frame* nf = push_inline_frame(ts, fn, args, npos, kwnames);
          // The callee owns the function and the argument values now.
          decref(Value::object(kwnames));
          sp -= n + 3;
          ENTER_INLINE_FRAME(nf);
        }
      }
      Ref r = call(callable, args, npos, kwnames);
      Value* base = sp - n - 3;
      for (Value* p = base; p < sp; p++) xdecref(*p);
      sp = base;
      PUSH(r.release());
      NEXT();
    }
    L_CALL_EX: {
      // [null f argstuple kwdict|null]
      Value kw = TOP();
      Tuple* pos = as_tuple(SECOND());
      Value callable = PEEK(3);
      f->ip = ip;
      Ref r;
      if (kw.is_null() || as_dict(kw)->used == 0) {
        r = call(callable, pos->items, size_t(pos->size), nullptr);
      } else {
        Dict* d = as_dict(kw);
        std::vector<Value> a(size_t(pos->size + d->used));
        for (int64_t i = 0; i < pos->size; i++) a[i] = pos->items[i];
        Ref kwn = tuple_new(size_t(d->used));
        int64_t it = 0, k = 0;
        Value key, val;
        while (dict_next(d, &it, &key, &val)) {
          if (!is_str(key)) type_error("keywords must be strings");
          Str* ik = intern(as_str(key));
          as_tuple(kwn.get())->items[k] = Value::object(ik);
          a[size_t(pos->size + k)] = val;
          k++;
        }
        r = call(callable, a.data(), size_t(pos->size), as_tuple(kwn.get()));
      }
      for (Value* p = sp - 4; p < sp; p++) xdecref(*p);
      sp -= 4;
      PUSH(r.release());
      NEXT();
    }
    L_BINARY_OP: {
      Value b = TOP(), a = SECOND();
      uint32_t op = ARG & 15;
      if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_small_int(), y = b.as_small_int(), r;
        switch (BinOp(op)) {
          case BinOp::Add: r = x + y; goto small_result;
          case BinOp::Sub: r = x - y; goto small_result;
          case BinOp::Mul:
            if (__builtin_mul_overflow(x, y, &r)) break;
            goto small_result;
          case BinOp::FloorDiv:
            if (y == 0) break;
            r = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
            goto small_result;
          case BinOp::Mod:
            if (y == 0) break;
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            goto small_result;
          case BinOp::And: r = x & y; goto small_result;
          case BinOp::Or: r = x | y; goto small_result;
          case BinOp::Xor: r = x ^ y; goto small_result;
          case BinOp::RShift:
            if (y < 0) break;
            r = y > 63 ? (x < 0 ? -1 : 0) : x >> y;
            goto small_result;
          case BinOp::LShift:
            if (y < 0 || y > 16) break;
            r = x * (int64_t(1) << y);
            goto small_result;
          case BinOp::TrueDiv:
            if (y == 0) break;
            if (x > -(int64_t(1) << 53) && x < (int64_t(1) << 53) && y > -(int64_t(1) << 53) && y < (int64_t(1) << 53)) {
              sp--;
              TOP() = Value::from_double(double(x) / double(y));
              NEXT();
            }
            break;
          default: break;
        }
        goto binop_slow;
      small_result:
        if (Value::fits_small(r)) {
          sp--;
          TOP() = Value::small_int(r);
          NEXT();
        }
        goto binop_slow;
      }
      if (a.is_float() || b.is_float()) {
        double x, y;
        if (a.is_float()) x = a.as_double();
        else if (a.is_small_int()) x = double(a.as_small_int());
        else goto binop_slow;
        if (b.is_float()) y = b.as_double();
        else if (b.is_small_int()) y = double(b.as_small_int());
        else goto binop_slow;
        double r;
        switch (BinOp(op)) {
          case BinOp::Add: r = x + y; break;
          case BinOp::Sub: r = x - y; break;
          case BinOp::Mul: r = x * y; break;
          case BinOp::TrueDiv:
            if (y == 0.0) goto binop_slow;
            r = x / y;
            break;
          default: goto binop_slow;
        }
        sp--;
        TOP() = Value::from_double(r);
        NEXT();
      }
    binop_slow: {
      if (!(ARG & 16) && a.is_obj() && (a.as_obj()->type->flags & kTypeHeap)) {
        // A class's Python __add__ (etc.) runs inline, its operands left
        // on this stack for RETURN_VALUE: if it returns NotImplemented,
        // b's reflected method gets its turn (binary_op_after_left).
        Type* ta = a.as_obj()->type;
        InlineCache& c = CACHE();
        uint64_t epoch = g_type_epoch.load(std::memory_order_relaxed);
        if (c.key1 != ta || c.ver1 != epoch) {
          c.value = python_binop_method(ta, BinOp(op));
          c.key1 = ta;
          c.ver1 = epoch;
        }
        Type* tb = type_of(b);
        if (!c.value.is_null() && (tb == ta || !is_subtype(tb, ta))) {
          Function* fn = static_cast<Function*>(c.value.as_obj());
          if (!(fn->code->flags & (kCoGenerator | kCoAtomic))) {
            incref(a);   // the callee's references; ours stay on the stack
            incref(b);
            incref(fn);
            Frame* nf;
            try {
              nf = push_inline_frame(ts, fn, sp - 2, 2);
            } catch (...) {
              decref(fn);
              decref(a);
              decref(b);
              throw;
            }
            nf->binop = uint8_t(op + 1);
            f->ip = ip;
            ENTER_INLINE_FRAME(nf);
          }
        }
      }
      Ref r = (ARG & 16) ? inplace_op(BinOp(op), a, b) : binary_op(BinOp(op), a, b);
      sp--;
      TOP() = r.release();
      decref(a);
      decref(b);
      NEXT();
    }
    }
    L_UNARY_NEG: {
      Value v = TOP();
      if (v.is_small_int() && v.as_small_int() != Value::kSmallMin) {
        TOP() = Value::small_int(-v.as_small_int());
        NEXT();
      }
      if (v.is_float()) {
        TOP() = Value::from_double(-v.as_double());
        NEXT();
      }
      Ref r = unary_op(0, v);
      TOP() = r.release();
      decref(v);
      NEXT();
    }
    L_UNARY_POS: {
      Value v = TOP();
      Ref r = unary_op(1, v);
      TOP() = r.release();
      decref(v);
      NEXT();
    }
    L_UNARY_INVERT: {
      Value v = TOP();
      if (v.is_small_int()) {
        TOP() = Value::small_int(~v.as_small_int());
        NEXT();
      }
      Ref r = unary_op(2, v);
      TOP() = r.release();
      decref(v);
      NEXT();
    }
    L_UNARY_NOT: {
      Value v = TOP();
      bool t = truthy(v);
      TOP() = Value::boolean(!t);
      decref(v);
      NEXT();
    }
    L_COMPARE_OP: {
      Value b = TOP(), a = SECOND();
      CmpOp op = CmpOp(ARG);
      if ((a.is_small_int() && b.is_small_int()) || (a.is_float() && b.is_float())) {
        bool r;
        if (a.is_small_int()) {
          int64_t x = a.as_small_int(), y = b.as_small_int();
          switch (op) {
            case CmpOp::Lt: r = x < y; break;
            case CmpOp::Le: r = x <= y; break;
            case CmpOp::Eq: r = x == y; break;
            case CmpOp::Ne: r = x != y; break;
            case CmpOp::Gt: r = x > y; break;
            default: r = x >= y; break;
          }
        } else {
          double x = a.as_double(), y = b.as_double();
          switch (op) {
            case CmpOp::Lt: r = x < y; break;
            case CmpOp::Le: r = x <= y; break;
            case CmpOp::Eq: r = x == y; break;
            case CmpOp::Ne: r = x != y; break;
            case CmpOp::Gt: r = x > y; break;
            default: r = x >= y; break;
          }
        }
        sp--;
        TOP() = Value::boolean(r);
        NEXT();
      }
      Ref r = compare(a, b, op);
      sp--;
      TOP() = r.release();
      decref(a);
      decref(b);
      NEXT();
    }
    // ---------------------------------------------- superinstructions
    // Each runs its first instruction, then the second (still in place
    // after it: `ins = *ip++` reads it, so ARG and error positions refer
    // to it), without a dispatch between them.
#define DO_LOAD_FAST()                                 \
  do {                                                 \
    Value v = locals[ARG];                             \
    if (v.is_null()) unbound_local(co, int(ARG));      \
    incref(v);                                         \
    PUSH(v);                                           \
  } while (0)
#define DO_LOAD_CONST()     \
  do {                      \
    Value v = consts[ARG];  \
    incref(v);              \
    PUSH(v);                \
  } while (0)
#define DO_STORE_FAST()        \
  do {                         \
    Value old = locals[ARG];   \
    locals[ARG] = POP();       \
    xdecref(old);              \
  } while (0)
    L_LOAD_FAST__LOAD_FAST:
      DO_LOAD_FAST();
      ins = *ip++;
      DO_LOAD_FAST();
      NEXT();
    L_LOAD_FAST__LOAD_CONST:
      DO_LOAD_FAST();
      ins = *ip++;
      DO_LOAD_CONST();
      NEXT();
    L_LOAD_CONST__LOAD_FAST:
      DO_LOAD_CONST();
      ins = *ip++;
      DO_LOAD_FAST();
      NEXT();
    L_STORE_FAST__LOAD_FAST:
      DO_STORE_FAST();
      ins = *ip++;
      DO_LOAD_FAST();
      NEXT();
    L_STORE_FAST__STORE_FAST:
      DO_STORE_FAST();
      ins = *ip++;
      DO_STORE_FAST();
      NEXT();
#undef DO_LOAD_FAST
#undef DO_LOAD_CONST
#undef DO_STORE_FAST
    L_COMPARE_OP__POP_JUMP_IF_FALSE: {
      // Numbers compared and branched on without making a bool; anything
      // else takes the two instructions one by one.
      Value b = TOP(), a = SECOND();
      bool r;
      if (a.is_small_int() && b.is_small_int()) {
        r = compare_numbers(a.as_small_int(), b.as_small_int(), CmpOp(ARG));
      } else if (a.is_float() && b.is_float()) {
        r = compare_numbers(a.as_double(), b.as_double(), CmpOp(ARG));
      } else {
        goto L_COMPARE_OP;
      }
      sp -= 2;
      ins = *ip++;
      if (!r) ip = code + ARG;
      NEXT();
    }
    L_IS_OP: {
      Value b = TOP(), a = SECOND();
      bool r = (a == b) != bool(ARG);
      sp--;
      TOP() = Value::boolean(r);
      decref(a);
      decref(b);
      NEXT();
    }
    L_CONTAINS_OP: {
      Value b = TOP(), a = SECOND();
      bool r = contains(b, a) != bool(ARG);
      sp--;
      TOP() = Value::boolean(r);
      decref(a);
      decref(b);
      NEXT();
    }
    L_BINARY_SUBSCR: {
      Value k = TOP(), o = SECOND();
      Type* t = type_of(o);
      if (t == &ListType && k.is_small_int()) {
        List* l = as_list(o);
        int64_t i = k.as_small_int();
        if (i < 0) i += l->size;
        if (i >= 0 && i < l->size) {
          Value v = l->items[i];
          incref(v);
          sp--;
          TOP() = v;
          decref(o);
          NEXT();
        }
      }
      Ref r = getitem(o, k);
      sp--;
      TOP() = r.release();
      decref(o);
      decref(k);
      NEXT();
    }
    L_STORE_SUBSCR: {
      Value k = TOP(), o = SECOND(), v = PEEK(3);
      if (type_of(o) == &ListType && k.is_small_int()) {
        List* l = as_list(o);
        int64_t i = k.as_small_int();
        if (i < 0) i += l->size;
        if (i >= 0 && i < l->size) {
          Value old = l->items[i];
          l->items[i] = v;
          sp -= 3;
          decref(old);
          decref(o);
          NEXT();
        }
      }
      setitem(o, k, v);
      sp -= 3;
      decref(k);
      decref(o);
      decref(v);
      NEXT();
    }
    L_DELETE_SUBSCR: {
      Value k = TOP(), o = SECOND();
      delitem(o, k);
      sp -= 2;
      decref(k);
      decref(o);
      NEXT();
    }
    L_BUILD_SLICE: {
      Value step = ARG == 3 ? POP() : Value::none();
      Value stop = TOP(), start = SECOND();
      Ref s = slice_new(start, stop, step);
      sp--;
      TOP() = s.release();
      decref(start);
      decref(stop);
      decref(step);
      NEXT();
    }
    L_JUMP:
      ip = code + ARG;
      NEXT();
    L_JUMP_BACKWARD:
      ip = code + ARG;
      BREAKER_CHECK();
      NEXT();
    L_POP_JUMP_IF_FALSE: {
      Value v = TOP();
      if (v.is_bool()) {
        sp--;
        if (v.is_false()) ip = code + ARG;
        NEXT();
      }
      bool t = truthy(v);
      sp--;
      decref(v);
      if (!t) ip = code + ARG;
      NEXT();
    }
    L_POP_JUMP_IF_TRUE: {
      Value v = TOP();
      if (v.is_bool()) {
        sp--;
        if (v.is_true()) ip = code + ARG;
        NEXT();
      }
      bool t = truthy(v);
      sp--;
      decref(v);
      if (t) ip = code + ARG;
      NEXT();
    }
    L_POP_JUMP_IF_NONE: {
      Value v = POP();
      if (v.is_none()) ip = code + ARG;
      decref(v);
      NEXT();
    }
    L_POP_JUMP_IF_NOT_NONE: {
      Value v = POP();
      if (!v.is_none()) ip = code + ARG;
      decref(v);
      NEXT();
    }
    L_JUMP_IF_FALSE_OR_POP: {
      Value v = TOP();
      if (!truthy(v)) ip = code + ARG;
      else decref(POP());
      NEXT();
    }
    L_JUMP_IF_TRUE_OR_POP: {
      Value v = TOP();
      if (truthy(v)) ip = code + ARG;
      else decref(POP());
      NEXT();
    }
    L_GET_ITER: {
      Value v = TOP();
      Ref it = get_iter(v);
      TOP() = it.release();
      decref(v);
      NEXT();
    }
    L_FOR_ITER: {
      Value it = TOP();
      Value v = type_of(it)->next(it);
      if (v.is_null()) {
        sp--;
        decref(it);
        ip = code + ARG;
        NEXT();
      }
      PUSH(v);
      NEXT();
    }
    L_BUILD_TUPLE: {
      size_t n = ARG;
      Ref t = tuple_new(n);
      Tuple* tp = as_tuple(t.get());
      sp -= n;
      for (size_t i = 0; i < n; i++) tp->items[i] = sp[i];
      PUSH(t.release());
      NEXT();
    }
    L_BUILD_LIST: {
      size_t n = ARG;
      Ref l = list_new(n);
      List* lp = as_list(l.get());
      sp -= n;
      for (size_t i = 0; i < n; i++) lp->items[i] = sp[i];
      PUSH(l.release());
      NEXT();
    }
    L_BUILD_SET: {
      size_t n = ARG;
      Ref s = set_new();
      for (size_t i = 0; i < n; i++) set_add(s.get(), sp[i - n]);
      for (size_t i = 0; i < n; i++) decref(sp[i - n]);
      sp -= n;
      PUSH(s.release());
      NEXT();
    }
    L_BUILD_MAP: {
      size_t n = ARG;
      Ref d = dict_new();
      Value* base = sp - 2 * n;
      for (size_t i = 0; i < n; i++) dict_set(as_dict(d.get()), base[2 * i], base[2 * i + 1]);
      for (Value* p = base; p < sp; p++) decref(*p);
      sp = base;
      PUSH(d.release());
      NEXT();
    }
    L_BUILD_STRING: {
      size_t n = ARG;
      Ref r = str_concat_n(sp - n, n);
      for (size_t i = 0; i < n; i++) decref(sp[i - n]);
      sp -= n;
      PUSH(r.release());
      NEXT();
    }
    L_LIST_APPEND: {
      Value v = TOP();
      list_append(PEEK(ARG + 1), v);
      decref(POP());
      NEXT();
    }
    L_SET_ADD: {
      Value v = TOP();
      set_add(PEEK(ARG + 1), v);
      decref(POP());
      NEXT();
    }
    L_MAP_ADD: {
      Value v = TOP(), k = SECOND();
      dict_set(as_dict(PEEK(ARG + 2)), k, v);
      sp -= 2;
      decref(k);
      decref(v);
      NEXT();
    }
    L_LIST_EXTEND: {
      Value it = TOP();
      uint32_t depth = ARG & 0xFF;
      if ((ARG & 0x100) && !type_of(it)->iter && !type_of(it)->getitem)
        type_error(callable_desc(PEEK(depth + 2)) + " argument after * must be an iterable, not " + type_name(it));
      list_extend(PEEK(depth + 1), it);
      decref(POP());
      NEXT();
    }
    L_SET_UPDATE: {
      Value it = TOP();
      Value s = PEEK(ARG + 1);
      set_update(s, it);
      decref(POP());
      NEXT();
    }
    L_DICT_UPDATE: {
      Value m = TOP();
      if (!type_of(m)->getitem || (!isinstance_of(m, &DictType) && !hasattr(m, intern("keys"))))
        type_error("'" + type_name(m) + "' object is not a mapping");
      dict_update(as_dict(PEEK(ARG + 1)), m);
      decref(POP());
      NEXT();
    }
    L_DICT_MERGE: {
      Value m = TOP();
      Dict* d = as_dict(PEEK(ARG + 1));
      Value fn = PEEK(ARG + 3);
      auto fname = [&]() { return callable_desc(fn); };
      if (!isinstance_of(m, &DictType) && !hasattr(m, intern("keys")))
        type_error(fname() + " argument after ** must be a mapping, not " + type_name(m));
      Ref keys = isinstance_of(m, &DictType) ? Ref::borrow(m) : call_method(m, "keys", {});
      for_each(keys.get(), [&](Value k) {
        if (!dict_get(d, k).is_null()) {
          if (is_str(k)) type_error(fname() + " got multiple values for keyword argument '" + str_utf8(k) + "'");
          type_error(fname() + " keywords must be strings");
        }
        Ref v = getitem(m, k);
        dict_set(d, k, v.get());
      });
      decref(POP());
      NEXT();
    }
    L_LIST_TO_TUPLE: {
      Value l = TOP();
      Ref t = tuple_from_array(as_list(l)->items, size_t(as_list(l)->size));
      TOP() = t.release();
      decref(l);
      NEXT();
    }
    L_FORMAT_VALUE: {
      uint32_t flags = ARG;
      Value spec = (flags & 4) ? TOP() : Value::null();
      Value v = (flags & 4) ? SECOND() : TOP();
      Ref conv;
      switch (flags & 3) {
        case 1: conv = str_of(v); break;
        case 2: conv = repr(v); break;
        case 3: conv = ascii_of(v); break;
        default: conv = Ref::borrow(v); break;
      }
      Ref r = (spec.is_null() && type_of(conv.get()) == &StrType) ? std::move(conv) : format(conv.get(), spec);
      if (flags & 4) {
        sp--;
        decref(spec);
      }
      decref(v);
      TOP() = r.release();
      NEXT();
    }
    L_UNPACK_SEQUENCE: {
      Value seq = TOP();
      size_t n = ARG;
      Type* t = type_of(seq);
      if ((t == &TupleType || t == &ListType)) {
        int64_t size = t == &TupleType ? as_tuple(seq)->size : as_list(seq)->size;
        Value* items = t == &TupleType ? as_tuple(seq)->items : as_list(seq)->items;
        if (size_t(size) == n) {
          sp--;
          for (size_t i = n; i-- > 0;) {
            incref(items[i]);
            PUSH(items[i]);
          }
          decref(seq);
          NEXT();
        }
      }
      if (!t->iter && !t->getitem) type_error("cannot unpack non-iterable " + t->name + " object");
      std::vector<Ref> got;
      Ref it = get_iter(seq);
      for (;;) {
        Ref x = next_or_null(it.get());
        if (!x) break;
        if (got.size() == n) value_error("too many values to unpack (expected " + std::to_string(n) + ")");
        got.push_back(std::move(x));
      }
      if (got.size() < n)
        value_error("not enough values to unpack (expected " + std::to_string(n) + ", got " + std::to_string(got.size()) + ")");
      sp--;
      decref(seq);
      for (size_t i = n; i-- > 0;) PUSH(got[i].release());
      NEXT();
    }
    L_UNPACK_EX: {
      Value seq = TOP();
      size_t before = ARG & 0xFF, after = ARG >> 8;
      Type* t = type_of(seq);
      if (!t->iter && !t->getitem) type_error("cannot unpack non-iterable " + t->name + " object");
      Ref all = list_from_iterable(seq);
      List* l = as_list(all.get());
      size_t size = size_t(l->size);
      if (size < before + after)
        value_error("not enough values to unpack (expected at least " + std::to_string(before + after) + ", got " +
                    std::to_string(size) + ")");
      sp--;
      decref(seq);
      for (size_t i = size; i-- > size - after;) {
        incref(l->items[i]);
        PUSH(l->items[i]);
      }
      Ref mid = list_from_array(l->items + before, size - after - before);
      PUSH(mid.release());
      for (size_t i = before; i-- > 0;) {
        incref(l->items[i]);
        PUSH(l->items[i]);
      }
      NEXT();
    }
    L_MAKE_FUNCTION: {
      uint32_t flags = ARG;
      Code* fc = static_cast<Code*>(TOP().as_obj());
      Ref fn = function_new(fc, f->globals, Value::null());
      Function* fp = static_cast<Function*>(fn.obj());
      if (fc->flags & (1u << 11)) {
        decref(fp->doc);
        fp->doc = fc->consts[0];
        incref(fp->doc);
      }
      Value* p = sp - 1;
      if (flags & kMakeClosure) fp->closure = as_tuple(*--p);
      if (flags & kMakeAnnotations) {
        Value ann = *--p;
        dict_set_str(instance_dict(Value::object(fp), true), "__annotations__", ann);
        decref(ann);
      }
      if (flags & kMakeKwDefaults) fp->kwdefaults = as_dict(*--p);
      if (flags & kMakeDefaults) fp->defaults = as_tuple(*--p);
      decref(TOP());
      sp = p;
      PUSH(fn.release());
      NEXT();
    }
    L_LOAD_BUILD_CLASS: {
      Value bc = dict_get_str(f->builtins, intern("__build_class__"));
      if (bc.is_null()) raise(NameError_, "__build_class__ not found");
      incref(bc);
      PUSH(bc);
      NEXT();
    }
    L_RETURN_VALUE: {
      Value r = POP();
      clear_frame(f, sp);
      ts->frame = f->back;
      if (f == entry) return Ref::steal(r);
      Object* init_self = f->init_self;
      f->init_self = nullptr;
      int binop = f->binop;
      LEAVE_INLINE_FRAME();
      if (init_self) {   // an inline __init__: the call's value is the object
        Ref obj = Ref::steal(Value::object(init_self)), result = Ref::steal(r);
        if (!result.get().is_none())
          type_error("__init__() should return None, not '" + type_name(result.get()) + "'");
        r = obj.release();
      } else if (binop) {   // an inline `a op b`: the operands are still here
        if (is_not_implemented(r)) {
          decref(r);
          r = binary_op_after_left(BinOp(binop - 1), sp[-2], sp[-1]).release();
        }
        sp -= 2;
        decref(sp[0]);
        decref(sp[1]);
      }
      PUSH(r);
      BREAKER_CHECK();
      NEXT();
    }
    L_YIELD_VALUE: {
      Value v = POP();
      f->ip = ip;
      Value sent = generator_yield(f->gen, v);
      ts = current_thread_state();   // another thread may have resumed us
      PUSH(sent);
      NEXT();
    }
    L_YIELD_FROM: {
      f->ip = ip;
      Ref r = generator_yield_from(f->gen, TOP());
      ts = current_thread_state();   // another thread may have resumed us
      decref(TOP());
      TOP() = r.release();
      NEXT();
    }
    L_GEN_START:
      NEXT();
    L_RAISE_VARARGS: {
      uint32_t n = ARG;
      if (n == 0) {
        if (!ts->handled_exc) runtime_error("No active exception to reraise");
        incref(ts->handled_exc);
        throw PyError(ts->handled_exc);
      }
      Value cause = n == 2 ? POP() : Value::null();
      Value exc = POP();
      Ref owned_exc = Ref::steal(exc), owned_cause = Ref::steal(cause);
      ts->raise_adds_entry = true;
      try {
        raise_value(exc);
      } catch (PyError& e) {
        if (n == 2) {
          auto* eo = static_cast<ExceptionObject*>(e.exc());
          Ref c;
          if (cause.is_none()) {
            c = Ref();
          } else if (isinstance_of(cause, &TypeType) && is_subtype(static_cast<Type*>(cause.as_obj()), BaseException_)) {
            c = call(cause, nullptr, 0);
          } else if (isinstance_of(cause, BaseException_)) {
            c = Ref::borrow(cause);
          } else {
            ts->raise_adds_entry = false;
            type_error("exception causes must derive from BaseException");
          }
          if (eo->cause) decref(eo->cause);
          eo->cause = c ? c.release().as_obj() : nullptr;
          eo->suppress_context = true;
        }
        throw;
      }
    }
    L_RERAISE: {
      Value exc = POP();
      throw PyError(exc.as_obj());
    }
    L_PUSH_EXC_INFO: {
      // The thread state owns a reference to the exception being handled;
      // the one it held before moves onto the stack until POP_EXCEPT.
      Value exc = TOP();
      Value prev = ts->handled_exc ? Value::object(ts->handled_exc) : Value::none();
      TOP() = prev;
      PUSH(exc);
      incref(exc);
      ts->handled_exc = exc.as_obj();
      NEXT();
    }
    L_POP_EXCEPT: {
      Value prev = POP();
      Object* cur = ts->handled_exc;
      ts->handled_exc = prev.is_none() ? nullptr : prev.as_obj();
      if (cur) decref(cur);
      NEXT();
    }
    L_CHECK_EXC_MATCH: {
      Value type = TOP();
      bool m = exc_matches(SECOND(), type);
      TOP() = Value::boolean(m);
      decref(type);
      NEXT();
    }
    L_BEFORE_WITH: {
      Value mgr = TOP();
      Ref enter = special_method(mgr, "__enter__");
      if (!enter) type_error("'" + type_name(mgr) + "' object does not support the context manager protocol");
      Ref exit = special_method(mgr, "__exit__");
      if (!exit)
        type_error("'" + type_name(mgr) + "' object does not support the context manager protocol (missed __exit__ method)");
      Ref res = call(enter.get(), nullptr, 0);
      TOP() = exit.release();
      decref(mgr);
      PUSH(res.release());
      NEXT();
    }
    L_WITH_EXIT: {
      Value exit = TOP();
      Value args[3] = {Value::none(), Value::none(), Value::none()};
      Ref r = call(exit, args, 3);
      decref(POP());
      NEXT();
    }
    L_WITH_EXCEPT_START: {
      Value exc = TOP();
      Value exit = PEEK(3);
      Value args[3] = {Value::object(type_of(exc)), exc, Value::none()};
      Ref r = call(exit, args, 3);
      PUSH(r.release());
      NEXT();
    }
    L_LOAD_ASSERTION_ERROR:
      PUSH(Value::object(AssertionError_));
      NEXT();
    L_IMPORT_NAME: {
      Value fromlist = TOP();
      Value level = SECOND();
      f->ip = ip;
      Ref m = import_name(names[ARG]->view(), fromlist, int(level.as_small_int()), Value::object(f->globals));
      sp--;
      decref(fromlist);
      TOP() = m.release();
      NEXT();
    }
    L_IMPORT_FROM: {
      Ref v = import_from(TOP(), names[ARG]);
      PUSH(v.release());
      NEXT();
    }
    L_IMPORT_STAR: {
      import_star(TOP(), f->locals ? f->locals : f->globals);
      decref(POP());
      NEXT();
    }
    L_PRINT_EXPR: {
      Value v = TOP();
      print_expr(v);
      decref(POP());
      NEXT();
    }
    L_LOAD_LOCALS: {
      Value d = Value::object(f->locals ? f->locals : f->globals);
      incref(d);
      PUSH(d);
      NEXT();
    }
    L_SETUP_ANNOTATIONS: {
      Dict* ns = f->locals ? f->locals : f->globals;
      if (ns->type != &DictType) class_ns_setup_annotations(ns);
      else if (dict_get_str(ns, intern("__annotations__")).is_null()) dict_set_str(ns, "__annotations__", dict_new().get());
      NEXT();
    }
    } catch (PyError& err) {
      // ip and sp are passed by value so they can live in registers in the
      // loop. A frame without a handler is popped and its caller tries.
      HandlerTarget t;
      while (!handle_exception(f, ts, err, ip, sp, code, stack_base, &t)) {
        if (f == entry) throw;
        LEAVE_INLINE_FRAME();
      }
      ip = t.ip;
      sp = t.sp;
    } catch (std::bad_alloc&) {
      PyError err(make_exception(MemoryError_, "").release().as_obj());
      HandlerTarget t;
      while (!handle_exception(f, ts, err, ip, sp, code, stack_base, &t)) {
        if (f == entry) throw err;
        LEAVE_INLINE_FRAME();
      }
      ip = t.ip;
      sp = t.sp;
    } catch (...) {
      // Not a Python exception (e.g. a fiber being unwound): drop the
      // inline frames; the entry frame's owner deals with the rest.
      while (f != entry) {
        clear_frame(f, sp);
        ts->frame = f->back;
        f = pop_inline_frame(ts, f);
        sp = f->sp;
      }
      throw;
    }
  }
#undef NEXT
#undef ARG
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PEEK
#undef CACHE
#undef BREAKER_CHECK
#undef LOAD_FRAME_STATE
#undef ENTER_INLINE_FRAME
#undef LEAVE_INLINE_FRAME
}

}  // namespace gilpy
