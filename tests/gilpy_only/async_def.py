# gilpy has no async/await: a script using `async def` does not compile, so
# nothing runs and the SyntaxError names the feature.
print("never printed")


async def fetch():
    return 1
