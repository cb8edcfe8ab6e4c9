from _fact import fact, period

AUG = period(2025, 8)        # August 2025 (the article's month; published 2025-10-09)
JUL = period(2025, 7)        # July 2025
AUG24 = period(2024, 8)      # August 2024
Y2024 = period(2024, 1, 12)  # "last year" from a 2025 article

LEAD = "exports were down 0.5% from July at 129.7 billion euros ($151.0 billion)"
IMP = "Imports fell more sharply, sliding 1.3% on the month to 112.5 billion euros"
SURPLUS = "lifted the trade surplus to 17.2 billion euros from 16.3 billion euros in July"
US = "Exports to the United States, the biggest buyer of German goods, declined 2.5% from July to 10.9 billion euros"
US_YOY = "On a calendar and seasonally adjusted basis, they were down 20.1% from August 2024"
US_2024 = ("Last year the United States ranked as the largest trading partner for Germany, with two-way goods trade "
           "amounting to 253 billion euros")
NON_EU = "shipments to non-EU countries increased 2.2%"
CHINA = "deliveries to China, which jumped 5.4% to 7.1 billion euros"
UK = "Britain, by contrast, took 6.5% fewer German exports."
EU_EXP = "exports to other EU countries dropped 2.5% to 70.2 billion euros"
EU_IMP = "imports from the bloc were down 1.9%"
CN_RANK = "imports from China, which remains the biggest supplier of goods to Germany"
CN_IMP = "imports from China, which remains the biggest supplier of goods to Germany, decreased 4.5% to 13.3 billion euros"
US_IMP = "imports from the United States climbed 3.4% to 8.0 billion euros"
UNADJ = "In unadjusted terms, exports fell 3.9% and imports rose 1.0% compared with August 2024"
UNADJ_BAL = "shrinking the surplus to 12.8 billion euros from 18.4 billion euros a year before"

ARTICLE = {
    "id": "dAJ2_04_germany_trade_aug_2025",
    "title": "Germany's August exports fall against expectations as U.S. sales slide further",
    "publisher": "Reuters",
    "published": "2025-10-09",
    "notes": [
        "Running period: August 2025 (Destatis release of 9 Oct 2025); 'last year' in the 253 billion euro sentence is 2024.",
        "Area is Germany throughout; partners: United States, China, United Kingdom (Britain), European Union ('other EU countries', 'the bloc'), non-EU countries.",
        "'from July', 'on the month', 'Relative to July', 'Measured against July' and 'From July to August' (opening their paragraphs) are mom cues; the mom frames carry within their paragraphs (Britain -6.5% takes the 'Relative to July' frame; US imports +3.4% the 'From July to August' frame).",
        "'they were down 20.1% from August 2024': subject (exports to the US) carried from the previous sentence; yoy, period August 2025 (August 2024 is only the base).",
        "Calendar and seasonally adjusted vs unadjusted: the schema has no adjustment field, so both surpluses for August 2025 (17.2 adjusted, 12.8 unadjusted) are labelled as separate values; the unadjusted yoy growth rates (-3.9, +1.0) are the only yoy growth for total exports/imports.",
        "($151.0 billion) is the same observation as 129.7 billion euros in another currency: separate USD fact, exact (no 'about').",
        "'the biggest buyer of German goods' = rank 1 for exports to the US in August 2025; 'Last year ... the largest trading partner' = rank 1 for total trade with the US in 2024; 'the biggest supplier of goods to Germany' = rank 1 for imports from China.",
        "Out of scope: 'a fifth month in a row' (streak), the 0.3% poll forecast, 'lowest level since November 2021', the 15% tariff, the euro's 13% gain, industrial output -4.3%, 'since March 2022', GDP forecast 0.2%, 'two consecutive years of contraction'; 'Europe's largest economy' ranks the economy, not a trade flow.",
    ],
    "facts": [
        fact("Germany", "exports", "growth", -0.5, "percent", AUG, "0.5", LEAD, basis="mom"),
        fact("Germany", "exports", "value", 129.7e9, "EUR", AUG, "129.7 billion", LEAD),
        fact("Germany", "exports", "value", 151.0e9, "USD", AUG, "151.0 billion", LEAD),
        fact("Germany", "imports", "growth", -1.3, "percent", AUG, "1.3", IMP, basis="mom"),
        fact("Germany", "imports", "value", 112.5e9, "EUR", AUG, "112.5 billion", IMP),
        fact("Germany", "balance", "value", 17.2e9, "EUR", AUG, "17.2 billion", SURPLUS),
        fact("Germany", "balance", "value", 16.3e9, "EUR", JUL, "16.3 billion", SURPLUS),
        fact("Germany", "exports", "rank", 1, "number", AUG, "biggest", US, partner="United States"),
        fact("Germany", "exports", "growth", -2.5, "percent", AUG, "2.5", US, partner="United States", basis="mom"),
        fact("Germany", "exports", "value", 10.9e9, "EUR", AUG, "10.9 billion", US, partner="United States"),
        fact("Germany", "exports", "growth", -20.1, "percent", AUG, "20.1", US_YOY, partner="United States"),
        fact("Germany", "total", "rank", 1, "number", Y2024, "largest", US_2024, partner="United States"),
        fact("Germany", "total", "value", 253e9, "EUR", Y2024, "253 billion", US_2024, partner="United States"),
        fact("Germany", "exports", "growth", 2.2, "percent", AUG, "2.2", NON_EU, partner="non-EU countries", basis="mom"),
        fact("Germany", "exports", "growth", 5.4, "percent", AUG, "5.4", CHINA, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 7.1e9, "EUR", AUG, "7.1 billion", CHINA, partner="China"),
        fact("Germany", "exports", "growth", -6.5, "percent", AUG, "6.5", UK, partner="United Kingdom", basis="mom"),
        fact("Germany", "exports", "growth", -2.5, "percent", AUG, "2.5", EU_EXP, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 70.2e9, "EUR", AUG, "70.2 billion", EU_EXP, partner="European Union"),
        fact("Germany", "imports", "growth", -1.9, "percent", AUG, "1.9", EU_IMP, partner="European Union", basis="mom"),
        fact("Germany", "imports", "rank", 1, "number", AUG, "biggest", CN_RANK, partner="China"),
        fact("Germany", "imports", "growth", -4.5, "percent", AUG, "4.5", CN_IMP, partner="China", basis="mom"),
        fact("Germany", "imports", "value", 13.3e9, "EUR", AUG, "13.3 billion", CN_IMP, partner="China"),
        fact("Germany", "imports", "growth", 3.4, "percent", AUG, "3.4", US_IMP, partner="United States", basis="mom"),
        fact("Germany", "imports", "value", 8.0e9, "EUR", AUG, "8.0 billion", US_IMP, partner="United States"),
        fact("Germany", "exports", "growth", -3.9, "percent", AUG, "3.9", UNADJ),
        fact("Germany", "imports", "growth", 1.0, "percent", AUG, "1.0", UNADJ),
        fact("Germany", "balance", "value", 12.8e9, "EUR", AUG, "12.8 billion", UNADJ_BAL),
        fact("Germany", "balance", "value", 18.4e9, "EUR", AUG24, "18.4 billion", UNADJ_BAL),
    ],
}
