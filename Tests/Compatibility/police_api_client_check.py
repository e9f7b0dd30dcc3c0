#!/usr/bin/env python3
"""Conformance check: the real PyPI client `police_api` (police-api-client) against Pledgewatch's /api/.

Usage:
    police_api_client_check.py --base-url http://127.0.0.1:8080/api/ --database pledgewatch.sqlite --as-of 2009-03-31

The client is retargeted with `PoliceAPI(base_url=...)`. Every public method of `PoliceAPI` is called, every
lazy attribute of what it returns is touched, and the answers are compared with the store, opened read-only.
The server must run with its clock at the start of the day after AS_OF (Europe/London).

Two kinds of check:
  * "ok" checks are the contract this script was written for; the first one that fails stops the run
    (exit 1) with a message naming the method, the request and what differed.
  * "NOTE" checks are further rules of the reference (docs/police-uk-api.md §3, §5.2) that the client does
    not need; they are reported and counted, and fail the run only with --strict-extra.

Exit status: 0 all checks passed, 1 a check failed (or the client raised), 2 bad arguments or store.
Plain Python 3.11: the standard library and police-api-client only.
"""

import argparse
import collections
import datetime as dt
import hashlib
import hmac
import json
import math
import os
import re
import secrets
import sqlite3
import sys
import time
import traceback
import urllib.parse
import urllib.request

import requests
from police_api import APIError, Crime, CrimeCategory, Force, Neighbourhood, NoLocationCrime, PoliceAPI
from police_api.crime import Location, OutcomeCategory
from police_api.exceptions import InvalidCategoryException

# The public methods of police_api.PoliceAPI (police-api-client 1.2.2, police_api/__init__.py).
PUBLIC_METHODS = [
    "get_forces", "get_force", "get_neighbourhoods", "get_neighbourhood", "locate_neighbourhood", "get_dates",
    "get_latest_date", "get_crime_categories", "get_crime_category", "get_crime", "get_crimes_point",
    "get_crimes_area", "get_crimes_location", "get_crimes_no_location",
]

# Reference §3.10: the current categories, in police.uk's order.
CURRENT_CATEGORIES = [
    ("all-crime", "All crime"),
    ("anti-social-behaviour", "Anti-social behaviour"),
    ("bicycle-theft", "Bicycle theft"),
    ("burglary", "Burglary"),
    ("criminal-damage-arson", "Criminal damage and arson"),
    ("drugs", "Drugs"),
    ("other-theft", "Other theft"),
    ("possession-of-weapons", "Possession of weapons"),
    ("public-order", "Public order"),
    ("robbery", "Robbery"),
    ("shoplifting", "Shoplifting"),
    ("theft-from-the-person", "Theft from the person"),
    ("vehicle-crime", "Vehicle crime"),
    ("violent-crime", "Violence and sexual offences"),
    ("other-crime", "Other crime"),
]
# Names of earlier months (reference §3.10) and the older spelling of violent crime.
HISTORIC_CATEGORIES = [
    ("public-disorder-weapons", "Public disorder and weapons"),
    ("violent-crime", "Violent crime"),
]
SLUG_BY_NAME = {name.lower(): slug for slug, name in CURRENT_CATEGORIES[1:] + HISTORIC_CATEGORIES}
NAME_BY_SLUG = dict(CURRENT_CATEGORIES)

# Reference §3.15: the street CSV says "Offender given penalty notice" where outcome routes add "a".
OUTCOME_NAME_VARIANTS = {"offender given penalty notice": "offender given a penalty notice"}

HEX64 = re.compile(r"^[0-9a-f]{64}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")
MILE = 1609.344
EARTH_RADIUS = 6371008.8


# --------------------------------------------------------------------------------------------- reporting


class CheckFailed(Exception):
    pass


class Report:
    def __init__(self, strict_extra, verbose):
        self.strict_extra = strict_extra
        self.verbose = verbose
        self.passed = 0
        self.notes = collections.Counter()
        self.note_examples = {}

    def ok(self, method, text):
        self.passed += 1
        print(f"ok    {method:<36} {text}", flush=True)

    def detail(self, method, text):
        if self.verbose:
            print(f"      {method:<36} {text}", flush=True)

    def require(self, condition, method, text):
        if not condition:
            raise CheckFailed(f"{method}: {text}")

    def advise(self, condition, method, rule, example=""):
        """A reference rule beyond the contract: reported once per rule, counted, fatal with --strict-extra."""
        if condition:
            return
        if self.strict_extra:
            raise CheckFailed(f"{method}: [reference] {rule}" + (f" ({example})" if example else ""))
        key = (method, rule)
        self.notes[key] += 1
        if key not in self.note_examples:
            self.note_examples[key] = example
            print(f"NOTE  {method:<36} [reference] {rule}" + (f" (e.g. {example})" if example else ""), flush=True)


def near(a, b, tolerance):
    return abs(a - b) <= tolerance


def as_float(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def short(value, limit=160):
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# -------------------------------------------------------------------------------------------- transport


class Transport:
    """Wraps the client's own request method on this instance: paces requests below the server's rate limit
    (reference §1.3: 15/s, burst 30), retries a 429 after its Retry-After, and remembers the last request for
    failure messages. What the client sends and parses is unchanged."""

    def __init__(self, api, max_rate):
        self.requests = 0
        self.retries_429 = 0
        self.last = ""
        self.interval = 1.0 / max_rate if max_rate > 0 else 0.0
        self.next_slot = 0.0
        self.original = api.service._make_request
        api.service._make_request = self.make_request

    def make_request(self, verb, url, params={}):
        for attempt in range(6):
            if self.interval:
                now = time.monotonic()
                if self.next_slot > now:
                    time.sleep(self.next_slot - now)
                    now = self.next_slot
                self.next_slot = now + self.interval
            self.requests += 1
            shown = {k: (v if len(str(v)) < 80 else str(v)[:77] + "...") for k, v in params.items() if v is not None}
            self.last = f"{verb} {url}" + (f" {shown}" if shown else "")
            try:
                return self.original(verb, url, params)
            except APIError as error:
                if error.status_code == 429 and attempt < 5:
                    self.retries_429 += 1
                    header = error.response.headers.get("Retry-After", "1") if error.response is not None else "1"
                    time.sleep(min(as_float(header) or 1.0, 10.0))
                    continue
                raise


class MethodCoverage:
    """Records which public methods of PoliceAPI were called (instance attributes wrap the bound methods)."""

    def __init__(self, api):
        self.called = collections.Counter()
        for name in PUBLIC_METHODS:
            bound = getattr(api, name)
            setattr(api, name, self._wrap(name, bound))

    def _wrap(self, name, bound):
        def call(*args, **kwargs):
            self.called[name] += 1
            return bound(*args, **kwargs)

        return call


# ---------------------------------------------------------------------------------------------- time


try:
    from zoneinfo import ZoneInfo

    LONDON = ZoneInfo("Europe/London")
except Exception:  # no tz database: the UK rules since 1996 are enough for this data
    LONDON = None


def _last_sunday(year, month):
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def _bst(utc):
    start = dt.datetime.combine(_last_sunday(utc.year, 3), dt.time(1), dt.timezone.utc)
    end = dt.datetime.combine(_last_sunday(utc.year, 10), dt.time(1), dt.timezone.utc)
    return start <= utc < end


def london_wall_time(utc):
    """The Europe/London wall time (naive) of an aware UTC instant."""
    if LONDON is not None:
        return utc.astimezone(LONDON).replace(tzinfo=None)
    return (utc + dt.timedelta(hours=1 if _bst(utc) else 0)).replace(tzinfo=None)


def london_midnight_utc(day):
    """The UTC instant of 00:00 Europe/London on `day` (midnight is never skipped or repeated in the UK)."""
    if LONDON is not None:
        return dt.datetime.combine(day, dt.time(0), LONDON).astimezone(dt.timezone.utc)
    guess = dt.datetime.combine(day, dt.time(0), dt.timezone.utc)
    return guess - dt.timedelta(hours=1) if _bst(guess - dt.timedelta(hours=1)) else guess


def instant_from_store(value):
    """An instant stored as INTEGER microseconds since the epoch (M0001's convention); milliseconds, seconds
    and ISO 8601 text are recognised too, in case the column is ever written differently."""
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", value):
        value = float(value) if "." in value else int(value)
    if isinstance(value, int):
        scale = 1 if abs(value) >= 10**14 else 1000 if abs(value) >= 10**11 else 10**6
        return epoch + dt.timedelta(microseconds=value * scale)
    if isinstance(value, float):
        seconds = value / 1e6 if abs(value) >= 1e14 else value / 1e3 if abs(value) >= 1e11 else value
        return epoch + dt.timedelta(seconds=seconds)
    parsed = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=LONDON if LONDON is not None else dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)


