"""What a number is about: area, partner, product, segment and flow, read from the words around it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter

from tradefacts.extract.rules.anaphora import OWN_CUSTOMS_TERRITORIES, Antecedents, is_there
from tradefacts.extract.rules.bloc_members import whole_blocs, without_spelled_out_members
from tradefacts.extract.rules.flows import named_by_origin
from tradefacts.extract.rules.gazetteer import Place, country_of, find_places, home_country, in_route_name
from tradefacts.extract.rules.governments import as_government, seat_of_government
from tradefacts.extract.rules.idioms import idiom_partners
from tradefacts.extract.rules.mention import aside_spans, in_spans
from tradefacts.extract.rules.partner_roles import (
    AS_PARTNER,
    PARTNER_NOUN,
    PARTNER_SUBJECT,
    ROLE_AFTER,
    as_partner_past_which,
    role_partner,
)
from tradefacts.extract.rules.place_lists import LIST_SEP, listed_before
from tradefacts.extract.rules.place_phrases import (
    bound_for,
    named_as_market,
    named_by_kind,
    names_currency,
    names_market_place,
    names_people,
    where_goods_go,
)
from tradefacts.extract.rules.ranks import FIGURE_WITH
from tradefacts.extract.rules.subject_economy import DEMONYM_SUBJECT, left_with_balance
from tradefacts.extract.rules.suppliers import (
    OWN_SUPPLIES,
    SELLER_VERB,
    SUPPLIED,
    SUPPLIED_ASIDE,
    SUPPLIED_BY_ORIGIN,
    supplier_cue,
)
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas.places import CHINESE_REGIONS

_PARTNER_BEFORE = re.compile(
    r"(?:\b(?:trad\w*|imports?|exports?|NODX|NORX|commerce|ties|shipments|cargoes|deliveries|purchases|sales|business|growth|volume|"
    r"arrivals|supplies|arriving|arrived|coming|came|originating|sourced|"  # "goods arriving (came in) from China fell"
    r"surplus(?:es)?|deficits?|balances?|those|shortfalls?|gaps?|bought|sold|shipped|imported|exported|purchased|sent|red|black|(?<=the\s)ones?|"
    r"exchanged|"  # "the 184.7 billion euros of goods exchanged with the United States"
    r"(?:brought|took)\s+in),?"  # "brought in 178.2 million tons of iron ore from Brazil"
    # "to all of Asia"; "a surplus of US$288.8 billion against the EU"
    r"(?:\s+(?:\([^()]{1,48}\)|[\w.,$€£¥%-]+)){0,8}?\s+(?:with|to|from|against|vis-[àa]-vis)\s+(?:both\s+|all\s+of\s+)?"
    r"(?:the\s+(?:whole\s+of\s+(?:the\s+)?)?|these\s+|those\s+)?"
    r"(?:other\s+)?"
    r"(?:\d+-(?:member|nation)\s+)?"  # "sales to both EU and non-EU countries"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"  # "with the five Central Asian countries"
    r"(?:(?:\d+\s+)?members\s+of\s+(?:the\s+)?)?"  # "with other members of the Regional ... Partnership"
    r"(?:(?:non-traditional|emerging|traditional|key|major|other|fellow)\s+)?"
    r"(?:markets?\s+(?:such\s+as|like|including|in)\s+)?|markets?:\s*(?:\w+\s+\(\S+\),?\s*(?:and\s+)?)*|"
    r"\b(?:and|while|but|whereas)\s+(?:those\s+|that\s+|shipments\s+|sales\s+)?(?:to|from|with)\s+(?:the\s+)?|"
    r"\b(?:sent|shipped|exported|sold)\s+(?:[\w.,$€£¥%-]+\s+){0,3}?(?:goods|products)\s+to\s+(?:the\s+)?(?:other\s+)?|"
    r"\b(?:buyers|customers|consumers|clients)\s+(?:in|from|across)\s+(?:the\s+)?|"  # "Fresh buyers in
    # Southeast Asia, Africa and Latin America helped Chinese exporters": markets, not the subject
    r"\b(?:bound|destined|headed)\s+for\s+(?:the\s+)?(?:\d+-(?:member|nation)\s+)?|"  # "Ships bound for Belt and
    # Road partner countries", "Exports bound for the 10-member Association of Southeast Asian Nations"
    # "with most of the gain going to China", "went to other euro zone countries"
    r"\b(?:going|went|gone|goes|heading|headed)\s+to\s+(?:the\s+)?(?:other\s+|fellow\s+)?"
    r"(?:(?:countries|members|states)\s+(?:of|in)\s+(?:the\s+)?)?|"  # "went to members of the euro zone"
    # "Indian goods still found their largest market in the United States": where the goods' buyer is
    r"\bfind(?:s|ing)?\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}?(?:market|buyer|customer|destination)s?\s+in\s+(?:the\s+)?|"
    r"\bfound\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}?(?:market|buyer|customer|destination)s?\s+in\s+(?:the\s+)?|"
    r"(?:^|[.;]\s+)(?:With|Against)\s+(?:the\s+)?(?:\d+-(?:member|nation)\s+)?|\b(?:billion|million|trillion|bn)(?:\s+(?:pounds|euros|dollars|yuan|yen|won|rupees))?\s+(?:with|to|from|against)\s+"
    r"(?:the\s+)?|(?:\d\s*%|\bper\s*cent|pc\b|\bpercent)\s+with\s+(?:the\s+)?)$",  # "$14.4 billion with", "7.7 billion
    # pounds with", "rising 12.5 percent with Africa"
    re.IGNORECASE,
)
_THE_END, _BALANCE_NOUN = re.compile(r"\bthe\s+$", re.IGNORECASE), re.compile(
    r"\s+(?:trade\s+)?(?:deficit|surplus)\b(?![^,;.]{0,40}\bwith\b)")  # not "the US deficit with Vietnam": its own
_FIGURE_NOUN = re.compile(r"\s+(?:figure|total|tally)\b")
_WHERE_AFTER = re.compile(
    r",\s+where\s+(?:trade|exports|imports|shipments|sales|the\s+(?:surplus|deficit|gap|shortfall)|it|they)\b")
_MADE_IT = re.compile(r"\b(?:That|This|which|it)\s+(?:made|makes|left|leaves|kept|keeps|put|puts)\s+(?:the\s+)?$")
_RANKED_SEP = re.compile(r"(?:\s+Special\s+Administrative\s+Region|\s+SAR)?\s+(?:in\s+)?(?:second|third|fourth|fifth|"
                         r"sixth)(?:\s+place)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")  # "with China in second place
# and the United States third"
_ORD = r"(?:second|third|fourth|fifth|sixth|seventh|eighth)"  # a later partner: "China third with $2.2 bn", "in third"
_OWN_FIGURE_AFTER = re.compile(rf",?\s+(?:in\s+)?(?:{_ORD}\s+(?:place\s+)?)?{FIGURE_WITH}|"  # ", third with"
                               # "followed by ASEAN, up 11.7 percent ..., and the United States, down 9 percent"
                               r",\s+(?:up|down)\s+(?:by\s+)?[\d.]|"
                               rf"\s+(?:the|in|its)\s+{_ORD}(?:[\s-](?:largest|biggest))?\b(?:\s+place)?\s*(?:[.,;]|and\b|$)")
# "With China, Japan ran a deficit", "In its trade with China, Japan ...": China alone
WITH_OPENING = re.compile(r"\s*(?:With|Against|In\s+(?:its\s+|their\s+)?(?:trade|commerce|dealings)\s+with)\s+"
                          r"(?:the\s+)?(?:\d+-(?:member|nation)\s+)?$")
# "To countries beyond the bloc, exports eased 0.2%", "From China, imports rose": the flow's partner opens the sentence
_TO_OPENING = re.compile(r"\s*(?:To|From)\s+(?:the\s+)?")
_FLOW_AFTER_COMMA = re.compile(
    r",\s+(?:[\w-]+\s+){0,2}?(?:exports|imports|shipments|sales|deliveries|purchases)\b", re.IGNORECASE
)
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:of|behind|after|between|than|ahead\s+of|overtaking|overtook|over|against|versus|vs\.?|(?<!followed\s)by|from|among|"
    r"between\s+[A-Z][\w’'-]+\s+and|(?:declared|cleared|handled|landed)\s+(?:at|by|through))\s+(?:the\s+)?|"
    r"\(Photo[^)]*|\bcapital\s+of\s+[^,]{0,30}|\b(?:second|next)\s+only\s+to\s+[^,;]{0,40})$"  # "Crude oil imports
    # declared at Ningbo customs totaled": the customs office; "second only to those of south China's Guangdong": the
    # rival, not the subject
)
_TRADE_OF = re.compile(
    r"\b(?:imports?\s+and\s+exports?|exports?\s+and\s+imports?|foreign\s+trade)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# "the total value of China's imports and exports": whose trade is measured, though "of" comes before it
_VALUE_OF = re.compile(r"\b(?:value|volume|total|sum|size|scale)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OWNER_OF_BALANCE = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:deficit|surplus|trade\s+(?:gap|balance))\b")
_POSSESSED_TRADE = re.compile(
    r"^['’]s\s+(?:total\s+|overall\s+|foreign\s+|goods\s+)?(?:imports|exports|foreign\s+trade|trade)\b"
)
# "(the US ...) It was followed by China": a ranking; "Shipments to ASEAN rose 6.2%, led by Vietnam": a market
_FOLLOWED_BY = re.compile(r"\b(?:followed|led)\s+by\s+(?:the\s+)?$|,\s+with\s+(?:the\s+)?$")  # ", with ASEAN growing"
_OFFICIALLY_OF_CHINA = frozenset({"Hong Kong", "Macao", "Macau", "Taiwan"})
_RIVAL = re.compile(r"\b(?:behind|after|than|trailing|overtaking|overtook|surpassing|ahead\s+of)\s+(?:only\s+)?$")
_RIVAL_BEFORE = re.compile(
    r"\b(?:overtaking|overtook|surpassing|surpassed|beating|ahead\s+of|behind|than)\s+(?:the\s+)?$"
)
RELATIVE_SUBJECT = re.compile(r"^,\s+(?:the\s+[^,]{0,60},[”\"]?\s+)?which\b")
# A country written before its policy or its government ("U.S. tariffs", "the US administration").
POLICY_WORDS = (r"tariffs?|duties|levies|sanctions|administration|president|government|officials?|Treasury|"
                r"Federal\s+Reserve|central\s+bank")
_NOT_SUBJECT_AFTER = re.compile(
    rf"^(?:\s+(?:Customs|Port|Municipal|dollars?|{POLICY_WORDS}|orders|demand|buyers|buying|institute|university|"
    r"academy|brokerage|think[\s-]tank)\b|"  # "an economist at a Shanghai institute": where a source works
    # "increases in Moscow's vehicle recycling fee": a government's policy, not a trading subject
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:fees?|tax(?:es)?|levy|levies|duty|duties|tariffs?|sanctions|curbs|bans?|quotas?|"
    r"regulations?|rules)\b|"
    # "on firm EU, ASEAN demand", "US and EU tariffs": the first of a list of buyers or of policy makers
    rf"(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w.&-]*\s+(?:{POLICY_WORDS}|orders|demand|buyers|buying)\b|"
    r"['’]s\s+(?:[\w-]+[-\s])?(?:largest|biggest|top|\w+-largest)\s+"
    rf"(?!{PARTNER_NOUN}))"
)
_NAMED_IN_PASSING = re.compile(r"^\s+(?:included|excluded)\s*[,)]")
_GAPPED_SUBJECT = re.compile(r",\s+(?:and|while)\s+$")
_FIGURE_NEXT = re.compile(r"^\s+(?:about\s+|around\s+|nearly\s+)?[\d$€£¥]")
_ITS_BUYERS = re.compile(r"^\s+(?:buyers|importers|customers|purchasers)\s+(?:took|bought|purchased|imported)\b")
# "Russia's share shrank", "The U.S. share of China's exports": a partner's share of the subject's trade
_SHARE_OF_PARTNER = re.compile(  # "Russia's share shrank"; "The EU's figure equalled 17.2% of the city's total"
    r"^(?:['’]s?)?\s+(?:share\b(?!\s+of\s+(?:the\s+)?(?:world|global))|(?:figure|tally)\s+(?:was\s+)?"
    r"(?:equall?ed|represented|made\s+up|accounted\s+for|was)\s+(?:about\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s+of\b)",
    re.IGNORECASE,
)
_BOUND = re.compile(r"^-(?:\s*(?:and|or|,)\s+(?:the\s+)?[\w.]+-)*bound\b")  # "U.S.- and EU-bound exports"
_AMONG_OPENING = re.compile(r"\s*(?:Among|Within|Inside)\s+(?:the\s+|its\s+)?", re.IGNORECASE)
_ORIGIN_GOODS = re.compile(  # "Chinese goods", "US soybeans", "Brazilian beans": goods of (or for) a partner
    r"^\s+(?:[\w-]+\s+)?(?:goods|products|cars|vehicles|steel|machinery|beans|soybeans|beef|wine|crude|cotton|"
    r"wheat|corn|coal|gas|chips|semiconductors|iron\s+ore|ore|oil|lng|copper|barley|timber|pork|seafood|rice)\b"
    r"(?!\s+(?:exports?|trade|imports?))"
)
_DATELINE_AFTER = re.compile(  # "New Delhi, Feb 16 (PTI)", "TOKYO (Reuters)", "SEOUL, 3 March", "BERLIN -"
    r"\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)|\((?:[A-Z][\w ]{1,20})\)|[-–—]{1,2}\s)"
    r"|(?<=[A-Z]):\s"  # "RIYADH: Shipments ...": a capital in capitals, then a colon
)
_DESCRIPTOR = re.compile(r"^['’]s\s+(?:[A-Z][\w-]*\s+){0,2}$")
_LOCATED_IN = re.compile(r",?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|inland|coastal)[\w-]*\s+)?")


@dataclass
class Places:
    """The place mentions of a sentence, split into areas (subjects) and partners."""

    areas: list[Place]
    partners: list[Place]
    subject_partner: Place | None
    pairs: list[tuple[Place, Place]] = field(default_factory=list)  # "trade between China and Russia": two sides
    subject_group: list[Place] = field(default_factory=list)  # "The EU and the US ranked second and third"
    province: str | None = None  # the last province the sentence names in any role ("76.9 percent of Henan's")
    figure_areas: list[Place] | None = None  # the areas without a share's owners, filled in by `area_for`
    aside: list[Place] = field(default_factory=list)  # named in an aside: no figure's, but "the region" may be one
    national: str | None = None  # the country of a figure written as the nation's, set by `area_for`: no subject


# "the United States, Japan's biggest export market,": Japan owns the description; it is no list item.
_APPOSITIVE_OWNER = re.compile(  # not "Brazil's share of the market": a partner's share
    rf"^['’]s\s+(?!share\b)(?:[\w-]+\s+){{0,3}}?(?:{PARTNER_NOUN}|exporter|importer|economy)\b", re.IGNORECASE
)
_OWNER_OF_MEMBER = re.compile(  # the place described is the subject: "Yiwu, Zhejiang's small-commodity hub"
    r"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:exporter|importer|economy|member|hub|city|port|capital|province|region|nation|"
    r"country)\b",  # "Nigeria, Africa's most populous nation,"
    re.IGNORECASE,
)
_APPOSITIVE_OF = re.compile(
    rf"^\s*,\s*(?:the\s+)?(?:[\w-]+\s+){{0,2}}[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{PARTNER_NOUN})s?\b",  # ", the largest of China's trading partners within the bloc,"
)
OWNER_MARK = re.compile(r"['’]s\b")  # a possessive after a name: "China's"
_PAIR_TRADE_AFTER = re.compile(r"\s+(?:bilateral\s+)?(?:trade|commerce)\b", re.IGNORECASE)
_PAIR_BEFORE = re.compile(
    r"\b(?:trade|commerce|trading|turnover|imports?\s+and\s+exports?|changed\s+hands)(?:\s+in\s+both\s+directions)?"
    r"\s+between\s+(?:the\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"  # "between the five Central Asian countries"
    r"(?:(?:[a-z]+\s+)?[A-Z]\w+['’]s\s+)?$", re.IGNORECASE  # "between southwest China's Yunnan Province and"
)
# "the EU ranked second at ...", "the United Arab Emirates climbed to third": a ranking of partners.
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_RANKED = re.compile(  # "China, which had held the top spot since 2016, slipped to second place", "Russia, once the
    # biggest market for Chinese cars, fell to fourth place"
    r"^(?:,\s+(?:which|who|(?:once|now|still|long)\s+(?:a|an|the))\b[^,]{0,90},)?\s+(?:(?:ha[sd]|have)\s+(?:now\s+)?)?"
    r"(?:(?:ranked|ranks|came|comes|climbed|rose|moved|slipped|fell|dropped|"
    r"was|remained|placed|finished|regained|retained|reclaimed|retook|took|held|kept|back)\s+"
    r"(?:back\s+|only\s+|just\s+|up\s+|down\s+)?(?:(?:in)?to\s+|in\s+|on\s+to\s+)?(?:(?:the|its)\s+)?"  # "dropped
    # back to second place", "moved up to second place", "regained first place among", "held on to first place"
    rf"(?:{_ORDINAL}|\d+(?:st|nd|rd|th)|top(?=\s+(?:spot|position|place)))\b|"
    r"(?:followed|came\s+next|(?:was|were)\s+next)\b(?!\s+(?:by|suit)\b))",  # "Angola and Congo followed, at ..."
    re.IGNORECASE,
)
# "The US accounted for 11.2 per cent of China's exports": a foreign subject's share of the economy's trade
_SHARE_OF_FRAME = re.compile(  # ", in second place,", ", its fourth-largest partner,": an aside between
    r"^(?:,\s+(?:in\s+\w+\s+place|(?:its|their|the|[A-Z][\w.]*['’]s)\s+[^,]{0,60}?(?:partner|market|buyer|customer|"
    r"supplier|source|destination)s?),)?\s+(?:as\s+a\s+whole\s+)?(?:(?:alone|now|still|also|again)\s+)?(?:accounted\s+for|accounts\s+for|made\s+up|makes\s+up|represented|"
    r"took|takes)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    rf"(?:[\d.]+\s*{PERCENT_WORD}|(?:US\$|[$€£¥]|(?:USD|RMB|EUR)\s?)[\d.,]+|"
    r"[\d.,]+\s*(?:trillion|billion|million|bn|mn)\b|"  # "The European Union accounted for 5.88 trillion yuan",
    r"the\s+(?:[\w]+[-\s])?(?:largest|biggest)\s+(?:[\w-]+\s+){0,3}?(?:deficit|surplus|gap|shortfall|share)\b)",  # "for
    # the largest bilateral goods deficit, at $218.8 billion"
    re.IGNORECASE,
)
_BUYER_VERB = re.compile(
    r"^(?:,\s+(?:which|who|where)\b[^,]{0,90},|,\s+in\s+\w+\s+place,|,\s+including\s+[^,;\d]{1,60},|"
    rf",\s+{_ORDINAL}(?:(?:,\s+|\s+and\s+){_ORDINAL})+(?:\s+respectively)?,|"  # ", seventh and eighth respectively,"
    r"(?:\s+as\s+a\s+whole)?,\s+[^,;\d]{1,40}?\s+included,|"  # "Asia as a whole, China included, took"
    r",\s+(?:(?:still|now|again|long)\s+)?the\s+[^,]{0,90},)?"  # ", still the biggest buyer of German goods, took"
    r"(?:\s+(?:markets?|economies|countries|members|nations))?(?:\s+as\s+a\s+whole|\s+together)?"  # "Asia, including
    # China, took", "The U.S. market absorbed", "The 10 ASEAN economies together took",
    # "the European Union as a whole took": the buyer
    r"\s+(?:(?:still|also|alone|nonetheless|now|again|once\s+more|once\s+again|on\s+its\s+own|by\s+itself)\s+)?"
    r"(?:took|takes|taking|absorbed|bought|received|purchased|"
    r"(?:raised|increased|boosted|lifted|cut|reduced|trimmed|lowered)\s+(?:its|their)\s+(?:purchases|imports|buying)|"
    r"supplied|supplying|provided|"  # "The Democratic Republic of Congo was again the top source of cathode"
    # "while ASEAN, Europe and Japan saw respective gains of 27.9 percent, ...": the markets' own changes
    r"saw\s+(?:respective\s+)?(?:gains|increases|rises|growth|declines|drops|falls)\s+of|"
    r"(?:remained|was|is|ranked\s+as)\s+(?:again\s+|still\s+)?(?:the|[A-Z][\w.]*['’]s)\s+(?:largest|biggest|top)\s+"
    r"(?:[\w-]+\s+)?(?:buyer|market|customer|supplier|source))\b",  # "Russia was China's largest source of crude",
    # "Chile once more ranked as the biggest source of concentrate"
    re.IGNORECASE,
)
_PAIR_AND = re.compile(  # "Yunnan Province and the five Mekong countries", "Guangxi Zhuang Autonomous Region and"
    r"(?:\s+(?:[A-Z][a-z]+\s+)?(?:Autonomous\s+Region|Province|Municipality))?"
    r"\s+and\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:neighbou?ring\s+)?"  # "between Heilongjiang Province and neighbouring Russia"
    r"(?:(?:[a-z]+\s+)?[A-Z]\w+['’]s\s+)?"  # "... and northwest China's Xinjiang"
)
EVENT_IN = re.compile(
    r"\b(?:conference|meeting|forum|briefing|summit|fair|expo|held|headquartered|based|war|invasion|visit|"
    r"(?:assembled|made|produced|manufactured|located)(?:\s+(?:mainly|mostly|largely))?)\s+(?:in|of|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FOREIGN_KINDS = frozenset({"country", "bloc"})
_LABEL_OPENING = re.compile(r"\s*(?:[-–•*]\s*)?(?:the\s+)?", re.IGNORECASE)  # a line that opens with its place
_FLOW_LABEL = re.compile(r"\s*:\s*(?:exports?|imports?|trade|surplus|deficit|balance)\b", re.IGNORECASE)


def is_foreign(place: Place, frame: str | None) -> bool:
    """Whether `place` is a country, bloc or separate customs territory other than the article's economy `frame`."""
    foreign_kind = (place.kind in _FOREIGN_KINDS and place.name not in CHINESE_REGIONS) or (
        place.name in OWN_CUSTOMS_TERRITORIES
    )
    return frame is not None and foreign_kind and place.name != frame


