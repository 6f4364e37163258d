// pickle_load.cpp — the unpickler: a stack machine over our opcode stream.
//
// It never recurses (nesting depth only grows a std::vector), and checks
// every length, count, memo index and operand type, so truncated or hostile
// data raises UnpicklingError instead of crashing. Values on the stack and in
// the memo are owned references.
#include <string>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "stdlib/array.hpp"
#include "stdlib/pickle.hpp"

namespace gilpy::pickle {

void unpickling_error(const std::string& msg) { raise(UnpicklingError_, msg); }

void memo_clear(std::vector<Value>& memo) {
  std::vector<Value> old;
  old.swap(memo);
  for (Value v : old) decref(v);
}

namespace {

[[noreturn]] void truncated() { unpickling_error("pickle data was truncated"); }

[[noreturn]] void bad_key(uint8_t c) {
  char buf[8];
  if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') std::snprintf(buf, sizeof buf, "%c", c);
  else std::snprintf(buf, sizeof buf, "\\x%02x", c);
  unpickling_error(std::string("invalid load key, '") + buf + "'.");
}

// Well-formed UTF-8 as our str holds it (surrogate code points allowed, as a
// str may contain them; overlong forms and values past U+10FFFF rejected).
bool valid_utf8(const uint8_t* p, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (!(w & 0x8080808080808080ull)) {
        i += 8;
        continue;
      }
    }
    uint8_t c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!len || i + len > n) return false;
    for (size_t k = 1; k < len; k++)
      if ((p[i + k] & 0xC0) != 0x80) return false;
    if (c == 0xE0 && p[i + 1] < 0xA0) return false;   // overlong
    if (c == 0xF0 && p[i + 1] < 0x90) return false;   // overlong
    if (c == 0xF4 && p[i + 1] > 0x8F) return false;   // > U+10FFFF
    i += len;
  }
  return true;
}

class Loader {
 public:
  Loader(std::string_view body, std::vector<Value>& memo, const LoadOptions& opt)
      : p_(reinterpret_cast<const uint8_t*>(body.data())), end_(p_ + body.size()), memo_(memo), opt_(opt) {}
  ~Loader() {
    for (Value v : stack_) xdecref(v);
  }
  Loader(const Loader&) = delete;
  Loader& operator=(const Loader&) = delete;
  Ref run();

 private:
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) truncated();
      uint8_t b = *p_++;
      v |= uint64_t(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    unpickling_error("invalid varint in pickle data");
  }
  uint64_t count() {   // a count of stack items: at most what the stack holds
    uint64_t n = varint();
    if (n > stack_.size()) unpickling_error("unpickling stack underflow");
    return n;
  }
  std::string_view data() {
    uint64_t n = varint();
    if (n > uint64_t(end_ - p_)) truncated();
    std::string_view s(reinterpret_cast<const char*>(p_), size_t(n));
    p_ += n;
    return s;
  }
  void push(Ref r) {
    stack_.push_back(r.get());
    r.release();
  }
  Ref pop() {
    if (stack_.empty()) unpickling_error("unpickling stack underflow");
    Value v = stack_.back();
    stack_.pop_back();
    return Ref::steal(v);
  }
  Value top() {
    if (stack_.empty()) unpickling_error("unpickling stack underflow");
    return stack_.back();
  }
  Ref pop_str(const char* what) {
    Ref r = pop();
    if (!is_str(r.get())) unpickling_error(std::string(what) + " must be a str");
    return r;
  }
  Ref pop_tuple(const char* what) {
    Ref r = pop();
    if (!isinstance_of(r.get(), &TupleType)) unpickling_error(std::string(what) + " must be a tuple");
    return r;
  }
  void drop(size_t n) {   // pops n items (n checked by count())
    for (size_t i = stack_.size() - n; i < stack_.size(); i++) xdecref(stack_[i]);
    stack_.resize(stack_.size() - n);
  }
  Value* tail(size_t n) { return stack_.data() + stack_.size() - n; }

  void load_int();
  void load_float();
  void load_str();
  void appends();
  void setitems();
  void additems();
  void make_tuple();
  void make_frozenset();
  void global();
  void newobj(bool ex);
  void build();
  void persid();
  void make_array();

  const uint8_t* p_;
  const uint8_t* end_;
  std::vector<Value> stack_;
  std::vector<Value>& memo_;
  const LoadOptions& opt_;
};

