"""Hall's Qt-free core: the domain, the event log and its fold, the local store and the sync client.

Nothing here imports Qt, except the ``common.ui`` package that the Qt apps share.
"""
