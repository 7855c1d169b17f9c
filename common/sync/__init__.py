"""Offline-first sync with the central store: push the outbox, pull to the head, wake on the stream.

asyncio and one ``httpx.AsyncClient``; runs inside Qt through qasync or in plain asyncio.
The protocol is described in ``docs/sync-protocol.md``.
"""
