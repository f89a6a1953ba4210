"""A lazy Qt tree model over a parsed JSON document: only what the user expands is ever built.

An API answer can be a 5 MB document with 50 000 entries. Building one Qt item per value up front would freeze
the window for seconds and cost hundreds of megabytes; instead the model holds the parsed document (parsed on a
worker thread, never here) and creates nodes in batches when the view asks: Qt's ``canFetchMore``/``fetchMore``
protocol, which the view drives as branches are expanded and as the user scrolls to the end of a long list.
Before anything is expanded, ``rowCount`` of the root is the top level only, and at most one batch of it.

Nodes are addressed by an integer id (``QModelIndex.internalId``) rather than a Python object pointer, so the
model never depends on shiboken keeping a pointer's referent alive.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

BATCH = 200  # children created per fetch: a screenful or two, instantly
PREVIEW_CHARS = 300  # longer strings are cut in the value column (the tooltip shows more)
TOOLTIP_CHARS = 4000

KEY, VALUE, TYPE = range(3)
_Index = QModelIndex | QPersistentModelIndex


class _Node:
    """One key/value of the document; a container's children are created on demand, in order."""

    __slots__ = ("children", "key", "node_id", "parent", "row", "size", "source", "value")

    def __init__(self, node_id: int, parent: _Node | None, row: int, key: str, value: Any) -> None:
        self.node_id = node_id
        self.parent = parent
        self.row = row
        self.key = key
        self.value = value
        self.children: list[_Node] = []
        self.size = len(value) if isinstance(value, dict | list) else 0
        self.source: Iterator[tuple[str, Any]] | None = None

    def pending(self) -> int:
        return self.size - len(self.children)

    def next_items(self, count: int) -> list[tuple[str, Any]]:
        if self.source is None:
            if isinstance(self.value, dict):
                self.source = ((str(k), v) for k, v in self.value.items())
            else:
                self.source = ((f"[{i}]", v) for i, v in enumerate(self.value))
        return list(itertools.islice(self.source, count))


class JsonTreeModel(QAbstractItemModel):
    """Key, value and type columns over ``document`` (any value :func:`json.loads` returns)."""

    def __init__(self, document: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        # A scalar document is shown as one row; a container's entries are the top level.
        top = document if isinstance(document, dict | list) else {self.tr("(value)"): document}
        self._root = _Node(0, None, 0, "", top)
        self._nodes: dict[int, _Node] = {0: self._root}
        self.fetchMore(QModelIndex())  # the first screenful of the top level, before any view is attached

    # ----------------------------------------------------------------- introspection (tests, status texts)
    @property
    def built_nodes(self) -> int:
        """How many nodes exist (the root excluded): proves that the model stays lazy."""
        return len(self._nodes) - 1

    def top_level_size(self) -> int:
        return self._root.size

    # ----------------------------------------------------------------- structure
    def _node(self, index: _Index) -> _Node:
        if not index.isValid():
            return self._root
        return self._nodes[index.internalId()]

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if parent.isValid() and parent.column() != KEY:
            return QModelIndex()
        if 0 <= row < len(node.children) and 0 <= column < 3:
            return self.createIndex(row, column, node.children[row].node_id)
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._nodes[index.internalId()].parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, KEY, up.node_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != KEY:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != KEY:
            return False
        return self._node(parent).size > 0

    def canFetchMore(self, parent: _Index) -> bool:
        if parent.isValid() and parent.column() != KEY:
            return False
        return self._node(parent).pending() > 0

    def fetchMore(self, parent: _Index) -> None:
        node = self._node(parent)
        items = node.next_items(min(BATCH, node.pending()))
        if not items:
            return
        first = len(node.children)
        self.beginInsertRows(parent, first, first + len(items) - 1)
        for offset, (key, value) in enumerate(items):
            child = _Node(next(self._ids), node, first + offset, key, value)
            node.children.append(child)
            self._nodes[child.node_id] = child
        self.endInsertRows()

    # ----------------------------------------------------------------- content
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KEY:
                return node.key
            if column == VALUE:
                return self._preview(node.value, PREVIEW_CHARS)
            return self._type_name(node.value)
        if role == Qt.ItemDataRole.ToolTipRole and column == VALUE and isinstance(node.value, str):
            return self._preview(node.value, TOOLTIP_CHARS)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Key"), self.tr("Value"), self.tr("Type"))[section] if 0 <= section < 3 else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def value_at(self, index: _Index) -> Any:
        """The JSON value behind ``index`` (for « copy value »)."""
        return self._node(index).value

    def _preview(self, value: Any, limit: int) -> str:
        if isinstance(value, dict):
            count = len(value)
            return "{…} " + (self.tr("1 key") if count == 1 else self.tr("{count} keys").format(count=count))
        if isinstance(value, list):
            count = len(value)
            return "[…] " + (self.tr("1 item") if count == 1 else self.tr("{count} items").format(count=count))
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        text = str(value)
        return text if len(text) <= limit else text[:limit] + "…"

    def _type_name(self, value: Any) -> str:
        if isinstance(value, dict):
            return self.tr("object")
        if isinstance(value, list):
            return self.tr("array")
        if isinstance(value, str):
            return self.tr("string")
        if isinstance(value, bool):
            return self.tr("boolean")
        if value is None:
            return "null"
        return self.tr("number")
