from _fact import fact, period

JULY = period(2026, 7)
SEVEN_MONTHS = period(2026, 1, 7)
EVIDENCE_EXPORTS = "Last month's exports amounted to US$28.42 billion, a 6.3% increase year-on-year"
EVIDENCE_BAHT = "exports measured in baht grew only 2.9%, to 926.5 billion baht"
EVIDENCE_IMPORTS = "Imports increased faster, by 9.8% to $28.95 billion, so the month ended with a trade deficit of $530 million"
EVIDENCE_YTD_EXPORTS = "January-July exports reached $202.6 billion, 8.1% higher than a year earlier"
EVIDENCE_YTD_IMPORTS = (
    "imports over the same seven months grew 10.4% to $203.9 billion, producing a trade deficit of $1.3 billion"
)
EVIDENCE_COMPUTERS = "computers, parts and accessories surging 31.4% to $2.96 billion"
EVIDENCE_RICE = "rice shipments tumbled 24.5% to $348 million"
EVIDENCE_US = (
    "exports to the US, Thailand's largest market, climbed 14.2% and accounted for 19.8% of all shipments"
)
EVIDENCE_MARKETS = "Exports to China increased 4.8% and to the European Union 3.7%, whereas shipments to Japan declined 2.1%"
EVIDENCE_PARTNER_BALANCE = (
    "In July Thailand ran a $4.2 billion surplus in its trade with the US, while its trade with China showed a $3.6 "
    "billion deficit"
)
COMPUTERS = "computers, parts and accessories"

