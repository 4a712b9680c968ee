"""Sentence rules for SYRCLE risk of bias and the reporting items.

Each rule reads one sentence and returns findings ``(item, value, confidence)``
where item is a ``rob_*`` domain or a ``reported_*`` item. The judgements follow
SYRCLE's signalling questions (Hooijmans et al. 2014) as reviewers in this field
apply them:

* a method of random sequence generation (random number table, computer
  generator, coin toss) -> sequence generation low; "randomly divided" alone
  -> randomisation reported, sequence generation unclear;
* an explicit denial ("were not blinded", "without randomisation") -> high;
* a half statement ("two independent observers", "housed under identical
  conditions") -> unclear, with the sentence as evidence so the reviewer sees
  why it was not enough.

Confidence: 0.9 for an explicit method, 0.85 for a plain statement, 0.75 for an
explicit denial, 0.5-0.6 for half statements.
"""

from __future__ import annotations

import re
from typing import Final

from miner.appraise._rules_common import Finding, Gate, W
from miner.appraise._rules_common import negated as _negated
from miner.appraise._rules_common import rx as _rx
from miner.appraise._rules_power import power_statement as _power_statement
from miner.appraise._rules_welfare import G_WELFARE as _G_WELFARE
from miner.appraise._rules_welfare import welfare as _welfare

_I = re.IGNORECASE

__all__ = ["Finding", "is_declaration_heading", "sentence_findings"]

