#!/usr/bin/env bash
# Times browsing pages of a running app, one page at a time (no concurrency): per URL WARMUP untimed requests,
# then N timed ones, with curl's own timer (time_total, or time_starttransfer for TTFB). Prints a Markdown table.
#
#   bench/browse.sh [-w WARMUP] [-n N] [-t total|ttfb] BASE_URL PATH...
#   bench/browse.sh -n 30 http://localhost:8099 /signals '/signals?page=2000' /keywords
#
# Percentiles are nearest-rank over the N samples: with N = 30, p95 is the 29th fastest and p99 the slowest.
# Only ever point it at localhost.
set -euo pipefail

warmup=5
n=30
timer=total
while getopts "w:n:t:" opt; do
	case $opt in
		w) warmup=$OPTARG ;;
		n) n=$OPTARG ;;
		t) timer=$OPTARG ;;
		*) echo "usage: $0 [-w WARMUP] [-n N] [-t total|ttfb] BASE_URL PATH..." >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
base=$1
shift
case $timer in
	total) format='%{time_total} %{http_code} %{size_download}\n' ;;
	ttfb) format='%{time_starttransfer} %{http_code} %{size_download}\n' ;;
	*) echo "-t total or -t ttfb" >&2; exit 2 ;;
esac

echo "| path | status | bytes | min ms | p50 ms | p95 ms | p99 ms | max ms | mean ms |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for path in "$@"; do
	for ((i = 0; i < warmup; i++)); do
		curl -o /dev/null -s "$base$path" || true
	done
	samples=$(for ((i = 0; i < n; i++)); do curl -o /dev/null -s -w "$format" "$base$path"; done)
	echo "$samples" | awk -v path="$path" '
		{ t[NR] = $1 * 1000; codes[$2]++; bytes = $3; sum += t[NR] }
		END {
			m = asort(t)
			p50 = t[int((m * 50 + 99) / 100)]; p95 = t[int((m * 95 + 99) / 100)]; p99 = t[int((m * 99 + 99) / 100)]
			status = ""; for (c in codes) status = status (status == "" ? "" : ",") c "×" codes[c]
			printf "| `%s` | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", path, status, bytes, t[1], p50, p95, p99, t[m], sum / m
		}'
done
