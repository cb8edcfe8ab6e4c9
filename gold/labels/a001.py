from _fact import fact, period

H1 = period(2025, 1, 6)
E1 = "Exports surpassed 13 trillion yuan (about $1.81 trillion) for the first time in the same period, marking a 7.2 percent year-on-year increase"
E2 = "The number of foreign trade enterprises with\u00a0import and export records exceeded 600,000 for the first time, reaching 628,000"
E3 = "private enterprises' total import and export volume surpassed 12 trillion yuan"
E4 = "The import and export volume for June reached 3.85 trillion yuan, up 5.2 percent year on year"
E5 = (
    "Guangdong, Jiangsu, Zhejiang, Shanghai, and Shandong accounted for 64.1 percent of China's total foreign trade, "
    "with a combined year-on-year growth rate of 4.8 percent"
)
E6 = "Shandong posted the fastest growth rate: up 6.8 percent to 1.73 trillion yuan"
E7 = "China's export share of industrial robots rose to second globally, with export growth of 61.5 percent"
E8 = "Exports of lithium batteries and wind turbines also surged by over 20 percent"
E9 = "exports of mechanical and electrical products totaled 7.8 trillion yuan, up 9.5 percent, accounting for 60 percent of total exports"
E10 = "Trade with Belt and Road partner countries has reached 11.29 trillion yuan, up 4.7 percent and accounting for 51.8 percent of China's total trade"
G5 = "Guangdong, Jiangsu, Zhejiang, Shanghai, Shandong"
MEP = "mechanical and electrical products"
BRI = "Belt and Road partner countries"

ARTICLE = {
    "id": "001_d66ea311d55b3317",
    "title": "China posts three foreign trade firsts as sector shows resilience amid global challenges",
    "publisher": "People's Daily",
    "published": "2025-07-22",
    "notes": [
        "Publisher line reads \"People's Daily app\"; labelled as the outlet, People's Daily.",
        "Published 1753194900000 ms = 2025-07-22 22:35 UTC+8.",
        "'exceeded 600,000 ... reaching 628,000': exact figure only.",
        "'above 10 trillion yuan for nine consecutive quarters' is a streak; 'second-highest monthly total on record' a milestone: out.",
        "'1.9 / 3.9 percentage points higher', 'contributing 3 percentage points', 'contributing nearly 20 percent of the increase', "
        "'a 0.9-percentage-point increase': derived comparisons, out.",
        "'trade with over 190 countries and regions increased' and '61 partners above 50 billion yuan': conditional counts, out.",
        "High-tech export growth (9.2%) and the sector figures carry the article's running period, the first half of 2025.",
        "'Chinese brands have captured a 32.4 percent share of the high-tech export market' labelled as a share with segment "
        "'chinese brands'; a reader could also treat it as out of scope (a market share, not a trade-flow share).",
        "'export share of industrial robots rose to second globally' labelled as an export rank of 2.",
        "Expo figures (651 enterprises, 75 countries) are not trade flows: out.",
    ],
    "facts": [
        fact("China", "exports", "value", 13e12, "CNY", H1, "13 trillion", E1, qualifier="over"),
        fact("China", "exports", "value", 1.81e12, "USD", H1, "1.81 trillion", E1, qualifier="approx"),
        fact("China", "exports", "growth", 7.2, "percent", H1, "7.2", E1),
        fact("China", "total", "count", 628000, "number", H1, "628,000", E2, segment="foreign trade enterprises"),
        fact(
            "China",
            "total",
            "value",
            12e12,
            "CNY",
            H1,
            "12 trillion",
            E3,
            segment="private enterprises",
            qualifier="over",
        ),
        fact("China", "total", "value", 3.85e12, "CNY", period(2025, 6), "3.85 trillion", E4),
        fact("China", "total", "growth", 5.2, "percent", period(2025, 6), "5.2", E4),
        fact(G5, "total", "share", 64.1, "percent", H1, "64.1", E5),
        fact(G5, "total", "growth", 4.8, "percent", H1, "4.8", E5),
        fact("Shandong", "total", "growth", 6.8, "percent", H1, "6.8", E6),
        fact("Shandong", "total", "value", 1.73e12, "CNY", H1, "1.73 trillion", E6),
        fact(
            "China",
            "exports",
            "growth",
            9.2,
            "percent",
            H1,
            "9.2",
            "China's high-tech product exports have increased by 9.2 percent",
            product="high-tech products",
        ),
        fact(
            "China",
            "exports",
            "share",
            32.4,
            "percent",
            H1,
            "32.4",
            "Chinese brands have captured a 32.4 percent share of the high-tech export market",
            product="high-tech products",
            segment="chinese brands",
        ),
        fact("China", "exports", "rank", 2, "number", H1, "second", E7, product="industrial robots"),
        fact("China", "exports", "growth", 61.5, "percent", H1, "61.5", E7, product="industrial robots"),
        fact("China", "exports", "growth", 20, "percent", H1, "20", E8, product="lithium batteries", qualifier="over"),
        fact("China", "exports", "growth", 20, "percent", H1, "20", E8, product="wind turbines", qualifier="over"),
        fact("China", "exports", "value", 7.8e12, "CNY", H1, "7.8 trillion", E9, product=MEP),
        fact("China", "exports", "growth", 9.5, "percent", H1, "9.5", E9, product=MEP),
        fact("China", "exports", "share", 60, "percent", H1, "60", E9, product=MEP),
        fact(
            "China",
            "exports",
            "growth",
            20,
            "percent",
            H1,
            "20",
            "high-end equipment closely related to new quality productive forces saw growth of over 20 percent",
            product="high-end equipment",
            qualifier="over",
        ),
        fact(
            "China",
            "exports",
            "growth",
            12.7,
            "percent",
            H1,
            "12.7",
            'exports of the "new trio," namely solar batteries, lithium batteries, and electric vehicles, rose by 12.7 percent',
            product="new trio",
        ),
        fact("China", "total", "value", 11.29e12, "CNY", H1, "11.29 trillion", E10, partner=BRI),
        fact("China", "total", "growth", 4.7, "percent", H1, "4.7", E10, partner=BRI),
        fact("China", "total", "share", 51.8, "percent", H1, "51.8", E10, partner=BRI),
    ],
}
