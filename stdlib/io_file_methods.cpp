// io_file_methods.cpp — the Python face of file objects: the methods and
// attributes of TextIOWrapper / BufferedReader / BufferedWriter /
// BufferedRandom / FileIO, their repr, iteration and deallocation, and the
// fast write path print() uses. The buffering itself is in io_file.cpp.
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/io.hpp"
#include "stdlib/io_impl.hpp"

namespace gilpy {

Type TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType;

namespace io {
namespace {

// ------------------------------------------------------------ state checks
// CPython's messages differ by layer: the text layer ends its sentence with
// a period, the buffered layer names the operation, FileIO does neither.
void check_open(FileObject* f, const char* buffered_msg = "I/O operation on closed file") {
  if (!f->closed) return;
  if (f->text) value_error("I/O operation on closed file.");
  value_error(f->raw ? "I/O operation on closed file" : buffered_msg);
}
void check_open_plain(FileObject* f) {   // fileno, isatty, readable, ...: never a period
  if (f->closed) value_error("I/O operation on closed file");
}
void check_open_dot(FileObject* f) {     // IOBase-level methods: always a period
  if (f->closed) value_error("I/O operation on closed file.");
}

void check_readable(FileObject* f, const char* buffered_msg) {
  if (f->text) {
    check_open(f);
    if (!f->readable) raise_unsupported("not readable");
    return;
  }
  if (!f->readable) raise_unsupported(f->raw ? "File not open for reading" : "read");
  check_open(f, buffered_msg);
}

void check_writable(FileObject* f) {
  if (f->text) {
    check_open(f);
    if (!f->writable) raise_unsupported("not writable");
    return;
  }
  if (!f->writable) raise_unsupported(f->raw ? "File not open for writing" : "write");
  check_open(f, "write to closed file");
}

Ref readline_of(FileObject* f, int64_t limit) {
  check_readable(f, "readline of closed file");
  return f->text ? text_readline(f, limit) : bin_readline(f, limit);
}

int64_t item_length(Value v) {
  return v.as_obj()->type == &StrType ? as_str(v)->length : as_bytes(v)->size;
}

// Writes one str (text) or bytes-like (binary); returns the count written.
int64_t write_one(FileObject* f, Value v) {
  if (f->text) {
    if (!isinstance_of(v, &StrType)) type_error("write() argument must be str, not " + type_name(v));
    check_writable(f);
    Str* s = as_str(v);
    text_write(f, s->view(), s->ascii);
    return s->length;
  }
  check_writable(f);
  if (!is_bytes_like(v)) type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  Bytes* b = as_bytes(v);
  file_write(f, b->view());
  return b->size;
}

// ----------------------------------------------------------------- methods
#define FILE_METHOD(fn) \
  Ref fn([[maybe_unused]] Value self, [[maybe_unused]] const Value* args, [[maybe_unused]] size_t nargs, \
         [[maybe_unused]] Tuple* kw)

FILE_METHOD(m_read) {
  Value a[1];
  parse_args("read", args, nargs, kw, {"size"}, 0, a, 1);
  FileObject* f = F(self);
  check_readable(f, "read of closed file");
  int64_t n = size_arg(a[0]);
  return f->text ? text_read(f, n) : bin_read(f, n);
}

FILE_METHOD(m_read1) {
  Value a[1];
  parse_args("read1", args, nargs, kw, {"size"}, 0, a, 1);
  FileObject* f = F(self);
  check_readable(f, "read of closed file");
  return bin_read1(f, size_arg(a[0]));
}

FILE_METHOD(m_readinto) {
  check_nargs("readinto", nargs, kw, 1, 1);
  FileObject* f = F(self);
  check_readable(f, "readinto of closed file");
  if (type_of(args[0]) != &ByteArrayType)
    type_error("readinto() argument must be read-write bytes-like object, not " + type_name(args[0]));
  Bytes* b = as_bytes(args[0]);
  // Read first, copy after: the bytearray may not move while we hold its pointer.
  Ref chunk = bin_read(f, b->size);
  Bytes* c = as_bytes(chunk.get());
  std::memcpy(b->data, c->data, size_t(std::min(c->size, b->size)));
  return int_from_i64(std::min(c->size, b->size));
}

FILE_METHOD(m_readline) {
  Value a[1];
  parse_args("readline", args, nargs, kw, {"size"}, 0, a, 1);
  return readline_of(F(self), size_arg(a[0]));
}

FILE_METHOD(m_readlines) {
  Value a[1];
  parse_args("readlines", args, nargs, kw, {"hint"}, 0, a, 1);
  FileObject* f = F(self);
  check_open_dot(f);
  int64_t hint = size_arg(a[0]), total = 0;
  Ref out = list_new(0);
  for (;;) {
    Ref line = readline_of(f, -1);
    int64_t n = item_length(line.get());
    if (!n) break;
    list_append(out.get(), line.get());
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return out;
}

FILE_METHOD(m_write) {
  check_nargs("write", nargs, kw, 1, 1);
  return int_from_i64(write_one(F(self), args[0]));
}

FILE_METHOD(m_writelines) {
  check_nargs("writelines", nargs, kw, 1, 1);
  FileObject* f = F(self);
  check_open_dot(f);
  for_each(args[0], [&](Value v) { write_one(f, v); });
  return Ref::none();
}

FILE_METHOD(m_flush) {
  check_nargs("flush", nargs, kw, 0, 0);
  FileObject* f = F(self);
  if (f->text || !f->writable) check_open_dot(f);
  else check_open(f, "flush of closed file");
  sync_twin(f);
  if (f->writable) file_flush(f);
  return Ref::none();
}

FILE_METHOD(m_close) {
  check_nargs("close", nargs, kw, 0, 0);
  file_close(F(self));
  return Ref::none();
}

FILE_METHOD(m_seek) {
  Value a[2];
  parse_args("seek", args, nargs, kw, {"cookie", "whence"}, 1, a, 2);
  FileObject* f = F(self);
  check_open(f, "seek of closed file");
  int64_t off = index_value(a[0]);
  int64_t whence = a[1].is_null() ? 0 : index_value(a[1]);
  if (whence < 0 || whence > 2)
    value_error("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  if (f->text) {
    if (!file_seekable(f)) raise_unsupported("underlying stream is not seekable");
    if (whence == 1 && off) raise_unsupported("can't do nonzero cur-relative seeks");
    if (whence == 2 && off) raise_unsupported("can't do nonzero end-relative seeks");
  }
  if (whence == 0 && off < 0) value_error("negative seek position " + std::to_string(off));
  return int_from_i64(file_seek(f, off, int(whence)));
}

FILE_METHOD(m_tell) {
  check_nargs("tell", nargs, kw, 0, 0);
  FileObject* f = F(self);
  if (f->text) check_open(f);
  else check_open_plain(f);
  return int_from_i64(file_tell(f));
}

FILE_METHOD(m_truncate) {
  Value a[1];
  parse_args("truncate", args, nargs, kw, {"pos"}, 0, a, 1);
  FileObject* f = F(self);
  check_open(f, "truncate of closed file");
  if (!f->writable) raise_unsupported(f->raw ? "File not open for writing" : "truncate");
  int64_t size = -1;
  if (!a[0].is_null() && !a[0].is_none()) {
    size = index_value(a[0]);
    if (size < 0) value_error("negative size value " + std::to_string(size));
  }
  return int_from_i64(file_truncate(f, size));
}

FILE_METHOD(m_fileno) {
  check_nargs("fileno", nargs, kw, 0, 0);
  check_open_plain(F(self));
  return int_from_i64(F(self)->fd);
}

FILE_METHOD(m_isatty) {
  check_nargs("isatty", nargs, kw, 0, 0);
  check_open_plain(F(self));
  return Ref::boolean(::isatty(F(self)->fd));
}

FILE_METHOD(m_readable) {
  check_nargs("readable", nargs, kw, 0, 0);
  check_open_plain(F(self));
  return Ref::boolean(F(self)->readable);
}

FILE_METHOD(m_writable) {
  check_nargs("writable", nargs, kw, 0, 0);
  check_open_plain(F(self));
  return Ref::boolean(F(self)->writable);
}

FILE_METHOD(m_seekable) {
  check_nargs("seekable", nargs, kw, 0, 0);
  check_open_plain(F(self));
  return Ref::boolean(file_seekable(F(self)));
}

FILE_METHOD(m_enter) {
  check_nargs("__enter__", nargs, kw, 0, 0);
  check_open_dot(F(self));
  return Ref::borrow(self);
}

FILE_METHOD(m_exit) {
  file_close(F(self));
  return Ref::none();
}

// reconfigure(*, encoding, errors, newline, line_buffering, write_through)
FILE_METHOD(m_reconfigure) {
  Value a[5];
  parse_args("reconfigure", args, nargs, kw,
             {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, a, 0);
  if (nargs) type_error("reconfigure() takes no positional arguments");
  FileObject* f = F(self);
  check_open(f);
  file_flush(f);
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!is_str(a[0])) type_error("reconfigure() argument 'encoding' must be str or None, not " + type_name(a[0]));
    str_decode("", str_view(a[0]), "strict");   // LookupError for an unknown encoding
    // The text layer handles only byte-oriented codecs where ASCII stays ASCII.
    if (!codec_stream_safe(str_view(a[0]))) not_supported("text files with the '" + std::string(str_view(a[0])) + "' encoding");
    f->encoding = std::string(str_view(a[0]));
    f->utf8 = is_utf8_name(f->encoding);
    if (a[1].is_null()) f->errors = "strict";
  }
  if (!a[1].is_null() && !a[1].is_none()) {
    if (!is_str(a[1])) type_error("reconfigure() argument 'errors' must be str or None, not " + type_name(a[1]));
    f->errors = std::string(str_view(a[1]));
  }
  if (!a[2].is_null()) f->newline = parse_newline(a[2], false);
  if (!a[3].is_null() && !a[3].is_none()) f->line_buffering = truthy(a[3]);
  if (!a[4].is_null() && !a[4].is_none()) f->write_through = truthy(a[4]);
  return Ref::none();
}

#define COMMON_METHODS                                                                          \
  {"read", m_read}, {"readline", m_readline}, {"readlines", m_readlines}, {"write", m_write},    \
      {"writelines", m_writelines}, {"flush", m_flush}, {"close", m_close}, {"seek", m_seek},   \
      {"tell", m_tell}, {"truncate", m_truncate}, {"fileno", m_fileno}, {"isatty", m_isatty},   \
      {"readable", m_readable}, {"writable", m_writable}, {"seekable", m_seekable},             \
      {"__enter__", m_enter}, {"__exit__", m_exit}

const MethodDef text_methods[] = {COMMON_METHODS, {"reconfigure", m_reconfigure}, {nullptr, nullptr}};
const MethodDef buffered_methods[] = {COMMON_METHODS, {"read1", m_read1}, {"readinto", m_readinto},
                                      {nullptr, nullptr}};
const MethodDef fileio_methods[] = {COMMON_METHODS, {"readinto", m_readinto}, {"readall", m_read},
                                    {nullptr, nullptr}};

// -------------------------------------------------------------- attributes
Ref get_name(Value self) { return Ref::borrow(F(self)->name); }
Ref get_mode(Value self) {
  // A TextIOWrapper made directly (not by open()) has no mode.
  if (F(self)->mode.empty()) raise(AttributeError_, "'_io.TextIOWrapper' object has no attribute 'mode'");
  return str_new(F(self)->mode);
}
Ref get_closed(Value self) { return Ref::boolean(F(self)->closed); }
Ref get_encoding(Value self) { return str_new(F(self)->encoding); }
Ref get_errors(Value self) { return str_new(F(self)->errors); }
Ref get_line_buffering(Value self) { return Ref::boolean(F(self)->line_buffering); }
Ref get_write_through(Value self) { return Ref::boolean(F(self)->write_through); }
Ref get_closefd(Value self) { return Ref::boolean(F(self)->closefd); }

// text.buffer: the binary file on the same descriptor, made on first use.
// It never closes the fd (the text file owns it) and shares data with the
// text file through sync_twin().
Ref get_buffer(Value self) {
  FileObject* f = F(self);
  if (f->twin) return Ref::borrow(f->twin);
  Type* t = f->readable && f->writable ? &BufferedRandomType
            : f->readable              ? &BufferedReaderType
                                       : &BufferedWriterType;
  FileObject* b = file_alloc(t, f->fd);
  Ref r = Ref::steal(b);
  b->closefd = false;
  b->closed = f->closed;
  b->name = f->name;
  incref(b->name);
  b->readable = f->readable;
  b->writable = f->writable;
  b->appending = f->appending;
  b->created = f->created;
  b->mode = f->created ? "xb" : f->appending ? "ab" : f->readable ? "rb" : "wb";
  if (f->readable && f->writable) b->mode += "+";
  b->bufsize = f->bufsize;
  b->seekable = f->seekable;
  b->twin = f;               // weak: cleared when the text file goes away
  f->twin = b;
  f->twin_owned = true;
  incref(b);                 // the text file's reference
  if (b->writable && !b->closed) file_register(b);
  return r;
}

// None, one of "\r" "\n" "\r\n", or a tuple of those seen, in that order.
Ref get_newlines(Value self) {
  uint8_t s = F(self)->seen_nl;
  const char* names[3] = {"\r", "\n", "\r\n"};
  const uint8_t bits[3] = {kSeenCR, kSeenLF, kSeenCRLF};
  Ref parts[3];
  size_t n = 0;
  for (int i = 0; i < 3; i++)
    if (s & bits[i]) parts[n++] = str_new(names[i]);
  if (n == 0) return Ref::none();
  if (n == 1) return std::move(parts[0]);
  Value v[3] = {parts[0].get(), parts[1].get(), parts[2].get()};
  return tuple_from_array(v, n);
}

const GetSetDef text_getsets[] = {
    {"name", get_name},         {"mode", get_mode},
    {"closed", get_closed},     {"encoding", get_encoding},
    {"errors", get_errors},     {"newlines", get_newlines},
    {"line_buffering", get_line_buffering}, {"write_through", get_write_through},
    {"buffer", get_buffer},     {nullptr, nullptr},
};
const GetSetDef buffered_getsets[] = {
    {"name", get_name}, {"mode", get_mode}, {"closed", get_closed}, {nullptr, nullptr}};
const GetSetDef fileio_getsets[] = {
    {"name", get_name}, {"mode", get_mode}, {"closed", get_closed}, {"closefd", get_closefd}, {nullptr, nullptr}};

// ------------------------------------------------------------------- slots
Ref file_repr(Value self) {
  FileObject* f = F(self);
  std::string out = "<_io." + type_of(self)->name;
  if (f->raw) {
    if (f->closed) return str_new(out + " [closed]>");
    out += " name=" + repr_utf8(f->name) + " mode='" + f->mode + "' closefd=" + (f->closefd ? "True" : "False");
    return str_new(out + ">");
  }
  out += " name=" + repr_utf8(f->name);
  if (f->text && !f->mode.empty()) out += " mode='" + f->mode + "'";
  if (f->text) out += " encoding=" + str_repr_utf8(f->encoding);
  return str_new(out + ">");
}

Ref file_iter(Value self) {
  check_open_dot(F(self));
  return Ref::borrow(self);
}

Value file_next(Value self) {
  Ref line = readline_of(F(self), -1);
  if (item_length(line.get()) == 0) return Value::null();
  return line.release();
}

void file_dealloc(Object* o) {
  FileObject* f = static_cast<FileObject*>(o);
  if (!f->closed) {
    try {
      file_close(f);
    } catch (PyError&) {
      // A destructor has no caller to report to (CPython prints "Exception ignored").
    }
  }
  file_unregister(f);
  if (FileObject* t = f->twin) {
    t->twin = nullptr;
    if (f->twin_owned) decref(t);
  }
  xdecref(f->name);
  f->~FileObject();
}

Ref no_new(Type* t, const Value*, size_t, Tuple*) {
  type_error("cannot create '_io." + t->name + "' instances (use open())");
}

}  // namespace

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
// line_buffering=False, write_through=False) over one of our binary files:
// a text file on the buffer's fd, sharing data with it (see sync_twin). A
// buffer already wrapped (sys.stdout.buffer) moves to the new wrapper.
static Ref textiowrapper_new(Type*, const Value* args, size_t nargs, Tuple* kw) {
  Value a[6];
  parse_args("TextIOWrapper", args, nargs, kw,
             {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, a);
  Type* bt = type_of(a[0]);
  if (bt != &BufferedReaderType && bt != &BufferedWriterType && bt != &BufferedRandomType && bt != &FileIOType)
    not_supported("TextIOWrapper over a " + type_name(a[0]) + " object");
  for (int i = 1; i <= 3; i++)
    if (!a[i].is_null() && !a[i].is_none() && !is_str(a[i]))
      type_error(std::string("TextIOWrapper() argument '") + (i == 1 ? "encoding" : i == 2 ? "errors" : "newline") +
                 "' must be str or None, not " + type_name(a[i]));
  FileObject* b = F(a[0]);
  if (b->closed) value_error("I/O operation on closed file.");
  if (FileObject* old = b->twin) {   // unlink the previous wrapper, after syncing it
    sync_twin(b);
    old->twin = nullptr;
    b->twin = nullptr;
    if (old->twin_owned) {
      old->twin_owned = false;
      decref(b);
    }
  }
  FileObject* f = file_alloc(&TextIOWrapperType, b->fd);
  Ref r = Ref::steal(f);
  f->closefd = false;
  f->name = b->name;
  incref(f->name);
  f->readable = b->readable;
  f->writable = b->writable;
  f->appending = b->appending;
  f->bufsize = b->bufsize;
  f->seekable = b->seekable;
  f->text = true;
  f->encoding = a[1].is_null() || a[1].is_none() ? "UTF-8" : std::string(str_view(a[1]));
  str_decode("", f->encoding, "strict");   // LookupError for an unknown encoding
  // The text layer handles only byte-oriented codecs where ASCII stays ASCII.
  if (!codec_stream_safe(f->encoding)) not_supported("text files with the '" + std::string(f->encoding) + "' encoding");
  f->utf8 = is_utf8_name(f->encoding);
  f->errors = a[2].is_null() || a[2].is_none() ? "strict" : std::string(str_view(a[2]));
  f->newline = parse_newline(a[3].is_null() ? Value::none() : a[3], false);
  f->line_buffering = !a[4].is_null() && truthy(a[4]);
  f->write_through = !a[5].is_null() && truthy(a[5]);
  f->twin = b;
  f->twin_owned = true;
  incref(b);
  b->twin = f;
  if (f->writable) file_register(f);
  return r;
}

// FileIO(file, mode='r', closefd=True, opener=None): open() without buffering.
static Ref fileio_new(Type*, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  parse_args("FileIO", args, nargs, kw, {"file", "mode", "closefd", "opener"}, 1, a);
  std::string mode = "rb";
  if (!a[1].is_null()) {
    if (!is_str(a[1])) type_error("FileIO() argument 'mode' must be str, not " + type_name(a[1]));
    mode = std::string(str_view(a[1]));
    if (mode.find('b') == std::string::npos) mode += 'b';
  }
  Ref m = str_new(mode);
  Ref zero = Ref::steal(Value::small_int(0));
  Ref names = tuple_from({Value::object(intern("mode")), Value::object(intern("buffering")),
                          Value::object(intern("closefd")), Value::object(intern("opener"))});
  Value call_args[5] = {a[0], m.get(), zero.get(), a[2].is_null() ? Value::true_() : a[2],
                        a[3].is_null() ? Value::none() : a[3]};
  return builtin_open(Value::null(), call_args, 1, as_tuple(names.get()));
}

static void setup(Type& t, const char* name, Type* base) {
  t.name = name;
  t.module = "_io";
  t.base = base;
  t.basic_size = sizeof(FileObject);
  t.dealloc = file_dealloc;
  t.repr = file_repr;
  t.iter = file_iter;
  t.next = file_next;
  t.new_ = no_new;
}

void init_file_types() {
  setup(TextIOWrapperType, "TextIOWrapper", &TextIOBaseType);
  TextIOWrapperType.new_ = textiowrapper_new;
  type_ready(&TextIOWrapperType, text_methods, text_getsets);
  setup(BufferedReaderType, "BufferedReader", &BufferedIOBaseType);
  type_ready(&BufferedReaderType, buffered_methods, buffered_getsets);
  setup(BufferedWriterType, "BufferedWriter", &BufferedIOBaseType);
  type_ready(&BufferedWriterType, buffered_methods, buffered_getsets);
  setup(BufferedRandomType, "BufferedRandom", &BufferedIOBaseType);
  type_ready(&BufferedRandomType, buffered_methods, buffered_getsets);
  setup(FileIOType, "FileIO", &RawIOBaseType);
  FileIOType.new_ = fileio_new;
  type_ready(&FileIOType, fileio_methods, fileio_getsets);
}

}  // namespace io

// ------------------------------------------------------------- public API
bool is_file_object(Value v) {
  Type* t = type_of(v);
  return t == &TextIOWrapperType || t == &BufferedReaderType || t == &BufferedWriterType ||
         t == &BufferedRandomType || t == &FileIOType;
}

void stream_write(Value file, std::string_view text) {
  if (type_of(file) == &TextIOWrapperType) {
    io::FileObject* f = io::F(file);
    if (f->closed) value_error("I/O operation on closed file.");
    if (!f->writable) io::raise_unsupported("not writable");
    bool ascii = true;
    for (unsigned char c : text)
      if (c >= 0x80) { ascii = false; break; }
    io::text_write(f, text, ascii);
    return;
  }
  Ref s = str_new(text);
  call_method(file, "write", {s.get()});
}

}  // namespace gilpy
