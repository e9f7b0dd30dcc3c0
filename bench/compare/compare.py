#!/usr/bin/env python3
"""Pledgewatch against what an analyst would otherwise use: the sqlite3 shell and DuckDB.

On one machine, in one run: writes a calls file of N rows (and the neighbourhoods it names), then
  import  Pledgewatch into its embedded store, `sqlite3 .import` into a plain table, DuckDB `read_csv`
          into a table;
  report  Pledgewatch's full force-year calls indicators (P5, P6: every area and month), the first
          report after the import, against the same figures by hand-written SQL in DuckDB and in SQLite
          over the tables they loaded (calls-duckdb.sql, calls-sqlite.sql, written from the spec);
          all three must give the same counts, or the run fails;
  memory  the peak resident memory of each process.
Each step runs --repeat times in fresh processes (medians reported, with the spread). It prints a table of
times and ratios (Pledgewatch / other) and writes it, with the machine it ran on, to --out.

Run through bench/run, which makes the virtual environment with DuckDB and builds the release binaries.
"""
import argparse, json, os, platform, shutil, statistics, subprocess, sys, tempfile, time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FORCE = "leicestershire"
PERIOD = "2008/09"
LONDON = ZoneInfo("Europe/London")
# DuckDB reads the calls with the contract's types, as a careful analyst would (no guessing from a sample).
DUCK_CALL_TYPES = {
    "call_id": "VARCHAR", "force": "VARCHAR", "line": "VARCHAR", "received_at": "TIMESTAMPTZ",
    "answered_at": "TIMESTAMPTZ", "neighbourhood_id": "VARCHAR", "area_type": "VARCHAR",
    "vulnerable": "BOOLEAN", "neighbourhood_priority": "BOOLEAN", "response": "VARCHAR",
    "eta_given": "BOOLEAN", "deployed_at": "TIMESTAMPTZ", "arrived_at": "TIMESTAMPTZ",
    "appointment_at": "TIMESTAMPTZ",
}


def period_bounds():
    """The 2008/09 period's ends, local midnights, as UTC datetimes; as-of is the end."""
    start = datetime(2008, 4, 1, tzinfo=LONDON).astimezone(timezone.utc)
    end = datetime(2009, 4, 1, tzinfo=LONDON).astimezone(timezone.utc)
    return start, end


def summer_time_spans(first_year, last_year):
    """[from, to) UTC Unix seconds in which London is an hour ahead, found from the zone database."""
    spans, opened = [], None
    t = datetime(first_year, 1, 1, tzinfo=timezone.utc)
    while t.year <= last_year:
        ahead = t.astimezone(LONDON).utcoffset() != timedelta(0)
        if ahead and opened is None:
            opened = t
        elif not ahead and opened is not None:
            spans.append((int(opened.timestamp()), int(t.timestamp())))
            opened = None
        t += timedelta(hours=1)
    return spans


def measured(command, stdout=subprocess.DEVNULL, stdin=None):
    """Runs a command; returns (wall seconds, peak resident KiB, its stdout if captured)."""
    with tempfile.NamedTemporaryFile("r") as usage:
        started = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", usage.name] + command,
                              stdout=stdout, stdin=stdin, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr.decode()[-2000:]}")
        peak = int(usage.read().strip().splitlines()[-1])
    return seconds, peak, done.stdout