# --- randomisation and sequence generation -----------------------------------
_RANDOM_ALLOC: Final = _rx(
    rf"\brandom(?:ly|ised|ized)?\s+{W}{{0,2}}?(?:assign|allocat|divid|distribut|split|separat|group|sort|categori|enrol|receiv|treat|administ|inject|plac(?:ed|ing)\s+(?:in|into))\w*"
    rf"|\b(?:assign|allocat|divid|distribut|split|separat|grouped|sorted|categori[sz]ed|enrolled)\w*\s+{W}{{0,8}}?(?:at\s+random|random(?:ly)?)\b(?!\s*-?\s*effects?)"
    rf"|\brandomi[sz](?:ed|ation|ing)\b(?!\s+(?:controlled\s+)?(?:clinical\s+)?trials?)"
    rf"|\brandom\s+(?:allocation|assignment|grouping|distribution\s+(?:of|into)\s+{W}{{0,2}}?(?:rats|animals|mice|groups))"
    rf"|\bat\s+random\s+(?:into|to)\s+{W}{{0,3}}?groups?\b"
)
# Random selection of fields, sections or images for counting is not allocation.
_RANDOM_NOT_ALLOC: Final = _rx(
    rf"random(?:ly)?\s+(?:selected|chosen|picked)\s+{W}{{0,3}}?(?:fields?|sections?|slices?|areas?|regions?|images?|views?|visual|cells?|sites?)"
    r"|random[-\s]effects?|random\s+(?:primers?|hexamers?|forest)|randomi[sz]ed\s+(?:controlled\s+)?(?:clinical\s+)?trials?"
    # A design label ("a randomised crossover study", often a cited title) says nothing of allocation here.
    r"|randomi[sz]ed\s+(?:[\w-]+\s+)?(?:crossover|cross-over|trial|study|studies|design)\b"
)
_SEQUENCE_METHOD: Final = _rx(
    rf"random\s+number\s*(?:tables?|generator|lists?|sequences?|method)?|\brandom\s+numbers?\b"
    rf"|computer[-\s]?(?:generated|based|assisted|ized)\s+{W}{{0,2}}?(?:random|sequence|list|randomi[sz]ation)"
    rf"|randomi[sz]ation\s+(?:software|program|tool|list|sequence|schedule|plan|table)|\brandomi[sz]er\b|\bRAND(?:BETWEEN)?\s*\(|\bRAND\s+function"
    rf"|coin\s+(?:toss|flip)|(?:tossing|flipping)\s+(?:a\s+)?coin|\blottery\b"
    # Lots drawn or cast, with up to two qualifiers: "drawing sealed lots", "casting numbered paper lots".
    rf"|\b(?:drawing|drawn|draw|casting|cast)\s+(?:of\s+)?(?:[\w-]+\s+){{0,2}}?lots\b|\blot[-\s]drawing\b|\blots\s+(?:were|was)\s+(?:drawn|cast)"
    rf"|(?:block|stratified|permuted[-\s]block|blocked)\s+randomi[sz]ation|randomi[sz]ed\s+in\s+blocks|random\s+sequence"
    rf"|sealed\s+envelope\s+method|research\s+randomizer|random\.org|QuickCalcs|\bSPSS\s+{W}{{0,3}}?random"
)
# Allocation by sealed envelopes states a random allocation without its sequence:
# "allocation used sealed envelopes", "assigned by opening numbered opaque envelopes",
# "sealed envelopes decided the group". Envelopes that keep a code ("group codes were
# kept in sealed envelopes") hide the allocation from an assessor instead.
_ENVELOPE_ALLOC: Final = _rx(
    rf"\b(?:assign|allocat)\w*\s+{W}{{0,6}}?(?:used|using|by|with|via|through|from)\s+{W}{{0,3}}?(?:sealed|opaque|numbered),?\s+(?:[\w'-]+,?\s+){{0,2}}?envelopes?"
    rf"|\b(?:sealed|opaque)\s+{W}{{0,2}}?envelopes?\s+{W}{{0,3}}?(?:to\s+(?:assign|allocate)|(?:assigned|allocated|decided|determined)\s+{W}{{0,2}}?(?:groups?|rats|animals|mice|allocation|treatment))"
)
_ALLOC_CONTEXT: Final = _rx(r"\b(?:assign|allocat|divid|receiv|decid|grouped|group\s+(?:assignment|membership))\w*")
_NON_RANDOM: Final = _rx(
    rf"\b(?:assign|allocat|divid|distribut|grouped)\w*\s+{W}{{0,4}}?(?:according\s+to|based\s+on|by)\s+(?:their\s+|the\s+)?"
    rf"(?:body\s+weights?|weights?|order\s+of|date|arrival|cage|the\s+(?:investigator|experimenter)|injury\s+severity|BBB|alternat|birth|litter)\w*"
    rf"|\balternate(?:ly)?\s+(?:assign|allocat)\w*|\b(?:assign|allocat)\w*\s+alternately|\bsequentially\s+(?:assign|allocat)\w*|\bquasi[-\s]random"
    rf"|\bnon[-\s]?random(?:ly|i[sz]ed)?\b"
)
# --- baseline ----------------------------------------------------------------
_BASELINE_SIMILAR: Final = _rx(
    rf"\bno\s+(?:\w+\s+){{0,2}}?differences?\s+{W}{{0,10}}?(?:baseline|before\s+(?:treatment|injury|surgery|injection)|pre-?(?:operative|injury|treatment|surgery)|(?:at|on)\s+day\s+[01]\b|(?:1|one)\s+day\s+(?:after|post)|24\s*h\s+(?:after|post))"
    rf"|\b(?:baseline|pre-?injury|pre-?operative|pre-?treatment|initial)\s+{W}{{0,8}}?(?:were|was)\s+(?:\w+\s+)?(?:similar|comparable|equivalent|balanced|not\s+(?:significantly\s+)?different)"
    rf"|\b(?:baseline|pre-?injury|pre-?operative|pre-?treatment)\s+{W}{{0,8}}?did\s+not\s+(?:significantly\s+)?differ"
    rf"|\b(?:age|weight|sex|body[-\s]weight)[-\s]and[-\s](?:age|weight|sex|body[-\s]weight)[-\s]matched|\b(?:age|weight|sex|severity)[-\s]matched"
    rf"|\bmatched\s+(?:for|by)\s+(?:age|body\s+weight|weight|sex|injury\s+severity)"
    rf"|\bgroups\s+(?:were|was)\s+(?:\w+\s+)?(?:balanced|comparable|similar)\s+(?:for|in|with\s+respect\s+to|regarding)\s+{W}{{0,3}}?(?:age|weight|sex|severity|baseline|BBB)"
    rf"|\bBBB\s+scores?\s+{W}{{0,8}}?(?:day\s+1|24\s*h|1\s*d)\s+{W}{{0,6}}?(?:(?:were|was)\s+(?:similar|comparable|not\s+(?:significantly\s+)?different)|did\s+not\s+differ|no\s+(?:significant\s+)?difference)"
)
_BASELINE_DIFFERENT: Final = _rx(
    rf"\b(?:baseline|pre-?injury|pre-?operative|pre-?treatment)\s+{W}{{0,8}}?(?:differed|were\s+(?:significantly\s+)?(?:different|higher|lower|heavier|lighter))"
    rf"|\bsignificant(?:ly)?\s+differ\w*\s+{W}{{0,6}}?at\s+baseline"
)
# --- allocation concealment -------------------------------------------------
_CONCEALED: Final = _rx(
    rf"\b(?:sealed|opaque)\s+{W}{{0,2}}?envelopes?"
    rf"|\ballocation\s+{W}{{0,4}}?(?:was|were)\s+(?:\w+\s+)?concealed|\bconcealed\s+(?:allocation|from)|\ballocation\s+concealment"
    rf"|\b(?:allocation|randomi[sz]ation|group\s+assignment|assignment)\s+{W}{{0,3}}?(?:was|were)\s+(?:performed|done|carried\s+out|conducted|generated|kept|held)\s+by\s+(?:an?\s+)?(?:independent|third|person|colleague|technician|researcher|investigator)\w*\s+{W}{{0,5}}?(?:not\s+involved|blind|unaware|independent)"
    rf"|\b(?:allocation|randomi[sz]ation)\s+(?:sequence|list|code|schedule)s?\s+{W}{{0,3}}?(?:was|were)\s+(?:kept|held|generated|prepared)\s+by\s+(?:an?\s+)?(?:independent|third)"
    rf"|\bcentral(?:ly)?\s+(?:randomi[sz]|allocat)"
)
_CONCEAL_WORD: Final = _rx(r"\bconceal\w*")
# --- housing ------------------------------------------------------------------
_RANDOM_HOUSING: Final = _rx(
    rf"\bcages?\s+{W}{{0,5}}?(?:were|was)\s+(?:\w+\s+)?(?:randomly|randomi[sz]ed|rotated)"
    rf"|\brandom(?:ly)?\s+(?:placed|positioned|located|arranged|distributed|rotated|allocated|assigned)\s+{W}{{0,4}}?(?:cages?|racks?|shelf|shelves|positions?|locations?)"
    rf"|\brandom(?:ly)?\s+housed|\bhoused\s+{W}{{0,6}}?(?:randomly|at\s+random|in\s+(?:a\s+)?random(?:i[sz]ed)?\s+(?:order|positions?|locations?|manner|fashion))"
    rf"|\bcage\s+(?:positions?|locations?|placement)\s+{W}{{0,3}}?(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|rotated|random)"
    rf"|\b(?:rats|animals|mice)\s+(?:from|of)\s+(?:different|all|each\s+of\s+the)\s+(?:treatment\s+)?groups\s+{W}{{0,3}}?(?:were\s+)?housed\s+together"
    rf"|\bmixed\s+(?:treatment\s+)?groups?\s+(?:in|per)\s+cages?"
    rf"|\b(?:cages?|racks?)\s+{W}{{0,6}}?(?:placed|positioned|located|arranged|kept)\s+(?:at|in)\s+random(?:i[sz]ed)?\s+(?:positions?|locations?|order|places)"
)
_GROUP_HOUSING: Final = _rx(
    rf"\b(?:each|every|the\s+same)\s+(?:treatment\s+|experimental\s+)?group\s+{W}{{0,4}}?(?:was|were)\s+housed\s+(?:together|in\s+(?:a\s+)?(?:separate|the\s+same|its\s+own|one))"
    rf"|\bhoused\s+(?:by|according\s+to)\s+(?:treatment\s+|experimental\s+)?group"
    rf"|\b(?:rats|animals|mice)\s+(?:of|from|in)\s+the\s+same\s+(?:treatment\s+|experimental\s+)?group\s+{W}{{0,3}}?(?:were\s+)?housed\s+together"
    rf"|\bgroups?\s+{W}{{0,3}}?(?:were|was)\s+housed\s+separately"
)
_STANDARD_HOUSING: Final = _rx(
    r"\bhoused\s+(?:\w+\s+){0,8}?(?:under|in)\s+(?:identical|the\s+same|standard|controlled|similar|specific[-\s]pathogen[-\s]free|SPF|constant)"
)
# --- blinding -------------------------------------------------------------------
# What a blinded person does not know: the groups, the treatment, the allocation.
_ALLOCATION_OBJECT: Final = (
    r"(?:(?:the|which|what|each|an?|their|any)\s+)?(?:animals?'?s?\s+|rats?'?\s+)?(?:experimental\s+|treatment\s+)?"
    r"(?:groups?|group\s+(?:allocation|assignment|identity|membership)|treatments?|allocation|assignment|intervention|"
    r"treatment\s+(?:allocation|assignment|received)|animal\s+received|rat\s+received|conditions?)"
)
_BLIND_POS: Final = _rx(
    r"\b(?:double|single|triple)[-\s]blind(?:ed)?\b|\bblind(?:ed|ly)?\b|\bmasked\b|\bunaware\s+of|\bnot\s+(?:aware|informed)\s+of"
    r"|\bwithout\s+(?:any\s+)?knowledge\s+of|\bno\s+knowledge\s+of|\bignorant\s+of|\bkept\s+unaware|\bnot\s+privy"
    # Knowledge of the allocation denied in plainer words: "raters who did not know the
    # treatment", "examiners which were not informed about the groups", "had no information
    # on group assignment", "uninformed of the allocation". The object must be the
    # allocation: "we do not know the mechanism" is no blinding.
    rf"|\b(?:(?:did|do|does)\s+not|didn[’']t|never)\s+know\s+{_ALLOCATION_OBJECT}"
    rf"|\bwithout\s+knowing\s+{_ALLOCATION_OBJECT}"
    rf"|\b(?:not|never)\s+(?:(?:been|being)\s+)?(?:informed|told|aware)\s+(?:about|of|as\s+to|regarding|on)\s+{_ALLOCATION_OBJECT}"
    rf"|\buninformed\s+(?:about|of|as\s+to|regarding)\s+{_ALLOCATION_OBJECT}"
    rf"|\bhad\s+no\s+(?:information|knowledge|access\s+to\s+(?:information\s+)?)\s*(?:about|of|on|regarding)?\s*{_ALLOCATION_OBJECT}"
)
_BLIND_NEG: Final = _rx(
    r"\bun-?blinded\b|\bnon-?blinded\b|\bopen[-\s]label\b|\bno\s+blinding\b|\bblinding\s+was\s+not\b"
    r"|\b(?:were|was)\s+(?:fully\s+)?aware\s+of\s+(?:the\s+)?(?:group|treatment|allocation|assignment)"
    r"|\bknew\s+(?:the\s+)?(?:group|treatment|allocation)|\bnot\s+(?:\w+\s+)?blind(?:ed)?\b"
    r"|\bblinding\s+(?:\w+\s+){0,4}?(?:was|were)\s+not\s+(?:performed|done|used|applied|possible|feasible|carried)"
)
_BLIND_NOT_BIAS: Final = _rx(r"\bblind\s+(?:spot|end|watermark)|\bcolou?r[-\s]blind|\bBlind\w*\s+\w+\s+et\s+al")
_ASSESSOR: Final = _rx(
    r"assess|evaluat|\bscor|observ|rater|\brated\b|examin|measur|analy[sz]|\brecord|\bcount|quantif|\bBBB\b|behavio|locomot"
    r"|\btest|outcome|histolog|imag|video|grader|graded|judg|Basso|open[-\s]field|\bread\b|interpret"
)
_CAREGIVER: Final = _rx(
    r"surg|operat|inject|administ|caregiv|\bcare\b|handl|husbandry|personnel|experimenter|staff|keeper|technician"
    r"|\b(?:investigators?|researchers?)\s+(?:who\s+)?(?:perform|conduct|administ|deliver|treat|inject|handl)\w*"
    r"|treated\s+by|\btreatments?\s+(?:was|were)\s+(?:given|administered|delivered)|\bsyringes?\b|\bvials?\b|\bcoded\b|\bexperiments?\b"
)
_CODED: Final = _rx(
    rf"\bcoded\s+(?:treatments?|solutions?|syringes?|vials?|tubes?|injections?)\b"
    rf"|\b(?:treatments?|solutions?|syringes?|vials?|tubes?|samples?\s+for\s+injection|injections?)\s+{W}{{0,3}}?(?:were|was)\s+(?:\w+\s+)?(?:coded|labell?ed\s+with\s+codes?|prepared\s+by\s+(?:an?\s+)?(?:independent|third|colleague))"
)
# --- random outcome assessment ---------------------------------------------------
_RANDOM_SELECT_ANIMALS: Final = _rx(
    rf"\brandom(?:ly)?\s+(?:selected|chosen|picked|sampled)\s+(?:from\s+each\s+group\s+)?{W}{{0,3}}?(?:rats|animals|mice|subjects)\b"
    rf"|\b(?:rats|animals|mice)\s+{W}{{0,6}}?(?:were\s+)?(?:randomly|at\s+random)\s+(?:selected|chosen|picked|sampled)"
    rf"|\b(?:rats|animals|mice)\s+{W}{{0,6}}?(?:were\s+)?(?:selected|chosen|picked|sampled)\s+(?:at\s+random|randomly)"
    rf"|\b(?:testing|assessment|evaluation|examination|scoring|behavio\w*\s+testing)\s+order\s+(?:was|were)\s+(?:\w+\s+)?randomi[sz]ed"
    rf"|\b(?:tested|assessed|evaluated|scored|examined|observed|recorded|analy[sz]ed)\s+{W}{{0,4}}?in\s+(?:a\s+)?random(?:i[sz]ed)?\s+(?:order|sequence)"
    rf"|\border\s+of\s+(?:testing|assessment|evaluation|examination)\s+(?:was|were)\s+(?:\w+\s+)?randomi[sz]ed"
)
# --- incomplete outcome data -------------------------------------------------------
_COMPLETE_DATA: Final = _rx(
    rf"\b(?:no|none\s+of\s+the)\s+{W}{{0,2}}?(?:rats?|animals?|mice)\s+{W}{{0,3}}?(?:died|were\s+lost|was\s+lost|were\s+excluded|was\s+excluded|dropped\s+out|were\s+removed)"
    rf"|\ball\s+{W}{{0,3}}?(?:rats|animals|mice)\s+{W}{{0,4}}?survived|\b(?:survival)\s+rate\s+{W}{{0,3}}?100\s?%|\bmortality\s+(?:rate\s+)?{W}{{0,2}}?(?:0\s?%|zero)"
    rf"|\ball\s+{W}{{0,3}}?(?:rats|animals|mice)\s+{W}{{0,3}}?(?:were\s+)?(?:included\s+in\s+(?:the\s+)?(?:final\s+)?analys|completed|analy[sz]ed)"
    rf"|\bno\s+(?:animal\s+)?(?:deaths?|mortality|drop-?outs?|exclusions?|attrition|animals?\s+(?:were\s+)?(?:lost|excluded))\b"
    rf"|\bwithout\s+(?:any\s+)?(?:loss|deaths?|mortality|drop-?outs?|exclusions?)\b"
)
_ATTRITION_WITH_REASON: Final = _rx(
    rf"\b(?:\d+|one|two|three|four|five|six|seven|eight)\s+{W}{{0,3}}?(?:rats?|animals?|mice)\s+{W}{{0,5}}?(?:died|were\s+excluded|was\s+excluded|were\s+lost|was\s+lost|were\s+removed|was\s+removed)"
    rf"(?:\s+[\w,/-]+){{0,12}}?\s+(?:due\s+to|because\s+of|owing\s+to|from|of|after|as\s+a\s+result\s+of)\s+"
)
_ATTRITION: Final = _rx(
    rf"\b(?:\d+|one|two|three|four|five|six|seven|eight)\s+{W}{{0,3}}?(?:rats?|animals?|mice)\s+{W}{{0,5}}?(?:died|were\s+excluded|was\s+excluded|were\s+lost|was\s+lost)"
)
_OUTLIERS_REMOVED: Final = _rx(
    rf"\b(?:outliers?|extreme\s+values?|outlying)\s+{W}{{0,4}}?(?:were|was)\s+(?:\w+\s+)?(?:removed|excluded|discarded|omitted)"
    rf"|\b(?:removed|excluded|discarded)\s+{W}{{0,3}}?(?:as\s+)?outliers?"
)
# --- selective reporting ----------------------------------------------------------------
_REGISTERED: Final = _rx(
    rf"\b(?:protocol|study|experiment)s?\s+{W}{{0,4}}?(?:was|were|had\s+been)\s+(?:pre-?)?registered|\bpre-?regist\w+"
    rf"|\bregistered\s+{W}{{0,4}}?(?:at|in|with|on)\s+(?:the\s+)?(?:preclinicaltrials|PCT|OSF|open\s+science|animal\s+study\s+registry|animalstudyregistry)"
    rf"|preclinicaltrials\.eu|animalstudyregistry|\bregistered\s+report\b|\bprotocol\s+{W}{{0,3}}?(?:was\s+)?published\s+(?:in\s+advance|before|previously)"
    rf"|\ball\s+(?:pre-?specified|prespecified|planned)\s+outcomes?\s+{W}{{0,3}}?(?:were\s+)?reported"
)
_SELECTIVE: Final = _rx(
    rf"\b(?:only|not\s+all)\s+{W}{{0,3}}?(?:significant\s+)?(?:outcomes?|results?|time\s+points?)\s+{W}{{0,3}}?(?:were|are)\s+(?:reported|shown|presented)"
)
# --- other bias ------------------------------------------------------------------------------
_REPLACED: Final = _rx(
    rf"\b(?:were|was)\s+replaced\s+(?:with|by)\s+{W}{{0,2}}?(?:new|additional|other|fresh)?\s*{W}{{0,2}}?(?:rats?|animals?|mice)"
    rf"|\b(?:additional|new|replacement)\s+(?:rats|animals|mice)\s+{W}{{0,3}}?(?:were\s+)?(?:added|included|used)\s+to\s+replace|\breplacement\s+animals?"
)
# --- reporting items ------------------------------------------------------------------------
# One word, or one short parenthesis ("The sample size (n = 9) was calculated"), in a word window.
_WP: Final = r"(?:[\w'-]+\s+|\([^()]{0,40}\)\s*)"
_SAMPLE_SIZE: Final = _rx(
    rf"\bsample\s+sizes?\s+{_WP}{{0,8}}?(?:was|were)\s+(?:\w+\s+)?(?:calculated|determined|estimated|computed)\s+{W}{{0,8}}?(?:power|G\s?\*\s?Power|formula|calculation|analysis|software|effect\s+size|alpha|α)"
    rf"|\b(?:a\s+priori\s+)?power\s+(?:analysis|calculation)|\bG\s?\*\s?Power\b|\bsample[-\s]size\s+(?:calculation|estimation|determination|analysis)"
    rf"|\b(?:calculated|determined|estimated)\s+{W}{{0,4}}?(?:the\s+)?sample\s+sizes?\s+{W}{{0,6}}?(?:power|formula|software|effect\s+size)"
    # "Group size was calculated a priori (α = 0.05, power 0.8)", "The number of animals per
    # group was determined by a power analysis": the size by its other names.
    rf"|\b(?:sample|group)\s+sizes?\s+{_WP}{{0,4}}?(?:was|were)\s+(?:\w+\s+)?(?:calculated|determined|estimated|computed)\b.{{0,120}}?(?:a\s+priori|power|α|alpha|effect\s+size)"
    rf"|\b(?:number\s+of\s+(?:animals|rats|mice)|(?:animals|rats|mice)\s+per\s+group)\s+{W}{{0,4}}?(?:was|were)\s+(?:\w+\s+)?(?:calculated|determined|estimated|computed|chosen|selected)\s+{W}{{0,4}}?(?:a\s+priori\b|(?:by|using|with|from|based\s+on)\s+(?:an?\s+|the\s+)?(?:a\s+priori\s+)?(?:power|G\s?\*\s?Power))"
)
_SAMPLE_SIZE_NOT: Final = _rx(
    rf"\bsample\s+sizes?\s+{W}{{0,6}}?(?:was|were)\s+(?:\w+\s+)?(?:based\s+on|chosen\s+(?:according\s+to|based\s+on)|selected\s+based\s+on|similar\s+to|consistent\s+with|in\s+line\s+with|determined\s+by|determined\s+according\s+to)\s+{W}{{0,2}}?(?:previous|prior|our|published|experience|pilot|common|the\s+literature|literature|those|similar|empirical|convention)"
    rf"|\bpost[-\s]hoc\s+power"
)
_COI: Final = _rx(
    r"\b(?:conflicts?|competing)\s+(?:of\s+)?(?:financial\s+|personal\s+|commercial\s+)?interests?\b|\bfinancial\s+(?:interests?|relationships?|disclosures?)\b"
    r"|\bdeclarations?\s+of\s+interests?|\bduality\s+of\s+interests?"
    # The bare noun after a declaring verb and its quantifier: "the other authors report no
    # conflicts", "we have no relevant conflicts to disclose", "declare no potential conflict".
    r"|\b(?:declare|declares|declared|report|reports|reported|disclose|discloses|disclosed|have|has|had)\s+(?:no|any)\s+"
    r"(?:(?:other|relevant|potential|known|financial|further)\s+){0,2}conflicts?\b(?!\s+(?:between|with(?!\s+(?:respect|regard))|among|in\s+the\s+(?:data|results|literature)))"
)
# Outside a declaration heading the sentence must declare something: "The authors
# declare no ...", "No competing interests exist", "M.C. has a financial interest in ...".
# "Conflicts of interest are a known source of bias" declares nothing.
_COI_STATEMENT: Final = _rx(
    r"\bdeclar\w*|\bno\b|\bnone\b|\bnothing\b|\bdisclos\w*|\breport\w*|\bexist\w*|\bstated?\b"
    r"|(?:\b(?:authors?|we)|(?-i:\bI|\b[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?|\b[A-Z]{2,3}))\s+(?:\w+\s+){0,2}?(?:ha(?:ve|s)|holds?|received|is|are)\b"
)
# A sentence about other people's interests: "industry-funded trials", "conflicts of
# interest in earlier studies [12]". It still counts when the authors declare in it
# ("the other authors declare no competing interests").
_COI_OTHERS: Final = _rx(
    r"\bet\s+al\b|\b(?:previous|prior|earlier|published|many|several|most|some|industry[-\s](?:funded|sponsored)|sponsored)\s+"
    r"(?:\w+\s+){0,2}?(?:studies|reports|investigators|trials|papers|research|reviews|literature)\b"
    r"|\bin\s+(?:the\s+)?(?:literature|field)\b|\b(?:has|have)\s+been\s+(?:reported|shown|suggested|criticised|criticized)\b"
)
_AUTHORS_DECLARE: Final = _rx(
    r"\b(?:the\s+)?(?:other\s+|remaining\s+|all\s+)?(?:authors?|we)\s+(?:\w+\s+){0,2}?(?:declare|report|disclose|state|ha(?:ve|s)\s+no)\w*"
)
_COI_PRESENT: Final = _rx(
    r"\b(?:employee|employed\s+by|shareholder|stock|equity|patent|consultant|consultancy|founder|received\s+(?:\w+\s+)?(?:fees|honoraria|grants?)\s+from)\b"
)
_DECLARATION_HEADING: Final = _rx(r"conflict|competing|disclosure|declaration\s+of\s+interest|interests?\s+statement")
def is_declaration_heading(heading: str) -> bool:
    return bool(_DECLARATION_HEADING.search(heading))


