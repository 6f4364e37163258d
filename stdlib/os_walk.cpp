// os_walk.cpp — os.walk(): CPython's directory-tree generator as a C++
// iterator. Top-down, the `dirs` list handed out is the one consulted when
// the walk resumes, so callers may prune it in place exactly as with CPython.
#include <dirent.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/blocking.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/fspath.hpp"
#include "stdlib/os_impl.hpp"

namespace gilpy {

Type WalkIterType;

namespace osimpl {
namespace {

struct WalkFrame {
  std::string path;                  // file system bytes
  Ref top;                           // the path as yielded (str or bytes)
  Ref dirs, nondirs;                 // lists handed to the caller
  std::vector<std::string> subdirs;  // bottom-up: what to descend into
  size_t index = 0;
  bool listed = false;
};

struct WalkIter : Object {
  std::vector<WalkFrame> stack;
  bool topdown = true, followlinks = false, bytes = false;
  Value onerror;   // owned, None when absent
};

WalkIter* W(Value v) { return static_cast<WalkIter*>(v.as_obj()); }

std::string join(const std::string& a, const std::string& b) {
  if (!b.empty() && b[0] == '/') return b;
  if (a.empty() || a.back() == '/') return a + b;
  return a + "/" + b;
}

bool is_dir_entry(const std::string& full, unsigned char type, bool* is_link) {
  *is_link = type == DT_LNK;
  if (type == DT_DIR) return true;
  if (type != DT_LNK && type != DT_UNKNOWN) return false;
  struct stat st;
  if (type == DT_UNKNOWN && ::lstat(full.c_str(), &st) == 0) *is_link = S_ISLNK(st.st_mode);
  return ::stat(full.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Lists a directory into the frame; false (after calling onerror) on failure.
bool list_dir(WalkIter* w, WalkFrame& fr) {
  DIR* d;
  {
    BlockingSection bs;
    d = ::opendir(fr.path.c_str());
  }
  if (!d) {
    int err = errno;
    if (!w->onerror.is_none()) {
      try {
        raise_from_errno(err, fr.path);
      } catch (PyError& e) {
        call(w->onerror, {Value::object(e.exc())});
      }
    }
    return false;
  }
  fr.dirs = list_new(0);
  fr.nondirs = list_new(0);
  for (;;) {
    struct dirent* e = ::readdir(d);
    if (!e) break;
    if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, "..")) continue;
    std::string full = join(fr.path, e->d_name);
    bool is_link;
    bool is_dir = is_dir_entry(full, e->d_type, &is_link);
    Ref name = path_result(e->d_name, w->bytes);
    list_append(is_dir ? fr.dirs.get() : fr.nondirs.get(), name.get());
    if (!w->topdown && is_dir && (w->followlinks || !is_link)) fr.subdirs.push_back(full);
  }
  ::closedir(d);
  return true;
}

void push_frame(WalkIter* w, const std::string& path, Ref top) {
  WalkFrame fr;
  fr.path = path;
  fr.top = top ? std::move(top) : path_result(path, w->bytes);
  w->stack.push_back(std::move(fr));
}

Ref result_of(WalkFrame& fr) { return tuple_from({fr.top.get(), fr.dirs.get(), fr.nondirs.get()}); }

bool is_link(const std::string& p) {
  struct stat st;
  return ::lstat(p.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

Value walk_next(Value self) {
  WalkIter* w = W(self);
  while (!w->stack.empty()) {
    WalkFrame& fr = w->stack.back();
    if (!fr.listed) {
      fr.listed = true;
      if (!list_dir(w, fr)) {
        w->stack.pop_back();
        continue;
      }
      if (w->topdown) return result_of(fr).release();
    }
    if (w->topdown) {
      // Re-read the caller's list each step: it may have been edited.
      List* dirs = as_list(fr.dirs.get());
      if (fr.index >= size_t(dirs->size)) {
        w->stack.pop_back();
        continue;
      }
      Value name = dirs->items[fr.index++];
      std::string sub = join(fr.path, path_arg(name));
      if (w->followlinks || !is_link(sub)) push_frame(w, sub, Ref());
      continue;
    }
    if (fr.index < fr.subdirs.size()) {
      std::string sub = fr.subdirs[fr.index++];
      push_frame(w, sub, Ref());
      continue;
    }
    Ref r = result_of(fr);
    w->stack.pop_back();
    return r.release();
  }
  return Value::null();
}

Ref walk_iter(Value self) { return Ref::borrow(self); }

void walk_dealloc(Object* o) {
  WalkIter* w = static_cast<WalkIter*>(o);
  xdecref(w->onerror);
  w->~WalkIter();
}

}  // namespace

void init_walk_type() {
  WalkIterType.name = "walk_iterator";
  WalkIterType.module = "os";
  WalkIterType.basic_size = sizeof(WalkIter);
  WalkIterType.dealloc = walk_dealloc;
  WalkIterType.iter = walk_iter;
  WalkIterType.next = walk_next;
  type_ready(&WalkIterType);
}

// os.walk(top, topdown=True, onerror=None, followlinks=False)
Ref os_walk(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  parse_args("walk", args, nargs, kw, {"top", "topdown", "onerror", "followlinks"}, 1, a);
  Ref top = os_fspath(a[0]);
  WalkIter* w = alloc_object<WalkIter>(&WalkIterType);
  Ref r = Ref::steal(w);
  w->topdown = a[1].is_null() || truthy(a[1]);
  w->onerror = a[2].is_null() ? Value::none() : a[2];
  incref(w->onerror);
  w->followlinks = !a[3].is_null() && truthy(a[3]);
  std::string path = path_arg(top.get(), &w->bytes);
  push_frame(w, path, std::move(top));
  return r;
}

}  // namespace osimpl
}  // namespace gilpy
