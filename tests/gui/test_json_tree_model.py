"""The lazy JSON tree model: nothing is built before it is looked at; what is built is a correct Qt model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTreeView

from desktop_app.gui.models.json_tree import BATCH, JsonTreeModel


def journal(entries: int) -> dict[str, Any]:
    return {
        "practitioner": {"nationalId": "899999990017", "name": "Camille Fictive"},
        "count": entries,
        "entries": [{"id": i, "text": f"entry {i}", "tags": ["a", "b"], "ok": i % 2 == 0} for i in range(entries)],
        "note": None,
    }


def test_a_large_document_builds_only_its_top_level(qtbot: Any) -> None:
    model = JsonTreeModel(journal(50_000))
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 4  # the top level only
    assert model.built_nodes == 4
    entries = model.index(2, 0)
    assert model.data(entries) == "entries"
    assert model.hasChildren(entries)
    assert model.rowCount(entries) == 0  # not expanded: not one of the 50 000 entries exists
    assert model.data(model.index(2, 1)) == "[…] 50000 items"
    assert model.data(model.index(2, 2)) == "array"


def test_expanding_fetches_one_batch_at_a_time(qtbot: Any) -> None:
    model = JsonTreeModel(journal(1_000))
    entries = model.index(2, 0)
    assert model.canFetchMore(entries)
    model.fetchMore(entries)
    assert model.rowCount(entries) == BATCH
    assert model.built_nodes == 4 + BATCH
    first = model.index(0, 0, entries)
    assert model.data(first) == "[0]"
    assert model.parent(first) == entries
    assert model.rowCount(first) == 0 and model.hasChildren(first)
    while model.canFetchMore(entries):
        model.fetchMore(entries)
    assert model.rowCount(entries) == 1_000
    assert model.data(model.index(999, 0, entries)) == "[999]"


def test_the_view_drives_fetching_when_a_branch_is_expanded(qtbot: Any) -> None:
    model = JsonTreeModel(journal(10_000))
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    view.expand(model.index(2, 0))
    qtbot.waitUntil(lambda: model.rowCount(model.index(2, 0)) > 0, timeout=2000)
    assert model.rowCount(model.index(2, 0)) < 10_000


def test_values_types_and_scalars(qtbot: Any) -> None:
    model = JsonTreeModel({"s": "x" * 1000, "n": 1.5, "b": False, "z": None, "o": {"k": 1}})
    texts = {
        model.data(model.index(r, 0)): (model.data(model.index(r, 1)), model.data(model.index(r, 2))) for r in range(5)
    }
    assert texts["s"][0].endswith("…") and len(texts["s"][0]) < 400 and texts["s"][1] == "string"
    assert texts["n"] == ("1.5", "number")
    assert texts["b"] == ("false", "boolean")
    assert texts["z"] == ("null", "null")
    assert texts["o"] == ("{…} 1 key", "object")
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole).startswith("xxx")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Key"

    scalar = JsonTreeModel("just text")
    assert scalar.rowCount() == 1
    assert scalar.data(scalar.index(0, 1)) == "just text"
    assert JsonTreeModel([]).rowCount() == 0 and not JsonTreeModel([]).hasChildren(QModelIndex())


def test_qt_model_tester_accepts_it(qtbot: Any) -> None:
    model = JsonTreeModel(journal(600))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    entries = model.index(2, 0)
    model.fetchMore(entries)
    model.fetchMore(model.index(0, 0, entries))


def test_french_labels(qtbot: Any, french: Any) -> None:
    model = JsonTreeModel({"o": {"k": 1}, "l": [1, 2]})
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Valeur"
    assert model.data(model.index(0, 2)) == "objet"
    assert model.data(model.index(1, 1)) == "[…] 2 éléments"
