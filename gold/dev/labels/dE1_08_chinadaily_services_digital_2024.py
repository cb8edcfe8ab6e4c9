from _fact import fact, period

Y = period(2024, 1, 12)
S = "services"
CBEC = "cross-border e-commerce"
E_TOT = "China's trade in services reached 7.52 trillion yuan in 2024, up 14.4 percent year-on-year"
E_FLOWS = "Exports rose 18.2 percent to 3.18 trillion yuan, while imports increased 11.8 percent to 4.34 trillion yuan"
E_BAL = "the services trade deficit narrowed 2.5 percent to 1.16 trillion yuan"
E_KIS = "Trade in this category totaled 2.89 trillion yuan, up 6.2 percent, accounting for 38.4 percent of all services trade"
E_DDS = "reached 3.02 trillion yuan in imports and exports, an increase of 5.6 percent from 2023"
E_CB = "China's cross-border e-commerce imports and exports reached 2.63 trillion yuan last year, up 10.8 percent"
E_CBS = ("China's cross-border e-commerce imports and exports reached 2.63 trillion yuan last year, up 10.8 percent, "
         "according to the General Administration of Customs, accounting for about 6 percent of the country's total goods trade")
E_CBX = "Of the total, exports were 2.15 trillion yuan, growing 16.9 percent"
E_CNT = ("The number of enterprises with import and export records across the country surpassed 700,000 "
         "for the first time in 2024, reaching 703,000")

ARTICLE = {
    "id": "dE1_08_chinadaily_services_digital_2024",
    "title": "Services, digital trade emerge as new growth engines",
    "publisher": "China Daily",
    "published": "2025-02-24",
    "notes": [
        "Services trade figures carry product 'services'; knowledge-intensive and digitally deliverable services are narrower products; cross-border e-commerce is a segment (goods).",
        "'Exports rose 18.2 percent ... imports increased 11.8 percent' follow 'Services exports grew faster than imports': services exports and imports.",
        "'the services trade deficit narrowed 2.5 percent to 1.16 trillion yuan': balance value -1.16e12; the growth of a deficit follows its verb, narrowed -> -2.5.",
        "Knowledge-intensive services 'accounting for 38.4 percent of all services trade': a share of services trade.",
        "Cross-border e-commerce 'accounting for about 6 percent of the country's total goods trade' is read in the sentence before it: share 6, approx.",
        "'surpassed 700,000 for the first time ... reaching 703,000': threshold and exact figure for one count; the exact figure only, segment foreign trade enterprises.",
        "'more than 120,000 cross-border e-commerce business entities were active on major platforms': a count of a narrower type of trading enterprise, qualifier over.",
        "Out of scope: the company's revenue rise of about 40 percent (a company, not an area), '30 people', 'five continents', 165 pilot zones, 2,500 overseas warehouses, 30 million square meters, 'two years ago', the fourth Expo.",
    ],
    "facts": [
        fact("China", "total", "value", 7.52e12, "CNY", Y, "7.52 trillion", E_TOT, product=S),
        fact("China", "total", "growth", 14.4, "percent", Y, "14.4", E_TOT, product=S),
        fact("China", "exports", "growth", 18.2, "percent", Y, "18.2", E_FLOWS, product=S),
        fact("China", "exports", "value", 3.18e12, "CNY", Y, "3.18 trillion", E_FLOWS, product=S),
        fact("China", "imports", "growth", 11.8, "percent", Y, "11.8", E_FLOWS, product=S),
        fact("China", "imports", "value", 4.34e12, "CNY", Y, "4.34 trillion", E_FLOWS, product=S),
        fact("China", "balance", "growth", -2.5, "percent", Y, "2.5", E_BAL, product=S),
        fact("China", "balance", "value", -1.16e12, "CNY", Y, "1.16 trillion", E_BAL, product=S),
        fact("China", "total", "value", 2.89e12, "CNY", Y, "2.89 trillion", E_KIS, product="knowledge-intensive services"),
        fact("China", "total", "growth", 6.2, "percent", Y, "6.2", E_KIS, product="knowledge-intensive services"),
        fact("China", "total", "share", 38.4, "percent", Y, "38.4", E_KIS, product="knowledge-intensive services"),
        fact("China", "total", "value", 3.02e12, "CNY", Y, "3.02 trillion", E_DDS, product="digitally deliverable services"),
        fact("China", "total", "growth", 5.6, "percent", Y, "5.6", E_DDS, product="digitally deliverable services"),
        fact("China", "total", "value", 2.63e12, "CNY", Y, "2.63 trillion", E_CB, segment=CBEC),
        fact("China", "total", "growth", 10.8, "percent", Y, "10.8", E_CB, segment=CBEC),
        fact("China", "total", "share", 6, "percent", Y, "6", E_CBS, segment=CBEC, qualifier="approx"),
        fact("China", "exports", "value", 2.15e12, "CNY", Y, "2.15 trillion", E_CBX, segment=CBEC),
        fact("China", "exports", "growth", 16.9, "percent", Y, "16.9", E_CBX, segment=CBEC),
        fact("China", "total", "count", 703000, "number", Y, "703,000", E_CNT, segment="foreign trade enterprises"),
        fact("China", "total", "count", 120000, "number", Y, "120,000",
             "more than 120,000 cross-border e-commerce business entities were active on major platforms",
             segment="cross-border e-commerce business entities", qualifier="over"),
    ],
}
