#!/usr/bin/env bash
# P1 (issue 13): Notify Top Up ingestion against what the same PostgreSQL does with dompet's own SQL, in one run; and
# P4's memory under that load.
#
#   bench/notify-throughput.sh [seconds] [connections]          e.g. bench/notify-throughput.sh 20 16
#
# 1. pre-signs (seconds + warm-up) × 1,500 notifications — fresh referenceNo each, 500 wallets in turn — with the
#    sandbox's Finpay test key (bench/BenchClient.java presign), so the load generator only replays bytes (a set signed
#    within the last hour for the same count is reused: every run starts on a fresh database);
# 2. starts dompet (the README's jar, sandbox mode, a fresh embedded PostgreSQL) and notes its idle RSS;
# 3. wrk, `connections` connections, against POST /callbacks/finpay/top-up: BENCH_WARMUP seconds (10) to warm the
#    JIT, then `seconds` measured (RSS sampled every 0.5 s; BENCH_JFR=1 records a profile of this part); checks that
#    every distinct notification was credited exactly once (inbox rows, CHANNEL top-ups, wallet totals);
# 4. pgbench with bench/notify-pgbench.sql (the statements dompet runs for one notification, one transaction), the same
#    `connections` clients, `seconds` long, on the same PostgreSQL server while dompet idles;
# 5. prints both rates and the ratio dompet / pgbench, and the CPU time each side used per notification: dompet's JVM
#    and its PostgreSQL server during wrk's measured seconds, the same PostgreSQL server during pgbench (from /proc:
#    a figure a busy, shared machine disturbs far less than the rates, which depend on the CPU share each side gets).
#
# Needs: wrk and pgbench (Debian 12: apt-get install -y wrk postgresql-client), curl, JDK 17+.
# Environment: see bench/lib.sh (BENCH_SKIP_BUILD=1, BENCH_RUN, BENCH_JFR=1, BENCH_PORT, BENCH_JAVA_OPTS, …), BENCH_WARMUP,
# and BENCH_PGBENCH_SQL (bench/notify-pgbench.sql): the statements of the jar measured, e.g. an older commit's file
# (git show <commit>:bench/notify-pgbench.sql) when BENCH_RUN runs that commit's jar.
source "$(dirname "$0")/lib.sh"
seconds="${1:-20}"
connections="${2:-16}"
warmup="${BENCH_WARMUP:-10}"
pgbench_sql="${BENCH_PGBENCH_SQL:-bench/notify-pgbench.sql}"
threads=2
for tool in wrk pgbench psql; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk postgresql-client" >&2; exit 1; }
done
bench_build

dir="$BENCH_WORK/notify"
mkdir -p "$dir"
count=$(( (seconds + warmup) * 1500 ))
# every run starts on a fresh database, so notifications signed by a run of the last hour can be sent again
if [ -n "$(find "$dir/all.tsv" -mmin -60 2>/dev/null)" ] && [ "$(wc -l < "$dir/all.tsv")" -eq "$count" ]; then
  echo "reusing the $count notifications pre-signed at $(date -u -r "$dir/all.tsv" +%TZ)" >&2
else
  java bench/BenchClient.java presign finpay-sandbox/src/main/resources/io/dompet/sandbox/keys/finpay-private.pem \
    /callbacks/finpay/top-up finpay-sandbox DOMPET-SANDBOX "$count" 500 "$dir/all.tsv"
fi
head -n $(( warmup * 1500 )) "$dir/all.tsv" > "$dir/warmup.tsv"
tail -n +$(( warmup * 1500 + 1 )) "$dir/all.tsv" > "$dir/measured.tsv"

bench_start notify fresh
bench_wait_healthy
sleep 5
read -r idle_rss _ <<< "$(bench_rss_mb)"

# CPU seconds (user + system) used so far by a process: its own, or (pg) PostgreSQL's postmaster with its backends,
# those that ended included (they are the postmaster's waited-for children).
cpu_seconds() { # pid [pg]
  local ticks
  ticks=$(awk -v with_children="${2:-}" '{ sub(/^[^)]*\) /, ""); t = $12 + $13; if (with_children) t += $14 + $15; print t }' \
    "/proc/$1/stat")
  if [ -n "${2:-}" ]; then
    for child in $(ps --ppid "$1" -o pid= 2>/dev/null); do
      ticks=$(( ticks + $(awk '{ sub(/^[^)]*\) /, ""); print $12 + $13 }' "/proc/$child/stat" 2>/dev/null || echo 0) ))
    done
  fi
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}
postmaster=$(head -1 "$bench_dir/.dompet/pgdata/postmaster.pid")

