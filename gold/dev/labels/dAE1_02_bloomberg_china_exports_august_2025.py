from _fact import fact, period

AUG = period(2025, 8)
JUL = period(2025, 7)
JAN_AUG = period(2025, 1, 8)
JAN_AUG_2024 = period(2024, 1, 8)

EXP = "exports climbed 4.4% from a year earlier to $321.8 billion"
EXP_JUL = "the 7.2% expansion recorded in July"
IMP = "Imports inched 1.3% higher to $219.5 billion"
IMP_JUL = "having risen 4.1% in July"
BAL = "The trade surplus grew to $102.3 billion from $98.2 billion in the previous month."
US = "Shipments to the US plunged 33%"
US_IMP = "China's imports from America fell 16%"
ASEAN = "Sales to the 10-member Association of Southeast Asian Nations soared 22.5%"
EU = "exports to the European Union increased 10.4%"
AFRICA = "shipments to Africa jumped about 26%"
YTD_BAL = ("The January-August trade surplus reached just over $785 billion, against about $609 billion in the same "
           "months of 2024.")
YTD = "For January through August, exports rose 5.9% and imports contracted 2.3%."
US_YTD = "China sold $283 billion of goods to the US from January through August"
EU_YTD = "its exports to the EU as a bloc totaled $541 billion"
YUAN = "Measured in yuan, last month's exports were up 4.8%."
RARE = "Exports of rare earths, a sore point in the talks with Washington, dropped 7.1% from July to 5,791.4 tons."
STEEL = "Steel shipments abroad stayed near record highs at 9.51 million tons"

ARTICLE = {
    "id": "dAE1_02_bloomberg_china_exports_august_2025",
    "title": "China's Export Gains Ease as Sales to US Sink Once More",
    "publisher": "Bloomberg",
    "published": "2025-09-08",
    "notes": [
        "Running period: August 2025 (customs release on Monday 2025-09-08; 'last month' = August).",
        "Dollar figures unless stated: unit USD. 'Measured in yuan, ... exports were up 4.8%' is a second August export growth "
        "rate (yuan basis), labelled separately from the 4.4% dollar rate.",
        "'the 7.2% expansion recorded in July' and 'having risen 4.1% in July': year-on-year rates for July (period 2025-07, "
        "basis yoy); July is the period, not a month-on-month comparison.",
        "'from $98.2 billion in the previous month': the July surplus, balance value for 2025-07.",
        "'China's imports from America fell 16%': China's imports, partner United States, August.",
        "'exports to the European Union' and 'shipments to Africa': exports, partners European Union and Africa.",
        "'shipments to Africa jumped about 26%': qualifier approx.",
        "'just over $785 billion': qualifier over (no exact figure given); 'about $609 billion in the same months of "
        "2024': balance for 2024-01..2024-08, qualifier approx.",
        "'China sold $283 billion of goods to the US from January through August': exports to the United States, "
        "2025-01..2025-08.",
        "Rare earths: 'dropped 7.1% from July' is month-on-month (basis mom) growth of the quantity; the only growth given "
        "for that flow, so in scope. 5,791.4 tons -> quantity in tonnes, product 'rare earths'.",
        "'Steel shipments abroad ... at 9.51 million tons': quantity, product 'steel', August.",
        "Out of scope, unlabelled: the 5% and 3% economists' forecasts; 'weakest in half a year'; 'a fifth month in a "
        "row of double-digit drops' (streak); '10-member' (not a flow); tariff rates 30%, 10%, 55% and the '90 "
        "days' truce extension (not trade flows); industrial profits down 1.7% (not a trade flow); the ING economist's "
        "expectation of slower growth (forecast, no number); net exports adding about 1.5 percentage points to growth "
        "(contribution, percentage points).",
    ],
    "facts": [
        fact("China", "exports", "growth", 4.4, "percent", AUG, "4.4", EXP),
        fact("China", "exports", "value", 321.8e9, "USD", AUG, "321.8 billion", EXP),
        fact("China", "exports", "growth", 7.2, "percent", JUL, "7.2", EXP_JUL),
        fact("China", "imports", "growth", 1.3, "percent", AUG, "1.3", IMP),
        fact("China", "imports", "value", 219.5e9, "USD", AUG, "219.5 billion", IMP),
        fact("China", "imports", "growth", 4.1, "percent", JUL, "4.1", IMP_JUL),
        fact("China", "balance", "value", 102.3e9, "USD", AUG, "102.3 billion", BAL),
        fact("China", "balance", "value", 98.2e9, "USD", JUL, "98.2 billion", BAL),
        fact("China", "exports", "growth", -33, "percent", AUG, "33", US, partner="United States"),
        fact("China", "imports", "growth", -16, "percent", AUG, "16", US_IMP, partner="United States"),
        fact("China", "exports", "growth", 22.5, "percent", AUG, "22.5", ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 10.4, "percent", AUG, "10.4", EU, partner="European Union"),
        fact("China", "exports", "growth", 26, "percent", AUG, "26", AFRICA, partner="Africa", qualifier="approx"),
        fact("China", "balance", "value", 785e9, "USD", JAN_AUG, "785 billion", YTD_BAL, qualifier="over"),
        fact("China", "balance", "value", 609e9, "USD", JAN_AUG_2024, "609 billion", YTD_BAL, qualifier="approx"),
        fact("China", "exports", "growth", 5.9, "percent", JAN_AUG, "5.9", YTD),
        fact("China", "imports", "growth", -2.3, "percent", JAN_AUG, "2.3", YTD),
        fact("China", "exports", "value", 283e9, "USD", JAN_AUG, "283 billion", US_YTD, partner="United States"),
        fact("China", "exports", "value", 541e9, "USD", JAN_AUG, "541 billion", EU_YTD, partner="European Union"),
        fact("China", "exports", "growth", 4.8, "percent", AUG, "4.8", YUAN),
        fact("China", "exports", "growth", -7.1, "percent", AUG, "7.1", RARE, product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 5791.4, "tonnes", AUG, "5,791.4", RARE, product="rare earths"),
        fact("China", "exports", "quantity", 9.51e6, "tonnes", AUG, "9.51 million", STEEL, product="steel"),
    ],
}
