#!/usr/bin/env bash
# The whole benchmark suite in one command (issue 5): builds the jar and the bench classes, then
#   1. the import benchmark: generate PAGES pages, real CLI import into an empty embedded PostgreSQL, again
#      unchanged, round trips, the COPY baseline (under JFR unless --quick);
#   2. the parser alone under JMH;
#   3. the browse benchmark at each scale: the real app (-Xmx512m) on an embedded database of that many articles
#      (target/bench/scale-N/, generated and imported once, reused afterwards), every page timed with warm-up,
#      statements per request from pg_stat_statements, then wrk on /signals?minRelevancy=4 when wrk is installed.
# Results: target/bench/results.json (sections import, parser, browse) and target/bench/results.md (the Markdown
# tables, targets beside the figures); logs, wrk output and the JFR recording in target/bench/.
#
#   bench/run.sh [--pages N] [--scales N,N,...] [--seed S] [--quick] [--no-jmh] [--wrk-seconds S]
#   bench/run.sh                                     # 10,000 pages; scales 10,000, 30,000, 100,000; wrk 30 s
#   bench/run.sh --pages 200 --scales 200 --quick    # the CI smoke: checks that it runs; its figures mean nothing
#
# --quick: 2 warm-up and 10 timed requests per page, wrk 2 s, JMH one 1 s iteration, no JFR.
# Set SPRING_DATASOURCE_URL (with _USERNAME, _PASSWORD) to run the import benchmark on that server (a database
# signal_digest_bench is dropped and created on it); the browse benchmark always runs on embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

pages=10000
scales=10000,30000,100000
seed=42
quick=false
jmh=true
wrk_seconds=
while [ $# -gt 0 ]; do
	case $1 in
		--pages) pages=$2; shift 2 ;;
		--scales) scales=$2; shift 2 ;;
		--seed) seed=$2; shift 2 ;;
		--quick) quick=true; shift ;;
		--no-jmh) jmh=false; shift ;;
		--wrk-seconds) wrk_seconds=$2; shift 2 ;;
		*) sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2 ;;
	esac
done

import_options=(--pages "$pages" --seed "$seed")
jmh_options=()
browse_options=(--scales "$scales" --seed "$seed")
if $quick; then
	import_options+=(--no-jfr)
	jmh_options=(--quick)
	browse_options+=(--warmup 2 --iterations 10 --wrk-seconds "${wrk_seconds:-2}")
elif [ -n "$wrk_seconds" ]; then
	browse_options+=(--wrk-seconds "$wrk_seconds")
fi

bench() {
	echo "== bench $*" >&2
	./mvnw -B -q -Pbench exec:java -Dexec.args="$*"
}

./mvnw -B -q -Pbench -DskipTests package
rm -f target/bench/results.json target/bench/results.md target/bench/results-*.md
bench import-bench "${import_options[@]}"
if $jmh; then
	bench jmh "${jmh_options[@]}"
fi
bench browse-bench "${browse_options[@]}"
echo "== Results: target/bench/results.json, target/bench/results.md" >&2
