from _fact import fact, period

A = period(2026, 4)
LEAD = ("Exports from China rose 1.8 percent from March to $322.1 billion in April 2026 "
        "and were 5.2 percent above the level of a year earlier")
IMP = "Imports reached $221.8 billion, an increase of 0.9 percent on the month and of 1.6 percent from a year before"
CNY_BAL = "The surplus in yuan terms expanded to 707.1 billion yuan in April from 682.0 billion yuan in March"

ARTICLE = {
    "id": "dJ1_06_rttnews_apr_flash",
    "title": "China's April Exports Gain 1.8% From March",
    "publisher": "RTTNews",
    "published": "2026-05-09",
    "notes": [
        "The year is stated in the text ('April 2026'); 'March' and 'Over January-April' are 2026.",
        "Headline restates the body's month-on-month export growth: labelled once.",
        "Exports: 1.8 percent 'from March' is mom; 5.2 percent 'above the level of a year earlier' is yoy.",
        "Imports: 0.9 percent 'on the month' is mom; 'of 1.6 percent from a year before' is yoy.",
        "Growth in yuan terms (exports 1.6, imports -1.9) and in dollar terms (exports 5.2, imports 1.6) are both labelled; "
        "the record has no field for the currency of a rate, so they differ only in value.",
        "'expanded to 707.1 billion yuan in April from 682.0 billion yuan in March': two balance values, April and March 2026, CNY.",
        "Checks: 322.1 - 221.8 = 100.3; 2.27 - 1.56 = 0.71 trillion ~ 707.1 billion; implied rate about 7.05 yuan per dollar.",
    ],
    "facts": [
        fact("China", "exports", "value", 322.1e9, "USD", A, "322.1 billion", LEAD),
        fact("China", "exports", "growth", 1.8, "percent", A, "1.8", LEAD, basis="mom"),
        fact("China", "exports", "growth", 5.2, "percent", A, "5.2", LEAD, basis="yoy"),
        fact("China", "imports", "growth", 0.9, "percent", A, "0.9", IMP, basis="mom"),
        fact("China", "imports", "value", 221.8e9, "USD", A, "221.8 billion", IMP),
        fact("China", "imports", "growth", 1.6, "percent", A, "1.6", IMP, basis="yoy"),
        fact("China", "balance", "value", 100.3e9, "USD", A, "100.3 billion",
             "The resulting trade surplus stood at $100.3 billion."),
        fact("China", "exports", "growth", 1.6, "percent", A, "1.6",
             "Measured in yuan, exports were 2.27 trillion yuan, up 1.6 percent year-on-year", basis="yoy"),
        fact("China", "exports", "value", 2.27e12, "CNY", A, "2.27 trillion",
             "Measured in yuan, exports were 2.27 trillion yuan, up 1.6 percent year-on-year"),
        fact("China", "imports", "growth", -1.9, "percent", A, "1.9",
             "imports were 1.56 trillion yuan, down 1.9 percent", basis="yoy"),
        fact("China", "imports", "value", 1.56e12, "CNY", A, "1.56 trillion",
             "imports were 1.56 trillion yuan, down 1.9 percent"),
        fact("China", "balance", "value", 707.1e9, "CNY", A, "707.1 billion", CNY_BAL),
        fact("China", "balance", "value", 682.0e9, "CNY", period(2026, 3), "682.0 billion", CNY_BAL),
        fact("China", "exports", "growth", 5.9, "percent", period(2026, 1, 4), "5.9",
             "Over January-April, dollar-denominated exports were up 5.9 percent.", basis="yoy"),
    ],
}
