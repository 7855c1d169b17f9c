"""What the Qt apps share: theme and elder mode, the accessibility audit, speech and captions, languages,
the app bootstrap and the bridge from a device to Qt signals. The only part of ``common`` that imports Qt."""
