"""Every tandem study, in build order."""

from __future__ import annotations

from tgen.studies_1 import DUANMU, HAWSAWI, HUERTA, ZANARDELLI
from tgen.studies_2 import DUNSMORE, JIA, ZAHRANI, ZHURAVLEVA

STUDIES = [ZANARDELLI, HUERTA, DUANMU, HAWSAWI, DUNSMORE, ZHURAVLEVA, JIA, ZAHRANI]
