# The deprecated camelCase aliases.  They are called from a helper module:
# CPython prints its DeprecationWarnings only for calls made from __main__.
import threading
import helper_deprecated

t = threading.Thread(target=lambda: None, name='old')
print(helper_deprecated.call(t))
e = threading.Event()
print(helper_deprecated.is_set(e))
e.set()
print(helper_deprecated.is_set(e))
print(helper_deprecated.counts())
print(helper_deprecated.notify_all())
