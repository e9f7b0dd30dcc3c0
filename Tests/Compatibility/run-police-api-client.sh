#!/usr/bin/env bash
# Conformance check of the police.uk-compatible API (/api/) with the real PyPI client police-api-client.
#
#   run-police-api-client.sh BASE_URL DATABASE AS_OF [extra options for the check]
#
# BASE_URL is the API root of a running `pledgewatch serve` (e.g. http://127.0.0.1:8080/api/), DATABASE the
# store it serves (read here, read-only), AS_OF the date it was started with (--as-of). The client is
# installed from PyPI into a throwaway virtualenv (never vendored); the exit status is the check's.
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 BASE_URL DATABASE AS_OF [--strict-extra] [--verbose] [--max-rate N]" >&2
    exit 2
fi
base_url=$1
database=$2
as_of=$3
shift 3

here=$(cd "$(dirname "$0")" && pwd)
venv=$(mktemp -d "${TMPDIR:-/tmp}/police-api-client.XXXXXX")
trap 'rm -rf "$venv"' EXIT

python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check police-api-client

# The server is local: never send its requests through a proxy the environment may name.
export NO_PROXY=127.0.0.1,localhost
export no_proxy=127.0.0.1,localhost

status=0
"$venv/bin/python" "$here/police_api_client_check.py" \
    --base-url "$base_url" --database "$database" --as-of "$as_of" "$@" || status=$?
exit "$status"
