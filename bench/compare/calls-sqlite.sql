-- Promises 5 and 6 for one force and one period, written by hand from docs/indicators.md, as an
-- analyst would over tables made by the sqlite3 shell's `.import` (every column text, blanks as '').
-- {force}, {start}, {end} and {as_of} are filled in by bench/compare/compare.py as UTC Unix seconds: the
-- period is [{start}, {end}), its ends local midnights; as-of is the period's end. SQLite knows no time
-- zones, so {local_offset} is a CASE over the instant `t` giving Europe/London's offset from UTC in
-- seconds (the clock changes of the years involved, written out by the script).
-- One row per indicator, area and month ('' for the whole period): numerator and denominator.
CREATE TEMP TABLE placed AS
SELECT c.line,
       unixepoch(c.received_at) AS received,
       -- As of {as_of}, an answer, dispatch or arrival after it had not happened yet: blank.
       CASE WHEN unixepoch(nullif(c.answered_at, '')) <= {as_of} THEN unixepoch(nullif(c.answered_at, '')) END AS answered,
       nullif(c.response, '') AS response,
       lower(c.vulnerable) IN ('true', 'yes', 'y', '1') AS vulnerable,
       lower(c.neighbourhood_priority) IN ('true', 'yes', 'y', '1') AS neighbourhood_priority,
       lower(c.eta_given) IN ('true', 'yes', 'y', '1') AS eta_given,
       CASE WHEN unixepoch(nullif(c.deployed_at, '')) <= {as_of} THEN unixepoch(nullif(c.deployed_at, '')) END AS deployed,
       CASE WHEN unixepoch(nullif(c.arrived_at, '')) <= {as_of} THEN unixepoch(nullif(c.arrived_at, '')) END AS arrived,
       unixepoch(nullif(c.appointment_at, '')) AS appointment,
       n.neighbourhood_id AS nb, nullif(n.lpu, '') AS lpu,
       coalesce(nullif(c.area_type, ''), n.area_type) AS kind
FROM calls c LEFT JOIN neighbourhoods n ON n.force = c.force AND n.neighbourhood_id = c.neighbourhood_id
WHERE c.force = '{force}';

CREATE TEMP TABLE verdicts AS
WITH judged AS (
    SELECT 'P5.answer_10s' AS indicator, received AS t, coalesce(answered - received <= 10, 0) AS met, nb, lpu, kind
      -- Pending while still ringing at as-of with its 10 seconds not yet run out.
      FROM placed WHERE line = '999' AND (answered IS NOT NULL OR received + 10 <= {as_of})
    UNION ALL
    SELECT 'P5.attend_urban_15m', received, arrived - received <= 15 * 60, nb, lpu, kind
      FROM placed WHERE response = 'emergency' AND kind = 'urban' AND arrived IS NOT NULL
    UNION ALL
    SELECT 'P5.attend_rural_20m', received, arrived - received <= 20 * 60, nb, lpu, kind
      FROM placed WHERE response = 'emergency' AND kind = 'rural' AND arrived IS NOT NULL
    UNION ALL
    SELECT 'P5.eta_given', received, eta_given, nb, lpu, kind
      FROM placed WHERE response = 'emergency' AND deployed IS NOT NULL
    UNION ALL
    SELECT 'P6.answer_prompt', received, coalesce(answered - received <= 30, 0), nb, lpu, kind
      FROM placed WHERE line = '101' AND (answered IS NOT NULL OR received + 30 <= {as_of})
    UNION ALL
    SELECT 'P6.attend_vulnerable_60m', received, arrived - received <= 60 * 60, nb, lpu, kind
      FROM placed WHERE response = 'priority' AND vulnerable AND arrived IS NOT NULL
    UNION ALL
    SELECT 'P6.attend_priority_60m', received, arrived - received <= 60 * 60, nb, lpu, kind
      FROM placed WHERE response = 'priority' AND neighbourhood_priority AND arrived IS NOT NULL
    UNION ALL
    SELECT 'P6.appointment_48h', received, appointment - received <= 48 * 3600, nb, lpu, kind
      FROM placed WHERE response = 'appointment' AND appointment IS NOT NULL
    UNION ALL
    -- Placed in the period by the appointment; pending until half an hour after it.
    SELECT 'P6.appointment_kept', appointment, coalesce(arrived <= appointment + 30 * 60, 0), nb, lpu, kind
      FROM placed WHERE response = 'appointment' AND appointment + 30 * 60 <= {as_of}
    UNION ALL
    SELECT 'P6.eta_given', received, eta_given, nb, lpu, kind
      FROM placed WHERE response = 'priority' AND deployed IS NOT NULL
)
SELECT indicator, met, nb, lpu, kind, strftime('%Y-%m', t + {local_offset}, 'unixepoch') AS month
FROM judged WHERE t >= {start} AND t < {end};

SELECT indicator, 'force' AS area, '' AS month, sum(met) AS numerator, count(*) AS denominator
  FROM verdicts GROUP BY indicator
UNION ALL SELECT indicator, 'force', month, sum(met), count(*) FROM verdicts GROUP BY indicator, month
UNION ALL SELECT indicator, 'lpu:' || lpu, '', sum(met), count(*) FROM verdicts WHERE lpu IS NOT NULL GROUP BY indicator, lpu
UNION ALL SELECT indicator, 'lpu:' || lpu, month, sum(met), count(*) FROM verdicts WHERE lpu IS NOT NULL GROUP BY indicator, lpu, month
UNION ALL SELECT indicator, 'neighbourhood:' || nb, '', sum(met), count(*) FROM verdicts WHERE nb IS NOT NULL GROUP BY indicator, nb
UNION ALL SELECT indicator, 'neighbourhood:' || nb, month, sum(met), count(*) FROM verdicts WHERE nb IS NOT NULL GROUP BY indicator, nb, month
UNION ALL SELECT indicator, kind, '', sum(met), count(*) FROM verdicts WHERE kind IS NOT NULL GROUP BY indicator, kind
UNION ALL SELECT indicator, kind, month, sum(met), count(*) FROM verdicts WHERE kind IS NOT NULL GROUP BY indicator, kind, month;
