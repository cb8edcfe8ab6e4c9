from _fact import fact, period

APR = period(2025, 4)
MAR = period(2025, 3)
OCT24 = period(2024, 10)
YTD = period(2025, 1, 4)
Y2024 = period(2024, 1, 12)
DE = "Germany"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"

E_EXP = "Germany shipped goods worth 131.1 billion euros abroad in April, 1.7 percent less than in March"
E_IMP = "increasing 3.9 percent over the month to 116.5 billion euros"
E_BAL = "The surplus on the trade account thus shrank to 14.6 billion euros (about 16.6 billion U.S. dollars)"
E_MAR = "far short of March's revised 21.3 billion euros"
E_YOY = "Year on year, the picture was similar: exports stood 2.1 percent below their April 2024 level and imports 3.8 percent above it."
E_USRANK = "The United States remained the biggest customer for German goods"
E_US = "The United States remained the biggest customer for German goods, yet deliveries there came to only 13.0 billion euros, a month-on-month drop of 10.5 percent"
E_OCT = "when exports to the U.S. totaled 12.3 billion euros"
E_USYOY = "Shipments across the Atlantic had last been this low in October 2024, when exports to the U.S. totaled 12.3 billion euros; against April last year they were down 6.3 percent."
E_CN = "Compared with March, China, the world's second-largest economy, bought 5.9 percent less, taking 7.0 billion euros of German goods"
E_UK = "Britain took 6.3 billion euros, a decline of 2.1 percent"
E_NONEU = "Exports to all countries outside the European Union (EU) together lost 4.8 percent, to 58.1 billion euros"
E_EU = "with 72.9 billion euros of goods going to other EU member states, 0.9 percent more than in March."
E_CNRANK = "China remained the largest single supplier to Germany"
E_CNIMP = "the 13.9 billion euros of goods it sent in April were 4.1 percent below the March figure."
E_YTD_BAL = "January to April produced a surplus of 70.1 billion euros"
E_YTD_XM = "with exports up 0.2 percent and imports up 4.8 percent on the same four months of 2024."
E_SHARE = "The U.S. took about 10.4 percent of German exports last year."

