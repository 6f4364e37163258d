import helper_main
print('script __name__:', __name__)
print('helper __name__:', helper_main.__name__)
print(helper_main.run_if_main())
if __name__ == '__main__':
    print('running as main')
import sys
print(sys.modules['__main__'].__name__, '__main__' in sys.modules)
print(type(sys.modules[__name__]).__name__)
