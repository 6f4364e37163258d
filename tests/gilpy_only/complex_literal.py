# No complex numbers: an imaginary literal is a SyntaxError naming them.
x = 2
z = x + 1j
print(z)
