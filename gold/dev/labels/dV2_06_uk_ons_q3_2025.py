from _fact import fact, period

Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
AUG = period(2025, 8)
TWELVE_MONTHS = {"start": "2024-10", "end": "2025-09"}
UK = "United Kingdom"
GOODS_AND_SERVICES = "goods and services"
EXCLUDING_PRECIOUS = "goods and services excluding precious metals"
E_HEADLINE = (
    "In the three months to September, the overall deficit on goods and services trade, leaving out precious "
    "metals, grew by £2.1bn to £8.6bn"
)
E_INCLUDING_DEFICIT = (
    "When precious metals, which often flow in and out of vaults in London for reasons that have nothing to do "
    "with the broader economy, are included, the shortfall was £6.9bn"
)
E_GOODS = (
    "Over the quarter, goods exports dropped by £0.4bn (0.4%) to £92.0bn and imports increased by £2.7bn (1.8%) "
    "to £152.7bn, producing a deficit on goods of £60.7bn."
)
E_SERVICES = "delivered a £52.1bn surplus"
E_EU = "stronger sales of chemicals and medicinal products lifted exports to the EU by £1.2bn, or 2.7%, to £44.9bn"
E_NON_EU = "Shipments to countries outside the EU, however, declined by £1.6bn, or 3.3%, to £47.1bn"
E_US_MONTH = "In September, goods exports to the US dropped 8.9%, or £0.4bn, from August to £4.1bn"
E_US_QUARTER = "across the whole quarter they were down 10.2% on a year earlier"
E_CARS = "exports of cars slumped 24.6% from August to £1.5bn"
E_MONTHLY = "shrink the total trade deficit to £3.0bn in September, from a revised £3.9bn in August"
E_ANNUAL = "In the 12 months to September, exports of goods and services increased 1.4% to £873.6bn"
US = "United States"

ARTICLE = {
    "id": "dV2_06_uk_ons_q3_2025",
    "title": "Cyber-attack on Jaguar Land Rover drags down car exports as UK trade gap grows",
    "publisher": "The Guardian",
    "published": "2025-11-13",
    "notes": [
        "Guardian style; the byline date gives 2025 and the GDP paragraph names no year for the quarter: "
        "'the three months to September' is 2025-07..2025-09.",
        "Headline balance excludes precious metals: product 'goods and services excluding precious metals'; the "
        "figure including precious metals (£6.9bn) takes product 'goods and services'. Both are deficits, negative.",
        "Absolute changes ('grew by £2.1bn', 'dropped by £0.4bn', 'increased by £2.7bn', 'by £1.2bn', "
        "'declined by £1.6bn', '£0.4bn' for the US): changes derived from two levels, not a value or a percent, out.",
        "Quarterly goods growth (-0.4, +1.8) compares with the previous quarter ('over the quarter'): basis qoq. "
        "The EU/non-EU paragraph opens 'Relative to the preceding three months': qoq carries to non-EU.",
        "Goods figures take product null (goods alone); the services surplus takes product 'services'.",
        "Goods deficit £60.7bn, services surplus £52.1bn: net £8.6bn, consistent with the excluding-precious-metals "
        "headline; EU + non-EU exports £44.9bn + £47.1bn = £92.0bn.",
        "US: September fall 8.9% 'from August' (mom) to £4.1bn; quarter down 10.2% 'on a year earlier' (yoy). "
        "'they' carries over the US from the previous sentence.",
        "Cars: 'slumped 24.6% from August': mom, product 'cars'.",
        "August deficit: only the revised figure (£3.9bn) is stated; labelled for August 2025. Monthly deficits take "
        "product 'goods and services' ('total trade deficit').",
        "12 months to September 2025: period 2024-10..2025-09, growth yoy.",
        "Out: GDP (0.1%, 0.3%, -0.1%), the 10% car tariff and 100,000-vehicle quota, 'over a month' shutdown.",
    ],
    "facts": [
        fact(UK, "balance", "value", -8.6e9, "GBP", Q3, "8.6bn", E_HEADLINE, product=EXCLUDING_PRECIOUS),
        fact(UK, "balance", "value", -6.9e9, "GBP", Q3, "6.9bn", E_INCLUDING_DEFICIT, product=GOODS_AND_SERVICES),
        fact(UK, "exports", "growth", -0.4, "percent", Q3, "0.4", E_GOODS, basis="qoq"),
        fact(UK, "exports", "value", 92.0e9, "GBP", Q3, "92.0bn", E_GOODS),
        fact(UK, "imports", "growth", 1.8, "percent", Q3, "1.8", E_GOODS, basis="qoq"),
        fact(UK, "imports", "value", 152.7e9, "GBP", Q3, "152.7bn", E_GOODS),
        fact(UK, "balance", "value", -60.7e9, "GBP", Q3, "60.7bn", E_GOODS),
        fact(UK, "balance", "value", 52.1e9, "GBP", Q3, "52.1bn", E_SERVICES, product="services"),
        fact(UK, "exports", "growth", 2.7, "percent", Q3, "2.7", E_EU, partner="European Union", basis="qoq"),
        fact(UK, "exports", "value", 44.9e9, "GBP", Q3, "44.9bn", E_EU, partner="European Union"),
        fact(UK, "exports", "growth", -3.3, "percent", Q3, "3.3", E_NON_EU, partner="Non-EU countries", basis="qoq"),
        fact(UK, "exports", "value", 47.1e9, "GBP", Q3, "47.1bn", E_NON_EU, partner="Non-EU countries"),
        fact(UK, "exports", "growth", -8.9, "percent", SEP, "8.9", E_US_MONTH, partner=US, basis="mom"),
        fact(UK, "exports", "value", 4.1e9, "GBP", SEP, "4.1bn", E_US_MONTH, partner=US),
        fact(UK, "exports", "growth", -10.2, "percent", Q3, "10.2", E_US_QUARTER, partner=US, basis="yoy"),
        fact(UK, "exports", "growth", -24.6, "percent", SEP, "24.6", E_CARS, product="cars", basis="mom"),
        fact(UK, "exports", "value", 1.5e9, "GBP", SEP, "1.5bn", E_CARS, product="cars"),
        fact(UK, "balance", "value", -3.0e9, "GBP", SEP, "3.0bn", E_MONTHLY, product=GOODS_AND_SERVICES),
        fact(UK, "balance", "value", -3.9e9, "GBP", AUG, "3.9bn", E_MONTHLY, product=GOODS_AND_SERVICES),
        fact(UK, "exports", "growth", 1.4, "percent", TWELVE_MONTHS, "1.4", E_ANNUAL, product=GOODS_AND_SERVICES),
        fact(UK, "exports", "value", 873.6e9, "GBP", TWELVE_MONTHS, "873.6bn", E_ANNUAL, product=GOODS_AND_SERVICES),
    ],
}
