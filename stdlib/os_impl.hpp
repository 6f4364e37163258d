// os_impl.hpp — private to stdlib/os*.cpp: helpers the os, os.path and
// environ files share.
#pragma once
#include <sys/stat.h>

#include <string>

#include "runtime/object.hpp"

namespace gilpy::osimpl {

// A path argument of an os function: the kernel's bytes, whether the caller
// used bytes, or a file descriptor when allowed and given.
struct PathArg {
  std::string path;
  bool bytes = false;
  int fd = -1;         // >= 0: the caller passed a descriptor
  bool given = true;   // false: None / absent where allowed
};

// TypeError "<fname>: path should be string, bytes, os.PathLike[, integer][ or None], not X".
PathArg os_path_arg(Value v, const char* fname, bool allow_fd = false, bool allow_none = false);

// stat / lstat / fstat with the errno raised as OSError (filename attached).
void do_stat(const PathArg& p, bool follow_symlinks, struct stat* st);

Ref make_stat_result(const struct stat& st);

// os.environ (os_environ.cpp): a mapping whose writes reach the process
// environment (setenv / unsetenv).
Ref environ_new();
void init_environ_type();

// os.walk (os_walk.cpp)
void init_walk_type();
Ref os_walk(Value self, const Value* args, size_t nargs, Tuple* kwnames);

// str -> the process environment's bytes (TypeError "str expected, not X").
std::string env_str_arg(Value v);

}  // namespace gilpy::osimpl
