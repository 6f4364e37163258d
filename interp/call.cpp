// call.cpp — calling a Python function from C++: binding the arguments
// to the callee's slots (CPython's rules and error messages), and running a
// function, module or class body in a fresh activation of the eval loop.
// Calls from Python code to Python code do not come here: the eval loop runs
// them inline (vm.cpp, "inline calls"), but binds with bind_arguments too.
#include <alloca.h>

#include <string>
#include <vector>

#include "interp/vm.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

// ------------------------------------------------------------ argument binding
static std::string fn_name(Function* f) { return std::string(str_view(f->qualname)); }

static std::string name_list(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

[[noreturn]] static void too_many_positional(Function* f, size_t given, size_t kwonly_given) {
  Code* co = f->code;
  size_t ndef = f->defaults ? f->defaults->size : 0;
  size_t max = co->argcount, min = max - std::min(ndef, max);
  std::string takes = min == max ? std::to_string(max) : "from " + std::to_string(min) + " to " + std::to_string(max);
  std::string s = fn_name(f) + "() takes " + takes + " positional argument" + (max == 1 && min == max ? "" : "s") +
                  " but " + std::to_string(given);
  if (kwonly_given)
    s += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " + std::to_string(kwonly_given) +
         " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ") were given";
  else
    s += given == 1 ? " was given" : " were given";
  type_error(s);
}

// Fills slots[0..nlocals) from the call's arguments (CPython's rules and messages).
static void bind_general(Function* f, Value* slots, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* co = f->code;
  size_t argc = size_t(co->argcount);
  bool has_varargs = co->flags & kCoVarargs, has_varkw = co->flags & kCoVarkw;
  size_t kwonly_start = argc + (has_varargs ? 1 : 0);
  size_t nkwonly = size_t(co->kwonlyargcount);
  size_t kwarg_idx = kwonly_start + nkwonly;
  Ref kwdict;
  if (has_varkw) {
    kwdict = dict_new();
    slots[kwarg_idx] = kwdict.get();
    incref(kwdict.get());
  }
  size_t npos = std::min(nargs, argc);
  for (size_t i = 0; i < npos; i++) {
    incref(args[i]);
    slots[i] = args[i];
  }
  if (has_varargs) {
    Ref rest = nargs > argc ? tuple_from_array(args + argc, nargs - argc) : Ref::borrow(empty_tuple());
    slots[argc] = rest.release();
  }
  if (kwnames) {
    for (int64_t k = 0; k < kwnames->size; k++) {
      Str* kn = as_str(kwnames->items[k]);
      Value v = args[nargs + k];
      size_t idx = SIZE_MAX;
      for (size_t i = size_t(co->posonlyargcount); i < argc; i++)
        if (co->varnames[i] == kn || str_equal(co->varnames[i], kn)) { idx = i; break; }
      if (idx == SIZE_MAX)
        for (size_t i = kwonly_start; i < kwonly_start + nkwonly; i++)
          if (co->varnames[i] == kn || str_equal(co->varnames[i], kn)) { idx = i; break; }
      if (idx == SIZE_MAX) {
        if (has_varkw) {
          dict_set(as_dict(kwdict.get()), kwnames->items[k], v);
          continue;
        }
        std::string posonly;
        for (int64_t k2 = 0; k2 < kwnames->size; k2++)
          for (size_t i = 0; i < size_t(co->posonlyargcount); i++)
            if (str_equal(co->varnames[i], as_str(kwnames->items[k2])))
              posonly += (posonly.empty() ? "" : ", ") + std::string(co->varnames[i]->view());
        if (!posonly.empty() && !has_varkw)
          type_error(fn_name(f) + "() got some positional-only arguments passed as keyword arguments: '" + posonly + "'");
        type_error(fn_name(f) + "() got an unexpected keyword argument '" + std::string(kn->view()) + "'");
      }
      if (!slots[idx].is_null())
        type_error(fn_name(f) + "() got multiple values for argument '" + std::string(kn->view()) + "'");
      incref(v);
      slots[idx] = v;
    }
  }
  if (nargs > argc && !has_varargs) {
    size_t kwonly_given = 0;
    for (size_t i = kwonly_start; i < kwonly_start + nkwonly; i++) kwonly_given += !slots[i].is_null();
    too_many_positional(f, nargs, kwonly_given);
  }
  // Defaults for missing positionals.
  size_t ndef = f->defaults ? size_t(f->defaults->size) : 0;
  std::vector<std::string> missing;
  for (size_t i = npos; i < argc; i++) {
    if (!slots[i].is_null()) continue;
    if (i + ndef >= argc) {
      Value d = f->defaults->items[i + ndef - argc];
      incref(d);
      slots[i] = d;
    } else {
      missing.push_back(std::string(co->varnames[i]->view()));
    }
  }
  if (!missing.empty())
    type_error(fn_name(f) + "() missing " + std::to_string(missing.size()) + " required positional argument" +
               (missing.size() == 1 ? "" : "s") + ": " + name_list(missing));
  for (size_t i = kwonly_start; i < kwonly_start + nkwonly; i++) {
    if (!slots[i].is_null()) continue;
    Value d = f->kwdefaults ? dict_get(f->kwdefaults, Value::object(co->varnames[i])) : Value::null();
    if (!d.is_null()) {
      incref(d);
      slots[i] = d;
    } else {
      missing.push_back(std::string(co->varnames[i]->view()));
    }
  }
  if (!missing.empty())
    type_error(fn_name(f) + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
               (missing.size() == 1 ? "" : "s") + ": " + name_list(missing));
}

