// fspath.cpp — os.fspath() and path argument conversion.
#include "stdlib/fspath.hpp"

#include <cstring>

#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"

namespace gilpy {

static bool is_str_or_bytes(Value v) { return isinstance_of(v, &StrType) || isinstance_of(v, &BytesType); }

Ref os_fspath(Value p) {
  if (is_str_or_bytes(p)) return Ref::borrow(p);
  bool found = false;
  Ref r = call_dunder(p, "__fspath__", &found);
  if (!found) type_error("expected str, bytes or os.PathLike object, not " + type_name(p));
  if (!is_str_or_bytes(r.get()))
    type_error("expected " + type_name(p) + ".__fspath__() to return str or bytes, not " + type_name(r.get()));
  return r;
}

std::string path_arg(Value p, bool* is_bytes) {
  Ref v = os_fspath(p);
  bool b = isinstance_of(v.get(), &BytesType);
  if (is_bytes) *is_bytes = b;
  std::string s(b ? as_bytes(v.get())->view() : str_view(v.get()));
  // Lone surrogates stand for undecodable bytes (see path_result).
  if (!b && !as_str(v.get())->ascii) s = str_encode(s, "utf-8", "surrogateescape");
  if (std::memchr(s.data(), '\0', s.size())) value_error("embedded null byte");
  return s;
}

Ref path_result(const std::string& path, bool as_bytes) {
  if (as_bytes) return bytes_new(path);
  // File names are arbitrary bytes: undecodable ones come back as lone
  // surrogates, as CPython's filesystem encoding (surrogateescape) does.
  return str_decode(path, "utf-8", "surrogateescape");
}

}  // namespace gilpy
