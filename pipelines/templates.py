"""Sentence templates for the NER training data (written for miner; see data/README.md).

``{LABEL}`` slots take an entity from the vocabulary; ``{GLUED}`` takes a glued
name such as ``BMSC-Exos`` (two entities); lower-case slots take non-entity
fillers (numbers, companies). TRAIN and HELDOUT templates differ: the held-out
sentences are phrased in ways the model never saw.
"""

from __future__ import annotations

TRAIN = [
    # Animals
    "Adult {SEX} {STRAIN} {SPECIES} ({weight}) were purchased from the animal center of the university.",
    "A total of {n}0 {SEX} {STRAIN} {SPECIES} weighing {weight} were used in this study.",
    "{SEX} {STRAIN} {SPECIES}, {age}, were housed under a 12 h light/dark cycle with free access to food and water.",
    "{STRAIN} {SPECIES} ({SEX}, {weight}) were randomly divided into four groups (n = {n} per group).",
    "All {SPECIES} were {SEX} and weighed {weight} at the time of surgery.",
    "Experiments were performed on {n}0 adult {SEX} {SPECIES} of the {STRAIN} strain.",
    # Injury
    "After laminectomy at {INJURY_LEVEL}, a {INJURY_MODEL} injury was induced with the {INJURY_DEVICE} ({height}).",
    "A moderate {INJURY_MODEL} injury was produced at the {INJURY_LEVEL} level using an {INJURY_DEVICE} with a force of {force}.",
    "The spinal cord was exposed at {INJURY_LEVEL} and a 10 g rod was dropped from a height of {height} using the {INJURY_DEVICE}.",
    "Spinal cord {INJURY_MODEL} was performed at {INJURY_LEVEL} with an {INJURY_DEVICE} for 1 min.",
    "{SPECIES} were anesthetized and subjected to {INJURY_MODEL} of the spinal cord at {INJURY_LEVEL}.",
    "The {INJURY_MODEL} model was established by laminectomy at {INJURY_LEVEL} followed by impact with the {INJURY_DEVICE}.",
    "Sham-operated {SPECIES} underwent laminectomy at {INJURY_LEVEL} without {INJURY_MODEL}.",
    # Cells and vesicles
    "{CELL_SOURCE} were isolated from the femurs and tibias of {SEX} {STRAIN} {SPECIES}.",
    "{CELL_SOURCE} were cultured in DMEM/F12 supplemented with 10% exosome-depleted fetal bovine serum.",
    "{VESICLE} were isolated from the conditioned medium of {CELL_SOURCE} by {ISOLATION_METHOD}.",
    "{VESICLE} derived from {CELL_SOURCE} ({GLUED}) were used in all experiments.",
    "The supernatant was centrifuged at {g} for {time} to pellet the {VESICLE} ({ISOLATION_METHOD}).",
    "{VESICLE} were purified with {ISOLATION_METHOD} ({company}) according to the manufacturer's instructions.",
    "Culture medium was concentrated with {ISOLATION_METHOD} and {VESICLE} were then collected by {ISOLATION_METHOD}.",
    "{GLUED} were obtained by {ISOLATION_METHOD} and stored at -80 °C until use.",
    "We isolated {VESICLE} from {MODIFICATION} {CELL_SOURCE} using {ISOLATION_METHOD}.",
    "{MODIFICATION} {CELL_SOURCE} released {VESICLE} enriched in the target miRNA.",
    "{CELL_SOURCE} were transfected with lentivirus and the {MODIFICATION} cells secreted {VESICLE} ({GLUED}).",
    # Characterisation
    "The morphology of {GLUED} was observed by {CHARACTERIZATION} and their size distribution measured by {CHARACTERIZATION}.",
    "{CHARACTERIZATION} showed cup-shaped {VESICLE} with a mean diameter of {size}.",
    "The particle size of {VESICLE} was determined using {CHARACTERIZATION} ({company}).",
    "{CHARACTERIZATION} confirmed the presence of the exosomal markers {MARKER}, {MARKER} and {MARKER}, whereas {MARKER} was absent.",
    "The {VESICLE} expressed {MARKER} and {MARKER} but not {MARKER}, as shown by {CHARACTERIZATION}.",
    "Surface markers {MARKER} and {MARKER} were detected by {CHARACTERIZATION} on {CELL_SOURCE}.",
    "{CHARACTERIZATION} revealed a peak size of {size} for {GLUED}.",
    # Dose and route
    "{SPECIES} received {dose} of {VESICLE} in {vol} PBS via the {ROUTE} {timing} after injury.",
    "{GLUED} ({dose}) were injected {ROUTE} {timing} after SCI.",
    "{VESICLE} ({dose} in {vol}) were administered {ROUTE} once daily for 7 days.",
    "The vehicle group received the same volume of PBS through the {ROUTE}.",
    "A single dose of {dose} {VESICLE} was injected into the {ROUTE} immediately after {INJURY_MODEL}.",
    "{VESICLE} were loaded into a {ROUTE} and implanted at the {INJURY_LEVEL} lesion.",
    "{dose} of {GLUED} suspended in {vol} saline were delivered {ROUTE}.",
    # Outcomes
    "Locomotor function was evaluated with the {OUTCOME_SCALE} at days {day}, {day} and {day} after injury.",
    "Hindlimb motor function was assessed using the {OUTCOME_SCALE} by two blinded observers.",
    "At day {day}, {OUTCOME_SCALE} scores of the {GLUED} group were {score} compared with {score} in the PBS group.",
    "{OUTCOME_SCALE} scores were significantly higher in {SPECIES} treated with {VESICLE} than in controls.",
    "Motor recovery was assessed by the {OUTCOME_SCALE} and the {OUTCOME_SCALE} at 4 weeks.",
    # More phrasings
    "In total, {n}0 {SPECIES} ({STRAIN}; {SEX}) underwent surgery and {n} died before the first assessment.",
    "Before injury, {SPECIES} were trained in the open field; {OUTCOME_SCALE} testing was done by blinded raters.",
    "Briefly, the T-shaped laminectomy exposed the cord at {INJURY_LEVEL}, which was then injured by {INJURY_MODEL}.",
    "{INJURY_MODEL} was induced with a {INJURY_DEVICE} at {INJURY_LEVEL} in {SEX} {SPECIES} under isoflurane anesthesia.",
    "For isolation, medium was cleared at 300 × g and {g}, filtered (0.22 μm) and processed by {ISOLATION_METHOD}.",
    "Particles were counted with {CHARACTERIZATION}; protein content was measured by BCA assay.",
    "{MARKER}, {MARKER} and {MARKER} were enriched in {GLUED}, while {MARKER} was undetectable.",
    "Antibodies against {MARKER} (1:1000, {company}) and {MARKER} (1:500, {company}) were used.",
    "Each rat received {dose} {GLUED} by {ROUTE} injection {timing} after {INJURY_MODEL}.",
    "{VESICLE} labelled with DiR were tracked after {ROUTE} delivery in {SPECIES}.",
    "Compared with the vehicle, {GLUED} improved {OUTCOME_SCALE} scores from day {day} onwards.",
    "Cells at passage 3-5 were identified as {CELL_SOURCE} by {CHARACTERIZATION} for CD29, CD44 and CD90.",
    "{CELL_SOURCE} were purchased from {company} and expanded in serum-free medium.",
    "The {MODIFICATION} {GLUED} were compared with native {GLUED} in all assays.",
    "To obtain {VESICLE}, we combined {ISOLATION_METHOD} with {ISOLATION_METHOD}.",
    "We then measured {stain} staining in sections 5 mm rostral to the {INJURY_LEVEL} epicenter.",
    "No adverse events were observed after {ROUTE} administration of {dose} {VESICLE}.",
    "Each group contained {n} animals, and outcome assessors were blinded to group allocation.",
    # Mechanism / discussion / distractors
    "{GLUED} promoted functional recovery via the {pathway} pathway.",
    "{VESICLE} from {CELL_SOURCE} attenuated apoptosis and inflammation after {INJURY_MODEL} injury in {SPECIES}.",
    "Sections were stained with {stain} and imaged with a confocal microscope.",
    "Data are presented as mean ± SD and analysed with one-way ANOVA.",
    "The blood-spinal cord barrier was assessed with Evans blue extravasation.",
    "Previous studies showed that {VESICLE} are 30-150 nm vesicles secreted by most cells.",
    "Tissue sections from the epicenter were analysed by {stain} staining at day {day}.",
]

