"""Generator of the ``corpus_samples/prose`` tuning corpus (see ``../README.md``).

Builds on the external corpus' renderer (``corpus_samples/external/extgen``): the same
``Study``/``Scores`` records and ``{{fields|quote}}`` markup, plus

- ``tokens``: score tokens ``{s:GROUP@DAY|shape}`` that write one score in many shapes;
- ``render``: free-form tables (merged headers, footnote markers, separate SEM columns,
  continued and landscape tables) and the layout habits the external renderer lacks;
- ``gold``: gold in the extraction sheet's JSON export shape.
"""
