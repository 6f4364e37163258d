// io_open.cpp — open(): argument checking in CPython's order and with its
// messages, opening the file descriptor, and choosing the file type; plus
// the standard streams.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "runtime/blocking.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/fspath.hpp"
#include "stdlib/io.hpp"
#include "stdlib/io_impl.hpp"

namespace gilpy {
namespace io {
namespace {

struct Mode {
  bool reading = false, writing = false, appending = false, creating = false;
  bool plus = false, binary = false, text = false;
};

Mode parse_mode(const std::string& mode) {
  Mode m;
  bool seen[128] = {};
  for (char c : mode) {
    unsigned char u = uint8_t(c);
    if (u >= 128 || !std::strchr("rwxabt+", c) || !c || seen[u])
      value_error("invalid mode: " + str_repr_utf8(mode));
    seen[u] = true;
  }
  m.reading = seen['r'];
  m.writing = seen['w'];
  m.appending = seen['a'];
  m.creating = seen['x'];
  m.plus = seen['+'];
  m.binary = seen['b'];
  m.text = seen['t'];
  if (m.text && m.binary) value_error("can't have text and binary mode at once");
  int n = m.reading + m.writing + m.appending + m.creating;
  if (n > 1) value_error("must have exactly one of create/read/write/append mode");
  if (n == 0) value_error("Must have exactly one of create/read/write/append mode and at most one plus");
  return m;
}

// FileIO's own spelling of the mode (what binary files report as .mode).
std::string raw_mode(const Mode& m) {
  if (m.creating) return m.plus ? "xb+" : "xb";
  if (m.appending) return m.plus ? "ab+" : "ab";
  if (m.reading) return m.plus ? "rb+" : "rb";
  return m.plus ? "rb+" : "wb";
}

// An optional str argument of open(): null for None / absent.
Value opt_str(Value v, const char* what) {
  if (v.is_null() || v.is_none()) return Value::null();
  if (!is_str(v)) type_error(std::string("open() argument '") + what + "' must be str or None, not " + type_name(v));
  return v;
}

int open_flags(const Mode& m) {
  int flags = O_CLOEXEC;
  bool rd = m.reading || m.plus, wr = !m.reading || m.plus;
  flags |= rd && wr ? O_RDWR : rd ? O_RDONLY : O_WRONLY;
  if (m.writing) flags |= O_CREAT | O_TRUNC;
  if (m.appending) flags |= O_CREAT | O_APPEND;
  if (m.creating) flags |= O_CREAT | O_EXCL;
  return flags;
}

// open(2), retried on EINTR (opening a FIFO blocks until a peer arrives).
int sys_open(const std::string& path, int flags) {
  for (;;) {
    int fd, err;
    {
      BlockingSection bs;
      fd = ::open(path.c_str(), flags, 0666);
      err = errno;
    }
    if (fd >= 0) return fd;
    if (err != EINTR) raise_from_errno(err, path);
    handle_eval_breaker(current_thread_state());
  }
}

}  // namespace

bool is_utf8_name(std::string_view e) {
  std::string n;
  for (char c : e) n.push_back(c == '_' ? '-' : char(std::tolower(uint8_t(c))));
  return n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001";
}

// Text-layer settings shared by open() and the standard streams.
static void setup_text(FileObject* f, Value encoding, Value errors, Value newline) {
  f->text = true;
  f->encoding = encoding.is_null() ? "UTF-8" : std::string(str_view(encoding));
  if (f->encoding == "locale") f->encoding = "UTF-8";
  str_decode("", f->encoding, "strict");   // LookupError "unknown encoding: X"
  // The text layer handles only byte-oriented codecs where ASCII stays ASCII.
  if (!codec_stream_safe(f->encoding)) not_supported("text files with the '" + std::string(f->encoding) + "' encoding");
  f->utf8 = is_utf8_name(f->encoding);
  f->errors = errors.is_null() ? "strict" : std::string(str_view(errors));
  f->newline = parse_newline(newline.is_null() ? Value::none() : newline, false);
}

}  // namespace io

Ref builtin_open(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  using namespace io;
  init_io_types();
  Value a[8];
  parse_args("open", args, nargs, kwnames,
             {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, a);
  std::string mode_str = "r";
  if (!a[1].is_null()) {
    if (!is_str(a[1])) type_error("open() argument 'mode' must be str, not " + type_name(a[1]));
    mode_str = std::string(str_view(a[1]));
  }
  int64_t buffering = a[2].is_null() ? -1 : index_value(a[2]);
  Value encoding = opt_str(a[3], "encoding"), errors = opt_str(a[4], "errors");
  Value newline = a[5].is_null() || a[5].is_none() ? Value::null() : opt_str(a[5], "newline");
  bool closefd = a[6].is_null() || truthy(a[6]);
  Value opener = a[7].is_null() || a[7].is_none() ? Value::null() : a[7];

  Mode m = parse_mode(mode_str);
  if (m.binary && !encoding.is_null()) value_error("binary mode doesn't take an encoding argument");
  if (m.binary && !errors.is_null()) value_error("binary mode doesn't take an errors argument");
  if (m.binary && !newline.is_null()) value_error("binary mode doesn't take a newline argument");

  // The file: a descriptor we were given, or a path we open.
  Value file = a[0];
  int fd;
  std::string path;
  if (is_int(file)) {
    fd = int(to_int64(file));
    if (fd < 0) value_error("negative file descriptor");
  } else {
    path = path_arg(file);
    if (!closefd) value_error("Cannot use closefd=False with file name");
    int flags = open_flags(m);
    if (!opener.is_null()) {
      Ref r = call(opener, {file, Value::small_int(flags)});
      fd = int(to_int64(r.get()));
      if (fd < 0) value_error("opener returned " + std::to_string(fd));
    } else {
      fd = sys_open(path, flags);
    }
  }
  Type* t = !m.binary ? &TextIOWrapperType
            : buffering == 0 ? &FileIOType
            : (m.reading || m.plus) && (!m.reading || m.plus) ? &BufferedRandomType
            : m.reading ? &BufferedReaderType
                        : &BufferedWriterType;
  // From here the file object owns fd: an error below closes it via dealloc.
  FileObject* f = file_alloc(t, fd);
  Ref ref = Ref::steal(f);
  f->closefd = closefd;
  f->name = file;
  incref(file);
  f->readable = m.reading || m.plus;
  f->writable = !m.reading || m.plus;
  f->appending = m.appending;
  f->created = m.creating;
  f->raw = t == &FileIOType;
  f->mode = m.binary ? raw_mode(m) : mode_str;
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) raise_from_errno(EISDIR, path);
  if (m.appending) ::lseek(fd, 0, SEEK_END);   // so tell() starts at the end
  if (buffering > 1) f->bufsize = size_t(buffering);
  if (!m.binary) {
    if (buffering == 0) value_error("can't have unbuffered text I/O");
    f->line_buffering = buffering == 1 || (buffering < 0 && ::isatty(fd));
    setup_text(f, encoding, errors, newline);
  }
  if (f->writable) file_register(f);
  return ref;
}

Ref make_std_stream(int fd, const char* name, bool writable) {
  using namespace io;
  init_io_types();
  if (::fcntl(fd, F_GETFD) < 0) return Ref::none();   // closed at start-up: CPython uses None
  FileObject* f = file_alloc(&TextIOWrapperType, fd);
  Ref ref = Ref::steal(f);
  f->closefd = false;
  f->name = str_new(name).release();
  f->readable = !writable;
  f->writable = writable;
  f->mode = writable ? "w" : "r";
  Ref enc = str_new("utf-8");
  // As CPython in the C / C.UTF-8 locales and in UTF-8 mode: undecodable
  // input bytes round-trip to output; stderr never fails to show a message.
  Ref err = str_new(fd == 2 ? "backslashreplace" : "surrogateescape");
  setup_text(f, enc.get(), err.get(), Value::null());
  // stdout: line-buffered on a terminal; stderr: every write goes out at
  // once, so no traceback or progress message can be lost.
  f->line_buffering = writable && ::isatty(fd);
  // PYTHONUNBUFFERED (as python3 -u) makes stdout write through as well.
  const char* unbuffered = std::getenv("PYTHONUNBUFFERED");
  f->write_through = fd == 2 || (unbuffered && *unbuffered);
  if (writable) file_register(f);
  return ref;
}

}  // namespace gilpy
