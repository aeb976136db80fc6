#!/usr/bin/env bash
# For each path: one warm-up request, pg_stat_statements reset, one request, then the statements that request ran
# (calls, server ms, rows). Needs pg_stat_statements in shared_preload_libraries of the app's database and
# "create extension pg_stat_statements" in it.
#   bench/browse-statements.sh PGPORT BASE_URL PATH...
set -euo pipefail
port=$1; base=$2; shift 2
psql=(psql -X -q -h localhost -p "$port" -U postgres postgres)
for path in "$@"; do
	curl -o /dev/null -s "$base$path"
	"${psql[@]}" -c "select pg_stat_statements_reset()" >/dev/null
	t=$(curl -o /dev/null -s -w '%{time_total}' "$base$path")
	echo "### $path  (request ${t}s)"
	"${psql[@]}" -A -F ' | ' -t -c "select calls, round(total_exec_time::numeric, 1) as ms, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 150)
		from pg_stat_statements where query not like '%pg_stat_statements%' and query !~* '^(begin|commit|set|show|rollback|select \\\$1$)'
		order by total_exec_time desc"
	"${psql[@]}" -A -t -c "select 'statements: ' || sum(calls) || ', server ms: ' || round(sum(total_exec_time)::numeric, 1)
		from pg_stat_statements where query not like '%pg_stat_statements%'"
done
