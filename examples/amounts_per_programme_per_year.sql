-- Amounts per programme per year: the sum of the amounts that stand in the same sentence as a
-- mention of the programme (long form or acronym, counted once per sentence), by letter year.
-- Runs unchanged on SQLite, PostgreSQL and DuckDB after `pipeline load`. In SQLite amounts are
-- stored as exact decimal TEXT and SUM() adds them as numbers (floating point for fractions).
WITH programme_sentences AS (
    SELECT DISTINCT p.letter_id, s.ordinal AS sentence, p.programme_name
    FROM entities p
    JOIN sentences s
      ON s.letter_id = p.letter_id AND p.start >= s.start AND p."end" <= s."end"
    WHERE p.label = 'PROGRAMME'
)
SELECT substr(CAST(l.date AS TEXT), 1, 4) AS year,
       ps.programme_name AS programme,
       SUM(a.amount_value) AS total,
       COUNT(*) AS amounts
FROM entities a
JOIN sentences s
  ON s.letter_id = a.letter_id AND a.start >= s.start AND a."end" <= s."end"
JOIN programme_sentences ps
  ON ps.letter_id = s.letter_id AND ps.sentence = s.ordinal
JOIN letters l ON l.id = a.letter_id
WHERE a.label = 'AMOUNT' AND a.amount_value IS NOT NULL
GROUP BY 1, 2
ORDER BY 1, 2
