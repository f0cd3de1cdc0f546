"""Fetching a source page politely: a bounded number at once, an honest User-Agent,
robots.txt respected, timeouts, retries with backoff, redirects followed and recorded,
and each answer kept for a day so a rerun asks nothing again."""

import asyncio
import hashlib
import io
import json
import os
import time
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx
from bs4 import BeautifulSoup
from pypdf import PdfReader

USER_AGENT = ("carla-kesrouani-site-source-check/1.0 (checks that the site's emergency "
              "numbers still appear on their sources; one request per page a month)")
PERMANENT = {301, 308}


@dataclass
class Page:
    """What one address gave: the final address, the redirects on the way, the HTTP
    status (None if no answer), the page's text, and why there was none."""

    url: str
    final_url: str = ""
    redirects: list = field(default_factory=list)  # [(status, from, to)]
    status: int | None = None
    text: str = ""
    problem: str = ""      # "timeout", "unreachable: ...", "robots.txt", or ""

    @property
    def moved_permanently(self):
        return any(status in PERMANENT for status, _, _ in self.redirects)


@dataclass
class Options:
    timeout: float = 20.0      # seconds for each request
    retries: int = 2           # more tries after a timeout or a 5xx answer
    backoff: float = 2.0       # seconds before the first retry, doubled each time
    at_once: int = 8           # requests in flight
    cache: str | None = None   # a folder for answers kept a day; None: none kept
    max_age: float = 86400.0


def text_of(content, content_type):
    """The readable text of an HTML page or a PDF."""
    if "pdf" in content_type or content[:5] == b"%PDF-":
        reader = PdfReader(io.BytesIO(content))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    soup = BeautifulSoup(content, "html.parser")
    for hidden in soup(["script", "style", "noscript"]):
        hidden.decompose()
    return soup.get_text(" ")


class Fetcher:
    def __init__(self, options, transport=None):
        self.options = options
        self.slots = asyncio.Semaphore(options.at_once)
        self.robots = {}   # origin -> the task reading its robots.txt
        self.pages = {}    # address -> the task fetching it: each asked once a run
        self.client = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT}, follow_redirects=False,
            timeout=options.timeout, transport=transport)

    async def close(self):
        await self.client.aclose()

    def page(self, url):
        """The Page at `url` (awaitable); lines sharing a source share one request."""
        if url not in self.pages:
            self.pages[url] = asyncio.ensure_future(self._page(url))
        return self.pages[url]

    async def _page(self, url):
        cached = self._cached(url)
        if cached:
            return cached
        page = Page(url)
        if not await self._allowed(url):
            page.problem = "robots.txt"
        else:
            async with self.slots:
                await self._fetch(page)
        self._keep(page)
        return page

    async def _fetch(self, page):
        url = page.url
        for _ in range(10):  # redirects followed, each recorded
            response = await self._get(url, page)
            if response is None:
                return
            if response.is_redirect and "location" in response.headers:
                target = str(response.url.join(response.headers["location"]))
                page.redirects.append((response.status_code, url, target))
                url = target
                continue
            page.final_url, page.status = url, response.status_code
            if response.status_code < 400:
                page.text = text_of(response.content, response.headers.get("content-type", ""))
            return
        page.problem = "unreachable: too many redirects"

    async def _get(self, url, page):
        """The answer to GET url after retries, or None with page.problem set."""
        wait = self.options.backoff
        for attempt in range(self.options.retries + 1):
            try:
                response = await self.client.get(url)
            except httpx.TimeoutException:
                page.problem = "timeout"
            except httpx.HTTPError as error:
                said = " ".join(str(error).split()) or type(error).__name__
                page.problem = f"unreachable: {said}"
                return None  # a wrong name or a refused connection is not worth a retry
            else:
                if response.status_code < 500 or attempt == self.options.retries:
                    page.problem = ""
                    return response
            await asyncio.sleep(wait)
            wait *= 2
        return None

    async def _allowed(self, url):
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.robots:
            self.robots[origin] = asyncio.ensure_future(self._robots(origin))
        return (await self.robots[origin]).can_fetch(USER_AGENT, url)

    async def _robots(self, origin):
        rules = RobotFileParser()
        try:
            async with self.slots:
                response = await self.client.get(origin + "/robots.txt")
            rules.parse(response.text.splitlines() if response.status_code == 200 else [])
        except httpx.HTTPError:
            rules.parse([])  # none readable: nothing is disallowed
        return rules

    def _path(self, url):
        digest = hashlib.sha256(url.encode()).hexdigest()[:24]
        return os.path.join(self.options.cache, f"{digest}.json")

    def _cached(self, url):
        if not self.options.cache or not os.path.exists(self._path(url)):
            return None
        with open(self._path(url), encoding="utf-8") as handle:
            kept = json.load(handle)
        if time.time() - kept["at"] > self.options.max_age:
            return None
        page = Page(**kept["page"])
        page.redirects = [tuple(r) for r in page.redirects]
        return page

    def _keep(self, page):
        if not self.options.cache or page.problem == "timeout":
            return
        os.makedirs(self.options.cache, exist_ok=True)
        with open(self._path(page.url), "w", encoding="utf-8") as handle:
            json.dump({"at": time.time(), "page": asdict(page)}, handle)
