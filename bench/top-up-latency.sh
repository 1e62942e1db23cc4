#!/usr/bin/env bash
# Latency of one direct top-up (POST /api/v1/top-ups → account inquiry + top-up at the Finpay sandbox → PostgreSQL),
# measured end to end with curl against a running dompet in sandbox mode (the README's run command).
#
#   bench/top-up-latency.sh [requests] [base-url]     e.g. bench/top-up-latency.sh 300 http://localhost:8080
#
# Requests are sequential (one client), each with a fresh Idempotency-Key, to ordinary sandbox customers
# (081234500100 … numbers that do not end in a test-customer suffix). Prints p50/p90/p99/max in milliseconds.
set -euo pipefail
requests="${1:-300}"
base="${2:-http://localhost:8080}"
key="${DOMPET_API_KEY:-dompet-sandbox-key}"

curl -sf "$base/actuator/health" >/dev/null || { echo "dompet is not running at $base" >&2; exit 1; }

times=$(mktemp)
trap 'rm -f "$times"' EXIT
for i in $(seq 1 "$requests"); do
  customer=$(printf '0812345%05d' $(( (i % 900) + 100 )))
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "$base/api/v1/top-ups" \
    -H "X-API-Key: $key" -H 'Content-Type: application/json' -H "Idempotency-Key: bench-$(date +%s%N)-$i" \
    -d "{\"customerNumber\":\"$customer\",\"amount\":\"10000\"}")
  code=${out%% *}
  if [ "$code" != "201" ]; then echo "request $i answered $code" >&2; exit 1; fi
  echo "${out#* }" >> "$times"
done

sort -n "$times" | awk -v n="$requests" '
  { t[NR] = $1 * 1000 }
  END {
    printf "requests: %d (sequential)\n", n
    printf "p50: %.1f ms\n", t[int(n * 0.50 + 0.5)]
    printf "p90: %.1f ms\n", t[int(n * 0.90 + 0.5)]
    printf "p99: %.1f ms\n", t[int(n * 0.99 + 0.5)]
    printf "max: %.1f ms\n", t[n]
  }'