void Loader::load_int() {
  uint64_t z = varint();
  int64_t i = int64_t(z >> 1) ^ -int64_t(z & 1);
  if (Value::fits_small(i)) stack_.push_back(Value::small_int(i));
  else push(int_from_i64(i));
}

void Loader::load_float() {
  if (end_ - p_ < 8) truncated();
  uint64_t bits = 0;
  for (int k = 0; k < 8; k++) bits |= uint64_t(p_[k]) << (8 * k);
  p_ += 8;
  double d;
  std::memcpy(&d, &bits, 8);
  stack_.push_back(Value::from_double(d));
}

void Loader::load_str() {
  std::string_view s = data();
  if (!valid_utf8(reinterpret_cast<const uint8_t*>(s.data()), s.size()))
    unpickling_error("invalid UTF-8 in a pickled str");
  push(str_new(s));
}

// The n items on top of the stack go into the list-like object below them.
void Loader::appends() {
  uint64_t n = count();
  if (n + 1 > stack_.size()) unpickling_error("unpickling stack underflow");
  Value target = stack_[stack_.size() - n - 1];
  Value* items = tail(n);
  if (type_of(target) == &ListType) {
    for (uint64_t i = 0; i < n; i++) list_append(target, items[i]);
  } else if (Ref ext = getattr_opt(target, intern("extend"))) {
    Ref lst = list_from_array(items, n);
    call(ext.get(), {lst.get()});
  } else {
    Ref app = getattr(target, intern("append"));
    for (uint64_t i = 0; i < n; i++) call(app.get(), {items[i]});
  }
  drop(n);
}

void Loader::setitems() {
  uint64_t n = varint();
  if (n > stack_.size() / 2 || 2 * n + 1 > stack_.size()) unpickling_error("unpickling stack underflow");
  Value target = stack_[stack_.size() - 2 * n - 1];
  Value* items = tail(2 * n);
  bool exact = type_of(target) == &DictType;
  for (uint64_t i = 0; i < n; i++) {
    if (exact) dict_set(as_dict(target), items[2 * i], items[2 * i + 1]);
    else setitem(target, items[2 * i], items[2 * i + 1]);
  }
  drop(2 * n);
}

void Loader::additems() {
  uint64_t n = count();
  if (n + 1 > stack_.size()) unpickling_error("unpickling stack underflow");
  Value target = stack_[stack_.size() - n - 1];
  Value* items = tail(n);
  if (type_of(target) == &SetType) {
    for (uint64_t i = 0; i < n; i++) set_add(target, items[i]);
  } else {
    Ref add = getattr(target, intern("add"));
    for (uint64_t i = 0; i < n; i++) call(add.get(), {items[i]});
  }
  drop(n);
}

void Loader::make_tuple() {
  uint64_t n = count();
  if (n == 0) return push(Ref::borrow(empty_tuple()));
  Ref t = tuple_new(n);
  Value* items = tail(n);
  for (uint64_t i = 0; i < n; i++) as_tuple(t.get())->items[i] = items[i];   // ownership moves
  stack_.resize(stack_.size() - n);
  push(std::move(t));
}

void Loader::make_frozenset() {
  uint64_t n = count();
  Ref s = set_new(&FrozenSetType);
  Value* items = tail(n);
  for (uint64_t i = 0; i < n; i++) set_add(s.get(), items[i]);
  drop(n);
  push(std::move(s));
}

void Loader::global() {
  Ref name = pop_str("global name");
  Ref module = pop_str("module name");
  if (!opt_.find_class.is_null()) return push(call(opt_.find_class, {module.get(), name.get()}));
  int err;
  Ref obj = lookup_global(module.get(), name.get(), &err);
  if (err == 1) import_module(str_view(module.get()));   // raises the import's own error
  if (!obj) {
    Ref mod = import_module(str_view(module.get()));
    raise(AttributeError_, "Can't get attribute " + repr_utf8(name.get()) + " on " + repr_utf8(mod.get()));
  }
  push(std::move(obj));
}

