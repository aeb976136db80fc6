#!/usr/bin/env bash
# Builds the jar and the bench classes, then runs the import benchmark and the parser JMH benchmark.
#   bench/run.sh [PAGES] [SEED]     (default 10000 pages, seed 42)
# Set SPRING_DATASOURCE_URL (with _USERNAME, _PASSWORD) to benchmark on that server (a database
# signal_digest_bench is dropped and created on it); otherwise a fresh embedded PostgreSQL runs in target/bench/pgdata.
# Results: target/bench/results.json, target/bench/jmh-parser.json, logs and the JFR recording in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}
seed=${2:-42}
./mvnw -B -q -Pbench -DskipTests package
./mvnw -B -q -Pbench exec:java -Dexec.args="import-bench --pages $pages --seed $seed"
./mvnw -B -q -Pbench exec:java -Dexec.args="jmh"
