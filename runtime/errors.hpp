// errors.hpp — Python exceptions, raised as C++ exceptions.
//
// A Python exception travels through C++ code as a thrown `PyError` that owns
// a reference to the exception object (an instance of BaseException or a
// subclass). Throwing is zero-cost until it happens, so the fast paths of the
// VM and of every built-in carry no error checks. The eval loop catches
// PyError at each Python frame, appends a traceback entry, and either jumps
// to a handler from the code object's exception table or rethrows.
//
// Normal iteration does not use exceptions: a type's `next` slot returns a
// null Value when exhausted, and StopIteration is only materialised when
// Python code asks for it (next() without default, a generator's return).
#pragma once
#include <string>
#include <vector>

#include "object.hpp"

namespace gilpy {

struct Code;

// One line of a traceback: where a frame was when the exception passed.
struct TracebackEntry {
  Code* code;   // owned reference
  int lineno;
  int col = -1, end_col = -1;   // for CPython 3.11's ^^^ markers; -1 if unknown
  const void* frame = nullptr;  // identity of the frame (to not repeat it on re-raise)
};

// The layout of every BaseException instance (user subclasses extend it with
// an instance dict, as for any class).
struct ExceptionObject : Object {
  Dict* dict;                          // instance attributes (owned, may be null)
  Tuple* args;                         // owned
  Object* cause;                       // __cause__ (owned, may be null)
  Object* context;                     // __context__ (owned, may be null)
  bool suppress_context;
  std::vector<TracebackEntry>* tb;     // owned; innermost frame last
};

class PyError {
 public:
  explicit PyError(Object* exc_owned) : exc_(exc_owned) {}
  PyError(const PyError& o) : exc_(o.exc_) { incref(exc_); }
  PyError(PyError&& o) noexcept : exc_(o.exc_) { o.exc_ = nullptr; }
  PyError& operator=(const PyError&) = delete;
  ~PyError() { if (exc_) decref(exc_); }
  Object* exc() const { return exc_; }          // borrowed
  Object* take() { Object* e = exc_; exc_ = nullptr; return e; }   // owned
  Type* type() const { return exc_->type; }
  bool matches(const Type* t) const { return is_subtype(exc_->type, t); }

 private:
  Object* exc_;
};

// The built-in exception classes (defined in runtime/exceptions.cpp).
extern Type* BaseException_; 
extern Type *Exception_, *TypeError_, *ValueError_, *KeyError_, *IndexError_, *AttributeError_,
    *NameError_, *UnboundLocalError_, *ZeroDivisionError_, *OverflowError_, *MemoryError_,
    *RecursionError_, *RuntimeError_, *NotImplementedError_, *StopIteration_, *GeneratorExit_,
    *KeyboardInterrupt_, *SystemExit_, *AssertionError_, *ImportError_, *ModuleNotFoundError_,
    *LookupError_, *ArithmeticError_, *OSError_, *FileNotFoundError_, *FileExistsError_,
    *PermissionError_, *IsADirectoryError_, *NotADirectoryError_, *EOFError_, *UnicodeError_,
    *UnicodeDecodeError_, *UnicodeEncodeError_, *SyntaxError_, *IndentationError_, *TabError_,
    *BufferError_, *FloatingPointError_, *TimeoutError_, *BrokenPipeError_, *ChildProcessError_,
    *InterruptedError_, *ProcessLookupError_, *ConnectionError_, *StopAsyncIteration_,
    *Warning_, *DeprecationWarning_, *UserWarning_, *RuntimeWarning_;

// Raise an exception of `type` with a single string argument.
[[noreturn]] void raise(Type* type, const std::string& msg);
// Raise an exception of `type` with the given args (borrowed).
[[noreturn]] void raise_args(Type* type, const Value* args, size_t nargs);
// Raise an existing exception instance (borrowed), or call a class to make one.
[[noreturn]] void raise_value(Value exc_or_type);

[[noreturn]] inline void type_error(const std::string& m) { raise(TypeError_, m); }
[[noreturn]] inline void value_error(const std::string& m) { raise(ValueError_, m); }
[[noreturn]] inline void index_error(const std::string& m) { raise(IndexError_, m); }
[[noreturn]] inline void overflow_error(const std::string& m) { raise(OverflowError_, m); }
[[noreturn]] inline void zero_division(const std::string& m) { raise(ZeroDivisionError_, m); }
[[noreturn]] inline void runtime_error(const std::string& m) { raise(RuntimeError_, m); }
[[noreturn]] void key_error(Value key);                 // KeyError(key)
[[noreturn]] void memory_error();
[[noreturn]] void attribute_error(Value obj, Str* name);  // "'X' object has no attribute 'y'"
[[noreturn]] void not_supported(const std::string& feature);  // NotImplementedError naming it
// Prints "Exception ignored in: WHERE" and the traceback to sys.stderr, for
// errors nobody can catch (__del__, thread bootstrap). interp/interpreter.cpp.
void report_unraisable(PyError& e, const std::string& where);
[[noreturn]] void raise_from_errno(int err, const std::string& filename = "");  // OSError subclass

// Make an exception instance (owned) without raising it.
Ref make_exception(Type* type, const std::string& msg);

// Name of a value's type, for messages: "int", "MyClass".
// CPython's tp_name: "module.name" for built-in types defined outside builtins.
std::string type_name(Value v);

}  // namespace gilpy
