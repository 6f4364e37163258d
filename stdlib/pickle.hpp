// pickle.hpp — the `pickle` module's engine: our own compact binary format.
//
// Nobody exchanges pickles with CPython, so the format is gilpy's own: a
// 10-byte header (magic "gP", a version byte... see below) and a stream of
// one-byte opcodes for a stack machine. The dumper walks the object graph
// recursively (deep nesting raises RecursionError, as CPython's does); the
// loader never recurses, so hostile input cannot overflow the C stack, and
// every read is bounds-checked (bad input raises UnpicklingError).
//
// Header: 'g' 'P' VERSION, then the body length as 7 little-endian bytes
// (so a stream reader reads exactly one pickle with two read() calls).
// Body: opcodes, ending with STOP. Counts and lengths are LEB128 varints.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include "runtime/object.hpp"

namespace gilpy {

struct Tuple;
struct Str;

namespace pickle {

constexpr int kHighestProtocol = 5;
constexpr int kDefaultProtocol = 4;
constexpr uint8_t kMagic0 = 'g', kMagic1 = 'P', kVersion = 1;
constexpr size_t kHeaderSize = 10;
constexpr int kBatch = 1024;   // items per APPENDS/SETITEMS/ADDITEMS (bounds the loader's stack)

enum Op : uint8_t {
  STOP = 0x40, NONE, TRUE_, FALSE_, ELLIPSIS, NOTIMPL,
  INT,         // zigzag varint (fits int64)
  BIGINT,      // varint n, n bytes signed little-endian
  FLOAT,       // 8 bytes, the IEEE bits little-endian
  STR,         // varint n, n bytes UTF-8
  BYTES, BYTEARRAY,
  EMPTY_LIST, APPENDS,      // APPENDS n: list below n items gets them
  TUPLE,                    // TUPLE n: n items -> tuple
  EMPTY_DICT, SETITEMS,     // SETITEMS n: n key/value pairs
  EMPTY_SET, ADDITEMS, FROZENSET,
  RANGE, SLICE,             // 3 items -> range / slice
  GLOBAL,                   // module str, qualname str -> the object
  MEMO_PUT,                 // the top of the stack gets the next memo index
  MEMO_GET,                 // varint index
  POP, POP_N,               // POP_N n
  REDUCE,                   // callable, args tuple -> callable(*args)
  NEWOBJ,                   // cls, args -> cls.__new__(cls, *args)
  NEWOBJ_EX,                // cls, args, kwargs -> cls.__new__(cls, *args, **kwargs)
  BUILD,                    // obj, state -> obj (state applied)
  STATE_SETTER,             // obj, setter, state -> obj (setter(obj, state) called)
  PERSID,                   // pid -> persistent_load(pid)
  ARRAY,                    // typecode str, bytes -> array.array
  OP_END
};

// The exception classes of the module (created once per process).
extern Type *PickleError_, *PicklingError_, *UnpicklingError_;
void init_exception_classes();

// -------------------------------------------------------------- output
// A growable byte buffer written with unchecked stores after one reserve().
class Writer {
 public:
  Writer() { grow(256); }
  ~Writer() { std::free(buf_); }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  void reserve(size_t n) {
    if (len_ + n > cap_) grow(len_ + n);
  }
  void op(uint8_t b) {
    reserve(1);
    buf_[len_++] = char(b);
  }
  void op_varint(uint8_t b, uint64_t v) {
    reserve(11);
    buf_[len_++] = char(b);
    put_varint(v);
  }
  void put_varint(uint64_t v) {   // caller reserved 10 bytes
    while (v >= 0x80) {
      buf_[len_++] = char(uint8_t(v) | 0x80);
      v >>= 7;
    }
    buf_[len_++] = char(v);
  }
  void op_data(uint8_t b, const char* p, size_t n) {
    reserve(n + 11);
    buf_[len_++] = char(b);
    put_varint(n);
    if (n) std::memcpy(buf_ + len_, p, n);   // p may be null when n is 0
    len_ += n;
  }
  void raw(const char* p, size_t n) {
    reserve(n);
    if (n) std::memcpy(buf_ + len_, p, n);
    len_ += n;
  }
  char* data() { return buf_; }
  size_t size() const { return len_; }

 private:
  void grow(size_t need);
  char* buf_ = nullptr;
  size_t len_ = 0, cap_ = 0;
};

// ---------------------------------------------------------------- memo
// Object identity -> memo index, for the dumper. Holds a reference to each
// key so that no address is reused while the memo lives (a freed temporary
// and a new object at the same address must not alias).
class Memo {
 public:
  Memo() = default;
  ~Memo() { clear(); }
  Memo(const Memo&) = delete;
  Memo& operator=(const Memo&) = delete;
  int64_t find(Object* o) const {   // -1 if absent
    if (!count_) return -1;
    for (size_t i = slot_of(o);; i = (i + 1) & mask_) {
      if (slots_[i].key == o) return slots_[i].id;
      if (!slots_[i].key) return -1;
    }
  }
  uint32_t put(Object* o);   // new index for o (not already present)
  uint32_t next_id() const { return next_; }
  void clear();
  void truncate(uint32_t n);   // forgets the entries numbered n and above

 private:
  struct Slot {
    Object* key;
    uint32_t id;
  };
  size_t slot_of(Object* o) const {
    return size_t((reinterpret_cast<uintptr_t>(o) >> 4) * 0x9E3779B97F4A7C15ull >> 20) & mask_;
  }
  void rehash(size_t newcap);
  Slot* slots_ = nullptr;
  size_t mask_ = 0, count_ = 0;
  uint32_t next_ = 0;
};

// ------------------------------------------------------------- dumping
struct DumpOptions {
  int protocol = kDefaultProtocol;
  Value persistent_id;   // borrowed callable, or null: no persistent ids
};
// Appends one complete pickle of `obj` (header included) to `w`.
void dump_to(Writer& w, Memo& memo, Value obj, const DumpOptions& opt);

// ------------------------------------------------------------- loading
struct LoadOptions {
  Value persistent_load;   // borrowed callable, or null
  Value find_class;        // borrowed callable (module, name) -> obj, or null: the built-in lookup
};
// Length of the body announced by a header (raises UnpicklingError if it
// is not one of ours). `h` holds kHeaderSize bytes.
uint64_t parse_header(const char* h);
// Runs a body; `memo` persists across calls (an Unpickler's loads).
Ref load_body(std::string_view body, std::vector<Value>& memo, const LoadOptions& opt);
// A complete pickle in memory (header + body); trailing bytes are ignored.
Ref load_from(std::string_view data, std::vector<Value>& memo, const LoadOptions& opt);
void memo_clear(std::vector<Value>& memo);

// The object named module.qualname (the walk of the dotted name), or a null
// Ref with *err set to the failure kind: 1 import failed, 2 attribute missing.
Ref lookup_global(Value module, Value qualname, int* err);

[[noreturn]] void unpickling_error(const std::string& msg);
[[noreturn]] void pickling_error(const std::string& msg);

}  // namespace pickle

// Declared in runtime/type.cpp (not in a header): creates a class, as the
// class statement does. Used for the module's exception classes.
Ref type_new_class(Type* meta, Str* name, Value bases, Dict* ns);

}  // namespace gilpy
