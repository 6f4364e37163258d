"""class_method: object-oriented code -- a small 2-D particle simulation.

Measures instance creation, attribute loads/stores, method calls, operator
dunders (__add__, __sub__, __mul__), properties, inheritance with super()
calls, and user-defined __eq__/__hash__ objects used as dict keys (a spatial
hash grid).  Everything is plain float arithmetic in a fixed order, so the
result is deterministic across interpreters.
"""


class Vec:
    """An immutable 2-D vector; every operation allocates a new one."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f})"


class Cell:
    """Integer grid coordinates, hashable so they can key the spatial grid."""

    def __init__(self, ix, iy):
        self.ix = ix
        self.iy = iy

    def __eq__(self, other):
        return self.ix == other.ix and self.iy == other.iy

    def __hash__(self):
        return hash((self.ix, self.iy))


class Particle:
    kind = "plain"

    def __init__(self, pid, pos, vel, mass=1.0):
        self.pid = pid
        self.pos = pos
        self.vel = vel
        self.mass = mass

    @property
    def kinetic(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)

    @property
    def momentum(self):
        return self.vel * self.mass

    def step(self, dt, size):
        self.pos = self.pos + self.vel * dt
        self.bounce(size)

    def bounce(self, size):
        # Reflect off the walls of the [0, size) box.
        p, v = self.pos, self.vel
        if p.x < 0.0 or p.x >= size:
            v = Vec(-v.x, v.y)
            p = Vec(min(max(p.x, 0.0), size - 1e-9), p.y)
        if p.y < 0.0 or p.y >= size:
            v = Vec(v.x, -v.y)
            p = Vec(p.x, min(max(p.y, 0.0), size - 1e-9))
        self.pos, self.vel = p, v

    def cell(self, cell_size):
        return Cell(int(self.pos.x // cell_size), int(self.pos.y // cell_size))


class HeavyParticle(Particle):
    kind = "heavy"

    def __init__(self, pid, pos, vel):
        super().__init__(pid, pos, vel, mass=5.0)

    def step(self, dt, size):
        # Heavy particles feel drag, then move like any other particle.
        self.vel = self.vel * 0.999
        super().step(dt, size)


class SpinningParticle(Particle):
    kind = "spinning"

    def __init__(self, pid, pos, vel, spin):
        super().__init__(pid, pos, vel)
        self.spin = spin

    @property
    def kinetic(self):
        # Rotational energy on top of the translational part.
        return super().kinetic + 0.1 * self.spin * self.spin

    def step(self, dt, size):
        # A crude Magnus-like effect: spin slowly rotates the velocity.
        v = self.vel
        turn = self.spin * dt * 0.01
        self.vel = Vec(v.x - v.y * turn, v.y + v.x * turn)
        super().step(dt, size)


class World:
    def __init__(self, n, size, cell_size):
        self.size = size
        self.cell_size = cell_size
        self.particles = []
        # A tiny linear congruential generator keeps the setup independent
        # of any library and trivially reproducible.
        seed = 12345
        for pid in range(n):
            vals = []
            for _ in range(4):
                seed = (seed * 1103515245 + 12345) % 2147483648
                vals.append(seed / 2147483648)
            pos = Vec(vals[0] * size, vals[1] * size)
            vel = Vec(vals[2] * 2.0 - 1.0, vals[3] * 2.0 - 1.0)
            if pid % 5 == 0:
                p = HeavyParticle(pid, pos, vel)
            elif pid % 5 == 1:
                p = SpinningParticle(pid, pos, vel, spin=vals[2] - 0.5)
            else:
                p = Particle(pid, pos, vel)
            self.particles.append(p)

    def build_grid(self):
        grid = {}
        for p in self.particles:
            key = p.cell(self.cell_size)
            if key in grid:
                grid[key].append(p)
            else:
                grid[key] = [p]
        return grid

    def collide(self, grid):
        # Particles sharing a cell exchange velocities if they are close,
        # a cheap stand-in for an elastic collision.
        hits = 0
        radius2 = 0.25
        for bucket in grid.values():
            for i in range(len(bucket)):
                a = bucket[i]
                for j in range(i + 1, len(bucket)):
                    b = bucket[j]
                    d = a.pos - b.pos
                    if d.dot(d) < radius2:
                        a.vel, b.vel = b.vel, a.vel
                        hits += 1
        return hits

    def tick(self, dt):
        for p in self.particles:
            p.step(dt, self.size)
        grid = self.build_grid()
        return self.collide(grid), len(grid)

    def energy(self):
        return sum(p.kinetic for p in self.particles)


world = World(n=1000, size=40.0, cell_size=2.0)
e0 = world.energy()
total_hits = 0
cells = 0
STEPS = 150
for _ in range(STEPS):
    hits, cells = world.tick(0.1)
    total_hits += hits
kinds = {}
for p in world.particles:
    kinds[p.kind] = kinds.get(p.kind, 0) + 1
print(f"class_method steps={STEPS} hits={total_hits} cells={cells} "
      f"energy {e0:.6f} -> {world.energy():.6f} kinds={sorted(kinds.items())} "
      f"p0={world.particles[0].pos!r}")