def fresh(path):
    for suffix in ("", "-wal", "-shm", ".wal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


# ---- DuckDB, run in a child process so that its memory is its own --------------------------------------

def duck_import(database, directory, calls):
    import duckdb
    fresh(database)
    connection = duckdb.connect(database)
    connection.execute(f"CREATE TABLE neighbourhoods AS SELECT * FROM read_csv('{directory}/neighbourhoods.csv', header = true, all_varchar = true)")
    started = time.perf_counter()
    connection.execute(f"CREATE TABLE calls AS SELECT * FROM read_csv('{calls}', header = true, columns = {DUCK_CALL_TYPES!r})")
    seconds = time.perf_counter() - started
    connection.close()
    print(json.dumps({"seconds": seconds}))


def duck_report(database, sql_path, out):
    import duckdb
    connection = duckdb.connect(database, read_only=True)
    sql = open(sql_path).read()
    started = time.perf_counter()
    rows = connection.execute(sql).fetchall()
    seconds = time.perf_counter() - started
    with open(out, "w") as f:
        json.dump([{"indicator": r[0], "area": r[1], "month": r[2], "numerator": r[3], "denominator": r[4]} for r in rows], f)
    print(json.dumps({"seconds": seconds}))


# ---- The comparison -----------------------------------------------------------------------------------

def pledgewatch_counts(path):
    """(indicator, area, month or '') -> (numerator, denominator) for P5 and P6, denominators above 0."""
    counts = {}
    for result in json.load(open(path))["indicators"]:
        if not result["id"].startswith(("P5.", "P6.")):
            continue
        if result["denominator"]:
            counts[(result["id"], result["area"], "")] = (result["numerator"], result["denominator"])
        for point in result["series"]:
            if point["denominator"]:
                counts[(result["id"], result["area"], point["month"])] = (point["numerator"], point["denominator"])
    return counts


def sql_counts(rows):
    return {(r["indicator"], r["area"], r["month"]): (int(r["numerator"]), int(r["denominator"])) for r in rows if r["denominator"]}


def differences(expected, actual):
    keys = sorted(set(expected) | set(actual))
    return [(k, expected.get(k), actual.get(k)) for k in keys if expected.get(k) != actual.get(k)]


def spread(values):
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000, help="calls in the file (1 to 10,000,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each step, each in a fresh process")
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "pledgewatch-compare"))
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release"))
    parser.add_argument("--out", help="where the table goes (default: DIR/compare-N.md)")
    options = parser.parse_args()
    if not 1 <= options.rows <= 10_000_000:
        sys.exit("--rows: from 1 to 10,000,000")
    directory, rows = options.dir, options.rows
    os.makedirs(directory, exist_ok=True)
    pledgewatch = os.path.join(options.bin, "pledgewatch")
    calls = os.path.join(directory, f"calls-{rows}.csv")
    if not os.path.exists(calls):
        print(f"writing {calls}", flush=True)
        subprocess.run([os.path.join(options.bin, "pledgewatch-bench"), "calls-file", str(rows), directory], check=True)
    neighbourhoods = os.path.join(directory, "neighbourhoods.csv")
    me = [sys.executable, os.path.abspath(__file__)]

    times = {key: [] for key in ("pw_import", "sq_import", "dk_import", "pw_report", "sq_report", "dk_report", "dk_import_process", "dk_report_process")}
    peaks = {key: 0 for key in times}

    def record(key, seconds, peak):
        times[key].append(seconds)
        peaks[key] = max(peaks[key], peak)

    # Import: each into a new store or table; the file is in the page cache for all three alike.
    store, plain, duck = (os.path.join(directory, name) for name in ("pw.sqlite", "plain.sqlite", "duck.duckdb"))
    for run in range(options.repeat):
        print(f"import, run {run + 1} of {options.repeat}", flush=True)
        fresh(store)
        measured([pledgewatch, "import", "--database", store, neighbourhoods])
        os.sync()
        seconds, peak, _ = measured([pledgewatch, "import", "--database", store, "--kind", "calls", "--strict", calls])
        record("pw_import", seconds, peak)
        fresh(plain)
        measured(["sqlite3", "-csv", plain, f".import {neighbourhoods} neighbourhoods"])
        os.sync()
        record("sq_import", *measured(["sqlite3", "-csv", plain, f".import {calls} calls"])[:2])
        os.sync()
        process, peak, output = measured(me + ["duck-import", duck, directory, calls], stdout=subprocess.PIPE)
        record("dk_import", json.loads(output)["seconds"], peak)
        record("dk_import_process", process, peak)
    loaded = subprocess.run(["sqlite3", plain, "SELECT count(*) FROM calls"], capture_output=True, text=True).stdout.strip()
    if loaded != str(rows):
        sys.exit(f"sqlite3 .import loaded {loaded} rows of {rows}")

    # Report: the first after the import (a fresh copy of the store each run, so nothing is cached).
    start, end = period_bounds()
    duck_sql = open(os.path.join(HERE, "calls-duckdb.sql")).read().format(
        force=FORCE, start=start.isoformat(), end=end.isoformat(), as_of=end.isoformat())
    offsets = " ".join(f"WHEN t >= {a} AND t < {b} THEN 3600" for a, b in summer_time_spans(start.year - 1, end.year + 1))
    sqlite_sql = open(os.path.join(HERE, "calls-sqlite.sql")).read().format(
        force=FORCE, start=int(start.timestamp()), end=int(end.timestamp()), as_of=int(end.timestamp()),
        local_offset=f"CASE {offsets} ELSE 0 END")
    filled = {}
    for name, sql in (("duckdb", duck_sql), ("sqlite", sqlite_sql)):
        filled[name] = os.path.join(directory, f"calls-{name}.filled.sql")
        open(filled[name], "w").write(sql)
    report_json, duck_json, sqlite_json = (os.path.join(directory, f"report-{n}.json") for n in ("pledgewatch", "duckdb", "sqlite"))
    run_store = os.path.join(directory, "pw-run.sqlite")
    for run in range(options.repeat):
        print(f"report, run {run + 1} of {options.repeat}", flush=True)
        fresh(run_store)
        # The store's last writes may still be in its write-ahead log: fold them into the file before copying it.
        subprocess.run(["sqlite3", store, "PRAGMA wal_checkpoint(TRUNCATE);"], check=True, stdout=subprocess.DEVNULL)
        shutil.copyfile(store, run_store)
        os.sync()  # the copy's writing-back is the benchmark's own, not the report's
        with open(report_json, "wb") as out:
            record("pw_report", *measured([pledgewatch, "indicators", "--database", run_store, "--force", FORCE,
                                           "--period", PERIOD, "--area", "all", "--format", "json"], stdout=out)[:2])
        process, peak, output = measured(me + ["duck-report", duck, filled["duckdb"], duck_json], stdout=subprocess.PIPE)
        record("dk_report", json.loads(output)["seconds"], peak)
        record("dk_report_process", process, peak)
        with open(filled["sqlite"]) as sql, open(sqlite_json, "wb") as out:
            record("sq_report", *measured(["sqlite3", "-json", plain], stdout=out, stdin=sql)[:2])

    # The same answers, to the count.
    ours = pledgewatch_counts(report_json)
    failed = False
    for name, path in (("DuckDB", duck_json), ("SQLite", sqlite_json)):
        theirs = sql_counts(json.load(open(path)))
        wrong = differences(ours, theirs)
        if wrong:
            failed = True
            print(f"MISMATCH: Pledgewatch and {name} differ on {len(wrong)} of {len(ours)} counts, first ones (key, Pledgewatch, {name}):")
            for line in wrong[:12]:
                print("  ", line)
        else:
            print(f"counts agree: Pledgewatch and {name}, {len(ours)} (indicator, area, month) numerators and denominators")
    if failed:
        sys.exit(1)

    table = render(options, rows, times, peaks, len(ours))
    out = options.out or os.path.join(directory, f"compare-{rows}.md")
    open(out, "w").write(table)
    print(table)
    print(f"written to {out}")