HELDOUT = [
    "The study used {n}0 {STRAIN} {SPECIES}, all {SEX}, with body weights of {weight}.",
    "Animals ({SEX} {SPECIES}; {STRAIN}; {age}) were obtained from a licensed breeder and acclimatised for one week.",
    "Using the {INJURY_DEVICE}, a {INJURY_MODEL} lesion was made at vertebral level {INJURY_LEVEL}.",
    "Injury at {INJURY_LEVEL} ({INJURY_MODEL}) was produced with the {INJURY_DEVICE} set to {force}.",
    "Conditioned medium from {MODIFICATION} {CELL_SOURCE} was processed by {ISOLATION_METHOD} to obtain {VESICLE}.",
    "To obtain {GLUED}, the medium was subjected to {ISOLATION_METHOD} followed by {ISOLATION_METHOD}.",
    "Vesicle preparations were characterised by {CHARACTERIZATION} and {CHARACTERIZATION}; {MARKER} and {MARKER} were enriched.",
    "Immunoblots showed {MARKER}, {MARKER} and {MARKER} in {VESICLE} lysates, while {MARKER} was not detected.",
    "Each animal was given {dose} {VESICLE} {ROUTE}, starting {timing} post-injury.",
    "Treatment consisted of {GLUED} ({dose}) delivered into the {ROUTE}.",
    "Open-field locomotion was scored on the {OUTCOME_SCALE} weekly for {day} days.",
    "By day {day}, animals receiving {GLUED} reached {OUTCOME_SCALE} scores of {score}.",
    "We prepared {VESICLE} from {CELL_SOURCE} with the {ISOLATION_METHOD} ({company}).",
    "{CELL_SOURCE} at passage 3-5 were used to collect {VESICLE}.",
    "Particle concentration and size of {GLUED} were measured by {CHARACTERIZATION}.",
]

