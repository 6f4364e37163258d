"""nbody: the classic Jovian-planets n-body simulation.

Measures floating-point arithmetic on locals, tuple unpacking, list indexing
and attribute-free tight loops.  Five bodies (Sun, Jupiter, Saturn, Uranus,
Neptune) are integrated with a simple symplectic-Euler step; the total energy
printed before and after must agree to 9 decimals between interpreters
(both use IEEE-754 doubles and the same operation order).

Known reference values: energy -0.169075164 at the start and -0.169087605
after 1000 steps of dt=0.01.
"""
import math

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_body(x, y, z, vx, vy, vz, mass):
    # Position and velocity are stored in mutable lists so that the inner
    # loop can update them in place; mass never changes.
    return ([x, y, z], [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR],
            mass * SOLAR_MASS)


BODIES = [
    # Sun (velocity gets fixed up by offset_momentum)
    make_body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
    # Jupiter
    make_body(4.84143144246472090e+00, -1.16032004402742839e+00,
              -1.03622044471123109e-01, 1.66007664274403694e-03,
              7.69901118419740425e-03, -6.90460016972063023e-05,
              9.54791938424326609e-04),
    # Saturn
    make_body(8.34336671824457987e+00, 4.12479856412430479e+00,
              -4.03523417114321381e-01, -2.76742510726862411e-03,
              4.99852801234917238e-03, 2.30417297573763929e-05,
              2.85885980666130812e-04),
    # Uranus
    make_body(1.28943695621391310e+01, -1.51111514016986312e+01,
              -2.23307578892655734e-01, 2.96460137564761618e-03,
              2.37847173959480950e-03, -2.96589568540237556e-05,
              4.36624404335156298e-05),
    # Neptune
    make_body(1.53796971148509165e+01, -2.59193146099879641e+01,
              1.79258772950371181e-01, 2.68067772490389322e-03,
              1.62824170038242295e-03, -9.51592254519715870e-05,
              5.15138902046611451e-05),
]


def all_pairs(bodies):
    # Precompute every unordered pair once; the step loop then iterates a flat
    # list instead of a nested index loop.
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


PAIRS = all_pairs(BODIES)


def offset_momentum(bodies):
    # Give the Sun the velocity that makes the system's total momentum zero,
    # so the centre of mass stays put.
    px = py = pz = 0.0
    for (pos, vel, mass) in bodies:
        px -= vel[0] * mass
        py -= vel[1] * mass
        pz -= vel[2] * mass
    sun_vel, sun_mass = bodies[0][1], bodies[0][2]
    sun_vel[0] = px / sun_mass
    sun_vel[1] = py / sun_mass
    sun_vel[2] = pz / sun_mass


def energy(bodies, pairs):
    e = 0.0
    for (pos, vel, mass) in bodies:
        e += 0.5 * mass * (vel[0] * vel[0] + vel[1] * vel[1] + vel[2] * vel[2])
    for ((p1, _v1, m1), (p2, _v2, m2)) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        e -= m1 * m2 / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        # Velocities: every pair pulls on each other.
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            dist2 = dx * dx + dy * dy + dz * dz
            mag = dt / (dist2 * math.sqrt(dist2))
            b2m = m2 * mag
            b1m = m1 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        # Positions: move each body along its new velocity.
        for (pos, vel, _mass) in bodies:
            pos[0] += dt * vel[0]
            pos[1] += dt * vel[1]
            pos[2] += dt * vel[2]


STEPS = 150_000
offset_momentum(BODIES)
print(f"nbody energy before: {energy(BODIES, PAIRS):.9f}")
advance(BODIES, PAIRS, 0.01, STEPS)
print(f"nbody energy after {STEPS} steps: {energy(BODIES, PAIRS):.9f}")
