# Generated from forms/mood_file_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mood_file_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MoodFileDialog(object):
    def setupUi(self, MoodFileDialog):
        if not MoodFileDialog.objectName():
            MoodFileDialog.setObjectName(u"MoodFileDialog")
        MoodFileDialog.resize(760, 560)
        self.mainLayout = QVBoxLayout(MoodFileDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(MoodFileDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.headerLabel)

        self.coverLayout = QHBoxLayout()
        self.coverLayout.setObjectName(u"coverLayout")
        self.coverLabel = QLabel(MoodFileDialog)
        self.coverLabel.setObjectName(u"coverLabel")
        self.coverLabel.setWordWrap(True)

        self.coverLayout.addWidget(self.coverLabel)

        self.coverSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.coverLayout.addItem(self.coverSpacer)

        self.pairingButton = QPushButton(MoodFileDialog)
        self.pairingButton.setObjectName(u"pairingButton")

        self.coverLayout.addWidget(self.pairingButton)


        self.mainLayout.addLayout(self.coverLayout)

        self.entriesLabel = QLabel(MoodFileDialog)
        self.entriesLabel.setObjectName(u"entriesLabel")

        self.mainLayout.addWidget(self.entriesLabel)

        self.entriesTable = QTableWidget(MoodFileDialog)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setColumnCount(4)

        self.mainLayout.addWidget(self.entriesTable)

        self.warningsLabel = QLabel(MoodFileDialog)
        self.warningsLabel.setObjectName(u"warningsLabel")

        self.mainLayout.addWidget(self.warningsLabel)

        self.warningsTable = QTableWidget(MoodFileDialog)
        self.warningsTable.setObjectName(u"warningsTable")
        self.warningsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warningsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.warningsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.warningsTable.setColumnCount(5)

        self.mainLayout.addWidget(self.warningsTable)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addEntryButton = QPushButton(MoodFileDialog)
        self.addEntryButton.setObjectName(u"addEntryButton")

        self.buttons.addWidget(self.addEntryButton)

        self.raiseButton = QPushButton(MoodFileDialog)
        self.raiseButton.setObjectName(u"raiseButton")

        self.buttons.addWidget(self.raiseButton)

        self.handleButton = QPushButton(MoodFileDialog)
        self.handleButton.setObjectName(u"handleButton")

        self.buttons.addWidget(self.handleButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(MoodFileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttons)


        self.retranslateUi(MoodFileDialog)

        QMetaObject.connectSlotsByName(MoodFileDialog)
    # setupUi

    def retranslateUi(self, MoodFileDialog):
        MoodFileDialog.setWindowTitle(QCoreApplication.translate("MoodFileDialog", u"\u804c\u5de5\u601d\u60f3\u52a8\u6001\u6863\u6848", None))
        self.headerLabel.setText("")
        self.coverLabel.setText("")
        self.pairingButton.setText(QCoreApplication.translate("MoodFileDialog", u"\u8c03\u6574\u5305\u4fdd\u2026", None))
        self.entriesLabel.setText(QCoreApplication.translate("MoodFileDialog", u"\u601d\u60f3\u52a8\u6001\u8bb0\u5f55", None))
        self.warningsLabel.setText(QCoreApplication.translate("MoodFileDialog", u"\u7ea2\u9ec4\u84dd\u9884\u8b66\uff08\u542b\u5df2\u89e3\u9664\u3001\u5df2\u5347\u7ea7\uff09", None))
        self.addEntryButton.setText(QCoreApplication.translate("MoodFileDialog", u"\u8bb0\u5f55\u601d\u60f3\u52a8\u6001\u2026", None))
        self.raiseButton.setText(QCoreApplication.translate("MoodFileDialog", u"\u65b0\u5efa\u9884\u8b66\u2026", None))
        self.handleButton.setText(QCoreApplication.translate("MoodFileDialog", u"\u5904\u7f6e\u6240\u9009\u9884\u8b66\u2026", None))
    # retranslateUi

