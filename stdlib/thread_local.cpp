// thread_local.cpp — `_thread._local` (threading.local): an object whose
// attributes are different in every thread.
//
// How: the object has an ordinary instance-dict slot, as a class instance
// does, and also a table of one dict per thread. Before any attribute access
// the slot is pointed at the running thread's dict (created on first use).
// Everything else — descriptors, methods, __dict__ — is the generic object
// machinery. This is only correct because attribute access happens with the
// GIL held: no other thread can swap the slot during a lookup.
//
// A subclass's __init__ runs again, with the arguments of the original call,
// the first time each new thread touches the object (CPython's behaviour):
// that is how a subclass gives every thread its own default attributes.
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/container_util.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/thread.hpp"

namespace gilpy {

Ref generic_getattr(Value obj, Str* name);
void generic_setattr(Value obj, Str* name, Value v);

using namespace cont;

Type LocalType;

namespace {

struct Local : Object {
  Dict* dict;                                      // the active thread's dict (owned; the dict slot)
  uint64_t active;                                 // serial of the thread whose dict is in the slot
  std::unordered_map<uint64_t, Dict*>* per_thread; // owned dicts
  Tuple* args;                                     // arguments of the creating call (owned)
  Tuple* kwnames;
  bool initialising;
};

// Every live _local, so an ending thread can drop its dicts from them. Only
// touched with the GIL held.
std::unordered_set<Local*> g_live_locals;

Local* LO(Value v) { return static_cast<Local*>(v.as_obj()); }

void put_in_slot(Local* l, Dict* d, uint64_t serial) {
  incref(d);
  Dict* old = l->dict;
  l->dict = d;
  l->active = serial;
  if (old) decref(old);
}

void run_init_again(Local* l) {
  Value self = Value::object(l);
  Ref init = getattr(self, intern("__init__"));
  size_t nkw = l->kwnames ? size_t(l->kwnames->size) : 0;
  size_t npos = size_t(l->args->size) - nkw;
  call(init.get(), l->args->items, npos, nkw ? l->kwnames : nullptr);
}

// Points the dict slot at the running thread's dict.
void activate(Local* l) {
  uint64_t serial = current_thread_state()->serial;
  if (l->active == serial && l->dict) return;
  auto it = l->per_thread->find(serial);
  if (it != l->per_thread->end()) {
    put_in_slot(l, it->second, serial);
    return;
  }
  Ref d = dict_new();
  Dict* dp = as_dict(d.get());
  l->per_thread->emplace(serial, dp);
  d.release();
  put_in_slot(l, dp, serial);
  if (type_of(Value::object(l)) != &LocalType) run_init_again(l);
}

Ref local_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  // Arguments only make sense for a subclass's own __init__.
  if (nargs + nkw > 0 && type_lookup(t, intern("__init__")) == type_lookup(&ObjectType, intern("__init__")))
    type_error("Initialization arguments are not supported");
  Local* l = alloc_object<Local>(t, std::max(sizeof(Local), t->basic_size));
  l->per_thread = new std::unordered_map<uint64_t, Dict*>();
  Ref all = tuple_from_array(args, nargs + nkw);
  l->args = as_tuple(all.release());
  l->kwnames = kwnames;
  if (kwnames) incref(kwnames);
  Ref owned = Ref::steal(l);
  // The creating thread's dict exists from the start; type_call runs __init__ for it.
  uint64_t serial = current_thread_state()->serial;
  Dict* d = as_dict(dict_new().release());
  l->per_thread->emplace(serial, d);
  put_in_slot(l, d, serial);
  g_live_locals.insert(l);
  return owned;
}

void local_dealloc(Object* o) {
  Local* l = static_cast<Local*>(o);
  g_live_locals.erase(l);
  if (l->per_thread) {
    for (auto& [serial, d] : *l->per_thread) decref(d);
    delete l->per_thread;
  }
  if (l->args) decref(l->args);
  if (l->kwnames) decref(l->kwnames);
}

Ref local_getattr(Value self, Str* name) {
  activate(LO(self));
  return generic_getattr(self, name);
}

void local_setattr(Value self, Str* name, Value v) {
  activate(LO(self));
  if (name->view() == "__dict__") raise(AttributeError_, "'" + type_of(self)->name + "' object attribute '__dict__' is read-only");
  generic_setattr(self, name, v);
}

}  // namespace

void thread_locals_forget(ThreadState* ts) {
  // Release the dicts only after the walk: a dict's values may run __del__
  // code that creates or destroys _local objects.
  std::vector<Dict*> dead;
  for (Local* l : g_live_locals) {
    auto it = l->per_thread->find(ts->serial);
    if (it == l->per_thread->end()) continue;
    Dict* d = it->second;
    l->per_thread->erase(it);
    if (l->active == ts->serial) {   // do not leave the slot on a dead thread's dict
      Dict* old = l->dict;
      l->dict = nullptr;
      l->active = 0;
      if (old) dead.push_back(old);
    }
    dead.push_back(d);
  }
  for (Dict* d : dead) decref(d);
}

void init_local_type() {
  setup_type(LocalType, "_local", sizeof(Local), kTypeBaseType);
  LocalType.module = "_thread";
  LocalType.dict_offset = int64_t(offsetof(Local, dict));
  LocalType.dealloc = local_dealloc;
  LocalType.getattr = local_getattr;
  LocalType.setattr = local_setattr;
  LocalType.new_ = local_new;
  type_ready(&LocalType);
}

}  // namespace gilpy
