from _fact import fact, period

NOVEMBER = period(2025, 11)
ELEVEN_MONTHS = period(2025, 1, 11)
US = "United States"
CHINA_HONG_KONG = "China, Hong Kong"
ICT_AV = "information, communications and audio-video products"

EVIDENCE_EXPORTS = "Taiwan's exports rose 53.1 percent from a year earlier to US$62.87 billion in November"
EVIDENCE_IMPORTS = "Imports rose 37.5 percent year-on-year to US$44.12 billion in November"
EVIDENCE_YTD_EXPORTS = "exports totaled US$578.02 billion, up 33.9 percent from the same period of last year"
EVIDENCE_YTD_IMPORTS = "imports grew 22 percent to US$431.6 billion"
EVIDENCE_ICT = (
    "exports of information, communications and audio-video products, a category that includes AI servers and graphics cards, "
    "soared 91.3 percent to US$31.26 billion last month"
)
EVIDENCE_COMPONENTS = "exports of electronic components, mainly semiconductors, rose 30.7 percent to US$20.04 billion"
EVIDENCE_TRADITIONAL = "with base metals and plastics and rubber falling 5.2 percent and 12.4 percent, respectively"
EVIDENCE_US = (
    "exports to the United States more than doubled, rising 118.2 percent year-on-year to US$24.16 billion "
    "and accounting for 38.4 percent of the total"
)
EVIDENCE_CN_HK = "Shipments to China and Hong Kong rose 19.6 percent to US$15.02 billion, or 23.9 percent of the total"
EVIDENCE_YTD_US = "exports to the U.S. reached US$180.3 billion, up 73.5 percent"

