// test_parser.cpp — the lexer and the parser.
//
// Expected ASTs are the text CPython 3.11 prints for ast.dump(ast.parse(src))
// (ast::dump prints the same format), so each row doubles as a differential
// test. Error rows give CPython's exception class, message, line and offset.
#include <pthread.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "interp/ast_dump.hpp"
#include "interp/parser.hpp"

using namespace gilpy;

namespace {

struct DumpCase {
  const char* src;
  const char* dump;
};

struct ErrorCase {
  const char* src;
  const char* kind;
  const char* msg;
  int lineno;
  int offset;
};

std::string dump_of(const std::string& src) { return ast::dump(*parse(src, "<test>")); }

std::string dump_eval(const std::string& src) {
  return ast::dump_eval(*parse(src, "<test>", ParseMode::Eval));
}

// The error `src` raises; msg is empty when it parses.
SyntaxErrorInfo error_of(const std::string& src, ParseMode mode = ParseMode::File) {
  try {
    parse(src, "<test>", mode);
  } catch (const SyntaxErrorInfo& e) {
    return e;
  }
  return SyntaxErrorInfo{};
}

void check_dumps(const std::vector<DumpCase>& cases) {
  for (const DumpCase& c : cases) {
    INFO("source: " << c.src);
    CHECK(dump_of(c.src) == c.dump);
  }
}

// The first statement's expression (the source must be an expression statement).
const ast::Expr* first_expr(const ast::AstModule& m) {
  return static_cast<const ast::ExprStmt*>(m.body.at(0))->value;
}

}  // namespace

