// dis.cpp — the `dis` module: a readable listing of gilpy bytecode.
//
// The layout follows CPython's `dis.dis` (line number, offset, opcode name,
// argument, and the argument's meaning in parentheses), but the opcodes are
// gilpy's own (see interp/opcodes.hpp), so the listing differs from CPython.
#include <cstdio>
#include <string>

#include "interp/compiler.hpp"
#include "interp/opcodes.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/io.hpp"

namespace gilpy {

static std::string arg_meaning(const Code* c, Opcode op, uint32_t arg) {
  auto nm = [](Str* s) { return std::string(s->view()); };
  switch (op) {
    case OP_LOAD_CONST: {
      Value v = c->consts[arg];
      if (type_of(v) == &CodeType) return "<code object " + static_cast<Code*>(v.as_obj())->name + ">";
      return repr_utf8(v);
    }
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
      return arg < c->varnames.size() ? nm(c->varnames[arg]) : "?";
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
      if (arg < c->cellvars.size()) return nm(c->cellvars[arg]);
      if (arg - c->cellvars.size() < c->freevars.size()) return nm(c->freevars[arg - c->cellvars.size()]);
      return "?";
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME: case OP_STORE_NAME:
    case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR: case OP_LOAD_METHOD:
    case OP_IMPORT_NAME: case OP_IMPORT_FROM:
      return arg < c->names.size() ? nm(c->names[arg]) : "?";
    case OP_BINARY_OP: {
      std::string s = binop_symbol(BinOp(arg & 15));
      if (s == "** or pow()") s = "**";
      return (arg & 16) ? s + "=" : s;
    }
    case OP_COMPARE_OP: {
      static const char* s[] = {"<", "<=", "==", "!=", ">", ">="};
      return arg < 6 ? s[arg] : "?";
    }
    case OP_JUMP: case OP_JUMP_BACKWARD: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
      return "to " + std::to_string(arg);
    default:
      return "";
  }
}

static bool has_arg(Opcode op) {
  switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_PUSH_NULL: case OP_UNARY_NEG: case OP_UNARY_POS: case OP_UNARY_INVERT:
    case OP_UNARY_NOT: case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR: case OP_DELETE_SUBSCR: case OP_GET_ITER:
    case OP_LIST_TO_TUPLE: case OP_LOAD_BUILD_CLASS: case OP_RETURN_VALUE: case OP_YIELD_VALUE: case OP_YIELD_FROM:
    case OP_GEN_START: case OP_RERAISE: case OP_PUSH_EXC_INFO: case OP_POP_EXCEPT: case OP_CHECK_EXC_MATCH:
    case OP_BEFORE_WITH: case OP_WITH_EXIT: case OP_WITH_EXCEPT_START: case OP_LOAD_ASSERTION_ERROR:
    case OP_IMPORT_STAR: case OP_PRINT_EXPR: case OP_LOAD_LOCALS: case OP_SETUP_ANNOTATIONS:
      return false;
    default:
      return true;
  }
}

std::string disassemble(const Code* c) {
  std::string out;
  int last_line = -1;
  for (size_t i = 0; i < c->code.size(); i++) {
    uint32_t ins = c->code[i];
    Opcode op = base_opcode(opcode_of(ins));
    uint32_t arg = arg_of(ins);
    char buf[160];
    std::string line = "    ";
    if (c->lines[i] != last_line) {
      std::snprintf(buf, sizeof buf, "%4d", c->lines[i]);
      line = buf;
      if (last_line != -1) out += "\n";
      last_line = c->lines[i];
    }
    std::snprintf(buf, sizeof buf, "%s %6zu %-22s", line.c_str(), i, kOpcodeNames[op]);
    std::string row = buf;
    if (has_arg(op)) {
      std::snprintf(buf, sizeof buf, "%4u", arg);
      row += buf;
      std::string meaning = arg_meaning(c, op, arg);
      if (!meaning.empty()) row += " (" + meaning + ")";
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  }
  if (!c->exc_table.empty()) {
    out += "ExceptionTable:\n";
    for (auto& e : c->exc_table)
      out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " + std::to_string(e.target) +
             " [" + std::to_string(e.depth) + "]\n";
  }
  for (Value v : c->consts)
    if (type_of(v) == &CodeType) {
      const Code* sub = static_cast<Code*>(v.as_obj());
      out += "\nDisassembly of <code object " + sub->name + ", line " + std::to_string(sub->firstlineno) + ">:\n";
      out += disassemble(sub);
    }
  return out;
}

static Ref code_of(Value v) {
  if (type_of(v) == &CodeType) return Ref::borrow(v);
  if (type_of(v) == &FunctionType) return Ref::borrow(static_cast<Function*>(v.as_obj())->code);
  if (type_of(v) == &MethodType) return code_of(static_cast<BoundMethod*>(v.as_obj())->func);
  if (is_str(v)) return compile_source(str_view(v), "<dis>", CompileMode::Exec);
  type_error("don't know how to disassemble " + type_name(v) + " objects");
}

static Ref dis_dis(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  parse_args("dis", args, nargs, kw, {"x", "file"}, 1, a);
  Ref code = code_of(a[0]);
  Value file = a[1];
  if (file.is_null() || file.is_none()) {
    Value sys = current_interp()->sys_module;
    file = dict_get_str(static_cast<Module*>(sys.as_obj())->dict, intern("stdout"));
  }
  stream_write(file, disassemble(static_cast<Code*>(code.obj())));
  return Ref::none();
}

static Ref dis_code_info(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("code_info", nargs, kw, 1, 1);
  Ref code = code_of(args[0]);
  return str_new(disassemble(static_cast<Code*>(code.obj())));
}

static const MethodDef dis_methods[] = {
    {"dis", dis_dis}, {"disassemble", dis_dis}, {"Bytecode_text", dis_code_info}, {nullptr, nullptr}};

static void init_dis(Value m) {
  module_add_functions(m, dis_methods);
  Ref names = list_new();
  for (int i = 0; i < OP_COUNT; i++) list_append(names.get(), str_new(kOpcodeNames[i]).get());
  module_add(m, "opname", names.get());
}

GILPY_MODULE("dis", init_dis);

}  // namespace gilpy
