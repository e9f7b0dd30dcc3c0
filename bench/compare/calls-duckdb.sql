-- Promises 5 and 6 for one force and one period, written by hand from docs/indicators.md, as an
-- analyst would over DuckDB tables loaded with read_csv (instants as TIMESTAMPTZ, booleans as BOOLEAN).
-- {force}, {start}, {end} and {as_of} are filled in by bench/compare/compare.py: the period is
-- [{start}, {end}), its ends local midnights written as UTC instants; as-of is the period's end.
-- One row per indicator, area and month ('' for the whole period): numerator and denominator.
WITH placed AS (
    -- A call's areas: its neighbourhood (when the force has it) and that neighbourhood's unit; its area
    -- type is its own, else its neighbourhood's. As of {as_of}, an answer, dispatch or arrival after it
    -- had not happened yet: blank.
    SELECT c.* REPLACE (
               CASE WHEN c.answered_at <= TIMESTAMPTZ '{as_of}' THEN c.answered_at END AS answered_at,
               CASE WHEN c.deployed_at <= TIMESTAMPTZ '{as_of}' THEN c.deployed_at END AS deployed_at,
               CASE WHEN c.arrived_at <= TIMESTAMPTZ '{as_of}' THEN c.arrived_at END AS arrived_at),
           n.neighbourhood_id AS nb, n.lpu, coalesce(c.area_type, n.area_type) AS kind
    FROM calls c LEFT JOIN neighbourhoods n ON n.force = c.force AND n.neighbourhood_id = c.neighbourhood_id
    WHERE c.force = '{force}'
),
verdicts AS (
    SELECT 'P5.answer_10s' AS indicator, received_at AS start_at,
           coalesce(answered_at - received_at <= INTERVAL 10 SECOND, false) AS met, nb, lpu, kind
      -- Pending while still ringing at as-of with its 10 seconds not yet run out.
      FROM placed WHERE line = '999' AND (answered_at IS NOT NULL OR received_at + INTERVAL 10 SECOND <= TIMESTAMPTZ '{as_of}')
    UNION ALL
    SELECT 'P5.attend_urban_15m', received_at, arrived_at - received_at <= INTERVAL 15 MINUTE, nb, lpu, kind
      FROM placed WHERE response = 'emergency' AND kind = 'urban' AND arrived_at IS NOT NULL
    UNION ALL
    SELECT 'P5.attend_rural_20m', received_at, arrived_at - received_at <= INTERVAL 20 MINUTE, nb, lpu, kind
      FROM placed WHERE response = 'emergency' AND kind = 'rural' AND arrived_at IS NOT NULL
    UNION ALL
    SELECT 'P5.eta_given', received_at, coalesce(eta_given, false), nb, lpu, kind
      FROM placed WHERE response = 'emergency' AND deployed_at IS NOT NULL
    UNION ALL
    SELECT 'P6.answer_prompt', received_at, coalesce(answered_at - received_at <= INTERVAL 30 SECOND, false), nb, lpu, kind
      FROM placed WHERE line = '101' AND (answered_at IS NOT NULL OR received_at + INTERVAL 30 SECOND <= TIMESTAMPTZ '{as_of}')
    UNION ALL
    SELECT 'P6.attend_vulnerable_60m', received_at, arrived_at - received_at <= INTERVAL 60 MINUTE, nb, lpu, kind
      FROM placed WHERE response = 'priority' AND vulnerable AND arrived_at IS NOT NULL
    UNION ALL
    SELECT 'P6.attend_priority_60m', received_at, arrived_at - received_at <= INTERVAL 60 MINUTE, nb, lpu, kind
      FROM placed WHERE response = 'priority' AND neighbourhood_priority AND arrived_at IS NOT NULL
    UNION ALL
    SELECT 'P6.appointment_48h', received_at, appointment_at - received_at <= INTERVAL 48 HOUR, nb, lpu, kind
      FROM placed WHERE response = 'appointment' AND appointment_at IS NOT NULL
    UNION ALL
    -- Placed in the period by the appointment; pending until half an hour after it.
    SELECT 'P6.appointment_kept', appointment_at,
           coalesce(arrived_at <= appointment_at + INTERVAL 30 MINUTE, false), nb, lpu, kind
      FROM placed WHERE response = 'appointment' AND appointment_at + INTERVAL 30 MINUTE <= TIMESTAMPTZ '{as_of}'
    UNION ALL
    SELECT 'P6.eta_given', received_at, coalesce(eta_given, false), nb, lpu, kind
      FROM placed WHERE response = 'priority' AND deployed_at IS NOT NULL
),
in_period AS (
    -- Months are the force's local calendar months.
    SELECT *, strftime(timezone('Europe/London', start_at), '%Y-%m') AS month
    FROM verdicts WHERE start_at >= TIMESTAMPTZ '{start}' AND start_at < TIMESTAMPTZ '{end}'
)
SELECT indicator,
       CASE WHEN GROUPING(nb) = 0 THEN 'neighbourhood:' || nb
            WHEN GROUPING(lpu) = 0 THEN 'lpu:' || lpu
            WHEN GROUPING(kind) = 0 THEN kind
            ELSE 'force' END AS area,
       coalesce(month, '') AS month,
       count(*) FILTER (WHERE met) AS numerator,
       count(*) AS denominator
FROM in_period
GROUP BY GROUPING SETS (
    (indicator), (indicator, month),
    (indicator, lpu), (indicator, lpu, month),
    (indicator, nb), (indicator, nb, month),
    (indicator, kind), (indicator, kind, month))
HAVING NOT (GROUPING(nb) = 0 AND nb IS NULL)
   AND NOT (GROUPING(lpu) = 0 AND lpu IS NULL)
   AND NOT (GROUPING(kind) = 0 AND kind IS NULL);
