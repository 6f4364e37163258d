#!/bin/bash
# Installs gilpy into a prefix inside the build tree, then configures, builds
# and runs examples/embed against it with find_package(gilpy), as an
# outside host would. Usage: embed_find_package.sh BUILD_DIR EXAMPLE_DIR
set -euo pipefail
build=$1
example=$2
prefix=$build/embed-install
host=$build/embed-host
rm -rf "$prefix" "$host"
cmake --install "$build" --prefix "$prefix" >/dev/null
cmake -S "$example" -B "$host" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$host" -j1 >/dev/null
out=$("$host/embed_host")
echo "$out"
grep -q "hypot(3, 4) = 5" <<<"$out"
