"""All studies of the corpus, in build order."""

from prosegen.studies_1 import SANDOVAL, TIWARI
from prosegen.studies_2 import UDEH, VUKOVIC
from prosegen.studies_3 import WISNIEWSKA, XIONG, YILMAZ

STUDIES = [SANDOVAL, TIWARI, UDEH, VUKOVIC, WISNIEWSKA, XIONG, YILMAZ]
