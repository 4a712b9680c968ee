"""Every study of the onyx corpus, in build order."""

from onyxgen.studies_1 import STUDIES as _ONE
from onyxgen.studies_2 import STUDIES as _TWO

STUDIES = [*_ONE, *_TWO]
