"""Which goods a figure is restricted to: "exports of X", "X exports", "X accounted for", lists of them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefacts.extract.rules.gazetteer import find_places
from tradefacts.extract.rules.goods_clauses import opening_cause_end, without_subject_examples
from tradefacts.extract.rules.goods_frame import EX_PRECIOUS
from tradefacts.extract.rules.goods_lists import named_groups, split_list
from tradefacts.extract.rules.goods_vocabulary import (
    AS_CAUSE,
    CAUSE_OPENING,
    CAUSE_VERB,
    DRIVER_BEFORE,
    EXPLAINING,
    FIGURE_AHEAD,
    SERVICES,
    STOP_WORDS,
)
from tradefacts.extract.rules.mention import SpanSet, in_spans, merged, without_dash_asides
from tradefacts.extract.rules.product_names import (
    ASIDE_AFTER_GOODS,
    CLAUSE_AFTER_GOODS,
    CONTRAST_AFTER_GOODS,
    HEAD_NOUNS,
    HEAD_WORD,
    PRODUCT_END,
    VERBS,
    clean_product,
)
from tradefacts.extract.scan import Anchored
from tradefacts.extract.text import PERCENT_WORD

# "Mechanical and electrical products worth 27.97 billion yuan were exported": the goods' figure after them
_WORTH = r"worth\s+(?:about\s+|some\s+|around\s+)?[\d$€£¥]"
# "Mobile phones, assembled mainly in the airport zone, remained ...": an aside between the two
_CLAUSE_START = r"(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\s[-–—]\s)|(?<=\s--\s))"  # "CHONGQING - Lithium batteries fared"
# "Garments, the mainstay of the export basket, fetched", "Ships bound for Belt and Road ...", ", the No. 2 item,"
_SUBJECT_ASIDE = (r"(?:,\s+(?:[^,;.\d]|No\.\s\d)(?:[^,;.\d]|(?<=No)\.\s\d){0,69},|"
                  r",\s+(?:including|led\s+by|chiefly|notably|mainly|mostly|especially)\s[^;.\d()]{1,100}?,|"
                  # "Labour-intensive products such as textiles, garments and furniture saw exports of"
                  r"\s+such\s+as\s+[a-z][^;:.\d()]{1,80}?(?=\s+(?:saw|were|was|made|accounted|represented|constituted|"
                  r"comprised|edged|rose|fell|grew)\b)|"
                  # "Transport equipment, accounting for about 21% of total exports, inched up": a share between
                  r",\s+(?:which\s+(?:make|makes|made|account|accounts|accounted)|accounting|making|representing)\b"
                  rf"[^,;()]{{1,60}}?{PERCENT_WORD}[^,;()]{{0,30}},|"
                  # "Mechanical and electrical products, at 16.35 trillion yuan, rose 8.3 percent": a figure aside
                  r",\s+(?:at|worth)\s+(?:about\s+|around\s+)?[\d$€£¥][^,;()]{0,40},|"
                  r"\s+(?:bound|destined|headed)\s+for\s+[^,;.\d]{1,60}?|"
                  r"\s+from\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}|"  # "Soybeans from Brazil totaled"
                  r"\s+\([A-Z][A-Za-z]{1,6}\))?")  # "New energy vehicles (NEVs) accounted for"
_SUBJECT_PRODUCT = re.compile(
    rf"{_CLAUSE_START}(?!(?:Among|Of|In|For|Meanwhile|By|As|With|Within|Overall|However|Also|Broken\s+down|Taken|"
    r"Put|Combined|Together)\b)"  # not "Taken together, the three products": an opening, not goods
    # "NEVs made up"; not "Chip exports, of which memory products made up": the whole, then an aside on a part
    rf"(?P<p>[A-Z][a-z-]+(?:,?\s+(?:and\s+)?(?!which\b)[a-z-]+){{0,4}}\s+(?:{HEAD_NOUNS})|[A-Z]{{2,5}}s)"
    rf"{_SUBJECT_ASIDE}(?:\s+(?:again|also|still))?\s+(?:(?:{VERBS}|made\s+up|exports|imports|shipments)\b|{_WORTH})"
)
# "Among export sectors, electronic goods continued to outperform, with shipments rising": after an opening phrase
# "GAC data showed that mechanical and electrical products made up 60.3 percent", "Broken down by goods, ...",
# "Within this category, integrated circuits and automobiles posted export increases of ..."
_OPENED_SUBJECT = re.compile(
    r"(?:^(?:Among|Of|By|On|In\s+terms\s+of|Broken\s+down\s+by|As\s+for|Within)\s[^,]{1,40},\s+|(?<=;\s)|"
    r"(?<=\bthat\s)|(?<=\bshowed\s))(?!(?:once|when|if|while|although|because|since|after|before|as|the|its|their)\b)"
    rf"(?P<p>[a-z][a-z-]+(?:\s+(?:and\s+)?[a-z-]+){{0,4}}?\s+(?:{HEAD_NOUNS}))"
    rf"{_SUBJECT_ASIDE}\s+(?:(?:{VERBS}|made\s+up)\b|{_WORTH})"
)
# "Among labor-intensive sectors, textiles and garments, footwear and seafood brought in $36.1 billion, $23.4
# billion and $10.2 billion, respectively": a list of goods after an opening phrase, shared out by "respectively"
_OPENED_LIST = re.compile(
    r"^(?:Among|Of|In|For|By)\s[^,]{1,40},\s+(?P<p>[a-z][a-z -]*(?:,\s+[a-z][a-z -]*)+\s+and\s+[a-z][a-z-]*"
    rf"(?:\s+[a-z-]+){{0,2}}?)\s+(?:{VERBS}|brought\s+in|earned|fetched)\b(?=(?:[^.;]|\.(?=\d))*\brespectively\b)"
)
# "Milk powder, butter and cheese, the backbone of the export trade, brought in $1.90 billion", "Within that group,
# milk powder earned $926 million": what earned money is goods (a place that earned is no goods: see find_products)
# "The yellow metal's inbound shipments for April-November were up 3.3 per cent": a wire's second name for the goods,
# as the owner of their flow (`goods_classes` gives it the name the article also uses)
_EPITHET_OWNER = re.compile(
    r"\b(?i:the)\s+(?P<p>(?:yellow|red)\s+metal|oilseed)['’]s\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:exports|imports|shipments|purchases|arrivals|sales)\b")
_EARNED_BY = re.compile(
    r"(?:^(?:(?:Among|Of|By|Within|In)\s[^,]{1,40},\s+)?|(?<=;\s))(?P<p>[A-Za-z][a-z-]+(?:,?\s+(?:and\s+)?[a-z][a-z-]*){0,4}?)"
    r"(?:,\s+[^,;]{1,60},)?\s+(?:earned|brought\s+in|fetched)\s+(?:about\s+|some\s+)?(?:[$€£¥]|[A-Z]{1,3}\$|\d)"
)
# "Russia remained China's top crude oil supplier", "the largest soybean buyer": the goods of a ranked role
RANKED_ROLES = r"(?:supplier|buyer|customer|importer|exporter|source|purchaser)s?"  # the roles a trader is ranked in
_RANKED_ROLE = re.compile(
    r"(?<!world's\s)(?<!world’s\s)(?<![\w-])(?:top|largest|biggest|main)\s+(?P<p>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+"
    rf"{RANKED_ROLES}\b"
)
# "Copper, the country's top export, generated US$2.384 billion": goods its apposition calls an export
_GOODS_BY_ROLE = re.compile(
    rf"{_CLAUSE_START}(?P<p>[A-Z][a-z-]+(?:\s+(?:and\s+)?[a-z-]+){{0,2}}),\s+(?:the|its|their|[A-Z][\w.]*['’]s|"
    r"the\s+(?:country|nation|region|province|city)['’]s)\s+(?:[\w-]+\s+){0,2}?(?:exports?|imports?|export\s+items?|"
    rf"products?|commodit(?:y|ies)|(?:export\s+)?earners?)\s*,\s+(?:(?:also|still|again)\s+)?(?:{VERBS})\b"
)
_LED_A_RATE = re.compile(rf"\b(?:led|drove|powered|fuell?ed|propelled)\s+(?:a|an)\s+[\d.]+\s*{PERCENT_WORD}",
                         re.IGNORECASE)
# "Electronics rose 4.1 per cent": a head noun alone as the subject.
_SUBJECT_HEAD = re.compile(
    rf"{_CLAUSE_START}(?P<p>[A-Za-z][a-z-]+){_SUBJECT_ASIDE}\s+(?:(?:also|still|alone)\s+)?(?:{VERBS})\b")
# "..., and commercial vehicles 904,000", "and car parts lost 19.0%": the next item of a list of goods.
_GAPPED = re.compile(  # not "..., and ran 2.6 percent above September's level" (a second verb of the same goods),
    # nor "..., and carmakers sent 2.46 million of them abroad" (who shipped, not what), nor "..., and equal to 54.2%",
    # nor the "and" of one name ("those of mechanical and electrical products 903.5 hundred million yuan")
    rf"(?<!\bmechanical)(?:,\s*|\s+)and\s+(?!(?:the\s+)?(?:former|latter)\b|(?:ran|stood|was|were|came|reached|hit|totall?ed|"
    rf"amounted|added|gained|lost|remained|stayed|sat)\b|(?:car|auto)?makers\b|producers\b|exporters\b|"
    rf"manufacturers\b|companies\b|firms\b|(?:equal|equivalent|close)\s+to\b)(?:the\s+|those\s+of\s+)?(?P<p>(?:[a-z-]+\s+){{0,3}}?[a-z-]+)\s+(?:(?:{VERBS})\s+(?:by\s+)?)?"
    r"(?=(?:about\s+|around\s+)?[\d$€£¥])"
)
# "..., while integrated circuits grew 18.7%", "those of petroleum products ... declined": a later clause's goods
_LATER_SUBJECT = re.compile(
    rf"(?:\b(?:while|whereas|but|those\s+of)|,\s+and)\s+(?P<p>(?:[a-z-]+\s+){{0,3}}?(?:{HEAD_NOUNS})"  # ", and
    rf"(?:\s+and\s+(?:[a-z-]+\s+){{0,2}}?(?:{HEAD_NOUNS}))?)"  # mechanical and electrical products made up 58.6%"
    rf"(?:\s+(?:including|such\s+as|bound\s+for|destined\s+for)\s+[A-Za-z -]{{1,60}}?)?"  # "including solar panels
    rf"\s+(?:{VERBS}|made\s+up)\b"  # and inverters", "while auto parts and chip-making equipment bound for US dropped"
)
# "Of these, passenger cars made up ...", "among them, integrated circuits rose ...": one part of the whole.
# "dragged down by automobiles, which slumped 14.2%, and car parts, down 9.7%", "with chip-making equipment up 18.4
# percent", "with hybrid vehicles surging 30 percent": goods with a figure of their own
# "Of the city's exports, mechanical and electrical products, worth 233.6 billion yuan, accounted for": the same
_GOODS_WITH_OWN = re.compile(
    rf"(?:\b(?:by|from|in|and|with|include|were)|,(?!\s+(?![a-z]+i[sz]ed\b)[a-z]+(?:ed|ing)\b))\s+(?P<p>(?:[a-z-]+\s+){{0,3}}?(?:{HEAD_NOUNS}))(?:,\s+(?:which\s+(?:{VERBS})|"
    rf"(?:down|up)\s+(?:by\s+)?[\d$€£¥])|\s+(?:down|up|[a-z]+ing)\s+(?:by\s+)?[\d$€£¥]|\s+\((?:up|down)?\s*[\d$€£¥])"
)
# "The non-oil and gas sector posted a surplus", "the oil and gas sector recorded a deficit": goods named as a sector
_GOODS_SECTOR = re.compile(
    r"\b(?P<p>(?:non-)?oil(?:\s+and\s+gas)?|(?:non-)?energy|(?:non-)?petroleum|(?:non-)?mining|agricultural)\s+sector\b",
    re.IGNORECASE,
)
# "led by a 14.1% rise in non-automotive goods": the goods a rate is of, named after it
_RATE_IN_GOODS = re.compile(
    rf"[\d.]+\s*{PERCENT_WORD}\s+(?:rise|increase|gain|jump|surge|drop|fall|decline|decrease|slump)\s+in\s+"
    rf"(?P<p>(?:[a-z-]+\s+){{0,3}}?(?:{HEAD_NOUNS}))\b(?!\s+(?:exports|imports|shipments|sales|purchases)\b)",
    re.IGNORECASE,
)
# "imported gold worth USD 7.13 billion and silver worth USD 0.33 billion": the next goods, each with its worth
_AND_WORTH = re.compile(r"\band\s+(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+worth\s+(?:about\s+|some\s+)?"
                        r"(?:[A-Z]{2,3}\s?|US\$|[$€£¥])?\s?\d")
_GOODS_WORTH = re.compile(
    rf"(?<=,\s)(?P<p>(?:[a-z-]+\s+){{0,3}}?(?:{HEAD_NOUNS})),\s+worth\s+(?:about\s+|some\s+)?[\d$€£¥]"
)
# "export prices for petroleum products and petrochemicals, whose shipments shrank 10.3% and 14.1%": goods a
# relative clause gives their own figures
_GOODS_WHOSE = re.compile(
    r"(?:^|\b(?:for|of|in|on|by|hit|hurt)\s+)(?P<p>(?:[A-Za-z-]+\s+){0,4}?[A-Za-z-]+),\s+whose\s+"
    r"(?:(?:outbound|overseas|foreign|combined|total)\s+)?(?:exports|imports|shipments|sales|deliveries|purchases)\b",
    re.IGNORECASE,
)
# "Zhejiang's top export category was still mechanical and electrical products, at 1.63 trillion yuan": the goods
# a leading category is said to be, with their figure after them
_LEADING_CATEGORY = re.compile(
    r"\b(?:top|largest|biggest|main|leading)\s+(?:export|import)\s+(?:category|item|product|commodity)\s+(?:was|were|is|"
    rf"remained|stayed)\s+(?:still\s+|again\s+)?(?P<p>(?:[a-z-]+\s+){{0,4}}?(?:{HEAD_NOUNS})),\s+(?:at|worth|with)\s",
    re.IGNORECASE,
)
# "the value of Russian crude bought by China dropped 19.6%": the goods a value or volume is of
_VALUE_OF_GOODS = re.compile(r"\b(?:value|volume)\s+of\s+(?P<p>(?:[A-Za-z-]+\s+){0,3}?[a-z-]+)\s+(?=(?:bought|"
                            r"purchased|imported|exported|shipped|sold)\b)")
# "trade in mechanical and electrical products between the two sides reached ..."
# "the UAE's non-oil foreign trade reached": trade that leaves oil out, the figure's goods
_NON_OIL_TRADE = re.compile(r"\b(?P<p>(?i:non-oil))\s+(?i:(?:foreign|external|merchandise|goods)\s+)?(?i:trade)\b")
_TRADE_IN_GOODS = re.compile(rf"\b(?i:t)rade\s+in\s+(?P<p>(?:[a-z-]+\s+){{0,4}}(?:{HEAD_NOUNS}))\b")
_PART_PRODUCT = re.compile(
    rf"\b(?:of\s+(?:these|which|them|this|the\s+total)|among\s+(?:them|these|which|(?:its\s+)?(?:imports|exports)))"
    rf"\s*,?\s+"
    rf"(?P<p>(?:[a-z-]+\s+){{0,4}}?(?:{HEAD_NOUNS}))"
    r"(?:,\s+(?:including|such\s+as|mainly|mostly|led\s+by)\s[^;.\d()]{1,80}?,)?"  # "of which energy products,
    rf"\s+(?:{VERBS}|made\s+up)\b",  # including crude oil, natural gas and coal, accounted for 82.6 percent"
    re.IGNORECASE,
)
# "of which nonmonetary gold made up $11.9 billion": the goods of a part, whatever their head noun, before its money
_PART_AMOUNT = re.compile(
    r"\bof\s+which\s+(?P<p>(?!(?:the|a|an|about|most|some|half|all)\b)(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:made\s+up|accounted\s+for|came\s+to|totall?ed|amounted\s+to)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?"
    r"(?:US)?[$€£¥₹]?\d"
)
# "exported mechanical and electrical products worth ...", "shipped 55,431 tonnes of rare earths".
_VERB_PRODUCT = re.compile(
    r"\b(?:exported|imported|shipped|sold|bought|purchased|brought\s+in)\s+"
    r"(?:(?:about|around|some|nearly|roughly|over|more\s+than)\s+)?"  # "brought in about 29.8 million tonnes of"
    r"(?:[\d.,]+\s+(?:(?:million|thousand|billion)\s+)?(?:(?:(?:metric\s+)?(?:tonnes|tons)|units)\s+of\s+)?)?"
    r"(?P<p>(?:[a-z-]+\s+){0,5}?[a-z-]+)\s+(?:(?:worth|valued|totall?ing)\b|of\s+(?=[\d$€£¥]))",
    re.IGNORECASE,
)
_QUANTITY_OF = re.compile(
    r"\b(?:tonnes|tons|barrels|units|pieces|sets|cubic\s+metres|cubic\s+meters|yuan|dollars|euros|yen|won|"
    r"rupees|pounds|billion|million|trillion|bn|bln)\s+(?:worth\s+)?of\s+(?!a\s+year\b|the\s+(?:previous|prior|same)\b)"
    r"(?P<p>(?:[a-z-]+\s+){0,4}?[a-z-]+?)(?=[,.;]|\s+(?:abroad|overseas|from|to|in|during|worth|last|this|and\s+[\d$]|$|"
    r"(?:were|was|left|leaving|went|arrived|landed|entered|came|shipped|exported|imported|headed|"
    r"valued)\b))",  # "4,000 tons of rare earths left the country", "tonnes of crude oil valued at": the goods end
    # at their verb
    re.IGNORECASE,
)
# "imported consumer goods", "foreign-made goods": a word that says where goods came from, no goods of its own
_FROM_ABROAD = r"(?:imported|foreign(?:-made)?)\s+"
_PAID_FOR = re.compile(  # "paid 31.4 billion yuan for Russian crude oil", "spent $2.1 billion on US soybeans"
    rf"\b(?:paid|spent)\s+(?:[^.;]|\.(?=\d)){{1,50}}?\s+(?:for|on)\s+(?:{_FROM_ABROAD})?"
    r"(?P<p>(?:[a-z-]+\s+){0,4}?[a-z-]+?)(?=[,.;]|\s+(?:from|in|during|over|last|this|and\s+[\d$]|$))",
    re.IGNORECASE,
)
_PRODUCT_WORD = r"[a-z][a-z\-]*"
_OF_PRODUCT = re.compile(  # "exports of", "the import bill for crude oil"
    rf"(?:\b(?:exports?|imports?|shipments|arrivals|sales|purchases|share|(?:export|import)\s+(?:value|volume)|"
    rf"(?:export\s+)?(?:earnings|revenues?|receipts)\s+from)(?:\s+(?:abroad|overseas))?\s+of?\s+|"
    # "July-September earnings from ready-made garments (RMG)": what the money was earned from
    r"\b(?:export\s+)?(?:earnings|receipts|proceeds)\s+from\s+(?=(?:the\s+)?[a-z])(?!(?:the\s+)?(?:export|sale)s?\b)|"
    # "China's sales to the bloc of pure electric cars": the goods after the partner
    r"\b(?:sales|exports|shipments)\s+to\s+the\s+(?:bloc|region|country|US|EU|United\s+States)\s+of\s+|"
    r"(?:\b(?:import|export)\s+|(?<=\bthe\s))bill\s+for\s+|"
    # "Spending on imported consumer goods dropped 4.2%": the imports of the goods
    rf"\b(?:spending|outlays|expenditure)\s+on\s+(?:{_FROM_ABROAD}|(?=(?-i:[A-Z][\w.-]+\s+[a-z]))))"
    rf"(?:the\s+)?(?:{_FROM_ABROAD}(?=[a-z]))?"
    r"(?!(?:over|about|around|nearly|almost|some|roughly|more|less|just|up)\s)"  # "sales of over MAD 23.65 billion"
    rf"(?P<p>[“\"‘]?{_PRODUCT_WORD}[”\"’]?"
    # an acronym in brackets: "palm oil (CPO) and", "electrical and electronic (E&E) products"
    rf"(?:,?\s+(?:and\s+)?[“\"‘]?{_PRODUCT_WORD}[”\"’,]*(?:\s+\([A-Z][A-Z&]{{1,6}}\))?){{0,10}})",
    re.IGNORECASE,
)
_OF_PRODUCT = Anchored(
    _OF_PRODUCT,
    words=["export", "import", "shipments", "arrivals", "sales", "purchases", "share", "earnings", "revenue",
           "proceeds", "receipts", "bill", "spending", "outlays", "expenditure"],
)
_POLICY_NOUN = r"(?:tax(?:es)?|duty|duties|tariffs?|bans?|curbs?|controls?|licen[cs]es?|quotas?|restrictions?)\b"
_PRE_PRODUCT = re.compile(
    # "Liquefied natural gas (LNG) imports": an acronym may stand between the goods and their flow
    # "rice exports slip as shipments jump": the goods end at their own flow, not at a later clause's
    rf"(?<![\w'’&-])(?P<p>(?:(?!(?:exports|imports)\s)(?:{_PRODUCT_WORD}|(?-i:[A-Z]&[A-Z]))\s+){{1,4}})(?:\([A-Z][A-Z&]{{1,6}}\)\s+)?"
    rf"(?=(?:exports?|imports?|shipments|sales|earnings|surplus|deficit|trade\s+(?:balance|surplus|deficit)|"
    rf"arrivals|purchases|(?<!import\s)(?<!export\s)bills?)\b(?!\s+{_POLICY_NOUN})"  # not "grain export taxes"
    rf"(?!\s*(?:-|and|&|/)\s*(?:ex|im)ports?))",
    re.IGNORECASE,
)
_BALANCE_IN = Anchored(
    re.compile(r"\b(?:surplus|deficit|gap)\s+(?:in|on)\s+(?P<p>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)\s+trade\b"),
    words=["surplus", "deficit", "gap"],
)

@dataclass
class ProductPhrase:
    """A goods category named in a sentence, possibly a list ("lithium batteries and wind turbines")."""

    start: int
    end: int
    names: list[str]
    whole: str | None = None  # the list as one category, when nothing distributes it ("computers and parts")


def only_goods(phrases: list[ProductPhrase]) -> str | None:
    """The name of the one goods phrase found, when it names one category; else None."""
    return phrases[0].names[0] if len(phrases) == 1 and len(phrases[0].names) == 1 else None


_BOUND_FOR_OWNER = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?[^,]*$", re.IGNORECASE)


_SPACES = re.compile(r"\s+")


def find_products(sentence: str) -> list[ProductPhrase]:
    """Goods categories a figure is restricted to: "exports of X", "X exports", "share of X"."""
    sentence = without_subject_examples(without_dash_asides(sentence))
    found: list[ProductPhrase] = []
    pos = 0  # a phrase cut short gives the words after its cut back ("shipments of phones, while imports of chips")
    while m := _OF_PRODUCT.search(sentence, pos):
        raw = m.group("p")
        if sentence.startswith(("'s", "’s"), m.end("p")):  # "their share of the country's total": an owner, not
            # goods; "crude oil, the province's biggest item"; "machinery to the world's largest economy"
            if "," in raw:
                raw = raw[: raw.rfind(",")]
            else:
                raw = raw[: to_owner.start()] if (to_owner := _BOUND_FOR_OWNER.search(raw)) else ""
        name = clean_product(raw)
        # the phrase ends where a participle clause or an aside opens ("precious metals, mostly gold bought ..."),
        # or where its verb does ("traditional products remained weak, with base metals and ...": the goods after
        # it are another phrase's); an acronym's brackets end nothing ("crude palm oil (CPO) and its derivatives")
        ending = PRODUCT_END.search(phrase := m.group("p"))
        cuts = [c.start() for c in (CLAUSE_AFTER_GOODS.search(phrase), ASIDE_AFTER_GOODS.search(phrase),
                                    CONTRAST_AFTER_GOODS.search(phrase),
                                    ending if ending and not ending.group().lstrip().startswith("(") else None) if c]
        end = pos = m.start("p") + min(cuts) if cuts else m.end()
        if DRIVER_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) or (
            CAUSE_OPENING.fullmatch(sentence, 0, m.start()) and (CAUSE_VERB.match(sentence, end) or any(
                CAUSE_VERB.match(sentence, w.start()) for w in _SPACES.finditer(sentence, m.start("p"), end)))
        ):  # "a surplus driven by sales of oil", "Higher purchases of gold lifted the import bill": the goods
            continue  # explain the figure, they don't restrict it (a verb that ends no goods phrase, "pulled", may
            # stand inside the phrase read)
        if name and not re.match(r"^\d", name):
            found.append(ProductPhrase(m.start(), end, split_list(name), name))
    for m in SERVICES.finditer(sentence):
        balance_in = m.group("svc2") and re.match(r"surplus|deficit|gap", m.group(), re.IGNORECASE)
        start = m.start("svc2") if balance_in else m.start()  # "a $17.3 billion surplus in services trade"
        both = m.group("both") or m.group("both2")
        found.append(ProductPhrase(start, m.end(), ["goods and services" if both else "services"]))
    for m in _SERVICE_KIND.finditer(sentence):  # "Knowledge-intensive services imports", "trade in travel services"
        if any(p.start < m.start() and p.names == ["services"] for p in found):
            continue  # "Services exports, supported by travel and financial services,": examples of the whole
        name = f"{m.group('kind').lower()} services"
        found = [p for p in found if not (p.start < m.end() and m.start() < p.end)]
        found.append(ProductPhrase(m.start(), m.end(), [name], name))
    taken = SpanSet()  # the spans of the phrases found so far, for the readers below
    for phrase in found:
        taken.add(phrase.start, phrase.end)
    for m in _BALANCE_IN.finditer(sentence):  # "a $1.6 billion surplus in petroleum trade"
        if (name := clean_product(m.group("p"))) and not taken.covers(m.start("p")):
            found.append(ProductPhrase(m.start("p"), m.end(), [name], name))
            taken.add(m.start("p"), m.end())
    heads = [m for m in _SUBJECT_HEAD.finditer(sentence) if HEAD_WORD.fullmatch(m.group("p"))]
    for pattern_matches in (_SUBJECT_PRODUCT.finditer(sentence), _OPENED_SUBJECT.finditer(sentence), heads,
                            _PART_PRODUCT.finditer(sentence), _PART_AMOUNT.finditer(sentence),
                            _PAID_FOR.finditer(sentence), _VERB_PRODUCT.finditer(sentence),
                            _QUANTITY_OF.finditer(sentence), _LATER_SUBJECT.finditer(sentence),
                            _GOODS_WITH_OWN.finditer(sentence), _NON_OIL_TRADE.finditer(sentence),
                            _GOODS_BY_ROLE.finditer(sentence),
                            _GOODS_WORTH.finditer(sentence), _AND_WORTH.finditer(sentence),
                            _TRADE_IN_GOODS.finditer(sentence),
                            _RANKED_ROLE.finditer(sentence), _VALUE_OF_GOODS.finditer(sentence),
                            _LEADING_CATEGORY.finditer(sentence), _GOODS_WHOSE.finditer(sentence),
                            _GOODS_SECTOR.finditer(sentence), _RATE_IN_GOODS.finditer(sentence),
                            _OPENED_LIST.finditer(sentence), _earned_by(sentence),
                            _EPITHET_OWNER.finditer(sentence)):  # fmt: skip
        for m in pattern_matches:
            if _TRADING_VERB.search(m.group("p")):
                continue  # "Germany sold goods worth ...", "enterprises traded goods worth ...": a trader, no goods
            if not taken.covers(m.start("p")) and (name := clean_product(m.group("p"))):
                found.append(ProductPhrase(m.start("p"), m.end(), [name], name))  # whole: a list "respectively" cuts
                taken.add(m.start("p"), m.end())
    for m in _PRE_PRODUCT.finditer(sentence):
        if taken.meets(m.start(), m.end()):
            continue
        tokens = list(re.finditer(r"\S+", m.group("p")))
        end = m.end()
        while tokens and tokens[-1].group().lower() in ("inbound", "outbound", "inward", "outward"):
            end = m.start() + tokens.pop().start()  # "Gold inbound shipments": the goods, then which way they went
        stops = [i for i, t in enumerate(tokens) if t.group().lower() in STOP_WORDS and not (  # "new energy vehicles"
            t.group().lower() == "new" and i + 1 < len(tokens) and tokens[i + 1].group().lower() == "energy")]
        cut = stops[-1] + 1 if stops else 0  # "a 59.2% plunge in gold imports": the goods after "in"
        if stops and tokens[cut - 1].group().lower() == "and" and cut >= 2 and (cut - 2) not in stops:
            cut -= 2  # "non-oil and gas exports", "iron and steel exports": one category
        tail = tokens[cut:]
        start = m.start() + tail[0].start() if tail else m.start()
        if EXPLAINING.search(sentence, max(0, m.start() - 50), m.start()) or (AS_CAUSE.search(
                sentence, max(0, start - 12), start) and not FIGURE_AHEAD.match(sentence, m.end(), m.end() + 200)):
            continue  # "fell 3.9%, reflecting weaker car sales", "shrank ... as pharmaceutical imports eased": a cause
        if tail and not taken.covers(start):
            name = clean_product(" ".join(t.group() for t in tail).lower())
            if name:
                found.append(ProductPhrase(start, end, split_list(name), name))  # "chip and car exports"
                taken.add(start, end)
    if found:  # a list of goods goes on after "and", each item before its own figure
        first = min(p.start for p in found)
        for m in _GAPPED.finditer(sentence, first):
            if not taken.covers(m.start("p")) and (name := clean_product(m.group("p"))):
                found.append(ProductPhrase(m.start("p"), m.end("p"), [name]))
                taken.add(m.start("p"), m.end("p"))
    if found and (cues := _EXAMPLES.finditer(sentence)):  # "labor-intensive products such as ... and toys": the
        first_start = min(p.start for p in found)  # examples after a cue that follows goods are not goods of their own
        examples = merged([(c.start(), _examples_end(sentence, c.end())) for c in cues if first_start < c.start()])
        found = [p for p in found if not in_spans(examples, p.start)]
    found = [p for p in found if not _LED_A_RATE.search(sentence, max(p.start, p.end - 12), p.end + 40)]  # "Food
    # and chemicals led a 22 per cent
    # annual rise in sales to Great Britain": the goods drove the whole's rise
    if cause_end := opening_cause_end(sentence):
        found = [p for p in found if p.start >= cause_end]  # "Helped by another wave of pharmaceutical shipments
        # to the United States, Ireland sent €28.5 billion worth of goods abroad": the cause's goods, not the figure's
    if excluded := merged([(m.start(), m.end()) for m in EX_PRECIOUS.finditer(sentence)]):
        found = [p for p in found if not in_spans(excluded, p.start)]  # "Once precious metals are stripped out":
        # the goods left out, not the figure's (the goods frame reads the exclusion)
    for m in _THAT_CATEGORY.finditer(sentence):  # "a surplus of $32.2 billion in that category": the goods before
        named = [p for p in found if p.end <= m.start()]
        if named:
            last = max(named, key=lambda p: p.end)
            found.append(ProductPhrase(m.start(), m.end(), list(last.names), last.whole))
    found = [ProductPhrase(p.start, p.end, [f"{n} services" if n in _SERVICES_ALONE else n for n in p.names],
                           f"{p.whole} services" if p.whole in _SERVICES_ALONE else p.whole) for p in found]
    # "Travel exports jumped": the kinds of services that no goods share a name with
    for start, end, name in named_groups(sentence):  # the named group, not the goods that illustrate it
        found = [p for p in found if not (p.start < end and start < p.end)]
        found.append(ProductPhrase(start, end, [name], name))
    return sorted(found, key=lambda p: p.start)


# the kinds of services a release names, each a category of its own ("travel services climbed 16.4%")
_SERVICE_KIND = re.compile(
    r"\b(?P<kind>knowledge-intensive|travel|transport(?:ation)?|financial|insurance|telecommunications?|computer|"
    r"information|construction|maintenance\s+and\s+repair|processing|business|cultural|tourism)\s+services\b",
    re.IGNORECASE,
)
_SERVICES_ALONE = frozenset({"travel", "tourism", "insurance", "financial"})
_THAT_CATEGORY = re.compile(r"(?<=\sin\s)(?:that|this|the\s+same)\s+(?:category|segment|sector)\b", re.IGNORECASE)
_TRADING_VERB = re.compile(  # "Germany supplied goods worth": the trader's verb, no goods
    r"\b(?:sold|bought|traded|shipped|exported|imported|purchased|supplied|sent|delivered)\s+goods$", re.IGNORECASE
)
# examples of the goods before: "such as", ", among them"
_EXAMPLES = re.compile(  # "electromechanical goods, a category that covers machinery, electronics and vehicles,"
    r"\b(?:such\s+as|including|like|e\.g\.|(?<=,\s)among\s+them|(?:that|which)\s+(?:covers?|includes?|spans?|"
    r"comprises?|encompass(?:es)?))\s", re.IGNORECASE)
# where a list of examples ends at the latest: a contrast or a semicolon ("..., but mechanical and electrical
# products climbed": goods of their own)
_EXAMPLES_STOP = re.compile(  # "..., and purchases of pharmaceutical preparations": a new flow's own goods
    r",\s+(?:but|while|whereas)\b|;|,\s+and\s+(?:purchases|sales|imports|exports|shipments|spending)\b", re.IGNORECASE)


def _earned_by(sentence: str) -> list[re.Match[str]]:
    """The goods that earned a figure (`_EARNED_BY`), not a place that did ("Chile earned $9.8 billion")."""
    return [m for m in _EARNED_BY.finditer(sentence) if not find_places(m.group("p"))]


def _examples_end(sentence: str, start: int) -> int:
    stop = _EXAMPLES_STOP.search(sentence, start, start + 100)
    return stop.start() if stop else start + 100
