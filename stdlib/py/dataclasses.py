"""Data classes (PEP 557): the @dataclass decorator writes __init__,
__repr__, __eq__ (and optionally ordering, hashing and immutability) from
the annotated fields of a class.

The methods are generated as Python source and compiled with exec(), so
they run as fast as hand-written ones and raise the same argument errors.
"""

import sys
import copy
import keyword
import _thread
import abc
from types import MappingProxyType as _MappingProxyType

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen dataclass instance."""


class _HasDefaultFactory:
    # The default value __init__'s signature shows for a field with a
    # default_factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()   # "no default given"


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()   # `_: KW_ONLY` makes the later fields keyword-only


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


def _recursive_repr(repr_function):
    """Make a __repr__ print '...' for an object already being printed
    higher up (in the same thread)."""
    running = set()

    def wrapper(self):
        key = id(self), _thread.get_ident()
        if key in running:
            return '...'
        running.add(key)
        try:
            return repr_function(self)
        finally:
            running.discard(key)
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        setattr(wrapper, attr, getattr(repr_function, attr))
    wrapper.__wrapped__ = repr_function
    return wrapper


class InitVar:
    """InitVar[T]: an __init__ parameter passed on to __post_init__
    rather than stored as a field."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What the dataclass knows about one field; field() makes them."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        # A descriptor given as a field's default gets its __set_name__.
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name:
            set_name(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash,
                   self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field beyond its default value: default_factory (a
    0-argument callable making each instance's default), whether it is
    an __init__ parameter, in the repr, hashed, compared, keyword-only;
    metadata is stored for the user."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


################################################################################
# Generating the methods
################################################################################

def _compile_function(name, params, body, module_globals, bound=None,
                      return_type=MISSING):
    """A function `def name(params): body` whose code sees the module's
    globals plus the names in `bound` (passed in through a closure)."""
    bound = dict(bound or {})
    annotation = ''
    if return_type is not MISSING:
        bound['__dataclass_return_type__'] = return_type
        annotation = '->__dataclass_return_type__'
    lines = ['def __make__(%s):' % ', '.join(bound),
             ' def %s(%s)%s:' % (name, ', '.join(params), annotation)]
    lines.extend('  ' + line for line in body)
    lines.append(' return ' + name)
    namespace = {}
    exec('\n'.join(lines), module_globals, namespace)
    return namespace['__make__'](**bound)


def _tuple_text(obj_name, fields):
    # "(self.x,self.y,)": the fields of obj_name as a tuple display.
    if not fields:
        return '()'
    return '(%s,)' % ','.join('%s.%s' % (obj_name, f.name) for f in fields)


def _assign_text(frozen, name, value, self_name):
    if frozen:
        # A frozen class's own __setattr__ refuses: go around it.
        return '__dataclass_object__.__setattr__(%s,%r,%s)' % (self_name, name, value)
    return '%s.%s=%s' % (self_name, name, value)


def _init_line(f, frozen, bound, self_name):
    """The __init__ statement that sets field f, or None."""
    default_name = '__dataclass_dflt_%s__' % f.name
    if f.default_factory is not MISSING:
        bound[default_name] = f.default_factory
        if f.init:
            value = '%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s' % (
                default_name, f.name, f.name)
        else:
            value = default_name + '()'
    elif f.init:
        if f.default is not MISSING:
            bound[default_name] = f.default
        value = f.name
    else:
        return None   # the class attribute holds the default
    if f._field_type is _FIELD_INITVAR:
        return None
    return _assign_text(frozen, f.name, value, self_name)


def _init_param(f):
    # 'x:__dataclass_type_x__=__dataclass_dflt_x__'
    if f.default is not MISSING:
        default = '=__dataclass_dflt_%s__' % f.name
    elif f.default_factory is not MISSING:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    else:
        default = ''
    return '%s:__dataclass_type_%s__%s' % (f.name, f.name, default)


def _init_fn(all_fields, positional, keyword_only, frozen, has_post_init,
             self_name, module_globals):
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument %r follows default argument' % f.name)
    bound = {'__dataclass_type_%s__' % f.name: f.type for f in all_fields}
    bound.update(__dataclass_HAS_DEFAULT_FACTORY__=_HAS_DEFAULT_FACTORY,
                 __dataclass_object__=object)
    body = []
    for f in all_fields:
        line = _init_line(f, frozen, bound, self_name)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, initvars))
    params = [self_name] + [_init_param(f) for f in positional]
    if keyword_only:
        params += ['*'] + [_init_param(f) for f in keyword_only]
    return _compile_function('__init__', params, body or ['pass'], module_globals,
                             bound, return_type=None)