// cls.__new__(cls, *args[, **kwargs])
void Loader::newobj(bool ex) {
  Ref kwargs;
  if (ex) {
    kwargs = pop();
    if (!isinstance_of(kwargs.get(), &DictType)) unpickling_error("NEWOBJ_EX kwargs must be a dict");
  }
  Ref args = pop_tuple("NEWOBJ args");
  Ref cls = pop();
  if (!isinstance_of(cls.get(), &TypeType)) unpickling_error("NEWOBJ class argument isn't a type object");
  Tuple* a = as_tuple(args.get());
  std::vector<Value> argv;
  argv.reserve(size_t(a->size) + 1 + (kwargs ? size_t(as_dict(kwargs.get())->used) : 0));
  argv.push_back(cls.get());
  for (int64_t i = 0; i < a->size; i++) argv.push_back(a->items[i]);
  Ref kwnames;
  if (kwargs) {
    Dict* d = as_dict(kwargs.get());
    kwnames = tuple_new(size_t(d->used));
    int64_t pos = 0, k = 0;
    Value key, val;
    while (dict_next(d, &pos, &key, &val)) {
      if (!is_str(key)) unpickling_error("NEWOBJ_EX keyword names must be str");
      incref(key);
      as_tuple(kwnames.get())->items[k++] = key;
      argv.push_back(val);
    }
  }
  Ref newf = getattr(cls.get(), intern("__new__"));
  size_t npos = size_t(a->size) + 1;
  push(call(newf.get(), argv.data(), npos, kwnames ? as_tuple(kwnames.get()) : nullptr));
}

// Applies a state to the object below it: __setstate__, else the instance
// __dict__ (and a (dict, slots) pair's slot attributes).
void Loader::build() {
  Ref state = pop();
  Value obj = top();
  if (!type_lookup(type_of(obj), intern("__setstate__")).is_null()) {
    call_method(obj, "__setstate__", {state.get()});
    return;
  }
  Value st = state.get(), slots = Value::null();
  if (isinstance_of(st, &TupleType) && as_tuple(st)->size == 2) {
    slots = as_tuple(st)->items[1];
    st = as_tuple(st)->items[0];
  }
  if (!st.is_none()) {
    if (!isinstance_of(st, &DictType)) unpickling_error("state is not a dictionary");
    Dict* sd = as_dict(st);
    Dict** slot = instance_dict_slot(obj);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(sd, &pos, &k, &v)) {
      if (!is_str(k)) unpickling_error("state keys must be strings");
      if (slot) dict_set(instance_dict(obj, true), Value::object(intern(as_str(k))), v);
      else setattr(obj, intern(as_str(k)), v);
    }
  }
  if (!slots.is_null() && !slots.is_none()) {
    if (!isinstance_of(slots, &DictType)) unpickling_error("slot state is not a dictionary");
    int64_t pos = 0;
    Value k, v;
    while (dict_next(as_dict(slots), &pos, &k, &v)) {
      if (!is_str(k)) unpickling_error("state keys must be strings");
      setattr(obj, intern(as_str(k)), v);
    }
  }
}

