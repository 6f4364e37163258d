// os_path.cpp — os.path (posixpath): pure path-string manipulation with
// CPython's posixpath algorithms, plus the few queries that stat the file
// system. Every function accepts str, bytes or a path-like object and
// answers in the caller's type.
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <map>
#include <optional>
#include <vector>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/fspath.hpp"
#include "stdlib/os_impl.hpp"

namespace gilpy {
namespace {

using osimpl::PathArg;

#define PATH_FN(fn) Ref fn(Value, [[maybe_unused]] const Value* args, size_t nargs, Tuple* kw)

// A path string in the caller's type (str or bytes).
struct P {
  std::string s;
  bool bytes = false;
};

P arg(Value v) {
  P p;
  p.s = path_arg(v, &p.bytes);
  return p;
}

// Like arg(), but without the NUL check (pure string functions accept any str).
P text_arg(Value v) {
  Ref f = os_fspath(v);
  P p;
  p.bytes = isinstance_of(f.get(), &BytesType);
  if (p.bytes) {
    p.s = std::string(as_bytes(f.get())->view());
  } else {
    // Work on the file system's bytes: lone surrogates stand for
    // undecodable bytes (as in path_arg / path_result).
    Str* str = as_str(f.get());
    p.s = str->ascii ? std::string(str->view()) : str_encode(str->view(), "utf-8", "surrogateescape");
  }
  return p;
}

Ref result(const std::string& s, bool bytes) { return path_result(s, bytes); }

Ref pair(const std::string& a, const std::string& b, bool bytes) {
  Ref x = result(a, bytes), y = result(b, bytes);
  return tuple_from({x.get(), y.get()});
}

// ------------------------------------------------------- pure algorithms
std::string join2(std::string a, const std::string& b) {
  if (!b.empty() && b[0] == '/') return b;
  if (a.empty() || a.back() == '/') return a + b;
  return a + "/" + b;
}

// (head, tail): tail is everything after the final slash; head loses its
// trailing slashes unless it is all slashes.
void split(const std::string& p, std::string* head, std::string* tail) {
  size_t i = p.rfind('/') + 1;   // npos + 1 == 0
  *head = p.substr(0, i);
  *tail = p.substr(i);
  if (!head->empty() && head->find_first_not_of('/') != std::string::npos)
    while (!head->empty() && head->back() == '/') head->pop_back();
}

// Leading dots of the final component do not start an extension.
void splitext(const std::string& p, std::string* root, std::string* ext) {
  size_t sep = p.rfind('/');
  size_t dot = p.rfind('.');
  long seppos = sep == std::string::npos ? -1 : long(sep);
  if (dot != std::string::npos && long(dot) > seppos) {
    for (size_t i = size_t(seppos + 1); i < dot; i++)
      if (p[i] != '.') {
        *root = p.substr(0, dot);
        *ext = p.substr(dot);
        return;
      }
  }
  *root = p;
  ext->clear();
}

std::string normpath(const std::string& path) {
  if (path.empty()) return ".";
  int initial = path[0] == '/' ? 1 : 0;
  if (initial && path.size() > 1 && path[1] == '/' && (path.size() < 3 || path[2] != '/')) initial = 2;
  std::vector<std::string> comps;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    std::string comp = path.substr(i, j - i);
    i = j + 1;
    if (comp.empty() || comp == ".") continue;
    if (comp != ".." || (!initial && comps.empty()) || (!comps.empty() && comps.back() == ".."))
      comps.push_back(comp);
    else if (!comps.empty())
      comps.pop_back();
  }
  std::string out(size_t(initial), '/');
  for (size_t k = 0; k < comps.size(); k++) out += (k ? "/" : "") + comps[k];
  return out.empty() ? "." : out;
}

std::string cwd() {
  char* p = ::getcwd(nullptr, 0);
  if (!p) raise_from_errno(errno);
  std::string s(p);
  std::free(p);
  return s;
}

std::string abspath(const std::string& p) {
  if (!p.empty() && p[0] == '/') return normpath(p);
  return normpath(join2(cwd(), p));
}

std::string expanduser(const std::string& path) {
  if (path.empty() || path[0] != '~') return path;
  size_t i = path.find('/', 1);
  if (i == std::string::npos) i = path.size();
  std::string home;
  if (i == 1) {
    if (const char* h = std::getenv("HOME")) {
      home = h;
    } else {
      struct passwd* pw = ::getpwuid(::getuid());
      if (!pw) return path;
      home = pw->pw_dir;
    }
  } else {
    struct passwd* pw = ::getpwnam(path.substr(1, i - 1).c_str());
    if (!pw) return path;
    home = pw->pw_dir;
  }
  while (!home.empty() && home.back() == '/') home.pop_back();
  std::string out = home + path.substr(i);
  return out.empty() ? "/" : out;
}

bool word_char(char c) { return std::isalnum(uint8_t(c)) || c == '_' || uint8_t(c) >= 0x80; }

// $name and ${name} are replaced when set in the environment, else kept.
std::string expandvars(const std::string& path) {
  if (path.find('$') == std::string::npos) return path;
  std::string out;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] != '$') {
      out.push_back(path[i++]);
      continue;
    }
    size_t start = i + 1, end;
    std::string name;
    if (start < path.size() && path[start] == '{') {
      end = path.find('}', start + 1);
      if (end == std::string::npos) {
        out += path.substr(i);
        break;
      }
      name = path.substr(start + 1, end - start - 1);
      end++;
    } else {
      end = start;
      while (end < path.size() && word_char(path[end])) end++;
      name = path.substr(start, end - start);
    }
    const char* v = name.empty() ? nullptr : std::getenv(name.c_str());
    out += v ? std::string(v) : path.substr(i, end - i);
    if (end == i + 1) {   // a lone '$'
      i++;
      continue;
    }
    i = end;
  }
  return out;
}