def _first(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    return rx.search(text)


def _randomisation(text: str) -> list[Finding]:
    out: list[Finding] = []
    non_alloc = _RANDOM_NOT_ALLOC.search(text)
    method = _first(_SEQUENCE_METHOD, text)
    alloc = _first(_RANDOM_ALLOC, text)
    if alloc and non_alloc and non_alloc.start() <= alloc.start() < non_alloc.end():
        alloc = None
    # "The order of testing was randomized" is about outcome assessment, not allocation.
    roa = _RANDOM_SELECT_ANIMALS.search(text)
    if alloc and roa and roa.start() <= alloc.start() < roa.end():
        alloc = None
    nonrandom = _first(_NON_RANDOM, text)
    if alloc and _negated(text, alloc.start(), alloc.end()):
        out += [Finding("rob_sequence_generation", "high", 0.75), Finding("reported_randomisation", False, 0.75)]
    elif method and (alloc or re.search(r"random", method.group(0), _I) or _ALLOC_CONTEXT.search(text)) and not _negated(text, method.start(), method.end()):
        out += [Finding("rob_sequence_generation", "low", 0.9), Finding("reported_randomisation", True, 0.9)]
    elif alloc:
        out += [Finding("rob_sequence_generation", "unclear", 0.6), Finding("reported_randomisation", True, 0.85)]
    elif (env := _ENVELOPE_ALLOC.search(text)) and not _negated(text, env.start(), env.end()):
        out += [Finding("rob_sequence_generation", "unclear", 0.6), Finding("reported_randomisation", True, 0.8)]
    elif nonrandom:
        out += [Finding("rob_sequence_generation", "high", 0.75), Finding("reported_randomisation", False, 0.7)]
    return out


# Contrasted clauses name different people: "The surgeon was not blinded, but the BBB
# raters were", "assessors were masked; the caregivers were not".
_CONTRAST: Final = _rx(
    r";|\b(?:but|whereas|while|although|though)\b|,\s*+(?:and\s++)?(?:yet|however)\b"
    r"|,\s*+(?:and\s++)?(?=(?:as|so)\s++(?:were|was|did)\b)"
)
_NOT: Final = _rx(r"\b(?:not|never)\b|n[’']t\b")
# A clause whose verb phrase is elided ("but the BBB raters were", "whereas the surgeon
# was not", "as were the raters"): it repeats the previous clause's predicate.
_ELLIPTIC: Final = _rx(
    r"^\W*(?P<subj>(?:[\w'-]+\s+){1,6}?)(?:were|was|did|had|have|has)(?:\s+(?P<not>not|n[o']t))?\s*[\W]*$"
    r"|^\W*(?:as|so)\s+(?:were|was|did)\s+(?P<subj2>(?:[\w'-]++\s*){1,6})[\W]*$"
)


def _blinding(text: str) -> list[Finding]:
    if _BLIND_NOT_BIAS.search(text):
        return []
    cuts = [m for m in _CONTRAST.finditer(text)]
    if cuts:
        per_clause = _blinding_by_clause(text, cuts)
        if per_clause is not None:
            return per_clause
    return _blinding_clause(text, 0, len(text))


def _blinding_by_clause(text: str, cuts: list[re.Match[str]]) -> list[Finding] | None:
    """Findings read clause by clause, or None when the clauses add nothing to the whole.

    Each clause's cue is judged for that clause's subject; an elliptic clause takes the
    previous cue with its own polarity. Only used when two clauses both speak of blinding
    (or one elides it): a single cue reads as before, with the whole sentence as context.
    """
    bounds = [0, *(c for m in cuts for c in (m.start(), m.end())), len(text)]
    clauses = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    found: list[list[Finding]] = []
    previous: list[Finding] = []
    previous_not = False
    for start, end in clauses:
        part = text[start:end]
        ell = _ELLIPTIC.match(part)
        if ell and previous:
            subj = ell.group("subj") or ell.group("subj2") or ""
            # The elided predicate is the previous one without its own "not": "X was not
            # blinded, but Y were" (blinded); "X knew the groups, but Y did not" (blinded).
            positive = (previous[0].value == "low") != previous_not
            value = "low" if positive != bool(ell.group("not")) else "high"
            who = []
            if _ASSESSOR.search(subj):
                who.append(Finding("rob_blinding_assessors", value, 0.8))
            if _CAREGIVER.search(subj):
                who.append(Finding("rob_blinding_caregivers", value, 0.8))
            found.append(who)
            continue
        if not (_BLIND_NEG.search(part) or _BLIND_POS.search(part)):
            continue
        previous = _blinding_clause(text, start, end)
        previous_not = _NOT.search(part) is not None
        found.append(previous)
    if sum(1 for f in found if f) < 2:
        return None
    out: list[Finding] = []
    for group in found:
        out += [f for f in group if f.item not in {o.item for o in out}]
    return out


def _blinding_clause(text: str, start: int, end: int) -> list[Finding]:
    """The blinding findings of ``text[start:end]``; what follows the clause may name the assessment."""
    neg = _BLIND_NEG.search(text, start, end)
    pos = _BLIND_POS.search(text, start, end)
    coded = _CODED.search(text, start, end)
    if neg is None and pos is not None and re.match(r"blind", pos.group(0), _I) and _negated(text, pos.start(), pos.end()):
        neg = pos
    if neg is not None:
        value, conf, where = "high", 0.75, neg
    elif pos is not None:
        value, conf, where = "low", 0.85, pos
    elif coded is not None:
        return [Finding("rob_blinding_caregivers", "low", 0.7)]
    else:
        return []
    # Who was (not) blinded is said before the cue ("observers blinded to the groups");
    # after it comes what they were blind to, which often says "treatment".
    subject = text[start : where.start()] + " " + re.sub(r"blind\w*", " ", where.group(0), flags=_I)
    double = re.match(r"(?:double|triple)", where.group(0), _I) is not None
    assessor = bool(_ASSESSOR.search(subject))
    caregiver = bool(_CAREGIVER.search(subject))
    if not assessor and not caregiver and end < len(text):
        # One of contrasted clauses: "blinding was not possible for the surgeon, but ...".
        assessor = bool(_ASSESSOR.search(text, where.end(), end))
        caregiver = bool(_CAREGIVER.search(text, where.end(), end))
    if not assessor and not caregiver:
        # "The investigators were blinded" with an assessment mentioned after the cue.
        assessor = bool(_ASSESSOR.search(text[where.end():]))
        caregiver = not assessor
    out: list[Finding] = []
    if assessor or double:
        out.append(Finding("rob_blinding_assessors", value, conf))
    if caregiver or double:
        out.append(Finding("rob_blinding_caregivers", value, conf if caregiver else conf - 0.15))
    return out


def _concealment(text: str) -> list[Finding]:
    m = _CONCEALED.search(text)
    if m:
        if _negated(text, m.start(), m.end()):
            return [Finding("rob_allocation_concealment", "high", 0.75)]
        return [Finding("rob_allocation_concealment", "low", 0.85)]
    m = _CONCEAL_WORD.search(text)
    if m and re.search(r"allocat|assign|group", text, _I) and _negated(text, m.start(), m.end()):
        return [Finding("rob_allocation_concealment", "high", 0.75)]
    return []


def _housing(text: str) -> list[Finding]:
    m = _RANDOM_HOUSING.search(text)
    if m:
        return [Finding("rob_random_housing", "high" if _negated(text, m.start(), m.end()) else "low", 0.8)]
    if _GROUP_HOUSING.search(text):
        return [Finding("rob_random_housing", "high", 0.7)]
    if _STANDARD_HOUSING.search(text):
        return [Finding("rob_random_housing", "unclear", 0.5)]
    return []


def _outcome_assessment(text: str) -> list[Finding]:
    m = _RANDOM_SELECT_ANIMALS.search(text)
    if m and not _RANDOM_NOT_ALLOC.search(m.group(0)):
        value = "high" if _negated(text, m.start(), m.end()) else "low"
        return [Finding("rob_random_outcome_assessment", value, 0.8)]
    return []


def _attrition(text: str) -> list[Finding]:
    if _OUTLIERS_REMOVED.search(text):
        return [Finding("rob_incomplete_outcome_data", "high", 0.7)]
    m = _COMPLETE_DATA.search(text)
    if m:
        return [Finding("rob_incomplete_outcome_data", "low", 0.8)]
    if _ATTRITION_WITH_REASON.search(text):
        return [Finding("rob_incomplete_outcome_data", "low", 0.65)]
    if _ATTRITION.search(text):
        return [Finding("rob_incomplete_outcome_data", "unclear", 0.5)]
    return []


def _selective(text: str) -> list[Finding]:
    m = _REGISTERED.search(text)
    if m:
        if _negated(text, m.start(), m.end()):
            return [Finding("rob_selective_reporting", "unclear", 0.6)]
        return [Finding("rob_selective_reporting", "low", 0.8)]
    if _SELECTIVE.search(text):
        return [Finding("rob_selective_reporting", "high", 0.6)]
    return []


def _sample_size(text: str) -> list[Finding]:
    m = _SAMPLE_SIZE.search(text)
    if m and not _SAMPLE_SIZE_NOT.search(text):
        if _negated(text, m.start(), m.end()):
            return [Finding("reported_sample_size_calculation", False, 0.75)]
        return [Finding("reported_sample_size_calculation", True, 0.9)]
    if (plan := _power_statement(text)) is not None and not _SAMPLE_SIZE_NOT.search(text):
        # A denied planning verb ("were not chosen to give 80% power") is no clear statement either way.
        return [] if _negated(text, plan.start(), plan.end()) else [Finding("reported_sample_size_calculation", True, 0.85)]
    if _SAMPLE_SIZE_NOT.search(text) or (
        re.search(r"sample\s+size", text, _I) and re.search(r"\bnot\s+(?:\w+\s+)?(?:calculated|predetermined|pre-?determined|determined|estimated)", text, _I)
    ):
        return [Finding("reported_sample_size_calculation", False, 0.7)]
    return []


# A declaration heading with nothing declared under it ("Conflict of interest
# statement. Not provided.") reports nothing.
_NOT_PROVIDED: Final = _rx(
    r"^\W*(?:not\s+(?:provided|stated|reported|available|applicable|given|supplied|included)|n/?a|none\s+(?:provided|given|stated)"
    r"|(?:statement\s+)?missing|to\s+be\s+(?:added|confirmed|provided)|tbd)\W*$"
)


def _is_bare_heading(text: str) -> bool:
    """A sentence that is only a declaration heading ("Competing interests.")."""
    words = re.sub(r"[^\w\s]", " ", text).split()
    return len(words) <= 6 and _DECLARATION_HEADING.search(text) is not None and not _COI_STATEMENT_VERB.search(text)


_COI_STATEMENT_VERB: Final = _rx(r"\b(?:declare\w*|none|no|nothing|disclos(?:e|es|ed)|report(?:s|ed)?|exist\w*|ha(?:ve|s)|is|are)\b")


def _coi(text: str, heading: str) -> list[Finding]:
    if _NOT_PROVIDED.match(text) or _is_bare_heading(text):
        return []
    under_heading = is_declaration_heading(heading)
    m = _COI.search(text)
    if not (under_heading or (m and _COI_STATEMENT.search(text))):
        return []
    if not under_heading and _COI_OTHERS.search(text) and not _AUTHORS_DECLARE.search(text):
        return []
    out = [Finding("reported_conflict_of_interest", True, 0.9)]
    declared = _COI_PRESENT.search(text)
    none = re.search(r"\b(?:no|none|not\s+have|nothing\s+to\s+(?:declare|disclose))\b", text, _I)
    if declared:
        # A declared commercial interest is for the reviewer to weigh, even when
        # the other authors declare none.
        out.append(Finding("rob_other", "unclear", 0.55))
    elif none:
        # Reviewers of this literature grade "other bias" low when the authors
        # declare no competing interests and nothing else suggests bias.
        out.append(Finding("rob_other", "low", 0.5))
    return out


# --- keyword prefilter ---------------------------------------------------------
# Each rule group runs only when its sentence holds one of the stems below. Every
# alternative of every regex in a group contains (case-insensitively) at least one
# of its stems, so a sentence without any cannot match and skipping the regexes
# gives the same findings at a fraction of the cost: most sentences of a paper
# trigger no rule at all. Keep these lists in step when a regex gains a new anchor.
def _gate(*stems: str) -> Gate:
    return Gate(*stems)


_G_RANDOMISATION: Final = _gate(
    "rand", "computer", "coin", "lots", "lot drawing", "lot-drawing", "lotter", "envelope", "quickcalcs",
    "assign", "allocat", "divid", "distribut", "grouped",
)
_G_BLINDING: Final = _gate(
    "blind", "masked", "aware", "inform", "know", "ignorant", "privy", "label", "knew",
    "coded", "prepared", "told",
)
_G_CONCEALMENT: Final = _gate("envelope", "conceal", "allocat", "assign", "rand")
_G_HOUSING: Final = _gate("cage", "rand", "housed")
_G_OUTCOME_ASSESSMENT: Final = _gate("rand")
_G_ATTRITION: Final = _gate(
    "outl", "extreme", "died", "lost", "excluded", "drop", "removed", "surviv", "mortality",
    "included", "completed", "analy", "death", "exclusion", "attrition", "loss",
)
_G_SELECTIVE: Final = _gate("regist", "preclinicaltrials", "published", "reported", "shown", "presented")
_G_SAMPLE_SIZE: Final = _gate("sample", "power", "group size", "a priori", "number of", "per group")
_G_BASELINE: Final = _gate(
    "baseline", "injury", "operative", "treatment", "differ", "initial", "matched", "balanced",
    "comparable", "similar", "bbb",
)
_G_REPLACED: Final = _gate("replac")
_G_COI: Final = _gate("conflict", "competing", "financial", "declaration", "duality")
# re.IGNORECASE also matches these to ASCII letters; str.lower() does not fold them.
_FOLD: Final = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def sentence_findings(text: str, heading: str = "", *, study_design: bool = True) -> list[Finding]:
    """Every finding in one sentence.

    ``study_design`` False limits the rules to the statements that count
    wherever they are (conflict of interest, animal welfare).
    """
    # _FOLD maps only non-ASCII letters: an ASCII sentence (most) needs no translation.
    low = text.lower() if text.isascii() else text.translate(_FOLD).lower()
    out: list[Finding] = []
    if study_design:
        if _G_RANDOMISATION.search(low):
            out += _randomisation(text)
        if _G_BLINDING.search(low):
            out += _blinding(text)
        if _G_CONCEALMENT.search(low):
            out += _concealment(text)
        if _G_HOUSING.search(low):
            out += _housing(text)
        if _G_OUTCOME_ASSESSMENT.search(low):
            out += _outcome_assessment(text)
        if _G_ATTRITION.search(low):
            out += _attrition(text)
        if _G_SELECTIVE.search(low):
            out += _selective(text)
        if _G_SAMPLE_SIZE.search(low):
            out += _sample_size(text)
        if _G_BASELINE.search(low):
            out += _baseline(text)
        if _G_REPLACED.search(low) and _REPLACED.search(text):
            out.append(Finding("rob_other", "high", 0.7))
    if _G_COI.search(low) or is_declaration_heading(heading):
        out += _coi(text, heading)
    if _G_WELFARE.search(low):
        out += _welfare(text, heading)
    return out


def _baseline(text: str) -> list[Finding]:
    if _BASELINE_DIFFERENT.search(text):
        m = _BASELINE_DIFFERENT.search(text)
        assert m is not None
        if not _negated(text, m.start(), m.end()):
            return [Finding("rob_baseline_characteristics", "high", 0.7)]
        return [Finding("rob_baseline_characteristics", "low", 0.75)]
    if _BASELINE_SIMILAR.search(text):
        return [Finding("rob_baseline_characteristics", "low", 0.8)]
    return []
