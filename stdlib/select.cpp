// select.cpp — the `select` module's select(): wait until file descriptors
// are ready. multiprocessing's Connection.poll and Pool's result handling
// wait this way. Built on poll(2), so descriptors above FD_SETSIZE work.
#include <poll.h>

#include <cerrno>
#include <cmath>
#include <vector>

#include "runtime/blocking.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {
namespace {

int fd_of(Value v) {
  if (is_int(v)) {
    int64_t fd = to_int64(v);
    if (fd < 0) value_error("file descriptor cannot be a negative integer (" + std::to_string(fd) + ")");
    return int(fd);
  }
  Ref fileno = getattr_opt(v, intern("fileno"));
  if (!fileno) type_error("argument must be an int, or have a fileno() method.");
  Ref r = call(fileno.get(), {});
  if (!is_int(r.get())) type_error("fileno() returned a non-integer");
  return fd_of(r.get());
}

struct Entry {
  Value obj;   // borrowed from the argument lists (kept alive by the caller)
  int fd;
};

std::vector<Entry> entries_of(Value seq) {
  std::vector<Entry> out;
  Ref items = list_new();
  for_each(seq, [&](Value v) { call_method(items.get(), "append", {v}); });
  List* l = static_cast<List*>(items.get().as_obj());
  for (int64_t i = 0; i < l->size; i++) out.push_back({l->items[i], fd_of(l->items[i])});
  return out;
}

Ref m_select(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("select", nargs, kw, 3, 4);
  double timeout = -1;
  if (nargs == 4 && !args[3].is_none()) {
    timeout = num_to_double(args[3]);
    if (timeout < 0) value_error("timeout must be non-negative");
  }
  std::vector<Entry> lists[3] = {entries_of(args[0]), entries_of(args[1]), entries_of(args[2])};
  const short events[3] = {POLLIN, POLLOUT, POLLPRI};
  std::vector<pollfd> fds;
  for (int k = 0; k < 3; k++)
    for (const Entry& e : lists[k]) fds.push_back({e.fd, events[k], 0});
  int ms = timeout < 0 ? -1 : int(std::min(std::ceil(timeout * 1000), 2147483647.0));
  for (;;) {
    int r, err;
    {
      BlockingSection bs;
      r = ::poll(fds.data(), fds.size(), ms);
      err = errno;
    }
    if (r >= 0) break;
    if (err != EINTR) raise_from_errno(err);
    handle_eval_breaker(current_thread_state());   // Ctrl-C raises; otherwise wait again
  }
  Ref result[3] = {list_new(), list_new(), list_new()};
  size_t i = 0;
  for (int k = 0; k < 3; k++)
    for (const Entry& e : lists[k]) {
      short got = fds[i++].revents;
      bool ready = k == 0 ? (got & (POLLIN | POLLHUP | POLLERR)) : k == 1 ? (got & (POLLOUT | POLLERR)) : (got & POLLPRI);
      if (got & POLLNVAL) raise_from_errno(EBADF);
      if (ready) call_method(result[k].get(), "append", {e.obj});
    }
  return tuple_from({result[0].get(), result[1].get(), result[2].get()});
}

const MethodDef select_functions[] = {{"select", m_select}, {nullptr, nullptr}};

void init_select(Value m) {
  module_add_functions(m, select_functions);
  module_add(m, "error", Value::object(OSError_));
}

}  // namespace

GILPY_MODULE("select", init_select);

}  // namespace gilpy
