#!/usr/bin/env bash
# Throughput of Notify Top Up ingestion: the sandbox signs and delivers a fresh notification (new referenceNo) to
# dompet's callback for every request (verify signature → one transaction: inbox row, CHANNEL top-up, wallet credit →
# 200), from `connections` clients at once. Needs dompet running in sandbox mode (the README's run command; the
# sandbox listens on 8089) and wrk (Debian: apt-get install wrk).
#
#   bench/notify-throughput.sh [seconds] [connections] [sandbox-url]      e.g. bench/notify-throughput.sh 15 16
#
# Each request waits until dompet acknowledged its notification (?wait=true), so wrk's Requests/sec is the number of
# notifications dompet ingested per second, sandbox signing included (everything shares the machine's cores).
set -euo pipefail
seconds="${1:-15}"
connections="${2:-16}"
sandbox="${3:-http://localhost:8089}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
curl -sf "$sandbox/health" >/dev/null || { echo "no sandbox at $sandbox" >&2; exit 1; }
wrk -t2 -c"$connections" -d"${seconds}s" -s "$(dirname "$0")/notify-throughput.lua" "$sandbox/sandbox/notifications?wait=true"
