"""Pagefind's Python API, with two faults of the packaged service (pagefind 1.5.2) worked
around.

- It sleeps 0.1 s before reading each answer, so every request costs at least 0.1 s:
  76 emergency records took 7.6 s. This service reads each answer when it arrives,
  and fails every waiting request with the indexer's own words if the indexer stops.
- The indexer answers "files written" while its last writes are still under way, and
  the packaged service then stops it at once: on a busy machine about one run in 40
  left a file empty or cut short. Here writing waits until the bundle's files stop
  growing, and the indexer is left to exit on its own.
"""

import asyncio
import base64
import json
import logging
import os

from pagefind.index import PagefindIndex
from pagefind.service import PagefindService

logger = logging.getLogger(__name__)


def _text(raw):
    return " ".join(raw.decode("utf-8", "replace").split())


class PagefindError(Exception):
    """Pagefind refused a request or stopped; the message is its own."""


class PromptService(PagefindService):
    _stopped = PagefindError("the indexer stopped")  # its last words, once it has

    async def send(self, payload):
        """The packaged request; when the indexer has already exited, writing to it fails
        with "Connection lost" before its last words are read. Then wait until they are
        (the reader fails this request with them) and raise those instead."""
        try:
            return await super().send(payload)
        except (ConnectionResetError, BrokenPipeError):
            await asyncio.wait_for(asyncio.shield(self._poll_task), timeout=30)
            self._fail_all(self._stopped)  # the reader may have ended before this request
            return await self._responses[self._message_id]

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
            self._stopped = PagefindError(said or "the indexer stopped")
            self._fail_all(self._stopped)

    async def close(self):
        """Let the indexer finish and leave on its own: it may still be writing the
        bundle after it answered (stopped at once, it left empty files under load)."""
        await asyncio.wait_for(asyncio.gather(*self._responses.values()), timeout=30)
        self._backend.stdin.close()
        try:
            await asyncio.wait_for(self._backend.wait(), timeout=30)
        finally:
            self._poll_task.cancel()
            if self._backend.returncode is None:
                self._backend.terminate()
                await self._backend.wait()

    async def stop(self):
        """End the indexer after a failure, with its pipes closed while the event loop
        still runs (asyncio complains of pipes it collects after the loop has closed)."""
        self._poll_task.cancel()
        self._backend.stdin.close()
        if self._backend.returncode is None:
            self._backend.kill()
        await self._backend.wait()
        await asyncio.sleep(0)  # the pipes' closing callbacks

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

    async def write_files(self, output_path=None):
        await super().write_files(output_path)
        await _settled(output_path or self._config["output_path"])

    async def _start(self):
        self._service = await PromptService().launch()
        try:
            index = await self._service.create_index(self._config)
        except BaseException:
            await self._service.stop()
            raise
        self._index_id = index._index_id
        return self


async def _settled(folder, interval=0.05, limit=10.0):
    """Wait until no file under `folder` has changed size for two looks in a row."""
    def sizes():
        return {os.path.join(root, name): os.path.getsize(os.path.join(root, name))
                for root, _, names in os.walk(folder) for name in names}

    calm, last, waited = 0, sizes(), 0.0
    while calm < 2 and waited < limit:
        await asyncio.sleep(interval)
        waited += interval
        now = sizes()
        calm = calm + 1 if now == last else 0
        last = now
