"""Generated form classes: one ``ui_<stem>.py`` per Qt Designer file ``forms/<stem>.ui``.

Do not edit these modules; edit the .ui file and run ``python -m dangjian_desktop.ui.forms.compile``.
They are committed so that pytest and PyInstaller need no build step; a test checks they are current.
"""
