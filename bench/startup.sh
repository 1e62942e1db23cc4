#!/usr/bin/env bash
# P3 (issue 13): the README's run command to the first /actuator/health UP, on a fresh data directory (first start:
# initdb and every migration) and on the existing database, with a breakdown from the log's timestamps and the CPU
# the JVM spent to get there; and P4's idle memory.
#
#   bench/startup.sh [runs]          e.g. bench/startup.sh 2      (each run: a first start, then an existing-database start)
#
# Each start is the README's command (see bench/lib.sh: the extracted jar with its CDS archive and heap flags; sandbox
# mode, embedded PostgreSQL; BENCH_RUN="java -jar bootstrap/target/dompet.jar" measures the single jar instead) in
# target/bench/startup, stopped with SIGTERM once healthy (and, for the existing-database start, after the idle
# RSS was read BENCH_IDLE seconds, default 10, after healthy). Milestones, from the moment java was started:
#   Spring starting  "Starting DompetApplication"            (JVM start, Spring Boot's launcher, logging)
#   context init     "Root WebApplicationContext: initialization completed"
#   PostgreSQL start the embedded server's start (its "ready in N ms" subtracted from its line)
#   PostgreSQL ready "Embedded PostgreSQL listening"
#   Hikari started   "dompet-embedded - Start completed"
#   Flyway first     the first org.flywaydb line;  Flyway done: its last line
#   Tomcat started   "Tomcat started on port";  Spring started: "Started DompetApplication"
#   healthy          the first /actuator/health that answered UP (polled every 0.1 s)
# and "CPU to healthy": the JVM's user + system CPU seconds when it was healthy (every thread: main, JIT compilers,
# GC), which other processes on a shared machine do not inflate the way they inflate the wall-clock time.
# BENCH_JFR=1 adds one more existing-database start recorded with JFR from the JVM's start to healthy (not timed),
# without the CDS archive: JDK 17 crashes when -XX:StartFlightRecording meets a dynamic CDS archive.
#
# Needs: curl, JDK 17+. Environment: see bench/lib.sh (BENCH_SKIP_BUILD=1, BENCH_JFR=1, BENCH_JAVA_OPTS, …).
source "$(dirname "$0")/lib.sh"
runs="${1:-2}"
idle="${BENCH_IDLE:-10}"
bench_build

ms() { date -u -d "$1" +%s%3N; }
# the timestamp (epoch ms) of the first (or, with "last", the last) log line matching a pattern
at() {
  local line
  if [ "${3:-first}" = "last" ]; then line=$(grep -E "$2" "$1" | tail -1); else line=$(grep -E -m1 "$2" "$1"); fi
  [ -n "$line" ] && ms "${line%% *}" || echo ""
}

breakdown() { # log started_ms healthy_ms
  local log="$1" start="$2" healthy="$3" previous="$2" pg_ready pg_ms
  pg_ready=$(at "$log" 'Embedded PostgreSQL listening')
  pg_ms=$(grep -o -m1 'ready in [0-9]* ms' "$log" | grep -o '[0-9]*')
  printf '  %-18s %8s %8s\n' milestone "at (ms)" "+ (ms)"
  while read -r name value; do
    [ -n "$value" ] || continue
    printf '  %-18s %8d %8d\n' "$name" $((value - start)) $((value - previous))
    previous=$value
  done <<EOF
Spring-starting $(at "$log" 'Starting DompetApplication')
context-init $(at "$log" 'Root WebApplicationContext: initialization completed')
PostgreSQL-start $([ -n "$pg_ready" ] && echo $((pg_ready - pg_ms)))
PostgreSQL-ready $pg_ready
Hikari-started $(at "$log" 'HikariDataSource +: .* - Start completed')
Flyway-first $(at "$log" ' (org\.flywaydb|o\.f\.)[a-zA-Z.]* +:')
Flyway-done $(at "$log" ' (org\.flywaydb|o\.f\.)[a-zA-Z.]* +:' last)
Tomcat-started $(at "$log" 'Tomcat started on port')
Spring-started $(at "$log" 'Started DompetApplication')
healthy $healthy
EOF
}

results=()
for run in $(seq 1 "$runs"); do
  for data in fresh existing; do
    bench_start startup "$data"
    bench_wait_healthy
    total=$(( (bench_healthy_ns - bench_started_ns) / 1000000 ))
    cpu=$(bench_cpu_s)
    echo "--- run $run, $([ "$data" = fresh ] && echo "first start (fresh data directory)" || echo "existing database"): $total ms to healthy, $cpu s CPU"
    breakdown "$bench_dir/dompet.log" $((bench_started_ns / 1000000)) $((bench_healthy_ns / 1000000))
    if [ "$data" = existing ]; then
      sleep "$idle"
      read -r rss hwm <<< "$(bench_rss_mb)"
      echo "  idle RSS ${idle}s after healthy: $rss MB (VmHWM $hwm MB)"
      results+=("$data:$total:$rss:$cpu")
    else
      results+=("$data:$total::$cpu")
    fi
    cp "$bench_dir/dompet.log" "$bench_dir/dompet-run$run-$data.log"
    bench_stop
  done
done

if [ "${BENCH_JFR:-0}" = "1" ]; then
  BENCH_RUN="$(sed 's/ -XX:SharedArchiveFile=[^ ]*//' <<< "$BENCH_RUN")"
  bench_start startup existing "-XX:StartFlightRecording=name=bench,settings=profile,filename=$BENCH_WORK/startup/startup.jfr"
  bench_wait_healthy
  jcmd "$bench_pid" JFR.stop name=bench > /dev/null
  bench_stop
  bench_jfr_report "$BENCH_WORK/startup/startup.jfr"
fi

echo "--- P3 start to healthy ($(date -u +%FT%TZ), commit $(bench_commit), $runs runs) and P4 idle memory"
printf '%s\n' "${results[@]}" | awk -F: '
  $1 == "fresh" { fresh = fresh sep1 sprintf("%.1f", $2 / 1000); freshcpu = freshcpu sep1 $4; sep1 = ", " }
  $1 == "existing" { existing = existing sep2 sprintf("%.1f", $2 / 1000); rss = rss sep2 $3; cpu = cpu sep2 $4; sep2 = ", " }
  END {
    print "first start (fresh data directory): " fresh " s (CPU " freshcpu " s)"
    print "P3 existing database:               " existing " s (CPU " cpu " s)"
    print "P4 idle RSS after start:            " rss " MB"
  }'
bench_machine