ARTICLE = {
    "id": "dN2_06_th_bangkokpost_july_exports",
    "title": "Steady US demand keeps Thai export growth streak alive",
    "publisher": "Bangkok Post",
    "published": "2026-08-26",
    "notes": [
        "The text names no year: 'July', 'Last month's', 'January-July' and 'seven-month' take 2026 from published "
        "(2026-08-26). Publisher from the photo credit '(Bangkok Post file photo)'.",
        "Area Thailand throughout (Thai exports, Commerce Ministry); all growth rates are year-on-year (the lead figure "
        "says so; the rest have no cue and the default applies).",
        "The subhead '6.3% rise in July shipments' restates the body figure: labelled once, with the body sentence.",
        "The baht value (926.5 billion baht, no 'about') is the same observation in another currency: a separate THB fact, "
        "exact. 'grew only 2.9%' in baht terms is a different growth rate of the same flow; the record has no field for "
        "the currency of a rate, so it is labelled as a second yoy export growth fact beside the 6.3% dollar rate.",
        "Products in the text's words: industrial products, computers, parts and accessories, integrated circuits, "
        "agricultural and agro-industrial products, rice, rubber. The clauses after 'Exports of industrial products "
        "increased 8.4%' carry 'exports' over; 'Shipments of agricultural and agro-industrial products' are exports.",
        "'Rice weighed most heavily' is a contribution, not a rank: out. 'volumes were 12.8% lower' is "
        "volume growth beside value growth: out. The seven-month rice tonnage (4.37 million tonnes) is a quantity: in.",
        "US: 'Thailand's largest market' is an export rank 1 for July; 'accounted for 19.8% of all shipments' a share.",
        "'to the European Union 3.7%' shares the verb 'increased' of the China figure (gapped list).",
        "Out of scope: '13th month in a row', the Department of Foreign Trade's 7.5 million tonne full-year expectation, "
        "the baht at 32.6 to the dollar, the 19% US tariff, the TPSO forecast of 3-4% and 'about $27 billion' a month "
        "(forecast assumptions), the 1.25% policy rate.",
    ],
    "facts": [
        fact("Thailand", "exports", "value", 28.42e9, "USD", JULY, "28.42 billion", EVIDENCE_EXPORTS),
        fact("Thailand", "exports", "growth", 6.3, "percent", JULY, "6.3", EVIDENCE_EXPORTS, basis="yoy"),
        fact("Thailand", "exports", "value", 926.5e9, "THB", JULY, "926.5 billion", EVIDENCE_BAHT),
        fact("Thailand", "exports", "growth", 2.9, "percent", JULY, "2.9", EVIDENCE_BAHT),
        fact("Thailand", "imports", "growth", 9.8, "percent", JULY, "9.8", EVIDENCE_IMPORTS),
        fact("Thailand", "imports", "value", 28.95e9, "USD", JULY, "28.95 billion", EVIDENCE_IMPORTS),
        fact("Thailand", "balance", "value", -530e6, "USD", JULY, "530 million", EVIDENCE_IMPORTS),
        fact("Thailand", "exports", "value", 202.6e9, "USD", SEVEN_MONTHS, "202.6 billion", EVIDENCE_YTD_EXPORTS),
        fact("Thailand", "exports", "growth", 8.1, "percent", SEVEN_MONTHS, "8.1", EVIDENCE_YTD_EXPORTS),
        fact("Thailand", "imports", "growth", 10.4, "percent", SEVEN_MONTHS, "10.4", EVIDENCE_YTD_IMPORTS),
        fact("Thailand", "imports", "value", 203.9e9, "USD", SEVEN_MONTHS, "203.9 billion", EVIDENCE_YTD_IMPORTS),
        fact("Thailand", "balance", "value", -1.3e9, "USD", SEVEN_MONTHS, "1.3 billion", EVIDENCE_YTD_IMPORTS),
        fact("Thailand", "exports", "growth", 8.4, "percent", JULY, "8.4", "Exports of industrial products increased 8.4%",
             product="industrial products"),
        fact("Thailand", "exports", "growth", 31.4, "percent", JULY, "31.4", EVIDENCE_COMPUTERS, product=COMPUTERS),
        fact("Thailand", "exports", "value", 2.96e9, "USD", JULY, "2.96 billion", EVIDENCE_COMPUTERS, product=COMPUTERS),
        fact("Thailand", "exports", "growth", 18.7, "percent", JULY, "18.7", "integrated circuits up 18.7%",
             product="integrated circuits"),
        fact("Thailand", "exports", "growth", -2.2, "percent", JULY, "2.2",
             "Shipments of agricultural and agro-industrial products fell 2.2%",
             product="agricultural and agro-industrial products"),
        fact("Thailand", "exports", "growth", -24.5, "percent", JULY, "24.5", EVIDENCE_RICE, product="rice"),
        fact("Thailand", "exports", "value", 348e6, "USD", JULY, "348 million", EVIDENCE_RICE, product="rice"),
        fact("Thailand", "exports", "growth", 11.6, "percent", JULY, "11.6", "rubber exports rose 11.6%",
             product="rubber"),
        fact("Thailand", "exports", "quantity", 4.37e6, "tonnes", SEVEN_MONTHS, "4.37 million",
             "The Department of Foreign Trade put seven-month rice exports at 4.37 million tonnes", product="rice"),
        fact("Thailand", "exports", "rank", 1, "number", JULY, "largest", EVIDENCE_US, partner="United States"),
        fact("Thailand", "exports", "growth", 14.2, "percent", JULY, "14.2", EVIDENCE_US, partner="United States"),
        fact("Thailand", "exports", "share", 19.8, "percent", JULY, "19.8", EVIDENCE_US, partner="United States"),
        fact("Thailand", "exports", "growth", 4.8, "percent", JULY, "4.8", EVIDENCE_MARKETS, partner="China"),
        fact("Thailand", "exports", "growth", 3.7, "percent", JULY, "3.7", EVIDENCE_MARKETS, partner="European Union"),
        fact("Thailand", "exports", "growth", -2.1, "percent", JULY, "2.1", EVIDENCE_MARKETS, partner="Japan"),
        fact("Thailand", "exports", "growth", 6.0, "percent", JULY, "6.0", "Shipments to Asean rose 6.0%", partner="ASEAN"),
        fact("Thailand", "balance", "value", 4.2e9, "USD", JULY, "4.2 billion", EVIDENCE_PARTNER_BALANCE,
             partner="United States"),
        fact("Thailand", "balance", "value", -3.6e9, "USD", JULY, "3.6 billion", EVIDENCE_PARTNER_BALANCE,
             partner="China"),
    ],
}
