#!/usr/bin/env bash
# P2 (issue 13): what dompet adds to a direct top-up, against the sandbox doing the same Finpay work, in one run.
#
#   bench/top-up-latency.sh [requests]          e.g. bench/top-up-latency.sh 500
#
# Starts dompet (the README's jar, sandbox mode with its in-process sandbox, a fresh embedded PostgreSQL), then with
# bench/BenchClient.java, one keep-alive HTTP/1.1 client each, sequential requests, after BENCH_WARMUP (300) of each:
#   1. `requests` POST /api/v1/top-ups to ordinary sandbox customers, a fresh Idempotency-Key each, all SUCCEEDED
#      (REST → tx: store REQUESTED → claim → SNAP inquiry + top-up at the sandbox → tx: SUCCEEDED + credit);
#   2. `requests` times the sandbox's own SNAP account inquiry + top-up, made directly (one B2B token, signed as
#      dompet signs), timing the pair;
# and prints dompet's p50/p90/p99, the sandbox-direct p50 and the overhead (dompet p50 − sandbox p50).
# BENCH_JFR=1 records a profile of step 1.
#
# Needs: curl, JDK 17+. Environment: see bench/lib.sh (BENCH_SKIP_BUILD=1, BENCH_JFR=1, BENCH_PORT, …).
source "$(dirname "$0")/lib.sh"
requests="${1:-500}"
warmup="${BENCH_WARMUP:-300}"
bench_build

bench_start top-up fresh
bench_wait_healthy
dir="$bench_dir"
# the client is compiled once, so both measurements run the same class
mkdir -p "$dir/client"
javac -d "$dir/client" bench/BenchClient.java

# warm both paths first (JIT), then measure each
java -cp "$dir/client" BenchClient top-ups "$BENCH_BASE" dompet-sandbox-key "$warmup" 1 > /dev/null
java -cp "$dir/client" BenchClient sandbox-direct "$BENCH_SANDBOX" \
  finpay-sandbox/src/main/resources/io/dompet/sandbox/keys/merchant-private.pem "$warmup" 1 > /dev/null
bench_jfr_start "$dir/top-up.jfr"
dompet=$(java -cp "$dir/client" BenchClient top-ups "$BENCH_BASE" dompet-sandbox-key 20 "$requests")
bench_jfr_stop "$dir/top-up.jfr"
sandbox=$(java -cp "$dir/client" BenchClient sandbox-direct "$BENCH_SANDBOX" \
  finpay-sandbox/src/main/resources/io/dompet/sandbox/keys/merchant-private.pem 20 "$requests")

value() { tr ' ' '\n' <<< "$1" | grep "^$2=" | cut -d= -f2; }
echo "--- P2 direct top-up ($(date -u +%FT%TZ), commit $(bench_commit), $requests sequential requests each, keep-alive)"
echo "dompet POST /api/v1/top-ups:           p50 $(value "$dompet" p50_ms) ms, p90 $(value "$dompet" p90_ms) ms, p99 $(value "$dompet" p99_ms) ms, max $(value "$dompet" max_ms) ms"
echo "sandbox inquiry + top-up, directly:    p50 $(value "$sandbox" p50_ms) ms, p90 $(value "$sandbox" p90_ms) ms, p99 $(value "$sandbox" p99_ms) ms"
awk -v a="$(value "$dompet" p50_ms)" -v b="$(value "$sandbox" p50_ms)" 'BEGIN { printf "P2 overhead (p50): %+.1f ms\n", a - b }'
bench_machine
