"""The written forms of blocs and regions that are not simple aliases of `schemas.places.BLOCS`: parenthesised
acronyms, adjectives ("Central Asian countries"), the words around a bloc's name."""

from __future__ import annotations

# Written forms of blocs and regions that are not simple aliases (parenthesised acronyms, adjectives).
BLOC_PATTERNS: dict[str, str] = {
    "Belt and Road partner countries": (
        r"(?:the )?Belt and Road(?: Initiative)?(?: \(BRI\))?(?:(?: [Pp]artner)? (?:countries|nations|economies)| "
        r"[Pp]artners)|"
        r"(?:[Cc]ountries|[Ee]conomies) (?:participating|involved|taking part) in the Belt and Road(?: Initiative)?"
        r"(?: \(BRI\))?|"
        r"(?:[Cc]ountries|[Ee]conomies) jointly building the [\"“]?Belt and Road[\"”]?(?: Initiative)?|"
        r"(?:the )?(?:countries|economies)(?: and regions)? along the Belt and Road(?: routes?)?|"
        r"BRI(?: [Pp]artner)? (?:countries|nations|economies)|(?:the )?BRI [Pp]artners|"
        r"(?:the )?Belt and Road(?: Initiative)?(?: \(BRI\))? (?:participant|participating|member) "
        r"(?:countries|nations|economies)|"
        r"(?:[Pp]artner|[Pp]articipant) (?:countries|nations|economies) of the Belt and Road(?: Initiative)?"
        r"(?: \(BRI\))?"
    ),
    "ASEAN": (
        r"(?:ASEAN|Asean|(?:the )?Association of Southeast Asian Nations(?: \((?:ASEAN|Asean)\))?|"
        r"Southeast Asian (?:nations|countries|economies|bloc|grouping))"
        r"(?: countries| member states| members| economies| nations)?"
    ),
    # "EU countries outside the currency union", "non-euro EU members": before the EU, whose name they begin with
    "Non-euro area EU countries": (
        r"non-euro(?:[- ](?:area|zone))? (?:EU |European Union )?(?:countries|members|member states|nations)|"
        r"(?:EU|European Union) (?:countries|members|member states|nations) outside the (?:euro(?:[- ]?(?:zone|area))?|"
        r"currency union|single currency(?: area)?)|"
        r"(?:EU|European Union) (?:countries|members|member states|nations) (?:that|which) do not use the euro"
    ),
    "European Union": r"(?:the )?(?:European Union|EU)(?: member states| countries)?|other member states",
    "Euro area": (  # "countries that share the euro"
        r"(?:the )?(?:[Ee]uro[- ]?(?:[Zz]one|[Aa]rea)|[Ee]urozone)(?:'s|’s)?(?= |\b)|"
        r"(?:[Cc]ountries|[Ee]conomies|[Mm]embers|[Nn]ations) (?:that )?(?:share|use) the (?:euro|single currency)"
    ),
    "non-EU countries": (
        r"non-EU (?:countries|nations|markets|economies)|(?:countries )?outside the (?:EU|European Union)|"
        r"(?:countries|nations|markets|economies|destinations) (?:beyond|outside) the bloc|"  # in a story on the EU
        r"(?:so-called )?third countries"  # Destatis's name for them: "Imports from these so-called third countries"
    ),
    "countries other than the United States": r"(?:countries|markets) other than the (?:United States|U\.S\.|US)",
    "Africa": r"(?<!South )Africa(?:n (?:countries|nations|markets))?",
    "Latin America": r"Latin America(?:n (?:countries|markets)| and (?:the )?Caribbean(?: \(LAC\))?)?|LAC",
    "South and Central America": r"South and Central America",  # a region of the US Census release
    "Central America": r"(?<!South and )Central America(?:n (?:countries|nations|markets))?",
    # A region by its adjective: "the five Central Asian countries", "Middle Eastern markets"
    "Central Asia": r"Central Asia(?:n (?:countries|nations|states|economies|markets))?",
    "South Asia": r"South Asia(?:n (?:countries|nations|states|economies|markets))?",
    "Mekong countries": r"(?:Lancang-)?Mekong(?: River)?(?: region)? (?:countries|nations|economies)",
    "Middle East": r"Middle East(?:ern (?:countries|nations|states|economies|markets))?",
    # "the GCC", "the six Gulf Cooperation Council (GCC) states", "the Gulf states", "Gulf Arab countries"
    "Gulf Cooperation Council": (
        r"(?:the )?(?:Gulf Cooperation Council(?: \(GCC\))?|GCC)"
        r"(?: (?:member )?(?:countries|states|nations|economies))?|"
        r"Gulf (?:Arab )?(?:states|countries|nations|economies)"
    ),
}
# Blocs a story may spell out member by member ("trade with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and
# Uzbekistan" is trade with Central Asia), and the count "the five countries" names them by
BLOC_MEMBERS: dict[str, frozenset[str]] = {
    "Central Asia": frozenset({"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"}),
    "Gulf Cooperation Council": frozenset({"Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait", "Oman",
                                           "Bahrain"}),
    "Mekong countries": frozenset({"Cambodia", "Laos", "Myanmar", "Thailand", "Vietnam"}),
}
BLOC_SIZES: dict[str, int] = {name: len(members) for name, members in BLOC_MEMBERS.items()} | {
    "ASEAN": 10, "European Union": 27,
}
