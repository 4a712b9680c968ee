"""Every atlas study, in build order."""

from __future__ import annotations

from atgen import studies_l, studies_n, studies_p, studies_r
from atgen.model import AtlasStudy

STUDIES: list[AtlasStudy] = [
    AtlasStudy(**studies_l.LUNGU, rich={"Table 2": studies_l._lungu_table()}),
    AtlasStudy(**studies_l.MARCHETTI, rich={"Table 1": studies_l._marchetti_table()}),
    AtlasStudy(**studies_n.NWACHUKWU, rich={"Table 2": studies_n._nwachukwu_split(),
                                            "Table S1": studies_n._nwachukwu_landscape()}),
    AtlasStudy(**studies_n.OYARZUN),
    AtlasStudy(**studies_p.PETRESCU),
    AtlasStudy(**studies_p.QUISPE, rich={"Table 3": studies_p._quispe_table()}),
    AtlasStudy(**studies_r.RASMUSSEN),
    AtlasStudy(**studies_r.LAAKSONEN),
    AtlasStudy(**studies_r.RANASINGHE, rich={"Table 1": studies_r._ranasinghe_table()}),
    AtlasStudy(**studies_r.LEMAIRE, rich={"Table 1": studies_r._lemaire_groups(), "Table 2": studies_r._lemaire_bbb()}),
]
