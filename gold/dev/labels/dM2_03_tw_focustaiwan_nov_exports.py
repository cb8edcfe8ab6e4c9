from _fact import fact, period

NOVEMBER = period(2025, 11)
ELEVEN_MONTHS = period(2025, 1, 11)
US = "United States"
CHINA_HONG_KONG = "China, Hong Kong"
ICT_AV = "information, communications and audio-video products"

EVIDENCE_EXPORTS = "Taiwan's November exports climbed 53.1 percent year-on-year to US$62.87 billion"
EVIDENCE_IMPORTS = "November imports increased 37.5 percent year-on-year to US$44.12 billion"
EVIDENCE_YTD_EXPORTS = "exports came to US$578.02 billion, an increase of 33.9 percent over a year earlier"
EVIDENCE_YTD_IMPORTS = "imports expanded 22 percent to US$431.6 billion"
EVIDENCE_ICT = (
    "information, communications and audio-video products, which cover AI servers and graphics cards, "
    "posted a 91.3 percent surge in exports to US$31.26 billion in November"
)
EVIDENCE_COMPONENTS = "exports of electronic components, largely semiconductors, increased 30.7 percent to US$20.04 billion"
EVIDENCE_TRADITIONAL = "exports of base metals and plastics and rubber decreased 5.2 percent and 12.4 percent, respectively"
EVIDENCE_US = (
    "shipments to the United States jumped 118.2 percent year-on-year, more than doubling to US$24.16 billion, "
    "or 38.4 percent of all exports"
)
EVIDENCE_CN_HK = "Exports to China and Hong Kong grew 19.6 percent to US$15.02 billion, a 23.9 percent share of the total"
EVIDENCE_YTD_US = "exports to the U.S. amounted to US$180.3 billion, a 73.5 percent increase"

ARTICLE = {
    "id": "dM2_03_tw_focustaiwan_nov_exports",
    "title": "AI server demand lifts Taiwan's November exports to all-time high",
    "publisher": "CNA",
    "published": "2025-12-09",
    "notes": [
        "Focus Taiwan copy: the outlet is named in the text only as '(CNA)' in the dateline: publisher 'CNA'.",
        "The year is only in the metadata (dateline 'Dec. 9'; the body says 'November', 'the first 11 months of the year', 'January-November'): "
        "November 2025 and January-November 2025.",
        "'1.7 percent higher than October's' is a comparison with the previous month: basis mom.",
        "'jumped 118.2 percent year-on-year, more than doubling': threshold and exact figure of the same observation: the exact 118.2 only.",
        "'kept the U.S. as Taiwan's largest export market': stated rank 1 for November; the year-to-date 'outstripping' China and Hong Kong "
        "implies a rank that is not stated: not labelled.",
        "China and Hong Kong are reported together by the MOF: partner 'China, Hong Kong' (a named group, joined in text order).",
        "'electronics and ICT goods combined made up 81.6 percent': a share of total exports for the two categories together, product "
        "'electronics and ict goods' in the text's words.",
        "'base metals and plastics and rubber decreased 5.2 percent and 12.4 percent, respectively': two falls distributed by respectively; "
        "products 'base metals' and 'plastics and rubber'.",
        "Month growth rates without a stated base other than 'year-on-year' at the head of the article are yoy.",
        "Out of scope and unlabelled: 'a record for any single month', 'the 25th month in a row' (streak), 'the eighth month "
        "running', the MOF's December forecast of 30-35 percent, the full-year US$630 billion and US$600 billion (forecast and milestone), "
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
            "November's total was 1.7 percent higher than October's",
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
            "leaving Taiwan with a monthly trade surplus of US$18.75 billion",
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
            "That put the trade surplus for the period at US$146.42 billion",
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
            "electronics and ICT goods combined made up 81.6 percent of November's total exports",
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
            "That kept the U.S. as Taiwan's largest export market for the eighth month running",
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
            "Sales to the Association of Southeast Asian Nations (ASEAN) surged 52.4 percent",
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
            "outstripping the US$162.4 billion sent to China and Hong Kong",
            partner=CHINA_HONG_KONG,
        ),
    ],
}
