"""`make confirm LINE="lb: Embrace LifeLine" BY="called the line"`: the practice has
checked a line itself; today's date and how go into its YAML as `confirmed` and
`confirmed_by`, and every other byte of the file stays as it was (ruamel.yaml's
round trip keeps the comments, the order and the quoting). The hub then says
"Confirmed on <date>" and the line no longer counts as old."""

import argparse
import datetime
import os
import sys
from zoneinfo import ZoneInfo

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString


class ConfirmError(Exception):
    """The line cannot be confirmed as asked; the message says why, in one line."""


def confirm(content, line, by, today):
    """Write confirmed/confirmed_by into the line named "cc: Name"; returns its file."""
    code, _, name = line.partition(":")
    code, name, by = code.strip().lower(), name.strip(), " ".join(by.split())
    if not code or not name:
        raise ConfirmError(f'LINE="{line}": expected a country code and a name, '
                           'e.g. LINE="lb: Embrace LifeLine"')
    if not by:
        raise ConfirmError('BY="...": say how the line was confirmed, '
                           'e.g. BY="called the line"')
    path = os.path.join(content, "emergency", f"{code}.yaml")
    if not os.path.exists(path):
        raise ConfirmError(f"{path}: no such file; the country codes are the file names")
    yaml = YAML()  # round trip
    yaml.preserve_quotes = True
    yaml.width = 4096  # never folds a long line that was not folded
    yaml.indent(mapping=2, sequence=4, offset=2)  # "  - name:", as the files are written
    yaml.representer.add_representer(type(None), lambda r, _: r.represent_scalar(
        "tag:yaml.org,2002:null", "null"))
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle)
    names = [entry.get("name") for entry in data.get("resources", [])]
    if name not in names:
        raise ConfirmError(f"{path}: no line named {name!r}; the names: {', '.join(names)}")
    entry = data["resources"][names.index(name)]
    values = {"confirmed": DoubleQuotedScalarString(today.isoformat()),
              "confirmed_by": DoubleQuotedScalarString(by)}
    for key, value in values.items():
        if key in entry:
            entry[key] = value
        else:  # after source_date, where a reader looks for how old the source is
            keys = list(entry)
            at = keys.index("source_date") + 1 if "source_date" in keys else len(keys)
            entry.insert(at + list(values).index(key), key, value)
    with open(path, "w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m publisher.sources.confirm",
                                     description=__doc__)
    parser.add_argument("--line", required=True, help='"lb: Embrace LifeLine"')
    parser.add_argument("--by", required=True, help='"called the line"')
    parser.add_argument("--content", default="content")
    parser.add_argument("--timezone", default="Asia/Beirut", help="whose today it is")
    args = parser.parse_args(argv)
    today = datetime.datetime.now(ZoneInfo(args.timezone)).date()
    try:
        path = confirm(args.content, args.line, args.by, today)
    except ConfirmError as problem:
        print(f"confirm: {problem}", file=sys.stderr)
        return 1
    print(f"Confirmed {args.line.strip()} on {today.isoformat()} in {path}; "
          f"git add {path}, commit and push to publish it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
