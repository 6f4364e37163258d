// io_string.cpp — io.StringIO and io.BytesIO: in-memory streams.
//
// StringIO keeps its text as UTF-8 (what str holds) and its position in code
// points, with the matching byte offset cached: the usual pattern — write,
// write, getvalue() — never converts between the two. While the text is
// pure ASCII the two are equal and every operation is O(1) to position.
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

Type StringIOType, BytesIOType;

namespace io {
namespace {

#define STREAM_METHOD(fn) \
  Ref fn([[maybe_unused]] Value self, [[maybe_unused]] const Value* args, [[maybe_unused]] size_t nargs, \
         [[maybe_unused]] Tuple* kw)

// =================================================================== StringIO
struct StringIOObject : Object {
  std::string buf;        // UTF-8
  int64_t pos = 0;        // in code points; may lie past the end (after a seek)
  size_t pos_bytes = 0;   // byte offset of pos, or buf.size() when pos >= len
  int64_t len = 0;        // in code points
  bool ascii = true;      // buf is pure ASCII: code point offsets are byte offsets
  bool closed = false;
  Nl newline = Nl::LF;
};

StringIOObject* S(Value v) { return static_cast<StringIOObject*>(v.as_obj()); }

void s_check(StringIOObject* s) {
  if (s->closed) value_error("I/O operation on closed file");
}

// Byte offset of code point `cp` (cp <= len).
size_t s_offset(StringIOObject* s, int64_t cp) {
  if (s->ascii) return size_t(cp);
  return utf8_offset(s->buf, cp);
}

// The byte offset n code points after `from` (clamped to the end).
size_t advance(const std::string& b, size_t from, int64_t n, bool ascii) {
  if (ascii) return std::min(b.size(), from + size_t(n));
  size_t i = from;
  while (i < b.size() && n > 0) {
    i++;
    while (i < b.size() && (uint8_t(b[i]) & 0xC0) == 0x80) i++;
    n--;
  }
  return i;
}

// A slice of the buffer as str.
Ref s_slice(StringIOObject* s, size_t from, size_t to) {
  std::string_view v(s->buf.data() + from, to - from);
  return s->ascii ? str_from_ascii(v) : str_new(v);
}

// Writes UTF-8 text at the position, overwriting; returns nothing.
void s_write_raw(StringIOObject* s, std::string_view t, int64_t tchars, bool t_ascii) {
  if (s->pos > s->len) {   // a seek past the end: the gap reads as NULs
    s->buf.append(size_t(s->pos - s->len), '\0');
    s->len = s->pos;
    s->pos_bytes = s->buf.size();
  }
  if (s->pos_bytes == s->buf.size()) {
    s->buf.append(t.data(), t.size());
  } else {
    size_t end = advance(s->buf, s->pos_bytes, tchars, s->ascii);
    s->buf.replace(s->pos_bytes, end - s->pos_bytes, t.data(), t.size());
  }
  s->ascii = s->ascii && t_ascii;
  s->pos += tchars;
  s->pos_bytes += t.size();
  s->len = std::max(s->len, s->pos);
}

// Newline translation on write: newline=None turns \r\n and \r into \n;
// '\r' and '\r\n' turn \n into themselves.
void s_write(StringIOObject* s, Str* text) {
  std::string_view t = text->view();
  std::string tmp;
  if (s->newline == Nl::Universal && t.find('\r') != std::string_view::npos) {
    for (size_t i = 0; i < t.size(); i++) {
      if (t[i] == '\r') {
        tmp.push_back('\n');
        if (i + 1 < t.size() && t[i + 1] == '\n') i++;
      } else {
        tmp.push_back(t[i]);
      }
    }
    s_write_raw(s, tmp, int64_t(utf8_length(tmp)), text->ascii);
    return;
  }
  if ((s->newline == Nl::CR || s->newline == Nl::CRLF) && t.find('\n') != std::string_view::npos) {
    const char* nl = s->newline == Nl::CR ? "\r" : "\r\n";
    for (char c : t) {
      if (c == '\n') tmp += nl;
      else tmp.push_back(c);
    }
    s_write_raw(s, tmp, int64_t(utf8_length(tmp)), text->ascii);
    return;
  }
  s_write_raw(s, t, text->length, text->ascii);
}

// The byte offset just past the next line end at or after `from`.
size_t s_line_end(StringIOObject* s, size_t from) {
  const std::string& b = s->buf;
  switch (s->newline) {
    case Nl::Untranslated: {
      size_t i = b.find_first_of("\r\n", from);
      if (i == std::string::npos) return b.size();
      if (b[i] == '\r' && i + 1 < b.size() && b[i + 1] == '\n') return i + 2;
      return i + 1;
    }
    case Nl::CR: {
      size_t i = b.find('\r', from);
      return i == std::string::npos ? b.size() : i + 1;
    }
    case Nl::CRLF: {
      size_t i = b.find("\r\n", from);
      return i == std::string::npos ? b.size() : i + 2;
    }
    default: {
      size_t i = b.find('\n', from);
      return i == std::string::npos ? b.size() : i + 1;
    }
  }
}

Ref s_readline(StringIOObject* s, int64_t limit) {
  if (s->pos >= s->len) return Ref::borrow(empty_str());
  size_t start = s->pos_bytes;
  size_t end = s_line_end(s, start);
  if (limit >= 0) end = std::min(end, advance(s->buf, start, limit, s->ascii));
  s->pos += s->ascii ? int64_t(end - start) : int64_t(utf8_length(std::string_view(s->buf).substr(start, end - start)));
  s->pos_bytes = end;
  return s_slice(s, start, end);
}

Ref stringio_new(Type* t, const Value*, size_t, Tuple*) {
  return Ref::steal(alloc_object<StringIOObject>(t, t->basic_size));
}

void stringio_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("StringIO", args, nargs, kw, {"initial_value", "newline"}, 0, a);
  StringIOObject* s = S(self);
  Nl nl = Nl::LF;
  if (!a[1].is_null()) {
    if (!a[1].is_none() && !is_str(a[1])) type_error("newline must be str or None, not " + type_name(a[1]));
    nl = parse_newline(a[1], true);
  }
  if (!a[0].is_null() && !a[0].is_none() && !isinstance_of(a[0], &StrType))
    type_error("initial_value must be str or None, not " + type_name(a[0]));
  s->buf.clear();
  s->pos = s->len = 0;
  s->pos_bytes = 0;
  s->ascii = true;
  s->closed = false;
  s->newline = nl;
  if (!a[0].is_null() && !a[0].is_none()) {
    s_write(s, as_str(a[0]));
    s->pos = 0;
    s->pos_bytes = 0;
  }
}

void stringio_dealloc(Object* o) { static_cast<StringIOObject*>(o)->~StringIOObject(); }

STREAM_METHOD(sio_getvalue) {
  check_nargs("getvalue", nargs, kw, 0, 0);
  StringIOObject* s = S(self);
  s_check(s);
  return s_slice(s, 0, s->buf.size());
}

STREAM_METHOD(sio_read) {
  Value a[1];
  parse_args("read", args, nargs, kw, {"size"}, 0, a, 1);
  StringIOObject* s = S(self);
  s_check(s);
  int64_t n = size_arg(a[0]);
  if (s->pos >= s->len) return Ref::borrow(empty_str());
  int64_t avail = s->len - s->pos;
  if (n < 0 || n > avail) n = avail;
  size_t start = s->pos_bytes;
  size_t end = n == avail ? s->buf.size() : advance(s->buf, start, n, s->ascii);
  s->pos += n;
  s->pos_bytes = end;
  return s_slice(s, start, end);
}

STREAM_METHOD(sio_readline) {
  Value a[1];
  parse_args("readline", args, nargs, kw, {"size"}, 0, a, 1);
  s_check(S(self));
  return s_readline(S(self), size_arg(a[0]));
}

STREAM_METHOD(sio_readlines) {
  Value a[1];
  parse_args("readlines", args, nargs, kw, {"hint"}, 0, a, 1);
  StringIOObject* s = S(self);
  s_check(s);
  int64_t hint = size_arg(a[0]), total = 0;
  Ref out = list_new(0);
  for (;;) {
    Ref line = s_readline(s, -1);
    int64_t n = as_str(line.get())->length;
    if (!n) break;
    list_append(out.get(), line.get());
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return out;
}

STREAM_METHOD(sio_write) {
  check_nargs("write", nargs, kw, 1, 1);
  StringIOObject* s = S(self);
  s_check(s);
  if (!isinstance_of(args[0], &StrType)) type_error("string argument expected, got '" + type_name(args[0]) + "'");
  s_write(s, as_str(args[0]));
  return int_from_i64(as_str(args[0])->length);
}

STREAM_METHOD(sio_writelines) {
  check_nargs("writelines", nargs, kw, 1, 1);
  StringIOObject* s = S(self);
  s_check(s);
  for_each(args[0], [&](Value v) {
    if (!isinstance_of(v, &StrType)) type_error("string argument expected, got '" + type_name(v) + "'");
    s_write(s, as_str(v));
  });
  return Ref::none();
}

STREAM_METHOD(sio_seek) {
  Value a[2];
  parse_args("seek", args, nargs, kw, {"pos", "whence"}, 1, a, 2);
  StringIOObject* s = S(self);
  int64_t pos = index_value(a[0]);
  int64_t whence = a[1].is_null() ? 0 : index_value(a[1]);
  s_check(s);
  if (whence < 0 || whence > 2)
    value_error("Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  if (whence == 0 && pos < 0) value_error("Negative seek position " + std::to_string(pos));
  if (whence == 1 && pos) raise(OSError_, "Can't do nonzero cur-relative seeks");
  if (whence == 2 && pos) raise(OSError_, "Can't do nonzero end-relative seeks");
  if (whence == 1) pos = s->pos;
  if (whence == 2) pos = s->len;
  s->pos = pos;
  s->pos_bytes = pos >= s->len ? s->buf.size() : s_offset(s, pos);
  return int_from_i64(pos);
}

STREAM_METHOD(sio_tell) {
  check_nargs("tell", nargs, kw, 0, 0);
  s_check(S(self));
  return int_from_i64(S(self)->pos);
}

STREAM_METHOD(sio_truncate) {
  Value a[1];
  parse_args("truncate", args, nargs, kw, {"pos"}, 0, a, 1);
  StringIOObject* s = S(self);
  s_check(s);
  int64_t size = s->pos;
  if (!a[0].is_null() && !a[0].is_none()) {
    size = index_value(a[0]);
    if (size < 0) value_error("Negative size value " + std::to_string(size));
  }
  if (size < s->len) {
    s->buf.resize(s_offset(s, size));
    s->len = size;
    if (s->pos >= s->len) s->pos_bytes = s->buf.size();
  }
  return int_from_i64(size);
}

STREAM_METHOD(sio_close) {
  check_nargs("close", nargs, kw, 0, 0);
  StringIOObject* s = S(self);
  s->closed = true;
  std::string().swap(s->buf);
  return Ref::none();
}

STREAM_METHOD(sio_true) {   // readable, writable, seekable
  s_check(S(self));
  return Ref::boolean(true);
}

STREAM_METHOD(sio_isatty) {
  s_check(S(self));
  return Ref::boolean(false);
}

STREAM_METHOD(sio_flush) {
  s_check(S(self));
  return Ref::none();
}

STREAM_METHOD(sio_enter) {
  s_check(S(self));
  return Ref::borrow(self);
}

STREAM_METHOD(sio_exit) {
  S(self)->closed = true;
  return Ref::none();
}

Ref sio_get_closed(Value self) { return Ref::boolean(S(self)->closed); }
Ref sio_get_line_buffering(Value self) {
  s_check(S(self));
  return Ref::boolean(false);
}

Ref sio_iter(Value self) {
  s_check(S(self));
  return Ref::borrow(self);
}

Value sio_next(Value self) {
  StringIOObject* s = S(self);
  s_check(s);
  Ref line = s_readline(s, -1);
  if (as_str(line.get())->length == 0) return Value::null();
  return line.release();
}

const MethodDef stringio_methods[] = {
    {"getvalue", sio_getvalue}, {"read", sio_read},         {"readline", sio_readline},
    {"readlines", sio_readlines}, {"write", sio_write},      {"writelines", sio_writelines},
    {"seek", sio_seek},         {"tell", sio_tell},         {"truncate", sio_truncate},
    {"close", sio_close},       {"readable", sio_true},     {"writable", sio_true},
    {"seekable", sio_true},     {"isatty", sio_isatty},     {"flush", sio_flush},
    {"__enter__", sio_enter},   {"__exit__", sio_exit},     {nullptr, nullptr},
};
const GetSetDef stringio_getsets[] = {
    {"closed", sio_get_closed}, {"line_buffering", sio_get_line_buffering}, {nullptr, nullptr}};

// ==================================================================== BytesIO
struct BytesIOObject : Object {
  std::string buf;
  int64_t pos = 0;   // may lie past the end (after a seek)
  bool closed = false;
};

BytesIOObject* B(Value v) { return static_cast<BytesIOObject*>(v.as_obj()); }

void b_check(BytesIOObject* b) {
  if (b->closed) value_error("I/O operation on closed file.");
}

int64_t b_avail(BytesIOObject* b) { return std::max<int64_t>(0, int64_t(b->buf.size()) - b->pos); }

Ref b_take(BytesIOObject* b, int64_t n) {
  n = std::min(n, b_avail(b));
  if (n <= 0) return bytes_new("");
  Ref r = bytes_new(std::string_view(b->buf.data() + b->pos, size_t(n)));
  b->pos += n;
  return r;
}

Ref b_readline(BytesIOObject* b, int64_t limit) {
  int64_t avail = b_avail(b);
  if (!avail) return bytes_new("");
  const char* start = b->buf.data() + b->pos;
  const void* nl = std::memchr(start, '\n', size_t(avail));
  int64_t n = nl ? int64_t(static_cast<const char*>(nl) - start) + 1 : avail;
  if (limit >= 0) n = std::min(n, limit);
  return b_take(b, n);
}

void b_write(BytesIOObject* b, std::string_view data) {
  if (size_t(b->pos) > b->buf.size()) b->buf.resize(size_t(b->pos), '\0');
  size_t p = size_t(b->pos);
  if (p == b->buf.size()) b->buf.append(data.data(), data.size());
  else b->buf.replace(p, std::min(data.size(), b->buf.size() - p), data.data(), data.size());
  b->pos += int64_t(data.size());
}

Ref bytesio_new(Type* t, const Value*, size_t, Tuple*) {
  return Ref::steal(alloc_object<BytesIOObject>(t, t->basic_size));
}

void bytesio_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("BytesIO", args, nargs, kw, {"initial_bytes"}, 0, a);
  BytesIOObject* b = B(self);
  b->buf.clear();
  b->pos = 0;
  b->closed = false;
  if (a[0].is_null() || a[0].is_none()) return;
  if (!is_bytes_like(a[0])) type_error("a bytes-like object is required, not '" + type_name(a[0]) + "'");
  b->buf = std::string(as_bytes(a[0])->view());
}

void bytesio_dealloc(Object* o) { static_cast<BytesIOObject*>(o)->~BytesIOObject(); }

STREAM_METHOD(bio_getvalue) {
  check_nargs("getvalue", nargs, kw, 0, 0);
  b_check(B(self));
  return bytes_new(B(self)->buf);
}

STREAM_METHOD(bio_read) {
  Value a[1];
  parse_args("read", args, nargs, kw, {"size"}, 0, a, 1);
  BytesIOObject* b = B(self);
  b_check(b);
  int64_t n = size_arg(a[0]);
  return b_take(b, n < 0 ? b_avail(b) : n);
}

STREAM_METHOD(bio_readline) {
  Value a[1];
  parse_args("readline", args, nargs, kw, {"size"}, 0, a, 1);
  b_check(B(self));
  return b_readline(B(self), size_arg(a[0]));
}

STREAM_METHOD(bio_readlines) {
  Value a[1];
  parse_args("readlines", args, nargs, kw, {"hint"}, 0, a, 1);
  BytesIOObject* b = B(self);
  b_check(b);
  int64_t hint = size_arg(a[0]), total = 0;
  Ref out = list_new(0);
  for (;;) {
    Ref line = b_readline(b, -1);
    int64_t n = as_bytes(line.get())->size;
    if (!n) break;
    list_append(out.get(), line.get());
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return out;
}

STREAM_METHOD(bio_readinto) {
  check_nargs("readinto", nargs, kw, 1, 1);
  BytesIOObject* b = B(self);
  b_check(b);
  if (type_of(args[0]) != &ByteArrayType)
    type_error("readinto() argument must be read-write bytes-like object, not " + type_name(args[0]));
  Bytes* dst = as_bytes(args[0]);
  int64_t n = std::min(dst->size, b_avail(b));
  if (n > 0) std::memcpy(dst->data, b->buf.data() + b->pos, size_t(n));
  b->pos += std::max<int64_t>(n, 0);
  return int_from_i64(std::max<int64_t>(n, 0));
}

STREAM_METHOD(bio_write) {
  check_nargs("write", nargs, kw, 1, 1);
  BytesIOObject* b = B(self);
  b_check(b);
  if (!is_bytes_like(args[0])) type_error("a bytes-like object is required, not '" + type_name(args[0]) + "'");
  std::string_view data = as_bytes(args[0])->view();
  b_write(b, data);
  return int_from_i64(int64_t(data.size()));
}

STREAM_METHOD(bio_writelines) {
  check_nargs("writelines", nargs, kw, 1, 1);
  BytesIOObject* b = B(self);
  b_check(b);
  for_each(args[0], [&](Value v) {
    if (!is_bytes_like(v)) type_error("a bytes-like object is required, not '" + type_name(v) + "'");
    b_write(b, as_bytes(v)->view());
  });
  return Ref::none();
}

STREAM_METHOD(bio_seek) {
  Value a[2];
  parse_args("seek", args, nargs, kw, {"pos", "whence"}, 1, a, 2);
  BytesIOObject* b = B(self);
  int64_t pos = index_value(a[0]);
  int64_t whence = a[1].is_null() ? 0 : index_value(a[1]);
  b_check(b);
  if (whence < 0 || whence > 2)
    value_error("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  if (whence == 0 && pos < 0) value_error("negative seek value " + std::to_string(pos));
  if (whence == 1) pos += b->pos;
  if (whence == 2) pos += int64_t(b->buf.size());
  b->pos = std::max<int64_t>(pos, 0);
  return int_from_i64(b->pos);
}

STREAM_METHOD(bio_tell) {
  check_nargs("tell", nargs, kw, 0, 0);
  b_check(B(self));
  return int_from_i64(B(self)->pos);
}

STREAM_METHOD(bio_truncate) {
  Value a[1];
  parse_args("truncate", args, nargs, kw, {"size"}, 0, a, 1);
  BytesIOObject* b = B(self);
  b_check(b);
  int64_t size = b->pos;
  if (!a[0].is_null() && !a[0].is_none()) {
    size = index_value(a[0]);
    if (size < 0) value_error("negative size value " + std::to_string(size));
  }
  if (size_t(size) < b->buf.size()) b->buf.resize(size_t(size));
  return int_from_i64(size);
}

STREAM_METHOD(bio_close) {
  check_nargs("close", nargs, kw, 0, 0);
  B(self)->closed = true;
  std::string().swap(B(self)->buf);
  return Ref::none();
}

STREAM_METHOD(bio_true) {
  b_check(B(self));
  return Ref::boolean(true);
}

STREAM_METHOD(bio_isatty) {
  b_check(B(self));
  return Ref::boolean(false);
}

STREAM_METHOD(bio_flush) {
  b_check(B(self));
  return Ref::none();
}

STREAM_METHOD(bio_enter) {
  b_check(B(self));
  return Ref::borrow(self);
}

STREAM_METHOD(bio_exit) {
  B(self)->closed = true;
  return Ref::none();
}

STREAM_METHOD(bio_getbuffer) { not_supported("BytesIO.getbuffer()"); }

Ref bio_get_closed(Value self) { return Ref::boolean(B(self)->closed); }

Ref bio_iter(Value self) {
  b_check(B(self));
  return Ref::borrow(self);
}

Value bio_next(Value self) {
  BytesIOObject* b = B(self);
  b_check(b);
  Ref line = b_readline(b, -1);
  if (as_bytes(line.get())->size == 0) return Value::null();
  return line.release();
}

const MethodDef bytesio_methods[] = {
    {"getvalue", bio_getvalue}, {"read", bio_read},          {"read1", bio_read},
    {"readline", bio_readline}, {"readlines", bio_readlines}, {"readinto", bio_readinto},
    {"write", bio_write},       {"writelines", bio_writelines}, {"seek", bio_seek},
    {"tell", bio_tell},         {"truncate", bio_truncate},  {"close", bio_close},
    {"readable", bio_true},     {"writable", bio_true},      {"seekable", bio_true},
    {"isatty", bio_isatty},     {"flush", bio_flush},        {"__enter__", bio_enter},
    {"__exit__", bio_exit},     {"getbuffer", bio_getbuffer}, {nullptr, nullptr},
};
const GetSetDef bytesio_getsets[] = {{"closed", bio_get_closed}, {nullptr, nullptr}};

}  // namespace

void init_string_types() {
  StringIOType.name = "StringIO";
  StringIOType.module = "_io";
  StringIOType.base = &TextIOBaseType;
  StringIOType.flags = kTypeBaseType;
  StringIOType.basic_size = sizeof(StringIOObject);
  StringIOType.new_ = stringio_new;
  StringIOType.init = stringio_init;
  StringIOType.dealloc = stringio_dealloc;
  StringIOType.iter = sio_iter;
  StringIOType.next = sio_next;
  type_ready(&StringIOType, stringio_methods, stringio_getsets);

  BytesIOType.name = "BytesIO";
  BytesIOType.module = "_io";
  BytesIOType.base = &BufferedIOBaseType;
  BytesIOType.flags = kTypeBaseType;
  BytesIOType.basic_size = sizeof(BytesIOObject);
  BytesIOType.new_ = bytesio_new;
  BytesIOType.init = bytesio_init;
  BytesIOType.dealloc = bytesio_dealloc;
  BytesIOType.iter = bio_iter;
  BytesIOType.next = bio_next;
  type_ready(&BytesIOType, bytesio_methods, bytesio_getsets);
}

}  // namespace io
}  // namespace gilpy
