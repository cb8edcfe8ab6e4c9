from _fact import fact, period

MAY = period(2024, 5)
APRIL = period(2024, 4)
LAST_YEAR = period(2023, 1, 12)
JAN_MAY = period(2024, 1, 5)
USA = "United States"
BOTH = "goods and services"

EVIDENCE_LEAD = "In May the deficit grew 0.8% to $75.1 billion from April's $74.5 billion, a figure revised lower"
EVIDENCE_EXPORTS = "Exports declined 0.7% from April to $261.7 billion"
EVIDENCE_CAPITAL_EXPORTS = "capital goods exports shrank by $1.2 billion to $48.9 billion"
EVIDENCE_IMPORTS = "Month on month, imports eased 0.4% to $336.8 billion"
EVIDENCE_GOODS_BALANCE = "The deficit in goods trade was up 1.1% on April at $99.5 billion"
EVIDENCE_PETROLEUM = (
    "Exports of petroleum fell to $27.8 billion, while imports of petroleum were barely changed at $21.1 billion"
)
EVIDENCE_PETROLEUM_BALANCE = "the surplus in petroleum shrank to $6.7 billion, compared with $7.5 billion in April"
EVIDENCE_CHINA_TRADE = "U.S. imports from China went up to $36.3 billion and exports to China slid to $11.5 billion"
EVIDENCE_MEXICO = (
    "With Mexico, which passed China last year to become the largest U.S. trading partner, the goods shortfall "
    "narrowed to $14.1 billion"
)
EVIDENCE_YEAR_TO_DATE = (
    "Over the first five months of the year, the trade deficit ran 5.3% above its level a year before, "
    "as exports rose 2.5% and imports 3.1%"
)

