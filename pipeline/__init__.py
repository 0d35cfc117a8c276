"""kamerbrief-pipeline: Dutch government letters to parliament -> typed, evaluated records."""
