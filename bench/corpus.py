"""A generated corpus of articles for the benchmarks: deterministic, realistic length.

`write_corpus(folder, count)` copies the site's content/ into `folder` and adds `count`
articles of 600-1,100 words each, with the site's metadata (title, date, category,
tags, summary, author), headings, lists and links, drawn from a fixed seed so every
run and every machine gets the same corpus. `python bench/corpus.py DIR N` writes one.
"""

import random
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORDS = (
    "therapy", "session", "online", "client", "therapist", "video", "call", "connection",
    "privacy", "trust", "emotion", "anxiety", "stress", "sleep", "family", "work",
    "routine", "boundary", "support", "plan", "progress", "listening", "silence",
    "feedback", "schedule", "reminder", "camera", "microphone", "headphones", "room",
    "quiet", "safety", "crisis", "coping", "breathing", "journal", "reflection", "goal",
    "change", "habit", "relationship", "communication", "nonverbal", "cue", "distance",
    "comfort", "home", "travel", "time", "zone", "language", "culture", "stigma", "access",
    "cost", "flexibility", "continuity", "follow-up", "assessment",
)
TAGS = ("anxiety", "sleep", "privacy", "families", "work", "couples", "grief", "stress")
CATEGORIES = ("Online therapy", "Wellbeing", "Practice notes")


def sentence(rng, low=8, high=22):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def article(rng, number, start):
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7))).title()
    date = start + timedelta(days=number, hours=rng.randint(8, 18))
    tags = ", ".join(rng.sample(TAGS, rng.randint(1, 3)))
    lines = [
        f"Title: {title} {number}",
        f"Date: {date:%Y-%m-%d %H:%M}",
        f"Category: {rng.choice(CATEGORIES)}",
        f"Tags: {tags}",
        "Author: Dr Carla Kesrouani",
        f"Summary: {sentence(rng)}",
        "",
        paragraph(rng),
    ]
    for section in range(rng.randint(3, 5)):
        lines += ["", f"## {sentence(rng, 3, 6)[:-1]}", "", paragraph(rng), ""]
        if section % 2 == 0:
            lines += [f"- {sentence(rng, 4, 10)}" for _ in range(rng.randint(3, 5))]
        else:
            lines += [f"{paragraph(rng)} See [the emergency page]"
                      "({filename}/emergency/lb.yaml) or "
                      f"[an earlier note](https://example.org/notes/{number})."]
    return "\n".join(lines) + "\n"


def write_corpus(folder, count, seed=2026):
    """content/ plus `count` generated articles in `folder`; returns `folder`."""
    folder = Path(folder)
    shutil.copytree(ROOT / "content", folder)
    rng = random.Random(seed)
    start = datetime(2020, 1, 1)
    generated = folder / "articles" / "generated"
    generated.mkdir()
    for number in range(count):
        (generated / f"article-{number:04d}.md").write_text(article(rng, number, start),
                                                          encoding="utf-8")
    return folder


if __name__ == "__main__":
    target, count = sys.argv[1], int(sys.argv[2])
    write_corpus(target, count)
    print(f"Wrote {count} articles into {target}/articles/generated/")
