// vm_support.cpp — the eval loop's slow paths: error helpers, the
// attribute cache's refill, and finding an exception handler.
#include <atomic>
#include <string>

#include "interp/vm_impl.hpp"
#include "runtime/containers.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

extern std::atomic<uint64_t> g_type_epoch;

// ------------------------------------------------------------ error helpers
[[noreturn]] void unbound_local(Code* co, int idx) {
  raise(UnboundLocalError_, "cannot access local variable '" + std::string(co->varnames[idx]->view()) +
                                "' where it is not associated with a value");
}

[[noreturn]] void unbound_deref(Code* co, int idx) {
  if (idx < co->ncells)
    raise(UnboundLocalError_, "cannot access local variable '" + std::string(co->cellvars[idx]->view()) +
                                  "' where it is not associated with a value");
  raise(NameError_, "cannot access free variable '" + std::string(co->freevars[idx - co->ncells]->view()) +
                        "' where it is not associated with a value in enclosing scope");
}

[[noreturn]] void name_error(Str* name) {
  Ref msg = str_new("name '" + std::string(name->view()) + "' is not defined");
  Value a = msg.get();
  Ref kwn = tuple_from({Value::object(intern("name"))});
  Value args[2] = {a, Value::object(name)};
  Ref e = call(Value::object(NameError_), args, 1, as_tuple(kwn.get()));
  throw PyError(e.release().as_obj());
}

static void add_traceback(PyError& err, ThreadState* ts, Frame* f, size_t pc) {
  auto* e = static_cast<ExceptionObject*>(err.exc());
  if (!e->tb) e->tb = new std::vector<TracebackEntry>();
  bool force = ts->raise_adds_entry;
  ts->raise_adds_entry = false;
  if (!force && !e->tb->empty() && e->tb->back().frame == f) return;
  int32_t cols = pc < f->code->cols.size() ? f->code->cols[pc] : -1;
  TracebackEntry t{f->code, pc < f->code->lines.size() ? f->code->lines[pc] : f->code->firstlineno};
  t.col = cols < 0 ? -1 : (cols >> 16) == 0xFFFF ? -1 : (cols >> 16);
  t.end_col = cols < 0 ? -1 : (cols & 0xFFFF) == 0xFFFF ? -1 : (cols & 0xFFFF);
  t.frame = f;
  incref(f->code);
  e->tb->push_back(t);
}

// Sets __context__ to the exception being handled, unless that would make a cycle.
void chain_context(ThreadState* ts, Object* exc) {
  Object* handled = ts->handled_exc;
  if (!handled || handled == exc) return;
  auto* e = static_cast<ExceptionObject*>(exc);
  if (e->context) return;
  for (Object* o = handled; o; o = static_cast<ExceptionObject*>(o)->context)
    if (o == exc) return;
  incref(handled);
  e->context = handled;
}

bool exc_matches(Value exc, Value type) {
  auto check = [](Value t) {
    if (!isinstance_of(t, &TypeType) || !is_subtype(static_cast<Type*>(t.as_obj()), BaseException_))
      type_error("catching classes that do not inherit from BaseException is not allowed");
  };
  if (isinstance_of(type, &TupleType)) {
    Tuple* t = as_tuple(type);
    bool m = false;
    for (int64_t i = 0; i < t->size; i++) {
      check(t->items[i]);
      m = m || isinstance_of(exc, static_cast<Type*>(t->items[i].as_obj()));
    }
    return m;
  }
  check(type);
  return isinstance_of(exc, static_cast<Type*>(type.as_obj()));
}

Ref special_method(Value obj, const char* name) {
  Value f = type_lookup(type_of(obj), intern(name));
  if (f.is_null()) return Ref();
  Type* ft = type_of(f);
  if (ft->descr_get) return ft->descr_get(f, obj, Value::object(type_of(obj)));
  return Ref::borrow(f);
}

// "__main__.f()" / "print()": how CPython names a callable in call errors.
std::string callable_desc(Value fn) {
  Ref q = getattr_opt(fn, intern("__qualname__"));
  if (!q || !is_str(q.get())) return type_name(fn) + " object";
  std::string name(str_view(q.get()));
  Ref m = getattr_opt(fn, intern("__module__"));
  if (m && is_str(m.get()) && str_view(m.get()) != "builtins") name = std::string(str_view(m.get())) + "." + name;
  return name + "()";
}

