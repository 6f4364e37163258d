// structseq.hpp — named tuples made in C++ (sys.version_info, os.stat_result,
// time.struct_time...): a tuple subclass whose fields are also attributes,
// with CPython's repr "sys.version_info(major=3, minor=11, ...)".
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/object.hpp"

namespace gilpy {

// Creates the type (owned). `qualified_name` is what repr prints, e.g. "sys.version_info".
Ref structseq_type(const std::string& qualified_name, const std::vector<std::string>& fields);
// An instance holding `values` (borrowed).
Ref structseq_new(Value type, std::initializer_list<Value> values);
Ref structseq_from_array(Value type, const Value* values, size_t n);

}  // namespace gilpy
