from _fact import fact, period

JAN_APR = period(2026, 1, 4)
JAN_FEB = period(2026, 1, 2)
APR = period(2026, 4)

LEAD = "Between January and April 2026, China's goods trade with the rest of the world reached 15.78 trillion yuan (roughly 2.29 trillion U.S. dollars), a gain of 11.6 percent year on year"
EXP = 'Exports over the four months climbed 13.1 percent year on year to 9.49 trillion yuan'
IMP = 'imports increased 9.4 percent to 6.29 trillion yuan'
SURPLUS = "That put the country's trade surplus at 3.2 trillion yuan."
JANFEB = 'Trade growth had hit 18.3 percent in January and February'
APRIL = "For April on its own, China's combined imports and exports totaled 4.19 trillion yuan, rising 9.1 percent year on year."
USD_EXP = 'Measured in U.S. dollars, four-month exports grew 17.2 percent to 1.37 trillion dollars'
ASEAN_RANK = "ASEAN held on to its place as China's largest trading partner."
ASEAN = "Two-way trade with the bloc rose 14.5 percent to 2.73 trillion yuan, making up 17.3 percent of China's overall foreign trade."
EU = 'Commerce with the European Union expanded 12.8 percent'
US = "trade with the United States, which ranks third among China's trading partners, shrank 12.4 percent"
AF_LA = "in the first four months, China's trade with Africa and with Latin America grew 21.7 percent and 7.9 percent, respectively."
PRIV = "Private companies remained the principal driver of the country's foreign trade, as their imports and exports climbed 15.1 percent year on year to 9.21 trillion yuan."
PRIV_SHARE = 'Their share of the national total was 58.4 percent'
ENT = 'In the first four months, 562,000 enterprises had actual import and export activity'
ME = "Mechanical and electrical products, still the mainstay of the nation's outbound sales, saw exports climb 17.5 percent to 5.88 trillion yuan"
IC = 'Within that category, integrated circuit exports grew 24.6 percent'
LABOR = 'Labor-intensive goods such as textiles, garments and furniture, by contrast, saw shipments slip 1.8 percent'

ARTICLE = {
    "id": "dAF1_01_xinhua_china_trade_jan_apr_2026",
    "title": "China's goods trade expands 11.6 pct in January-April 2026",
    "publisher": "Xinhua",
    "published": "2026-05-09",
    "notes": [
        "Period: 'Between January and April 2026', 'the four months', 'the first four months' = 2026-01..2026-04; 'For April on its own' = 2026-04; "
        "'January and February' = 2026-01..2026-02 (year from the running period).",
        "'Trade growth had hit 18.3 percent in January and February': total "
        "foreign trade growth of January-February 2026, labelled as its own observation.",
        "Dollar-terms growth of exports (17.2) labelled beside the yuan-terms growth "
        "(13.1): the record has no field for the currency of a rate, so they share every field but value.",
        "'roughly 2.29 trillion U.S. dollars' is the conversion of the yuan total: separate USD fact, approx.",
        "'Two-way trade with the bloc' after 'ASEAN held on to its place as China's largest trading partner': partner ASEAN; "
        "'largest' = rank 1; the 17.3 percent share is of China's total trade.",
        "'the United States, which ranks third among China's trading partners': rank 3, partner United States.",
        "'Their share of the national total was 58.4 percent': share of private enterprises, segment "
        "'private enterprises'.",
        "'562,000 enterprises had actual import and export activity': count, segment 'foreign trade enterprises', "
        "flow total.",
        "'Within that category, integrated circuit exports': a product within mechanical and "
        "electrical exports, labelled with its own product.",
        "'Labor-intensive goods ... saw shipments slip 1.8 percent': exports growth -1.8, product "
        "'labor-intensive products'.",
        "Out of scope, unlabelled: '9.2 percentage points ahead' and '1.8 percentage points above' "
        "(percentage-point comparisons); 'about 27,000 more' (a change in a count, derived); 'around 6 percent "
        "in 2026' (forecast); 'nine consecutive years' (streak); 'more than 3,000 exhibitors' (not a trade flow).",
    ],
    "facts": [
        fact("China", "total", "growth", 11.6, "percent", JAN_APR, "11.6", LEAD),
        fact("China", "total", "value", 15.78e12, "CNY", JAN_APR, "15.78 trillion", LEAD),
        fact("China", "total", "value", 2.29e12, "USD", JAN_APR, "2.29 trillion", LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 13.1, "percent", JAN_APR, "13.1", EXP),
        fact("China", "exports", "value", 9.49e12, "CNY", JAN_APR, "9.49 trillion", EXP),
        fact("China", "imports", "growth", 9.4, "percent", JAN_APR, "9.4", IMP),
        fact("China", "imports", "value", 6.29e12, "CNY", JAN_APR, "6.29 trillion", IMP),
        fact("China", "balance", "value", 3.2e12, "CNY", JAN_APR, "3.2 trillion", SURPLUS),
        fact("China", "total", "growth", 18.3, "percent", JAN_FEB, "18.3", JANFEB),
        fact("China", "total", "value", 4.19e12, "CNY", APR, "4.19 trillion", APRIL),
        fact("China", "total", "growth", 9.1, "percent", APR, "9.1", APRIL),
        fact("China", "exports", "growth", 17.2, "percent", JAN_APR, "17.2", USD_EXP),
        fact("China", "exports", "value", 1.37e12, "USD", JAN_APR, "1.37 trillion", USD_EXP),
        fact("China", "total", "rank", 1, "number", JAN_APR, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 14.5, "percent", JAN_APR, "14.5", ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 2.73e12, "CNY", JAN_APR, "2.73 trillion", ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 17.3, "percent", JAN_APR, "17.3", ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 12.8, "percent", JAN_APR, "12.8", EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", JAN_APR, "third", US, partner="United States"),
        fact("China", "total", "growth", -12.4, "percent", JAN_APR, "12.4", US, partner="United States"),
        fact("China", "total", "growth", 21.7, "percent", JAN_APR, "21.7", AF_LA, partner="Africa"),
        fact("China", "total", "growth", 7.9, "percent", JAN_APR, "7.9", AF_LA, partner="Latin America"),
        fact("China", "total", "value", 9.21e12, "CNY", JAN_APR, "9.21 trillion", PRIV, segment="private enterprises"),
        fact("China", "total", "growth", 15.1, "percent", JAN_APR, "15.1", PRIV, segment="private enterprises"),
        fact("China", "total", "share", 58.4, "percent", JAN_APR, "58.4", PRIV_SHARE, segment="private enterprises"),
        fact("China", "total", "count", 562000, "number", JAN_APR, "562,000", ENT, segment="foreign trade enterprises"),
        fact("China", "exports", "growth", 17.5, "percent", JAN_APR, "17.5", ME, product="mechanical and electrical products"),
        fact("China", "exports", "value", 5.88e12, "CNY", JAN_APR, "5.88 trillion", ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 24.6, "percent", JAN_APR, "24.6", IC, product="integrated circuits"),
        fact("China", "exports", "growth", -1.8, "percent", JAN_APR, "1.8", LABOR, product="labor-intensive products"),
    ],
}
