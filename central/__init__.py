"""The central store (hall-central): the hall's record, sync server and supervision pages."""
