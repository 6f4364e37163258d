// io.hpp — file objects, the standard streams, and the `io` module.
//
// Files are our own buffered objects on a POSIX file descriptor (no FILE*):
// one C++ struct serves the Python types TextIOWrapper, BufferedReader,
// BufferedWriter, BufferedRandom and FileIO, so print() can write to a text
// file without a Python-level call. io.StringIO and io.BytesIO live here too.
#pragma once
#include <string_view>

#include "runtime/object.hpp"

namespace gilpy {

// Readies the io types (once per process; safe to call again). The other
// entry points call it themselves, so start-up code may skip it.
void init_io_types();

// The builtin open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True) — also io.open.
Ref builtin_open(Value self, const Value* args, size_t nargs, Tuple* kwnames);

// A text file on fd 0/1/2 named '<stdin>' / '<stdout>' / '<stderr>' that
// never closes its fd. stdout is line-buffered on a terminal and block-
// buffered otherwise; stderr writes go straight to the fd. Returns None when
// the fd is not open (as CPython sets sys.stdout = None then).
Ref make_std_stream(int fd, const char* name, bool writable);

// Flushes every live writable file object of the current interpreter (at
// exit, and later before fork). Never throws: a failing flush is skipped
// (its data is dropped, as CPython does after reporting it).
void flush_std_streams();

// file.write(text): direct when `file` is one of our text files, otherwise
// a Python call of file.write(str). Used by print().
void stream_write(Value file, std::string_view text);

// Whether `v` is one of our file objects (text or binary).
bool is_file_object(Value v);

}  // namespace gilpy
