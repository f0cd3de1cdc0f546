"""Pagefind's Python API, with answers read as soon as the indexer sends them.

The packaged service (pagefind 1.5.2) sleeps 0.1 s before reading each answer, so
every request costs at least 0.1 s: 76 emergency records took 7.6 s. This service
reads each answer when it arrives, and fails every waiting request with the
indexer's own words if the indexer stops, instead of waiting for ever.
"""

import asyncio
import base64
import json
import logging

from pagefind.index import PagefindIndex
from pagefind.service import PagefindService

logger = logging.getLogger(__name__)


def _text(raw):
    return " ".join(raw.decode("utf-8", "replace").split())


class PagefindError(Exception):
    """Pagefind refused a request or stopped; the message is its own."""


class PromptService(PagefindService):
    async def _wait_for_responses(self):
        try:
            while True:
                raw = await self._backend.stdout.readuntil(b",")
                # Answers are base64 followed by a comma; anything before one (on
                # the same pipe) is the indexer's own text, reported as such.
                text, _, answer = raw[:-1].rpartition(b"\n")
                if text.strip():
                    logger.warning("search: Pagefind said: %s", _text(text))
                try:
                    decoded = json.loads(base64.b64decode(answer, validate=True))
                except ValueError:
                    logger.warning("search: Pagefind said: %s", _text(answer))
                    continue
                self._deliver(decoded)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            said = _text(getattr(exc, "partial", b""))
            self._fail_all(PagefindError(said or "the indexer stopped"))

    def _deliver(self, answer):
        if not answer:
            return
        payload = answer["payload"]
        message_id = answer.get("message_id")
        if message_id is None and payload.get("original_message"):
            message_id = json.loads(payload["original_message"]).get("message_id")
        future = self._responses.get(message_id)
        if future is None or future.done():
            return
        if payload["type"] == "Error":
            future.set_exception(PagefindError(payload["message"]))
        else:
            future.set_result(payload)

    def _fail_all(self, error):
        for future in self._responses.values():
            if not future.done():
                future.set_exception(error)


class PromptIndex(PagefindIndex):
    """PagefindIndex on a PromptService; `async with` writes the bundle on leaving."""

    async def _start(self):
        self._service = await PromptService().launch()
        index = await self._service.create_index(self._config)
        self._index_id = index._index_id
        return self
