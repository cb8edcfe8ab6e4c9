"""The words of goods phrases that are not goods: stop words, money and scale words, the words that end a phrase on
its flow, and the patterns of services, which the guide names apart from goods. Shared by the goods readers of
`rules/products.py`."""

from __future__ import annotations

import re

from tradefacts.extract.scan import Anchored
from tradefacts.schemas.numbers import SCALE_WORDS

STOP_WORDS = frozenset(
    "the a an its their total monthly annual overall national foreign china's city's of and for with all three key "
    "whose while whereas but as in to from by that which strong robust combined net trade outbound inbound this these "
    "those such saw posted new high record led driven year first half also alone grew rose value volume growth "
    "share other main major chinese country's region's province's nation's global world's cumulative said data "
    "was were has have had is are will would up down largest biggest seasonally adjusted unadjusted calendar last "
    "group them they customs recorded put country nation economy figure amount sum business bought sold against "
    "pounds euros dollars yuan yen won rupees "
    "merchandise our province city region may june july five-month six-month monthly quarterly chip-related "
    "january february march april august september october november december country's bloc's overseas abroad "
    "showed shows show figures within said says made own although though where when what how "
    "deficit surplus gap among keep keeps help helps lift boost boosts extend extends push pushes dragged pulled "
    "pushed lifted drove sent on weighed weighs hit hits hurt curbed sees see posts logs records reports "
    "registers registered expects expect valued bilateral primary principal leading flagship percent cent tons "
    "tonnes yet far earlier ago before later took takes taking brought "
    "decline drop fall rise gain paid spent spending helped leaving intra-african intra-asian intra-european intra-eu "
    "intra-asean intra-regional".split()  # verbs: "NEVs keep auto exports", "prices weighed on import
    # values", "The customs data valued automobile exports at about $117 billion", "and paid $49.2 billion", "and a
    # decline of 6.2%"
) | {w for w in SCALE_WORDS if " " not in w}  # "$2.8 billion and petroleum product exports": the number's scale
# "goods and services", "services": the guide's names for figures beyond trade in goods alone.
SERVICES = re.compile(
    r"\b(?P<both>(?:goods|merchandise)\s+and\s+services|goods\s*(?:&|/)\s*services)\b|"
    r"(?<!goods and )(?<!merchandise and )\b(?P<svc>services)\s+"
    r"(?:exports?|imports?|trade|surplus|deficit|sector|credits|debits)\b|"
    r"\b(?:exports?|imports?|trade|surplus|deficit|gap)\s+(?:of|in|on)\s+(?:trade\s+in\s+)?(?P<svc2>services)\b|"
    r"(?:(?<=^In\s)|(?<=^For\s))services(?=\s*[,—–])|"  # "In services, a category that includes tourism, the surplus"
    r"(?<=\bthe\s)services(?=\s+side\b)|"  # "On the services side, the surplus ..."
    r"\b(?:runs?|ran|earns?|earned)\s+(?:in|on|from)\s+services\b|"  # "The surplus the country earns on services"
    # "Services softened the blow, contributing a 55.2 billion-pound surplus": the subject of a participle's balance
    r"^services(?=\b[^.;\d]{0,60}?,\s+(?:contributing|adding|producing|generating|posting|earning)\s(?:[^.;]|\.(?=\d)){0,60}?"
    r"\b(?:surplus|deficit)\b)|"
    # "ran a surplus of $26.2 billion in services such as tourism": the figure's goods, written after it
    r"(?:(?<=billion\sin\s)|(?<=million\sin\s)|(?<=trillion\sin\s)|(?<=bn\sin\s)|(?<=bln\sin\s))services\b|"
    r"(?:(?<=billion\sin\simported\s)|(?<=billion\sin\sexported\s))services\b|"  # "$75.8 billion in imported services"
    # "Services, spanning travel and software, produced a surplus", "services, by contrast, posted", "Services such
    # as tourism and banking produced a $37.1 billion surplus", "and services a surplus of £49.8bn": the subject
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=\bbut\s))services(?=(?:\s*[,—–-]\s[^.;]{0,90}?[,—–-]|\s+(?:such\s+as|"
    r"like)\s[^.;]{0,60}?)?\s+(?:(?:produced|posted|showed|recorded|ran|generated|delivered|went|were|was|made|kept|"
    r"moved|ended|slipped|had|returned|swung|swelled|grew|shrank|widened|narrowed|earned|booked|logged|enjoyed|"
    r"registered|notched(?:\s+up)?|(?:ran|racked)\s+up)\b(?:[^.;]|\.(?=\d)){0,80}?|an?\s+)"
    r"\b(?:surplus|deficit|gap|shortfall)\b)|"
    r"(?P<both2>(?:(?<=^Including\s)|(?<=^Counting\s)|(?<=,\sincluding\s))services(?=\s*,))",  # "Including
    # services, the overall trade gap narrowed": goods and services together
    re.IGNORECASE,
)
SERVICES = Anchored(SERVICES, words=["goods", "merchandise", "services", "export", "import", "trade", "surplus",
                                       "deficit", "gap", "run", "ran", "earn"])  # fmt: skip
CURRENCY_WORDS = frozenset(  # money and its scale, not goods
    "rmb yuan usd dollars dollar euros euro yen won rupees pounds us billion million trillion bn".split())
LEADING_SCALE_WORDS = frozenset("billion million trillion bn mln bln pct percent pc".split())  # "11.2 pct export gain"
# "Mining exports grew", "lighting equipment": sectors and goods, not participles
SECTORS_IN_ING = frozenset("mining clothing footwear bedding packaging fishing lighting manufacturing".split())
NOT_GOODS = frozenset(  # "the resulting surplus", "driven by higher purchases", "a small surplus": no goods
    "before after though although since because whereas unless on off over revised previous preceding higher lower "
    "greater bigger smaller "
    "larger stronger weaker fewer more less sectoral mainstay deepest widest narrowest smallest single small large big "
    "huge modest slight narrow wide narrower wider massive hefty sizeable sizable tiny slim rare steep sharp solid "
    "robust strong weak healthy unexpected persistent chronic bilateral two-way mutual brisk sluggish tepid market "
    "markets decrease increase two three both cargoes pct percent pc world global worldwide shares share "
    "tune out "  # "exported to the tune of 1.11 trillion yuan", "goods shipped out of the region"
    # "Chinese goods sold to African buyers", "Looking only at exports, Nigeria was", "the import bill for the
    # period": who bought, a turn of the sentence, a span of time; no goods
    "buyers customers consumers clients importers looking only period".split()
)
FLOW_NOUNS = frozenset("imports exports import export shipments trade".split())
TRAILING_FLOW = frozenset("purchases arrivals shipments sales deliveries inflows imports exports bill bills".split())


# Goods named as a figure's cause, not its restriction: "fell 3.9%, reflecting weaker car sales", "a surplus
# driven by sales of oil", "Higher purchases of gold lifted the import bill".
EXPLAINING = re.compile(
    r"\b(?:reflecting|reflected|amid|thanks\s+to|because\s+of|due\s+to|on\s+the\s+back\s+of)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
AS_CAUSE, FIGURE_AHEAD = re.compile(r"\bas\s+$", re.IGNORECASE), re.compile(r"[^,;\d]*?\d")  # its own figure?
CAUSE_OPENING = re.compile(r"\s*(?:higher|lower|rising|falling|stronger|weaker|surging|soaring|strong|weak|brisk|"
                           r"slowing|slower|robust|solid|sluggish|booming|smaller|bigger|larger|heavier|lighter|"
                           r"reduced|increased)\s+", re.IGNORECASE)  # "Smaller purchases of gold ... pulled imports"
CAUSE_VERB = re.compile(  # "Brisk sales of chip-making equipment to China and Taiwan lifted outbound shipments"
    r"(?:\s+(?:to|from|in)\s+(?:the\s+)?[A-Z][\w.]*(?:(?:\s+and|,)?\s+[A-Z][\w.]*){0,4})?"
    r"\s+(?:lifted|pushed|pulled|drove|boosted|raised|swelled|inflated|dragged|weighed|helped|propelled|"
    r"fu?elled|fueled|sent|took)\b")
DRIVER_BEFORE = re.compile(  # "largely because of higher exports of machinery", "as lower shipments of auto parts"
    r"\b(?:driven|led|helped|boosted|dragged|weighed|hit)\s+(?:down\s+)?by\s+"
    r"(?:(?:lower|higher|weaker|stronger|falling|rising|strong|weak|brisk)\s+)?$|\bthanks\s+to\s+$|"  # "led by lower"
    r"\b(?:because\s+of|due\s+to|reflecting|on\s+the\s+back\s+of)\s+(?:[\w-]+\s+){0,2}$|"
    r"\bas\s+(?:lower|higher|weaker|stronger|falling|rising)\s+$|"
    # "jumped 20.9% on purchases of aircraft", "fell, mainly on lower sales of crude oil"
    r"\bon\s+(?:(?:lower|higher|weaker|stronger|strong|weak|brisk|robust|falling|rising)\s+)?$",
    re.IGNORECASE,
)

# "a 4.1 billion-pound surplus": the figure's scale and currency written before its noun, not goods
SCALED_MONEY = re.compile(
    r"(?:thousand|million|billion|trillion|mln|bln|bn)-(?:[a-z]+-)?(?:pound|dollar|euro|yen|yuan|won|rupee|franc|real|"
    r"rand|peso|ringgit|baht|dong|rupiah)s?"
)
