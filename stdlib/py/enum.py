"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

An enumeration is a class whose members are its only instances, created
once when the class statement runs: `class Color(Enum): RED = 1` makes
Color.RED, also reachable as Color(1) and Color['RED'].

Written for gilpy, whose class statement does not call a metaclass's
__prepare__ and takes no class keywords but `metaclass`; EnumType replays
the finished class body through the same checks instead (see
_EnumNamespace), so only a name bound twice in one body goes unnoticed
(and auto() values are not yet numbers while the body runs). Where gilpy's
classes lack a CPython behaviour (probed at import: a metaclass's
__setattr__/__getattr__, attributes on int/str subclass instances), the
module works around it or leaves the nicety out; see the probes below.
"""

import sys
import builtins as _builtins
from types import MappingProxyType as _MappingProxyType

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'pickle_by_global_name', 'pickle_by_enum_name', 'show_flag_values',
]

# The classes below refer to each other while they are being defined:
# these stay None until the real ones exist.
Enum = Flag = ReprEnum = None


################################################################################
# Names and bits
################################################################################

def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    # A name mangled by the class body (`__x` in class C is `_C__x`).
    prefix = '_%s__' % cls_name
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _high_bit(value):
    """Index of the highest set bit; -1 for zero or negative values."""
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % (original,))
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    """The single-bit values that make up `value`, lowest first."""
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """bin() with a separate sign digit and two's complement for negative
    numbers: bin(10) is '0b0 1010', bin(~10) is '0b1 0101'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtins.bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


################################################################################
# Markers used in class bodies
################################################################################

class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """A member value to be filled in by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class nonmember:
    """Keeps a class-body value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Makes a class-body value a member even if it is a descriptor."""

    def __init__(self, value):
        self.value = value


################################################################################
# Descriptors
################################################################################

class property:
    """A property for enum members that, read through the class, gives the
    member of the same name: members may be called `name` or `value`."""

    member = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            return self._member_of(ownerclass)
        if self.fget is None:
            return self._member_of(ownerclass)
        return self.fget(instance)

    def _member_of(self, ownerclass):
        try:
            return ownerclass._member_map_[self.name]
        except (KeyError, AttributeError):
            raise AttributeError('%r has no attribute %r'
                                 % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        self.fdel(instance)


_builtin_property = _builtins.property
_MISSING = object()


def _type_setattr_works():
    """Whether type.__setattr__ sets a class attribute, as a metaclass's
    own __setattr__ must call it to; gilpy's type has no __setattr__ of its
    own (object's is found, which does not reach the class namespace)."""
    class Meta(type):
        pass
    probe = Meta('probe', (), {})
    try:
        type.__setattr__(probe, 'attribute', True)
        return getattr(probe, 'attribute', False)
    except AttributeError:
        return False


def _metaclass_getattr_works():
    """Whether a metaclass's __getattr__ is a fallback only (gilpy: it hid
    the class's own attributes)."""
    class Meta(type):
        def __getattr__(cls, name):
            raise AttributeError(name)
    return hasattr(Meta('probe', (), {'attribute': True}), 'attribute')


_GUARD_CLASS_ATTRIBUTES = _type_setattr_works()
_METACLASS_GETATTR_WORKS = _metaclass_getattr_works()
# Sets a class attribute past EnumType's guard against reassigning members
# (the guard exists only where it can hand over to type.__setattr__).
_set_class_attribute = type.__setattr__ if _GUARD_CLASS_ATTRIBUTES else setattr


class _DetachedAttribute:
    """An attribute of members stored beside them, keyed by id().

    gilpy gives instances of subclasses of int, str, float, tuple and bytes
    no __dict__, so members of IntEnum, StrEnum, IntFlag, ... could not hold
    _name_ and _value_; EnumType installs these instead for such data
    types. Members live as long as their class, so their ids stay valid;
    a Flag pseudo-member that is thrown away is forgotten first.
    """

    def __init__(self, name, default=_MISSING):
        self.name = name
        self.default = default
        self.values = {}

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return self.values[id(instance)]
        except KeyError:
            if self.default is not _MISSING:
                return self.default
            raise AttributeError('%r object has no attribute %r'
                                 % (type(instance).__name__, self.name)) from None

    def __set__(self, instance, value):
        self.values[id(instance)] = value

    def __delete__(self, instance):
        self.values.pop(id(instance), None)


# Attributes every member carries (and _inverted_, a Flag member's cache).
_MEMBER_ATTRIBUTES = ('_value_', '_name_', '_sort_order_', '__objclass__')

# Builtin data type -> whether its subclasses' instances take attributes.
_holds_attributes = {}


def _members_hold_attributes(member_type):
    for base in member_type.__mro__:
        if base is not object and base.__module__ == 'builtins':
            break
    else:
        return True
    known = _holds_attributes.get(base)
    if known is None:
        probe_class = type('_Probe', (base,), {})
        try:
            probe = base.__new__(probe_class)
            probe.probe = None
            known = True
        except AttributeError:
            known = False
        except TypeError:   # no argument-less constructor: assume a dict
            known = True
        _holds_attributes[base] = known
    return known


def _forget_detached(obj):
    """Drop obj's detached attributes (before obj is discarded, so that a
    later object with the same id does not inherit them)."""
    for klass in type(obj).__mro__:
        for value in list(vars(klass).values()):
            if isinstance(value, _DetachedAttribute):
                value.values.pop(id(obj), None)


def _detach_member_attributes(enum_class, is_flag):
    if isinstance(enum_class.__dict__.get('_value_'), _DetachedAttribute):
        return
    for name in _MEMBER_ATTRIBUTES:
        _set_class_attribute(enum_class, name, _DetachedAttribute(name))
    if is_flag:
        _set_class_attribute(enum_class, '_inverted_', _DetachedAttribute('_inverted_', None))


################################################################################
# The class namespace
################################################################################

_ALLOWED_SUNDERS = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
])


