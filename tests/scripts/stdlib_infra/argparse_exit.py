# argparse: a real parse error ends the script: usage and the message on
# stderr, exit status 2 (prog defaults to the script's name).
import os

os.environ["COLUMNS"] = "80"
import argparse

parser = argparse.ArgumentParser(description="exits")
parser.add_argument("count", type=int)
parser.add_argument("--name", default="world")
print(parser.parse_args(["3"]))
print("about to fail")
parser.parse_args(["three"])
print("not reached")
