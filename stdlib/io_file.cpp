// io_file.cpp — the buffering engine behind every file object: system calls
// (interruptible, outside the GIL), the read-ahead and write buffers, text
// decoding with universal newlines, positioning, closing, and the registry
// of writable files that flush_std_streams() walks at exit.
//
// Text files are read as raw bytes: newlines and the encodings we support
// (UTF-8, ASCII, Latin-1) are byte-compatible, so a line end can be found
// before decoding, and the byte position of the next unread character is
// always known — tell() needs no decoder snapshot.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include "runtime/blocking.hpp"
#include "runtime/errors.hpp"
#include "runtime/str.hpp"
#include "stdlib/io_impl.hpp"

namespace gilpy::io {

// ------------------------------------------------------------ system calls
namespace {

// Reads land in per-thread scratch memory, never in a file's own buffer:
// with the GIL released (issue 3) another thread may be using that buffer.
constexpr size_t kScratchSize = 64 * 1024;
char* scratch() {
  thread_local std::unique_ptr<char[]> buf(new char[kScratchSize]);
  return buf.get();
}

// One read(2), retried on EINTR after giving pending signals a chance to
// raise (Ctrl-C must interrupt a read of the terminal). Returns 0 at EOF.
size_t sys_read(int fd, char* dst, size_t n) {
  for (;;) {
    ssize_t r;
    int err;
    {
      BlockingSection bs;
      r = ::read(fd, dst, n);
      err = errno;
    }
    if (r >= 0) return size_t(r);
    if (err != EINTR) raise_from_errno(err);
    handle_eval_breaker(current_thread_state());
  }
}

// Writes all n bytes of private memory p; *done counts what got out before
// an error is raised.
void sys_write_all(int fd, const char* p, size_t n, size_t* done) {
  while (*done < n) {
    ssize_t r;
    int err;
    {
      BlockingSection bs;
      r = ::write(fd, p + *done, n - *done);
      err = errno;
    }
    if (r >= 0) {
      *done += size_t(r);
      continue;
    }
    if (err != EINTR) raise_from_errno(err);
    handle_eval_breaker(current_thread_state());
  }
}

// Two threads reading one file at once would interleave their fills of the
// same buffer (CPython serialises them with a lock); we refuse the second.
struct ReadGuard {
  FileObject* f;
  explicit ReadGuard(FileObject* file) : f(file) {
    if (f->reading) runtime_error("concurrent reads of one file from several threads are not supported by gilpy");
    f->reading = true;
  }
  ~ReadGuard() { f->reading = false; }
};

}  // namespace

// ------------------------------------------------------------- registry
// Writable files of every interpreter, so exit can flush them. The list is
// process-wide (files of several interpreters share it); each interpreter
// only ever touches its own entries, under its own GIL.
namespace {
std::mutex g_reg_mu;
FileObject* g_reg_head = nullptr;
}  // namespace

void file_register(FileObject* f) {
  std::lock_guard<std::mutex> lk(g_reg_mu);
  if (f->registered) return;
  f->reg_prev = nullptr;
  f->reg_next = g_reg_head;
  if (g_reg_head) g_reg_head->reg_prev = f;
  g_reg_head = f;
  f->registered = true;
}

void file_unregister(FileObject* f) {
  std::lock_guard<std::mutex> lk(g_reg_mu);
  if (!f->registered) return;
  if (f->reg_prev) f->reg_prev->reg_next = f->reg_next;
  else g_reg_head = f->reg_next;
  if (f->reg_next) f->reg_next->reg_prev = f->reg_prev;
  f->reg_prev = f->reg_next = nullptr;
  f->registered = false;
}

FileObject* file_alloc(Type* t, int fd) {
  FileObject* f = alloc_object<FileObject>(t, sizeof(FileObject));
  f->fd = fd;
  f->name = Value::none();
  ThreadState* ts = current_thread_state();
  f->interp = ts ? ts->interp : nullptr;
  return f;
}

}  // namespace gilpy::io