class _EnumNamespace(dict):
    """The namespace of an enum class body: decides which names are members,
    fills in auto() values and refuses reused or reserved names."""

    def __init__(self, cls_name, generate_next_value):
        super().__init__()
        self._cls_name = cls_name
        self._generate_next_value = generate_next_value
        self._member_names = {}   # an ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            self._set_sunder(key, value)
            if key == '_ignore_':
                value = self._ignore
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            value = self._add_member_name(key, value)
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        if key not in _ALLOWED_SUNDERS:
            raise ValueError('_sunder_ names, such as %r, are reserved for '
                             'future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            if isinstance(value, staticmethod):
                value = value.__func__
            self._generate_next_value = value
        elif key == '_ignore_':
            if isinstance(value, str):
                value = value.replace(',', ' ').split()
            else:
                value = list(value)
            self._ignore = value
            already = set(value) & set(self._member_names)
            if already:
                raise ValueError('_ignore_ cannot specify already set names: %r'
                                 % (already,))

    def _add_member_name(self, key, value):
        if key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, member):
            value = value.value
        if isinstance(value, auto):
            value = self._resolve_autos(key, (value,))[0]
        elif type(value) is tuple and any(isinstance(v, auto) for v in value):
            value = self._resolve_autos(key, value)
        else:
            self._last_values.append(value)
        self._member_names[key] = None
        return value

    def _resolve_autos(self, key, values):
        resolved = []
        for v in values:
            if isinstance(v, auto):
                if v.value is _auto_null:
                    v.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                v = v.value
                self._last_values.append(v)
            resolved.append(v)
        return tuple(resolved)

    def update(self, members=(), **more_members):
        if hasattr(members, 'keys'):
            for name in members.keys():
                self[name] = members[name]
        else:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


################################################################################
# The metaclass
################################################################################

