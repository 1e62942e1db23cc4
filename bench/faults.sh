#!/usr/bin/env bash
# The fault suite (issue 9): runs dompet against the Finpay sandbox with injected faults and checks, per
# partnerReferenceNo, processed by the sandbox <=> SUCCEEDED in dompet <=> credited exactly once, and that nothing
# is left open after settling. See docs/reliability.md for the scenarios and what each column means.
#
#   bench/faults.sh [scenario...]        e.g. bench/faults.sh        (all, a … f; about 10-15 minutes)
#                                             bench/faults.sh b kill  (only (b) and (c), for debugging)
#
# It builds dompet's jar and the harness (the "faults" Maven profile; ./mvnw -B verify never builds it), then runs the
# harness: PostgreSQL and the sandbox in its JVM, dompet as child JVMs (logs in fault-suite/target/faults/<letter>/).
# A full run regenerates the table in docs/reliability.md; a filtered one only prints it (and writes
# fault-suite/target/faults/report.md). Exits 1 when the invariant broke in any scenario, 2 when the harness failed.
#
# Environment: FAULTS_MVN_FLAGS (extra Maven flags, e.g. -o), FAULTS_SKIP_BUILD=1 (reuse the jars already built).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${FAULTS_SKIP_BUILD:-0}" != "1" ]; then
  # one reactor: dompet's jar (bootstrap/target/dompet.jar), exactly as ./mvnw -B -q -DskipTests package builds it,
  # plus the harness of the faults profile
  # shellcheck disable=SC2086
  ./mvnw -B -q -DskipTests -Pfaults ${FAULTS_MVN_FLAGS:-} package
fi

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit (with uncommitted changes)"; fi

exec java -Xmx1g -jar fault-suite/target/fault-suite.jar \
  --jar bootstrap/target/dompet.jar \
  --work fault-suite/target/faults \
  --docs docs/reliability.md \
  --commit "$commit" \
  --command "bench/faults.sh" \
  "$@"
