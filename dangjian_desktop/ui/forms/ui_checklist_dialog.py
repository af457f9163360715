# Generated from forms/checklist_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ChecklistDialog(object):
    def setupUi(self, ChecklistDialog):
        if not ChecklistDialog.objectName():
            ChecklistDialog.setObjectName(u"ChecklistDialog")
        ChecklistDialog.resize(760, 520)
        self.rootLayout = QVBoxLayout(ChecklistDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.templateCombo = QComboBox(ChecklistDialog)
        self.templateCombo.setObjectName(u"templateCombo")
        self.templateCombo.setMinimumSize(QSize(260, 0))

        self.topLayout.addWidget(self.templateCombo)

        self.newTemplateButton = QPushButton(ChecklistDialog)
        self.newTemplateButton.setObjectName(u"newTemplateButton")

        self.topLayout.addWidget(self.newTemplateButton)

        self.topSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)


        self.rootLayout.addLayout(self.topLayout)

        self.itemTable = QTableWidget(ChecklistDialog)
        self.itemTable.setObjectName(u"itemTable")
        self.itemTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.rootLayout.addWidget(self.itemTable)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItemButton = QPushButton(ChecklistDialog)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemButtons.addWidget(self.addItemButton)

        self.upItemButton = QPushButton(ChecklistDialog)
        self.upItemButton.setObjectName(u"upItemButton")

        self.itemButtons.addWidget(self.upItemButton)

        self.removeItemButton = QPushButton(ChecklistDialog)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.itemButtons.addWidget(self.removeItemButton)

        self.itemSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)


        self.rootLayout.addLayout(self.itemButtons)

        self.problemLabel = QLabel(ChecklistDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ChecklistDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)


        self.retranslateUi(ChecklistDialog)

        QMetaObject.connectSlotsByName(ChecklistDialog)
    # setupUi

    def retranslateUi(self, ChecklistDialog):
        ChecklistDialog.setWindowTitle(QCoreApplication.translate("ChecklistDialog", u"\u5de1\u89c6\u68c0\u67e5\u8868", None))
        self.newTemplateButton.setText(QCoreApplication.translate("ChecklistDialog", u"\u65b0\u5efa\u68c0\u67e5\u8868\u2026", None))
        self.addItemButton.setText(QCoreApplication.translate("ChecklistDialog", u"\u6dfb\u52a0\u4e00\u9879", None))
        self.upItemButton.setText(QCoreApplication.translate("ChecklistDialog", u"\u4e0a\u79fb", None))
        self.removeItemButton.setText(QCoreApplication.translate("ChecklistDialog", u"\u5220\u9664\u6b64\u9879", None))
        self.problemLabel.setText("")
    # retranslateUi

