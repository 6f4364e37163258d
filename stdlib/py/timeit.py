"""Measure how long small pieces of Python code take to run.

Command line usage:
    python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement ...]

Options:
  -n/--number N: run each measurement N times (by default N is picked
                 automatically so that one measurement takes at least 0.2 s)
  -r/--repeat N: how many measurements to take (default 5)
  -s/--setup S: code run once before the measurements (default 'pass');
                may be given several times, one line each
  -p/--process: measure CPU time of the process (time.process_time())
                instead of wall clock time (time.perf_counter())
  -u/--unit U: print times in this unit: nsec, usec, msec, or sec
  -v/--verbose: print the raw measurements; repeat for more digits
  -h/--help: print this message and exit
  --: the remaining arguments are statements, even if they start with '-'
  statement: the code to time (default 'pass'); several arguments are
             joined as separate lines

Statements and setup may span several lines, written as several arguments
or with embedded newlines; indentation must be consistent.  The best of the
measurements is reported: the others are usually slowed down by other
activity on the machine rather than by the code being timed.

Library usage: Timer(stmt, setup, timer, globals) and its timeit(),
repeat() and autorange() methods, or the module-level timeit() and repeat()
shortcuts.  stmt and setup may be strings or callables without arguments.
"""

import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals      # the default namespace for timed code is this module's


def reindent(src, indent):
    """Indent every line after the first of a multi-line string."""
    return src.replace('\n', '\n' + ' ' * indent)


def _timing_source(stmt, setup, init):
    # The timed function.  The first line is empty so that the line numbers
    # in tracebacks match CPython's: setup is on line 3, stmt on line 6.
    return ('\n'
            'def inner(_it, _timer%s):\n'
            '    %s\n'
            '    _t0 = _timer()\n'
            '    for _i in _it:\n'
            '        %s\n'
            '        pass\n'
            '    _t1 = _timer()\n'
            '    return _t1 - _t0\n') % (init, setup, stmt)


class Timer:
    """Times a statement by running it many times in a compiled loop.

    stmt is timed, setup runs once before each measurement; both may be
    strings (compiled into a function together) or callables.  timer is a
    function returning seconds; globals is the namespace the code runs in
    (this module's namespace by default).
    """

    def __init__(self, stmt='pass', setup='pass', timer=default_timer,
                 globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Fail early, with the user's own line numbers, if the code
            # does not compile on its own.
            compile(setup, dummy_src_name, 'exec')
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, 'exec')
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = _timing_source(stmt, setup, init)
        self.src = src          # kept for print_exc()
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, showing
        lines of the timed source where it is involved."""
        exc_type, exc, tb = sys.exc_info()
        if exc_type is None:
            return
        out = file if file is not None else sys.stderr
        out.write(''.join(_format_exception(exc_type, exc, tb, self.src)))

    def timeit(self, number=default_number):
        """Time number executions of the main statement, after running the
        setup once; return the total time in seconds as a float."""
        # range() is gilpy's cheapest loop source (CPython's timeit uses
        # itertools.repeat(None, number), which is C code there).
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() repeat times; return the list of results.

        The minimum is the figure to look at: higher values come from
        other processes interfering, not from the code being timed.
        """
        results = []
        for _ in range(repeat):
            results.append(self.timeit(number))
        return results

    def autorange(self, callback=None):
        """Find a loop count whose run takes at least 0.2 seconds; return
        (number, time taken).

        Tries 1, 2, 5, 10, 20, 50, ... loops; callback(number, time_taken)
        is called after each attempt if given.
        """
        magnitude = 1
        while True:
            for factor in (1, 2, 5):
                number = magnitude * factor
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return number, time_taken
            magnitude *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


################################################################################
# Traceback printing without the traceback module
################################################################################

def _format_exception(exc_type, exc, tb, src):
    lines = ['Traceback (most recent call last):\n']
    src_lines = src.split('\n')
    while tb is not None:
        try:
            code = tb.tb_frame.f_code
            filename, name, lineno = code.co_filename, code.co_name, tb.tb_lineno
            tb = tb.tb_next
        except AttributeError:
            break               # no frame introspection: summary only
        lines.append('  File "%s", line %d, in %s\n' % (filename, lineno, name))
        if filename == dummy_src_name and 0 < lineno <= len(src_lines):
            lines.append('    %s\n' % src_lines[lineno - 1].strip())
    name = getattr(exc_type, '__qualname__', exc_type.__name__)
    module = getattr(exc_type, '__module__', 'builtins')
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    message = str(exc)
    lines.append('%s: %s\n' % (name, message) if message else name + '\n')
    return lines


################################################################################
# Command line
################################################################################

class _OptionError(Exception):
    pass


