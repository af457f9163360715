# Generated from forms/score_sheet_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'score_sheet_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ScoreSheetDialog(object):
    def setupUi(self, ScoreSheetDialog):
        if not ScoreSheetDialog.objectName():
            ScoreSheetDialog.setObjectName(u"ScoreSheetDialog")
        ScoreSheetDialog.resize(700, 420)
        self.rootLayout = QVBoxLayout(ScoreSheetDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.nameLabel = QLabel(ScoreSheetDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.rootLayout.addWidget(self.nameLabel)

        self.itemsTable = QTableWidget(ScoreSheetDialog)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setColumnCount(3)

        self.rootLayout.addWidget(self.itemsTable)

        self.rowButtons = QHBoxLayout()
        self.rowButtons.setObjectName(u"rowButtons")
        self.addButton = QPushButton(ScoreSheetDialog)
        self.addButton.setObjectName(u"addButton")

        self.rowButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(ScoreSheetDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.rowButtons.addWidget(self.removeButton)

        self.rowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtons.addItem(self.rowSpacer)

        self.totalLabel = QLabel(ScoreSheetDialog)
        self.totalLabel.setObjectName(u"totalLabel")

        self.rowButtons.addWidget(self.totalLabel)


        self.rootLayout.addLayout(self.rowButtons)

        self.errorLabel = QLabel(ScoreSheetDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(ScoreSheetDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ScoreSheetDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ScoreSheetDialog)
        self.cancelButton.clicked.connect(ScoreSheetDialog.reject)

        QMetaObject.connectSlotsByName(ScoreSheetDialog)
    # setupUi

    def retranslateUi(self, ScoreSheetDialog):
        ScoreSheetDialog.setWindowTitle(QCoreApplication.translate("ScoreSheetDialog", u"\u5468\u68c0\u67e5\u8bc4\u5206\u8868", None))
        self.nameLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("ScoreSheetDialog", u"\u6dfb\u52a0\u4e00\u9879", None))
        self.removeButton.setText(QCoreApplication.translate("ScoreSheetDialog", u"\u5220\u9664\u9009\u4e2d\u9879", None))
        self.totalLabel.setText("")
        self.errorLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("ScoreSheetDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("ScoreSheetDialog", u"\u53d6\u6d88", None))
    # retranslateUi

