# Shared by bench/notify-throughput.sh, bench/top-up-latency.sh and bench/startup.sh (sourced, not run): builds the
# jar once, starts dompet exactly as the README's run command does (its java part is read from README.md, between the
# run-command markers: the extracted jar with its CDS archive and JVM flags; sandbox mode, embedded PostgreSQL) in a
# work directory of its own, and stops every process it started when the script exits, on failure too.
#
# Environment (all optional):
#   BENCH_SKIP_BUILD=1     reuse what the last build made instead of building it (./mvnw -B -q -DskipTests package)
#   BENCH_MVN_FLAGS        extra Maven flags for that build, e.g. -o
#   BENCH_PORT             dompet's port (18080; not 8080, so a dompet you run yourself is left alone)
#   BENCH_SANDBOX_PORT     the in-process sandbox's port (18089)
#   BENCH_JAVA_OPTS        extra JVM flags for dompet, e.g. "-Xmx512m" (none: the README's command)
#   BENCH_RUN              the command that starts dompet instead of the README's, e.g. "java -jar /tmp/old/dompet.jar"
#                          to measure an earlier build (relative paths are relative to the project's root); it
#                          implies no build. (BENCH_JAR, the jar it runs, is read from it.)
#   BENCH_JFR=1            record a JFR profile (settings=profile) of the measured part; its top frames are printed
#   BENCH_WORK             where data, logs and recordings go (target/bench)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BENCH_PORT="${BENCH_PORT:-18080}"
BENCH_SANDBOX_PORT="${BENCH_SANDBOX_PORT:-18089}"
BENCH_WORK="$(mkdir -p "${BENCH_WORK:-target/bench}" && cd "${BENCH_WORK:-target/bench}" && pwd)"
# The README's run command, its java part (from "java" on), relative paths made absolute (dompet runs in its own
# directory): e.g. java -XX:SharedArchiveFile=/…/bootstrap/target/dompet/dompet.jsa -Xmx… -jar /…/dompet/dompet.jar
BENCH_README_RUN="$(sed -n '/<!-- run-command -->/,/<!-- \/run-command -->/p' README.md | grep -o 'java .*' | head -1)"
[ -n "$BENCH_README_RUN" ] || { echo "no run command between <!-- run-command --> markers in README.md" >&2; exit 1; }
BENCH_RUN_GIVEN=$([ -n "${BENCH_RUN:-}" ] && echo 1 || echo 0)   # another command (an earlier build): nothing to build
BENCH_RUN="${BENCH_RUN:-$BENCH_README_RUN}"
BENCH_RUN="$(sed -E "s#(^| |=)(bootstrap|target)/#\1$PWD/\2/#g" <<< "$BENCH_RUN")"
BENCH_JAR="$(grep -o -- '-jar [^ ]*' <<< "$BENCH_RUN" | cut -d' ' -f2)"
BENCH_BASE="http://localhost:$BENCH_PORT"
BENCH_SANDBOX="http://localhost:$BENCH_SANDBOX_PORT"
# jfr view (hot-methods) needs JDK 21+; it reads JDK 17 recordings
BENCH_JFR_TOOL="${BENCH_JFR_TOOL:-$(ls -d /usr/lib/jvm/*-2[1-9]-*/bin/jfr 2>/dev/null | head -1 || true)}"
bench_pids=()
bench_dirs=()

bench_commit() {
  local commit
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit+uncommitted"; fi
  echo "$commit"
}

bench_build() {
  if [ "${BENCH_SKIP_BUILD:-0}" != "1" ] && [ "$BENCH_RUN_GIVEN" = "0" ]; then
    # shellcheck disable=SC2086
    ./mvnw -B -q -DskipTests ${BENCH_MVN_FLAGS:-} package
  fi
  [ -f "$BENCH_JAR" ] || { echo "no $BENCH_JAR: build it first" >&2; exit 1; }
  echo "dompet runs as: $BENCH_RUN${BENCH_JAVA_OPTS:+ (plus $BENCH_JAVA_OPTS)}"
}