# Background, discussion and reference-list sentences: mostly without entities, so the
# model learns that ordinary words ("have", "role", "inhibit") and markup are not entities.
BACKGROUND = [
    "{subject} {verb} {object} {adjunct}.",
    "{subject} {verb} {object} and {verb} {object}.",
    "However, {subject_l} {verb} {object} {adjunct}{cite}",
    "In addition, {subject_l} {verb} {object}{cite}",
    "{subject} {verb} {object}, which {verb} {object} {adjunct}.",
    "These results suggest that {subject_l} {verb} {object}.",
    "{subject} {verb} {object} {adjunct}, although the mechanism remains unclear.",
    "{author}, {author}, {author}, et al. {title}. {journal}. {year};{vol}:{pages}. doi:10.{doi}",
    "{author}, {author}. {title}. {journal} {year}; {vol}: {pages}.",
    "{dept}, {univ}, {city}, China",
    "Received: {date}; Accepted: {date}; Published: {date}",
    "{VESICLE} {verb} {object} {adjunct}.",
    "{VESICLE} derived from {CELL_SOURCE} {verb} {object}{cite}",
    "Previous work showed that {CELL_SOURCE} {verb} {object} in {SPECIES}{cite}",
    "{subject} {verb} {object} in {SPECIES} with {INJURY_MODEL} injury{cite}",
]

# Held-out background phrasings (never trained on): measure false alarms on ordinary prose.
HELDOUT_BACKGROUND = [
    "It is well known that {subject_l} {verb} {object}{cite}",
    "Notably, {subject_l} also {verb} {object} {adjunct}.",
    "{author} and colleagues reported that {subject_l} {verb} {object}{cite}",
    "Whether {subject_l} {verb} {object} {adjunct} is still debated.",
]