def _listed_on(sentence: str, kept: list[Place], i: int) -> bool:
    """Whether the place at `i` is followed by another item of a list ("Singapore, the US and Hong Kong were
    the biggest ..."): the list's last item opens the ranking clause, and the group gathers the rest."""
    return i + 1 < len(kept) and LIST_SEP.match(sentence[kept[i].end : kept[i + 1].start]) is not None


def classify_places(
    sentence: str, antecedents: Antecedents | None = None, frame: str | None = None, *, buying: bool = False
) -> Places:
    """Drop descriptors ("South China's Shenzhen"), find partners ("trade with the US"), keep the rest as areas.

    "the bloc" and "the Asian country" stand for the places `antecedents` remembers; `frame` is the article's
    economy, against which a foreign country ranked in a list ("the EU ranked second") is a partner; in a story on
    what it buys (`buying`), so is a foreign country that "shipped" or "sent" goods.
    """
    places = find_places(sentence)
    if antecedents:
        places = antecedents.resolve(sentence, places, frame)
    kept = [
        p
        for i, p in enumerate(places)
        if not (i + 1 < len(places) and _DESCRIPTOR.match(sentence[p.end : places[i + 1].start])
                and not (places[i + 1].kind == "bloc" or (p.kind == "country" and places[i + 1].kind == "country")))
        # "China's US soybean", "Xinjiang's Central Asia trade": a partner, not a place inside the first
        and not (i > 0 and p.kind == "country" and home_country(places[i - 1]) == p.name  # "Yunnan in southwest China"
                 and _LOCATED_IN.fullmatch(sentence, places[i - 1].end, p.start))
        and not (i > 0 and p.name == "China" and places[i - 1].name in _OFFICIALLY_OF_CHINA
                 and sentence[places[i - 1].end : p.start] == ", ")  # "Hong Kong, China": Hong Kong
    ]
    kept = [p for p in (as_government(sentence, q, frame) for q in whole_blocs(
        sentence, without_spelled_out_members(sentence, kept)))
            if not seat_of_government(sentence, p) and not in_route_name(sentence, p)]  # fmt: skip
    spans = aside_spans(sentence, appositions=True)  # "Guangxi, a gateway to ASEAN, saw its trade ...": no area
    aside = [p for p in kept if in_spans(spans, p.start)]
    for p in kept if aside else ():  # "..., largely because of smaller shipments to Poland, Denmark and Germany,
        if p.start > aside[-1].end and LIST_SEP.match(sentence[aside[-1].end : p.start]):  # while ...": a list begun
            aside.append(p)  # in the last aside goes on in it, though the aside seemed to close at its first comma
    set_aside = {id(p) for p in aside if not role_partner(sentence, p.start, p.end)}  # by identity: one look a
    # place, however many places a sentence names; not "its top market, the US, took": the partner
    kept = [p for p in kept if id(p) not in set_aside]
    aside_end = dict(spans)  # "Myanmar, which shares ... border, is ...": what follows the aside
    if kept and sentence[: kept[0].start] == "(" and re.match(r"\)\s*[-–—]", sentence[kept[0].end :]):
        kept = kept[1:]  # "(Beijing) — Weak demand abroad ...": a dateline in brackets names no subject
    first = kept[0] if kept else None
    if first and (country := country_of(first)) and first.start < 12 and _DATELINE_AFTER.match(sentence, first.end):
        # "New Delhi, Feb 16 (PTI)": India's story; "BRUSSELS -" over an EU story: only where the reporter is
        kept = [Place(country, "country", first.start, first.end), *kept[1:]] if frame in (None, country) else kept[1:]
    areas: list[Place] = []
    partners: list[Place] = []
    subject_partner = None
    subject_group: list[Place] = []
    pairs: list[tuple[Place, Place]] = []
    for i, p in enumerate(kept):
        resume = aside_end.get(p.end, p.end)
        before, after = sentence[max(0, p.start - 100) : p.start], sentence[resume : resume + 110]
        if _NAMED_IN_PASSING.match(after) or ((p.kind == "city" or country_of(p)) and names_market_place(after)) or (
                names_currency(after)):  # "Measured in US currency, exports ...": no economy
            continue  # "Exports to Asia as a whole, China included, climbed": a member of the market, no figure's;
            # "prices at the Nairobi Coffee Exchange", "the Mombasa auction": a market place, no economy
        if is_there(sentence, p) or (p.name != frame and role_partner(sentence, p.start, p.end)) or (
            is_foreign(p, frame) and named_as_market(sentence, p.start)
        ):  # "Among regional markets, Africa stood out with growth of 19.5 percent": a market
            partners.append(p)  # "Shipments there climbed 11.3%": the market just named; "trade with its three main
            # partners was as follows: ASEAN, ...; the EU, ...": each item after the colon
            continue
        if p.name == "Belt and Road partner countries" and frame != p.name:
            partners.append(p)  # "Belt and Road partner countries, meanwhile, accounted for 51.8 percent": partners
            continue  # by name, whatever their place in the sentence
        if p.kind == "demonym":
            if ROLE_AFTER.match(after):
                continue  # "Angola, China's largest African oil supplier,": a description of a partner named before
            if areas and areas[-1].name != p.name and before.endswith("of ") and _ORIGIN_GOODS.match(after):
                partners.append(p)  # "China imported 748.6 million tonnes of Australian ore" in a story on Australia
            elif p.name != frame and names_people(before, after):
                partners.append(p)  # "Imports from the Dutch fell 18.6 per cent": the people for their country
            elif p.name != frame and frame is not None and _ITS_BUYERS.match(after):
                partners.append(p)  # "Japanese buyers took 880 tons": the market the subject sold to
            elif buying and p.name != frame and SUPPLIED_BY_ORIGIN.match(after):
                partners.append(p)  # "Russian supplies rose" in a story on what China buys: its supplier's
            elif DEMONYM_SUBJECT.match(after) and not before.endswith(("'s ", "’s ")):
                areas.append(p)  # "German exports", "Japanese exporters": the area (not "China's Russian oil imports")
            elif before.endswith(("'s ", "’s ")) and p.name != frame:
                partners.append(p)  # "China's Russian oil imports": the origin of the owner's imports
            elif frame is not None and p.name != frame and _ORIGIN_GOODS.match(after):
                partners.append(p)  # "bought €517.8 billion of Chinese goods": goods of (or for) a partner
            continue
        if buying and is_foreign(p, frame) and (
            OWN_SUPPLIES.match(sentence, resume) or SUPPLIED.match(sentence, resume)
            or SUPPLIED_ASIDE.match(sentence, p.end)
        ):
            partners.append(p)  # "Indonesia's year-to-date shipments stood at", "U.S. supplies came to" in a story on
            # what China buys
            continue
        if is_foreign(p, frame) and (
            _ORIGIN_GOODS.match(after) or (_LABEL_OPENING.fullmatch(before) and _FLOW_LABEL.match(after))
            or (_THE_END.search(before) and (_BALANCE_NOUN.match(after) or _FIGURE_NOUN.match(after)))  # "the China
            # deficit amounted to", "The ASEAN figure stood at"
            or _WHERE_AFTER.match(after)  # "In second place was Kyrgyzstan, where trade climbed 19.8 percent"
            or (buying and _LABEL_OPENING.fullmatch(before) and re.match(r"\s*:\s*[\d$]", after))
        ):  # "Brazil: 31.86 mln T, -7.5%" in a list of origins under a story on what China buys
            partners.append(p)  # "US soybeans accounted for 27.2%"; "China: exports -1.1%" in a German story
            continue
        if i + 1 < len(kept) and (
            (_PAIR_BEFORE.search(before) and _PAIR_AND.fullmatch(sentence, p.end, kept[i + 1].start))
            or (sentence[p.end : kept[i + 1].start] == "-" and _PAIR_TRADE_AFTER.match(sentence, kept[i + 1].end))
            or (not sentence[: p.start].strip() and sentence[p.end : kept[i + 1].start] == ", "
                and _PAIR_TRADE_AFTER.match(sentence, kept[i + 1].end)  # "China, ASEAN trade tops ..." (a headline),
                and not any(OWNER_MARK.match(sentence, q.end) for q in kept[i + 2 :]))  # not "ASEAN, Africa trade
            # helps lift China's trade": partners of a later owner
        ):
            pairs.append((p, kept[i + 1]))  # "trade between China and Russia", "China-Africa trade"
            continue
        if (pairs and p is pairs[-1][1]) or _AMONG_OPENING.fullmatch(before):
            continue  # "Among ASEAN members, Vietnam, Malaysia and ...": the set the list is drawn from
        if _OWNER_OF_MEMBER.match(after) and (
            (i > 0 and sentence[kept[i - 1].end : p.start].strip() == ",") or p.kind == "bloc"
        ):
            continue  # "Germany, the EU's biggest exporter", "Yiwu, Zhejiang's hub", "Europe's largest economy":
            # a description of the subject, not another area
        if _APPOSITIVE_OWNER.match(after) and not _PARTNER_BEFORE.search(before):
            areas.append(p)  # "..., Japan's single biggest export market,": Japan is the subject economy
            continue
        opening_with = WITH_OPENING.match(sentence, 0, partners[-1].start) if partners else None
        if partners and (LIST_SEP.match(sentence[partners[-1].end : p.start]) or _RANKED_SEP.fullmatch(
                sentence, partners[-1].end, p.start)) and not (  # "with Hong Kong second and the EU third"
            opening_with or _APPOSITIVE_OWNER.match(after)  # "to China, Australia's biggest customer,": no list
            or _OWNER_OF_BALANCE.match(after)  # "sales to the United States, India's deficit eased": a new subject
        ):
            partners.append(p)  # "trade with ASEAN, the EU and the US": every item of the list
            continue
        if (partners or subject_partner) and is_foreign(p, frame) and _OWN_FIGURE_AFTER.match(after):
            partners.append(p)  # "..., ahead of the US at $5.26 billion and Russia at $4.85 billion"
            continue
        if _BOUND.match(after):
            partners.append(p)  # "U.S.-bound exports"
            continue
        foreign = is_foreign(p, frame)
        if foreign and _SHARE_OF_PARTNER.match(after):
            partners.append(p)  # "Russia's share shrank to 9.4 percent" in a story on China's exports
            continue
        if (bound := bound_for(before)) and where_goods_go(before, bound):
            continue  # "components, most of them bound for Taiwan, South Korea and China,": where goods go, no figure's
        if _PARTNER_BEFORE.search(before) or bound or (_TO_OPENING.fullmatch(sentence, 0, p.start) and (
                _FLOW_AFTER_COMMA.match(after))) or (foreign and _FOLLOWED_BY.search(before)) or (
            foreign and named_by_origin(sentence, p.start)
        ) or (
            foreign and buying and supplier_cue(before, after)
        ) or (
            p.kind == "bloc" and re.match(r"^\s*\(", after) and re.search(r"markets?|partners?|\bto\b", before)
        ):
            partners.append(p)
        elif subject_partner is None and (
            (PARTNER_SUBJECT.match(after) and not _listed_on(sentence, kept, i))
            or _APPOSITIVE_OF.match(sentence[p.end : p.end + 110])  # read inside the aside it opens
            or ((AS_PARTNER.match(after) or as_partner_past_which(sentence, p.end))
                and not _RIVAL_BEFORE.search(before))  # not "overtook Russia as ..."; "ASEAN, which accounted for
            # 41.7 percent of the total, kept its place as the province's biggest trading partner"
            or (foreign and (_RANKED.match(after) or _BUYER_VERB.match(after) or _SHARE_OF_FRAME.match(after)))
            or (foreign and buying and SELLER_VERB.match(after))
            or (foreign and _MADE_IT.search(before))  # "That left the US with 16.2 per cent of China's purchases"
        ):
            subject_partner = p
            subject_group = [*listed_before(sentence, areas, kept, i), p]  # "The European Union and the United
            # States ranked ...": one subject
        elif foreign and (_RANKED.match(after) or _BUYER_VERB.match(after) or (buying and SELLER_VERB.match(after))
                          or (subject_partner is not None and _GAPPED_SUBJECT.search(before)
                              and _FIGURE_NEXT.match(after))):  # "The UAE took 4.3 million tons, up 11%, and Turkey
            # 3.8 million tons": the next partner of a verb the first one's clause gave
            listed = listed_before(sentence, areas, kept, i) if _RANKED.match(after) or _BUYER_VERB.match(after) else []
            partners.extend([*listed, p])  # "Chile shipped 1.01 million tons, while Peru sent 0.61 million": a
            # second one; "while the EU and the US ranked second and third", "the EU and ASEAN took": both
        elif subject_partner is not None and AS_PARTNER.match(after):
            continue  # "US replaces China as Germany's biggest trading partner": the partner replaced, whose
            # figures these are not, nor the subject's
        elif RELATIVE_SUBJECT.match(after) and _RIVAL_BEFORE.search(before):
            areas.append(p)  # "overtaking Ningbo, which recorded ...": Ningbo is the subject of what follows
        elif _TRADE_OF.search(before) or (_VALUE_OF.search(before) and _POSSESSED_TRADE.match(after)):
            areas.append(p)  # "the combined imports and exports of Shanxi, Anhui ...": whose trade it is
        elif (kind_of := named_by_kind(before)) and not _PARTNER_BEFORE.search(before[: kind_of.start()]):
            # "Guangzhou and the manufacturing hub of Dongguan registered ...": the place named, from its description
            # on, so that it stays an item of the list before it
            areas.append(Place(p.name, p.kind, p.start - len(before) + kind_of.start(), p.end))
        elif left_with_balance(sentence, p):
            areas.append(p)  # "..., leaving Seoul with a $6.9 billion deficit": the balance's owner
        elif foreign and _ITS_BUYERS.match(after):
            partners.append(p)  # "U.S. buyers took 4,118 tons": the market the subject sold to
        elif _NOT_SUBJECT_BEFORE.search(before) or _NOT_SUBJECT_AFTER.match(after) or EVENT_IN.search(before):
            continue  # "of China's total", "behind Ningbo", "China's largest trading city": not the subject
        else:
            areas.append(p)
    if idioms := idiom_partners(sentence, frame):  # "Shipments across the Atlantic" in a German story
        partners += idioms  # "Intra-EU exports": the EU is the idiom's partner, not an area of its own
        areas = [a for a in areas if not any(i.start <= a.start < i.end for i in idioms)]
    province = next((p.name for p in reversed(places) if p.kind == "province"  # not "behind only Guangdong"
                     and not _RIVAL.search(sentence, max(0, p.start - 30), p.start)), None)  # fmt: skip
    by_start = attrgetter("start")  # in text order, for the bisections that read them once a figure
    return Places(sorted(areas, key=by_start), sorted(partners, key=by_start), subject_partner, pairs, subject_group,
                  province, aside=aside)  # fmt: skip