std::string readlink_str(const std::string& p) {
  std::string buf(4096, '\0');
  ssize_t n = ::readlink(p.c_str(), buf.data(), buf.size());
  if (n < 0) raise_from_errno(errno, p);
  buf.resize(size_t(n));
  return buf;
}

// CPython's posixpath._joinrealpath: resolve symlinks component by
// component; components that do not exist are kept as they are.
bool join_real(std::string& path, std::string rest, bool strict,
               std::map<std::string, std::optional<std::string>>& seen) {
  if (!rest.empty() && rest[0] == '/') {
    rest = rest.substr(1);
    path = "/";
  }
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string name = rest.substr(0, slash);
    rest = slash == std::string::npos ? "" : rest.substr(slash + 1);
    if (name.empty() || name == ".") continue;
    if (name == "..") {
      if (!path.empty()) {
        std::string head, tail;
        split(path, &head, &tail);
        path = tail == ".." ? join2(join2(head, ".."), "..") : head;
      } else {
        path = "..";
      }
      continue;
    }
    std::string newpath = join2(path, name);
    struct stat st;
    if (::lstat(newpath.c_str(), &st) != 0) {
      if (strict) raise_from_errno(errno, newpath);
      path = newpath;
      continue;
    }
    if (!S_ISLNK(st.st_mode)) {
      path = newpath;
      continue;
    }
    auto it = seen.find(newpath);
    if (it != seen.end()) {
      if (it->second) {
        path = *it->second;
        continue;
      }
      if (strict) raise_from_errno(ELOOP, newpath);   // a symlink loop
      path = join2(newpath, rest);
      return false;
    }
    seen[newpath] = std::nullopt;
    if (!join_real(path, readlink_str(newpath), strict, seen)) {
      path = join2(path, rest);
      return false;
    }
    seen[newpath] = path;
  }
  return true;
}

std::string realpath(const std::string& p, bool strict) {
  std::string path;
  std::map<std::string, std::optional<std::string>> seen;
  join_real(path, p, strict, seen);
  return abspath(path);
}