namespace gilpy {

void flush_std_streams() {
  using namespace io;
  ThreadState* ts = current_thread_state();
  if (!ts) return;
  // Snapshot (with references) first: a flush releases the GIL, and another
  // thread may then close files and edit the list.
  std::vector<FileObject*> files;
  {
    std::lock_guard<std::mutex> lk(g_reg_mu);
    for (FileObject* f = g_reg_head; f; f = f->reg_next)
      if (f->interp == ts->interp) {
        incref(f);
        files.push_back(f);
      }
  }
  for (FileObject* f : files) {
    try {
      if (!f->closed) file_flush(f);
    } catch (PyError&) {
      // Nowhere left to report it: the data is lost, as in CPython.
      f->wbuf.clear();
    }
    decref(f);
  }
}

}  // namespace gilpy

namespace gilpy::io {

// ---------------------------------------------------------------- output
void file_flush(FileObject* f) {
  if (f->wbuf.empty() || f->flushing) return;
  std::string out;
  out.swap(f->wbuf);   // private while the GIL is released
  f->flushing = true;
  size_t done = 0;
  try {
    sys_write_all(f->fd, out.data(), out.size(), &done);
  } catch (...) {
    f->flushing = false;
    f->wbuf.insert(0, out, done, std::string::npos);   // keep what did not get out
    throw;
  }
  f->flushing = false;
  if (f->wbuf.empty()) {   // reuse the buffer's capacity
    out.clear();
    f->wbuf.swap(out);
  }
}

// Before writing after reading: the fd's offset is ahead of the logical
// position by the read-ahead; step back so the write lands in the right
// place. Text files do not: CPython's text layer writes where its read-ahead
// ended (usually the end of a small file), and programs see that.
static void drop_read_ahead(FileObject* f, bool rewind) {
  if (rewind && f->unread() && file_seekable(f)) ::lseek(f->fd, -off_t(f->unread()), SEEK_CUR);
  f->rbuf.clear();
  f->rpos = 0;
}

void file_write(FileObject* f, std::string_view bytes) {
  sync_twin(f);
  if (f->unread() || f->rpos) drop_read_ahead(f, !f->text);
  if (f->raw) {
    std::string copy(bytes);   // the source object may change while the GIL is released
    size_t done = 0;
    sys_write_all(f->fd, copy.data(), copy.size(), &done);
    return;
  }
  f->wbuf.append(bytes.data(), bytes.size());
  if (f->wbuf.size() >= f->bufsize) file_flush(f);
}

// A lone surrogate (stored as ED A0..BF xx) cannot be written as UTF-8.
static bool has_surrogate(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); i++)
    if (uint8_t(s[i]) == 0xED && uint8_t(s[i + 1]) >= 0xA0) return true;
  return false;
}

void text_write(FileObject* f, std::string_view s, bool ascii) {
  std::string translated;
  if ((f->newline == Nl::CR || f->newline == Nl::CRLF) && s.find('\n') != std::string_view::npos) {
    const char* nl = f->newline == Nl::CR ? "\r" : "\r\n";
    translated.reserve(s.size() + 16);
    for (char c : s) {
      if (c == '\n') translated += nl;
      else translated.push_back(c);
    }
    s = translated;
  }
  std::string encoded;
  if (!ascii && (!f->utf8 || has_surrogate(s))) {
    encoded = str_encode(s, f->encoding, f->errors);
    s = encoded;
  }
  file_write(f, s);
  if (f->write_through) file_flush(f);
  else if (f->line_buffering && s.find_first_of("\n\r") != std::string_view::npos) file_flush(f);
}

// ----------------------------------------------------------------- input
void prepare_read(FileObject* f) {
  sync_twin(f);
  if (!f->wbuf.empty()) file_flush(f);
}

void sync_twin(FileObject* f) {
  FileObject* o = f->twin;
  if (!o || o->closed) return;
  if (!o->wbuf.empty()) file_flush(o);
  if (o->unread()) {
    // Only one side ever holds read-ahead: each operation pulls the other's first.
    f->rbuf.erase(0, f->rpos);
    f->rpos = 0;
    f->rbuf.append(o->rbuf, o->rpos, std::string::npos);
  }
  o->rbuf.clear();
  o->rpos = 0;
}

