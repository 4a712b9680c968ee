"""Every study of the wide corpus, in build order."""

from __future__ import annotations

from widegen.studies_1 import STUDIES as S1
from widegen.studies_2 import STUDIES as S2
from widegen.studies_3 import STUDIES as S3
from widegen.studies_4 import STUDIES as S4

STUDIES = [*S1, *S2, *S3, *S4]
