#!/usr/bin/env bash
# Runs the test suite on another Node.js line, e.g. `scripts/test-on-node.sh 26`: Node 20 is past
# its end of life, and the code must run on the current LTS lines too.
#
# The Node binary comes from the npm registry's `node` package (which also carries its headers),
# so nothing is fetched from anywhere else. The checkout is cloned into a temporary folder with a
# copy of node_modules, the SQLite driver is rebuilt there against that Node's headers (the only
# native module that is not built on Node-API), and `npm test` runs with that Node first on PATH.
# The checkout itself is left as it was.
set -euo pipefail
line="${1:?usage: scripts/test-on-node.sh MAJOR (e.g. 26)}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${MASTHEAD_NODE_CACHE:-/tmp/masthead-node-$line}"
work="$(mktemp -d "/tmp/masthead-on-node-$line.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ ! -x "$cache/node_modules/node/bin/node" ]; then
  echo "== installing Node $line from the npm registry"
  npm install --prefix "$cache" --no-audit --no-fund --no-save "node@$line" >/dev/null
fi
bin="$cache/node_modules/node/bin"
header="$(find "$cache/node_modules" -path '*/include/node/node.h' | head -n1)"
headers="${header%/include/node/node.h}"
echo "== node $("$bin/node" --version) (headers in $headers)"

git clone -q "$root" "$work/masthead"
cp -a "$root/node_modules" "$work/masthead/node_modules"
cd "$work/masthead"
echo "== rebuilding the SQLite driver for this Node"
PATH="$bin:$PATH" npm_config_nodedir="$headers" npm rebuild better-sqlite3 >/dev/null
PATH="$bin:$PATH" npm test
