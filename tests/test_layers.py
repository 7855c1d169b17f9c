"""The design's layers: the core (``common`` outside ``common/ui``) and the central store never import Qt,
directly or through another module of ours. Widgets hold no business rules, so the rules run headless."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).parent.parent
QT_FREE = ("common", "central")
FORBIDDEN = ("PySide6", "qasync", "kiosk", "window_client", "common.ui")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    graph = {}
    for package in ("common", "central", "kiosk", "window_client"):
        for path in (ROOT / package).rglob("*.py"):
            graph[_module_name(path)] = _imports(path)
    return graph


def _is(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def test_the_core_and_the_central_store_never_reach_qt() -> None:
    graph = _graph()
    roots = [m for m in graph if any(_is(m, p) for p in QT_FREE) and not _is(m, "common.ui")]
    assert roots, "no modules found: the test is looking in the wrong place"
    for root in roots:
        seen: set[str] = set()
        stack = [(root, (root,))]
        while stack:
            module, path = stack.pop()
            for imported in graph.get(module, set()):
                bad = next((f for f in FORBIDDEN if _is(imported, f)), None)
                assert bad is None, f"{' -> '.join((*path, imported))} reaches {bad}"
                if imported in graph and imported not in seen:
                    seen.add(imported)
                    stack.append((imported, (*path, imported)))


def test_the_layer_check_would_notice_a_qt_import(tmp_path: Path) -> None:
    """The check above must be able to fail: a module importing PySide6 is seen."""
    module = tmp_path / "m.py"
    module.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(module)
