# Helper for main_check.py (not a test).
def run_if_main():
    return 'helper sees __name__ = ' + __name__


if __name__ == '__main__':
    print('helper run as main (should not happen)')
