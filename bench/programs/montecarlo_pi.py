"""montecarlo_pi: estimate pi by throwing random darts at a square.

Measures calls into a library module (random.uniform -> Mersenne Twister),
float arithmetic and a compare per sample.  The generator is seeded, and
gilpy implements CPython's Mersenne Twister and seeding exactly, so the
estimate printed must be bit-for-bit identical under both interpreters.
"""
import random


def estimate_pi(samples):
    inside = 0
    for _ in range(samples):
        x = random.uniform(-1, 1)
        y = random.uniform(-1, 1)
        if x * x + y * y <= 1.0:
            inside += 1
    return inside, 4.0 * inside / samples


random.seed(1)
SAMPLES = 10**6
hits, pi = estimate_pi(SAMPLES)
print(f"montecarlo_pi samples={SAMPLES} inside={hits} pi~{pi!r}")
