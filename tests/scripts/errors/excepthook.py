import sys
print(sys.excepthook is sys.__excepthook__)
def hook(t, v, tb):
    print("hook:", t.__name__, v, file=sys.stderr)
sys.excepthook = hook
raise ValueError("custom hook")
