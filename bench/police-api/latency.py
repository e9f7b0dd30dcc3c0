#!/usr/bin/env python3
"""Server time of the police.uk-compatible API's neighbourhood routes, from warm caches.

Starts `pledgewatch serve` (a release build) on a store with its rate limit off, warms every route once,
then sends N requests per route over one keep-alive connection and reads the server's own request log
(`ms=` is measured inside the server, from the router to the response, by RequestLog). Prints, per route,
the median, 90th and 99th percentile and the maximum server time in microseconds, and the client's round
trip for comparison.

    swift build -c release --product pledgewatch
    python3 bench/police-api/latency.py --database STORE.sqlite --as-of 2008-07-31 [--requests 2000]
"""
import argparse, http.client, os, re, statistics, subprocess, sys, tempfile, time

ROUTES = ["neighbourhoods", "{n}", "{n}/boundary", "{n}/people", "{n}/events", "{n}/priorities"]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--as-of", default="2008-07-31")
    parser.add_argument("--force", default="leicestershire")
    parser.add_argument("--neighbourhood", default="LE0101")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--port", type=int, default=18095)
    parser.add_argument("--binary", default=".build/release/pledgewatch")
    args = parser.parse_args()

    log = tempfile.NamedTemporaryFile(prefix="pledgewatch-serve-", suffix=".log", delete=False)
    server = subprocess.Popen(
        [args.binary, "serve", "--database", args.database, "--port", str(args.port), "--as-of", args.as_of, "--rate-limit", "0"],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", args.port)
        for _ in range(100):
            try:
                connection.request("GET", "/health"); connection.getresponse().read(); break
            except OSError:
                time.sleep(0.2); connection = http.client.HTTPConnection("127.0.0.1", args.port)
        paths = [f"/api/{args.force}/" + route.replace("{n}", args.neighbourhood) for route in ROUTES]
        for path in paths:  # warm the caches
            connection.request("GET", path); body = connection.getresponse().read()
        marker = f"/api/{args.force}/__measure__"
        connection.request("GET", marker); connection.getresponse().read()
        round_trips = {path: [] for path in paths}
        for _ in range(args.requests):
            for path in paths:
                started = time.perf_counter()
                connection.request("GET", path)
                response = connection.getresponse(); response.read()
                round_trips[path].append((time.perf_counter() - started) * 1e6)
                assert response.status == 200, (path, response.status)
    finally:
        server.terminate(); server.wait()
    lines = open(log.name).read().splitlines()
    start = next(i for i, line in enumerate(lines) if "__measure__" in line)
    server_us = {path: [] for path in paths}
    for line in lines[start + 1:]:
        found = re.search(r"ms=([0-9.]+) path=(\S+)", line)
        if found and found.group(2) in server_us:
            server_us[found.group(2)].append(float(found.group(1)) * 1000)
    os.unlink(log.name)
    print(f"{args.requests} requests per route, one keep-alive connection, store {args.database}")
    print(f"{'route':<42} {'server µs: median':>17} {'p90':>6} {'p99':>6} {'max':>7} {'round trip median':>18}")
    for path in paths:
        values = server_us[path]
        print(f"{path:<42} {statistics.median(values):>17.0f} {percentile(values, .9):>6.0f} {percentile(values, .99):>6.0f}"
              f" {max(values):>7.0f} {statistics.median(round_trips[path]):>18.0f}")


if __name__ == "__main__":
    sys.exit(main())