void Loader::persid() {
  Ref pid = pop();
  if (opt_.persistent_load.is_null())
    unpickling_error("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
  push(call(opt_.persistent_load, {pid.get()}));
}

void Loader::make_array() {
  Ref data = pop();
  Ref code = pop_str("array typecode");
  if (type_of(data.get()) != &BytesType) unpickling_error("array data must be bytes");
  import_module("array");   // readies the array type if no one imported it yet
  Ref a = call(Value::object(&ArrayType), {code.get()});
  call_method(a.get(), "frombytes", {data.get()});
  push(std::move(a));
}

Ref Loader::run() {
  for (;;) {
    if (p_ == end_) truncated();
    uint8_t op = *p_++;
    switch (op) {
      case STOP: {
        if (stack_.size() != 1) unpickling_error("unpickling stack has " + std::to_string(stack_.size()) + " items at STOP");
        return pop();
      }
      case NONE: stack_.push_back(Value::none()); break;
      case TRUE_: stack_.push_back(Value::true_()); break;
      case FALSE_: stack_.push_back(Value::false_()); break;
      case ELLIPSIS: stack_.push_back(Value::object(&EllipsisObj)); break;
      case NOTIMPL: stack_.push_back(not_implemented()); break;
      case INT: load_int(); break;
      case BIGINT: {
        std::string_view b = data();
        if (b.empty()) unpickling_error("empty BIGINT in pickle data");
        push(int_from_bytes(b, true, true));
        break;
      }
      case FLOAT: load_float(); break;
      case STR: load_str(); break;
      case BYTES: push(bytes_new(data())); break;
      case BYTEARRAY: push(bytearray_new(data())); break;
      case EMPTY_LIST: push(list_new(0)); break;
      case APPENDS: appends(); break;
      case TUPLE: make_tuple(); break;
      case EMPTY_DICT: push(dict_new()); break;
      case SETITEMS: setitems(); break;
      case EMPTY_SET: push(set_new(&SetType)); break;
      case ADDITEMS: additems(); break;
      case FROZENSET: make_frozenset(); break;
      case RANGE: {
        Ref c = pop(), b = pop(), a = pop();
        push(call(Value::object(&RangeType), {a.get(), b.get(), c.get()}));
        break;
      }
      case SLICE: {
        Ref c = pop(), b = pop(), a = pop();
        push(slice_new(a.get(), b.get(), c.get()));
        break;
      }
      case GLOBAL: global(); break;
      case MEMO_PUT: {
        Value v = top();
        incref(v);
        memo_.push_back(v);
        break;
      }
      case MEMO_GET: {
        uint64_t i = varint();
        if (i >= memo_.size()) unpickling_error("Memo value not found at index " + std::to_string(i));
        push(Ref::borrow(memo_[i]));
        break;
      }
      case POP: pop(); break;
      case POP_N: drop(count()); break;
      case REDUCE: {
        Ref args = pop_tuple("REDUCE args");
        Ref f = pop();
        push(call(f.get(), as_tuple(args.get())->items, size_t(as_tuple(args.get())->size)));
        break;
      }
      case NEWOBJ: newobj(false); break;
      case NEWOBJ_EX: newobj(true); break;
      case BUILD: build(); break;
      case STATE_SETTER: {
        Ref state = pop(), setter = pop();
        call(setter.get(), {top(), state.get()});
        break;
      }
      case PERSID: persid(); break;
      case ARRAY: make_array(); break;
      default: bad_key(op);
    }
  }
}

}  // namespace

uint64_t parse_header(const char* h) {
  const uint8_t* u = reinterpret_cast<const uint8_t*>(h);
  if (u[0] != kMagic0) bad_key(u[0]);
  if (u[1] != kMagic1) bad_key(u[1]);
  if (u[2] != kVersion) unpickling_error("unsupported pickle version: " + std::to_string(u[2]));
  uint64_t n = 0;
  for (int k = 0; k < 7; k++) n |= uint64_t(u[3 + k]) << (8 * k);
  return n;
}

Ref load_body(std::string_view body, std::vector<Value>& memo, const LoadOptions& opt) {
  Loader l(body, memo, opt);
  return l.run();
}

Ref load_from(std::string_view data, std::vector<Value>& memo, const LoadOptions& opt) {
  if (data.empty()) raise(EOFError_, "Ran out of input");
  if (uint8_t(data[0]) != kMagic0) bad_key(uint8_t(data[0]));
  if (data.size() < kHeaderSize) truncated();
  uint64_t n = parse_header(data.data());
  if (n > data.size() - kHeaderSize) truncated();
  return load_body(data.substr(kHeaderSize, size_t(n)), memo, opt);
}

}  // namespace gilpy::pickle