def render(options, rows, times, peaks, compared):
    median = {key: statistics.median(values) for key, values in times.items()}
    mib = {key: peaks[key] / 1024 for key in peaks}

    def ratio(ours, theirs):
        return f"{median[ours] / median[theirs]:.2f}"

    import duckdb
    sqlite_version = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), platform.processor())
    lines = [
        f"# Pledgewatch against sqlite3 and DuckDB: {rows:,} calls",
        "",
        f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} CPUs ({cpu}); {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB; "
        f"SQLite {sqlite_version}; DuckDB {duckdb.__version__}; Python {platform.python_version()}. "
        f"Seconds are the median of {options.repeat} runs (fastest–slowest); memory is the highest peak resident set of any run.",
        "",
        "| step | Pledgewatch | sqlite3 | DuckDB | Pledgewatch / sqlite3 | Pledgewatch / DuckDB |",
        "|---|---:|---:|---:|---:|---:|",
        f"| import, seconds | {spread(times['pw_import'])} | {spread(times['sq_import'])} | {spread(times['dk_import'])} | {ratio('pw_import', 'sq_import')} | {ratio('pw_import', 'dk_import')} |",
        f"| import, rows a second | {rows / median['pw_import']:,.0f} | {rows / median['sq_import']:,.0f} | {rows / median['dk_import']:,.0f} | | |",
        f"| import, peak RSS MiB | {mib['pw_import']:.0f} | {mib['sq_import']:.0f} | {mib['dk_import']:.0f} | {mib['pw_import'] / mib['sq_import']:.2f} | {mib['pw_import'] / mib['dk_import']:.2f} |",
        f"| first calls report, seconds | {spread(times['pw_report'])} | {spread(times['sq_report'])} | {spread(times['dk_report'])} | {ratio('pw_report', 'sq_report')} | {ratio('pw_report', 'dk_report')} |",
        f"| first calls report, peak RSS MiB | {mib['pw_report']:.0f} | {mib['sq_report']:.0f} | {mib['dk_report']:.0f} | {mib['pw_report'] / mib['sq_report']:.2f} | {mib['pw_report'] / mib['dk_report']:.2f} |",
        "",
        f"All three gave the same {compared:,} counts (P5 and P6 numerators and denominators for the force, urban, rural, "
        "every unit and neighbourhood, for the year and each month).",
        "",
        "- Pledgewatch and sqlite3: wall time of the whole process (start, open, work, exit). DuckDB: the statement alone, "
        "timed inside its process (Python's start, the module's import and connecting are not counted); its memory is the "
        f"whole Python process. DuckDB's whole process took {spread(times['dk_import_process'])} s to import and "
        f"{spread(times['dk_report_process'])} s to report (Pledgewatch / DuckDB whole process: "
        f"{median['pw_import'] / median['dk_import_process']:.2f} and {median['pw_report'] / median['dk_report_process']:.2f}).",
        "- Pledgewatch's import checks every row against the contract, converts local times, keeps each record's key unique "
        "and packs the calls for reports; sqlite3 stores the text as it is. Pledgewatch's report computes every indicator, "
        "area and month with its interval, target, control limits and signals, the 999 table, time spreads and narrative, "
        "and writes them as JSON (and keeps it in the report cache); the SQL computes the counts only.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "duck-import":
        duck_import(*sys.argv[2:5])
    elif len(sys.argv) > 1 and sys.argv[1] == "duck-report":
        duck_report(*sys.argv[2:5])
    else:
        main()
