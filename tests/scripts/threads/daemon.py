# Daemon flags: default, inheritance, the daemon= argument, setDaemon.
# A daemon thread still blocked at exit does not keep the program alive.
import threading

t = threading.Thread(target=lambda: None)
print('default:', t.daemon)
t = threading.Thread(target=lambda: None, daemon=True)
print('daemon=True:', t.daemon)
t.daemon = False
print('changed:', t.daemon)
print(threading.main_thread().daemon)

# a thread created by a daemon thread is a daemon too, unless told
# otherwise
inherited = []


def creator():
    inherited.append(threading.Thread(target=lambda: None).daemon)
    inherited.append(threading.Thread(target=lambda: None, daemon=False).daemon)


d = threading.Thread(target=creator, daemon=True)
d.start()
d.join()
print('inherited:', inherited)
print(repr(threading.Thread(daemon=True, name='d')))

# a daemon thread that never finishes
forever = threading.Event()
started = threading.Event()


def stuck():
    started.set()
    forever.wait()
    print('never printed')


s = threading.Thread(target=stuck, daemon=True)
s.start()
started.wait()
print('daemon alive:', s.is_alive(), s.daemon)
print('main exits now')
