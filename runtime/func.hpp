// func.hpp — code objects, functions, frames, cells, methods, and the other
// callables and descriptors of the object model.
#pragma once
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "object.hpp"

namespace gilpy {

// Code flags (as CPython's co_flags, where they overlap)
enum : uint32_t {
  kCoNewLocals = 1u << 1,   // a function body (fast locals), not module/class code
  kCoVarargs = 1u << 2,
  kCoVarkw = 1u << 3,
  kCoNested = 1u << 4,
  kCoGenerator = 1u << 5,
  kCoClassBody = 1u << 10,  // has __class__ cell machinery
  kCoHasDocstring = 1u << 11, // the first constant is the docstring (compiler)
  kCoAtomic = 1u << 20,     // _thread._atomic: no thread switch or signal handler while it runs
};

// One row of the exception table: instructions [start, end) are protected
// by the handler at `target`; on entry the value stack is cut to `depth`
// and the exception pushed.
struct ExcTableEntry {
  uint32_t start, end, target, depth;
};

// A per-instruction inline cache, used by LOAD_GLOBAL and LOAD_ATTR/LOAD_METHOD.
struct InlineCache {
  const void* key1 = nullptr;   // globals Dict* / Type*
  uint64_t ver1 = 0;            // globals version / type epoch
  const void* key2 = nullptr;   // builtins Dict*
  uint64_t ver2 = 0;
  Value value;                  // borrowed: kept alive by the dict/type it came from
  int64_t extra = 0;
  // Attribute and method sites keep a second receiver class (key3..hint3 as
  // key1, ver1, value, extra, ver2), so code shared by two classes of a
  // hierarchy still hits.
  const void* key3 = nullptr;
  uint64_t ver3 = 0;
  Value value3;
  int64_t extra3 = 0;
  uint64_t hint3 = 0;
  void swap_ways() {
    std::swap(key1, key3);
    std::swap(ver1, ver3);
    std::swap(value, value3);
    std::swap(extra, extra3);
    std::swap(ver2, hint3);
  }
  void demote_way1() {
    key3 = key1;
    ver3 = ver1;
    value3 = value;
    extra3 = extra;
    hint3 = ver2;
  }
};

struct SourceText {
  std::string filename;
  std::vector<std::string> lines;
};

struct Code : Object {
  std::string name, qualname;
  std::shared_ptr<SourceText> source;     // for tracebacks (may be null)
  int firstlineno = 1;
  int argcount = 0;          // positional parameters (incl. positional-only)
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  uint32_t flags = 0;
  int nlocals = 0;           // parameters first, then other locals
  int ncells = 0;            // cell variables created on entry
  int nfrees = 0;            // free variables taken from the closure
  int stacksize = 0;
  std::vector<uint32_t> code;
  std::vector<Value> consts;           // owned
  std::vector<Str*> names;             // interned (immortal)
  std::vector<Str*> varnames;          // interned: locals
  std::vector<Str*> cellvars;          // interned
  std::vector<Str*> freevars;          // interned
  std::vector<int> cell2arg;           // per cell: parameter index it starts from, or -1
  std::vector<int32_t> lines;          // per instruction
  std::vector<int32_t> cols;           // per instruction: start col << 16 | end col (0xFFFF unknown)
  std::vector<ExcTableEntry> exc_table;
  std::vector<InlineCache> caches;     // one per instruction
  int nslots() const { return nlocals + ncells + nfrees + stacksize; }
};

struct Cell : Object {
  Value contents;   // owned; null if empty
};

struct Function : Object {
  Code* code;          // owned
  Dict* globals;       // owned
  Dict* builtins;      // owned
  Tuple* defaults;     // owned, may be null
  Dict* kwdefaults;    // owned, may be null
  Tuple* closure;      // owned, tuple of cells, may be null
  Value name;          // owned str
  Value qualname;      // owned str
  Value doc;           // owned
  Value module;        // owned (str or None)
  Dict* dict;          // function attributes, may be null
  uint64_t serial;     // creation order (object_serial_next): did it exist when a worker was forked?
};

struct BoundMethod : Object {
  Value func;   // owned
  Value self;   // owned
};

struct BuiltinFunction : Object {
  const char* name;
  NativeFn fn;
  Value self;        // owned; null for plain functions
  uint32_t flags;
  Value module;      // owned name, may be null
};

// A method of a built-in type, stored in the type's dict: binds like a function.
struct MethodDescr : Object {
  const char* name;
  NativeFn fn;
  Type* owner;
  uint32_t flags;
};

struct GetSetDescr : Object {
  const char* name;
  Ref (*get)(Value self);
  void (*set)(Value self, Value v);
  Type* owner;
};

struct Property : Object {
  Value fget, fset, fdel, doc;   // owned (null or None when absent)
};

struct StaticMethod : Object {
  Value func;   // owned
};

struct Module : Object {
  Dict* dict;   // owned
};

// A Python frame. Function frames live on the C stack of the eval loop
// (alloca), generator frames on the generator's fiber stack.
struct Frame {
  Code* code;
  Function* func;        // null for module / class bodies run directly
  Dict* globals;
  Dict* builtins;
  Dict* locals;          // module and class bodies; null in functions
  Value* slots;          // locals, cells, frees, then the value stack
  Frame* back;
  const uint32_t* ip;    // next instruction (saved whenever control leaves the loop)
  struct Generator* gen; // the generator running this frame, or null
  Value* sp = nullptr;   // a caller's stack top while its callee runs inline
  bool inlined = false;  // called by the eval loop in place (owns `func`; lives on ts->frames)
  Object* init_self = nullptr;   // an inline __init__ frame: the new object, returned by the call (owned)
  uint8_t binop = 0;     // an inline `a op b` method frame: BinOp + 1 (its operands stay on the caller's stack)
  int lineno() const;
};

extern Type GetSetDescrType;

// --- construction
Ref function_new(Code* code, Dict* globals, Value qualname);
Ref bound_method_new(Value func, Value self);
Ref cell_new(Value contents);
Ref property_new(Value fget, Value fset, Value fdel, Value doc);

// A class's __new__ and __init__ as calling it finds them (borrowed; cached
// per type epoch for classes). runtime/type.cpp
void type_new_init(Type* t, Value* newf, Value* initf);
// A live read-only view of d (types.MappingProxyType). runtime/type.cpp
Ref mappingproxy_new(Dict* d);

// --- calling Python functions (interp/vm.cpp)
Ref call_function(Function* f, const Value* args, size_t nargs, Tuple* kwnames);
// Runs module-level or class-body code with the given namespaces.
Ref run_code(Code* code, Dict* globals, Dict* locals);

// Instance dicts: user class instances keep a Dict* at t->dict_offset.
// The address of an instance's dict pointer; null if the object has none.
inline Dict** instance_dict_slot(Value obj) {
  if (!obj.is_obj()) return nullptr;
  Object* o = obj.as_obj();
  if (!o->type->dict_offset) return nullptr;
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + o->type->dict_offset);
}
Dict* instance_dict(Value obj, bool create);

}  // namespace gilpy
