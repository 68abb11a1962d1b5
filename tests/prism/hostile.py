"""A story whose every field tries to break out of HTML and Markdown."""

from __future__ import annotations

from newsprism.prism import build_prism
from newsprism.records import Prism
from tests.prism.factory import source, story_of

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '" onmouseover="alert(2)" x=\''
#: Attribute-breaking without spaces, so that it stays a syntactically possible URL.
URL_BREAKER = '"onmouseover="alert(6)"x=\''


def hostile_prism() -> Prism:
    """Two sources with script tags and attribute-breaking quotes in titles, texts, names and URLs."""
    evil = source(
        'e"vil<1>',
        [
            (f"Officials {SCRIPT} said 1,000 people fled {ATTRIBUTE} the town.", "fled"),
            ("Click [here](javascript:alert(3)) **now** <img src=x onerror=alert(4)>.", "click"),
            (f"He said: {SCRIPT} we stay.", "stay"),
        ],
        title=(f"Breaking {SCRIPT}{ATTRIBUTE}", "title"),
        outlet=f"Outlet {SCRIPT}",
        url="javascript:alert(5)",
        published=f"2022-01-01{SCRIPT}",
        quotes=[(f"{SCRIPT} we stay", f"Mr {SCRIPT}", "Q9")],
        entities={"Officials": "Q<b>"},
    )
    fine = source(
        "ok",
        [("Officials said 1,200 people fled the town.", "fled")],
        title=("Town evacuated", "title"),
        outlet="Good Outlet",
        url=f"https://news.example/a?b=1&c={URL_BREAKER}",
        entities={"Officials": "Q<b>"},
    )
    return build_prism(story_of(evil, fine), [evil, fine])