replay() { # file seconds
  BENCH_NOTIFY_REQUESTS="$1" BENCH_WRK_THREADS=$threads wrk -t$threads -c"$connections" -d"${2}s" \
    -s bench/notify-throughput.lua "$BENCH_BASE/callbacks/finpay/top-up"
}
replay "$dir/warmup.tsv" "$warmup" > "$dir/wrk-warmup.txt"
rm -f "$dir/rss.txt"
bench_sample_rss "$dir/rss.txt" &
sampler=$!
bench_jfr_start "$dir/notify.jfr"
jvm_cpu_before=$(cpu_seconds "$bench_pid"); pg_cpu_before=$(cpu_seconds "$postmaster" pg)
replay "$dir/measured.tsv" "$seconds" | tee "$dir/wrk.txt"
jvm_cpu=$(awk -v a="$(cpu_seconds "$bench_pid")" -v b="$jvm_cpu_before" 'BEGIN { print a - b }')
pg_cpu=$(awk -v a="$(cpu_seconds "$postmaster" pg)" -v b="$pg_cpu_before" 'BEGIN { print a - b }')
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
read -r _ hwm <<< "$(bench_rss_mb)"
peak_rss=$(sort -n "$dir/rss.txt" | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')
bench_jfr_stop "$dir/notify.jfr"

line=$(grep '^wrk_requests=' "$dir/wrk.txt")
eval "$line"   # wrk_requests wrk_rate wrk_non200 wrk_repeated wrk_p50_ms wrk_p99_ms
[ "$wrk_non200" = "0" ] || { echo "dompet answered $wrk_non200 notifications with something else than 200" >&2; exit 1; }
[ "$wrk_repeated" = "0" ] || echo "note: $wrk_repeated requests were redeliveries (pre-signed too few)" >&2

# exactly once: every inbox row has its CHANNEL top-up, and the 500 wallets hold exactly 10,000.00 per inbox row
read -r inbox topups credited <<< "$(bench_psql -F ' ' -c "select (select count(*) from top_up_notification),
  (select count(*) from top_up where kind = 'CHANNEL'),
  (select coalesce(sum(credited_total), 0) / 10000 from wallet where customer_number like '628139%')")"
credited=${credited%.*}
if [ "$inbox" != "$topups" ] || [ "$inbox" != "$credited" ]; then
  echo "NOT exactly once: $inbox inbox rows, $topups CHANNEL top-ups, $credited credits" >&2; exit 1
fi
# and every answer counted was a distinct notification (wrk stops with up to `connections` requests in flight per run)
sent=$(( $(grep -o 'wrk_requests=[0-9]*' "$dir/wrk-warmup.txt" | cut -d= -f2) + wrk_requests ))
if [ "$inbox" -lt "$sent" ] || [ "$inbox" -gt $(( sent + 2 * connections )) ]; then
  echo "wrk counted $sent answers but dompet credited $inbox notifications" >&2; exit 1
fi

pgbench_cpu_before=$(cpu_seconds "$postmaster" pg)
pg_rate=$(pgbench -n -M prepared -h localhost -p "$(bench_pg_port)" -U postgres -c "$connections" -j $threads \
  -T "$seconds" -f "$pgbench_sql" postgres 2>&1 | tee "$dir/pgbench.txt" \
  | awk '/^tps = / { printf "%.1f", $3 }')
[ -n "$pg_rate" ] || { cat "$dir/pgbench.txt" >&2; exit 1; }

echo "--- P1 Notify Top Up ingestion ($(date -u +%FT%TZ), commit $(bench_commit), ${seconds}s, $connections connections)"
echo "dompet:  $wrk_rate notifications/s (p50 $wrk_p50_ms ms, p99 $wrk_p99_ms ms; $inbox credited exactly once in all)"
echo "pgbench: $pg_rate tx/s (dompet's statements for one notification, one transaction, $connections clients)"
awk -v a="$wrk_rate" -v b="$pg_rate" 'BEGIN { printf "P1 ratio: %.2f\n", a / b }'
pgbench_tx=$(awk '/^number of transactions actually processed: / { print $6 }' "$dir/pgbench.txt" | cut -d/ -f1)
awk -v jvm="$jvm_cpu" -v pg="$pg_cpu" -v n="$wrk_requests" -v pgb="$(cpu_seconds "$postmaster" pg)" \
  -v pgb0="$pgbench_cpu_before" -v tx="$pgbench_tx" 'BEGIN {
  printf "CPU per notification: dompet JVM %.2f ms + its PostgreSQL %.2f ms; pgbench: PostgreSQL %.2f ms per transaction\n",
    1000 * jvm / n, 1000 * pg / n, 1000 * (pgb - pgb0) / tx }'
echo "--- P4 memory of dompet's JVM (RSS; the embedded PostgreSQL not counted)"
echo "idle after start: $idle_rss MB; peak under load: $peak_rss MB (VmHWM since start: $hwm MB)"
bench_machine
