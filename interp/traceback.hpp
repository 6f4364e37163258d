// traceback.hpp — formatting uncaught exceptions as CPython does.
#pragma once
#include <string>

#include "runtime/object.hpp"

namespace gilpy {

// The full report: chained exceptions, "Traceback (most recent call last):",
// frames with source lines, and the final "Type: message" line.
std::string format_exception(Value exc);

}  // namespace gilpy
