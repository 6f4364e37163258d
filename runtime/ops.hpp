// ops.hpp — the abstract object protocol: what Python operators mean on any value.
//
// These are the functions the VM, the built-ins and every module call when
// they do not know the types involved. Each dispatches through the Type slots
// (object.hpp), with the reflected-operand and NotImplemented rules of
// Python's data model. All of them may throw PyError.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

#include "object.hpp"

namespace gilpy {

// --- text
Ref repr(Value v);                      // repr(v) -> str
Ref str_of(Value v);                    // str(v) -> str
std::string repr_utf8(Value v);         // convenience for messages and C++ callers
std::string str_utf8(Value v);
Ref ascii_of(Value v);
Ref format(Value v, Value spec);        // format(v, spec) via __format__

// --- truth, hashing, comparison
bool truthy(Value v);
int64_t hash(Value v);                  // never returns -1
Ref compare(Value a, Value b, CmpOp op);        // rich comparison result object
bool compare_bool(Value a, Value b, CmpOp op);  // truthiness of the above
bool equals(Value a, Value b);                  // a == b, identity first (as containers do)
bool less_than(Value a, Value b);               // for sorting, min, max

// --- arithmetic
Ref binary_op(BinOp op, Value a, Value b);
// For the eval loop, which ran a's Python method inline and got
// NotImplemented: the rest of binary_op when b's reflected method does not
// go first (type(b) is not a proper subclass of type(a)).
Ref binary_op_after_left(BinOp op, Value a, Value b);
// A class's Python-defined method for `a op b` (__add__ ...), or null.
Value python_binop_method(Type* t, BinOp op);
Ref inplace_op(BinOp op, Value a, Value b);     // a op= b
Ref unary_op(int op, Value v);                  // 0 neg, 1 pos, 2 invert, 3 abs
const char* binop_symbol(BinOp op);             // "+", "//", ...

// --- attributes
Ref getattr(Value obj, Str* name);              // raises AttributeError
Ref getattr(Value obj, std::string_view name);
Ref getattr_opt(Value obj, Str* name);          // null Ref if absent (AttributeError swallowed)
void setattr(Value obj, Str* name, Value v);
void delattr(Value obj, Str* name);
bool hasattr(Value obj, Str* name);
// Method lookup without allocating a bound method: returns the function and
// sets *is_method when it must be called with obj prepended.
Ref lookup_method(Value obj, Str* name, bool* is_method);
// Look up a name in a type's MRO (borrowed, null if absent). No descriptors run.
Value type_lookup(Type* t, Str* name);

// --- calls
Ref call(Value f, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
Ref call(Value f, std::initializer_list<Value> args);
Ref call_method(Value obj, std::string_view name, std::initializer_list<Value> args);
bool is_callable(Value v);

// --- containers and iteration
int64_t length(Value v);                        // len(v), TypeError if none
Ref getitem(Value obj, Value key);
void setitem(Value obj, Value key, Value v);
void delitem(Value obj, Value key);
bool contains(Value container, Value item);     // `item in container`
Ref get_iter(Value v);                          // iter(v)
Value iter_next(Value it);                      // owned next item, or null when exhausted
Ref next_or_null(Value it);                     // same, as Ref

// Calls fn(item) for every item of an iterable; fn receives a borrowed Value.
template <class F>
void for_each(Value iterable, F&& fn) {
  Ref it = get_iter(iterable);
  for (;;) {
    Ref item = Ref::steal(iter_next(it.get()));
    if (item.is_null()) break;
    fn(item.get());
  }
}

// --- conversions used by built-ins (raise TypeError / OverflowError)
int64_t index_value(Value v);            // operator.index semantics, must fit int64
int64_t to_int64(Value v);               // accepts int/bool (not float)
double to_double(Value v);               // accepts int/bool/float
bool is_int(Value v);                    // int or bool (small or big)
bool is_str(Value v);
Ref index_object(Value v);               // __index__ -> int object

}  // namespace gilpy
