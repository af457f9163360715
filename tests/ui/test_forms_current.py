"""Every forms/*.ui has a committed, current generated module (pyside6-uic output)."""

from __future__ import annotations

import pytest

from dangjian_desktop.ui.forms import compile as forms

UI_FILES = forms.ui_files()


def test_there_are_forms() -> None:
    assert {"login_dialog", "first_account_dialog", "main_window", "worklist_tab"} <= {f.stem for f in UI_FILES}


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[f.stem for f in UI_FILES])
def test_generated_module_is_current(ui_file) -> None:
    target = forms.target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run python -m dangjian_desktop.ui.forms.compile {ui_file.stem}"
    committed = target.read_text(encoding="utf-8")
    assert committed.startswith(forms.header(ui_file.stem)), f"{target.name} lacks the generated-file header"
    fresh = forms.compile_text(ui_file)
    assert forms.significant(committed) == forms.significant(fresh), (
        f"{target.name} is stale: run python -m dangjian_desktop.ui.forms.compile {ui_file.stem}")


def test_check_mode_reports_a_stale_module(tmp_path, monkeypatch) -> None:
    """--check exits 1 and names the module when a .ui changed after compiling."""
    src = UI_FILES[0]
    monkeypatch.setattr(forms, "FORMS_DIR", tmp_path / "forms")
    monkeypatch.setattr(forms, "PACKAGE_DIR", tmp_path / "pkg" / "ui" / "forms")
    (tmp_path / "forms").mkdir()
    forms.PACKAGE_DIR.mkdir(parents=True)
    copy = tmp_path / "forms" / src.name
    copy.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    assert forms.main([]) == 0
    assert forms.main(["--check"]) == 0
    copy.write_text(copy.read_text(encoding="utf-8").replace("</ui>", "<!-- -->\n</ui>").replace(
        "<width>", "<width>1", 1), encoding="utf-8")
    assert forms.main(["--check"]) == 1


def test_check_mode_flags_a_module_without_its_form(tmp_path, monkeypatch, capsys) -> None:
    """A ui_*.py left behind after its .ui was renamed or removed fails --check."""
    monkeypatch.setattr(forms, "FORMS_DIR", tmp_path / "forms")
    monkeypatch.setattr(forms, "PACKAGE_DIR", tmp_path / "pkg" / "ui" / "forms")
    (tmp_path / "forms").mkdir()
    forms.PACKAGE_DIR.mkdir(parents=True)
    src = UI_FILES[0]
    (tmp_path / "forms" / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    assert forms.main([]) == 0
    assert forms.main(["--check"]) == 0
    (forms.PACKAGE_DIR / "ui_old_dialog.py").write_text(forms.header("old_dialog"), encoding="utf-8")
    assert forms.main(["--check"]) == 1
    assert "orphaned: ui/forms/ui_old_dialog.py" in capsys.readouterr().out


def test_every_generated_module_has_its_form() -> None:
    assert forms.orphans() == []