// Appends more bytes to the read-ahead; false at EOF. The consumed prefix is
// dropped first, so *idx (an index into rbuf the caller holds) is adjusted.
static bool fill(FileObject* f, size_t* idx, size_t want = 0) {
  if (f->rpos) {
    f->rbuf.erase(0, f->rpos);
    if (idx) *idx -= f->rpos;
    f->rpos = 0;
  }
  size_t n = std::min(std::max(f->bufsize, want), kScratchSize);
  size_t before = f->rbuf.size();
  size_t got = sys_read(f->fd, scratch(), n);
  // Another thread may have written (dropping the read-ahead) meanwhile.
  if (f->rbuf.size() != before || f->rpos) runtime_error("file buffer changed by another thread during a read");
  if (!got) return false;
  f->rbuf.append(scratch(), got);
  return true;
}

// Everything from the read position to EOF, consumed.
static std::string read_to_eof(FileObject* f) {
  std::string out = f->rbuf.substr(f->rpos);
  f->rbuf.clear();
  f->rpos = 0;
  struct stat st;
  if (::fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode)) {
    off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
    if (pos >= 0 && st.st_size > pos) out.reserve(out.size() + size_t(st.st_size - pos));
  }
  for (;;) {
    size_t got = sys_read(f->fd, scratch(), kScratchSize);
    if (!got) break;
    out.append(scratch(), got);
  }
  return out;
}

// Where the next `want` characters end in rbuf (an index), or, when `line`
// is set, the end of the next line if that comes first. Reads ahead as
// needed, but never past a complete answer (a terminal must not block).
static size_t scan_text(FileObject* f, size_t want, bool line) {
  const Nl nl = f->newline;
  const bool universal = nl == Nl::Universal || nl == Nl::Untranslated;
  size_t i = f->rpos, count = 0;
  int pending = 0;    // continuation bytes still due for the last character
  bool cr = false;    // the last character was a \r that may pair with a \n
  for (;;) {
    const std::string& b = f->rbuf;
    for (; i < b.size(); i++) {
      unsigned char c = uint8_t(b[i]);
      if (pending) {
        if ((c & 0xC0) == 0x80) { pending--; continue; }
        pending = 0;   // malformed: the decoder will report it
      }
      if (cr) {
        cr = false;
        if (c == '\n') {
          if (nl == Nl::Universal) {   // \r\n reads as one \n
            if (line) return i + 1;
            continue;
          }
          if (count == want) return i;
          count++;
          if (line) return i + 1;   // '' and '\r\n' modes: the pair ends the line
          continue;
        }
        if (line && universal) return i;   // a lone \r ended the line
      }
      if (count == want) return i;
      count++;
      if (f->utf8 && c >= 0xC0) pending = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
      if (c == '\n' && line && (universal || nl == Nl::LF)) return i + 1;
      if (c == '\r') {
        if (line && nl == Nl::CR) return i + 1;
        cr = nl == Nl::Universal || (line && (universal || nl == Nl::CRLF));
      }
    }
    // Out of bytes: is the answer already complete?
    bool need_peek = cr && !(nl != Nl::Universal && count == want);
    if (!pending && !need_peek && count == want) return i;
    if (!fill(f, &i)) return i;
  }
}

// Decodes raw text bytes, translating or noting newlines per the mode.
static Ref decode_text(FileObject* f, std::string_view raw) {
  std::string translated;
  if (f->newline == Nl::Universal || f->newline == Nl::Untranslated) {
    bool has_cr = std::memchr(raw.data(), '\r', raw.size()) != nullptr;
    if (!has_cr) {
      if (std::memchr(raw.data(), '\n', raw.size())) f->seen_nl |= kSeenLF;
    } else {
      bool translate = f->newline == Nl::Universal;
      if (translate) translated.reserve(raw.size());
      for (size_t i = 0; i < raw.size(); i++) {
        char c = raw[i];
        if (c == '\r') {
          bool pair = i + 1 < raw.size() && raw[i + 1] == '\n';
          f->seen_nl |= pair ? kSeenCRLF : kSeenCR;
          if (translate) {
            translated.push_back('\n');
            i += pair;
            continue;
          }
        } else if (c == '\n') {
          f->seen_nl |= kSeenLF;
        }
        if (translate) translated.push_back(c);
      }
      if (translate) raw = translated;
    }
  }
  if (f->utf8) {
    bool ascii = true;
    for (unsigned char c : raw)
      if (c >= 0x80) { ascii = false; break; }
    if (ascii) return str_from_ascii(raw);
  }
  return str_decode(raw, f->encoding, f->errors);
}

