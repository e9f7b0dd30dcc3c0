#!/usr/bin/env bash
# Web load: wrk against `pledgewatch serve` on the Leicestershire demo store, one URL at a time.
#
#   bench/web/load.sh [--database STORE] [--bin PATH] [--duration 30s] [--connections 64] [--threads 2]
#                     [--port 18099] [--dir DIR] [--out FILE]
#   bench/run web [the same options]          (builds the release binary first, then runs this)
#
# The four URLs are the website's report card and neighbourhood page and the police.uk-compatible API's
# neighbourhood and street-crimes routes (see URLS below). For each: a warm-up, then
# `wrk -t THREADS -c CONNECTIONS -d DURATION --latency`, then the server's resident memory. Prints a
# markdown table and writes it to --out (default DIR/web-load.md). Fails if any URL does not answer 200
# with content, or if the server does not start.
#
# Without --database it makes the demo store once, in DIR/demo.sqlite (about 15 s). wrk and the server run
# on the same machine and share its cores, so the figures are a floor for the server, not its ceiling.
# Relative paths are taken from the repository's root, as for bench/run.
set -euo pipefail
cd "$(dirname "$0")/../.."

dir=/tmp/pledgewatch-web
database=""
bin=.build/release/pledgewatch
duration=30s
connections=64
threads=2
port=18099
out=""

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --database|--bin|--duration|--connections|--threads|--port|--out|--dir)
            [ $# -ge 2 ] || { echo "load.sh: $1 needs a value" >&2; exit 2; } ;;
    esac
    case "$1" in
        --database) database="$2"; shift 2 ;;
        --bin) bin="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        -h|--help) usage 0 ;;
        *) echo "load.sh: unknown option $1" >&2; usage 2 >&2 ;;
    esac
done
out="${out:-$dir/web-load.md}"
mkdir -p "$dir" "$(dirname "$out")"
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -x "$bin" ] || { echo "load.sh: no binary at $bin (swift build -c release --product pledgewatch)" >&2; exit 1; }

# Run a copy of the binary, so that a rebuild during the run neither replaces it under the server nor
# mixes two builds in one report.
server_bin="$dir/pledgewatch"
cp "$bin" "$server_bin"

# The demo's year is April 2008 to March 2009; its documentation serves it as of the year's last day, so
# that teams, meetings to come and the report card's default period make sense.
as_of=2009-03-31
if [ -z "$database" ]; then
    database="$dir/demo.sqlite"
    if [ ! -f "$database" ]; then
        echo "making the demo store $database"
        "$server_bin" demo --database "$database" --no-serve --out "$dir/demo-files" >"$dir/demo.log" 2>&1 \
            || { tail -20 "$dir/demo.log" >&2; exit 1; }
    fi
fi
[ -f "$database" ] || { echo "load.sh: no store at $database" >&2; exit 1; }

base="http://127.0.0.1:$port"
# 1. the website's report card for the force (its latest financial year, the default period);
# 2. a neighbourhood page: team, meetings, priorities, crime map and figures;
#    (both are rendered once per data version and kept: SiteData.page)
# 3. the police.uk API's neighbourhood (answered from OpenDataCache's JSON, written once);
# 4. street crimes within a mile of police.uk's own documented example point (central Leicester) in the
#    demo's last month: about 20 crimes, read from the store per request.
URLS=(
    "/forces/leicestershire/report"
    "/forces/leicestershire/neighbourhoods/LE0101"
    "/api/leicestershire/LE0101"
    "/api/crimes-street/all-crime?lat=52.629729&lng=-1.131592&date=2009-03"
)

if curl -s -m 2 -o /dev/null "$base/health"; then
    echo "load.sh: something already answers on port $port; stop it or give --port" >&2
    exit 1
fi

