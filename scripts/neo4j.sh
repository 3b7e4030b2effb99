#!/usr/bin/env bash
# newsgraph's local Neo4j Community 5.26 server (embedded DBMS + Bolt, built from Maven Central).
#
#   scripts/neo4j.sh start    start in the background (no-op if already running); builds the launcher once
#   scripts/neo4j.sh wait     wait until Bolt answers (timeout NEO4J_WAIT_SECONDS, default 180), else show the log tail
#   scripts/neo4j.sh stop     stop it (SIGTERM, clean shutdown; SIGKILL after 60 s)
#   scripts/neo4j.sh status   print running/stopped; exit 0 if running, 3 if not
#   scripts/neo4j.sh build    (re)build the launcher and its classpath into .neo4j/build
#
# Environment:
#   NEO4J_PORT       Bolt port on 127.0.0.1 (default 7687)
#   NEO4J_HOME_DIR   server home: data/, logs/, import/, pid, log (default <repo>/.neo4j/local)
#   NEO4J_PASSWORD   password set for user neo4j on the FIRST start of a fresh home (default newsgraph-local)
#   NEO4J_HEAP       JVM max heap (default 2g)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOME_DIR="${NEO4J_HOME_DIR:-$ROOT/.neo4j/local}"
# A home remembers the port it was started on, so status/wait/stop need only NEO4J_HOME_DIR.
PORT="${NEO4J_PORT:-$(cat "$HOME_DIR/port" 2>/dev/null || echo 7687)}"
PASSWORD="${NEO4J_PASSWORD:-newsgraph-local}"
HEAP="${NEO4J_HEAP:-2g}"
BUILD="$ROOT/.neo4j/build"
PIDFILE="$HOME_DIR/neo4j.pid"
LOG="$HOME_DIR/neo4j.log"
READY="$HOME_DIR/ready"

say() { echo "neo4j.sh: $*" >&2; }

running_pid() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid; pid="$(cat "$PIDFILE" 2>/dev/null || true)"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -q 'newsgraph.LocalNeo4j' "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

up_to_date() {
  [[ -f "$BUILD/newsgraph-neo4j-1.0.0.jar" && -d "$BUILD/lib" \
     && "$BUILD/newsgraph-neo4j-1.0.0.jar" -nt "$ROOT/scripts/neo4j/pom.xml" \
     && "$BUILD/newsgraph-neo4j-1.0.0.jar" -nt "$ROOT/scripts/neo4j/src/main/java/newsgraph/LocalNeo4j.java" ]]
}

build() {
  # One lock for every home: two test runs may build at the same time.
  mkdir -p "$ROOT/.neo4j"
  up_to_date && [[ "${1:-}" != force ]] && return 0
  exec 8>"$ROOT/.neo4j/build.lock"
  flock -w 900 8 || { say "another build holds $ROOT/.neo4j/build.lock"; exit 1; }
  if [[ "${1:-}" != force ]] && up_to_date; then flock -u 8; return 0; fi
  command -v mvn >/dev/null || { say "Maven (mvn) is needed to fetch Neo4j from Maven Central: apt-get install maven"; exit 1; }
  say "building the launcher (first time downloads Neo4j 5.26 from Maven Central into ~/.m2)…"
  local t0=$SECONDS
  rm -rf "$BUILD/lib"
  (cd "$ROOT/scripts/neo4j" && mvn -q -B package -DskipTests) >&2
  say "built in $((SECONDS - t0)) s"
  flock -u 8
}

# A real Bolt handshake: magic 0x6060B017 then four proposed versions (5.0–5.4, 4.4); a server answers
# with the chosen version, 4 non-zero bytes.
bolt_answers() {
  local reply
  reply="$(timeout 3 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$PORT"' || exit 1
    printf "\x60\x60\xb0\x17\x00\x04\x04\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    head -c 4 <&3 | od -An -tx1' 2>/dev/null)" || return 1
  [[ -n "${reply// /}" && "${reply// /}" != "00000000" ]]
}