Ref text_read(FileObject* f, int64_t n) {
  ReadGuard guard(f);
  prepare_read(f);
  if (n < 0) {
    std::string all = read_to_eof(f);
    return decode_text(f, all);
  }
  size_t end = scan_text(f, size_t(n), false);
  std::string_view raw(f->rbuf.data() + f->rpos, end - f->rpos);
  Ref r = decode_text(f, raw);
  f->rpos = end;
  return r;
}

// The common readline — no size limit, a line ending in \n, no \r in
// sight — found with memchr instead of the byte-by-byte scanner.
// Returns false (the caller then scans) when a \r shows up.
static bool find_lf_line(FileObject* f, size_t* end) {
  size_t scanned = f->rpos;
  for (;;) {
    const char* base = f->rbuf.data();
    size_t size = f->rbuf.size();
    const void* nl = std::memchr(base + scanned, '\n', size - scanned);
    size_t stop = nl ? size_t(static_cast<const char*>(nl) - base) : size;
    if (f->newline != Nl::LF && std::memchr(base + scanned, '\r', stop - scanned)) return false;
    if (nl) {
      *end = stop + 1;
      return true;
    }
    scanned = size;
    if (!fill(f, &scanned)) {
      *end = f->rbuf.size();
      return true;
    }
  }
}

Ref text_readline(FileObject* f, int64_t limit) {
  ReadGuard guard(f);
  prepare_read(f);
  size_t end;
  bool lf_mode = f->newline == Nl::Universal || f->newline == Nl::Untranslated || f->newline == Nl::LF;
  if (limit >= 0 || !lf_mode || !find_lf_line(f, &end)) end = scan_text(f, limit < 0 ? SIZE_MAX : size_t(limit), true);
  std::string_view raw(f->rbuf.data() + f->rpos, end - f->rpos);
  Ref r = decode_text(f, raw);
  f->rpos = end;
  return r;
}

// ----------------------------------------------------------- binary input
static Ref take_bytes(FileObject* f, size_t n) {
  n = std::min(n, f->unread());
  Ref r = bytes_new(std::string_view(f->rbuf.data() + f->rpos, n));
  f->rpos += n;
  if (f->rpos == f->rbuf.size()) {
    f->rbuf.clear();
    f->rpos = 0;
  }
  return r;
}

static Ref bin_read_impl(FileObject* f, int64_t n) {
  prepare_read(f);
  if (n < 0) {
    std::string all = read_to_eof(f);
    return bytes_new(all);
  }
  if (f->raw) {   // FileIO: exactly one system call
    std::string buf(size_t(n), '\0');
    size_t got = n ? sys_read(f->fd, buf.data(), buf.size()) : 0;
    return bytes_new(std::string_view(buf.data(), got));
  }
  while (f->unread() < size_t(n) && fill(f, nullptr, size_t(n) - f->unread())) {
  }
  return take_bytes(f, size_t(n));
}

Ref bin_read(FileObject* f, int64_t n) {
  ReadGuard guard(f);
  return bin_read_impl(f, n);
}

Ref bin_read1(FileObject* f, int64_t n) {
  ReadGuard guard(f);
  prepare_read(f);
  if (f->raw) return bin_read_impl(f, n < 0 ? int64_t(kDefaultBufferSize) : n);
  if (n == 0) return bytes_new("");
  if (!f->unread()) fill(f, nullptr, n < 0 ? 0 : size_t(n));
  return take_bytes(f, n < 0 ? f->unread() : size_t(n));
}

