# gilpy sends functions (also lambdas and closures) to pool workers by
# reference: those that existed when the workers were forked work, later
# ones get a clear error in the caller. Unpicklable arguments raise in the
# caller too.
import multiprocessing as mp
import threading

k = 10
add_k = lambda x: x + k


def make_adder(n):
    def adder(x):
        return x + n
    return adder


add_5 = make_adder(5)


if __name__ == '__main__':
    with mp.Pool(2) as p:
        print(p.map(add_k, [1, 2, 3]), p.map(add_5, [1, 2]))
        late = lambda x: x * 2
        try:
            p.map(late, [1])
        except ValueError as e:
            print('ValueError:', e)
        try:
            p.apply(len, ([threading.Lock()],))
        except Exception as e:
            print(type(e).__name__ + ':', e)
        print(p.map(len, ['ab', 'cde']))