# ---------------------------------------------------------------------------------------------- geometry


def parse_geometry(text):
    """GeoJSON Polygon/MultiPolygon text -> list of polygons, each a list of rings of (lat, lng)."""
    geometry = json.loads(text)
    if geometry.get("type") == "Feature":
        geometry = geometry["geometry"]
    if geometry["type"] == "Polygon":
        polygons = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["coordinates"]
    else:
        raise ValueError(f"unexpected geometry type {geometry['type']!r}")
    return [[[(float(p[1]), float(p[0])) for p in ring] for ring in polygon] for polygon in polygons]


def published_ring(polygons):
    """The outer ring the boundary route publishes: of the polygon with the most vertices (outer ring count;
    the first on a tie), first point repeated last."""
    best = max(polygons, key=lambda polygon: len(polygon[0]))
    ring = list(best[0])
    if ring and ring[0] != ring[-1]:
        ring.append(ring[0])
    return ring


def ring_contains(ring, lat, lng):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        (alat, alng), (blat, blng) = ring[i], ring[j]
        if (alat > lat) != (blat > lat):
            crossing = (blng - alng) * (lat - alat) / (blat - alat) + alng
            if lng < crossing:
                inside = not inside
        j = i
    return inside


def geometry_contains(polygons, lat, lng):
    return any(
        ring_contains(polygon[0], lat, lng) and not any(ring_contains(hole, lat, lng) for hole in polygon[1:])
        for polygon in polygons
    )


def distance_to_edges(polygons, lat, lng):
    """Metres from the point to the nearest edge of any ring (local equirectangular projection)."""
    kx = math.radians(1) * EARTH_RADIUS * math.cos(math.radians(lat))
    ky = math.radians(1) * EARTH_RADIUS
    best = math.inf
    for polygon in polygons:
        for ring in polygon:
            for (alat, alng), (blat, blng) in zip(ring, ring[1:] + ring[:1]):
                ax, ay = (alng - lng) * kx, (alat - lat) * ky
                bx, by = (blng - lng) * kx, (blat - lat) * ky
                dx, dy = bx - ax, by - ay
                length = dx * dx + dy * dy
                t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
                best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def ring_centroid(ring):
    points = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring
    area = cx = cy = 0.0
    for (alat, alng), (blat, blng) in zip(points, points[1:] + points[:1]):
        cross = alng * blat - blng * alat
        area += cross
        cx += (alng + blng) * cross
        cy += (alat + blat) * cross
    if abs(area) < 1e-15:
        return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
    return (cy / (3 * area), cx / (3 * area))


def haversine(lat1, lng1, lat2, lng2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlng = p2 - p1, math.radians(lng2 - lng1)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlng / 2) ** 2
    return 2 * EARTH_RADIUS * math.asin(min(1.0, math.sqrt(h)))


# ------------------------------------------------------------------------------------------------ store


def category_slug(crime_type):
    """The slug of a street-CSV crime type (reference §3.10); a name police.uk does not use keeps its words."""
    known = SLUG_BY_NAME.get(crime_type.lower())
    if known:
        return known
    slug = ""
    for character in crime_type.lower():
        if character.isalnum():
            slug += character
        elif slug and not slug.endswith("-"):
            slug += "-"
    return slug.strip("-") or "other-crime"


def same_outcome_name(published, stored):
    a, b = (published or "").lower(), (stored or "").lower()
    return OUTCOME_NAME_VARIANTS.get(a, a) == OUTCOME_NAME_VARIANTS.get(b, b)


class Store:
    def __init__(self, path):
        if not os.path.isfile(path):
            raise FileNotFoundError(f"no store at {path}")
        uri = "file:" + urllib.request.pathname2url(os.path.abspath(path)) + "?mode=ro"
        self.db = sqlite3.connect(uri, uri=True)
        self.db.row_factory = sqlite3.Row

        def rows(sql, *args):
            return [dict(row) for row in self.db.execute(sql, args)]

        self.forces = rows("SELECT number, id, name FROM forces ORDER BY number")
        self.force_by_number = {f["number"]: f for f in self.forces}
        self.neighbourhoods = rows("SELECT * FROM neighbourhoods ORDER BY force_id, neighbourhood_id")
        for n in self.neighbourhoods:
            n["force_slug"] = self.force_by_number[n["force_id"]]["id"]
        self.boundaries = {}
        for b in rows("SELECT force_id, neighbourhood_id, geometry FROM boundaries"):
            self.boundaries[(b["force_id"], b["neighbourhood_id"])] = parse_geometry(b["geometry"])
        self.team = collections.defaultdict(list)
        for t in rows("SELECT * FROM team"):
            self.team[(t["force_id"], t["neighbourhood_id"])].append(t)
        self.engagements = collections.defaultdict(list)
        for e in rows("SELECT * FROM engagements"):
            self.engagements[(e["force_id"], e["neighbourhood_id"])].append(e)
        self.priorities = collections.defaultdict(list)
        for p in rows("SELECT * FROM priorities"):
            self.priorities[(p["force_id"], p["neighbourhood_id"])].append(p)

        self.crimes = rows(
            "SELECT id, force_id, crime_id, month, latitude, longitude, crime_type, last_outcome_category "
            "FROM crimes ORDER BY id")
        self.months = sorted({c["month"] for c in self.crimes}, reverse=True)
        self.crimes_by_month = collections.defaultdict(list)
        for c in self.crimes:
            c["slug"] = category_slug(c["crime_type"])
            c["blank"] = not c["crime_id"]
            self.crimes_by_month[c["month"]].append(c)

        # Published persistent ids: a 64-hex Crime ID as it is; any other Crime ID is published as an HMAC
        # (PersistentCrimeID.swift) that this script reproduces when the store's secret is readable.
        secret = None
        try:
            found = self.db.execute("SELECT value FROM store_secrets WHERE name = 'crime_ids'").fetchone()
            secret = found[0].encode() if found else None
        except sqlite3.Error:
            pass
        self.pid_counts = collections.Counter()
        self.crime_by_pid = {}
        self.hashed_by_month = collections.Counter()  # crimes whose published id this script could not derive
        for c in self.crimes:
            if c["blank"]:
                c["pid"] = ""
            elif HEX64.match(c["crime_id"]):
                c["pid"] = c["crime_id"]
            elif secret is not None:
                force = self.force_by_number[c["force_id"]]["id"]
                c["pid"] = hmac.new(secret, f"{force}/{c['crime_id']}".encode(), hashlib.sha256).hexdigest()
                c["pid_derived"] = True
                self.hashed_by_month[c["month"]] += 1
            else:
                c["pid"] = None
                self.hashed_by_month[c["month"]] += 1
            if c["pid"]:
                self.pid_counts[c["pid"]] += 1
                self.crime_by_pid.setdefault(c["pid"], c)

        self.neighbourhood_by_key = {(n["force_slug"], n["neighbourhood_id"]): n for n in self.neighbourhoods}
        self._blank_slugs = {}

    def neighbourhood_row(self, force_slug, neighbourhood_id):
        return self.neighbourhood_by_key.get((force_slug, neighbourhood_id))

    def blank_slugs(self, month):
        """The categories of the month's stored crimes that have no Crime ID (published with persistent_id '')."""
        if month not in self._blank_slugs:
            self._blank_slugs[month] = {c["slug"] for c in self.crimes_by_month[month] if c["blank"]}
        return self._blank_slugs[month]


