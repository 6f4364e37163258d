// expr.hpp — the numexpr-style vector expression engine behind
// native.evaluate().
//
// Three steps, all plain C++:
//  1. parse(): a recursive-descent parser of the expression string (Python
//     operator precedence) into a tree; it lists the variable names used.
//  2. compile(): given what each name is bound to (array or scalar, bool or
//     number), type-checks the tree, folds constants, and emits a program
//     for a small register machine. Each register holds one block of
//     doubles; temporaries are reused as soon as they are dead.
//  3. Evaluator: runs the program block by block (kBlock elements at a time,
//     so no temporary is ever as long as the arrays) on a thread pool.
//     Construct it (allocates) with the GIL held; run() allocates nothing and
//     touches no Python object, so it runs with the GIL released.
//
// Values are computed in double precision; booleans are 0.0 / 1.0. Errors
// in steps 1 and 2 are thrown as ExprError; run() never throws.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "native/kernels.hpp"

namespace gilpy::native::expr {

struct ExprError : std::runtime_error {
  enum Kind { Syntax, Name, Type, Value } kind;
  ExprError(Kind k, const std::string& msg) : std::runtime_error(msg), kind(k) {}
};

// ------------------------------------------------------------ parsing
struct Node;   // the syntax tree (expr_compile.cpp)
struct Ast {
  std::shared_ptr<Node> root;
  std::vector<std::string> names;   // variables, in order of first use
  ~Ast();
};
Ast parse(std::string_view src);

// ------------------------------------------------------------ programs
enum class Op : uint8_t {
  Copy, Neg, Add, Sub, Mul, Div, Pow, Mod, Square, Recip,
  Lt, Le, Gt, Ge, Eq, Ne, And, Or, Not, Where,
  Sqrt, Exp, Log, Log10, Sin, Cos, Tan, Arcsin, Arccos, Arctan,
  Arcsinh, Arccosh, Arctanh, Sinh, Cosh, Tanh, Abs,
};

struct Instr {
  Op op;
  uint16_t dst, a, b, c;
};

enum class Reduce : uint8_t { None, Sum, Prod, Min, Max };

struct Reg {
  enum Kind : uint8_t { Input, Const, Temp } kind;
  int input = -1;      // Input: index into the names
  double value = 0;    // Const
};

// What a name is bound to, as compile() needs it.
struct Binding {
  bool is_array;
  bool is_bool;        // scalar True/False (arrays are numbers)
  double scalar;       // the value of a scalar
};

struct Program {
  std::vector<Instr> code;
  std::vector<Reg> regs;
  int result = -1;            // register holding the result
  bool result_bool = false;   // the result is a boolean (0.0 / 1.0)
  Reduce reduce = Reduce::None;
  bool is_const = false;      // no array is involved: the value is const_value
  double const_value = 0;
};

Program compile(const Ast& ast, const std::vector<Binding>& bindings);

// Applies one operation to scalars (constant folding uses the same code as
// the vector loops, so folded and unfolded results agree).
double apply_scalar(Op op, double a, double b, double c);

// ------------------------------------------------------------ evaluation
constexpr int64_t kBlock = 1024;

struct EvalInput {
  Elem type;
  const void* data;
};

class Evaluator {
 public:
  // inputs: one per name (scalars unused); n: the common length.
  // out: the destination (ignored for reductions); threads >= 1.
  Evaluator(const Program& prog, std::vector<EvalInput> inputs, int64_t n, Elem out_type,
            void* out, int threads);
  // Runs the program; returns the reduction's value (0 when there is none).
  double run();

 private:
  static void participate(void* self);
  void run_blocks(double* bufs, double** p);
  double combine() const;

  const Program& prog_;
  std::vector<EvalInput> inputs_;
  int64_t n_, nblocks_;
  Elem out_type_;
  void* out_;
  int threads_;
  std::vector<int> buffer_of_;        // per register: scratch buffer index, or -1
  int nbuffers_ = 0;
  std::vector<double> scratch_;       // threads_ * nbuffers_ * kBlock
  std::vector<double*> ptrs_;         // threads_ * registers: each block's register pointers
  std::vector<double> partials_;      // per block (reductions)
  std::vector<uint8_t> partial_nan_;  // per block: min/max saw a NaN
  std::atomic<int64_t> next_block_{0};
  std::atomic<int> next_slot_{0};
};

}  // namespace gilpy::native::expr
