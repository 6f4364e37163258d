pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (NameError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (PermissionError, OSError), (IsADirectoryError, OSError),
    (IOError, OSError), (EnvironmentError, OSError), (UnicodeDecodeError, UnicodeError),
    (UnicodeError, ValueError), (IndentationError, SyntaxError), (TabError, IndentationError),
    (ModuleNotFoundError, ImportError), (StopIteration, Exception), (StopAsyncIteration, Exception),
    (GeneratorExit, Exception), (GeneratorExit, BaseException), (KeyboardInterrupt, Exception),
    (SystemExit, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (AssertionError, Exception), (AttributeError, Exception), (TypeError, Exception),
    (MemoryError, Exception), (BufferError, Exception), (EOFError, Exception),
    (DeprecationWarning, Warning), (Warning, Exception), (UserWarning, Warning),
    (KeyError, IndexError), (TypeError, ValueError), (BrokenPipeError, ConnectionError),
    (TimeoutError, OSError), (FloatingPointError, ArithmeticError),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