start() {
  mkdir -p "$HOME_DIR"
  if pid="$(running_pid)"; then say "already running (pid $pid, bolt://127.0.0.1:$PORT)"; return 0; fi
  exec 9>"$HOME_DIR/start.lock"
  flock -w 300 9 || { say "another start holds $HOME_DIR/start.lock"; exit 1; }
  if pid="$(running_pid)"; then say "already running (pid $pid, bolt://127.0.0.1:$PORT)"; return 0; fi
  if bolt_answers; then
    say "port $PORT already answers Bolt but not from $HOME_DIR: another server uses it. Stop it, or set NEO4J_PORT."
    exit 1
  fi
  build
  rm -f "$READY"
  : >"$LOG"
  # The server must not inherit the lock descriptors (8, 9): it would hold the locks for its lifetime.
  # A modest heap, reserved up front (a growing heap meant a stop-the-world GC every few seconds of a
  # load). The --add-opens are those of Neo4j's own launcher: without java.nio the page cache falls back
  # to a slower path ("Reflection access to java.nio.DirectByteBuffer is not available" in debug.log).
  # Default JIT and G1: loads are long enough to profit from C2.
  nohup java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -XX:+AlwaysPreTouch -XX:+DisableExplicitGC \
    -XX:-OmitStackTraceInFastThrow -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
    --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED \
    -Dfile.encoding=UTF-8 \
    -cp "$BUILD/newsgraph-neo4j-1.0.0.jar:$BUILD/lib/*" newsgraph.LocalNeo4j "$HOME_DIR" "$PORT" "$PASSWORD" \
    >>"$LOG" 2>&1 </dev/null 8>&- 9>&- &
  echo $! >"$PIDFILE"
  echo "$PORT" >"$HOME_DIR/port"
  say "started pid $! (log $LOG); run 'scripts/neo4j.sh wait' until it answers on bolt://127.0.0.1:$PORT"
}

wait_ready() {
  local limit="${NEO4J_WAIT_SECONDS:-180}" t0=$SECONDS
  while (( SECONDS - t0 < limit )); do
    if ! running_pid >/dev/null; then
      say "the server is not running (it may have exited). Last lines of $LOG:"
      tail -n 30 "$LOG" >&2 2>/dev/null || true
      exit 1
    fi
    if [[ -f "$READY" ]] && bolt_answers; then
      say "ready on bolt://127.0.0.1:$PORT after $((SECONDS - t0)) s"
      return 0
    fi
    sleep 0.5
  done
  say "no Bolt answer on 127.0.0.1:$PORT after ${limit} s. Last lines of $LOG:"
  tail -n 30 "$LOG" >&2 2>/dev/null || true
  exit 1
}

# Remove the pid/ready files only if they still describe the stopped process (a new start may have begun).
forget() {
  [[ "$(cat "$PIDFILE" 2>/dev/null)" == "$1" ]] && rm -f "$PIDFILE" "$READY"
  return 0
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then say "not running"; rm -f "$PIDFILE" "$READY"; return 0; fi
  kill -TERM "$pid"
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || { say "stopped (pid $pid)"; forget "$pid"; return 0; }
    sleep 0.5
  done
  say "pid $pid did not stop in 60 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  forget "$pid"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    if [[ -f "$READY" ]] && bolt_answers; then echo "running pid $pid bolt://127.0.0.1:$PORT home $HOME_DIR"
    else echo "starting pid $pid bolt://127.0.0.1:$PORT home $HOME_DIR"; fi
    return 0
  fi
  echo "stopped (home $HOME_DIR)"
  return 3
}

case "${1:-}" in
  start) start ;;
  wait) wait_ready ;;
  stop) stop ;;
  status) status ;;
  build) build force ;;
  *) echo "usage: $0 start|stop|status|wait|build" >&2; exit 2 ;;
esac
