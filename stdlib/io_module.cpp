// io_module.cpp — the `io` module: type start-up, io.UnsupportedOperation,
// the IOBase family (whose methods let user classes derived from
// io.IOBase / io.TextIOBase work as streams), and helpers shared by the io
// files.
#include <mutex>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/io.hpp"
#include "stdlib/io_impl.hpp"

namespace gilpy {

Type IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType;

namespace io {

void init_file_types();     // io_file_methods.cpp
void init_string_types();   // io_string.cpp

// ------------------------------------------------------------- helpers
static Type* g_unsupported = nullptr;

Type* unsupported_operation_type() {
  init_io_types();
  return g_unsupported;
}

void raise_unsupported(const std::string& msg) { raise(unsupported_operation_type(), msg); }

int64_t size_arg(Value v) {
  if (v.is_null() || v.is_none()) return -1;
  if (!is_int(v) && type_lookup(type_of(v), intern("__index__")).is_null())
    type_error("argument should be integer or None, not '" + type_name(v) + "'");
  return index_value(v);
}

Nl parse_newline(Value v, bool quote_in_error) {
  if (v.is_none()) return Nl::Universal;
  if (!is_str(v)) type_error("newline must be str or None, not " + type_name(v));
  std::string_view s = str_view(v);
  if (s.empty()) return Nl::Untranslated;
  if (s == "\n") return Nl::LF;
  if (s == "\r") return Nl::CR;
  if (s == "\r\n") return Nl::CRLF;
  value_error("illegal newline value: " + (quote_in_error ? str_repr_utf8(s) : std::string(s)));
}

// ------------------------------------------------------------- IOBase
// The methods of IOBase are written against the Python-level protocol
// (self.read, self.write, self.close ...) so that classes derived from it in
// Python get readline, iteration, context management and friends for free.
namespace {

Str* closed_key() {
  static Str* s = intern("__IOBase_closed");
  return s;
}

void base_check_open(Value self) {
  Ref c = getattr(self, "closed");
  if (truthy(c.get())) value_error("I/O operation on closed file.");
}

#define BASE_METHOD(fn) \
  Ref fn([[maybe_unused]] Value self, [[maybe_unused]] const Value* args, [[maybe_unused]] size_t nargs, \
         [[maybe_unused]] Tuple* kw)

BASE_METHOD(b_close) {
  check_nargs("close", nargs, kw, 0, 0);
  Dict* d = instance_dict(self, true);
  if (!d || !dict_get_str(d, closed_key()).is_null()) return Ref::none();
  // Closed even when flush fails, as CPython's IOBase.close does.
  try {
    call_method(self, "flush", {});
  } catch (PyError&) {
    dict_set(d, Value::object(closed_key()), Value::true_());
    throw;
  }
  dict_set(d, Value::object(closed_key()), Value::true_());
  return Ref::none();
}

Ref b_get_closed(Value self) {
  Dict* d = instance_dict(self, false);
  return Ref::boolean(d && !dict_get_str(d, closed_key()).is_null());
}

BASE_METHOD(b_flush) {
  check_nargs("flush", nargs, kw, 0, 0);
  base_check_open(self);
  return Ref::none();
}

BASE_METHOD(b_false) {   // readable, writable, seekable
  base_check_open(self);
  return Ref::boolean(false);
}

BASE_METHOD(b_fileno) {
  raise_unsupported("fileno");
}

BASE_METHOD(b_seek) {
  raise_unsupported("seek");
}

BASE_METHOD(b_truncate) {
  raise_unsupported("truncate");
}

BASE_METHOD(b_tell) {
  check_nargs("tell", nargs, kw, 0, 0);
  return call_method(self, "seek", {Value::small_int(0), Value::small_int(1)});
}

BASE_METHOD(b_enter) {
  base_check_open(self);
  return Ref::borrow(self);
}

BASE_METHOD(b_exit) {
  return call_method(self, "close", {});
}

// readline on top of read(1): works whether read returns str or bytes.
BASE_METHOD(b_readline) {
  Value a[1];
  parse_args("readline", args, nargs, kw, {"size"}, 0, a, 1);
  int64_t limit = size_arg(a[0]);
  std::string line;
  bool bytes = true;
  int64_t n = 0;
  while (limit < 0 || n < limit) {
    Ref c = call_method(self, "read", {Value::small_int(1)});
    if (is_bytes_like(c.get())) {
      if (!as_bytes(c.get())->size) break;
      line += as_bytes(c.get())->view();
    } else if (is_str(c.get())) {
      bytes = false;
      if (!as_str(c.get())->size) break;
      line += str_view(c.get());
    } else {
      raise(OSError_, "read() should have returned a bytes object, not '" + type_name(c.get()) + "'");
    }
    n++;
    if (line.back() == '\n') break;
  }
  return bytes ? bytes_new(line) : str_new(line);
}

BASE_METHOD(b_readlines) {
  Value a[1];
  parse_args("readlines", args, nargs, kw, {"hint"}, 0, a, 1);
  int64_t hint = size_arg(a[0]), total = 0;
  Ref out = list_new(0);
  Ref it = get_iter(self);
  for (;;) {
    Ref line = next_or_null(it.get());
    if (!line) break;
    list_append(out.get(), line.get());
    total += length(line.get());
    if (hint > 0 && total >= hint) break;
  }
  return out;
}

BASE_METHOD(b_writelines) {
  check_nargs("writelines", nargs, kw, 1, 1);
  base_check_open(self);
  for_each(args[0], [&](Value v) { call_method(self, "write", {v}); });
  return Ref::none();
}

Ref b_iter(Value self) {
  base_check_open(self);
  return Ref::borrow(self);
}

Value b_next(Value self) {
  Ref line = call_method(self, "readline", {});
  if (length(line.get()) == 0) return Value::null();
  return line.release();
}

Ref none_getter(Value) { return Ref::none(); }

const MethodDef iobase_methods[] = {
    {"close", b_close},         {"flush", b_flush},         {"readable", b_false},
    {"writable", b_false},      {"seekable", b_false},      {"isatty", b_false},
    {"fileno", b_fileno},       {"seek", b_seek},           {"tell", b_tell},
    {"truncate", b_truncate},   {"__enter__", b_enter},     {"__exit__", b_exit},
    {"readline", b_readline},   {"readlines", b_readlines}, {"writelines", b_writelines},
    {nullptr, nullptr},
};
const GetSetDef iobase_getsets[] = {{"closed", b_get_closed}, {nullptr, nullptr}};
const GetSetDef textiobase_getsets[] = {
    {"encoding", none_getter}, {"errors", none_getter}, {"newlines", none_getter}, {nullptr, nullptr}};

void setup_base(Type& t, const char* name, Type* base, const MethodDef* methods, const GetSetDef* getsets) {
  t.name = name;
  t.module = "io";
  t.base = base;
  t.flags = kTypeBaseType;
  if (base == &ObjectType) {
    t.iter = b_iter;
    t.next = b_next;
  }
  type_ready(&t, methods, getsets);
}

// io.UnsupportedOperation derives from both OSError and ValueError.
Type* make_unsupported_operation() {
  Type* t = new Type();
  t->name = t->qualname = "UnsupportedOperation";
  t->module = "io";
  t->base = OSError_;
  t->bases = as_tuple(tuple_from({Value::object(OSError_), Value::object(ValueError_)}).release());
  t->flags = kTypeBaseType | kTypeExcSub;
  type_ready(t);
  return t;
}

}  // namespace
}  // namespace io

void init_io_types() {
  static std::once_flag once;
  std::call_once(once, [] {
    using namespace io;
    setup_base(IOBaseType, "IOBase", &ObjectType, iobase_methods, iobase_getsets);
    setup_base(RawIOBaseType, "RawIOBase", &IOBaseType, nullptr, nullptr);
    setup_base(BufferedIOBaseType, "BufferedIOBase", &IOBaseType, nullptr, nullptr);
    setup_base(TextIOBaseType, "TextIOBase", &IOBaseType, nullptr, textiobase_getsets);
    g_unsupported = make_unsupported_operation();
    init_file_types();
    init_string_types();
  });
}

static Ref io_text_encoding(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("text_encoding", args, nargs, kw, {"encoding", "stacklevel"}, 1, a);
  if (!a[0].is_none()) return Ref::borrow(a[0]);
  return str_new("utf-8");
}

static const MethodDef io_functions[] = {
    {"open", builtin_open},
    {"text_encoding", io_text_encoding},
    {nullptr, nullptr},
};

static void init_io(Value m) {
  init_io_types();
  module_add_functions(m, io_functions);
  // io.open is the builtin open itself (the same object), as in CPython.
  Value builtin = current_interp()->builtins ? dict_get_cstr(current_interp()->builtins, "open") : Value::null();
  if (!builtin.is_null()) module_add(m, "open", builtin);
  struct {
    const char* name;
    Type* t;
  } types[] = {
      {"IOBase", &IOBaseType},
      {"RawIOBase", &RawIOBaseType},
      {"BufferedIOBase", &BufferedIOBaseType},
      {"TextIOBase", &TextIOBaseType},
      {"TextIOWrapper", &TextIOWrapperType},
      {"BufferedReader", &BufferedReaderType},
      {"BufferedWriter", &BufferedWriterType},
      {"BufferedRandom", &BufferedRandomType},
      {"FileIO", &FileIOType},
      {"StringIO", &StringIOType},
      {"BytesIO", &BytesIOType},
      {"UnsupportedOperation", io::g_unsupported},
  };
  for (auto& e : types) module_add(m, e.name, Value::object(e.t));
  Value b = dict_get_cstr(current_interp()->builtins, "BlockingIOError");
  if (!b.is_null()) module_add(m, "BlockingIOError", b);
  module_add(m, "SEEK_SET", Value::small_int(0));
  module_add(m, "SEEK_CUR", Value::small_int(1));
  module_add(m, "SEEK_END", Value::small_int(2));
  module_add(m, "DEFAULT_BUFFER_SIZE", Value::small_int(int64_t(io::kDefaultBufferSize)));
}

GILPY_MODULE("io", init_io);

}  // namespace gilpy
