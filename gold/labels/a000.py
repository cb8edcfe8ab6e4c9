from _fact import fact, period

P = period(2025, 1, 7)
JUL = period(2025, 7)
E1 = (
    "Shenzhen saw its foreign trade hit 2.58 trillion yuan (about 361.7 billion U.S. dollars) in the first seven "
    "months of 2025, ranking first among Chinese mainland cities"
)
E2 = "In July, Shenzhen's total import and export volume reached 415.94 billion yuan, an increase of 6.2 percent year on year"
E3 = "Exports totaled 255.62 billion yuan, marking a new high for monthly exports this year with a 4.7 percent increase"
E4 = "imports rose 8.8 percent to 160.32 billion yuan"
E5 = "electromechanical exports led the way, reaching 1.17 trillion yuan and accounting for 74.7 of the total"
E6 = "exports of lithium batteries and pure electric passenger cars rising 37.9 percent and 21.7 percent, respectively"
E7 = "Shenzhen's imports of electromechanical products grew 14.7 percent during the period, accounting for 82.1 percent of the total"
E8 = "Private enterprises powered Shenzhen's trade activities, contributing 1.8 trillion yuan and accounting for 69.8 percent of the total value"

ARTICLE = {
    "id": "000_5dc5a42da6f5387a",
    "title": "Shenzhen leads Chinese cities in foreign trade for Jan-July",
    "publisher": "Xinhua",
    "published": "2025-08-21",
    "notes": [
        "The 'Off the wire' navigation list before the headline is site chrome, not the article; its '10 bln yuan' is out of scope.",
        "'accounting for 74.7 of the total' has no percent sign; read as a share in percent, per the guide's worked example.",
        "'electromechanical exports' labelled with product 'electromechanical products', as in the guide's worked example.",
        "Product-level growth rates in paragraphs 4-5 carry the running period (first seven months).",
    ],
    "facts": [
        fact("Shenzhen", "total", "value", 2.58e12, "CNY", P, "2.58 trillion", E1),
        fact("Shenzhen", "total", "value", 361.7e9, "USD", P, "361.7 billion", E1, qualifier="approx"),
        fact("Shenzhen", "total", "rank", 1, "number", P, "first", E1),
        fact("Shenzhen", "total", "value", 415.94e9, "CNY", JUL, "415.94 billion", E2),
        fact("Shenzhen", "total", "growth", 6.2, "percent", JUL, "6.2", E2),
        fact("Shenzhen", "exports", "value", 255.62e9, "CNY", JUL, "255.62 billion", E3),
        fact("Shenzhen", "exports", "growth", 4.7, "percent", JUL, "4.7", E3),
        fact("Shenzhen", "imports", "growth", 8.8, "percent", JUL, "8.8", E4),
        fact("Shenzhen", "imports", "value", 160.32e9, "CNY", JUL, "160.32 billion", E4),
        fact(
            "Shenzhen", "exports", "value", 1.17e12, "CNY", P, "1.17 trillion", E5, product="electromechanical products"
        ),
        fact("Shenzhen", "exports", "share", 74.7, "percent", P, "74.7", E5, product="electromechanical products"),
        fact("Shenzhen", "exports", "growth", 37.9, "percent", P, "37.9", E6, product="lithium batteries"),
        fact("Shenzhen", "exports", "growth", 21.7, "percent", P, "21.7", E6, product="pure electric passenger cars"),
        fact(
            "Shenzhen",
            "exports",
            "growth",
            40.9,
            "percent",
            P,
            "40.9",
            "integrated circuit exports soared 40.9 percent",
            product="integrated circuits",
        ),
        fact("Shenzhen", "imports", "growth", 14.7, "percent", P, "14.7", E7, product="electromechanical products"),
        fact("Shenzhen", "imports", "share", 82.1, "percent", P, "82.1", E7, product="electromechanical products"),
        fact("Shenzhen", "total", "value", 1.8e12, "CNY", P, "1.8 trillion", E8, segment="private enterprises"),
        fact("Shenzhen", "total", "share", 69.8, "percent", P, "69.8", E8, segment="private enterprises"),
    ],
}