# The server logs one line per request to stderr (swift-log's stream handler at level info, fixed in
# ServeCommand: there is no option or variable to quieten it). At thousands of requests a second a
# terminal or a log file would be measured along with the server, so both streams go to /dev/null; if it
# fails to start, it is started again in the foreground to show why.
serve=("$server_bin" serve --database "$database" --host 127.0.0.1 --port "$port" --as-of "$as_of" --rate-limit 0)
server_pid=""
stop_server() {
    [ -n "$server_pid" ] || return 0
    if kill -0 "$server_pid" 2>/dev/null; then
        # SIGTERM: Hummingbird stops accepting and lets requests in flight finish.
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$server_pid" 2>/dev/null; then
            echo "load.sh: the server did not stop within 5 s of SIGTERM; killing it" >&2
            kill -KILL "$server_pid" 2>/dev/null || true
        fi
    fi
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${serve[@]}" >/dev/null 2>&1 &
server_pid=$!
for _ in $(seq 150); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "load.sh: the server exited at start: ${serve[*]}" >&2
        server_pid=""
        timeout 10 "${serve[@]}" 2>&1 | tail -5 >&2 || true
        exit 1
    fi
    curl -s -m 2 -o /dev/null "$base/health" && break
    sleep 0.2
done
curl -sf -m 2 -o /dev/null "$base/health" || { echo "load.sh: no answer from $base/health after 30 s" >&2; exit 1; }

memory() {  # "VmRSS VmHWM" of the server, in kB
    awk '/^VmRSS:/ { rss = $2 } /^VmHWM:/ { hwm = $2 } END { print rss, hwm }' "/proc/$server_pid/status"
}
read -r rss_started _ < <(memory)

# Each URL must answer 200 with a body worth measuring: an error page, an empty JSON list or a redirect
# would make the figures meaningless.
for path in "${URLS[@]}"; do
    read -r status size < <(curl -s -m 30 -o "$dir/body" -w '%{http_code} %{size_download}\n' "$base$path")
    if [ "$status" != 200 ] || [ "$size" -lt 100 ]; then
        echo "load.sh: $path answered $status with $size bytes; expected 200 with content" >&2
        head -c 300 "$dir/body" >&2; echo >&2
        exit 1
    fi
    echo "checked $path: 200, $size bytes"
done

# Warm-up: a short wrk run per URL fills the caches (SiteData's figures and pages, OpenDataCache's JSON,
# SQLite's page cache on every reader connection) and gets the connection pools to their full size.
for path in "${URLS[@]}"; do
    wrk -t 1 -c 8 -d 2s "$base$path" >/dev/null
done
read -r rss_warm _ < <(memory)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
i=0
for path in "${URLS[@]}"; do
    i=$((i + 1))
    echo "wrk -t $threads -c $connections -d $duration --latency $base$path"
    wrk -t "$threads" -c "$connections" -d "$duration" --latency "$base$path" | tee "$dir/wrk-$i.txt"
    read -r rss hwm < <(memory)
    rows+=("$path=$dir/wrk-$i.txt=$rss=$hwm")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# The server must still be up: a crash during a run shows as socket errors, not as a failed wrk.
kill -0 "$server_pid" 2>/dev/null || { echo "load.sh: the server died during the runs" >&2; exit 1; }

table=$(python3 bench/web/wrk_table.py "${rows[@]}")
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
wrk_version=$(wrk -v 2>&1 | awk 'NR == 1 { print $2 }' || true)
{
    echo "# Web load: wrk against pledgewatch serve"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs ($cpu_model); wrk $wrk_version;" \
         "pledgewatch $("$server_bin" --version) from $bin; store $database ($(du -h "$database" | cut -f1))."
    echo
    echo "Options: \`--duration $duration --connections $connections --threads $threads --port $port\`;" \
         "server: \`serve --as-of $as_of --rate-limit 0\`, request log to /dev/null;" \
         "each URL warmed with a 2 s wrk run first, then run in turn."
    echo "Load average (1, 5, 15 min) before the runs: $load_before; after: $load_after."
    echo "Server resident memory: $((rss_started / 1024)) MiB started, $((rss_warm / 1024)) MiB warmed."
    echo
    echo "$table"
    echo
    echo "wrk runs on the same machine as the server, over loopback, and the two share its cores: requests/s"
    echo "are what the machine manages with both, and latencies include wrk's own scheduling. Latencies are"
    echo "wrk's --latency distribution (p50 to p99) and maximum, in ms; memory is /proc VmRSS after each run"
    echo "and, in brackets, VmHWM, the peak so far."
} | tee "$out"
echo "written: $out"
