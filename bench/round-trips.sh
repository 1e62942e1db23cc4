#!/usr/bin/env bash
# Database work per request (issue 13, point 2): the statements and transactions dompet runs for one Notify Top Up and
# for one direct top-up, counted by PostgreSQL's pg_stat_statements over `requests` of each (default 100).
#
#   bench/round-trips.sh [requests]
#
# Starts dompet (README's jar, sandbox mode) on a fresh embedded PostgreSQL, turns pg_stat_statements on (ALTER SYSTEM
# shared_preload_libraries, then a restart on the same database), then, each after pg_stat_statements_reset():
#   1. `requests` pre-signed notifications, one at a time (curl), to POST /callbacks/finpay/top-up;
#   2. `requests` POST /api/v1/top-ups from BenchClient (sequential, keep-alive).
# Prints calls per request for each statement. Statements that ran fewer than requests/2 times (the reconciler's and
# the scheduler's, on their own timers) are left out. pgjdbc sends BEGIN in the same round trip as the transaction's
# first statement, so the round trips of a request are its statements plus one COMMIT per BEGIN.
#
# Needs: psql (Debian 12: apt-get install -y postgresql-client), curl, JDK 17+. Environment: see bench/lib.sh.
source "$(dirname "$0")/lib.sh"
requests="${1:-100}"
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 1; }
bench_build

bench_start round-trips fresh
bench_wait_healthy
bench_psql -c "alter system set shared_preload_libraries = 'pg_stat_statements'" > /dev/null
bench_stop
bench_start round-trips existing
bench_wait_healthy
bench_psql -c "create extension if not exists pg_stat_statements" > /dev/null
dir="$bench_dir"
java bench/BenchClient.java presign finpay-sandbox/src/main/resources/io/dompet/sandbox/keys/finpay-private.pem \
  /callbacks/finpay/top-up finpay-sandbox DOMPET-SANDBOX "$requests" 500 "$dir/notifications.tsv"
# one of each first, so that what is counted is the steady state (prepared statements, a B2B token, warm pools)
java bench/BenchClient.java top-ups "$BENCH_BASE" dompet-sandbox-key 0 1 > /dev/null

report() { # what
  echo "--- $1: calls per request (pg_stat_statements, $requests requests)"
  bench_psql -F ' | ' -c "select to_char(calls::numeric / $requests, 'FM990.00'), to_char(rows::numeric / $requests, 'FM990.00'),
      left(regexp_replace(query, '\s+', ' ', 'g'), 150)
    from pg_stat_statements
   where calls >= $requests / 2 and query not like '%pg_stat_statements%'
   order by calls desc, query" |
    { echo "  calls | rows | statement"; sed 's/^/  /'; }
  bench_psql -F ' ' -c "select to_char(sum(calls) filter (where query <> 'BEGIN')::numeric / $requests, 'FM990.00'),
      to_char(sum(calls) filter (where query = 'BEGIN')::numeric / $requests, 'FM990.00')
    from pg_stat_statements where calls >= $requests / 2 and query not like '%pg_stat_statements%'" |
    awk '{ printf "  per request: %s statements, %s transactions, %.2f round trips (statements + COMMITs)\n", $1, $2, $1 + $2 }'
}

bench_psql -c "select pg_stat_statements_reset()" > /dev/null
while IFS=$'\t' read -r timestamp signature external body; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BENCH_BASE/callbacks/finpay/top-up" \
    -H 'Content-Type: application/json' -H 'Accept: application/json' -H "X-TIMESTAMP: $timestamp" \
    -H "X-SIGNATURE: $signature" -H 'ORIGIN: sandbox.finpay.local' -H "X-EXTERNAL-ID: $external" \
    -H 'X-PARTNER-ID: finpay-sandbox' -d "$body")
  [ "$code" = 200 ] || { echo "a notification was answered $code" >&2; exit 1; }
done < "$dir/notifications.tsv"
report "Notify Top Up (one new notification)"

bench_psql -c "select pg_stat_statements_reset()" > /dev/null
java bench/BenchClient.java top-ups "$BENCH_BASE" dompet-sandbox-key 0 "$requests" > /dev/null
report "direct top-up (POST /api/v1/top-ups, SUCCEEDED)"