Ref bin_readline(FileObject* f, int64_t limit) {
  ReadGuard guard(f);
  prepare_read(f);
  size_t max = limit < 0 ? SIZE_MAX : size_t(limit);
  if (f->raw) {   // no read-ahead: one byte at a time, as a raw stream must
    std::string line;
    char c;
    while (line.size() < max && sys_read(f->fd, &c, 1) == 1) {
      line.push_back(c);
      if (c == '\n') break;
    }
    return bytes_new(line);
  }
  size_t scanned = f->rpos;
  for (;;) {
    size_t avail = f->rbuf.size();
    size_t stop = max == SIZE_MAX ? avail : std::min(avail, f->rpos + max);
    const char* base = f->rbuf.data();
    const void* nl = scanned < stop ? std::memchr(base + scanned, '\n', stop - scanned) : nullptr;
    if (nl) return take_bytes(f, size_t(static_cast<const char*>(nl) - base) + 1 - f->rpos);
    if (stop - f->rpos >= max) return take_bytes(f, max);
    scanned = stop;
    if (!fill(f, &scanned)) return take_bytes(f, f->unread());
  }
}

size_t readinto_raw(FileObject* f, char* dst, size_t n) {
  Ref b = bin_read(f, int64_t(n));
  Bytes* bb = as_bytes(b.get());
  std::memcpy(dst, bb->data, size_t(bb->size));
  return size_t(bb->size);
}

// ------------------------------------------------------------ positioning
bool file_seekable(FileObject* f) {
  if (f->seekable < 0) f->seekable = ::lseek(f->fd, 0, SEEK_CUR) >= 0;
  return f->seekable;
}

int64_t file_tell(FileObject* f) {
  sync_twin(f);
  file_flush(f);
  off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
  if (pos < 0) raise_from_errno(errno);
  return int64_t(pos) - int64_t(f->unread()) + int64_t(f->wbuf.size());
}

int64_t file_seek(FileObject* f, int64_t off, int whence) {
  sync_twin(f);
  file_flush(f);
  if (whence == SEEK_CUR) off -= int64_t(f->unread());
  off_t pos = ::lseek(f->fd, off_t(off), whence);
  if (pos < 0) raise_from_errno(errno);
  f->rbuf.clear();
  f->rpos = 0;
  return int64_t(pos);
}

int64_t file_truncate(FileObject* f, int64_t size) {
  sync_twin(f);
  file_flush(f);
  drop_read_ahead(f, true);
  if (size < 0) {
    off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) raise_from_errno(errno);
    size = int64_t(pos);
  }
  int r;
  int err;
  do {
    {
      BlockingSection bs;
      r = ::ftruncate(f->fd, off_t(size));
      err = errno;
    }
    if (r < 0 && err == EINTR) handle_eval_breaker(current_thread_state());
  } while (r < 0 && err == EINTR);
  if (r < 0) raise_from_errno(err);
  return size;
}

// ----------------------------------------------------------------- close
void file_close(FileObject* f) {
  if (f->closed) return;
  Object* pending = nullptr;   // a failed flush is raised after the fd is closed
  try {
    sync_twin(f);
    file_flush(f);
  } catch (PyError& e) {
    pending = e.take();
  }
  // Closing a text file closes its buffer (and the buffer's fd, when the
  // buffer owns it: a TextIOWrapper made over an open binary file).
  if (f->twin_owned && f->twin && !f->twin->closed) {
    FileObject* b = f->twin;
    try {
      file_flush(b);
    } catch (PyError& e) {
      if (!pending) pending = e.take();
    }
    b->closed = true;
    file_unregister(b);
    if (b->closefd && b->fd >= 0 && !(f->closefd && f->fd == b->fd)) ::close(b->fd);
    b->fd = -1;
  }
  file_unregister(f);
  f->closed = true;
  std::string().swap(f->rbuf);
  std::string().swap(f->wbuf);
  f->rpos = 0;
  int err = 0;
  if (f->closefd && f->fd >= 0 && ::close(f->fd) < 0 && errno != EINTR) err = errno;
  f->fd = -1;
  if (pending) throw PyError(pending);
  if (err) raise_from_errno(err);
}

}  // namespace gilpy::io
