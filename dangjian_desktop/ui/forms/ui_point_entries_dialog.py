# Generated from forms/point_entries_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'point_entries_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PointEntriesDialog(object):
    def setupUi(self, PointEntriesDialog):
        if not PointEntriesDialog.objectName():
            PointEntriesDialog.setObjectName(u"PointEntriesDialog")
        PointEntriesDialog.resize(760, 520)
        self.rootLayout = QVBoxLayout(PointEntriesDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.titleLabel = QLabel(PointEntriesDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.titleLabel)

        self.entriesTable = QTableView(PointEntriesDialog)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setAlternatingRowColors(True)

        self.rootLayout.addWidget(self.entriesTable)

        self.noteLabel = QLabel(PointEntriesDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.noteLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PointEntriesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.buttonLayout)

        self.rootLayout.setStretch(1, 1)

        self.retranslateUi(PointEntriesDialog)
        self.closeButton.clicked.connect(PointEntriesDialog.accept)

        QMetaObject.connectSlotsByName(PointEntriesDialog)
    # setupUi

    def retranslateUi(self, PointEntriesDialog):
        PointEntriesDialog.setWindowTitle(QCoreApplication.translate("PointEntriesDialog", u"\u79ef\u5206\u8bb0\u5f55", None))
        self.titleLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("PointEntriesDialog", u"\u79ef\u5206\u8bb0\u5f55\u53ea\u589e\u4e0d\u6539\uff1a\u66f4\u6b63\u4ee5\u4e00\u6761\u65b0\u8bb0\u5f55\uff08\u8d1f\u6570\u4e3a\u51b2\u51cf\uff09\u8ffd\u52a0\uff0c\u6bcf\u6761\u90fd\u6ce8\u660e\u6765\u6e90\u8bb0\u5f55\u3002", None))
        self.closeButton.setText(QCoreApplication.translate("PointEntriesDialog", u"\u5173\u95ed", None))
    # retranslateUi