// Binds arguments and creates cells; on error every slot filled so far is released.
void bind_arguments(Function* f, Value* slots, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* co = f->code;
  int n = co->nslots();
  for (int i = 0; i < n; i++) slots[i] = Value::null();
  if (!kwnames && nargs == size_t(co->argcount) && !(co->flags & (kCoVarargs | kCoVarkw)) && co->kwonlyargcount == 0) {
    for (size_t i = 0; i < nargs; i++) {
      incref(args[i]);
      slots[i] = args[i];
    }
  } else {
    try {
      bind_general(f, slots, args, nargs, kwnames);
    } catch (...) {
      for (int i = 0; i < co->nlocals; i++) xdecref(slots[i]);
      throw;
    }
  }
  Value* cells = slots + co->nlocals;
  for (int i = 0; i < co->ncells; i++) {
    int a = co->cell2arg[i];
    Ref c = cell_new(a >= 0 ? slots[a] : Value::null());
    cells[i] = c.release();
  }
  for (int i = 0; i < co->nfrees; i++) {
    Value c = f->closure->items[i];
    incref(c);
    cells[co->ncells + i] = c;
  }
}

// ---------------------------------------------------------------- calls
// One more level of Python call depth for a new activation of the eval loop,
// checked against the recursion limit and the C stack; dropped on exit.
class CallDepth {
 public:
  explicit CallDepth(ThreadState* ts) : ts_(ts) {
    check_c_stack(ts);
    if (++ts->depth > ts->interp->recursion_limit) {
      --ts->depth;
      raise(RecursionError_, "maximum recursion depth exceeded");
    }
  }
  ~CallDepth() { --ts_->depth; }
  CallDepth(const CallDepth&) = delete;
  CallDepth& operator=(const CallDepth&) = delete;

 private:
  ThreadState* ts_;
};

Ref call_function(Function* f, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* co = f->code;
  if (co->flags & kCoGenerator) return generator_new(f, args, nargs, kwnames);
  ThreadState* ts = current_thread_state();
  CallDepth depth(ts);
  Value* slots = static_cast<Value*>(alloca(sizeof(Value) * size_t(co->nslots())));
  if (!kwnames && nargs == size_t(co->argcount) && co->ncells == 0 && co->nfrees == 0 &&
      !(co->flags & (kCoVarargs | kCoVarkw)) && co->kwonlyargcount == 0) {
    // The common case, inline: positional arguments only, no cells.
    for (size_t i = 0; i < nargs; i++) {
      incref(args[i]);
      slots[i] = args[i];
    }
    for (int i = int(nargs); i < co->nlocals; i++) slots[i] = Value::null();
  } else {
    bind_arguments(f, slots, args, nargs, kwnames);
  }
  Frame frame{co, f, f->globals, f->builtins, nullptr, slots, nullptr, nullptr, nullptr};
  if (co->flags & kCoAtomic) [[unlikely]] {
    // An atomic function (e.g. deque.popleft) runs without a thread switch,
    // as CPython's C methods do: the eval breaker waits until it returns.
    struct AtomicSection {
      ThreadState* ts;
      ~AtomicSection() { --ts->atomic_depth; }
    } atomic{ts};
    ++ts->atomic_depth;
    return eval_frame(&frame);
  }
  return eval_frame(&frame);
}

Ref run_code(Code* code, Dict* globals, Dict* locals) {
  ThreadState* ts = current_thread_state();
  CallDepth depth(ts);
  Value bv = dict_get_str(globals, intern("__builtins__"));
  Dict* builtins = ts->interp->builtins;
  if (bv.is_obj() && type_of(bv) == &DictType) builtins = as_dict(bv);
  else if (bv.is_obj() && type_of(bv) == &ModuleType) builtins = static_cast<Module*>(bv.as_obj())->dict;
  else if (bv.is_null()) dict_set_str(globals, "__builtins__", ts->interp->builtins_module);
  Value* slots = static_cast<Value*>(alloca(sizeof(Value) * size_t(code->nslots())));
  for (int i = 0; i < code->nslots(); i++) slots[i] = Value::null();
  Frame frame{code, nullptr, globals, builtins, locals, slots, nullptr, nullptr, nullptr};
  return eval_frame(&frame);
}

// Runs a class body function with `ns` as its local namespace.
Ref run_class_body(Function* f, Dict* ns) {
  Code* co = f->code;
  Value* slots = static_cast<Value*>(alloca(sizeof(Value) * size_t(co->nslots())));
  bind_arguments(f, slots, nullptr, 0, nullptr);
  Frame frame{co, f, f->globals, f->builtins, ns, slots, nullptr, nullptr, nullptr};
  return eval_frame(&frame);
}

}  // namespace gilpy
