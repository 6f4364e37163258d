// os.cpp — the `os` module: processes, directories, files, descriptors,
// the environment, and the stat_result / terminal_size types. os.path is
// in os_path.cpp, os.environ in os_environ.cpp. fork/waitpid belong to a
// later issue (they need the GIL's fork protocol) and are absent on purpose.
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "interp/run.hpp"
#include "runtime/blocking.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/fspath.hpp"
#include "stdlib/os_impl.hpp"
#include "stdlib/structseq_extra.hpp"

namespace gilpy {
namespace osimpl {

// ------------------------------------------------------------- arguments
PathArg os_path_arg(Value v, const char* fname, bool allow_fd, bool allow_none) {
  PathArg p;
  if (allow_none && (v.is_null() || v.is_none())) {
    p.given = false;
    p.path = ".";
    return p;
  }
  if (allow_fd && is_int(v)) {
    p.fd = int(to_int64(v));
    return p;
  }
  bool ok = isinstance_of(v, &StrType) || isinstance_of(v, &BytesType) ||
            !type_lookup(type_of(v), intern("__fspath__")).is_null();
  if (!ok) {
    std::string kinds = allow_fd ? (allow_none ? "string, bytes, os.PathLike, integer or None"
                                               : "string, bytes, os.PathLike or integer")
                                 : (allow_none ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike");
    type_error(std::string(fname) + ": path should be " + kinds + ", not " + type_name(v));
  }
  p.path = path_arg(v, &p.bytes);
  return p;
}

void do_stat(const PathArg& p, bool follow_symlinks, struct stat* st) {
  int r = p.fd >= 0 ? ::fstat(p.fd, st) : follow_symlinks ? ::stat(p.path.c_str(), st) : ::lstat(p.path.c_str(), st);
  if (r < 0) raise_from_errno(errno, p.fd >= 0 ? "" : p.path);
}

static Type* stat_result_type() {
  static Type* t = structseq_extra_type({
      "stat_result",
      "os",
      {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime",
       "st_ctime"},
      {"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
       "st_blocks", "st_rdev"},
  });
  return t;
}

static Type* terminal_size_type() {
  static Type* t = structseq_extra_type({"terminal_size", "os", {"columns", "lines"}, {}});
  return t;
}

static Ref ns_of(const struct timespec& ts) {
  Ref sec = int_from_i64(int64_t(ts.tv_sec));
  Ref billion = int_from_i64(1000000000);
  Ref scaled = binary_op(BinOp::Mul, sec.get(), billion.get());
  Ref nsec = int_from_i64(ts.tv_nsec);
  return binary_op(BinOp::Add, scaled.get(), nsec.get());
}

static Value seconds_of(const struct timespec& ts) {
  return Value::from_double(double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9);
}

Ref make_stat_result(const struct stat& st) {
  Ref items[19] = {
      int_from_i64(st.st_mode),     int_from_u64(st.st_ino),   int_from_u64(st.st_dev),
      int_from_i64(int64_t(st.st_nlink)), int_from_i64(st.st_uid), int_from_i64(st.st_gid),
      int_from_i64(st.st_size),     int_from_i64(st.st_atim.tv_sec), int_from_i64(st.st_mtim.tv_sec),
      int_from_i64(st.st_ctim.tv_sec), Ref::steal(seconds_of(st.st_atim)), Ref::steal(seconds_of(st.st_mtim)),
      Ref::steal(seconds_of(st.st_ctim)), ns_of(st.st_atim), ns_of(st.st_mtim),
      ns_of(st.st_ctim),            int_from_i64(st.st_blksize), int_from_i64(st.st_blocks),
      int_from_u64(st.st_rdev),
  };
  Value v[19];
  for (int i = 0; i < 19; i++) v[i] = items[i].get();
  return structseq_extra_new(stat_result_type(), v, 19);
}

}  // namespace osimpl

namespace {
using namespace osimpl;

#define OS_FN(fn) Ref fn(Value, [[maybe_unused]] const Value* args, size_t nargs, Tuple* kw)

// Retries a system call on EINTR (after letting Ctrl-C raise).
template <class F>
int retry_eintr(F&& f) {
  for (;;) {
    int r = f();
    if (r >= 0 || errno != EINTR) return r;
    handle_eval_breaker(current_thread_state());
  }
}

// ------------------------------------------------------------- processes
OS_FN(os_getpid) {
  check_nargs("getpid", nargs, kw, 0, 0);
  return int_from_i64(::getpid());
}
OS_FN(os_getppid) {
  check_nargs("getppid", nargs, kw, 0, 0);
  return int_from_i64(::getppid());
}
OS_FN(os_getuid) {
  check_nargs("getuid", nargs, kw, 0, 0);
  return int_from_i64(::getuid());
}
OS_FN(os_geteuid) {
  check_nargs("geteuid", nargs, kw, 0, 0);
  return int_from_i64(::geteuid());
}
OS_FN(os_getgid) {
  check_nargs("getgid", nargs, kw, 0, 0);
  return int_from_i64(::getgid());
}

OS_FN(os_kill) {
  check_nargs("kill", nargs, kw, 2, 2);
  if (::kill(pid_t(to_int64(args[0])), int(to_int64(args[1]))) < 0) raise_from_errno(errno);
  return Ref::none();
}

// os._exit does not flush or run cleanups: that is its purpose.
OS_FN(os__exit) {
  Value a[1];
  parse_args("_exit", args, nargs, kw, {"status"}, 1, a);
  int status = int(to_int64(a[0]));
  // A forked worker ends here: it writes its -X gil-* files first.
  if (Interpreter* interp = current_interp(); interp->gil_recorder) write_gil_observations(interp);
  ::_exit(status);
}

// system(3) waits for the child with SIGINT ignored in the parent, as C
// and CPython do; the wait happens outside the GIL.
OS_FN(os_system) {
  Value a[1];
  parse_args("system", args, nargs, kw, {"command"}, 1, a);
  std::string cmd = path_arg(a[0]);
  int r;
  {
    BlockingSection bs;
    r = ::system(cmd.c_str());
  }
  return int_from_i64(r);
}

OS_FN(os_cpu_count) {
  check_nargs("cpu_count", nargs, kw, 0, 0);
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? Ref::none() : int_from_i64(n);
}

OS_FN(os_strerror) {
  check_nargs("strerror", nargs, kw, 1, 1);
  return str_new(std::strerror(int(to_int64(args[0]))));
}

OS_FN(os_urandom) {
  check_nargs("urandom", nargs, kw, 1, 1);
  int64_t n = index_value(args[0]);
  if (n < 0) value_error("negative argument not allowed");
  std::string out(size_t(n), '\0');
  size_t done = 0;
  while (done < out.size()) {
    ssize_t r = ::getrandom(out.data() + done, out.size() - done, 0);
    if (r < 0) {
      if (errno == EINTR) {
        handle_eval_breaker(current_thread_state());
        continue;
      }
      raise_from_errno(errno);
    }
    done += size_t(r);
  }
  return bytes_new(out);
}

OS_FN(os_get_terminal_size) {
  check_nargs("get_terminal_size", nargs, kw, 0, 1);
  int fd = nargs ? int(to_int64(args[0])) : 1;
  struct winsize w;
  if (::ioctl(fd, TIOCGWINSZ, &w) < 0) raise_from_errno(errno);
  return structseq_extra_new(terminal_size_type(), {Value::small_int(w.ws_col), Value::small_int(w.ws_row)});
}

OS_FN(os_fspath_fn) {
  Value a[1];
  parse_args("fspath", args, nargs, kw, {"path"}, 1, a);
  return os_fspath(a[0]);
}

// fsencode / fsdecode: str <-> the file system's bytes (UTF-8 with
// surrogateescape, as CPython on Linux).
OS_FN(os_fsencode) {
  Value a[1];
  parse_args("fsencode", args, nargs, kw, {"filename"}, 1, a);
  Ref p = os_fspath(a[0]);
  if (isinstance_of(p.get(), &BytesType)) return p;
  return bytes_new(str_encode(str_view(p.get()), "utf-8", "surrogateescape"));
}

OS_FN(os_fsdecode) {
  Value a[1];
  parse_args("fsdecode", args, nargs, kw, {"filename"}, 1, a);
  Ref p = os_fspath(a[0]);
  if (!isinstance_of(p.get(), &BytesType)) return p;
  return str_decode(as_bytes(p.get())->view(), "utf-8", "surrogateescape");
}

// ------------------------------------------------------------ environment
OS_FN(os_getenv) {
  Value a[2];
  parse_args("getenv", args, nargs, kw, {"key", "default"}, 1, a);
  std::string k = env_str_arg(a[0]);
  const char* v = ::getenv(k.c_str());
  if (!v) return Ref::borrow(a[1].is_null() ? Value::none() : a[1]);
  return str_decode(v, "utf-8", "surrogateescape");
}

OS_FN(os_putenv) {
  check_nargs("putenv", nargs, kw, 2, 2);
  std::string k = path_arg(args[0]), v = path_arg(args[1]);
  if (k.empty() || k.find('=') != std::string::npos) value_error("illegal environment variable name");
  if (::setenv(k.c_str(), v.c_str(), 1) < 0) raise_from_errno(errno);
  return Ref::none();
}

OS_FN(os_unsetenv) {
  check_nargs("unsetenv", nargs, kw, 1, 1);
  std::string k = path_arg(args[0]);
  if (k.empty() || k.find('=') != std::string::npos) value_error("illegal environment variable name");
  if (::unsetenv(k.c_str()) < 0) raise_from_errno(errno);
  return Ref::none();
}

// ------------------------------------------------------------ directories
OS_FN(os_getcwd) {
  check_nargs("getcwd", nargs, kw, 0, 0);
  char* p = ::getcwd(nullptr, 0);
  if (!p) raise_from_errno(errno);
  std::string s(p);
  std::free(p);
  return path_result(s, false);
}

OS_FN(os_getcwdb) {
  check_nargs("getcwdb", nargs, kw, 0, 0);
  char* p = ::getcwd(nullptr, 0);
  if (!p) raise_from_errno(errno);
  std::string s(p);
  std::free(p);
  return bytes_new(s);
}

OS_FN(os_chdir) {
  Value a[1];
  parse_args("chdir", args, nargs, kw, {"path"}, 1, a);
  PathArg p = os_path_arg(a[0], "chdir", true);
  int r = p.fd >= 0 ? ::fchdir(p.fd) : ::chdir(p.path.c_str());
  if (r < 0) raise_from_errno(errno, p.path);
  return Ref::none();
}

OS_FN(os_listdir) {
  Value a[1];
  parse_args("listdir", args, nargs, kw, {"path"}, 0, a);
  PathArg p = os_path_arg(a[0], "listdir", true, true);
  DIR* d;
  {
    BlockingSection bs;
    d = p.fd >= 0 ? ::fdopendir(::dup(p.fd)) : ::opendir(p.path.c_str());
  }
  if (!d) raise_from_errno(errno, p.fd >= 0 ? "" : p.path);
  std::vector<std::string> names;
  errno = 0;
  for (;;) {
    struct dirent* e = ::readdir(d);
    if (!e) break;
    if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, "..")) continue;
    names.emplace_back(e->d_name);
  }
  int err = errno;
  if (p.fd >= 0) ::rewinddir(d);
  ::closedir(d);
  if (err) raise_from_errno(err, p.path);
  Ref out = list_new(0);
  for (const std::string& n : names) {
    Ref s = path_result(n, p.bytes);
    list_append(out.get(), s.get());
  }
  return out;
}

OS_FN(os_mkdir) {
  Value a[3];
  parse_args("mkdir", args, nargs, kw, {"path", "mode", "dir_fd"}, 1, a);
  PathArg p = os_path_arg(a[0], "mkdir");
  mode_t mode = a[1].is_null() ? 0777 : mode_t(to_int64(a[1]));
  if (::mkdir(p.path.c_str(), mode) < 0) raise_from_errno(errno, p.path);
  return Ref::none();
}

bool is_dir(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// os.makedirs, as CPython's: create missing parents, then the leaf.
void makedirs(const std::string& name, mode_t mode, bool exist_ok) {
  std::string head = name, tail;
  auto split = [](std::string& h, std::string& t) {
    size_t i = h.rfind('/') + 1;
    t = h.substr(i);
    h = h.substr(0, i);
    if (!h.empty() && h.find_first_not_of('/') != std::string::npos)
      while (h.size() > 1 && h.back() == '/') h.pop_back();
  };
  split(head, tail);
  if (tail.empty()) split(head, tail);
  struct stat st;
  if (!head.empty() && !tail.empty() && ::stat(head.c_str(), &st) != 0) {
    try {
      makedirs(head, mode, exist_ok);
    } catch (PyError& e) {
      if (!e.matches(FileExistsError_)) throw;   // created meanwhile by someone else
    }
    if (tail == ".") return;
  }
  if (::mkdir(name.c_str(), mode) < 0) {
    int err = errno;
    if (!exist_ok || !is_dir(name)) raise_from_errno(err, name);
  }
}

OS_FN(os_makedirs) {
  Value a[3];
  parse_args("makedirs", args, nargs, kw, {"name", "mode", "exist_ok"}, 1, a);
  PathArg p = os_path_arg(a[0], "makedirs");
  mode_t mode = a[1].is_null() ? 0777 : mode_t(to_int64(a[1]));
  makedirs(p.path, mode, !a[2].is_null() && truthy(a[2]));
  return Ref::none();
}

// One-path calls that only report success or errno.
template <int (*Call)(const char*)>
Ref simple_path_call(const char* fname, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args(fname, args, nargs, kw, {"path", "dir_fd"}, 1, a);
  PathArg p = os_path_arg(a[0], fname);
  int r;
  {
    BlockingSection bs;
    r = Call(p.path.c_str());
  }
  if (r < 0) raise_from_errno(errno, p.path);
  return Ref::none();
}

OS_FN(os_rmdir) { return simple_path_call<::rmdir>("rmdir", args, nargs, kw); }
OS_FN(os_remove) { return simple_path_call<::unlink>("remove", args, nargs, kw); }
OS_FN(os_unlink) { return simple_path_call<::unlink>("unlink", args, nargs, kw); }

// rmdir the leaf, then each parent until one fails (is not empty).
OS_FN(os_removedirs) {
  Value a[1];
  parse_args("removedirs", args, nargs, kw, {"name"}, 1, a);
  PathArg p = os_path_arg(a[0], "rmdir");
  if (::rmdir(p.path.c_str()) < 0) raise_from_errno(errno, p.path);
  auto split = [](const std::string& s, std::string* head, std::string* tail) {
    size_t i = s.rfind('/') + 1;
    *head = s.substr(0, i);
    *tail = s.substr(i);
    if (!head->empty() && head->find_first_not_of('/') != std::string::npos)
      while (head->back() == '/') head->pop_back();
  };
  std::string head, tail;
  split(p.path, &head, &tail);
  if (tail.empty()) split(head, &head, &tail);
  while (!head.empty() && !tail.empty()) {
    if (::rmdir(head.c_str()) < 0) break;
    std::string h = head;
    split(h, &head, &tail);
  }
  return Ref::none();
}

Ref rename_impl(const char* fname, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  parse_args(fname, args, nargs, kw, {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, a);
  PathArg s = os_path_arg(a[0], fname), d = os_path_arg(a[1], fname);
  int r;
  {
    BlockingSection bs;
    r = ::rename(s.path.c_str(), d.path.c_str());
  }
  // CPython's message also names the destination ("'a' -> 'b'"); ours
  // names the source only (raise_from_errno takes one file name).
  if (r < 0) raise_from_errno(errno, s.path);
  return Ref::none();
}
OS_FN(os_rename) { return rename_impl("rename", args, nargs, kw); }
OS_FN(os_replace) { return rename_impl("replace", args, nargs, kw); }

OS_FN(os_stat) {
  Value a[3];
  parse_args("stat", args, nargs, kw, {"path", "dir_fd", "follow_symlinks"}, 1, a);
  PathArg p = os_path_arg(a[0], "stat", true);
  struct stat st;
  do_stat(p, a[2].is_null() || truthy(a[2]), &st);
  return make_stat_result(st);
}

OS_FN(os_lstat) {
  Value a[2];
  parse_args("lstat", args, nargs, kw, {"path", "dir_fd"}, 1, a);
  PathArg p = os_path_arg(a[0], "lstat");
  struct stat st;
  do_stat(p, false, &st);
  return make_stat_result(st);
}

OS_FN(os_fstat) {
  check_nargs("fstat", nargs, kw, 1, 1);
  PathArg p;
  p.fd = int(to_int64(args[0]));
  struct stat st;
  do_stat(p, true, &st);
  return make_stat_result(st);
}

OS_FN(os_access) {
  Value a[2];
  parse_args("access", args, nargs, kw, {"path", "mode"}, 2, a);
  PathArg p = os_path_arg(a[0], "access");
  return Ref::boolean(::access(p.path.c_str(), int(to_int64(a[1]))) == 0);
}

OS_FN(os_chmod) {
  Value a[2];
  parse_args("chmod", args, nargs, kw, {"path", "mode"}, 2, a);
  PathArg p = os_path_arg(a[0], "chmod", true);
  mode_t mode = mode_t(to_int64(a[1]));
  int r = p.fd >= 0 ? ::fchmod(p.fd, mode) : ::chmod(p.path.c_str(), mode);
  if (r < 0) raise_from_errno(errno, p.path);
  return Ref::none();
}

OS_FN(os_umask) {
  check_nargs("umask", nargs, kw, 1, 1);
  return int_from_i64(::umask(mode_t(to_int64(args[0]))));
}

OS_FN(os_readlink) {
  Value a[2];
  parse_args("readlink", args, nargs, kw, {"path", "dir_fd"}, 1, a);
  PathArg p = os_path_arg(a[0], "readlink");
  std::string buf(4096, '\0');
  ssize_t n = ::readlink(p.path.c_str(), buf.data(), buf.size());
  if (n < 0) raise_from_errno(errno, p.path);
  buf.resize(size_t(n));
  return path_result(buf, p.bytes);
}

OS_FN(os_symlink) {
  Value a[3];
  parse_args("symlink", args, nargs, kw, {"src", "dst", "target_is_directory"}, 2, a);
  PathArg s = os_path_arg(a[0], "symlink"), d = os_path_arg(a[1], "symlink");
  if (::symlink(s.path.c_str(), d.path.c_str()) < 0) raise_from_errno(errno, s.path);
  return Ref::none();
}

OS_FN(os_link) {
  check_nargs("link", nargs, kw, 2, 2);
  PathArg s = os_path_arg(args[0], "link"), d = os_path_arg(args[1], "link");
  if (::link(s.path.c_str(), d.path.c_str()) < 0) raise_from_errno(errno, s.path);
  return Ref::none();
}

// ------------------------------------------------------------ descriptors
OS_FN(os_open) {
  Value a[4];
  parse_args("open", args, nargs, kw, {"path", "flags", "mode", "dir_fd"}, 2, a);
  PathArg p = os_path_arg(a[0], "open");
  int flags = int(to_int64(a[1])) | O_CLOEXEC;
  mode_t mode = a[2].is_null() ? 0777 : mode_t(to_int64(a[2]));
  int fd = retry_eintr([&] {
    BlockingSection bs;
    return ::open(p.path.c_str(), flags, mode);
  });
  if (fd < 0) raise_from_errno(errno, p.path);
  return int_from_i64(fd);
}

OS_FN(os_close) {
  check_nargs("close", nargs, kw, 1, 1);
  if (::close(int(to_int64(args[0]))) < 0 && errno != EINTR) raise_from_errno(errno);
  return Ref::none();
}

OS_FN(os_read) {
  check_nargs("read", nargs, kw, 2, 2);
  int fd = int(to_int64(args[0]));
  int64_t n = index_value(args[1]);
  if (n < 0) raise_from_errno(EINVAL);
  std::string buf(size_t(n), '\0');
  ssize_t got;
  for (;;) {
    {
      BlockingSection bs;
      got = ::read(fd, buf.data(), buf.size());
    }
    if (got >= 0 || errno != EINTR) break;
    handle_eval_breaker(current_thread_state());
  }
  if (got < 0) raise_from_errno(errno);
  buf.resize(size_t(got));
  return bytes_new(buf);
}

OS_FN(os_write) {
  check_nargs("write", nargs, kw, 2, 2);
  int fd = int(to_int64(args[0]));
  if (!is_bytes_like(args[1])) type_error("a bytes-like object is required, not '" + type_name(args[1]) + "'");
  std::string data(as_bytes(args[1])->view());   // private while the GIL is released
  ssize_t r;
  for (;;) {
    {
      BlockingSection bs;
      r = ::write(fd, data.data(), data.size());
    }
    if (r >= 0 || errno != EINTR) break;
    handle_eval_breaker(current_thread_state());
  }
  if (r < 0) raise_from_errno(errno);
  return int_from_i64(r);
}

OS_FN(os_isatty) {
  check_nargs("isatty", nargs, kw, 1, 1);
  return Ref::boolean(::isatty(int(to_int64(args[0]))));
}

OS_FN(os_lseek) {
  check_nargs("lseek", nargs, kw, 3, 3);
  off_t r = ::lseek(int(to_int64(args[0])), off_t(to_int64(args[1])), int(to_int64(args[2])));
  if (r < 0) raise_from_errno(errno);
  return int_from_i64(r);
}

OS_FN(os_dup) {
  check_nargs("dup", nargs, kw, 1, 1);
  int fd = ::fcntl(int(to_int64(args[0])), F_DUPFD_CLOEXEC, 0);
  if (fd < 0) raise_from_errno(errno);
  return int_from_i64(fd);
}

OS_FN(os_dup2) {
  Value a[3];
  parse_args("dup2", args, nargs, kw, {"fd", "fd2", "inheritable"}, 2, a);
  bool inheritable = a[2].is_null() || truthy(a[2]);
  int r = ::dup3(int(to_int64(a[0])), int(to_int64(a[1])), inheritable ? 0 : O_CLOEXEC);
  if (r < 0 && errno == EINVAL && to_int64(a[0]) == to_int64(a[1])) r = int(to_int64(a[1]));
  if (r < 0) raise_from_errno(errno);
  return int_from_i64(r);
}

OS_FN(os_pipe) {
  check_nargs("pipe", nargs, kw, 0, 0);
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) < 0) raise_from_errno(errno);
  return tuple_from({Value::small_int(fds[0]), Value::small_int(fds[1])});
}

const MethodDef os_functions[] = {
    {"getpid", os_getpid}, {"getppid", os_getppid}, {"getuid", os_getuid}, {"geteuid", os_geteuid},
    {"getgid", os_getgid}, {"kill", os_kill}, {"_exit", os__exit}, {"system", os_system, kMethNoGil},
    {"cpu_count", os_cpu_count}, {"strerror", os_strerror}, {"urandom", os_urandom},
    {"get_terminal_size", os_get_terminal_size}, {"fspath", os_fspath_fn}, {"fsencode", os_fsencode}, {"fsdecode", os_fsdecode}, {"getenv", os_getenv},
    {"putenv", os_putenv}, {"unsetenv", os_unsetenv}, {"getcwd", os_getcwd}, {"getcwdb", os_getcwdb},
    {"chdir", os_chdir}, {"listdir", os_listdir}, {"mkdir", os_mkdir}, {"makedirs", os_makedirs},
    {"rmdir", os_rmdir}, {"removedirs", os_removedirs}, {"walk", os_walk}, {"remove", os_remove}, {"unlink", os_unlink}, {"rename", os_rename},
    {"replace", os_replace}, {"stat", os_stat}, {"lstat", os_lstat}, {"fstat", os_fstat},
    {"access", os_access}, {"chmod", os_chmod}, {"umask", os_umask}, {"readlink", os_readlink},
    {"symlink", os_symlink}, {"link", os_link}, {"open", os_open, kMethNoGil}, {"close", os_close},
    {"read", os_read, kMethNoGil}, {"write", os_write, kMethNoGil}, {"isatty", os_isatty},
    {"lseek", os_lseek}, {"dup", os_dup}, {"dup2", os_dup2}, {"pipe", os_pipe},
    {nullptr, nullptr},
};

void add_int_constants(Value m) {
  static const struct {
    const char* name;
    int64_t value;
  } consts[] = {
      {"F_OK", F_OK},         {"R_OK", R_OK},         {"W_OK", W_OK},         {"X_OK", X_OK},
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},     {"O_APPEND", O_APPEND},
      {"O_CREAT", O_CREAT},   {"O_EXCL", O_EXCL},     {"O_TRUNC", O_TRUNC},   {"O_NONBLOCK", O_NONBLOCK},
      {"O_CLOEXEC", O_CLOEXEC}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_DIRECTORY", O_DIRECTORY},
      {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
      {"EX_OK", 0},
  };
  for (auto& c : consts) module_add(m, c.name, Value::small_int(c.value));
}

void add_str_constant(Value m, const char* name, const char* value) {
  Ref s = str_new(value);
  module_add(m, name, s.get());
}

}  // namespace
void os_add_process_functions(Value m);   // os_process.cpp
namespace {

void init_os(Value m) {
  static std::once_flag once;
  std::call_once(once, [] {
    init_environ_type();
    init_walk_type();
    stat_result_type();
    terminal_size_type();
  });
  module_add_functions(m, os_functions);
  os_add_process_functions(m);
  add_int_constants(m);
  add_str_constant(m, "name", "posix");
  add_str_constant(m, "sep", "/");
  add_str_constant(m, "curdir", ".");
  add_str_constant(m, "pardir", "..");
  add_str_constant(m, "extsep", ".");
  add_str_constant(m, "pathsep", ":");
  add_str_constant(m, "linesep", "\n");
  add_str_constant(m, "defpath", "/bin:/usr/bin");
  add_str_constant(m, "devnull", "/dev/null");
  module_add(m, "altsep", Value::none());
  module_add(m, "error", Value::object(OSError_));
  module_add(m, "stat_result", Value::object(stat_result_type()));
  module_add(m, "terminal_size", Value::object(terminal_size_type()));
  Ref env = environ_new();
  module_add(m, "environ", env.get());
  Ref path = import_module("os.path");
  module_add(m, "path", path.get());
}

}  // namespace

GILPY_MODULE("os", init_os);

}  // namespace gilpy