# ------------------------------------------------------------------------------------------------ checks


class Checker:
    def __init__(self, api, store, report, as_of, transport):
        self.api = api
        self.store = store
        self.r = report
        self.as_of = as_of
        self.transport = transport
        self.server_now = london_midnight_utc(as_of + dt.timedelta(days=1))
        self.latest = None
        self.point_crimes = []

    # ---- forces

    def forces(self):
        r, store = self.r, self.store
        m = "get_forces"
        forces = self.api.get_forces()
        r.require(isinstance(forces, list) and all(isinstance(f, Force) for f in forces), m, "not a list of Force")
        got = collections.Counter((f.id, f.name) for f in forces)
        want = collections.Counter((f["id"], f["name"]) for f in store.forces)
        r.require(all(n == 1 for n in got.values()), m,
                  f"duplicate forces: {[k for k, n in got.items() if n > 1]}")
        r.require(got == want, m, f"forces differ from the store: missing {sorted(want - got)[:5]}, "
                                  f"unexpected {sorted(got - want)[:5]}")
        r.ok(m, f"{len(forces)} forces; (id, name) = every row of forces")

        telephone = url = description = engagement = officers = 0
        for force in forces:
            ctx = f"forces/{force.id}"
            # Lazy attributes: the first one read fetches forces/{id}.
            r.require(force.telephone == "101", ctx, f"telephone {short(force.telephone)}, expected '101'")
            telephone += 1
            parsed = urllib.parse.urlparse(force.url) if isinstance(force.url, str) else None
            r.require(parsed is not None and parsed.scheme == "https" and bool(parsed.netloc), ctx,
                      f"url {short(force.url)} is not a non-empty absolute https URL")
            url += 1
            r.require(force.description is None, ctx, f"description {short(force.description)}, expected null")
            description += 1
            r.require(force.engagement_methods == [], ctx,
                      f"engagement_methods {short(force.engagement_methods)}, expected []")
            engagement += 1
            raw = getattr(force, "_response_data", {})
            r.require(raw.get("id") == force.id and raw.get("name") == force.name, ctx,
                      f"id/name {short((raw.get('id'), raw.get('name')))}, expected {(force.id, force.name)}")
            for key in ("description", "url", "telephone", "engagement_methods"):
                r.advise(key in raw, "GET forces/{f}", "every documented key present (§5.2 1)", f"{ctx} lacks {key}")
            seniors = force.senior_officers
            r.require(seniors == [], f"{ctx}/people", f"expected [], got {len(seniors)} officers")
            for officer in seniors:  # none expected; touch them all the same
                (officer.force, officer.name, officer.rank, officer.contact_details, officer.bio)
            officers += 1
        r.ok("Force lazy fields (forces/{f})",
             f"{len(forces)} forces: telephone '101' ({telephone}), https url ({url}), description null "
             f"({description}), engagement_methods [] ({engagement}), id and name")
        r.ok("Force.senior_officers", f"{officers} forces: forces/{{f}}/people is []")

        m = "get_force"
        for row in store.forces:
            force = self.api.get_force(row["id"])
            r.require(force.name == row["name"], m, f"forces/{row['id']} name {short(force.name)}, expected {row['name']!r}")
            r.require(force.slug == row["id"], m, "slug")
        r.ok(m, f"{len(store.forces)} forces fetched by id; name = forces.name")

        try:
            name = self.api.get_force("no-such-force").name
            r.advise(False, m, "unknown force is 404 (§1.4)", f"answered with name {short(name)}")
        except APIError as error:
            r.advise(error.status_code == 404, m, "unknown force is 404 (§1.4)", f"status {error.status_code}")

    # ---- neighbourhood lists

    def neighbourhood_lists(self):
        r, store = self.r, self.store
        m = "get_neighbourhoods"
        by_force = collections.defaultdict(list)
        for n in store.neighbourhoods:
            by_force[n["force_slug"]].append(n)
        self.neighbourhood_objects = []
        listed = empty = 0
        for row in store.forces:
            fid = row["id"]
            want = sorted((n["neighbourhood_id"], n["name"]) for n in by_force[fid])
            argument = self.api.get_force(fid, name=row["name"]) if want else fid  # both call forms
            got_objects = self.api.get_neighbourhoods(argument)
            r.require(all(isinstance(n, Neighbourhood) for n in got_objects), m, "not a list of Neighbourhood")
            got = sorted((n.id, n.name) for n in got_objects)
            r.require(got == want, m, f"{fid}/neighbourhoods differs from the store: missing "
                                      f"{sorted(set(want) - set(got))[:5]}, unexpected {sorted(set(got) - set(want))[:5]}, "
                                      f"{len(got)} listed, {len(want)} stored")
            r.require(all(n.force.id == fid for n in got_objects), m, f"{fid}: neighbourhood.force.id differs")
            if want:
                listed += 1
                # The client sorts by name; the order the server sent is checked on the raw answer.
                raw = self.api.service.request("GET", f"{fid}/neighbourhoods")
                ids = [item.get("id") for item in raw]
                r.require(ids == sorted(ids), m, f"{fid}/neighbourhoods not ordered by id: {ids[:8]}...")
                self.neighbourhood_objects.extend(got_objects)
            else:
                empty += 1
        r.ok(m, f"{len(store.forces)} forces: (id, name) = every stored neighbourhood; {listed} forces with "
                f"{len(self.neighbourhood_objects)} neighbourhoods (ordered by id), {empty} with none")

        with_neighbourhoods = [f["id"] for f in store.forces if by_force[f["id"]]]
        if with_neighbourhoods:
            force = self.api.get_force(with_neighbourhoods[0])
            via_property = sorted(n.id for n in force.neighbourhoods)
            r.require(via_property == sorted(n["neighbourhood_id"] for n in by_force[with_neighbourhoods[0]]),
                      "Force.neighbourhoods", "differs from the store")
            r.ok("Force.neighbourhoods", f"{with_neighbourhoods[0]}: {len(via_property)} neighbourhoods")

    # ---- neighbourhood details

    def neighbourhood_details(self):
        r, store = self.r, self.store
        counts = collections.Counter()
        for n in self.neighbourhood_objects:
            row = store.neighbourhood_row(n.force.id, n.id)
            key = (row["force_id"], row["neighbourhood_id"])
            self._detail(n, row, counts)
            self._boundary(n, key, counts)
            self._officers(n, key, counts)
            self._events(n, key, counts)
            self._priorities(n, key, counts)
        total = len(self.neighbourhood_objects)
        r.ok("Neighbourhood lazy fields ({f}/{n})",
             f"{total} neighbourhoods: name, description, url_force, population (string), centre (6 dp), "
             f"contact_details ({counts['email']} email, {counts['telephone']} telephone), links, "
             f"locations ({counts['stations']} stations)")
        r.ok("Neighbourhood.boundary", f"{counts['boundaries']} boundaries, {counts['vertices']} vertices = outer "
                                       f"ring of the stored geometry (1e-9°); {counts['no_boundary']} without")
        r.ok("Neighbourhood.officers", f"{counts['officers']} officers in post on {self.as_of} = team postings "
                                       f"(name, rank multiset; no officer's own email or telephone)")
        r.ok("Neighbourhood.events", f"{counts['events']} events from {self.server_now.isoformat()} on "
                                     f"(count and start_date, Europe/London, in order)")
        r.ok("Neighbourhood.priorities", f"{counts['priorities']} priorities (issue multiset; "
                                         f"issue-date = agreed_on T00:00:00)")

        m = "get_neighbourhood"
        sample = self.neighbourhood_objects[:3]
        for listed in sample:
            n = self.api.get_neighbourhood(listed.force.id, listed.id)
            row = store.neighbourhood_row(listed.force.id, listed.id)
            r.require(n.name == row["name"], m, f"{listed.force.id}/{listed.id} name {short(n.name)}, expected {row['name']!r}")
            r.require(n.population == int(row["population"] or 0), m, "population")
        if sample:
            r.ok(m, f"{len(sample)} neighbourhoods fetched by id; name and population match")
            force_id = sample[0].force.id
            try:
                name = self.api.get_neighbourhood(force_id, "NO-SUCH-NEIGHBOURHOOD").name
                r.advise(False, m, "unknown neighbourhood is 404 (§1.4)", f"answered with name {short(name)}")
            except APIError as error:
                r.advise(error.status_code == 404, m, "unknown neighbourhood is 404 (§1.4)", f"status {error.status_code}")

    def _detail(self, n, row, counts):
        r = self.r
        ctx = f"{n.force.id}/{n.id}"
        # The first lazy attribute read fetches {f}/{n}; the client hydrates every field from it.
        description = n.description
        r.require(description == (row["description"] or None), ctx,
                  f"description {short(description)}, expected {short(row['description'])}")
        raw = getattr(n, "_response_data", {})
        r.require(raw.get("name") == row["name"], ctx, f"name {short(raw.get('name'))}, expected {row['name']!r}")
        r.require(n.url_force == (row["url"] or ""), ctx, f"url_force {short(n.url_force)}, expected {row['url'] or ''!r}")
        population = str(row["population"] or 0)
        r.require(raw.get("population") == population, ctx,
                  f"population {short(raw.get('population'))}, expected the string {population!r}")
        r.require(n.population == int(population), ctx, "population (client int)")
        centre = n.centre
        r.require(isinstance(centre, dict), ctx, f"centre {short(centre)} is not an object")
        lat, lng = as_float(centre.get("latitude")), as_float(centre.get("longitude"))
        r.require(isinstance(centre.get("latitude"), str) and isinstance(centre.get("longitude"), str)
                  and lat is not None and lng is not None, ctx, f"centre {short(centre)}: not decimal strings")
        if row["latitude"] is not None and row["longitude"] is not None:
            r.require(near(lat, row["latitude"], 5.01e-7) and near(lng, row["longitude"], 5.01e-7), ctx,
                      f"centre {short(centre)}, expected {row['latitude']:.6f}, {row['longitude']:.6f}")
        contact = n.contact_details
        r.require(isinstance(contact, dict), ctx, f"contact_details {short(contact)} is not an object")
        if row["email"]:
            r.require(contact.get("email") == row["email"], ctx,
                      f"contact_details.email {short(contact.get('email'))}, expected {row['email']!r}")
            counts["email"] += 1
        else:
            r.advise("email" not in contact, "Neighbourhood.contact_details", "absent channels omitted (§3.12)", ctx)
        if row["phone"]:
            r.require(contact.get("telephone") == row["phone"], ctx,
                      f"contact_details.telephone {short(contact.get('telephone'))}, expected {row['phone']!r}")
            counts["telephone"] += 1
        else:
            r.advise("telephone" not in contact, "Neighbourhood.contact_details", "absent channels omitted (§3.12)", ctx)
        r.advise(all(isinstance(v, str) and v for v in contact.values()), "Neighbourhood.contact_details",
                 "values are non-empty strings (§3.12)", f"{ctx}: {short(contact)}")
        links = n.links
        r.require(isinstance(links, list), ctx, f"links {short(links)} is not a list")
        for link in links:
            r.advise(isinstance(link, dict) and isinstance(link.get("url"), str) and link.get("url")
                     and isinstance(link.get("title"), str) and link.get("title")
                     and isinstance(link.get("description"), str),
                     "Neighbourhood.links", "url and title non-empty strings, description a string (§3.5)",
                     f"{ctx}: {short(link)}")
        locations = n.locations
        r.require(isinstance(locations, list), ctx, f"locations {short(locations)} is not a list")
        if row["base"] or row["address"]:
            r.require(len(locations) == 1, ctx, f"{len(locations)} locations, expected one station")
            place = locations[0]
            expected = {"type": "station", "name": row["base"] or "", "address": row["address"] or row["base"],
                        "postcode": row["postcode"] or ""}
            for key, value in expected.items():
                r.require(isinstance(place, dict) and place.get(key) == value, ctx,
                          f"locations[0].{key} {short(place.get(key) if isinstance(place, dict) else place)}, "
                          f"expected {value!r}")
            for key in ("name", "type", "description", "address", "postcode", "latitude", "longitude"):
                r.advise(isinstance(place.get(key), str), "Neighbourhood.locations",
                         "every documented key a string, '' when missing (§3.5)", f"{ctx} {key}={short(place.get(key))}")
            counts["stations"] += 1
        else:
            r.require(locations == [], ctx, f"locations {short(locations)}, expected [] (no base or address)")
        r.advise("description" in raw, "Neighbourhood", "description key always present (§3.5)", ctx)
        r.require(n.name == row["name"], ctx, "name")  # set from the list; hydrated from detail above
        r.detail("neighbourhood", f"{ctx}: detail matches")

    def _boundary(self, n, key, counts):
        r = self.r
        ctx = f"{n.force.id}/{n.id}/boundary"
        polygons = self.store.boundaries.get(key)
        if polygons is None:
            try:
                points = n.boundary
                r.require(points == [], ctx, f"no stored boundary, but {len(points)} points returned")
            except APIError as error:
                r.require(error.status_code == 404, ctx, f"no stored boundary: expected [] or 404, got {error.status_code}")
            counts["no_boundary"] += 1
            return
        points = n.boundary  # the client float()s every latitude/longitude
        ring = published_ring(polygons)
        r.require(len(points) == len(ring), ctx, f"{len(points)} points, expected {len(ring)} (outer ring, closed)")
        for index, ((lat, lng), (want_lat, want_lng)) in enumerate(zip(points, ring)):
            r.require(near(lat, want_lat, 1e-9) and near(lng, want_lng, 1e-9), ctx,
                      f"point {index} is {lat}, {lng}; expected {want_lat}, {want_lng}")
        r.require(points[0] == points[-1], ctx, "first point not repeated last")
        raw = self.api.service.request("GET", f"{n.force.id}/{n.id}/boundary") if counts["boundaries"] == 0 else None
        if raw is not None:
            r.advise(all(isinstance(p.get("latitude"), str) and isinstance(p.get("longitude"), str) for p in raw),
                     "Neighbourhood.boundary", "coordinates are strings (§1)", ctx)
        counts["boundaries"] += 1
        counts["vertices"] += len(points)

    def _officers(self, n, key, counts):
        r = self.r
        ctx = f"{n.force.id}/{n.id}/people"
        day = self.as_of.isoformat()
        postings = [t for t in self.store.team.get(key, [])
                    if t["started_on"] <= day and (t["ended_on"] is None or t["ended_on"] >= day)]
        officers = n.officers
        for officer in officers:
            r.require(isinstance(officer, Neighbourhood.Officer), ctx, "not a Neighbourhood.Officer")
            r.require(officer.neighbourhood is n, ctx, "officer.neighbourhood is not the neighbourhood")
            r.require(isinstance(officer.name, str) and isinstance(officer.rank, str), ctx,
                      f"name/rank {short((officer.name, officer.rank))} not strings")
            r.require(officer.bio is None or isinstance(officer.bio, str), ctx, f"bio {short(officer.bio)}")
            r.require(isinstance(officer.contact_details, dict), ctx,
                      f"contact_details {short(officer.contact_details)} is not an object")
            r.advise(all(isinstance(v, str) and v for v in officer.contact_details.values()),
                     "Neighbourhood.officers", "contact values are non-empty strings (§3.3)", ctx)
        got = collections.Counter((o.name, o.rank) for o in officers)
        want = collections.Counter((t["name"], t["rank"]) for t in postings)
        r.require(got == want, ctx, f"(name, rank) differ from postings in post on {day}: missing "
                                    f"{sorted((want - got).elements())[:5]}, unexpected {sorted((got - want).elements())[:5]}")
        # Officers' own e-mail and telephone are never published (docs/police-api.md): the team is reached
        # through the neighbourhood's shared contacts.
        for officer in officers:
            r.require(not ({"email", "telephone", "mobile"} & set(officer.contact_details)), ctx,
                      f"{officer.name!r} ({officer.rank}) has own contact details {short(officer.contact_details)}")
        counts["officers"] += len(officers)

    def _events(self, n, key, counts):
        r = self.r
        ctx = f"{n.force.id}/{n.id}/events"
        upcoming = []
        for e in self.store.engagements.get(key, []):
            start = instant_from_store(e["starts_at"])
            if start >= self.server_now:
                upcoming.append((start, e))
        upcoming.sort(key=lambda item: item[0])
        events = n.events
        r.require(len(events) == len(upcoming), ctx,
                  f"{len(events)} events, expected {len(upcoming)} starting at or after {self.server_now.isoformat()}")
        want_starts = [london_wall_time(start) for start, _ in upcoming]
        got_starts = [event.start_date for event in events]  # datetime.strptime('%Y-%m-%dT%H:%M:%S') by the client
        r.require(got_starts == want_starts, ctx,
                  f"start_date {[d.isoformat() for d in got_starts[:5]]}, expected {[d.isoformat() for d in want_starts[:5]]}")
        for event in events:
            r.require(isinstance(event, Neighbourhood.Event) and event.neighbourhood is n, ctx, "not an Event of n")
            r.require(isinstance(event.title, str) and event.title.strip(), ctx, f"title {short(event.title)} empty")
            (event.type, event.description, event.address)
            r.advise(isinstance(event.contact_details, dict), "Neighbourhood.events", "contact_details an object (§3.7)", ctx)
        titles = collections.Counter(event.title for event in events)
        stored_titles = collections.Counter(e["title"] for _, e in upcoming if e["title"])
        r.require(not (stored_titles - titles), ctx, f"stored titles missing: {sorted((stored_titles - titles).elements())[:3]}")
        counts["events"] += len(events)

    def _priorities(self, n, key, counts):
        r = self.r
        ctx = f"{n.force.id}/{n.id}/priorities"
        # Current priorities: those agreed on or before the server's day (or with no day recorded).
        day = self.as_of.isoformat()
        stored = [p for p in self.store.priorities.get(key, []) if not p["agreed_on"] or p["agreed_on"] <= day]
        priorities = n.priorities  # the client KeyErrors without issue-date/action-date, sorts on issue_date
        r.require(collections.Counter(p.issue for p in priorities) == collections.Counter(p["issue"] for p in stored),
                  ctx, f"issues {sorted(p.issue for p in priorities)[:4]}, expected {sorted(p['issue'] for p in stored)[:4]}")
        for p in priorities:
            r.require(isinstance(p, Neighbourhood.Priority) and p.neighbourhood is n, ctx, "not a Priority of n")
            r.require(isinstance(p.issue_date, dt.datetime), ctx, f"issue-date {short(p.issue_date)} missing")
            (p.action, p.action_date)
        unused = list(priorities)
        for row in sorted(stored, key=lambda p: p["agreed_on"] is None):
            if row["agreed_on"]:
                want = dt.datetime.combine(dt.date.fromisoformat(row["agreed_on"]), dt.time(0))
                match = next((p for p in unused if p.issue == row["issue"] and p.issue_date == want), None)
                r.require(match is not None, ctx, f"no priority {row['issue']!r} with issue-date {want.isoformat()}")
            else:
                match = next((p for p in unused if p.issue == row["issue"]), None)
                r.require(match is not None, ctx, f"no priority {row['issue']!r}")
            unused.remove(match)
        counts["priorities"] += len(priorities)

    # ---- locate

    def locate(self):
        r, store = self.r, self.store
        m = "locate_neighbourhood"
        checked = skipped = 0
        for n in store.neighbourhoods:
            key = (n["force_id"], n["neighbourhood_id"])
            polygons = store.boundaries.get(key)
            if polygons is None:
                continue
            lat, lng = ring_centroid(published_ring(polygons))
            well_inside = geometry_contains(polygons, lat, lng) and distance_to_edges(polygons, lat, lng) > 300
            elsewhere = any(geometry_contains(other, lat, lng) for k, other in store.boundaries.items() if k != key)
            if not well_inside or elsewhere:
                skipped += 1
                continue
            lat, lng = round(lat, 6), round(lng, 6)
            found = self.api.locate_neighbourhood(lat, lng)
            r.require(found is not None, m, f"{lat},{lng} (inside {n['force_slug']}/{n['neighbourhood_id']}) gave None")
            r.require(isinstance(found, Neighbourhood) and (found.force.id, found.id)
                      == (n["force_slug"], n["neighbourhood_id"]), m,
                      f"{lat},{lng} gave {found.force.id}/{found.id}, expected {n['force_slug']}/{n['neighbourhood_id']}")
            if checked == 0:  # the located neighbourhood is lazy too: its name fetches the detail
                r.require(found.name == n["name"], m, f"located neighbourhood's name {short(found.name)}")
            checked += 1
        r.require(checked > 0, m, "no stored boundary has its centroid well inside it: nothing to locate")
        r.ok(m, f"{checked} boundary centroids (>300 m inside, in no other boundary) located to their "
                f"neighbourhood; {skipped} skipped")

        sea = (50.0, -3.0)
        r.require(not any(geometry_contains(p, *sea) for p in store.boundaries.values()), m,
                  "the sea point 50.0,-3.0 is inside a stored boundary; cannot test 'none'")
        r.require(self.api.locate_neighbourhood(*sea) is None, m, "50.0,-3.0 (sea) did not give None")
        try:
            self.api.service.request("GET", "locate-neighbourhood", q="50.0,-3.0")
            r.advise(False, m, "a point in no neighbourhood is 404 (§3.9)", "answered 200")
        except APIError as error:
            r.advise(error.status_code == 404, m, "a point in no neighbourhood is 404 (§3.9)", f"status {error.status_code}")
        r.ok(m, "50.0,-3.0 (sea) gives None")

    # ---- dates and categories

    def dates_and_categories(self):
        r, store = self.r, self.store
        m = "get_dates"
        dates = self.api.get_dates()
        r.require(dates == store.months, m, f"{dates[:4]}... expected {store.months[:4]}... "
                                            f"({len(dates)} vs {len(store.months)} months)")
        r.ok(m, f"{len(dates)} months = distinct crimes.month, newest first")
        r.require(dates, m, "the store has no crimes: nothing more to check about crimes")
        m = "get_latest_date"
        self.latest = self.api.get_latest_date()
        r.require(self.latest == store.months[0], m, f"{self.latest!r}, expected {store.months[0]!r}")
        r.ok(m, f"{self.latest}")

        m = "get_crime_categories"
        standard = {slug for slug, _ in CURRENT_CATEGORIES[1:]}
        for month in store.months:
            categories = self.api.get_crime_categories(month)
            r.require(all(isinstance(c, CrimeCategory) for c in categories), m, "not CrimeCategory objects")
            ids = [c.id for c in categories]
            used = {c["slug"] for c in store.crimes_by_month[month]}
            r.require(len(ids) == len(set(ids)), m, f"{month}: duplicate categories {ids}")
            r.require(set(ids) == standard | used, m, f"{month}: categories {sorted(ids)}; expected the 14 standard "
                                                      f"ones plus {sorted(used - standard)}: missing "
                                                      f"{sorted((standard | used) - set(ids))}, unexpected "
                                                      f"{sorted(set(ids) - standard - used)}")
            for c in categories:
                r.require(c.url == c.id and isinstance(c.name, str) and c.name, m, f"{month}: {c.id} url/name")
                if c.id in NAME_BY_SLUG:
                    r.require(c.name == NAME_BY_SLUG[c.id], m, f"{month}: {c.id} named {c.name!r}, expected {NAME_BY_SLUG[c.id]!r}")
        raw = self.api.service.request("GET", "crime-categories", date=self.latest)
        r.require(raw and raw[0].get("url") == "all-crime", m, f"first category {short(raw[0] if raw else None)}, expected all-crime")
        r.require(len(raw) == 15 + len({c["slug"] for c in store.crimes_by_month[self.latest]} - standard), m,
                  f"{len(raw)} categories for {self.latest}")
        r.ok(m, f"{len(store.months)} months: all-crime first, then the 14 standard categories (names of §3.10) "
                f"plus every category used that month")
        undated = sorted(c.id for c in self.api.get_crime_categories())
        r.advise(undated == sorted(c.id for c in self.api.get_crime_categories(self.latest)), m,
                 "no date means the latest month (§1)", f"{len(undated)} categories")

        m = "get_crime_category"
        burglary = self.api.get_crime_category("burglary", date=self.latest)
        r.require(isinstance(burglary, CrimeCategory) and burglary.name == "Burglary", m, f"burglary is {short(burglary)}")
        try:
            self.api.get_crime_category("no-such-category", date=self.latest)
            r.require(False, m, "an unknown slug did not raise InvalidCategoryException")
        except InvalidCategoryException:
            pass
        r.ok(m, f"burglary in {self.latest} is 'Burglary'; an unknown slug raises InvalidCategoryException")

    # ---- crimes

    def _check_crime(self, crime, month, ctx, stats, seen_unknown):
        """The contract for one crime of a street-level answer: month, category, persistent id, location."""
        r, store = self.r, self.store
        r.require(isinstance(crime, Crime), ctx, f"not a Crime: {short(crime)}")
        r.require(crime.month == month, ctx, f"crime {crime.id}: month {crime.month!r}, expected {month!r}")
        category = crime.category  # hydrated by looking it up in crime-categories?date=<month>
        r.require(isinstance(category, CrimeCategory), ctx, f"crime {crime.id}: category {short(category)}")
        pid = crime.persistent_id
        r.require(isinstance(pid, str) and (pid == "" or HEX64.match(pid)), ctx,
                  f"crime {crime.id}: persistent_id {short(pid)} is neither '' nor 64 lowercase hex")
        location = crime.location
        r.require(isinstance(location, Location) and hasattr(location, "latitude"), ctx,
                  f"crime {crime.id}: no location")
        street = location.street
        r.require(isinstance(street, dict) and type(location.id) is int, ctx,
                  f"crime {crime.id}: location.street.id {short(location.id)} is not an int")
        r.require(isinstance(location.name, str) and location.name.startswith("On or near"), ctx,
                  f"crime {crime.id}: street name {short(location.name)} does not start with 'On or near'")
        lat, lng = as_float(location.latitude), as_float(location.longitude)
        r.require(lat is not None and lng is not None, ctx,
                  f"crime {crime.id}: location {short((location.latitude, location.longitude))} not decimals")
        (location.type, location.subtype, location.is_btp(), crime.location_type, crime.location_subtype, crime.context)
        r.advise(isinstance(location.latitude, str) and isinstance(location.longitude, str), "Crime.location",
                 "coordinates are strings (§1)", f"{short(location.latitude)}")
        r.advise(type(crime.id) is int, "Crime", "id is an int (§3.11)", f"{short(crime.id)}")
        r.advise(crime.context == "", "Crime", "context is '' (§5.2 6)", f"{short(crime.context)}")
        r.advise(crime.location_type in ("Force", "BTP"), "Crime", "location_type 'Force' or 'BTP' (§3.11)",
                 f"{short(crime.location_type)}")
        r.advise(isinstance(crime.location_subtype, str), "Crime", "location_subtype a string (§3.11)",
                 f"{short(crime.location_subtype)}")
        status = crime.outcome_status
        if status is not None:
            r.require(isinstance(status, Crime.Outcome) and status.crime is crime, ctx, "outcome_status")
            (status.category.id, status.category.code, status.category.name, status.date)
            r.advise(isinstance(status.date, str) and MONTH.match(status.date), "Crime.outcome_status",
                     "date is YYYY-MM (§3.11)", short(status.date))
        stats["crimes"] += 1
        if pid == "":
            stats["blank"] += 1
            stats["blank_categories"][category.id] += 1
            r.require(category.id in store.blank_slugs(month), ctx,
                      f"crime {crime.id}: blank persistent_id but no stored {category.id} crime without an id in {month}")
            r.advise(status is None, "Crime.outcome_status", "null for anti-social behaviour (§3.11)", f"crime {crime.id}")
            return None
        row = store.crime_by_pid.get(pid)
        if row is None:
            # Only a crime whose Crime ID is not published as it is (HMAC'd) can be unknown here.
            seen_unknown[month] += 1
            r.require(seen_unknown[month] <= store.hashed_by_month[month], ctx,
                      f"crime {crime.id}: persistent_id {pid} is not a stored Crime ID of {month}")
            stats["unverified"] += 1
            return None
        r.require(row["month"] == month, ctx, f"persistent_id {pid} is stored for {row['month']}, not {month}")
        r.require(category.id == row["slug"], ctx,
                  f"crime {pid}: category {category.id!r}, stored crime_type {row['crime_type']!r} is {row['slug']!r}")
        raw = ("%.6f" % row["latitude"], "%.6f" % row["longitude"]) if row["latitude"] is not None else None
        r.require(raw != ("%.6f" % lat, "%.6f" % lng), ctx,
                  f"crime {pid}: published at its imported point {raw} (not snapped to a map point)")
        if row["last_outcome_category"]:
            r.advise(status is not None and same_outcome_name(status.category.name, row["last_outcome_category"]),
                     "Crime.outcome_status", "category is the stored last outcome (§3.11)",
                     f"{pid[:12]}…: {short(status.category.name if status else None)} vs {row['last_outcome_category']!r}")
        stats["with_id"] += 1
        stats["pids"][pid] += 1
        return row

    def crimes_area(self):
        r, store = self.r, self.store
        m = "get_crimes_area"
        month = self.latest
        placed = [c for c in store.crimes_by_month[month] if c["latitude"] is not None and c["longitude"] is not None]
        r.require(placed, m, f"no stored crime of {month} has coordinates")
        r.require(len(placed) <= 10000, m, f"{len(placed)} stored crimes in {month}: over the 10,000 cap, "
                                           "the whole-area query would be refused (503)")
        margin = 0.05
        south = round(min(c["latitude"] for c in placed) - margin, 6)
        north = round(max(c["latitude"] for c in placed) + margin, 6)
        west = round(min(c["longitude"] for c in placed) - margin, 6)
        east = round(max(c["longitude"] for c in placed) + margin, 6)
        rectangle = [(south, west), (north, west), (north, east), (south, east)]
        crimes = self.api.get_crimes_area(rectangle, date=month)  # POST, form-encoded poly=lat,lng:...&date=
        stats = {"crimes": 0, "blank": 0, "with_id": 0, "unverified": 0,
                 "blank_categories": collections.Counter(), "pids": collections.Counter()}
        unknown = collections.Counter()
        for crime in crimes:
            self._check_crime(crime, month, m, stats, unknown)
        r.require(len(crimes) == len(placed), m,
                  f"{len(crimes)} crimes in a rectangle holding every stored crime of {month}; expected {len(placed)}")
        duplicates = [pid for pid, n in stats["pids"].items() if n > store.pid_counts[pid]]
        r.require(not duplicates, m, f"persistent ids returned more often than stored: {duplicates[:3]}")
        want_blank = collections.Counter(c["slug"] for c in placed if c["blank"])
        r.require(stats["blank_categories"] == want_blank, m,
                  f"crimes without an id by category {dict(stats['blank_categories'])}, expected {dict(want_blank)}")
        got_categories = collections.Counter(c.category.id for c in crimes)
        want_categories = collections.Counter(c["slug"] for c in placed)
        r.require(got_categories == want_categories, m, f"categories {dict(got_categories)}, expected {dict(want_categories)}")
        r.ok(m, f"{month}, rectangle {south},{west} to {north},{east}: {len(crimes)} crimes = stored crimes with "
                f"coordinates ({stats['with_id']} by persistent_id, {stats['blank']} without one, "
                f"{stats['unverified']} unverifiable); categories, months, street ids and 'On or near' names; "
                f"none at its imported point")

    def crimes_point(self):
        r, store = self.r, self.store
        m = "get_crimes_point"
        month = self.latest
        placed = [c for c in store.crimes_by_month[month] if c["latitude"] is not None]
        cells = collections.Counter((round(c["latitude"], 2), round(c["longitude"], 2)) for c in placed)
        (cell, _), = cells.most_common(1)
        members = [c for c in placed if (round(c["latitude"], 2), round(c["longitude"], 2)) == cell]
        lat = round(sum(c["latitude"] for c in members) / len(members), 6)
        lng = round(sum(c["longitude"] for c in members) / len(members), 6)
        close = [c for c in placed if haversine(lat, lng, c["latitude"], c["longitude"]) <= 1000]
        r.require(close, m, f"no stored crime within 1 km of the chosen point {lat},{lng}")
        crimes = self.api.get_crimes_point(lat, lng, date=month)
        stats = {"crimes": 0, "blank": 0, "with_id": 0, "unverified": 0,
                 "blank_categories": collections.Counter(), "pids": collections.Counter()}
        unknown = collections.Counter()
        far = 0
        for crime in crimes:
            row = self._check_crime(crime, month, m, stats, unknown)
            if row is not None:
                distance = haversine(lat, lng, row["latitude"], row["longitude"])
                r.advise(distance <= MILE + 200, m, "crimes lie within a mile of the point (§1)",
                         f"{crime.persistent_id[:12]}… is {distance:.0f} m away")
                far += distance > MILE + 200
        r.require(crimes, m, f"{lat},{lng} in {month}: no crimes, though {len(close)} stored crimes lie within 1 km")
        r.require(len(crimes) <= len(store.crimes_by_month[month]), m,
                  f"{len(crimes)} crimes, more than the {len(store.crimes_by_month[month])} stored for {month}")
        r.require(all(n <= store.pid_counts[p] for p, n in stats["pids"].items()), m, "a persistent id repeated")
        r.ok(m, f"{lat},{lng} in {month} (densest 0.01° cell): {len(crimes)} crimes, all stored crimes of the month "
                f"({stats['with_id']} by persistent_id, {stats['blank']} without one); "
                f"{len(close)} stored within 1 km")
        self.point_crimes = crimes

        m = "Crime.outcomes"
        sampled = 0
        for crime in crimes:
            if sampled >= 3:
                break
            if not crime.persistent_id or crime.persistent_id not in store.crime_by_pid:
                continue
            row = store.crime_by_pid[crime.persistent_id]
            outcomes = crime.outcomes  # GET outcomes-for-crime/{persistent_id}
            r.require(isinstance(outcomes, list), m, f"{crime.persistent_id}: outcomes {short(outcomes)}")
            for outcome in outcomes:
                r.require(isinstance(outcome, Crime.Outcome) and outcome.crime is crime, m, "outcome.crime")
                (outcome.category.id, outcome.category.code, outcome.category.name, outcome.date)
            if row["last_outcome_category"]:
                r.require(outcomes and same_outcome_name(outcomes[-1].category.name, row["last_outcome_category"]), m,
                          f"{crime.persistent_id}: last outcome {short(outcomes[-1].category.name if outcomes else None)}, "
                          f"expected {row['last_outcome_category']!r}")
            sampled += 1
        blank = next((c for c in crimes if not c.persistent_id), None)
        if blank is not None:
            r.require(blank.outcomes == [], m, "a crime without a persistent id has outcomes")
        r.ok(m, f"{sampled} crimes' outcomes (last = stored last outcome)"
                + ("; [] for a crime without an id" if blank is not None else ""))

    def crimes_location(self):
        r = self.r
        m = "get_crimes_location"
        month = self.latest
        source = next((c for c in self.point_crimes if c.persistent_id), self.point_crimes[0])
        location_id = source.location.id
        crimes = self.api.get_crimes_location(location_id, date=month)
        stats = {"crimes": 0, "blank": 0, "with_id": 0, "unverified": 0,
                 "blank_categories": collections.Counter(), "pids": collections.Counter()}
        unknown = collections.Counter()
        for crime in crimes:
            self._check_crime(crime, month, m, stats, unknown)
            r.require(crime.location.id == location_id, m,
                      f"crime {crime.id}: street id {crime.location.id}, expected {location_id}")
        r.require(crimes, m, f"location {location_id} in {month}: no crimes, though crime {source.id} is there")
        if source.persistent_id:
            r.require(any(c.persistent_id == source.persistent_id for c in crimes), m,
                      f"location {location_id}: crime {source.persistent_id} it came from is missing")
        r.advise(len({(c.location.latitude, c.location.longitude) for c in crimes}) == 1, m,
                 "one point per location id (§1)", f"location {location_id}")
        r.ok(m, f"location {location_id} in {month}: {len(crimes)} crimes, all with that street id, "
                f"including the crime it was taken from")

    def crimes_no_location(self):
        r, store = self.r, self.store
        m = "get_crimes_no_location"
        month = self.latest
        forces_with_crimes = sorted({c["force_id"] for c in store.crimes})
        total = 0
        for number in forces_with_crimes:
            fid = store.force_by_number[number]["id"]
            want = sum(1 for c in store.crimes_by_month[month] if c["force_id"] == number and c["latitude"] is None)
            crimes = self.api.get_crimes_no_location(fid, date=month, category="all-crime")
            r.require(len(crimes) == want, m, f"{fid} {month}: {len(crimes)} crimes, expected {want} with no latitude")
            for crime in crimes:
                r.require(isinstance(crime, NoLocationCrime), m, "not a NoLocationCrime")
                r.require(crime.month == month, m, f"{fid}: month {crime.month!r}, expected {month!r}")
                (crime.id, crime.context)
            total += len(crimes)
        r.ok(m, f"{len(forces_with_crimes)} forces with crimes, {month}, all-crime: {total} crimes = stored crimes "
                f"with no latitude")
        if forces_with_crimes:
            try:
                self.api.get_crimes_no_location("no-such-force", date=month)
                r.advise(False, m, "unknown force is 404 (§1.4)", "answered 200")
            except APIError as error:
                r.advise(error.status_code == 404, m, "unknown force is 404 (§1.4)", f"status {error.status_code}")

    def neighbourhood_crimes(self):
        r, store = self.r, self.store
        m = "Neighbourhood.crimes"
        target = next((n for n in self.neighbourhood_objects
                       if (store.neighbourhood_row(n.force.id, n.id)["force_id"], n.id) in store.boundaries), None)
        if target is None:
            r.ok(m, "skipped: no neighbourhood with a boundary")
            return
        key = (store.neighbourhood_row(target.force.id, target.id)["force_id"], target.id)
        polygons = store.boundaries[key]
        crimes = target.crimes  # POSTs its boundary as poly, no date: the latest month
        stats = {"crimes": 0, "blank": 0, "with_id": 0, "unverified": 0,
                 "blank_categories": collections.Counter(), "pids": collections.Counter()}
        unknown = collections.Counter()
        for crime in crimes:
            row = self._check_crime(crime, self.latest, m, stats, unknown)
            if row is not None:
                inside = geometry_contains(polygons, row["latitude"], row["longitude"]) or \
                    distance_to_edges(polygons, row["latitude"], row["longitude"]) <= 200
                r.advise(inside, m, "crimes lie in the polygon (imported point within 200 m)", crime.persistent_id[:12])
        r.require(len(crimes) <= len(store.crimes_by_month[self.latest]), m, "more crimes than stored for the month")
        r.ok(m, f"{target.force.id}/{target.id}: its {len(target.boundary)}-point boundary POSTed with no date: "
                f"{len(crimes)} crimes, all stored crimes of {self.latest}")

    def get_crime(self):
        r, store = self.r, self.store
        m = "get_crime"
        # Crime IDs published as they are (not ones this script derived by HMAC), each stored once.
        candidates = [c for c in store.crimes if c["last_outcome_category"] and c["crime_id"]
                      and HEX64.match(c["crime_id"]) and store.pid_counts[c["pid"]] == 1]
        r.require(candidates, m, "no stored crime with an outcome and a unique persistent id")
        by_outcome = {}
        for c in sorted(candidates, key=lambda c: (c["month"] != self.latest, c["id"])):
            by_outcome.setdefault(c["last_outcome_category"], c)
        for row in list(by_outcome.values())[:30]:
            pid = row["pid"]
            crime = self.api.get_crime(pid)  # GET outcomes-for-crime/{pid}
            r.require(isinstance(crime, Crime), m, f"{pid}: not a Crime")
            r.require(crime.persistent_id == pid, m, f"{pid}: persistent_id {short(crime.persistent_id)}")
            r.require(crime.month == row["month"], m, f"{pid}: month {crime.month!r}, stored {row['month']!r}")
            r.require(crime.category.id == row["slug"], m,
                      f"{pid}: category {crime.category.id!r}, stored {row['crime_type']!r} is {row['slug']!r}")
            (crime.id, crime.location_type, crime.location_subtype, crime.context, crime.outcome_status)
            location = crime.location
            (location.id, location.name, getattr(location, "latitude", None), getattr(location, "longitude", None))
            outcomes = crime.outcomes  # set from the same answer
            r.require(isinstance(outcomes, list) and outcomes, m, f"{pid}: outcomes {short(outcomes)}, expected a list")
            for outcome in outcomes:
                r.require(isinstance(outcome.category, OutcomeCategory) and outcome.crime is crime, m, "outcome")
                (outcome.category.id, outcome.category.code, outcome.date)
                r.advise(isinstance(outcome.category.code, str) and outcome.category.code
                         and isinstance(outcome.date, str) and MONTH.match(outcome.date),
                         m, "outcome category {code, name} and date YYYY-MM (§3.14)", short(outcome.category.code))
            r.require(same_outcome_name(outcomes[-1].category.name, row["last_outcome_category"]), m,
                      f"{pid}: last outcome {short(outcomes[-1].category.name)}, stored {row['last_outcome_category']!r}")
        r.ok(m, f"{len(by_outcome)} crimes, one per stored last outcome: persistent_id, month, category; last "
                f"outcome's name = crimes.last_outcome_category")

        unknown = secrets.token_hex(32)
        while unknown in store.pid_counts:
            unknown = secrets.token_hex(32)
        try:
            self.api.get_crime(unknown)
            r.require(False, m, f"unknown id {unknown} did not raise APIError")
        except APIError as error:
            r.require(error.status_code == 404, m, f"unknown id {unknown}: APIError status {error.status_code}, expected 404")
        r.ok(m, "an unknown 64-hex id raises APIError with status_code 404")
        upper = next(iter(by_outcome.values()))["pid"].upper()
        try:
            self.api.get_crime(upper)
            r.advise(False, m, "upper-cased persistent id is 404 (§1.4)", "answered 200")
        except APIError as error:
            r.advise(error.status_code == 404, m, "upper-cased persistent id is 404 (§1.4)", f"status {error.status_code}")


