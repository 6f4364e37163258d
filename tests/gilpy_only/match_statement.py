# `match` statements are not supported: a clear SyntaxError at compile time.
# (`match` stays usable as an ordinary name.)
match = {"soft": "keyword"}
print(match)
command = "go"
match command:
    case "go":
        print("going")