std::vector<std::string> components(const std::string& p) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= p.size()) {
    size_t j = p.find('/', i);
    if (j == std::string::npos) j = p.size();
    if (j > i) out.push_back(p.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// ------------------------------------------------------------- functions
PATH_FN(p_join) {
  if (kw && kw->size) type_error("join() takes no keyword arguments");
  if (nargs == 0) type_error("join() missing 1 required positional argument: 'a'");
  P first = text_arg(args[0]);
  std::string out = first.s;
  for (size_t i = 1; i < nargs; i++) {
    Value v = args[i];
    bool ok = isinstance_of(v, &StrType) || isinstance_of(v, &BytesType) ||
              !type_lookup(type_of(v), intern("__fspath__")).is_null();
    if (!ok) type_error("join() argument must be str, bytes, or os.PathLike object, not '" + type_name(v) + "'");
    P next = text_arg(v);
    if (next.bytes != first.bytes) type_error("Can't mix strings and bytes in path components");
    out = join2(out, next.s);
  }
  return result(out, first.bytes);
}

PATH_FN(p_split) {
  check_nargs("split", nargs, kw, 1, 1);
  P p = text_arg(args[0]);
  std::string head, tail;
  split(p.s, &head, &tail);
  return pair(head, tail, p.bytes);
}

PATH_FN(p_splitext) {
  check_nargs("splitext", nargs, kw, 1, 1);
  P p = text_arg(args[0]);
  std::string root, ext;
  splitext(p.s, &root, &ext);
  return pair(root, ext, p.bytes);
}

PATH_FN(p_splitdrive) {
  check_nargs("splitdrive", nargs, kw, 1, 1);
  P p = text_arg(args[0]);
  return pair("", p.s, p.bytes);
}

PATH_FN(p_basename) {
  check_nargs("basename", nargs, kw, 1, 1);
  P p = text_arg(args[0]);
  return result(p.s.substr(p.s.rfind('/') + 1), p.bytes);
}

PATH_FN(p_dirname) {
  check_nargs("dirname", nargs, kw, 1, 1);
  P p = text_arg(args[0]);
  std::string head, tail;
  split(p.s, &head, &tail);
  return result(head, p.bytes);
}

PATH_FN(p_isabs) {
  check_nargs("isabs", nargs, kw, 1, 1);
  P p = text_arg(args[0]);
  return Ref::boolean(!p.s.empty() && p.s[0] == '/');
}

PATH_FN(p_normpath) {
  check_nargs("normpath", nargs, kw, 1, 1);
  P p = text_arg(args[0]);
  return result(normpath(p.s), p.bytes);
}

PATH_FN(p_normcase) {
  check_nargs("normcase", nargs, kw, 1, 1);
  return os_fspath(args[0]);
}

PATH_FN(p_abspath) {
  check_nargs("abspath", nargs, kw, 1, 1);
  P p = text_arg(args[0]);
  std::string out = abspath(p.s);
  return result(out, p.bytes);
}

PATH_FN(p_realpath) {
  Value a[2];
  parse_args("realpath", args, nargs, kw, {"filename", "strict"}, 1, a);
  P p = arg(a[0]);
  std::string out = realpath(p.s, !a[1].is_null() && truthy(a[1]));
  return result(out, p.bytes);
}

PATH_FN(p_expanduser) {
  check_nargs("expanduser", nargs, kw, 1, 1);
  P p = text_arg(args[0]);
  return result(expanduser(p.s), p.bytes);
}

PATH_FN(p_expandvars) {
  check_nargs("expandvars", nargs, kw, 1, 1);
  P p = text_arg(args[0]);
  return result(expandvars(p.s), p.bytes);
}

PATH_FN(p_relpath) {
  Value a[2];
  parse_args("relpath", args, nargs, kw, {"path", "start"}, 1, a);
  P p = text_arg(a[0]);
  if (p.s.empty()) value_error("no path specified");
  std::string start = ".";
  if (!a[1].is_null() && !a[1].is_none()) {
    P s = text_arg(a[1]);
    if (s.bytes != p.bytes) type_error("Can't mix strings and bytes in path components");
    start = s.s;
  }
  std::vector<std::string> sl = components(abspath(start)), pl = components(abspath(p.s));
  size_t i = 0;
  while (i < sl.size() && i < pl.size() && sl[i] == pl[i]) i++;
  std::string out;
  for (size_t k = i; k < sl.size(); k++) out = out.empty() ? ".." : join2(out, "..");
  for (size_t k = i; k < pl.size(); k++) out = out.empty() ? pl[k] : join2(out, pl[k]);
  return result(out.empty() ? "." : out, p.bytes);
}

PATH_FN(p_commonprefix) {
  check_nargs("commonprefix", nargs, kw, 1, 1);
  Ref items = list_from_iterable(args[0]);
  List* l = as_list(items.get());
  if (l->size == 0) return str_new("");
  std::vector<P> ps;
  for (int64_t i = 0; i < l->size; i++) {
    if (!isinstance_of(l->items[i], &StrType) && !isinstance_of(l->items[i], &BytesType))
      not_supported("os.path.commonprefix() of non-string sequences");
    ps.push_back(text_arg(l->items[i]));
  }
  auto [lo, hi] = std::minmax_element(ps.begin(), ps.end(), [](const P& a, const P& b) { return a.s < b.s; });
  size_t n = 0;
  while (n < lo->s.size() && n < hi->s.size() && lo->s[n] == hi->s[n]) n++;
  // Never cut a UTF-8 sequence in two.
  while (!lo->bytes && n > 0 && n < lo->s.size() && (uint8_t(lo->s[n]) & 0xC0) == 0x80) n--;
  return result(lo->s.substr(0, n), lo->bytes);
}

// --- queries of the file system: False instead of errors
bool stat_of(Value v, struct stat* st, bool follow) {
  PathArg p = osimpl::os_path_arg(v, follow ? "stat" : "lstat", follow);
  if (p.path.find('\0') != std::string::npos) return false;
  int r = p.fd >= 0 ? ::fstat(p.fd, st) : follow ? ::stat(p.path.c_str(), st) : ::lstat(p.path.c_str(), st);
  return r == 0;
}

bool stat_query(Value v, struct stat* st, bool follow) {
  try {
    return stat_of(v, st, follow);
  } catch (PyError& e) {
    if (e.matches(ValueError_)) return false;   // embedded null byte
    throw;
  }
}

PATH_FN(p_exists) {
  check_nargs("exists", nargs, kw, 1, 1);
  struct stat st;
  return Ref::boolean(stat_query(args[0], &st, true));
}

PATH_FN(p_lexists) {
  check_nargs("lexists", nargs, kw, 1, 1);
  struct stat st;
  return Ref::boolean(stat_query(args[0], &st, false));
}

PATH_FN(p_isfile) {
  check_nargs("isfile", nargs, kw, 1, 1);
  struct stat st;
  return Ref::boolean(stat_query(args[0], &st, true) && S_ISREG(st.st_mode));
}

PATH_FN(p_isdir) {
  check_nargs("isdir", nargs, kw, 1, 1);
  struct stat st;
  return Ref::boolean(stat_query(args[0], &st, true) && S_ISDIR(st.st_mode));
}

PATH_FN(p_islink) {
  check_nargs("islink", nargs, kw, 1, 1);
  struct stat st;
  return Ref::boolean(stat_query(args[0], &st, false) && S_ISLNK(st.st_mode));
}

PATH_FN(p_ismount) {
  check_nargs("ismount", nargs, kw, 1, 1);
  P p = arg(args[0]);
  struct stat st, parent;
  if (::lstat(p.s.c_str(), &st) != 0 || S_ISLNK(st.st_mode)) return Ref::boolean(false);
  if (::lstat(join2(p.s, "..").c_str(), &parent) != 0) return Ref::boolean(false);
  return Ref::boolean(st.st_dev != parent.st_dev || st.st_ino == parent.st_ino);
}

// getsize / getmtime / ...: os.stat(path) then one field.
template <int Field>
Ref stat_field(const char* fname, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs(fname, nargs, kw, 1, 1);
  PathArg p = osimpl::os_path_arg(args[0], "stat", true);
  struct stat st;
  osimpl::do_stat(p, true, &st);
  auto secs = [](const struct timespec& t) { return Value::from_double(double(t.tv_sec) + double(t.tv_nsec) * 1e-9); };
  switch (Field) {
    case 0: return int_from_i64(st.st_size);
    case 1: return Ref::steal(secs(st.st_mtim));
    case 2: return Ref::steal(secs(st.st_atim));
    default: return Ref::steal(secs(st.st_ctim));
  }
}
PATH_FN(p_getsize) { return stat_field<0>("getsize", args, nargs, kw); }
PATH_FN(p_getmtime) { return stat_field<1>("getmtime", args, nargs, kw); }
PATH_FN(p_getatime) { return stat_field<2>("getatime", args, nargs, kw); }
PATH_FN(p_getctime) { return stat_field<3>("getctime", args, nargs, kw); }

PATH_FN(p_samefile) {
  check_nargs("samefile", nargs, kw, 2, 2);
  struct stat a, b;
  osimpl::do_stat(osimpl::os_path_arg(args[0], "stat", true), true, &a);
  osimpl::do_stat(osimpl::os_path_arg(args[1], "stat", true), true, &b);
  return Ref::boolean(a.st_dev == b.st_dev && a.st_ino == b.st_ino);
}

const MethodDef path_functions[] = {
    {"join", p_join},           {"split", p_split},         {"splitext", p_splitext},
    {"splitdrive", p_splitdrive}, {"basename", p_basename}, {"dirname", p_dirname},
    {"isabs", p_isabs},         {"normpath", p_normpath},   {"normcase", p_normcase},
    {"abspath", p_abspath},     {"realpath", p_realpath},   {"expanduser", p_expanduser},
    {"expandvars", p_expandvars}, {"relpath", p_relpath},   {"commonprefix", p_commonprefix},
    {"exists", p_exists},       {"lexists", p_lexists},     {"isfile", p_isfile},
    {"isdir", p_isdir},         {"islink", p_islink},       {"ismount", p_ismount},
    {"getsize", p_getsize},     {"getmtime", p_getmtime},   {"getatime", p_getatime},
    {"getctime", p_getctime},   {"samefile", p_samefile},   {nullptr, nullptr},
};

void fill_path_module(Value m) {
  module_add_functions(m, path_functions);
  const char* strs[][2] = {{"sep", "/"},     {"curdir", "."},  {"pardir", ".."},
                           {"extsep", "."},  {"pathsep", ":"}, {"defpath", "/bin:/usr/bin"},
                           {"devnull", "/dev/null"}};
  for (auto& s : strs) {
    Ref v = str_new(s[1]);
    module_add(m, s[0], v.get());
  }
  module_add(m, "altsep", Value::none());
  module_add(m, "supports_unicode_filenames", Value::false_());
}

// os.path is also importable as posixpath: the first of the two imported
// is the real module and is entered in sys.modules under both names.
void init_os_path(Value m) {
  Ref name = str_new("posixpath");   // CPython's os.path.__name__
  module_add(m, "__name__", name.get());
  fill_path_module(m);
  Dict* modules = current_interp()->modules;
  if (dict_get_cstr(modules, "posixpath").is_null()) dict_set_str(modules, "posixpath", m);
}

void init_posixpath(Value m) {
  // Reached only when posixpath is imported before os.path: share the
  // functions with os.path (the module objects differ in that order).
  Ref real = import_module("os.path");
  int64_t pos = 0;
  Value k, v;
  Dict* src = as_dict(module_dict(real.get()));
  while (dict_next(src, &pos, &k, &v)) {
    std::string_view name = str_view(k);
    if (name == "__name__" || name == "__doc__" || name == "__package__") continue;
    module_add(m, name, v);
  }
}

}  // namespace

GILPY_MODULE("os.path", init_os_path);
GILPY_MODULE("posixpath", init_posixpath);

}  // namespace gilpy
