#!/usr/bin/env bash
# Issue 14: webhook delivery latency after a notification. Starts dompet (the README's command, sandbox mode, a fresh
# embedded PostgreSQL) with one webhook endpoint, a receiver in bench/BenchClient.java (webhook-latency), and POSTs
# `count` pre-signed Notify Top Up requests one at a time, 0 … 1 s apart at random; prints the time from dompet's 200
# to the receiver's POST of the notification.credited event (p50, p90, p99, max), with the default
# dompet.webhook-delivery.interval unless BENCH_JAVA_OPTS/arguments say otherwise.
#
#   bench/webhook-latency.sh [count] [extra JVM flags, e.g. -Ddompet.webhook-delivery.interval=200ms]     e.g. bench/webhook-latency.sh 60
#
# Environment: see bench/lib.sh (BENCH_SKIP_BUILD=1, BENCH_RUN, BENCH_PORT, BENCH_SANDBOX_PORT, …) and
# BENCH_RECEIVER_PORT (18099).
source "$(dirname "$0")/lib.sh"
count="${1:-60}"
shift || true
receiver_port="${BENCH_RECEIVER_PORT:-18099}"
bench_build

dir="$BENCH_WORK/webhook-latency"
mkdir -p "$dir"
java bench/BenchClient.java presign finpay-sandbox/src/main/resources/io/dompet/sandbox/keys/finpay-private.pem \
  /callbacks/finpay/top-up finpay-sandbox DOMPET-SANDBOX "$count" 50 "$dir/signed.tsv"

bench_start webhook-latency fresh -Ddompet.webhooks.bench.url="http://localhost:$receiver_port/" \
  -Ddompet.webhooks.bench.secret="whsec_$(head -c 32 /dev/urandom | base64)" \
  -Ddompet.webhooks.bench.types=notification.credited "$@"
bench_wait_healthy
echo "webhook delivery latency after a notification ($count notifications, one at a time):"
java bench/BenchClient.java webhook-latency "$BENCH_BASE/callbacks/finpay/top-up" "$dir/signed.tsv" "$receiver_port"
bench_stop
