#!/usr/bin/env bash
# The national-2008 profile (all 43 forces) imported and reported on SQLite and on PostgreSQL, side by side.
#
#   bench/postgres/national.sh --database postgres://user@host:port/db [--period 2008-07] [--scale 1]
#                              [--dir DIR] [--bin PATH] [--out FILE]
#   bench/run postgres [the same options]          (builds the release binary first, then runs this)
#
# Generates the period's files once (kept in DIR/national-PERIOD-SCALE for later runs), then for each store:
# the import of every file (one transaction per file), the same import again (every row found unchanged),
# `pledgewatch national` (every force's report card for the period), and one force's full `report`
# (the Metropolitan Police, the largest). Each step is timed with /usr/bin/time (wall clock, CPU of the
# pledgewatch process, its peak memory); the PostgreSQL server's own CPU is not in those figures, so the
# table also gives the database's size. The two stores' import reports, national pages and report JSON
# must be identical: any difference fails the run. The PostgreSQL database must be empty (or created by
# this script's last run, which it drops and creates again when the URL's user may).
set -euo pipefail
cd "$(dirname "$0")/../.."

period=2008-07 scale=1 dir=/tmp/pledgewatch-national bin=.build/release/pledgewatch pg="" out=""
while [ $# -gt 0 ]; do
    case "$1" in
    --database) pg=$2; shift 2 ;;
    --period) period=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -n "$pg" ] || { echo "--database postgres://… is required" >&2; exit 2; }
out=${out:-$dir/national.md}
files=$dir/national-$period-$scale
mkdir -p "$dir"

timed() { # label command…: runs the command, appends "label|wall s|user+sys s|peak MiB" to $dir/times
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$dir/time.txt" "$@"
    read -r wall user sys kib < "$dir/time.txt"
    printf '%s|%s|%.1f|%d\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((kib / 1024))" >> "$dir/times"
    echo "   $label: ${wall} s" >&2
}

if [ ! -f "$files/manifest.json" ]; then
    echo "generating national-2008 for $period at scale $scale into $files" >&2
    rm -rf "$files"
    timed "generate" "$bin" generate --profile national-2008 --period "$period" --scale "$scale" --out "$files" > /dev/null
fi
data=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(" ".join(sys.argv[2] + "/" + f for f in m["files"]))' "$files/manifest.json" "$files")
echo "$(echo "$data" | wc -w) files, $(du -sh "$files" | cut -f1)" >&2

# A fresh PostgreSQL database: drop and create it through the server's own `postgres` database.
db=${pg##*/}; db=${db%%\?*}
admin=${pg%/*}/postgres
if command -v psql >/dev/null; then
    psql "$admin" -q -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\""
fi

rm -f "$dir/times" "$dir"/national.sqlite*
for store in sqlite postgres; do
    case $store in sqlite) url=$dir/national.sqlite ;; postgres) url=$pg ;; esac
    echo "== $store" >&2
    for round in 1 2; do
        # Exit status 3 (rows rejected) is not expected from generated files: a failure of its own.
        timed "$store|import $round" "$bin" import $data --database "$url" --rejects "$dir/rejects-$store" > "$dir/import-$store-$round.txt"
    done
    timed "$store|national" "$bin" national --period "$period" --database "$url" > "$dir/national-$store.txt"
    timed "$store|report metropolitan" "$bin" report --force metropolitan --period "$period" --format json --database "$url" > "$dir/report-$store.json"
done

for file in import-%-1.txt import-%-2.txt national-%.txt report-%.json; do
    cmp "$dir/${file/\%/sqlite}" "$dir/${file/\%/postgres}"
done
sqlite_size=$(du -cb "$dir"/national.sqlite* | tail -1 | cut -f1)
pg_size=$(psql "$pg" -At -c "SELECT pg_database_size(current_database())" 2>/dev/null || echo 0)
rows=$(grep -hoE '[0-9,]+ inserted' "$dir/import-sqlite-1.txt" | tr -d , | awk '{s += $1} END {print s}')

{
    echo "national-2008, $period, scale $scale: $(echo "$data" | wc -w) files, $(du -sh "$files" | cut -f1), $rows rows inserted"
    echo
    echo "| step | SQLite wall s | SQLite CPU s | SQLite peak MiB | PostgreSQL wall s | PostgreSQL client CPU s | PostgreSQL client peak MiB |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    for step in "import 1" "import 2" "national" "report metropolitan"; do
        s=$(grep "^sqlite|$step|" "$dir/times" | cut -d'|' -f3-5 | tr '|' ' ')
        p=$(grep "^postgres|$step|" "$dir/times" | cut -d'|' -f3-5 | tr '|' ' ')
        read -r sw sc sm <<< "$s"; read -r pw pc pm <<< "$p"
        echo "| $step | $sw | $sc | $sm | $pw | $pc | $pm |"
    done
    echo
    echo "Size on disk: SQLite $((sqlite_size / 1048576)) MiB, PostgreSQL $((pg_size / 1048576)) MiB."
    echo "Import reports, national pages and the Metropolitan report JSON are identical between the stores."
} | tee "$out"
