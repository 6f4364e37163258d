// expr_eval.cpp — running a compiled expression block by block on the pool.
//
// Each participant (the caller and any pool helpers) has its own scratch
// buffers, one kBlock-long buffer per register that needs one, and takes
// blocks from a shared counter until none are left. Inputs of type double
// are read in place, the result is written straight into a double output,
// so `2*a + 3*b` streams each array once. Reductions keep one partial per
// block and combine them in block order: the result does not depend on the
// number of threads.
#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

#include "native/expr.hpp"
#include "native/thread_pool.hpp"

#pragma GCC optimize("tree-vectorize", "vect-cost-model=dynamic")
namespace gilpy::native::expr {

namespace {

// Distance between a participant's buffers, in doubles. Not a multiple of
// 4 KiB: a store to one buffer and a load from another at the same index
// would otherwise look like a dependency to the CPU (4K aliasing), which
// made the block loops several times slower.
constexpr int64_t kStride = kBlock + 24;

// Python's float %: the result takes the sign of the divisor.
inline double py_mod(double a, double b) {
  double m = std::fmod(a, b);
  if (m != 0) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = std::copysign(0.0, b);
  }
  return m;
}

inline double b2d(bool b) { return b ? 1.0 : 0.0; }

template <class F>
inline void map1(double* d, const double* a, int64_t n, F f) {
  for (int64_t i = 0; i < n; i++) d[i] = f(a[i]);
}
template <class F>
inline void map2(double* d, const double* a, const double* b, int64_t n, F f) {
  for (int64_t i = 0; i < n; i++) d[i] = f(a[i], b[i]);
}

// One instruction over one block. p[r] is register r's block.
void exec(const Instr& in, double* const* p, int64_t n) {
  double* d = p[in.dst];
  const double* a = p[in.a];
  const double* b = p[in.b];
  switch (in.op) {
    case Op::Copy: return map1(d, a, n, [](double x) { return x; });
    case Op::Neg: return map1(d, a, n, [](double x) { return -x; });
    case Op::Add: return map2(d, a, b, n, [](double x, double y) { return x + y; });
    case Op::Sub: return map2(d, a, b, n, [](double x, double y) { return x - y; });
    case Op::Mul: return map2(d, a, b, n, [](double x, double y) { return x * y; });
    case Op::Div: return map2(d, a, b, n, [](double x, double y) { return x / y; });
    case Op::Pow: return map2(d, a, b, n, [](double x, double y) { return std::pow(x, y); });
    case Op::Mod: return map2(d, a, b, n, py_mod);
    case Op::Square: return map1(d, a, n, [](double x) { return x * x; });
    case Op::Recip: return map1(d, a, n, [](double x) { return 1.0 / x; });
    case Op::Lt: return map2(d, a, b, n, [](double x, double y) { return b2d(x < y); });
    case Op::Le: return map2(d, a, b, n, [](double x, double y) { return b2d(x <= y); });
    case Op::Gt: return map2(d, a, b, n, [](double x, double y) { return b2d(x > y); });
    case Op::Ge: return map2(d, a, b, n, [](double x, double y) { return b2d(x >= y); });
    case Op::Eq: return map2(d, a, b, n, [](double x, double y) { return b2d(x == y); });
    case Op::Ne: return map2(d, a, b, n, [](double x, double y) { return b2d(x != y); });
    case Op::And: return map2(d, a, b, n, [](double x, double y) { return b2d((x != 0) & (y != 0)); });
    case Op::Or: return map2(d, a, b, n, [](double x, double y) { return b2d((x != 0) | (y != 0)); });
    case Op::Not: return map1(d, a, n, [](double x) { return b2d(x == 0); });
    case Op::Where: {
      const double* c = p[in.c];
      for (int64_t i = 0; i < n; i++) d[i] = a[i] != 0 ? b[i] : c[i];
      return;
    }
    case Op::Sqrt: return map1(d, a, n, [](double x) { return std::sqrt(x); });
    case Op::Exp: return map1(d, a, n, [](double x) { return std::exp(x); });
    case Op::Log: return map1(d, a, n, [](double x) { return std::log(x); });
    case Op::Log10: return map1(d, a, n, [](double x) { return std::log10(x); });
    case Op::Sin: return map1(d, a, n, [](double x) { return std::sin(x); });
    case Op::Cos: return map1(d, a, n, [](double x) { return std::cos(x); });
    case Op::Tan: return map1(d, a, n, [](double x) { return std::tan(x); });
    case Op::Arcsin: return map1(d, a, n, [](double x) { return std::asin(x); });
    case Op::Arccos: return map1(d, a, n, [](double x) { return std::acos(x); });
    case Op::Arctan: return map1(d, a, n, [](double x) { return std::atan(x); });
    case Op::Arcsinh: return map1(d, a, n, [](double x) { return std::asinh(x); });
    case Op::Arccosh: return map1(d, a, n, [](double x) { return std::acosh(x); });
    case Op::Arctanh: return map1(d, a, n, [](double x) { return std::atanh(x); });
    case Op::Sinh: return map1(d, a, n, [](double x) { return std::sinh(x); });
    case Op::Cosh: return map1(d, a, n, [](double x) { return std::cosh(x); });
    case Op::Tanh: return map1(d, a, n, [](double x) { return std::tanh(x); });
    case Op::Abs: return map1(d, a, n, [](double x) { return std::fabs(x); });
  }
}

// Per-block reductions. min/max report NaN separately: a NaN anywhere makes
// the result NaN (as numpy's reductions do).
double reduce_block(Reduce r, const double* v, int64_t n, uint8_t* saw_nan) {
  switch (r) {
    case Reduce::Sum: {
      double s = 0;
      for (int64_t i = 0; i < n; i++) s += v[i];
      return s;
    }
    case Reduce::Prod: {
      double s = 1;
      for (int64_t i = 0; i < n; i++) s *= v[i];
      return s;
    }
    default: {
      bool is_min = r == Reduce::Min;
      double m = v[0];
      bool nan = false;
      for (int64_t i = 0; i < n; i++) {
        double x = v[i];
        nan |= x != x;
        m = is_min ? (x < m ? x : m) : (x > m ? x : m);
      }
      *saw_nan = nan;
      return m;
    }
  }
}

}  // namespace

