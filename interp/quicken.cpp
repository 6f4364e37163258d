// quicken.cpp — superinstructions (see opcodes.hpp).
//
// Pairs are chosen from what dominates the dispatch count of numeric and
// loop-heavy code: local loads and stores in sequence, and a comparison
// feeding a conditional jump. Each saves one dispatch (an indirect jump
// that the CPU must predict) per pair executed.
#include "interp/opcodes.hpp"

namespace gilpy {

static Opcode pair_opcode(Opcode first, Opcode second) {
  switch (first) {
    case OP_LOAD_FAST:
      if (second == OP_LOAD_FAST) return OP_LOAD_FAST__LOAD_FAST;
      if (second == OP_LOAD_CONST) return OP_LOAD_FAST__LOAD_CONST;
      break;
    case OP_LOAD_CONST:
      if (second == OP_LOAD_FAST) return OP_LOAD_CONST__LOAD_FAST;
      break;
    case OP_STORE_FAST:
      if (second == OP_LOAD_FAST) return OP_STORE_FAST__LOAD_FAST;
      if (second == OP_STORE_FAST) return OP_STORE_FAST__STORE_FAST;
      break;
    case OP_COMPARE_OP:
      if (second == OP_POP_JUMP_IF_FALSE) return OP_COMPARE_OP__POP_JUMP_IF_FALSE;
      break;
    default:
      break;
  }
  return OP_COUNT;
}

void quicken_code(uint32_t* code, size_t n) {
  // Left to right, never fusing an instruction that is already the second
  // half of a pair: each word keeps a meaning of its own when jumped to.
  for (size_t i = 0; i + 1 < n; i++) {
    Opcode p = pair_opcode(opcode_of(code[i]), opcode_of(code[i + 1]));
    if (p == OP_COUNT) continue;
    code[i] = encode(p, arg_of(code[i]));
    i++;
  }
}

Opcode base_opcode(Opcode op) {
  switch (op) {
    case OP_LOAD_FAST__LOAD_FAST:
    case OP_LOAD_FAST__LOAD_CONST: return OP_LOAD_FAST;
    case OP_LOAD_CONST__LOAD_FAST: return OP_LOAD_CONST;
    case OP_STORE_FAST__LOAD_FAST:
    case OP_STORE_FAST__STORE_FAST: return OP_STORE_FAST;
    case OP_COMPARE_OP__POP_JUMP_IF_FALSE: return OP_COMPARE_OP;
    default: return op;
  }
}

}  // namespace gilpy