// ----------------------------------------------------------- attribute cache
// LOAD_ATTR / LOAD_METHOD cache, per instruction: for an instance of `type`
// (whose attribute lookup is the generic one) at type epoch `ver`, the
// class attribute found for the name (borrowed, or null) and whether it is a
// data descriptor.

// A module attribute (math.sqrt) cached by the module dict's version, which
// changes on every store into that dict: key1 = the dict, ver1 = its version.
Value module_attr_cached(Value obj, Str* name, InlineCache& c) {
  Dict* d = static_cast<Module*>(obj.as_obj())->dict;
  if (c.extra == kCacheModule && c.key1 == d && c.ver1 == d->version) return c.value;
  Value v = dict_get_str(d, name);
  if (v.is_null()) return v;   // not in the dict: module __getattr__ or AttributeError
  c.key1 = d;
  c.ver1 = d->version;
  c.value = v;
  c.extra = kCacheModule;
  return v;
}

Ref load_attr_cached(Value obj, Str* name, InlineCache& c) {
  Type* t = type_of(obj);
  if (t == &ModuleType) {
    Value v = module_attr_cached(obj, name, c);
    if (!v.is_null()) return Ref::borrow(v);
    return getattr(obj, name);
  }
  uint64_t epoch = g_type_epoch.load(std::memory_order_relaxed);
  if (t->getattr != ObjectType.getattr) return getattr(obj, name);
  if (c.key1 != t || c.ver1 != epoch) {
    if (c.key3 == t && c.ver3 == epoch) {
      c.swap_ways();
      goto cached;
    }
    c.demote_way1();
    Value d = type_lookup(t, name);
    c.key1 = t;
    c.ver1 = epoch;
    c.value = d;
    if (d.is_null()) c.extra = kCacheNoDescr;
    else if (type_of(d)->descr_get && type_of(d)->descr_set) c.extra = kCacheData;
    else c.extra = kCacheOther;
  }
cached:
  Value d = c.value;
  if (c.extra == kCacheData) return type_of(d)->descr_get(d, obj, Value::object(t));
  if (Dict** slot = instance_dict_slot(obj); slot && *slot) {
    // c.ver2 remembers where the name sat in the last instance's dict.
    Dict* d = *slot;
    uint64_t hint = c.ver2;
    if (hint < uint64_t(d->nentries) && d->entries[hint].key == Value::object(name))
      return Ref::borrow(d->entries[hint].value);
    int64_t ix = dict_entry_of_str(d, name);
    if (ix >= 0) {
      c.ver2 = uint64_t(ix);
      return Ref::borrow(d->entries[ix].value);
    }
  }
  if (c.extra == kCacheOther) {
    Type* dt = type_of(d);
    if (dt->descr_get) return dt->descr_get(d, obj, Value::object(t));
    return Ref::borrow(d);
  }
  attribute_error(obj, name);
}

// Finds a handler for the exception at ip; on success the frame continues at
// the handler. Otherwise the frame is torn down and false is returned.
bool handle_exception(Frame* f, ThreadState* ts, PyError& err, const uint32_t* ip, Value* sp,
                      const uint32_t* code, Value* stack_base, HandlerTarget* out) {
  size_t pc = size_t(ip - code) - 1;
  if (ip == code) pc = 0;
  chain_context(ts, err.exc());
  add_traceback(err, ts, f, pc);
  for (const ExcTableEntry& e : f->code->exc_table) {
    if (pc >= e.start && pc < e.end) {
      Value* target_sp = stack_base + e.depth;
      while (sp > target_sp) xdecref(*--sp);
      *sp++ = Value::object(err.take());
      out->ip = code + e.target;
      out->sp = sp;
      return true;
    }
  }
  // (sys.exc_info is restored by the handlers themselves: POP_EXCEPT in every cleanup path.)
  clear_frame(f, sp);
  sp = stack_base;
  ts->frame = f->back;
  return false;
}

}  // namespace gilpy