def _repr_fn(fields, module_globals):
    parts = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in fields)
    fn = _compile_function('__repr__', ['self'],
                           ['return self.__class__.__qualname__ + f"(%s)"' % parts],
                           module_globals)
    return _recursive_repr(fn)


def _frozen_setattr_fns(cls, fields, module_globals):
    bound = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    names = '(%s)' % ''.join('%r,' % f.name for f in fields)
    setter = _compile_function(
        '__setattr__', ['self', 'name', 'value'],
        ['if type(self) is cls or name in %s:' % names,
         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
         'super(cls, self).__setattr__(name, value)'],
        module_globals, bound)
    deleter = _compile_function(
        '__delattr__', ['self', 'name'],
        ['if type(self) is cls or name in %s:' % names,
         ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
         'super(cls, self).__delattr__(name)'],
        module_globals, bound)
    return setter, deleter


def _compare_fn(name, op, fields, module_globals):
    return _compile_function(
        name, ['self', 'other'],
        ['if other.__class__ is self.__class__:',
         ' return %s%s%s' % (_tuple_text('self', fields), op, _tuple_text('other', fields)),
         'return NotImplemented'],
        module_globals)


def _hash_fn(fields, module_globals):
    return _compile_function('__hash__', ['self'],
                             ['return hash(%s)' % _tuple_text('self', fields)],
                             module_globals)


################################################################################
# Finding the fields
################################################################################

def _annotation_names(annotation, cls, module_name, names):
    """Whether a string annotation spells one of `names` (e.g. 'ClassVar',
    'typing.ClassVar[int]') of the module called module_name, as the
    class's module sees it (a cheap check without eval, as CPython's)."""
    text = annotation.strip()
    head = ''
    for ch in text:
        if not (ch.isalnum() or ch in '_. '):
            break
        head += ch
    parts = [p.strip() for p in head.split('.')]
    if not parts or not all(p.isidentifier() for p in parts) or len(parts) > 2:
        return None
    module = sys.modules.get(cls.__module__)
    namespace = getattr(module, '__dict__', {})
    if len(parts) == 2:
        target = namespace.get(parts[0])
        if getattr(target, '__name__', None) != module_name:
            return None
        return getattr(target, parts[1], None) if parts[1] in names else None
    return namespace.get(parts[0]) if parts[0] in names else None


def _is_classvar(a_type, cls):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    if isinstance(a_type, str):
        a_type = _annotation_names(a_type, cls, 'typing', ('ClassVar',))
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type, cls):
    if isinstance(a_type, str):
        a_type = _annotation_names(a_type, cls, 'dataclasses', ('InitVar',))
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type, cls):
    if isinstance(a_type, str):
        a_type = _annotation_names(a_type, cls, 'dataclasses', ('KW_ONLY',))
    return a_type is KW_ONLY


def _get_field(cls, name, a_type, default_kw_only):
    default = getattr(cls, name, MISSING)
    f = default if isinstance(default, Field) else field(default=default)
    f.name = name
    f.type = a_type
    if _is_classvar(a_type, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type, cls):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    # Unhashable defaults stand for mutable ones, which would be shared.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _collect_fields(cls, kw_only):
    """(every field by name, bases' first; whether a dataclass base exists;
    whether one is frozen), after setting the defaults as class attributes."""
    fields = {}
    has_dataclass_bases = any_frozen_base = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    for name, a_type in annotations.items():
        if _is_kw_only(a_type, cls):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % name)
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)
    return fields, has_dataclass_bases, any_frozen_base


################################################################################
# The decorator
################################################################################

def _set_new_attribute(cls, name, value):
    """Add a generated method unless the class defines `name` itself;
    True if it does."""
    if name in cls.__dict__:
        return True
    if type(value) is type(_set_new_attribute):
        value.__qualname__ = '%s.%s' % (cls.__qualname__, value.__name__)
    setattr(cls, name, value)
    return False