# Stops what this script started: each dompet (SIGTERM, so it stops its PostgreSQL; SIGKILL after 60 s) and a
# PostgreSQL a killed dompet left running on one of our data directories.
bench_cleanup() {
  local pid dir pg
  for pid in "${bench_pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  for dir in "${bench_dirs[@]}"; do
    if [ -f "$dir/.dompet/pgdata/postmaster.pid" ]; then
      pg=$(head -1 "$dir/.dompet/pgdata/postmaster.pid")
      if [ -n "$pg" ] && kill -0 "$pg" 2>/dev/null; then kill "$pg" 2>/dev/null || true; fi
    fi
  done
  bench_pids=()
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# bench_start NAME [fresh|existing] [extra java flags...]: starts dompet in $BENCH_WORK/NAME (a fresh database unless
# "existing"), logging to NAME/dompet.log; sets bench_pid, bench_dir and bench_started_ns (just before java starts).
bench_start() {
  local name="$1" data="${2:-fresh}"
  shift 2 || shift $#
  bench_dir="$BENCH_WORK/$name"
  mkdir -p "$bench_dir"
  if [ "$data" = "fresh" ]; then rm -rf "$bench_dir/.dompet"; fi
  bench_dirs+=("$bench_dir")
  if curl -s -o /dev/null "$BENCH_BASE/" || curl -s -o /dev/null "$BENCH_SANDBOX/"; then
    echo "port $BENCH_PORT or $BENCH_SANDBOX_PORT is in use: set BENCH_PORT / BENCH_SANDBOX_PORT" >&2
    exit 1
  fi
  bench_started_ns=$(date +%s%N)
  local run
  read -r -a run <<< "$BENCH_RUN"
  # shellcheck disable=SC2086
  (cd "$bench_dir" && exec "${run[0]}" ${BENCH_JAVA_OPTS:-} "$@" "${run[@]:1}" --server.port="$BENCH_PORT" \
    --dompet.sandbox.port="$BENCH_SANDBOX_PORT" > dompet.log 2>&1) &
  bench_pid=$!
  bench_pids+=("$bench_pid")
}

# Waits (up to 120 s) for the first /actuator/health UP; sets bench_healthy_ns.
bench_wait_healthy() {
  for _ in $(seq 1200); do
    if curl -sf "$BENCH_BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"}$\|^{"status":"UP"'; then
      bench_healthy_ns=$(date +%s%N)
      return 0
    fi
    kill -0 "$bench_pid" 2>/dev/null || { echo "dompet exited; see $bench_dir/dompet.log" >&2; tail -20 "$bench_dir/dompet.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "dompet not healthy after 120 s; see $bench_dir/dompet.log" >&2
  exit 1
}

# CPU seconds (user + system, every thread) dompet's JVM has used so far: less sensitive to a busy machine than the
# wall-clock time, since another process's work does not count.
bench_cpu_s() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f\n", ($14 + $15) / hz }' "/proc/$bench_pid/stat"
}

# Stops the running dompet gracefully (its PostgreSQL with it).
bench_stop() {
  kill "$bench_pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$bench_pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$bench_pid" 2>/dev/null || true
}

# The embedded PostgreSQL's port, from dompet's log.
bench_pg_port() {
  grep -o 'Embedded PostgreSQL listening on localhost:[0-9]*' "$bench_dir/dompet.log" | head -1 | cut -d: -f2
}

bench_psql() {
  psql -h localhost -p "$(bench_pg_port)" -U postgres -qAt "$@" postgres
}

# RSS figures of dompet's JVM in MB (the embedded PostgreSQL's processes are not counted): "rss hwm".
bench_rss_mb() {
  awk '/^VmRSS:/ { rss = $2 } /^VmHWM:/ { hwm = $2 } END { printf "%.0f %.0f\n", rss / 1024, hwm / 1024 }' \
    "/proc/$bench_pid/status"
}

# Samples VmRSS every 0.5 s into FILE until killed (start it in the background).
bench_sample_rss() {
  while kill -0 "$bench_pid" 2>/dev/null; do
    awk '/^VmRSS:/ { print $2 }' "/proc/$bench_pid/status" >> "$1" 2>/dev/null || true
    sleep 0.5
  done
}

bench_jfr_start() {
  if [ "${BENCH_JFR:-0}" = "1" ]; then
    # every socket read (the profile settings keep only those over 10 ms): time spent waiting on PostgreSQL
    jcmd "$bench_pid" JFR.start name=bench settings=profile +jdk.SocketRead#threshold=0ms filename="$1" > /dev/null
  fi
}

# bench_jfr_stop FILE: stops the recording and prints its hottest methods (top frames of the execution samples), the
# samples by thread pool and by package, and the blocking socket reads by thread pool and peer (PostgreSQL by name).
bench_jfr_stop() {
  if [ "${BENCH_JFR:-0}" = "1" ]; then
    jcmd "$bench_pid" JFR.stop name=bench > /dev/null
    bench_jfr_report "$1"
  fi
}

bench_jfr_report() {
  if [ -z "$BENCH_JFR_TOOL" ]; then
    echo "--- JFR $1 written (no JDK 21+ jfr for 'jfr view hot-methods')"
    return 0
  fi
  echo "--- JFR $1: hot methods (top frames of the execution samples)"
  "$BENCH_JFR_TOOL" view --width 200 hot-methods "$1" 2>/dev/null | head -30 || true
  echo "--- JFR $1: samples by thread pool, and by the first frame outside the JDK (java., javax., jdk., sun., com.sun.), by package"
  "$BENCH_JFR_TOOL" print --events jdk.ExecutionSample --stack-depth 64 "$1" | awk '
    /^jdk.ExecutionSample/ { frame = ""; thread = "" }
    /sampledThread = / { thread = $0; sub(/^[^"]*"/, "", thread); sub(/".*$/, "", thread); gsub(/[0-9]+/, "#", thread) }
    /stackTrace = \[/ { inside = 1; next }
    inside && /^ *\]/ {
      inside = 0; samples++; threads[thread]++
      n = split(frame, part, "."); pkg = part[1]
      for (i = 2; i <= 3 && i < n - 1; i++) pkg = pkg "." part[i]
      packages[frame == "" ? "(JDK only)" : pkg]++
      next
    }
    inside && frame == "" && $1 !~ /^(java|jdk|sun|javax)\./ && $1 != "..." { frame = $1; sub(/\(.*$/, "", frame) }
    END {
      for (t in threads) printf "thread  %5d %5.1f%%  %s\n", threads[t], 100 * threads[t] / samples, t | "sort -k2 -nr | head -12"
      close("sort -k2 -nr | head -12")
      for (p in packages) printf "package %5d %5.1f%%  %s\n", packages[p], 100 * packages[p] / samples, p | "sort -k2 -nr | head -20"
    }'
  echo "--- JFR $1: blocking socket reads by thread pool and peer (JDBC to PostgreSQL; NIO servers are not seen)"
  "$BENCH_JFR_TOOL" print --events jdk.SocketRead --stack-depth 0 "$1" | awk -v pg="$(bench_pg_port)" '
    /^jdk.SocketRead/ { d = 0; port = "" }
    /^  duration = / { d = $3; if ($4 == "s") d *= 1000; else if ($4 == "us") d /= 1000; else if ($4 == "ns") d /= 1e6 }
    /^  port = / { port = ($3 == pg ? "PostgreSQL" : "port " $3) }
    /^  eventThread = / {
      thread = $0; sub(/^[^"]*"/, "", thread); sub(/".*$/, "", thread); gsub(/[0-9]+/, "#", thread)
      key = thread " -> " port; n[key]++; ms[key] += d
    }
    END { for (k in n) printf "reads %7d %9.1f ms  %s\n", n[k], ms[k], k | "sort -k3 -nr | head -8" }'
}

# One line on what else the machine was doing (it is shared): cores, load average, other busy processes.
bench_machine() {
  local others
  others=$(ps -eo pid=,pcpu=,comm= | awk -v me="$$" -v dompet="${bench_pid:-0}" '$1 != me && $1 != dompet && $2 >= 10 { n++ } END { print n + 0 }')
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min); $others other processes at >= 10% CPU (lifetime average)"
}
