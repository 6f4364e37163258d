// fspath.hpp — file system path arguments, shared by open() and the os
// modules: os.fspath() semantics and conversion to a C path.
#pragma once
#include <string>

#include "runtime/object.hpp"

namespace gilpy {

// os.fspath(p): str and bytes pass through; otherwise p.__fspath__(), which
// must return str or bytes. TypeError "expected str, bytes or os.PathLike
// object, not X" otherwise.
Ref os_fspath(Value p);

// A path argument as the bytes handed to the kernel. *is_bytes (optional)
// tells whether the caller passed bytes (results then are bytes too).
// ValueError "embedded null byte" for a NUL inside the path.
std::string path_arg(Value p, bool* is_bytes = nullptr);

// A str (or bytes when as_bytes) holding a path the kernel gave us.
Ref path_result(const std::string& path, bool as_bytes);

}  // namespace gilpy