class EnumType(type):
    """Metaclass of Enum: makes the members and gives the class its
    container behaviour (iteration, len, `in`, lookup by name)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumNamespace(cls, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace._generate_next_value = getattr(first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        if not isinstance(classdict, _EnumNamespace):
            classdict = metacls._replay_namespace(cls, bases, classdict)
        ignore = classdict.setdefault('_ignore_', [])
        ignore.append('_ignore_')
        for key in ignore:
            classdict.pop(key, None)
        member_names = list(classdict._member_names)
        invalid = [n for n in member_names if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(n) for n in invalid))
        order = classdict.pop('_order_', None)
        body = dict(classdict.items())
        members = [(name, body.pop(name)) for name in member_names]

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(body, member_type, first_enum)
        is_flag = (Flag is None and cls == 'Flag') or \
            (Flag is not None and any(issubclass(b, Flag) for b in bases))
        body.update(_new_member_=new, _use_args_=use_args, _member_names_=[],
                    _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
                    _member_type_=member_type,
                    _value_repr_=metacls._find_data_repr_(cls, bases))
        if is_flag:
            body.update(_boundary_=boundary or getattr(first_enum, '_boundary_', None),
                        _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if not _members_hold_attributes(member_type):
            _detach_member_attributes(enum_class, is_flag)
        for name, value in members:
            _add_member(enum_class, name, value)
        metacls._install_methods(enum_class, body, bases, member_type, first_enum, is_flag)
        if Enum is not None:
            if save_new:
                _set_class_attribute(enum_class, '__new_member__', new)
            _set_class_attribute(enum_class, '__new__', Enum.__new__)
        if is_flag and Flag is not None:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                _set_class_attribute(enum_class, '_iter_member_',
                                 Flag.__dict__['_iter_member_by_def_'])
        if order is not None:
            _check_order(enum_class, order, is_flag)
        return enum_class

    @classmethod
    def _replay_namespace(metacls, cls, bases, body):
        # gilpy ran the class body into a plain dict: feed it, in
        # definition order, through the namespace __prepare__ would give.
        namespace = metacls.__prepare__(cls, bases)
        for key, value in body.items():
            namespace[key] = value
        return namespace

    @staticmethod
    def _install_methods(enum_class, body, bases, member_type, first_enum, is_flag):
        """Puts Enum's repr/str/format/pickling (and Flag's operators) ahead
        of the data type's, which come first in the MRO of e.g. IntEnum."""
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data '
                                'type (i.e. int, str, float, etc.)')
            if '__format__' not in body:
                _set_class_attribute(enum_class, '__format__', member_type.__format__)
                body['__format__'] = member_type.__format__
            if '__str__' not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = _repr_as_str(member_type.__repr__)
                _set_class_attribute(enum_class, '__str__', method)
                body['__str__'] = method
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in body:
                provider = _provider(enum_class, name)
                if provider is object or provider in member_type.__mro__:
                    _set_class_attribute(enum_class, name, getattr(first_enum, name))
        if is_flag and Flag is not None:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in body:
                    _set_class_attribute(enum_class, name, Flag.__dict__[name])

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Color(3) is the member whose value is 3; Enum('Name', names)
        creates a new enumeration (the functional API)."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        # CPython 3.11 also warns (DeprecationWarning) before raising;
        # gilpy has no warnings module.
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    if _GUARD_CLASS_ATTRIBUTES:
        def __delattr__(cls, attr):
            if attr in cls._member_map_:
                raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
            super().__delattr__(attr)

        def __setattr__(cls, name, value):
            if name in cls.__dict__.get('_member_map_', ()):
                raise AttributeError('cannot reassign member %r' % (name,))
            super().__setattr__(name, value)

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__',
                       '__iter__', '__len__', '__members__', '__module__',
                       '__name__', '__qualname__'}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is not object:
            interesting.update(dir(cls._member_type_))
        return sorted(interesting)

    if _METACLASS_GETATTR_WORKS:
        def __getattr__(cls, name):
            # Only reached for names the class does not have: the message
            # is the bare name, as CPython's.
            if _is_dunder(name):
                raise AttributeError(name)
            try:
                return cls._member_map_[name]
            except KeyError:
                raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        """Every member by name, aliases included (a read-only view)."""
        return _MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: `names` is a string of names separated by
        spaces or commas, a sequence of names (values counting from
        `start`), a sequence of (name, value) pairs or a mapping."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last_values = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names or ():
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = _caller_module()
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(data type of the members, the enum class to inherit from)."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return mcls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        # The data type is the first class along each base's MRO that has
        # its own __new__ (or the plain mixin class just below it).
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the __new__ that makes members, whether it is the class's own
        and must be kept as __new_member__, whether it takes the value)."""
        new = classdict.get('__new__')
        if isinstance(new, staticmethod):
            new = new.__func__
        save_new = first_enum is not None and new is not None
        if new is None:
            new = object.__new__
            ignored = (None, None.__new__, object.__new__,
                       Enum.__new__ if Enum is not None else None)
            for method in ('__new_member__', '__new__'):
                found = None
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is x for x in ignored):
                        found = target
                        break
                if found is not None:
                    new = found
                    break
        use_args = not (first_enum is None or new is object.__new__
                        or (Enum is not None and new is Enum.__new__))
        return new, save_new, use_args


EnumMeta = EnumType


def _foreign_slot_wrapper_works():
    """Whether int.__repr__ assigned as a class's __str__ runs int's repr
    (gilpy: the class's own __repr__ ran instead)."""
    class Probe(int):
        def __repr__(self):
            return 'own'
    Probe.__str__ = int.__repr__
    return str(Probe(0)) == '0'


def _repr_as_str(repr_method):
    """The data type's repr to serve as str() of members."""
    if _foreign_slot_wrapper_works():
        return repr_method

    def __str__(self):
        return repr_method(self)
    return __str__


def _provider(cls, name):
    """The class along cls's MRO whose namespace defines `name`."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _caller_module():
    # The module of the code that called the functional API, from two
    # frames up; gilpy has no sys._getframe, so None there.
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    try:
        return getframe(3).f_globals['__name__']
    except (AttributeError, ValueError, KeyError):
        return None


def _make_class_unpicklable(classdict):
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % (self,))
    classdict['__reduce_ex__'] = _break_on_call_reduce
    classdict['__module__'] = '<unknown>'


def _check_order(enum_class, order, is_flag):
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    members = enum_class._member_map_
    if is_flag:
        order = [o for o in order
                 if o not in members or _is_single_bit(members[o]._value_)]
    order = [o for o in order if o not in members or o in enum_class._member_names_]
    if order != enum_class._member_names_:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (enum_class._member_names_, order))


def _add_member(enum_class, member_name, value):
    """Creates the member `member_name` (or an alias of an earlier member
    with an equal value) and enters it in the class's maps."""
    args = value if isinstance(value, tuple) else (value,)
    member_type = enum_class._member_type_
    if member_type is tuple:
        args = (args,)
    if enum_class._use_args_:
        enum_member = enum_class._new_member_(enum_class, *args)
    else:
        enum_member = enum_class._new_member_(enum_class)
    if not hasattr(enum_member, '_value_'):
        if member_type is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = member_type(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to create it') from exc
    value = enum_member._value_
    enum_member._name_ = member_name
    enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(enum_class._member_names_)
    is_flag = Flag is not None and issubclass(enum_class, Flag)
    if is_flag:
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
    canonical = _find_by_value(enum_class, value)
    if canonical is not None:
        enum_member = canonical
    elif not is_flag or _is_single_bit(value):
        enum_class._member_names_.append(member_name)
    _bind_member_name(enum_class, member_name, enum_member)
    enum_class._member_map_[member_name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _find_by_value(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:   # unhashable: compare with every member
        for canonical in enum_class._member_map_.values():
            if canonical._value_ == value:
                return canonical
        return None


def _bind_member_name(enum_class, member_name, enum_member):
    # A member named like a property of a base (`name`, `value`, ...)
    # keeps the property working for members through a redirect.
    found = None
    for base in enum_class.__mro__[1:]:
        descriptor = base.__dict__.get(member_name)
        if descriptor is None:
            continue
        if isinstance(descriptor, (property, _builtin_property)):
            found = descriptor
            break
        if all(hasattr(descriptor, a) for a in ('fget', 'fset', 'fdel')):
            found = descriptor
    if found is None:
        _set_class_attribute(enum_class, member_name, enum_member)
        return
    redirect = property(found.fget, found.fset, found.fdel)
    redirect.member = enum_member
    redirect.__set_name__(enum_class, member_name)
    _set_class_attribute(enum_class, member_name, redirect)


################################################################################
# Enum
################################################################################

class Enum(metaclass=EnumType):
    """Base class of enumerations: a set of names bound to unique,
    constant values, defined as class attributes of a subclass."""

    def __new__(cls, value):
        # Members are made when the class is; this finds one by value
        # (Color(3), and unpickling).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % (cls,))
        return _missing_member(cls, value)

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the largest so far."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            if last == max(last_values):
                return last + 1
        except TypeError:
            pass
        # Values that do not sort: one more than the latest that adds.
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        cls = self.__class__
        interesting = set()
        if cls._member_type_ is not object:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for klass in cls.__mro__:
            for name, obj in klass.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        interesting.update(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
        return sorted(interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


def _missing_member(cls, value):
    """Color(value) for a value no member has: ask _missing_, else
    ValueError."""
    try:
        result = cls._missing_(value)
    except Exception as exc:
        if not isinstance(exc, ValueError):
            exc.__context__ = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise
    if isinstance(result, cls):
        return result
    if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
            and isinstance(result, int)):
        return result
    not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if result is None:
        raise not_valid
    error = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                      % (cls.__name__, result))
    error.__context__ = not_valid
    raise error


class ReprEnum(Enum):
    """An enum whose str() and format() are its data type's (only repr()
    shows the member)."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """auto() in a StrEnum is the member's name in lower case."""
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


def unique(enumeration):
    """Class decorator: ValueError if any member is an alias."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ', '.join('%s -> %s' % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


################################################################################
# Flags
################################################################################

class FlagBoundary(StrEnum):
    """What a Flag does with bits no member has: 'strict' raises
    ValueError (Flag's default), 'conform' drops them, 'eject' returns a
    plain int, 'keep' keeps them (IntFlag's default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum):
    """An enum whose members combine with |, & and ^ into new flags."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() in a Flag is the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members in `value`, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members in `value`, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Makes (and keeps) the pseudo-member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        value, neg_value = _conform_to_boundary(cls, value)
        if isinstance(value, int) and neg_value is _EJECTED:
            return value
        made = _make_pseudo_member(cls, value)
        pseudo_member = cls._value2member_map_.setdefault(value, made)
        if pseudo_member is not made:   # another thread made it first
            _forget_detached(made)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """True if every flag of `other` is set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, value_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        other_value = self._other_value(other)
        if other_value is None:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._other_value(other)
        if other_value is None:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._other_value(other)
        if other_value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


# gilpy's class statement takes no keywords (`class Flag(Enum,
# boundary=STRICT)`): the default boundary is set afterwards.
Flag._boundary_ = STRICT

_EJECTED = object()


def _conform_to_boundary(cls, value):
    """(value brought into range, the original negative value or None);
    the second is _EJECTED when the boundary turns value into a plain int."""
    flag_mask = cls._flag_mask_
    all_bits = cls._all_bits_
    if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
        boundary = cls._boundary_
        if boundary is STRICT:
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
        if boundary is CONFORM:
            value = value & flag_mask
        elif boundary is EJECT:
            return value, _EJECTED
        elif boundary is KEEP:
            if value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        else:
            raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
    neg_value = None
    if value < 0:
        neg_value = value
        value = all_bits + 1 + value
    return value, neg_value


def _pseudo_member_name(cls, value):
    """'A|B' for the members making up `value` (plus '|n' for bits no
    member has, where the boundary keeps them); None if no member fits."""
    singles_mask = cls._singles_mask_
    unknown = value & ~cls._flag_mask_
    aliases = value & ~singles_mask
    member_value = value & singles_mask
    if unknown and cls._boundary_ is not KEEP:
        raise ValueError('%s(%r) -->  unknown values %r [%s]'
                         % (cls.__name__, value, unknown, bin(unknown)))
    if not (member_value or aliases):
        return None
    members = list(cls._iter_member_(member_value))
    combined = 0
    for m in members:
        combined |= m._value_
    if aliases:
        value = member_value | aliases
        for candidate in cls._member_map_.values():
            v = candidate._value_
            if candidate not in members and v and v & value == v:
                members.append(candidate)
                combined |= v
    unknown = value ^ combined
    if not combined:
        return None
    if unknown and cls._boundary_ is STRICT:
        raise ValueError('%r: no members with value %r' % (cls, unknown))
    name = '|'.join(m._name_ for m in members)
    if unknown:
        name += '|%s' % cls._numeric_repr_(unknown)
    return name


def _make_pseudo_member(cls, value):
    # The name first: nothing may fail once the object exists, or its
    # detached attributes (see _DetachedAttribute) would outlive it.
    name = _pseudo_member_name(cls, value)
    if cls._member_type_ is object:
        pseudo_member = object.__new__(cls)
    else:
        pseudo_member = cls._member_type_.__new__(cls, value)
    if not hasattr(pseudo_member, '_value_'):
        pseudo_member._value_ = value
    pseudo_member._name_ = name
    return pseudo_member


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are also ints (and combine with ints)."""


IntFlag._boundary_ = KEEP