ARTICLE = {
    "id": "dAT2_04_germany_trade_apr_2025",
    "title": "German exports to U.S. slump over 10 pct in April as tariff rush unwinds",
    "publisher": "Xinhua",
    "published": "2025-06-06",
    "notes": [
        "Dateline 'BERLIN, June 6 (Xinhua)' with no year: published 2025-06-06 (Friday); April is April 2025 (the text also says 'April 2024').",
        "Area Germany throughout (headline 'German exports', Destatis); goods trade only, so product null.",
        "Headline 'slump over 10 pct' and body 'a month-on-month drop of 10.5 percent' are the same observation (US exports, April, mom): threshold plus exact figure, only the exact 10.5 is labelled.",
        "'1.7 percent less than in March' and 'increasing 3.9 percent over the month': comparisons with the month before, basis mom. The paragraph on China/UK/non-EU opens with 'Compared with March', so the mom frame carries to 5.9, 2.1 and 4.8. EU 0.9 ('more than in March') and China imports 4.1 ('below the March figure') are mom by their own wording.",
        "'14.6 billion euros (about 16.6 billion U.S. dollars)': a EUR balance fact and an approx USD balance fact.",
        "'March's revised 21.3 billion euros': the March 2025 surplus (revised), labelled as a March balance value; the context is the surplus.",
        "'its lowest level since October last year', 'highest level in almost two years', 'had last been this low in October 2024': milestones, out. But 'when exports to the U.S. totaled 12.3 billion euros' states the October 2024 value of exports to the US: labelled with period 2024-10.",
        "Poll expectations (surplus of 20.2 billion euros, exports slipping 0.5 percent): forecasts, out.",
        "'2.1 percent below their April 2024 level and imports 3.8 percent above it' ('Year on year'): year-on-year growth of total exports (-2.1) and imports (+3.8).",
        "'against April last year they were down 6.3 percent': US exports, yoy, -6.3 (the sentence's subject is shipments to the US).",
        "'The United States remained the biggest customer for German goods': rank 1 of exports to the US, April 2025. 'China remained the largest single supplier to Germany' ('On the import side'): rank 1 of imports from China, April 2025.",
        "'the world's second-largest economy' is a rank of GDP, not of a trade flow: out.",
        "'Exports to all countries outside the European Union (EU)': partner 'non-EU countries' (Destatis' third countries).",
        "Tariff rates (10-percent baseline levy, 25 percent on cars, steel and aluminum): not trade flows, out.",
        "January-April (2025-01..2025-04): surplus 70.1 billion euros; exports +0.2 and imports +4.8 versus the same period of 2024 (yoy).",
        "Economist quote: 'about 10.4 percent of German exports last year' is a share of exports to the US for 2024 (last year from the June 2025 date), qualifier approx. 'Losing a fifth of that' and 'more than 2 percentage points off total export growth' are hypothetical/derived: out; the expectation of further declines is a forecast: out.",
        "Ifo sentiment, Bundesbank growth forecast of zero, the exchange rate line (1 euro = 1.14 U.S. dollars): out.",
    ],
    "facts": [
        fact(DE, "exports", "growth", -1.7, "percent", APR, "1.7", E_EXP, basis="mom"),
        fact(DE, "exports", "value", 131.1e9, "EUR", APR, "131.1 billion", E_EXP),
        fact(DE, "imports", "growth", 3.9, "percent", APR, "3.9", E_IMP, basis="mom"),
        fact(DE, "imports", "value", 116.5e9, "EUR", APR, "116.5 billion", E_IMP),
        fact(DE, "balance", "value", 14.6e9, "EUR", APR, "14.6 billion", E_BAL),
        fact(DE, "balance", "value", 16.6e9, "USD", APR, "16.6 billion", E_BAL, qualifier="approx"),
        fact(DE, "balance", "value", 21.3e9, "EUR", MAR, "21.3 billion", E_MAR),
        fact(DE, "exports", "growth", -2.1, "percent", APR, "2.1", E_YOY),
        fact(DE, "imports", "growth", 3.8, "percent", APR, "3.8", E_YOY),
        fact(DE, "exports", "rank", 1, "number", APR, "biggest", E_USRANK, partner=US),
        fact(DE, "exports", "growth", -10.5, "percent", APR, "10.5", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "value", 13.0e9, "EUR", APR, "13.0 billion", E_US, partner=US),
        fact(DE, "exports", "value", 12.3e9, "EUR", OCT24, "12.3 billion", E_OCT, partner=US),
        fact(DE, "exports", "growth", -6.3, "percent", APR, "6.3", E_USYOY, partner=US),
        fact(DE, "exports", "growth", -5.9, "percent", APR, "5.9", E_CN, partner="China", basis="mom"),
        fact(DE, "exports", "value", 7.0e9, "EUR", APR, "7.0 billion", E_CN, partner="China"),
        fact(DE, "exports", "growth", -2.1, "percent", APR, "2.1", E_UK, partner="United Kingdom", basis="mom"),
        fact(DE, "exports", "value", 6.3e9, "EUR", APR, "6.3 billion", E_UK, partner="United Kingdom"),
        fact(DE, "exports", "growth", -4.8, "percent", APR, "4.8", E_NONEU, partner=NONEU, basis="mom"),
        fact(DE, "exports", "value", 58.1e9, "EUR", APR, "58.1 billion", E_NONEU, partner=NONEU),
        fact(DE, "exports", "growth", 0.9, "percent", APR, "0.9", E_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 72.9e9, "EUR", APR, "72.9 billion", E_EU, partner=EU),
        fact(DE, "imports", "rank", 1, "number", APR, "largest", E_CNRANK, partner="China"),
        fact(DE, "imports", "value", 13.9e9, "EUR", APR, "13.9 billion", E_CNIMP, partner="China"),
        fact(DE, "imports", "growth", -4.1, "percent", APR, "4.1", E_CNIMP, partner="China", basis="mom"),
        fact(DE, "balance", "value", 70.1e9, "EUR", YTD, "70.1 billion", E_YTD_BAL),
        fact(DE, "exports", "growth", 0.2, "percent", YTD, "0.2", E_YTD_XM),
        fact(DE, "imports", "growth", 4.8, "percent", YTD, "4.8", E_YTD_XM),
        fact(DE, "exports", "share", 10.4, "percent", Y2024, "10.4", E_SHARE, partner=US, qualifier="approx"),
    ],
}
