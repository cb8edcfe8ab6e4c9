from _fact import fact, period

Y = period(2024, 1, 12)
S = "services"
CBEC = "cross-border e-commerce"
E_TOT = "China's services trade hit a record 7.52 trillion yuan in 2024, rising 14.4 percent year-on-year"
E_FLOWS = "Exports of services outpaced imports: they climbed 18.2 percent to 3.18 trillion yuan, compared with an 11.8 percent rise in imports to 4.34 trillion yuan"
E_BAL = "That shrank the services trade deficit by 2.5 percent, to 1.16 trillion yuan"
E_KIS = "Their trade grew 6.2 percent to 2.89 trillion yuan, or 38.4 percent of total services trade"
E_DDS = ("Imports and exports of digitally deliverable services, meaning anything that can be supplied over the internet, "
         "from online education to cloud computing, rose 5.6 percent from 2023 to 3.02 trillion yuan")
E_CB = "cross-border e-commerce imports and exports grew 10.8 percent last year to 2.63 trillion yuan"
E_CBS = ("cross-border e-commerce imports and exports grew 10.8 percent last year to 2.63 trillion yuan, "
         "roughly 6 percent of China's entire goods trade")
E_CBX = "Exports made up 2.15 trillion yuan of that, an increase of 16.9 percent"
E_CNT = ("Nationwide, firms with import and export records numbered 703,000 in 2024, "
         "topping 700,000 for the first time")

ARTICLE = {
    "id": "dE1_08_chinadaily_services_digital_2024",
    "title": "New growth drivers: services and digital trade come to the fore",
    "publisher": "China Daily",
    "published": "2025-02-24",
    "notes": [
        "Services trade figures carry product 'services'; knowledge-intensive and digitally deliverable services are narrower products; cross-border e-commerce is a segment (goods).",
        "'they climbed 18.2 percent ... an 11.8 percent rise in imports' follow 'Exports of services outpaced imports': services exports and imports.",
        "'shrank the services trade deficit by 2.5 percent, to 1.16 trillion yuan': balance value -1.16e12; the growth of a deficit follows its verb, shrank -> -2.5.",
        "Knowledge-intensive services 'or 38.4 percent of total services trade': a share of services trade.",
        "Cross-border e-commerce 'roughly 6 percent of China's entire goods trade' is read with the figures before it: share 6, approx.",
        "'numbered 703,000 ..., topping 700,000 for the first time': threshold and exact figure for one count; the exact figure only, segment foreign trade enterprises.",
        "'over 120,000 cross-border e-commerce business entities were operating on the main platforms': a count of a narrower type of trading enterprise, qualifier over.",
        "Out of scope: the company's revenue rise of roughly 40 percent (a company, not an area), '30-person', 'five continents', 165 pilot zones, 2,500 overseas warehouses, 30 million square meters, 'Until two years ago', the fourth Expo.",
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
             "over 120,000 cross-border e-commerce business entities were operating on the main platforms",
             segment="cross-border e-commerce business entities", qualifier="over"),
    ],
}
