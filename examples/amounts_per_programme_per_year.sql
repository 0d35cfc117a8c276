-- Amounts per programme per year: the sum of the amounts that stand in the same sentence as a
-- mention of the programme (long form or acronym, counted once per sentence), by letter year.
-- Runs unchanged on SQLite, PostgreSQL and DuckDB after `pipeline load`. SQLite keeps amounts
-- as exact decimal TEXT, and its SUM() adds them as numbers (floating point for fractions).
WITH programmes AS (
    SELECT DISTINCT letter_id, sentence, programme_name
    FROM entities
    WHERE label = 'PROGRAMME' AND sentence IS NOT NULL
)
SELECT substr(CAST(l.date AS TEXT), 1, 4) AS year,
       p.programme_name AS programme,
       SUM(a.amount_value) AS total,
       COUNT(a.amount_value) AS amounts
FROM entities a
JOIN programmes p ON p.letter_id = a.letter_id AND p.sentence = a.sentence
JOIN letters l ON l.id = a.letter_id
WHERE a.label = 'AMOUNT'
GROUP BY 1, 2
ORDER BY 1, 2