# -------------------------------------------------------------------------------------------------- main


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True, help="the server's API root, e.g. http://127.0.0.1:8080/api/")
    parser.add_argument("--database", required=True, help="the server's SQLite store (opened read-only)")
    parser.add_argument("--as-of", required=True, help="the server's --as-of date, YYYY-MM-DD")
    parser.add_argument("--max-rate", type=float, default=14.0,
                        help="requests per second at most (the server limits 15/s); 0 = unpaced")
    parser.add_argument("--strict-extra", action="store_true", help="fail on reference rules beyond the contract")
    parser.add_argument("--verbose", action="store_true", help="a line per neighbourhood")
    args = parser.parse_args()

    base_url = args.base_url if args.base_url.endswith("/") else args.base_url + "/"  # the client needs the slash
    try:
        as_of = dt.date.fromisoformat(args.as_of)
    except ValueError:
        print(f"error: --as-of {args.as_of!r} is not YYYY-MM-DD", file=sys.stderr)
        return 2
    try:
        store = Store(args.database)
    except (OSError, sqlite3.Error, ValueError, KeyError) as error:
        print(f"error: cannot read the store {args.database}: {error}", file=sys.stderr)
        return 2

    print(f"police-api-client against {base_url}; store {args.database}: {len(store.forces)} forces, "
          f"{len(store.neighbourhoods)} neighbourhoods, {len(store.crimes)} crimes in {len(store.months)} months; "
          f"as of {as_of} (server clock {london_midnight_utc(as_of + dt.timedelta(days=1)).isoformat()})", flush=True)

    api = PoliceAPI(base_url=base_url)
    transport = Transport(api, args.max_rate)
    coverage = MethodCoverage(api)
    report = Report(args.strict_extra, args.verbose)
    checker = Checker(api, store, report, as_of, transport)
    started = time.monotonic()
    steps = [checker.forces, checker.neighbourhood_lists, checker.neighbourhood_details, checker.locate,
             checker.dates_and_categories, checker.crimes_area, checker.crimes_point, checker.crimes_location,
             checker.crimes_no_location, checker.neighbourhood_crimes, checker.get_crime]
    try:
        for step in steps:
            step()
        missing = [name for name in PUBLIC_METHODS if not coverage.called[name]]
        report.require(not missing, "coverage", f"public methods never called: {missing}")
        others = sorted(name for name in dir(PoliceAPI) if not name.startswith("_") and callable(getattr(PoliceAPI, name))
                        and name not in PUBLIC_METHODS)
        if others:
            print(f"NOTE  {'coverage':<36} this client version has public methods the check does not call: {others}")
        report.ok("coverage", f"all {len(PUBLIC_METHODS)} public methods of PoliceAPI called "
                              f"({sum(coverage.called.values())} calls, counting the client's own)")
    except CheckFailed as failure:
        print(f"\nFAIL  {failure}", flush=True)
        print(f"      last request: {transport.last}", flush=True)
        print(f"      {report.passed} checks passed before this one; {transport.requests} requests", flush=True)
        return 1
    except APIError as error:
        print(f"\nFAIL  the client raised APIError (HTTP {error.status_code}) on {transport.last}", flush=True)
        body = error.response.text[:300] if error.response is not None else ""
        if body:
            print(f"      body: {body!r}")
        traceback.print_exc()
        return 1
    except requests.exceptions.ConnectionError as error:
        print(f"\nFAIL  cannot reach the server ({transport.last}): {error}", flush=True)
        return 1
    except Exception as error:  # the client crashed on an answer (KeyError, TypeError, ValueError, ...)
        print(f"\nFAIL  the client or the check crashed ({type(error).__name__}: {error}) after {transport.last}",
              flush=True)
        traceback.print_exc()
        return 1

    elapsed = time.monotonic() - started
    notes = sum(report.notes.values())
    print(f"\nPASS  {report.passed} checks, {transport.requests} requests ({transport.retries_429} retried after 429) "
          f"in {elapsed:.1f} s; {len(report.notes)} reference rule(s) not met ({notes} times)" if notes else
          f"\nPASS  {report.passed} checks, {transport.requests} requests ({transport.retries_429} retried after 429) "
          f"in {elapsed:.1f} s; every reference rule checked was met")
    for (method, rule), count in sorted(report.notes.items()):
        print(f"      NOTE {method}: {rule}: {count} times (e.g. {report.note_examples[(method, rule)]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