ARTICLE = {
    "id": "dM2_03_tw_focustaiwan_nov_exports",
    "title": "Taiwan's November exports hit record high on AI server demand",
    "publisher": "CNA",
    "published": "2025-12-09",
    "notes": [
        "Focus Taiwan copy: the outlet is named in the text only as '(CNA)' in the dateline: publisher 'CNA'.",
        "The year is only in the metadata (dateline 'Dec. 9'; the body says 'November', 'last month', 'the first 11 months of the year'): "
        "November 2025 and January-November 2025.",
        "'up 1.7 percent from October' is a comparison with the previous month: basis mom.",
        "'more than doubled, rising 118.2 percent': threshold and exact figure of the same observation: the exact 118.2 only.",
        "'making the U.S. Taiwan's largest export market': stated rank 1 for November; the year-to-date 'surpassing' China and Hong Kong "
        "implies a rank that is not stated: not labelled.",
        "China and Hong Kong are reported together by the MOF: partner 'China, Hong Kong' (a named group, joined in text order).",
        "'electronics and ICT goods accounted for 81.6 percent': a share of total exports for the two categories together, product "
        "'electronics and ict goods' in the text's words.",
        "'base metals and plastics and rubber falling 5.2 percent and 12.4 percent, respectively': two falls distributed by respectively; "
        "products 'base metals' and 'plastics and rubber'.",
        "Month growth rates without a stated base other than 'year-on-year' at the head of the article are yoy.",
        "Out of scope and unlabelled: 'the highest ever for a single month', 'the 25th consecutive month' (streak), 'an eighth straight "
        "month', the MOF's December forecast of 30-35 percent, the full-year US$630 billion and US$600 billion (forecast and milestone), "
        "DGBAS's 7.37 percent GDP forecast and '15 years', the 20 percent US tariff.",
    ],
    "facts": [
        fact("Taiwan", "exports", "value", 62.87e9, "USD", NOVEMBER, "62.87 billion", EVIDENCE_EXPORTS),
        fact("Taiwan", "exports", "growth", 53.1, "percent", NOVEMBER, "53.1", EVIDENCE_EXPORTS),
        fact(
            "Taiwan",
            "exports",
            "growth",
            1.7,
            "percent",
            NOVEMBER,
            "1.7",
            "The November figure was also up 1.7 percent from October",
            basis="mom",
        ),
        fact("Taiwan", "imports", "value", 44.12e9, "USD", NOVEMBER, "44.12 billion", EVIDENCE_IMPORTS),
        fact("Taiwan", "imports", "growth", 37.5, "percent", NOVEMBER, "37.5", EVIDENCE_IMPORTS),
        fact(
            "Taiwan",
            "balance",
            "value",
            18.75e9,
            "USD",
            NOVEMBER,
            "18.75 billion",
            "giving Taiwan a trade surplus of US$18.75 billion for the month",
        ),
        fact("Taiwan", "exports", "value", 578.02e9, "USD", ELEVEN_MONTHS, "578.02 billion", EVIDENCE_YTD_EXPORTS),
        fact("Taiwan", "exports", "growth", 33.9, "percent", ELEVEN_MONTHS, "33.9", EVIDENCE_YTD_EXPORTS),
        fact("Taiwan", "imports", "value", 431.6e9, "USD", ELEVEN_MONTHS, "431.6 billion", EVIDENCE_YTD_IMPORTS),
        fact("Taiwan", "imports", "growth", 22, "percent", ELEVEN_MONTHS, "22", EVIDENCE_YTD_IMPORTS),
        fact(
            "Taiwan",
            "balance",
            "value",
            146.42e9,
            "USD",
            ELEVEN_MONTHS,
            "146.42 billion",
            "The cumulative trade surplus stood at US$146.42 billion",
        ),
        fact("Taiwan", "exports", "value", 31.26e9, "USD", NOVEMBER, "31.26 billion", EVIDENCE_ICT, product=ICT_AV),
        fact("Taiwan", "exports", "growth", 91.3, "percent", NOVEMBER, "91.3", EVIDENCE_ICT, product=ICT_AV),
        fact(
            "Taiwan",
            "exports",
            "value",
            20.04e9,
            "USD",
            NOVEMBER,
            "20.04 billion",
            EVIDENCE_COMPONENTS,
            product="electronic components",
        ),
        fact(
            "Taiwan",
            "exports",
            "growth",
            30.7,
            "percent",
            NOVEMBER,
            "30.7",
            EVIDENCE_COMPONENTS,
            product="electronic components",
        ),
        fact(
            "Taiwan",
            "exports",
            "share",
            81.6,
            "percent",
            NOVEMBER,
            "81.6",
            "electronics and ICT goods accounted for 81.6 percent of total exports in November",
            product="electronics and ict goods",
        ),
        fact(
            "Taiwan", "exports", "growth", -5.2, "percent", NOVEMBER, "5.2", EVIDENCE_TRADITIONAL, product="base metals"
        ),
        fact(
            "Taiwan",
            "exports",
            "growth",
            -12.4,
            "percent",
            NOVEMBER,
            "12.4",
            EVIDENCE_TRADITIONAL,
            product="plastics and rubber",
        ),
        fact("Taiwan", "exports", "value", 24.16e9, "USD", NOVEMBER, "24.16 billion", EVIDENCE_US, partner=US),
        fact("Taiwan", "exports", "growth", 118.2, "percent", NOVEMBER, "118.2", EVIDENCE_US, partner=US),
        fact("Taiwan", "exports", "share", 38.4, "percent", NOVEMBER, "38.4", EVIDENCE_US, partner=US),
        fact(
            "Taiwan",
            "exports",
            "rank",
            1,
            "number",
            NOVEMBER,
            "largest",
            "making the U.S. Taiwan's largest export market for an eighth straight month",
            partner=US,
        ),
        fact(
            "Taiwan",
            "exports",
            "value",
            15.02e9,
            "USD",
            NOVEMBER,
            "15.02 billion",
            EVIDENCE_CN_HK,
            partner=CHINA_HONG_KONG,
        ),
        fact("Taiwan", "exports", "growth", 19.6, "percent", NOVEMBER, "19.6", EVIDENCE_CN_HK, partner=CHINA_HONG_KONG),
        fact("Taiwan", "exports", "share", 23.9, "percent", NOVEMBER, "23.9", EVIDENCE_CN_HK, partner=CHINA_HONG_KONG),
        fact(
            "Taiwan",
            "exports",
            "growth",
            52.4,
            "percent",
            NOVEMBER,
            "52.4",
            "exports to the Association of Southeast Asian Nations (ASEAN) jumped 52.4 percent",
            partner="ASEAN",
        ),
        fact("Taiwan", "exports", "value", 180.3e9, "USD", ELEVEN_MONTHS, "180.3 billion", EVIDENCE_YTD_US, partner=US),
        fact("Taiwan", "exports", "growth", 73.5, "percent", ELEVEN_MONTHS, "73.5", EVIDENCE_YTD_US, partner=US),
        fact(
            "Taiwan",
            "exports",
            "value",
            162.4e9,
            "USD",
            ELEVEN_MONTHS,
            "162.4 billion",
            "surpassing the US$162.4 billion shipped to China and Hong Kong",
            partner=CHINA_HONG_KONG,
        ),
    ],
}
