from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
SEPTEMBER = period(2025, 9)

EVIDENCE_SOY = "soybean imports for January to September at 86.18 million tons, 6.2 percent more than a year earlier"
EVIDENCE_BRAZIL_SOY = "61.45 million tons, or 71.3 percent, came from Brazil"
EVIDENCE_US_SOY = "16.57 million tons, a 19.2 percent share, came from the US"
EVIDENCE_ARGENTINA_SOY = "Argentina was the third-biggest supplier, at 3.62 million tons."
EVIDENCE_SEPT = "Soybean imports in September alone totaled 12.87 million tons, 13.2 percent higher than a year before"
EVIDENCE_BEEF = "beef imports declined 3.1 percent by volume to 2.09 million tons"
EVIDENCE_BEEF_VALUE = "the value of those imports slid 6.8 percent to $10.2 billion"
EVIDENCE_BEEF_SUPPLIERS = (
    "Brazil was still the largest beef supplier with 45.6 percent of total volume, "
    "ahead of Argentina and Uruguay with 21.3 percent and 11.2 percent, respectively."
)
EVIDENCE_GRAIN = "Grain imports, a category that in Chinese statistics covers soybeans, fell 5.3 percent to 119.8 million tons."
EVIDENCE_CORN = "Corn imports collapsed 88.5 percent to 1.64 million tons"
EVIDENCE_WHEAT = "wheat imports tumbled 71.2 percent to 2.63 million tons"
EVIDENCE_AGRI_IMPORTS = (
    "China's imports of agricultural products over January-September decreased 3.9 percent year-on-year to "
    "1.08 trillion yuan ($151.7 billion)"
)
EVIDENCE_AGRI_EXPORTS = "exports of farm products increased 5.1 percent to 524.6 billion yuan"

