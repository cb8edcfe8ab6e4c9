"""Canonical place names: countries and Chinese provinces from `pycountry`, blocs and regions from a short table.

Extractors use it to name areas and partners the guide's way; the scorer uses
it to compare names written differently ("US", "U.S.", "the United States").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pycountry

# Blocs and regions that no maintained gazetteer lists the way trade reporting names them.
BLOCS: dict[str, tuple[str, ...]] = {
    "ASEAN": ("association of southeast asian nations", "asean countries", "asean member states"),
    "European Union": ("eu", "the eu", "eu member states", "eu countries", "eu27", "eu 27"),
    "Euro area": ("euro zone", "eurozone", "the euro zone", "euro area countries", "euro zone countries", "ea20"),
    "Belt and Road partner countries": (
        "belt and road countries",
        "belt and road initiative partner countries",
        "belt and road initiative bri partner countries",
        "bri partner countries",
        "bri countries",
        "belt and road",
    ),
    "Africa": ("african countries", "african markets"),
    "Latin America": (
        "latin american countries", "latin american markets", "latin america and the caribbean",
        "latin america and caribbean", "lac",
    ),
    "Middle East": (),
    "non-EU countries": ("countries outside the eu", "non eu nations"),
    "countries other than the United States": ("non us countries",),  # Statistics Canada's split of its trade
    "Southeast Asia": ("south east asia", "south-east asia"),
    "East Asia": (),
    "South Asia": (),
    "South America": (),
    "Oceania": (),
    "Asia": (),
    "Europe": (),
    "Western Europe": ("west europe",),  # Japan's Ministry of Finance reports its exports by these regions
    "Central and Eastern Europe": ("central and east europe", "cee"),
    "Eastern Europe": (),
    "North America": (),
    "Central Asia": ("central asian countries",),
    "Mekong countries": ("lancang mekong countries", "mekong region countries", "mekong nations"),
    "Yangtze River Delta": ("yrd",),
    "Pearl River Delta": ("prd",),
    "Greater Bay Area": ("guangdong hong kong macao greater bay area",),
    "Beijing-Tianjin-Hebei": ("jing jin ji",),
    "RCEP": ("rcep members", "rcep partners", "regional comprehensive economic partnership"),
    "BRICS": ("brics countries",),
    "Gulf Cooperation Council": (
        "gcc", "gcc countries", "gcc states", "gulf states", "gulf arab states", "gulf countries",
    ),
    "G7": (),
    "OPEC": (),
}
# Regions inside China that the table keeps with the blocs: the areas of China's regional stories, not partners.
CHINESE_REGIONS = frozenset({"Yangtze River Delta", "Pearl River Delta", "Greater Bay Area", "Beijing-Tianjin-Hebei"})
# Common short forms pycountry does not carry.
COUNTRY_EXTRA: dict[str, tuple[str, ...]] = {
    "United States": ("us", "u s", "usa", "u s a", "america", "the states"),
    "United Kingdom": ("uk", "u k", "britain", "great britain"),
    "South Korea": ("korea", "republic of korea", "rok"),
    "Russia": ("russian federation",),
    "Vietnam": ("viet nam",),
    "Hong Kong": ("hong kong sar", "hksar", "hong kong china", "hong kong of china"),  # customs prose: "Hong Kong of
    "Macao": ("macau", "macao sar", "macao of china", "macau of china"),  # China", "Macao of China"
    "Taiwan": ("taiwan region", "chinese taiwan", "taiwan of china"),
    "China": ("prc", "chinese mainland", "mainland china", "the mainland", "people s republic of china"),
    "Turkey": ("turkiye", "türkiye"),
    "Iran": (),
    "United Arab Emirates": ("uae", "u a e", "the emirates"),
    # pycountry's "Congo, The Democratic Republic of the" would shorten to the other Congo's name
    "Democratic Republic of the Congo": ("democratic republic of congo", "dr congo", "drc", "congo kinshasa"),
}
# Adjectives of nationality: "German exports" are Germany's. No maintained package lists them.
DEMONYMS: dict[str, str] = {
    "German": "Germany", "Japanese": "Japan", "South Korean": "South Korea", "Korean": "South Korea",
    "Indian": "India", "British": "United Kingdom", "Chinese": "China", "American": "United States",
    "French": "France", "Italian": "Italy", "Australian": "Australia", "Canadian": "Canada",
    "Brazilian": "Brazil", "Vietnamese": "Vietnam", "Indonesian": "Indonesia", "Malaysian": "Malaysia",
    "Thai": "Thailand", "Singaporean": "Singapore", "Singapore's": "Singapore", "Taiwanese": "Taiwan",
    "Mexican": "Mexico", "Russian": "Russia", "Turkish": "Turkey", "Swiss": "Switzerland", "Dutch": "Netherlands",
    "Spanish": "Spain", "Philippine": "Philippines", "Saudi": "Saudi Arabia", "South African": "South Africa",
    "Chilean": "Chile", "Argentine": "Argentina", "Polish": "Poland", "Swedish": "Sweden", "Irish": "Ireland",
    "Belgian": "Belgium", "Austrian": "Austria", "Pakistani": "Pakistan", "Bangladeshi": "Bangladesh",
    "Egyptian": "Egypt", "Nigerian": "Nigeria", "Kazakh": "Kazakhstan", "Emirati": "United Arab Emirates",
    "African": "Africa", "Latin American": "Latin America", "European": "European Union",
    "Qatari": "Qatar", "Peruvian": "Peru", "Mongolian": "Mongolia", "Colombian": "Colombia", "Iraqi": "Iraq",
    "Iranian": "Iran", "Omani": "Oman", "Kuwaiti": "Kuwait", "Norwegian": "Norway", "Danish": "Denmark",
    "Finnish": "Finland", "Portuguese": "Portugal", "Czech": "Czechia", "Hungarian": "Hungary", "Israeli": "Israel",
    "Ukrainian": "Ukraine", "Uzbek": "Uzbekistan", "Cambodian": "Cambodia", "Sri Lankan": "Sri Lanka",
    "Kenyan": "Kenya", "Angolan": "Angola", "Moroccan": "Morocco", "Uruguayan": "Uruguay",
    "Venezuelan": "Venezuela", "Ecuadorian": "Ecuador", "Kyrgyz": "Kyrgyzstan", "Tajik": "Tajikistan",
    "Turkmen": "Turkmenistan", "Laotian": "Laos", "Zambian": "Zambia", "Guinean": "Guinea",
    "Ghanaian": "Ghana", "Ethiopian": "Ethiopia", "Tanzanian": "Tanzania", "Algerian": "Algeria",
}  # fmt: skip
PROVINCE_RENAMES = {"Nei Mongol": "Inner Mongolia", "Xizang": "Tibet", "Macao": "Macao", "Taiwan": "Taiwan"}
_PROVINCE_SUFFIX = re.compile(r"\s+(?:(?:Huizu|Zhuangzu|Uygur)\s+)?(?:Sheng|Shi|Zizhiqu|SAR)$")


def name_key(name: str) -> str:
    """Case-, accent- and punctuation-free form of a name, without a leading "the"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def _country_names(country: object) -> tuple[str, list[str]]:
    canonical = getattr(country, "common_name", None) or country.name  # type: ignore[attr-defined]
    if "," in canonical:  # "Korea, Republic of" style names read badly; keep the alias, not the canonical
        canonical = canonical.split(",")[0]
    names = [country.name, getattr(country, "official_name", ""), getattr(country, "common_name", "")]  # type: ignore[attr-defined]
    return canonical, [n for n in names if n]


@cache
def province_names() -> dict[str, str]:
    """Canonical English names of China's provinces, municipalities and regions (ISO 3166-2:CN) by key."""
    table: dict[str, str] = {}
    for sub in pycountry.subdivisions.get(country_code="CN"):
        short = _PROVINCE_SUFFIX.sub("", sub.name)
        canonical = PROVINCE_RENAMES.get(short, short)
        for name in (sub.name, short, canonical):
            table[name_key(name)] = canonical
    return table


@cache
def aliases() -> dict[str, str]:
    """Every known way of writing a place (as a `name_key`) mapped to its canonical name."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        canonical, names = _country_names(country)
        for name in names:
            table.setdefault(name_key(name), canonical)
    table |= province_names()
    for extra in (COUNTRY_EXTRA, BLOCS):
        for canonical, names in extra.items():
            for name in (canonical, *names):
                table[name_key(name)] = canonical
    return table


def canonical_place(name: str) -> str | None:
    """The canonical name of a place written any known way, or None when it is not a known place."""
    return aliases().get(name_key(name))