_SHORT_OPTIONS = 'n:u:s:r:tcpvh'
_LONG_OPTIONS = ['number=', 'setup=', 'repeat=', 'time', 'clock', 'process',
                 'verbose', 'unit=', 'help']


def _parse_options(args, shortopts, longopts):
    """getopt.getopt(): options up to the first non-option argument or
    '--'; returns ([(option, value)], remaining arguments)."""
    opts = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        arg = args.pop(0)
        if arg == '--':
            break
        if arg.startswith('--'):
            args = _parse_long(arg[2:], opts, args, longopts)
        else:
            args = _parse_short(arg[1:], opts, args, shortopts)
    return opts, args


def _parse_long(text, opts, args, longopts):
    name, eq, value = text.partition('=')
    matches = [o for o in longopts if o.startswith(name)]
    exact = [o for o in matches if o == name or o == name + '=']
    if exact:
        matches = exact
    if not matches:
        raise _OptionError('option --%s not recognized' % name)
    if len(matches) > 1:
        raise _OptionError('option --%s not a unique prefix' % name)
    option = matches[0]
    if option.endswith('='):
        option = option[:-1]
        if not eq:
            if not args:
                raise _OptionError('option --%s requires argument' % option)
            value = args.pop(0)
    elif eq:
        raise _OptionError('option --%s must not have an argument' % option)
    opts.append(('--' + option, value))
    return args


def _parse_short(text, opts, args, shortopts):
    while text:
        letter, text = text[0], text[1:]
        i = shortopts.find(letter)
        if letter == ':' or i < 0:
            raise _OptionError('option -%s not recognized' % letter)
        if shortopts.startswith(':', i + 1):
            if not text:
                if not args:
                    raise _OptionError('option -%s requires argument' % letter)
                text = args.pop(0)
            opts.append(('-' + letter, text))
            text = ''
        else:
            opts.append(('-' + letter, ''))
    return args


_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}


def _format_time(dt, unit, precision):
    if unit is None:
        # The largest unit that keeps the number >= 1 (nsec at worst).
        for unit in ('sec', 'msec', 'usec', 'nsec'):
            if dt >= _UNITS[unit]:
                break
    return '%s %s' % (format(dt / _UNITS[unit], '.%dg' % precision), unit)


def main(args=None, *, _wrap_timer=None):
    """The `python -m timeit` command.

    args is the list of command line arguments (default sys.argv[1:]);
    returns an exit status, or None on success.  _wrap_timer, if given,
    wraps the timer function (used by tests).
    """
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(args, _SHORT_OPTIONS, _LONG_OPTIONS)
    except _OptionError as err:
        print(err)
        print('use -h/--help for command line help')
        return 2

    timer = default_timer
    stmt = '\n'.join(args) or 'pass'
    number = 0              # 0: choose with autorange()
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    precision = 3
    for option, value in opts:
        if option in ('-n', '--number'):
            number = int(value)
        if option in ('-s', '--setup'):
            setup.append(value)
        if option in ('-u', '--unit'):
            if value not in _UNITS:
                print('Unrecognized unit. Please select nsec, usec, msec, '
                      'or sec.', file=sys.stderr)
                return 2
            time_unit = value
        if option in ('-r', '--repeat'):
            repeat = max(int(value), 1)
        if option in ('-p', '--process'):
            timer = time.process_time
        if option in ('-v', '--verbose'):
            if verbose:
                precision += 1
            verbose += 1
        if option in ('-h', '--help'):
            print(__doc__, end=' ')
            return 0
    setup = '\n'.join(setup) or 'pass'

    # Let the timed code import modules from the current directory.
    path = getattr(sys, 'path', None)
    if path is not None:
        path.insert(0, '.')
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                print('%d loop%s -> %s secs'
                      % (number, 's' if number != 1 else '',
                         format(time_taken, '.%dg' % precision)))
        try:
            number, _ = t.autorange(callback)
        except BaseException:       # anything, as CPython's bare except
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat, number)
    except BaseException:       # anything, as CPython's bare except
        t.print_exc()
        return 1

    if verbose:
        print('raw times: %s' % ', '.join(
            [_format_time(dt, time_unit, precision) for dt in raw_timings]))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    worst = max(timings)
    print('%d loop%s, best of %d: %s per loop'
          % (number, 's' if number != 1 else '', repeat,
             _format_time(best, time_unit, precision)))
    if worst >= best * 4:
        # What warnings.warn_explicit(..., UserWarning, '', 0) would print.
        sys.stderr.write(
            ':0: UserWarning: The test results are likely unreliable. The '
            'worst time (%s) was more than four times slower than the best '
            'time (%s).\n' % (_format_time(worst, time_unit, precision),
                              _format_time(best, time_unit, precision)))
    return None


if __name__ == '__main__':
    sys.exit(main())
