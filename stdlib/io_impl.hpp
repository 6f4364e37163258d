// io_impl.hpp — private to stdlib/io_*.cpp: the file object and the helpers
// the io files share.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.hpp"
#include "runtime/state.hpp"

namespace gilpy {

// The Python types backed by FileObject (io_file_methods.cpp) and the
// in-memory streams (io_string.cpp).
extern Type TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType,
    StringIOType, BytesIOType, IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType;

namespace io {

// The newline argument of open() / StringIO.
enum class Nl : uint8_t {
  Universal,      // None: any of \n \r \r\n ends a line and reads as \n
  Untranslated,   // '': any of them ends a line, returned as is
  LF,             // '\n'
  CR,             // '\r'
  CRLF,           // '\r\n'
};
// Bits of FileObject::seen_nl (the `newlines` attribute).
enum : uint8_t { kSeenCR = 1, kSeenLF = 2, kSeenCRLF = 4 };

constexpr size_t kDefaultBufferSize = 8192;

struct FileObject : Object {
  int fd = -1;
  bool readable = false, writable = false, appending = false, created = false;
  bool text = false;
  bool raw = false;               // FileIO (buffering=0): no buffering at all
  bool closefd = true, closed = false;
  bool line_buffering = false;    // flush when a write contains a newline
  bool write_through = false;     // flush after every write (stderr)
  bool flushing = false;          // a flush is writing with the GIL released
  bool reading = false;           // a read is in progress (maybe with the GIL released)
  bool utf8 = true;               // encoding is UTF-8: the fast paths apply
  int8_t seekable = -1;           // -1: not yet known
  Nl newline = Nl::Universal;
  uint8_t seen_nl = 0;
  Value name;                     // owned: str, bytes, int or the object passed to open()
  std::string mode;               // the `mode` attribute
  std::string encoding, errors;   // text files
  size_t bufsize = kDefaultBufferSize;
  std::string rbuf;               // read-ahead: bytes [rpos, size) not yet consumed
  size_t rpos = 0;
  std::string wbuf;               // written, not yet flushed
  Interpreter* interp = nullptr;  // owner (flush_std_streams flushes its own files only)
  FileObject* reg_prev = nullptr;
  FileObject* reg_next = nullptr;
  bool registered = false;
  // A text file's `buffer` (the binary file on the same fd) and back: the
  // two share data through sync_twin(). The text side owns a reference.
  FileObject* twin = nullptr;
  bool twin_owned = false;

  size_t unread() const { return rbuf.size() - rpos; }
};

inline FileObject* F(Value v) { return static_cast<FileObject*>(v.as_obj()); }

// --- io_file.cpp: the buffering engine (no argument parsing)
FileObject* file_alloc(Type* t, int fd);      // owned, registered when writable
void file_register(FileObject* f);
void file_unregister(FileObject* f);
void file_flush(FileObject* f);               // writes wbuf out (no-op if another thread is flushing)
void file_close(FileObject* f);               // flush, then close the fd; idempotent
void file_write(FileObject* f, std::string_view bytes);   // buffered (or direct for raw files)
void text_write(FileObject* f, std::string_view utf8, bool ascii);   // translate, encode, buffer, maybe flush
Ref text_read(FileObject* f, int64_t n);      // n < 0: to EOF
Ref text_readline(FileObject* f, int64_t limit);
Ref bin_read(FileObject* f, int64_t n);
Ref bin_read1(FileObject* f, int64_t n);
Ref bin_readline(FileObject* f, int64_t limit);
int64_t file_tell(FileObject* f);
int64_t file_seek(FileObject* f, int64_t off, int whence);
int64_t file_truncate(FileObject* f, int64_t size);   // size < 0: current position
bool file_seekable(FileObject* f);
void prepare_read(FileObject* f);             // flushes pending output first
size_t readinto_raw(FileObject* f, char* dst, size_t n);
// Before any operation on f: flush its twin's pending output and take over
// its unread read-ahead, so text and binary views of one fd stay in order.
void sync_twin(FileObject* f);

// --- helpers shared by the io files
[[noreturn]] void raise_unsupported(const std::string& msg);   // io.UnsupportedOperation
Type* unsupported_operation_type();
int64_t size_arg(Value v);                    // null/None -> -1, else an int (TypeError otherwise)
Nl parse_newline(Value v, bool quote_in_error);   // ValueError "illegal newline value: ..."
bool is_utf8_name(std::string_view encoding);

}  // namespace io
}  // namespace gilpy