ARTICLE = {
    "id": "dV1_06_globaltimes_agri_imports_jan_sep",
    "title": "Brazil tightens grip as China's top soybean supplier, lifting January-September imports; beef and grain buying slows",
    "publisher": "Global Times",
    "published": "2025-10-20",
    "notes": [
        "Running period January-September 2025 ('first nine months of 2025', 'first three quarters'); 'in September alone' is 2025-09.",
        "Soybean growth figures (6.2 percent, 13.2 percent) are tonnage changes; no value growth is given for soybeans, so they are labelled as growth.",
        "'at a cost of about $37.9 billion': soybean import value, qualifier approx.",
        "Supplier tonnages and shares are China's imports with partner = the supplier country; the beef shares are of volume, labelled as share.",
        "'Argentina was the third-biggest supplier' labelled as rank 3 of soybean imports by supplier; Brazil 'largest beef supplier' as rank 1 of beef imports.",
        "'not a single US cargo landed in September': no numeral, not labelled; 'November 2018' is a date.",
        "Beef: 'declined 3.1 percent by volume' is volume growth beside value growth (6.8 percent), out by the guide; the 2.09 million tons is labelled as quantity.",
        "'the second-largest monthly total ever recorded': a record, out.",
        "'1.08 trillion yuan ($151.7 billion)': CNY and USD facts; no 'about', so the USD fact is exact.",
        "Out of scope: the 10 percent tariff, the researcher's 'could exceed 75 percent' forecast, Brazil's 169 million-ton harvest, summer grain output 149.7 million tons, 650 million tons for 10 years, the 105 million-ton full-year forecast, 2024 record.",
        "Australia's beef share is described without a number: not labelled.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 86.18e6, "tonnes", JAN_SEP, "86.18 million", EVIDENCE_SOY, product="soybeans"),
        fact("China", "imports", "growth", 6.2, "percent", JAN_SEP, "6.2", EVIDENCE_SOY, product="soybeans"),
        fact("China", "imports", "value", 37.9e9, "USD", JAN_SEP, "37.9 billion", "at a cost of about $37.9 billion",
             product="soybeans", qualifier="approx"),
        fact("China", "imports", "quantity", 61.45e6, "tonnes", JAN_SEP, "61.45 million", EVIDENCE_BRAZIL_SOY,
             partner="Brazil", product="soybeans"),
        fact("China", "imports", "share", 71.3, "percent", JAN_SEP, "71.3", EVIDENCE_BRAZIL_SOY,
             partner="Brazil", product="soybeans"),
        fact("China", "imports", "quantity", 16.57e6, "tonnes", JAN_SEP, "16.57 million", EVIDENCE_US_SOY,
             partner="United States", product="soybeans"),
        fact("China", "imports", "share", 19.2, "percent", JAN_SEP, "19.2", EVIDENCE_US_SOY,
             partner="United States", product="soybeans"),
        fact("China", "imports", "rank", 3, "number", JAN_SEP, "third", EVIDENCE_ARGENTINA_SOY,
             partner="Argentina", product="soybeans"),
        fact("China", "imports", "quantity", 3.62e6, "tonnes", JAN_SEP, "3.62 million", EVIDENCE_ARGENTINA_SOY,
             partner="Argentina", product="soybeans"),
        fact("China", "imports", "quantity", 12.87e6, "tonnes", SEPTEMBER, "12.87 million", EVIDENCE_SEPT, product="soybeans"),
        fact("China", "imports", "growth", 13.2, "percent", SEPTEMBER, "13.2", EVIDENCE_SEPT, product="soybeans"),
        fact("China", "imports", "quantity", 2.09e6, "tonnes", JAN_SEP, "2.09 million", EVIDENCE_BEEF, product="beef"),
        fact("China", "imports", "growth", -6.8, "percent", JAN_SEP, "6.8", EVIDENCE_BEEF_VALUE, product="beef"),
        fact("China", "imports", "value", 10.2e9, "USD", JAN_SEP, "10.2 billion", EVIDENCE_BEEF_VALUE, product="beef"),
        fact("China", "imports", "rank", 1, "number", JAN_SEP, "largest", EVIDENCE_BEEF_SUPPLIERS,
             partner="Brazil", product="beef"),
        fact("China", "imports", "share", 45.6, "percent", JAN_SEP, "45.6", EVIDENCE_BEEF_SUPPLIERS,
             partner="Brazil", product="beef"),
        fact("China", "imports", "share", 21.3, "percent", JAN_SEP, "21.3", EVIDENCE_BEEF_SUPPLIERS,
             partner="Argentina", product="beef"),
        fact("China", "imports", "share", 11.2, "percent", JAN_SEP, "11.2", EVIDENCE_BEEF_SUPPLIERS,
             partner="Uruguay", product="beef"),
        fact("China", "imports", "quantity", 119.8e6, "tonnes", JAN_SEP, "119.8 million", EVIDENCE_GRAIN, product="grain"),
        fact("China", "imports", "growth", -5.3, "percent", JAN_SEP, "5.3", EVIDENCE_GRAIN, product="grain"),
        fact("China", "imports", "growth", -88.5, "percent", JAN_SEP, "88.5", EVIDENCE_CORN, product="corn"),
        fact("China", "imports", "quantity", 1.64e6, "tonnes", JAN_SEP, "1.64 million", EVIDENCE_CORN, product="corn"),
        fact("China", "imports", "growth", -71.2, "percent", JAN_SEP, "71.2", EVIDENCE_WHEAT, product="wheat"),
        fact("China", "imports", "quantity", 2.63e6, "tonnes", JAN_SEP, "2.63 million", EVIDENCE_WHEAT, product="wheat"),
        fact("China", "imports", "growth", -3.9, "percent", JAN_SEP, "3.9", EVIDENCE_AGRI_IMPORTS,
             product="agricultural products"),
        fact("China", "imports", "value", 1.08e12, "CNY", JAN_SEP, "1.08 trillion", EVIDENCE_AGRI_IMPORTS,
             product="agricultural products"),
        fact("China", "imports", "value", 151.7e9, "USD", JAN_SEP, "151.7 billion", EVIDENCE_AGRI_IMPORTS,
             product="agricultural products"),
        fact("China", "exports", "growth", 5.1, "percent", JAN_SEP, "5.1", EVIDENCE_AGRI_EXPORTS, product="farm products"),
        fact("China", "exports", "value", 524.6e9, "CNY", JAN_SEP, "524.6 billion", EVIDENCE_AGRI_EXPORTS,
             product="farm products"),
    ],
}