TEST_CASE("statements parse as CPython parses them", "[parser]") {
  check_dumps({
      {"pass\nbreak\ncontinue",
       "Module(body=[Pass(), Break(), Continue()], type_ignores=[])"},
      {"a; b; c;",
       "Module(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load("
       "))), Expr(value=Name(id='c', ctx=Load()))], type_ignores=[])"},
      {"x = y = 1",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], "
       "value=Constant(value=1))], type_ignores=[])"},
      {"a, *b = c",
       "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Na"
       "me(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()"
       "))], type_ignores=[])"},
      {"[a, (b, c)] = d",
       "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Tuple(elts=[Name("
       "id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store())], valu"
       "e=Name(id='d', ctx=Load()))], type_ignores=[])"},
      {"x: int = 5",
       "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', c"
       "tx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])"},
      {"(x): int",
       "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', c"
       "tx=Load()), simple=0)], type_ignores=[])"},
      {"a.b: int",
       "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ct"
       "x=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
      {"x @= 2",
       "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Constan"
       "t(value=2))], type_ignores=[])"},
      {"x //= 2",
       "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Consta"
       "nt(value=2))], type_ignores=[])"},
      {"del a, b[0], c.d",
       "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', c"
       "tx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Lo"
       "ad()), attr='d', ctx=Del())])], type_ignores=[])"},
      {"del (a, b)",
       "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=D"
       "el())], ctx=Del())])], type_ignores=[])"},
      {"assert x, \"msg\"",
       "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type"
       "_ignores=[])"},
      {"raise E from cause",
       "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='cause', ctx=Load()))"
       "], type_ignores=[])"},
      {"global a, b",
       "Module(body=[Global(names=['a', 'b'])], type_ignores=[])"},
      {"import a.b.c as d, e",
       "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type"
       "_ignores=[])"},
      {"from ..x import (a, b as c,)",
       "Module(body=[ImportFrom(module='x', names=[alias(name='a'), alias(name='b', asname='"
       "c')], level=2)], type_ignores=[])"},
      {"from . import y",
       "Module(body=[ImportFrom(names=[alias(name='y')], level=1)], type_ignores=[])"},
      {"from m import *",
       "Module(body=[ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores"
       "=[])"},
      {"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
       "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(i"
       "d='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])"},
      {"while x:\n    break\nelse:\n    pass",
       "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Pass()])],"
       " type_ignores=[])"},
      {"for i, *rest in x:\n    continue\nelse:\n    pass",
       "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Starred(value=Name(id"
       "='rest', ctx=Store()), ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), b"
       "ody=[Continue()], orelse=[Pass()])], type_ignores=[])"},
      {"try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
       "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()"
       "), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbo"
       "dy=[Pass()])], type_ignores=[])"},
      {"try:\n    pass\nfinally:\n    pass",
       "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_i"
       "gnores=[])"},
      {"with a as b, c:\n    pass",
       "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_va"
       "rs=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], bod"
       "y=[Pass()])], type_ignores=[])"},
      {"with (a as b, c as d,):\n    pass",
       "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_va"
       "rs=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optio"
       "nal_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
      {"with (a, b) as c:\n    pass",
       "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()),"
       " Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], "
       "body=[Pass()])], type_ignores=[])"},
      {"if x: pass",
       "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_igno"
       "res=[])"},
      {"if 1:\n    \\\n  x = 1",
       "Module(body=[If(test=Constant(value=1), body=[Assign(targets=[Name(id='x', ctx=Store"
       "())], value=Constant(value=1))], orelse=[])], type_ignores=[])"},
  });
}

TEST_CASE("function and class definitions", "[parser]") {
  check_dumps({
      {"def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass",
       "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg"
       "='b')], args=[arg(arg='c')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='d'), arg(a"
       "rg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), defaults=[Cons"
       "tant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores"
       "=[])"},
      {"def f(a: int, *, b: str = \"x\") -> bool:\n    return a",
       "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a',"
       " annotation=Name(id='int', ctx=Load()))], kwonlyargs=[arg(arg='b', annotation=Name(i"
       "d='str', ctx=Load()))], kw_defaults=[Constant(value='x')], defaults=[]), body=[Retur"
       "n(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='bool', ctx=L"
       "oad()))], type_ignores=[])"},
      {"def f(*, a): pass",
       "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyarg"
       "s=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[]"
       ")], type_ignores=[])"},
      {"@dec\n@other.attr(1)\ndef f(): pass",
       "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyarg"
       "s=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ct"
       "x=Load()), Call(func=Attribute(value=Name(id='other', ctx=Load()), attr='attr', ctx="
       "Load()), args=[Constant(value=1)], keywords=[])])], type_ignores=[])"},
      {"class C(A, B, metaclass=M, **kw):\n    x = 1",
       "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load()), Name(id='B', ctx=Lo"
       "ad())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword("
       "value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())],"
       " value=Constant(value=1))], decorator_list=[])], type_ignores=[])"},
      {"class C: pass",
       "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list"
       "=[])], type_ignores=[])"},
      {"def g():\n    x = yield\n    y = yield from z\n    yield a, b\n    return 1, *rest",
       "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyarg"
       "s=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())]"
       ", value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value="
       "Name(id='z', ctx=Load()))), Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load"
       "()), Name(id='b', ctx=Load())], ctx=Load()))), Return(value=Tuple(elts=[Constant(val"
       "ue=1), Starred(value=Name(id='rest', ctx=Load()), ctx=Load())], ctx=Load()))], decor"
       "ator_list=[])], type_ignores=[])"},
      {"def f():\n    nonlocal a",
       "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyarg"
       "s=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['a'])], decorator_list=[])"
       "], type_ignores=[])"},
      {"f = lambda a, b=1, *c, d, **e: 0",
       "Module(body=[Assign(targets=[Name(id='f', ctx=Store())], value=Lambda(args=arguments"
       "(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='c'), kwonlyargs="
       "[arg(arg='d')], kw_defaults=[None], kwarg=arg(arg='e'), defaults=[Constant(value=1)]"
       "), body=Constant(value=0)))], type_ignores=[])"},
      {"f = lambda: (yield)",
       "Module(body=[Assign(targets=[Name(id='f', ctx=Store())], value=Lambda(args=arguments"
       "(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield())"
       ")], type_ignores=[])"},
  });
}

TEST_CASE("expressions: precedence, associativity, displays, trailers", "[parser]") {
  check_dumps({
      {"-2**2",
       "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op="
       "Pow(), right=Constant(value=2))))], type_ignores=[])"},
      {"2**-1",
       "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USu"
       "b(), operand=Constant(value=1))))], type_ignores=[])"},
      {"a**b**c",
       "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(l"
       "eft=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ign"
       "ores=[])"},
      {"not a and b or c",
       "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op="
       "Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', c"
       "tx=Load())]))], type_ignores=[])"},
      {"a | b ^ c & d << e + f * g",
       "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp"
       "(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load("
       ")), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=BinOp"
       "(left=Name(id='e', ctx=Load()), op=Add(), right=BinOp(left=Name(id='f', ctx=Load()),"
       " op=Mult(), right=Name(id='g', ctx=Load()))))))))], type_ignores=[])"},
      {"a - b - c",
       "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), ri"
       "ght=Name(id='b', ctx=Load())), op=Sub(), right=Name(id='c', ctx=Load())))], type_ign"
       "ores=[])"},
      {"a < b <= c != d",
       "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Not"
       "Eq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d',"
       " ctx=Load())]))], type_ignores=[])"},
      {"a not in b is not c",
       "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn(), IsNot()"
       "], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores"
       "=[])"},
      {"x if a else y if b else z",
       "Module(body=[Expr(value=IfExp(test=Name(id='a', ctx=Load()), body=Name(id='x', ctx=L"
       "oad()), orelse=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='y', ctx=Load()), o"
       "relse=Name(id='z', ctx=Load()))))], type_ignores=[])"},
      {"~a, +b, -c",
       "Module(body=[Expr(value=Tuple(elts=[UnaryOp(op=Invert(), operand=Name(id='a', ctx=Lo"
       "ad())), UnaryOp(op=UAdd(), operand=Name(id='b', ctx=Load())), UnaryOp(op=USub(), ope"
       "rand=Name(id='c', ctx=Load()))], ctx=Load()))], type_ignores=[])"},
      {"a.b[c](d, *e, f=g, **h)",
       "Module(body=[Expr(value=Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=L"
       "oad()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), args=[Na"
       "me(id='d', ctx=Load()), Starred(value=Name(id='e', ctx=Load()), ctx=Load())], keywor"
       "ds=[keyword(arg='f', value=Name(id='g', ctx=Load())), keyword(value=Name(id='h', ctx"
       "=Load()))]))], type_ignores=[])"},
      {"f(x for x in y)",
       "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=N"
       "ame(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()),"
       " iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores"
       "=[])"},
      {"f(a)(b)[c]",
       "Module(body=[Expr(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load())"
       ", args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], ke"
       "ywords=[]), slice=Name(id='c', ctx=Load()), ctx=Load()))], type_ignores=[])"},
      {"a[1:2, ::3]",
       "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=["
       "Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3"
       "))], ctx=Load()), ctx=Load()))], type_ignores=[])"},
      {"a[:]",
       "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx"
       "=Load()))], type_ignores=[])"},
      {"a[1:2:3]",
       "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower="
       "Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], "
       "type_ignores=[])"},
      {"a[*b]",
       "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=["
       "Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], ty"
       "pe_ignores=[])"},
      {"a[x:=1]",
       "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(ta"
       "rget=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignore"
       "s=[])"},
      {"[1, *a]",
       "Module(body=[Expr(value=List(elts=[Constant(value=1), Starred(value=Name(id='a', ctx"
       "=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
      {"{1, *a}",
       "Module(body=[Expr(value=Set(elts=[Constant(value=1), Starred(value=Name(id='a', ctx="
       "Load()), ctx=Load())]))], type_ignores=[])"},
      {"{1: 2, **d}",
       "Module(body=[Expr(value=Dict(keys=[Constant(value=1), None], values=[Constant(value="
       "2), Name(id='d', ctx=Load())]))], type_ignores=[])"},
      {"{}",
       "Module(body=[Expr(value=Dict(keys=[], values=[]))], type_ignores=[])"},
      {"()",
       "Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"},
      {"(1,)",
       "Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores="
       "[])"},
      {"1, 2,",
       "Module(body=[Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load("
       ")))], type_ignores=[])"},
      {"[x for x in y if x if z for w in x]",
       "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehen"
       "sion(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='"
       "x', ctx=Load()), Name(id='z', ctx=Load())], is_async=0), comprehension(target=Name(i"
       "d='w', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ig"
       "nores=[])"},
      {"{k: v for k, v in d}",
       "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ct"
       "x=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), N"
       "ame(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_a"
       "sync=0)]))], type_ignores=[])"},
      {"{x for x in y}",
       "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehens"
       "ion(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_asyn"
       "c=0)]))], type_ignores=[])"},
      {"(x := 5)",
       "Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(v"
       "alue=5)))], type_ignores=[])"},
      {"if (n := len(a)) > 1: pass",
       "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value="
       "Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]))"
       ", ops=[Gt()], comparators=[Constant(value=1)]), body=[Pass()], orelse=[])], type_ign"
       "ores=[])"},
      {"...",
       "Module(body=[Expr(value=Constant(value=Ellipsis))], type_ignores=[])"},
      {"None, True, False",
       "Module(body=[Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), Cons"
       "tant(value=False)], ctx=Load()))], type_ignores=[])"},
      {"match = 1\nmatch.x(match)",
       "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)"
       "), Expr(value=Call(func=Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx="
       "Load()), args=[Name(id='match', ctx=Load())], keywords=[]))], type_ignores=[])"},
      {"print(*a, sep=\"\")",
       "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value="
       "Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant("
       "value=''))]))], type_ignores=[])"},
  });
}

TEST_CASE("number, string and bytes literals", "[parser]") {
  check_dumps({
      {"x = 0xFF, 0o17, 0b101, 1_000, 00",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant("
       "value=255), Constant(value=15), Constant(value=5), Constant(value=1000), Constant(va"
       "lue=0)], ctx=Load()))], type_ignores=[])"},
      {"x = 0xffffffffffffffffffffffffffffffffffffffff",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=146150"
       "1637330902918203684832716283019655932542975))], type_ignores=[])"},
      {"x = 123456789012345678901234567890",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123456"
       "789012345678901234567890))], type_ignores=[])"},
      {"x = 1.5, 1., .5, 1e5, 1E-5, 1_0.5, 1e400",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant("
       "value=1.5), Constant(value=1.0), Constant(value=0.5), Constant(value=100000.0), Cons"
       "tant(value=1e-05), Constant(value=10.5), Constant(value=inf)], ctx=Load()))], type_i"
       "gnores=[])"},
      {"x = 2j, 1.5J",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant("
       "value=2j), Constant(value=1.5j)], ctx=Load()))], type_ignores=[])"},
      {"x = 1if y else 2",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y"
       "', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[]"
       ")"},
      {"x = 'a' \"b\" '''c'''",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc')"
       ")], type_ignores=[])"},
      {"x = \"\\n\\t\\\\\\x41\\u00e9\\U0001F600\\101\\0\"",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\n\\t\\"
       "\\Aé😀A\\x00'))], type_ignores=[])"},
      {"x = \"\\q\"",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\q')"
       ")], type_ignores=[])"},
      {"x = \"a\\\nb\"",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))"
       "], type_ignores=[])"},
      {"x = r\"\\n\", rb\"\\x\"",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant("
       "value='\\\\n'), Constant(value=b'\\\\x')], ctx=Load()))], type_ignores=[])"},
      {"x = b\"\\x00\\xff\" b\"z\"",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\x00"
       "\\xffz'))], type_ignores=[])"},
      {"x = \"é中\"",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é中'))"
       "], type_ignores=[])"},
      {"x = \"\\ud800\"",
       "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\ud80"
       "0'))], type_ignores=[])"},
  });
}

TEST_CASE("f-strings become JoinedStr trees", "[parser]") {
  check_dumps({
      {"f\"a{x}b\"",
       "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value="
       "Name(id='x', ctx=Load()), conversion=-1), Constant(value='b')]))], type_ignores=[])"},
      {"f\"{x!r} {y!s:>10} {z!a}\"",
       "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load"
       "()), conversion=114), Constant(value=' '), FormattedValue(value=Name(id='y', ctx=Loa"
       "d()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10')])), Consta"
       "nt(value=' '), FormattedValue(value=Name(id='z', ctx=Load()), conversion=97)]))], ty"
       "pe_ignores=[])"},
      {"f\"{x:{w}.{p}f}\"",
       "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load"
       "()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', "
       "ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', "
       "ctx=Load()), conversion=-1), Constant(value='f')]))]))], type_ignores=[])"},
      {"f\"{{}} {{{x}}}\"",
       "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{} {'), FormattedValue(val"
       "ue=Name(id='x', ctx=Load()), conversion=-1), Constant(value='}')]))], type_ignores=["
       "])"},
      {"f\"{x=}\"",
       "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value"
       "=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
      {"f\"{x = }\"",
       "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(val"
       "ue=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
      {"f\"{x=!s}\"",
       "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value"
       "=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])"},
      {"f\"{x=:>4}\"",
       "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value"
       "=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(val"
       "ue='>4')]))]))], type_ignores=[])"},
      {"f\"a\" \"b\" f\"{c}\"",
       "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab'), FormattedValue(value"
       "=Name(id='c', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
      {"f\"\"",
       "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])"},
      {"f\"{x:}\"",
       "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load"
       "()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"},
      {"f\"{a['k']}\"",
       "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name("
       "id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))], typ"
       "e_ignores=[])"},
      {"f\"{x, y}\"",
       "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='"
       "x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ig"
       "nores=[])"},
      {"rf\"\\n{x}\"",
       "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(valu"
       "e=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
  });
}

TEST_CASE("eval mode parses one expression", "[parser]") {
  const std::vector<DumpCase> cases = {
      {"1 + 2",
       "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))"},
      {"a, b",
       "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx"
       "=Load()))"},
      {"lambda: 1",
       "Expression(body=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_def"
       "aults=[], defaults=[]), body=Constant(value=1)))"},
      {"1\n\n",
       "Expression(body=Constant(value=1))"},
  };
  for (const DumpCase& c : cases) {
    INFO("source: " << c.src);
    CHECK(dump_eval(c.src) == c.dump);
  }
  auto m = parse("a, b", "<test>", ParseMode::Eval);
  REQUIRE(m->body.size() == 1);
  CHECK(m->body[0]->kind == ast::StmtKind::ExprStmt);
  CHECK(error_of("x = 1", ParseMode::Eval).msg == "invalid syntax");
  CHECK(error_of("*a", ParseMode::Eval).msg == "invalid syntax");
}

TEST_CASE("single mode parses like a file", "[parser]") {
  auto m = parse("if x:\n    y = 1\nz = 2\n", "<stdin>", ParseMode::Single);
  CHECK(m->body.size() == 2);
}

TEST_CASE("integer constants hold decimal digits", "[parser]") {
  auto value = [](const std::string& src) {
    auto m = parse(src, "<test>");
    auto* c = static_cast<const ast::Constant*>(first_expr(*m));
    REQUIRE(c->ckind == ast::ConstKind::Int);
    return c->text;
  };
  CHECK(value("0x10") == "16");
  CHECK(value("0o777") == "511");
  CHECK(value("0b1_0000_0000") == "256");
  CHECK(value("000") == "0");
  CHECK(value("1_000_000") == "1000000");
  CHECK(value("0xffffffffffffffffffffffff") == "79228162514264337593543950335");
  CHECK(value("0b1" + std::string(200, '0')) ==
        "1606938044258990275541962092341162602522202993782792835301376");
  std::string big(5000, '7');
  CHECK(value(big) == big);
}

TEST_CASE("float and imaginary constants", "[parser]") {
  auto constant = [](const std::string& src) {
    auto m = parse(src, "<test>");
    return *static_cast<const ast::Constant*>(first_expr(*m));
  };
  CHECK(constant("1_000.5").fval == 1000.5);
  CHECK(constant(".5").fval == 0.5);
  CHECK(constant("1e3").fval == 1000.0);
  CHECK(constant("1e400").fval > 1e308);
  CHECK(constant("1e-400").fval == 0.0);
  ast::Constant j = constant("2.5j");
  CHECK(j.ckind == ast::ConstKind::Complex);
  CHECK(j.fval == 2.5);
}

TEST_CASE("assignment and del targets get Store and Del contexts", "[parser]") {
  auto m = parse("a, [b.c, *d[0]] = x\ndel e, (f, g)\n", "<test>");
  auto* assign = static_cast<const ast::Assign*>(m->body[0]);
  auto* tuple = static_cast<const ast::Tuple*>(assign->targets[0]);
  CHECK(tuple->ctx == ast::Ctx::Store);
  CHECK(static_cast<const ast::Name*>(tuple->elts[0])->ctx == ast::Ctx::Store);
  auto* list = static_cast<const ast::List*>(tuple->elts[1]);
  CHECK(list->ctx == ast::Ctx::Store);
  auto* attr = static_cast<const ast::Attribute*>(list->elts[0]);
  CHECK(attr->ctx == ast::Ctx::Store);
  CHECK(static_cast<const ast::Name*>(attr->value)->ctx == ast::Ctx::Load);
  auto* star = static_cast<const ast::Starred*>(list->elts[1]);
  CHECK(star->ctx == ast::Ctx::Store);
  CHECK(static_cast<const ast::Subscript*>(star->value)->ctx == ast::Ctx::Store);
  CHECK(static_cast<const ast::Name*>(assign->value)->ctx == ast::Ctx::Load);

  auto* del = static_cast<const ast::Delete*>(m->body[1]);
  REQUIRE(del->targets.size() == 2);
  CHECK(static_cast<const ast::Name*>(del->targets[0])->ctx == ast::Ctx::Del);
  auto* pair = static_cast<const ast::Tuple*>(del->targets[1]);
  CHECK(pair->ctx == ast::Ctx::Del);
  CHECK(pair->parenthesized);
  CHECK(static_cast<const ast::Name*>(pair->elts[1])->ctx == ast::Ctx::Del);
}

TEST_CASE("nodes carry CPython's line and column positions", "[parser]") {
  const char* src =
      "def f(a):\n"
      "    return (a +\n"
      "            b)\n"
      "x = f(1)[2].y\n";
  CHECK(ast::dump(*parse(src, "<test>"), true) ==
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lin"
        "eno=1, col_offset=6, end_lineno=1, end_col_offset=7)], kwonlyargs=[], kw_defaults=[], de"
        "faults=[]), body=[Return(value=BinOp(left=Name(id='a', ctx=Load(), lineno=2, col_offset="
        "12, end_lineno=2, end_col_offset=13), op=Add(), right=Name(id='b', ctx=Load(), lineno=3,"
        " col_offset=12, end_lineno=3, end_col_offset=13), lineno=2, col_offset=12, end_lineno=3,"
        " end_col_offset=13), lineno=2, col_offset=4, end_lineno=3, end_col_offset=14)], decorato"
        "r_list=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=14), Assign(targets=[Nam"
        "e(id='x', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1)], value=A"
        "ttribute(value=Subscript(value=Call(func=Name(id='f', ctx=Load(), lineno=4, col_offset=4"
        ", end_lineno=4, end_col_offset=5), args=[Constant(value=1, lineno=4, col_offset=6, end_l"
        "ineno=4, end_col_offset=7)], keywords=[], lineno=4, col_offset=4, end_lineno=4, end_col_"
        "offset=8), slice=Constant(value=2, lineno=4, col_offset=9, end_lineno=4, end_col_offset="
        "10), ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=11), attr='y', ctx"
        "=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=13), lineno=4, col_offset="
        "0, end_lineno=4, end_col_offset=13)], type_ignores=[])");

  // Columns count code points, not bytes.
  auto m = parse("s = '\xc3\xa9'; t = 1", "<test>");
  CHECK(m->body[1]->pos.col == 9);
  // Expressions inside f-string fields have their real source positions.
  m = parse("x = f'ab{yy}'", "<test>");
  auto* j = static_cast<const ast::JoinedStr*>(static_cast<const ast::Assign*>(m->body[0])->value);
  auto* fv = static_cast<const ast::FormattedValue*>(j->values[1]);
  CHECK(fv->value->pos.line == 1);
  CHECK(fv->value->pos.col == 9);
  CHECK(fv->value->pos.end_col == 11);
}

TEST_CASE("the module keeps the source lines", "[parser]") {
  auto m = parse("a = 1\r\nb = 2\r\n\r\nc = 3", "f.py");
  CHECK(m->filename == "f.py");
  CHECK(m->lines == std::vector<std::string>{"a = 1", "b = 2", "", "c = 3"});
  CHECK(m->body.size() == 3);
}

TEST_CASE("layout: tabs, form feeds, continuations, missing final newline", "[parser]") {
  CHECK(dump_of("if x:\n\tpass\n") == dump_of("if x:\n        pass\n"));
  CHECK(dump_of("if x:\n\f    pass") == dump_of("if x:\n    pass\n"));
  CHECK(dump_of("x = 1 + \\\n    2") == dump_of("x = 1 + 2"));
  CHECK(dump_of("x = [1,\n# comment\n\n     2]") == dump_of("x = [1, 2]"));
  CHECK(dump_of("if x:\n    a\n\n  # odd comment\n    b\n") == dump_of("if x:\n    a\n    b\n"));
  CHECK(dump_of("x = 1\ry = 2\r") == dump_of("x = 1\ny = 2\n"));
  CHECK(dump_of("\xEF\xBB\xBFx = 1") == dump_of("x = 1"));
  CHECK(dump_of("") == "Module(body=[], type_ignores=[])");
  CHECK(dump_of("   \n\n# only a comment") == "Module(body=[], type_ignores=[])");
}

TEST_CASE("soft keywords stay names", "[parser]") {
  CHECK(error_of("match = case = _ = type = 1\nmatch(x)\nmatch[0] = 1\nmatch.y: int\n").msg.empty());
  CHECK(error_of("print(match, case, type)").msg.empty());
}

TEST_CASE("syntax errors match CPython's messages and positions", "[parser]") {
  const std::vector<ErrorCase> cases = {
      {"if x\n  pass", "SyntaxError", "expected ':'", 1, 5},
      {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
      {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
      {"a, f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4},
      {"f(), a = 1", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6},
      {"x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 5},
      {"(a, 1) = 2", "SyntaxError", "cannot assign to literal", 1, 5},
      {"True = 1", "SyntaxError", "cannot assign to True", 1, 1},
      {"x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5},
      {"f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1},
      {"del f()", "SyntaxError", "cannot delete function call", 1, 5},
      {"for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5},
      {"a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1},
      {"f(): int", "SyntaxError", "illegal target for annotation", 1, 1},
      {"if x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4},
      {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9},
      {"f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9},
      {"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8},
      {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3},
      {"f(1=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
      {"f(True=1)", "SyntaxError", "cannot assign to True", 1, 3},
      {"(1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2},
      {"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3},
      {"x = a b", "SyntaxError", "invalid syntax", 1, 7},
      {"x = 1 if y", "SyntaxError", "expected 'else' after 'if' expression", 1, 5},
      {"print \"x\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
      {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12},
      {"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7},
      {"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12},
      {"def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16},
      {"def f((a, b)): pass", "SyntaxError", "Function parameters cannot be parenthesized", 1, 7},
      {"def f:\n  pass", "SyntaxError", "expected '('", 1, 6},
      {"x\n  y", "IndentationError", "unexpected indent", 2, 2},
      {"if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4},
      {"if x:\n\tif y:\n        a\n\tb", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
      {"if x:\ny = 1", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1},
      {"if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6},
      {"try:\n  pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 7},
      {"x = (1,\n2", "SyntaxError", "'(' was never closed", 1, 5},
      {"x = [1,\n2)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 2},
      {"x = 1)", "SyntaxError", "unmatched ')'", 1, 6},
      {"x = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
      {"x = '''abc\n\ndef", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5},
      {"x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5},
      {"x = 0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
      {"x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7},
      {"x = 0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 7},
      {"x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6},
      {"x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6},
      {"x = 1e", "SyntaxError", "invalid decimal literal", 1, 5},
      {"x = €", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5},
      {"x = \\ y", "SyntaxError", "unexpected character after line continuation character", 1, 6},
      {"x = $", "SyntaxError", "invalid syntax", 1, 5},
      {"x = b\"a\" \"b\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13},
      {"x = b\"é\"", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5},
      {"x = \"\\x4\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10},
      {"x = f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 10},
      {"x = f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 9},
      {"x = f\"{\"", "SyntaxError", "f-string: expecting '}'", 1, 9},
      {"x = f\"{x!z}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13},
      {"x = f\"{x:{y:{z}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 19},
      // CPython points into a copy of the field; gilpy into the source line.
      {"x = f\"{a b}\"", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 8},
      {"x = [a, b for b in c]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 6},
      {"x = {a: *b}", "SyntaxError", "cannot use a starred expression in a dictionary value", 1, 9},
      {"x = {a: 1, b}", "SyntaxError", "':' expected after dictionary key", 1, 12},
      {"(*a)", "SyntaxError", "cannot use starred expression here", 1, 2},
      {"x = (a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 6},
      {"from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17},
      {"try:\n  pass\nexcept E, F:\n  pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 8},
      {"x = (a b\ny = 1abc", "SyntaxError", "invalid decimal literal", 2, 5},
      {"class C", "SyntaxError", "expected ':'", 1, 8},
      {"with a\n  pass", "SyntaxError", "expected ':'", 1, 7},
      {"match x", "SyntaxError", "expected ':'", 1, 8},
      {"\\\n 1", "IndentationError", "unexpected indent", 2, 1},
      {"  \\\n1", "IndentationError", "unexpected indent", 2, 0},
      {"x = False =", "SyntaxError", "cannot assign to False", 1, 5},
      {"x = (1 2\n\ny = 3", "SyntaxError", "'(' was never closed", 1, 5},
      {"del y // None + and", "SyntaxError", "cannot delete expression", 1, 5},
      {"f(a=1, b, c)", "SyntaxError", "positional argument follows keyword argument", 1, 12},
      {"x = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 1, 10},
      {"for x + 1 in y: pass", "SyntaxError", "cannot assign to expression", 1, 5},
      {"x = [1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9},
      {"if x:\n    # only a comment\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 21},
  };
  for (const ErrorCase& c : cases) {
    INFO("source: " << c.src);
    SyntaxErrorInfo e = error_of(c.src);
    CHECK(e.kind == c.kind);
    CHECK(e.msg == c.msg);
    CHECK(e.lineno == c.lineno);
    CHECK(e.offset == c.offset);
  }
}

TEST_CASE("errors carry the file name, the line text and the caret range", "[parser]") {
  SyntaxErrorInfo e = error_of("x = 1\ny = f() = 2\n");
  CHECK(e.filename == "<test>");
  CHECK(e.text == "y = f() = 2");
  CHECK(e.lineno == 2);
  CHECK(e.offset == 5);
  CHECK(e.end_offset == 8);
  CHECK(std::string(e.what()) == e.msg);
  e = error_of("f(a b)");
  CHECK(e.offset == 3);
  CHECK(e.end_offset == 6);
}

TEST_CASE("unsupported syntax names the feature", "[parser]") {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"async def f(): pass", "'async def' is not supported by gilpy"},
      {"def f():\n    await g()", "'await' is not supported by gilpy"},
      {"def f():\n    async for x in y: pass", "'async for' is not supported by gilpy"},
      {"def f():\n    async with a: pass", "'async with' is not supported by gilpy"},
      {"x = [a async for a in b]", "'async for' is not supported by gilpy"},
      {"match x:\n    case 1:\n        pass", "'match' statements are not supported by gilpy"},
      {"match (a, b):\n    case _: pass", "'match' statements are not supported by gilpy"},
      {"type X = int", "'type' statements are not supported by gilpy"},
      {"def f[T](x): pass", "type parameter lists are not supported by gilpy"},
      {"try:\n    pass\nexcept* E:\n    pass", "'except*' is not supported by gilpy"},
      {"s = '\\N{BULLET}'", "\\N{...} escapes are not supported by gilpy"},
      {"s = f'\\N{BULLET}{x}'", "\\N{...} escapes are not supported by gilpy"},
  };
  for (const auto& [src, msg] : cases) {
    INFO("source: " << src);
    CHECK(error_of(src).msg == msg);
  }
  // The \N error points at the literal.
  CHECK(error_of("s = '\\N{BULLET}'").offset == 5);
  // Raw strings and bytes have no \N escape.
  CHECK(error_of("s = r'\\N{X}' + b'\\N{X}'").msg.empty());
}

TEST_CASE("input that ended early is flagged incomplete", "[parser]") {
  for (const char* src : {"if x:", "if x:\n", "for x in y:\n", "def f():\n", "class C:\n",
                          "x = (1,", "f(a,\n b", "x = [\n", "s = '''abc\n", "x = 1 + \\",
                          "@dec\n", "try:\n    pass\n", "if x:\n    pass\nelse:\n",
                          "while True:\n    if x:\n"}) {
    INFO("source: " << src);
    SyntaxErrorInfo e = error_of(src, ParseMode::Single);
    CHECK_FALSE(e.msg.empty());
    CHECK(e.incomplete);
  }
  for (const char* src : {"x = 1 +", "x = )", "if x\n", "x = 'abc", "f(a b)", "1 = 2",
                          "if x:\n    pass\n  y\n", "x = (1,\n2]"}) {
    INFO("source: " << src);
    SyntaxErrorInfo e = error_of(src, ParseMode::Single);
    CHECK_FALSE(e.msg.empty());
    CHECK_FALSE(e.incomplete);
  }
  CHECK(error_of("if x:\n    pass\n", ParseMode::Single).msg.empty());
}

TEST_CASE("hostile nesting is refused without crashing", "[parser]") {
  CHECK(error_of("x = " + std::string(200, '(') + "1" + std::string(200, ')')).msg.empty());
  CHECK(error_of("x = " + std::string(201, '(') + "1" + std::string(201, ')')).msg ==
        "too many nested parentheses");
  CHECK(error_of("x = " + std::string(100000, '[')).msg == "too many nested parentheses");
  CHECK(error_of("x = " + std::string(1000, '-') + "1").msg.empty());
  const std::string too_deep = "expression is too deeply nested";
  CHECK(error_of("x = " + std::string(100000, '-') + "1").msg == too_deep);
  std::string nots, lambdas, ifs, powers, sums, attrs;
  for (int i = 0; i < 50000; ++i) {
    nots += "not ";
    lambdas += "lambda: ";
    ifs += "1 if 2 else ";
    powers += "2**";
    sums += "a+";
    attrs += ".b";
  }
  CHECK(error_of("x = " + nots + "1").msg == too_deep);
  CHECK(error_of("x = " + lambdas + "1").msg == too_deep);
  CHECK(error_of("x = " + ifs + "1").msg == too_deep);
  CHECK(error_of("x = " + powers + "2").msg == too_deep);
  CHECK(error_of("x = " + sums + "a").msg == too_deep);
  CHECK(error_of("x = a" + attrs).msg == too_deep);
  std::string elifs = "if x: pass\n";
  for (int i = 0; i < 5000; ++i) elifs += "elif x: pass\n";
  CHECK(error_of(elifs).msg == too_deep);
  std::string blocks;
  for (int i = 0; i < 120; ++i) blocks += std::string(i, ' ') + "if x:\n";
  SyntaxErrorInfo e = error_of(blocks + std::string(120, ' ') + "pass\n");
  CHECK(e.kind == "IndentationError");
  CHECK(e.msg == "too many levels of indentation");
  // Long flat sequences are fine.
  std::string items = "x = [";
  for (int i = 0; i < 100000; ++i) items += "1,";
  CHECK(error_of(items + "]").msg.empty());
}

// Runs `fn` on a new thread with a small stack (the interpreter runs
// generators on small stacks too).
template <class F>
void on_small_stack(F fn) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 256 * 1024);
  pthread_t thread;
  auto body = [](void* arg) -> void* {
    (*static_cast<F*>(arg))();
    return nullptr;
  };
  REQUIRE(pthread_create(&thread, &attr, body, &fn) == 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

TEST_CASE("deep nesting on a small stack is an error, not a crash", "[parser]") {
  std::vector<std::string> messages;
  on_small_stack([&] {
    std::string lambdas;
    for (int i = 0; i < 2900; ++i) lambdas += "lambda: ";
    const std::vector<std::string> sources = {
        "x = " + std::string(200, '(') + "1" + std::string(200, ')'), "x = " + lambdas + "1",
        "x = (((1)))"};
    for (const std::string& src : sources) messages.push_back(error_of(src).msg);
  });
  REQUIRE(messages.size() == 3);
  CHECK(messages[0] == "expression is too deeply nested");
  CHECK(messages[1] == "expression is too deeply nested");
  CHECK(messages[2].empty());
}

TEST_CASE("bad bytes in the source", "[parser]") {
  SyntaxErrorInfo e = error_of(std::string("x = 1\ny = 2\0", 12));
  CHECK(e.msg == "source code cannot contain null bytes");
  CHECK(e.lineno == 2);
  e = error_of("x = '\xff'");
  CHECK(e.msg == "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte");
  CHECK(error_of("x = '\xed\xa0\x80'").msg.find("invalid continuation byte") != std::string::npos);
}

TEST_CASE("ast::dump reprs values like Python", "[parser]") {
  CHECK(ast::repr_str("it's") == "\"it's\"");
  CHECK(ast::repr_str("a'b\"c") == "'a\\'b\"c'");
  CHECK(ast::repr_str("\n\t\x01\x7f\xc2\xa0\xe2\x80\xa8") == "'\\n\\t\\x01\\x7f\\xa0\\u2028'");
  CHECK(ast::repr_str("\xc3\xa9\xf0\x9f\x98\x80") == "'\xc3\xa9\xf0\x9f\x98\x80'");
  CHECK(ast::repr_bytes(std::string("\x00'\x80", 3)) == "b\"\\x00'\\x80\"");
  CHECK(ast::repr_float(1e16) == "1e+16");
  CHECK(ast::repr_float(1e15) == "1000000000000000.0");
  CHECK(ast::repr_float(0.0001) == "0.0001");
  CHECK(ast::repr_float(0.00001) == "1e-05");
  CHECK(ast::repr_float(0.1) == "0.1");
  CHECK(ast::repr_float(2.5) == "2.5");
}