ARTICLE = {
    "id": "dU2_01_reuters_us_deficit_may",
    "title": "US trade gap edges wider in May on weaker goods shipments",
    "publisher": "Reuters",
    "published": "2024-07-03",
    "notes": [
        "Wire dateline without a year: the year (2024) comes from published; 'last year' is 2023.",
        "Headline totals (trade gap, exports, imports, January-May changes) are goods and services: product "
        "'goods and services'; goods-only figures take product null; services figures 'services'.",
        "Monthly changes are month-on-month: 'from April's ...', 'from April' (exports), 'Month on month' "
        "(imports), 'on April' (goods deficit).",
        "The deficit's growth follows its verb: 'grew 0.8%' and 'was up 1.1%' are +0.8 and +1.1.",
        "April's deficit: the revised $74.5 billion is labelled as an April observation; the superseded first "
        "estimate is not stated in the text.",
        "The April petroleum surplus ($7.5 billion, the comparison base) is a stated April observation: labelled.",
        "Changes written as money ('down $2.6 billion', 'shrank by $1.2 billion', 'declined by $1.5 billion', "
        "'widened by $2.1 billion') are left out.",
        "Mexico 'passed China last year to become the largest U.S. trading partner': rank 1 of total trade with Mexico "
        "in 2023.",
        "The China, Mexico and EU deficits are goods deficits (the text says 'goods' for China and Mexico and "
        "continues the goods frame for the EU): product null.",
        "Out of scope, unlabelled: the Reuters poll forecast ($76.2 billion), GDP growth (1.4%, 1.5%), "
        "0.65 percentage point and 'a quarter of a percentage point' of GDP, 'the second quarter in a row', "
        "'their weakest reading in over a year'.",
    ],
    "facts": [
        fact(USA, "balance", "value", -75.1e9, "USD", MAY, "75.1 billion", EVIDENCE_LEAD, product=BOTH),
        fact(USA, "balance", "growth", 0.8, "percent", MAY, "0.8", EVIDENCE_LEAD, product=BOTH, basis="mom"),
        fact(USA, "balance", "value", -74.5e9, "USD", APRIL, "74.5 billion", EVIDENCE_LEAD, product=BOTH),
        fact(USA, "exports", "growth", -0.7, "percent", MAY, "0.7", EVIDENCE_EXPORTS, product=BOTH, basis="mom"),
        fact(USA, "exports", "value", 261.7e9, "USD", MAY, "261.7 billion", EVIDENCE_EXPORTS, product=BOTH),
        fact(
            USA,
            "exports",
            "value",
            172.6e9,
            "USD",
            MAY,
            "172.6 billion",
            "Goods shipments abroad were down $2.6 billion at $172.6 billion",
        ),
        fact(
            USA,
            "exports",
            "value",
            48.9e9,
            "USD",
            MAY,
            "48.9 billion",
            EVIDENCE_CAPITAL_EXPORTS,
            product="capital goods",
        ),
        fact(
            USA,
            "exports",
            "value",
            89.1e9,
            "USD",
            MAY,
            "89.1 billion",
            "Exports of services, by contrast, hit an all-time high of $89.1 billion",
            product="services",
        ),
        fact(USA, "imports", "growth", -0.4, "percent", MAY, "0.4", EVIDENCE_IMPORTS, product=BOTH, basis="mom"),
        fact(USA, "imports", "value", 336.8e9, "USD", MAY, "336.8 billion", EVIDENCE_IMPORTS, product=BOTH),
        fact(
            USA,
            "imports",
            "value",
            272.1e9,
            "USD",
            MAY,
            "272.1 billion",
            "Purchases of foreign goods declined by $1.5 billion to $272.1 billion",
        ),
        fact(
            USA,
            "imports",
            "value",
            79.3e9,
            "USD",
            MAY,
            "79.3 billion",
            "Capital goods imports, however, reached a new high of $79.3 billion",
            product="capital goods",
        ),
        fact(USA, "balance", "growth", 1.1, "percent", MAY, "1.1", EVIDENCE_GOODS_BALANCE, basis="mom"),
        fact(USA, "balance", "value", -99.5e9, "USD", MAY, "99.5 billion", EVIDENCE_GOODS_BALANCE),
        fact(
            USA,
            "balance",
            "value",
            24.4e9,
            "USD",
            MAY,
            "24.4 billion",
            "the services surplus grew to $24.4 billion",
            product="services",
        ),
        fact(USA, "exports", "value", 27.8e9, "USD", MAY, "27.8 billion", EVIDENCE_PETROLEUM, product="petroleum"),
        fact(USA, "imports", "value", 21.1e9, "USD", MAY, "21.1 billion", EVIDENCE_PETROLEUM, product="petroleum"),
        fact(
            USA,
            "balance",
            "value",
            6.7e9,
            "USD",
            MAY,
            "6.7 billion",
            EVIDENCE_PETROLEUM_BALANCE,
            product="petroleum",
        ),
        fact(
            USA,
            "balance",
            "value",
            7.5e9,
            "USD",
            APRIL,
            "7.5 billion",
            EVIDENCE_PETROLEUM_BALANCE,
            product="petroleum",
        ),
        fact(
            USA,
            "balance",
            "value",
            -24.8e9,
            "USD",
            MAY,
            "24.8 billion",
            "With China, the goods deficit, a politically charged figure, widened by $2.1 billion to $24.8 billion",
            partner="China",
        ),
        fact(USA, "imports", "value", 36.3e9, "USD", MAY, "36.3 billion", EVIDENCE_CHINA_TRADE, partner="China"),
        fact(USA, "exports", "value", 11.5e9, "USD", MAY, "11.5 billion", EVIDENCE_CHINA_TRADE, partner="China"),
        fact(USA, "balance", "value", -14.1e9, "USD", MAY, "14.1 billion", EVIDENCE_MEXICO, partner="Mexico"),
        fact(USA, "total", "rank", 1, "number", LAST_YEAR, "largest", EVIDENCE_MEXICO, partner="Mexico"),
        fact(
            USA,
            "balance",
            "value",
            -20.7e9,
            "USD",
            MAY,
            "20.7 billion",
            "With the European Union, the deficit fell back to $20.7 billion",
            partner="European Union",
        ),
        fact(USA, "balance", "growth", 5.3, "percent", JAN_MAY, "5.3", EVIDENCE_YEAR_TO_DATE, product=BOTH),
        fact(USA, "exports", "growth", 2.5, "percent", JAN_MAY, "2.5", EVIDENCE_YEAR_TO_DATE, product=BOTH),
        fact(USA, "imports", "growth", 3.1, "percent", JAN_MAY, "3.1", EVIDENCE_YEAR_TO_DATE, product=BOTH),
    ],
}
