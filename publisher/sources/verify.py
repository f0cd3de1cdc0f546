"""`make verify-sources`: is each emergency line's number still on its source?

For every line of content/emergency/*.yaml it fetches the `source` (and the `website`,
when the source does not show the number), looks for the number in every written form
(numbers.py) and classifies the line:

  found        the number is on the page
  moved        found, at the address a permanent redirect leads to
  not found    the page answers without the number
  blocked      the site's robots.txt asks robots not to read the page
  gone         an error answer (4xx, 5xx) or no server at that name
  unreachable  no answer in time, after the retries

It writes verify-report.md and verify-report.json, prints one line, and exits 1 when a
line of kind emergency, police, ambulance, fire or crisis-line is not found.
`python -m publisher.sources.verify --help` lists the options.
"""

import argparse
import asyncio
import glob
import json
import os
import sys
from dataclasses import dataclass

import yaml

from publisher.sources.fetch import Fetcher, Options
from publisher.sources.numbers import digit_forms, find_number

# Worst first: the order of the report's tables.
CLASSES = ("gone", "unreachable", "blocked", "not found", "moved", "found")
CRITICAL = {"emergency", "police", "ambulance", "fire", "crisis-line"}


@dataclass
class Result:
    line: str          # "lb: Embrace LifeLine"
    kind: str
    phone: str
    status: str        # one of CLASSES
    checked: str       # the address looked at
    final: str         # where it led
    excerpt: str       # the text around the number, when found
    note: str          # HTTP status, redirect or problem

    @property
    def critical(self):
        return self.kind in CRITICAL and self.status not in ("found", "moved")


def lines_of(content, country=None):
    """(country code, line) for each line of the data files, or of one country."""
    pattern = f"{country.lower()}.yaml" if country else "*.yaml"
    for path in sorted(glob.glob(os.path.join(content, "emergency", pattern))):
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        for line in data.get("resources", []):
            yield data["country"], line


def classify(page, forms, letters):
    """(status, excerpt, note) of one fetched page."""
    if page.problem == "robots.txt":
        return "blocked", "", "robots.txt disallows it"
    if page.problem == "timeout":
        return "unreachable", "", "no answer in time"
    if page.problem:
        return "gone", "", page.problem.removeprefix("unreachable: ")
    if page.status >= 400:
        return "gone", "", f"HTTP {page.status}"
    excerpt = find_number(page.text, forms, letters)
    if excerpt is None:
        return "not found", "", f"HTTP {page.status}"
    moved = page.moved_permanently
    return ("moved" if moved else "found"), excerpt, (
        f"moved permanently to {page.final_url}" if moved else f"HTTP {page.status}")


async def check_line(fetcher, country, line):
    forms = digit_forms(str(line.get("phone", "")), country)
    letters = line.get("phone_letters")
    addresses = [line["source"]]
    if line.get("website") and line["website"] != line["source"]:
        addresses.append(line["website"])
    first = None
    for address in addresses:
        page = await fetcher.page(address)
        status, excerpt, note = classify(page, forms, letters)
        result = Result(f"{country.lower()}: {line['name']}", line.get("kind", ""),
                        str(line.get("phone", "")), status, address,
                        page.final_url or address, excerpt, note)
        if status in ("found", "moved"):
            return result
        first = first or result
    return first


async def check_all(lines, options, transport=None):
    fetcher = Fetcher(options, transport)
    try:
        return await asyncio.gather(*(check_line(fetcher, country, line)
                                      for country, line in lines))
    finally:
        await fetcher.close()


def summary(results):
    counts = {name: sum(r.status == name for r in results) for name in CLASSES}
    said = ", ".join(f"{counts[name]} {name}" for name in reversed(CLASSES) if counts[name])
    critical = sum(r.critical for r in results)
    return (f"Sources: {len(results)} lines checked: {said}; "
            f"{critical} emergency or crisis line{'s' if critical != 1 else ''} "
            f"to look at.")


def markdown(results):
    """The report: one table per country, the worst lines first."""
    out = ["# Emergency lines against their sources", "", summary(results), "",
           "Statuses: " + ", ".join(CLASSES[::-1]) + " (see publisher/sources/verify.py).",
           ""]
    for country in sorted({r.line.split(":")[0] for r in results}):
        rows = sorted((r for r in results if r.line.startswith(country + ":")),
                      key=lambda r: (CLASSES.index(r.status), r.line))
        out += [f"## {country.upper()}", "",
                "| line | kind | number | status | checked | final address | note | excerpt |",
                "|---|---|---|---|---|---|---|---|"]
        for r in rows:
            cells = [r.line.split(": ", 1)[1], r.kind, r.phone,
                     f"**{r.status}**" if r.critical else r.status, r.checked,
                     r.final if r.final != r.checked else "", r.note, r.excerpt]
            out.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
        out.append("")
    return "\n".join(out)


def write_report(results, folder):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "verify-report.md"), "w", encoding="utf-8") as handle:
        handle.write(markdown(results))
    with open(os.path.join(folder, "verify-report.json"), "w", encoding="utf-8") as handle:
        json.dump([{**r.__dict__, "critical": r.critical} for r in results], handle,
                  ensure_ascii=False, indent=1)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m publisher.sources.verify",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--country", help="one country's file only, e.g. lb")
    parser.add_argument("--content", default="content")
    parser.add_argument("--report", default=".", help="folder for verify-report.md/.json")
    parser.add_argument("--cache", default="cache/sources",
                        help="answers kept a day (default cache/sources)")
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--timeout", type=float, default=Options.timeout)
    parser.add_argument("--retries", type=int, default=Options.retries)
    parser.add_argument("--backoff", type=float, default=Options.backoff)
    parser.add_argument("--at-once", type=int, default=Options.at_once)
    args = parser.parse_args(argv)
    lines = list(lines_of(args.content, args.country))
    if not lines:
        print(f"verify-sources: no emergency lines for {args.country or 'any country'} "
              f"in {args.content}/emergency/", file=sys.stderr)
        return 2
    options = Options(timeout=args.timeout, retries=args.retries, backoff=args.backoff,
                      at_once=args.at_once, cache=None if args.no_cache else args.cache)
    print(f"Checking {len(lines)} lines against their sources, {options.at_once} at once...",
          flush=True)
    results = asyncio.run(check_all(lines, options))
    write_report(results, args.report)
    print(summary(results), f"Report: {os.path.join(args.report, 'verify-report.md')}")
    return 1 if any(r.critical for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
