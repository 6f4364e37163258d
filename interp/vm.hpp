// vm.hpp — entry points of the eval loop and its collaborators.
#pragma once
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/state.hpp"

namespace gilpy {

struct Generator;

// Runs one frame to completion (interp/vm.cpp).
Ref eval_frame(Frame* f);
struct HandlerTarget {
  const uint32_t* ip;
  Value* sp;
};
bool handle_exception(Frame* f, ThreadState* ts, PyError& err, const uint32_t* ip, Value* sp,
                      const uint32_t* code, Value* stack_base, HandlerTarget* out);
void bind_arguments(Function* f, Value* slots, const Value* args, size_t nargs, Tuple* kwnames);
Ref run_class_body(Function* f, Dict* ns);
// A frame object (sys._getframe) for a running frame (interp/frame_object.cpp).
Ref frame_object_new(Frame* f);

// Generators (interp/generator.cpp)
Ref generator_new(Function* f, const Value* args, size_t nargs, Tuple* kwnames);
Value generator_yield(Generator* g, Value v);          // v owned; returns the sent value (owned)
Ref generator_yield_from(Generator* g, Value iter);    // delegates; returns the sub-iterator's result

// Imports and the REPL (interp/import.cpp, interp/builtins.cpp)
Ref import_from(Value module, Str* name);
void import_star(Value module, Dict* into);
void print_expr(Value v);

}  // namespace gilpy
