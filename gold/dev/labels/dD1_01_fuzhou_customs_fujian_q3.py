from _fact import fact, period

Q = period(2025, 1, 9)
E_TOT = "Fujian Province's goods imports and exports totaled RMB 1.53 trillion, up 4.9% year on year (the same below)"
E_X = "exports climbed 9.2% to RMB 952.37 billion"
E_M = "imports dropped 1.5% to RMB 578.85 billion"
E_PE = "private enterprises in our province traded goods worth 9,498.2 hundred million yuan, up 9.6%, or 62% of Fujian's overall foreign trade"
E_AS = "Our province's largest trading partner was still ASEAN, and two-way trade with the bloc reached RMB 321.64 billion, growing 10.2%"
E_EUUS = "Two-way trade with the EU and the United States amounted to RMB 178.3 billion and RMB 142.56 billion, respectively rising 7.6% and falling 9.8%"
E_ME = "exports of mechanical and electrical products rose 13.5% to RMB 412.6 billion, making up 43.3% of all exports from the province"

ARTICLE = {
    "id": "dD1_01_fuzhou_customs_fujian_q3",
    "title": "Fujian Province Lifts Goods Trade by 4.9% Over the First Three Quarters of 2025",
    "publisher": "Fuzhou Customs",
    "published": "2025-10-24",
    "notes": [
        "Running period: first three quarters of 2025 (January-September) for every figure; '(the same below)' makes every later rate year-on-year.",
        "'our province' is Fujian (translated government prose): area Fujian throughout.",
        "The headline's 4.9% restates the body's total growth: labelled once, with the body sentence.",
        "'9,498.2 hundred million yuan' is 949.82 billion yuan; 949.82/1,531.22 = 62.0%, consistent with 'or 62% of Fujian's overall foreign trade'.",
        "'outpacing the national level by 1.3 percentage points', 'their share rose by 2.6 percentage points' (share change) and 'added 5.4 percentage points': out of scope.",
        "'stayed positive for eight months running': streak, out.",
        "ASEAN 'largest trading partner' is a stated rank: rank 1, partner ASEAN, flow total.",
        "EU and United States: values and rates distributed by 'respectively'; 'respectively rising 7.6% and falling 9.8%' gives EU +7.6, US -9.8.",
        "Ships, lithium batteries and automobiles 'kept up fast export growth' with no figure: nothing to label.",
        "1.83 million customs declarations and 29.6 hours clearance time: not trade flows, out.",
        "Trade surplus RMB 373.52 billion = 952.37 - 578.85: a stated balance, labelled.",
    ],
    "facts": [
        fact("Fujian", "total", "value", 1.53e12, "CNY", Q, "1.53 trillion", E_TOT),
        fact("Fujian", "total", "growth", 4.9, "percent", Q, "4.9", E_TOT),
        fact("Fujian", "exports", "value", 952.37e9, "CNY", Q, "952.37 billion", E_X),
        fact("Fujian", "exports", "growth", 9.2, "percent", Q, "9.2", E_X),
        fact("Fujian", "imports", "value", 578.85e9, "CNY", Q, "578.85 billion", E_M),
        fact("Fujian", "imports", "growth", -1.5, "percent", Q, "1.5", E_M),
        fact("Fujian", "balance", "value", 373.52e9, "CNY", Q, "373.52 billion", "leaving a trade surplus of RMB 373.52 billion"),
        fact("Fujian", "total", "value", 949.82e9, "CNY", Q, "9,498.2 hundred million", E_PE, segment="private enterprises"),
        fact("Fujian", "total", "growth", 9.6, "percent", Q, "9.6", E_PE, segment="private enterprises"),
        fact("Fujian", "total", "share", 62, "percent", Q, "62", E_PE, segment="private enterprises"),
        fact("Fujian", "total", "rank", 1, "number", Q, "largest", E_AS, partner="ASEAN"),
        fact("Fujian", "total", "value", 321.64e9, "CNY", Q, "321.64 billion", E_AS, partner="ASEAN"),
        fact("Fujian", "total", "growth", 10.2, "percent", Q, "10.2", E_AS, partner="ASEAN"),
        fact("Fujian", "total", "value", 178.3e9, "CNY", Q, "178.3 billion", E_EUUS, partner="European Union"),
        fact("Fujian", "total", "value", 142.56e9, "CNY", Q, "142.56 billion", E_EUUS, partner="United States"),
        fact("Fujian", "total", "growth", 7.6, "percent", Q, "7.6", E_EUUS, partner="European Union"),
        fact("Fujian", "total", "growth", -9.8, "percent", Q, "9.8", E_EUUS, partner="United States"),
        fact("Fujian", "exports", "value", 412.6e9, "CNY", Q, "412.6 billion", E_ME, product="mechanical and electrical products"),
        fact("Fujian", "exports", "growth", 13.5, "percent", Q, "13.5", E_ME, product="mechanical and electrical products"),
        fact("Fujian", "exports", "share", 43.3, "percent", Q, "43.3", E_ME, product="mechanical and electrical products"),
    ],
}
