#!/usr/bin/env python3
"""One markdown table row per wrk run, for bench/web/load.sh.

    wrk_table.py RUN...        each RUN is PATH=WRK_OUTPUT_FILE=VMRSS_KB=VMHWM_KB

Reads what `wrk --latency` printed and writes the table (header and rows) to stdout. Latencies are given
in milliseconds whatever unit wrk chose (it switches between us, ms and s per figure, which makes its
own columns hard to compare), transfer in MB/s, memory in MiB. Exits with status 1 if a file is not wrk's
output, so that the script fails rather than writing an empty row.
"""
import re
import sys

TIME_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
SIZE_UNITS = {"B": 1 / 1024**2, "KB": 1 / 1024, "MB": 1.0, "GB": 1024.0, "TB": 1024.0**2}


def milliseconds(text):
    number, unit = re.fullmatch(r"([0-9.]+)([a-z]+)", text).groups()
    return float(number) * TIME_UNITS[unit]


def megabytes(text):
    number, unit = re.fullmatch(r"([0-9.]+)([A-Z]*B)", text).groups()
    return float(number) * SIZE_UNITS[unit]


def parse(text):
    """The figures of one wrk run: requests/s, latency percentiles and maximum, transfer, failures."""
    found = {}
    # "    Latency     2.51ms    1.07ms  31.20ms   88.42%"  (avg, stdev, max, +/- stdev)
    latency = re.search(r"^\s+Latency\s+(\S+)\s+(\S+)\s+(\S+)", text, re.M)
    found["max"] = milliseconds(latency.group(3))
    # "     50%    2.31ms" ... under "Latency Distribution"
    for share in ("50", "75", "90", "99"):
        found["p" + share] = milliseconds(re.search(rf"^\s+{share}%\s+(\S+)", text, re.M).group(1))
    found["rps"] = float(re.search(r"^Requests/sec:\s+([0-9.]+)", text, re.M).group(1))
    found["transfer"] = megabytes(re.search(r"^Transfer/sec:\s+(\S+)", text, re.M).group(1))
    found["requests"] = int(re.search(r"^\s+(\d+) requests in", text, re.M).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    found["non2xx"] = int(non2xx.group(1)) if non2xx else 0
    # "  Socket errors: connect 0, read 0, write 0, timeout 12"
    errors = re.search(r"Socket errors:\s+connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    found["errors"] = dict(zip(("connect", "read", "write", "timeout"), map(int, errors.groups()))) if errors else {}
    return found


def main(runs):
    print("| path | requests/s | p50 ms | p75 ms | p90 ms | p99 ms | max ms | MB/s | requests | non-2xx / socket errors | server VmRSS after (peak) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    for run in runs:
        path, output, rss, hwm = run.rsplit("=", 3)
        try:
            f = parse(open(output).read())
        except (AttributeError, KeyError, ValueError):
            print(f"wrk_table.py: cannot read wrk's figures in {output}", file=sys.stderr)
            return 1
        failures = []
        if f["non2xx"]:
            failures.append(f"{f['non2xx']} non-2xx")
        failures += [f"{count} {kind}" for kind, count in f["errors"].items() if count]
        mib = lambda kb: f"{int(kb) / 1024:.0f} MiB" if kb.isdigit() else "?"
        print(f"| `{path}` | {f['rps']:,.0f} | {f['p50']:.2f} | {f['p75']:.2f} | {f['p90']:.2f} | {f['p99']:.2f} | {f['max']:.2f}"
              f" | {f['transfer']:.1f} | {f['requests']:,} | {', '.join(failures) or 'none'} | {mib(rss)} ({mib(hwm)}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
