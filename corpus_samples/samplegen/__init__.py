"""Generator of the synthetic sample corpus (``corpus_samples/``).

Internal to ``corpus_samples/generate.py``: each study is one ``Study`` record
(``spec``) whose prose carries inline evidence markers; ``render`` lays it out
as a journal-like PDF with reportlab, ``gold`` reads the PDF back with PyMuPDF
to locate every marked quote and writes the gold annotations, and ``bad``
makes the deliberately broken files. The studies themselves live in
``studies_*`` modules. Nothing here is imported by ``miner``.
"""