def _hash_action(cls, field_list, module_globals, unsafe_hash, eq, frozen):
    """Set __hash__ as the (unsafe_hash, eq, frozen, explicit __hash__)
    rules say: generated from the fields, None (unhashable), or left."""
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
    elif has_explicit_hash or not eq:
        return
    elif not frozen:
        cls.__hash__ = None
        return
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    fn = _hash_fn(hashed, module_globals)
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, fn.__name__)
    cls.__hash__ = fn


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    if slots or weakref_slot:
        raise NotImplementedError('dataclasses: slots=True and weakref_slot=True '
                                  'are not supported by gilpy (no __slots__)')
    module = sys.modules.get(cls.__module__)
    module_globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    fields, has_dataclass_bases, any_frozen_base = _collect_fields(cls, kw_only)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    if init:
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__', _init_fn(
            init_fields, positional, keyword_only, frozen,
            hasattr(cls, _POST_INIT_NAME), self_name, module_globals))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__',
                           _repr_fn([f for f in field_list if f.repr], module_globals))
    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _compare_fn('__eq__', '==', compared, module_globals))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _compare_fn(name, op, compared, module_globals)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider '
                                'using functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for fn in _frozen_setattr_fns(cls, field_list, module_globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))
    _hash_action(cls, field_list, module_globals, unsafe_hash, eq, frozen)
    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(positional, keyword_only)
        except AttributeError:
            pass   # gilpy: a class's __doc__ is read-only (CPython's is not)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in positional))
    abc.update_abstractmethods(cls)
    return cls


def _format_annotation(annotation):
    # As inspect.signature shows annotations.
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _signature_text(positional, keyword_only):
    """'(x: int, y: int = 0, *, z: str = <factory>)' for the class doc."""
    def param(f):
        text = '%s: %s' % (f.name, _format_annotation(f.type))
        if f.default is not MISSING:
            text += ' = %r' % (f.default,)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in positional]
    if keyword_only:
        params += ['*'] + [param(f) for f in keyword_only]
    return '(%s)' % ', '.join(params)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator: add __init__, __repr__, __eq__ (and, when asked,
    ordering methods, __hash__, and a __setattr__ refusing changes when
    frozen) computed from the class's annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


################################################################################
# Working with dataclass instances
################################################################################

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (no ClassVars or
    InitVars), in definition order."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into
    dataclasses, lists, tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, lambda o, conv: dict_factory(
        [(f.name, conv(getattr(o, f.name))) for f in fields(o)]))


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing as
    asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda o, conv: tuple_factory(
        [conv(getattr(o, f.name)) for f in fields(o)]))


def _convert(obj, convert_dataclass):
    def conv(value):
        if _is_dataclass_instance(value):
            return convert_dataclass(value, conv)
        if isinstance(value, tuple) and hasattr(value, '_fields'):
            return type(value)(*[conv(v) for v in value])   # a namedtuple
        if isinstance(value, (list, tuple)):
            return type(value)(conv(v) for v in value)
        if isinstance(value, dict):
            return type(value)((conv(k), conv(v)) for k, v in value.items())
        return copy.deepcopy(value)
    return conv(obj)


def _most_derived_metaclass(bases):
    winner = type
    for base in bases:
        meta = type(base)
        if issubclass(meta, winner):
            winner = meta
        elif not issubclass(winner, meta):
            raise TypeError('metaclass conflict: the metaclass of a derived class must '
                            'be a (non-strict) subclass of the metaclasses of all its bases')
    return winner


def replace(obj, /, **changes):
    """A new instance like `obj` with the given fields changed (through
    __init__, so __post_init__ runs again)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot '
                                 'be specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass from a list of field names, (name, type) or
    (name, type, Field) items."""
    body = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, a_type = item, 'typing.Any'
        elif len(item) == 2:
            name, a_type = item
        elif len(item) == 3:
            name, a_type, spec = item
            body[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = a_type
    body['__annotations__'] = annotations
    cls = _most_derived_metaclass(bases)(cls_name, tuple(bases), body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