double apply_scalar(Op op, double a, double b, double c) {
  double in[3][1] = {{a}, {b}, {c}};
  double out[1];
  double* p[4] = {out, in[0], in[1], in[2]};
  exec(Instr{op, 0, 1, 2, 3}, p, 1);
  return out[0];
}

Evaluator::Evaluator(const Program& prog, std::vector<EvalInput> inputs, int64_t n, Elem out_type,
                     void* out, int threads)
    : prog_(prog), inputs_(std::move(inputs)), n_(n), out_type_(out_type), out_(out) {
  nblocks_ = (n + kBlock - 1) / kBlock;
  threads_ = int(std::max<int64_t>(1, std::min<int64_t>(threads, nblocks_)));
  buffer_of_.assign(prog.regs.size(), -1);
  for (size_t r = 0; r < prog.regs.size(); r++) {
    const Reg& g = prog.regs[r];
    bool direct = (g.kind == Reg::Input && inputs_[size_t(g.input)].type == Elem::F64) ||
                  (int(r) == prog.result && prog.reduce == Reduce::None && out_type == Elem::F64);
    if (!direct) buffer_of_[r] = nbuffers_++;
  }
  scratch_.resize(size_t(threads_) * size_t(nbuffers_) * kStride);
  ptrs_.resize(size_t(threads_) * prog.regs.size());
  if (prog.reduce != Reduce::None) {
    partials_.resize(size_t(nblocks_));
    partial_nan_.assign(size_t(nblocks_), 0);
  }
}

double Evaluator::run() {
  next_block_ = 0;
  next_slot_ = 0;
  pool_run(threads_ - 1, &Evaluator::participate, this);
  return prog_.reduce == Reduce::None ? 0.0 : combine();
}

void Evaluator::participate(void* self) {
  auto* ev = static_cast<Evaluator*>(self);
  int slot = ev->next_slot_.fetch_add(1);
  ev->run_blocks(ev->scratch_.data() + size_t(slot) * size_t(ev->nbuffers_) * kStride,
                 ev->ptrs_.data() + size_t(slot) * ev->prog_.regs.size());
}

// bufs: this participant's buffers; p: its table of register pointers.
void Evaluator::run_blocks(double* bufs, double** p) {
  const size_t nregs = prog_.regs.size();
  auto buf = [&](size_t r) { return bufs + size_t(buffer_of_[r]) * kStride; };
  for (size_t r = 0; r < nregs; r++)
    if (prog_.regs[r].kind == Reg::Const) std::fill_n(buf(r), kBlock, prog_.regs[r].value);

  for (;;) {
    int64_t blk = next_block_.fetch_add(1, std::memory_order_relaxed);
    if (blk >= nblocks_) return;
    int64_t off = blk * kBlock, len = std::min(kBlock, n_ - off);
    for (size_t r = 0; r < nregs; r++) {
      const Reg& g = prog_.regs[r];
      if (buffer_of_[r] >= 0) {
        p[r] = buf(r);
        if (g.kind == Reg::Input) {
          const EvalInput& in = inputs_[size_t(g.input)];
          double* dst = p[r];
          visit_elem(in.type, const_cast<void*>(in.data), [&](auto* src) {
            for (int64_t i = 0; i < len; i++) dst[i] = double(src[off + i]);
          });
        }
      } else if (g.kind == Reg::Input) {
        p[r] = static_cast<double*>(const_cast<void*>(inputs_[size_t(g.input)].data)) + off;
      } else {
        p[r] = static_cast<double*>(out_) + off;
      }
    }
    for (const Instr& in : prog_.code) exec(in, p, len);
    const double* res = p[prog_.result];
    if (prog_.reduce != Reduce::None) {
      partials_[size_t(blk)] = reduce_block(prog_.reduce, res, len, &partial_nan_[size_t(blk)]);
    } else if (buffer_of_[size_t(prog_.result)] >= 0) {
      visit_elem(out_type_, out_, [&](auto* dst) {
        using T = std::remove_pointer_t<decltype(dst)>;
        for (int64_t i = 0; i < len; i++) dst[off + i] = T(res[i]);
      });
    }
  }
}

double Evaluator::combine() const {
  switch (prog_.reduce) {
    case Reduce::Sum: {
      double s = 0;
      for (double x : partials_) s += x;
      return s;
    }
    case Reduce::Prod: {
      double s = 1;
      for (double x : partials_) s *= x;
      return s;
    }
    default: {
      for (uint8_t nan : partial_nan_)
        if (nan) return std::numeric_limits<double>::quiet_NaN();
      double m = partials_[0];
      for (double x : partials_) m = prog_.reduce == Reduce::Min ? std::min(m, x) : std::max(m, x);
      return m;
    }
  }
}

}  // namespace gilpy::native::expr
