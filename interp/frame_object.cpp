// frame_object.cpp — Python-visible frame objects (sys._getframe).
//
// gilpy's frames are not objects: they live on the C stack or the thread's
// FrameStack and die with their call. A `frame` object is a handle to one:
// it copies what stays true after the call (f_code, f_globals, the line at
// the time it was taken) and reaches the live frame for the rest (f_locals,
// f_back, the current f_lineno) only while that frame is still running on
// the thread that made the handle — checked by walking the thread's chain,
// so a stale handle raises a clear error instead of reading freed memory.
#include <cstddef>

#include "interp/vm.hpp"
#include "runtime/container_util.hpp"
#include "runtime/containers.hpp"
#include "runtime/num.hpp"
#include "runtime/str.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/state.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

Ref frame_locals(Frame* f);   // interp/builtins.cpp

Type FrameObjectType;

namespace {

struct FrameObject : Object {
  Frame* frame;          // not owned: valid only while live_frame() finds it
  ThreadState* ts;
  Value code;            // owned
  Dict* globals;         // owned
  int lineno;
};

void frame_dealloc(Object* o) {
  auto* fo = static_cast<FrameObject*>(o);
  xdecref(fo->code);
  if (fo->globals) decref(fo->globals);
}

FrameObject* as_frame(Value v) { return static_cast<FrameObject*>(v.as_obj()); }

// The frame behind the handle if it is still running, else null.
Frame* live_frame(FrameObject* fo) {
  ThreadState* ts = current_thread_state();
  if (ts != fo->ts) return nullptr;
  for (Frame* f = ts->frame; f; f = f->back)
    if (f == fo->frame) return Value::object(f->code) == fo->code ? f : nullptr;
  return nullptr;
}

Frame* require_live(Value self, const char* what) {
  Frame* f = live_frame(as_frame(self));
  if (!f)
    runtime_error(std::string("gilpy: frame.") + what + " is only available while the frame's call is running");
  return f;
}

Ref get_code(Value self) { return Ref::borrow(as_frame(self)->code); }
Ref get_globals(Value self) { return Ref::borrow(Value::object(as_frame(self)->globals)); }
Ref get_builtins(Value self) { return Ref::borrow(Value::object(require_live(self, "f_builtins")->builtins)); }
Ref get_locals(Value self) { return frame_locals(require_live(self, "f_locals")); }
Ref get_lineno(Value self) {
  Frame* f = live_frame(as_frame(self));
  return int_from_i64(f ? f->lineno() : as_frame(self)->lineno);
}
Ref get_back(Value self) {
  Frame* f = require_live(self, "f_back");
  return f->back ? frame_object_new(f->back) : Ref::none();
}

const GetSetDef frame_getsets[] = {
    {"f_code", get_code},       {"f_globals", get_globals}, {"f_builtins", get_builtins},
    {"f_locals", get_locals},   {"f_lineno", get_lineno},   {"f_back", get_back},
    {nullptr, nullptr}};

Ref frame_repr(Value self) {
  auto* fo = as_frame(self);
  Code* co = static_cast<Code*>(fo->code.as_obj());
  std::string file = co->source ? co->source->filename : "?";
  return str_new("<frame, file '" + file + "', line " + std::to_string(fo->lineno) + ", code " + co->name + ">");
}

}  // namespace

Ref frame_object_new(Frame* f) {
  static const bool ready = [] {
    cont::setup_type(FrameObjectType, "frame", sizeof(FrameObject), 0);
    FrameObjectType.dealloc = frame_dealloc;
    FrameObjectType.repr = frame_repr;
    type_ready(&FrameObjectType, nullptr, frame_getsets);
    return true;
  }();
  (void)ready;
  FrameObject* fo = alloc_object<FrameObject>(&FrameObjectType);
  fo->frame = f;
  fo->ts = current_thread_state();
  fo->code = Value::object(f->code);
  incref(fo->code);
  fo->globals = f->globals;
  if (fo->globals) incref(fo->globals);
  fo->lineno = f->lineno();
  return Ref::steal(fo);
}

}  // namespace gilpy
