// structseq_extra.hpp — named-tuple-like result types of C++ modules
// (time.struct_time, os.stat_result, os.terminal_size), as CPython's
// "struct sequences": a tuple subclass whose items are also attributes,
// plus optional extra attributes that are not part of the tuple.
#pragma once
#include <initializer_list>
#include <vector>

#include "runtime/object.hpp"

namespace gilpy {

struct StructSeqSpec {
  const char* name;                        // "struct_time"
  const char* module;                      // "time"
  std::vector<const char*> fields;         // visible items, in order (repr uses these names)
  // Attribute-only items, stored after the visible ones. An extra may reuse
  // a visible field's name: the attribute then reads the extra (as
  // os.stat_result.st_atime is a float while item 7 is an int).
  std::vector<const char*> extra;
};

// Creates and readies the type (call once per process and keep it).
Type* structseq_extra_type(const StructSeqSpec& spec);

// A new instance: `items` holds fields.size() + extra.size() values (borrowed).
Ref structseq_extra_new(Type* t, const Value* items, size_t n);
Ref structseq_extra_new(Type* t, std::initializer_list<Value> items);

}  // namespace gilpy
