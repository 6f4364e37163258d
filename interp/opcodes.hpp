// opcodes.hpp — the one list of bytecode instructions.
//
// An instruction is one 32-bit word: the opcode in the low 8 bits, its
// argument in the high 24 (no EXTENDED_ARG needed). The list below is an
// X-macro: the enum, the names `dis` prints and the eval loop's dispatch
// table are all generated from it, so they cannot drift apart.
//
// Stack effects are written [before -- after]; "ip" is the next instruction.
#pragma once
#include <cstddef>
#include <cstdint>

namespace gilpy {

#define GILPY_OPCODES(X)                                                                   \
  X(NOP)               /* [ -- ]                                                       */ \
  X(POP_TOP)           /* [v -- ]                                                      */ \
  X(COPY)              /* [.. v(arg from top, 1 = top) -- .. v v]                      */ \
  X(SWAP)              /* swap top with the item arg places down (2 = second)          */ \
  X(PUSH_NULL)         /* [ -- null]  marks "no self" below a callable                 */ \
  X(LOAD_CONST)        /* [ -- consts[arg]]                                            */ \
  X(LOAD_FAST)         /* [ -- locals[arg]]  UnboundLocalError if unbound              */ \
  X(STORE_FAST)        /* [v -- ]                                                      */ \
  X(DELETE_FAST)       /*                                                              */ \
  X(LOAD_DEREF)        /* [ -- cell.contents] cells/frees at arg                       */ \
  X(STORE_DEREF)       /*                                                              */ \
  X(DELETE_DEREF)      /*                                                              */ \
  X(LOAD_CLOSURE)      /* [ -- cell]  the cell object itself, for MAKE_FUNCTION         */ \
  X(LOAD_CLASSDEREF)   /* class body: locals dict first, then the free cell            */ \
  X(LOAD_GLOBAL)       /* [ -- globals/builtins[names[arg]]]  cached                   */ \
  X(STORE_GLOBAL)      /*                                                              */ \
  X(DELETE_GLOBAL)     /*                                                              */ \
  X(LOAD_NAME)         /* locals dict, then globals, then builtins                     */ \
  X(STORE_NAME)        /*                                                              */ \
  X(DELETE_NAME)       /*                                                              */ \
  X(LOAD_ATTR)         /* [obj -- obj.names[arg]]  cached                              */ \
  X(STORE_ATTR)        /* [v obj -- ]                                                  */ \
  X(DELETE_ATTR)       /* [obj -- ]                                                    */ \
  X(LOAD_METHOD)       /* [obj -- meth self] or [obj -- null callable]                 */ \
  X(LOAD_SUPER_METHOD) /* zero-arg super().name: [ -- meth self] (arg: name)            */ \
  X(CALL)              /* [f|null, self|f, args(arg) -- result]                        */ \
  X(CALL_KW)           /* [.. args(arg incl. kw values) kwnames -- result]             */ \
  X(CALL_EX)           /* [null f argstuple kwdict|null -- result] arg&1: has kwdict    */ \
  X(BINARY_OP)         /* [a b -- a op b]  arg: BinOp, +16 for in-place                */ \
  X(UNARY_NEG)         /*                                                              */ \
  X(UNARY_POS)         /*                                                              */ \
  X(UNARY_INVERT)      /*                                                              */ \
  X(UNARY_NOT)         /*                                                              */ \
  X(COMPARE_OP)        /* [a b -- a cmp b]  arg: CmpOp                                 */ \
  X(IS_OP)             /* [a b -- a is b] (arg 1: is not)                              */ \
  X(CONTAINS_OP)       /* [a b -- a in b] (arg 1: not in)                              */ \
  X(BINARY_SUBSCR)     /* [o k -- o[k]]                                                */ \
  X(STORE_SUBSCR)      /* [v o k -- ]                                                  */ \
  X(DELETE_SUBSCR)     /* [o k -- ]                                                    */ \
  X(BUILD_SLICE)       /* [a b (c) -- slice]  arg: 2 or 3                              */ \
  X(JUMP)              /* ip = arg (forward)                                           */ \
  X(JUMP_BACKWARD)     /* ip = arg; checks the eval breaker                            */ \
  X(POP_JUMP_IF_FALSE) /*                                                              */ \
  X(POP_JUMP_IF_TRUE)  /*                                                              */ \
  X(POP_JUMP_IF_NONE)  /*                                                              */ \
  X(POP_JUMP_IF_NOT_NONE) /*                                                           */ \
  X(JUMP_IF_FALSE_OR_POP) /*                                                           */ \
  X(JUMP_IF_TRUE_OR_POP)  /*                                                           */ \
  X(GET_ITER)          /* [o -- iter(o)]                                               */ \
  X(FOR_ITER)          /* [it -- it next] or pop it and jump to arg when exhausted     */ \
  X(BUILD_TUPLE)       /*                                                              */ \
  X(BUILD_LIST)        /*                                                              */ \
  X(BUILD_SET)         /*                                                              */ \
  X(BUILD_MAP)         /* [k1 v1 .. kn vn -- dict]                                     */ \
  X(BUILD_STRING)      /* concatenates arg strs (f-strings)                            */ \
  X(LIST_APPEND)       /* [list .. v -- list ..] list at arg below v                   */ \
  X(SET_ADD)           /*                                                              */ \
  X(MAP_ADD)           /* [dict .. k v -- dict ..]                                     */ \
  X(LIST_EXTEND)       /* [list .. it -- list ..]                                      */ \
  X(SET_UPDATE)        /*                                                              */ \
  X(DICT_UPDATE)       /* [dict .. m -- dict ..]                                       */ \
  X(DICT_MERGE)        /* as DICT_UPDATE, but duplicate keys are a TypeError (calls)   */ \
  X(LIST_TO_TUPLE)     /*                                                              */ \
  X(FORMAT_VALUE)      /* [v (spec) -- str] arg: conversion (0 none,1 s,2 r,3 a) | 4 if spec */ \
  X(UNPACK_SEQUENCE)   /* [seq -- v_last .. v_first]                                   */ \
  X(UNPACK_EX)         /* a, *b, c: arg = before | after << 8                          */ \
  X(MAKE_FUNCTION)     /* [defaults? kwdefaults? closure? code -- f] arg: flag bits     */ \
  X(LOAD_BUILD_CLASS)  /* [ -- __build_class__]                                        */ \
  X(RETURN_VALUE)      /*                                                              */ \
  X(YIELD_VALUE)       /* [v -- sent]                                                  */ \
  X(YIELD_FROM)        /* [iter -- result]  delegates until the sub-iterator ends      */ \
  X(GEN_START)         /* first instruction of a generator body                        */ \
  X(RAISE_VARARGS)     /* arg 0: re-raise, 1: raise exc, 2: raise exc from cause       */ \
  X(RERAISE)           /* [exc -- ] raise exc again, keeping its traceback              */ \
  X(PUSH_EXC_INFO)     /* [exc -- prev exc]  enter an except block                     */ \
  X(POP_EXCEPT)        /* [prev -- ]  leave it, restoring the handled exception        */ \
  X(CHECK_EXC_MATCH)   /* [exc type -- exc bool]                                       */ \
  X(BEFORE_WITH)       /* [mgr -- exit enter_result]                                   */ \
  X(WITH_EXIT)         /* [exit -- ]  exit(None, None, None), result dropped           */ \
  X(WITH_EXCEPT_START) /* [exit prev exc -- exit prev exc result]                      */ \
  X(LOAD_ASSERTION_ERROR) /*                                                           */ \
  X(IMPORT_NAME)       /* [level fromlist -- module]                                   */ \
  X(IMPORT_FROM)       /* [module -- module attr]                                      */ \
  X(IMPORT_STAR)       /* [module -- ]                                                 */ \
  X(PRINT_EXPR)        /* REPL: echo repr(v) unless None, store in builtins._          */ \
  X(LOAD_LOCALS)       /* [ -- locals dict] (class bodies)                             */ \
  X(SETUP_ANNOTATIONS) /*                                                              */ \
  /* Superinstructions (see quicken_code): written over the first of two  */ \
  /* instructions, which both stay in place; the handler runs the pair.   */ \
  X(LOAD_FAST__LOAD_FAST)               \
  X(LOAD_FAST__LOAD_CONST)              \
  X(LOAD_CONST__LOAD_FAST)              \
  X(STORE_FAST__LOAD_FAST)              \
  X(STORE_FAST__STORE_FAST)             \
  X(COMPARE_OP__POP_JUMP_IF_FALSE)

enum Opcode : uint8_t {
#define GILPY_OP_ENUM(name) OP_##name,
  GILPY_OPCODES(GILPY_OP_ENUM)
#undef GILPY_OP_ENUM
  OP_COUNT
};

// MAKE_FUNCTION flag bits
enum : uint32_t { kMakeDefaults = 1, kMakeKwDefaults = 2, kMakeClosure = 4, kMakeAnnotations = 8 };

extern const char* const kOpcodeNames[OP_COUNT];

// Superinstructions: a pair of adjacent instructions whose first word gets
// the combined opcode once the code object is complete. The second word is
// left as it was, so jumps to it, line numbers and the exception table keep
// working; the combined handler executes the first and then the second
// without going back through dispatch. dis shows the original instructions.
void quicken_code(uint32_t* code, size_t n);
Opcode base_opcode(Opcode op);   // the first instruction of a superinstruction

inline uint32_t encode(Opcode op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline Opcode opcode_of(uint32_t ins) { return Opcode(ins & 0xFF); }
inline uint32_t arg_of(uint32_t ins) { return ins >> 8; }

}  // namespace gilpy
