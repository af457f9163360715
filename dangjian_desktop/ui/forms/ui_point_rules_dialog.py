# Generated from forms/point_rules_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'point_rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_PointRulesDialog(object):
    def setupUi(self, PointRulesDialog):
        if not PointRulesDialog.objectName():
            PointRulesDialog.setObjectName(u"PointRulesDialog")
        PointRulesDialog.resize(760, 640)
        self.rootLayout = QVBoxLayout(PointRulesDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rulesTable = QTableView(PointRulesDialog)
        self.rulesTable.setObjectName(u"rulesTable")
        self.rulesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rulesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rulesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rulesTable.setAlternatingRowColors(True)
        self.rulesTable.setWordWrap(False)

        self.rootLayout.addWidget(self.rulesTable)

        self.editBox = QGroupBox(PointRulesDialog)
        self.editBox.setObjectName(u"editBox")
        self.editLayout = QFormLayout(self.editBox)
        self.editLayout.setObjectName(u"editLayout")
        self.itemLabel = QLabel(self.editBox)
        self.itemLabel.setObjectName(u"itemLabel")

        self.editLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemLabel)

        self.itemEdit = QLineEdit(self.editBox)
        self.itemEdit.setObjectName(u"itemEdit")
        self.itemEdit.setMaxLength(100)

        self.editLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemEdit)

        self.pointsLabel = QLabel(self.editBox)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.editLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.pointsSpin = QDoubleSpinBox(self.editBox)
        self.pointsSpin.setObjectName(u"pointsSpin")
        self.pointsSpin.setDecimals(2)
        self.pointsSpin.setMinimum(-1000.000000000000000)
        self.pointsSpin.setMaximum(1000.000000000000000)
        self.pointsSpin.setSingleStep(0.500000000000000)

        self.editLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pointsSpin)

        self.capLabel = QLabel(self.editBox)
        self.capLabel.setObjectName(u"capLabel")

        self.editLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.capLabel)

        self.capLayout = QHBoxLayout()
        self.capLayout.setObjectName(u"capLayout")
        self.capSpin = QDoubleSpinBox(self.editBox)
        self.capSpin.setObjectName(u"capSpin")
        self.capSpin.setDecimals(2)
        self.capSpin.setMaximum(9999.000000000000000)

        self.capLayout.addWidget(self.capSpin)

        self.capPeriodCombo = QComboBox(self.editBox)
        self.capPeriodCombo.setObjectName(u"capPeriodCombo")

        self.capLayout.addWidget(self.capPeriodCombo)

        self.capSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.capLayout.addItem(self.capSpacer)


        self.editLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.capLayout)

        self.evidenceCheck = QCheckBox(self.editBox)
        self.evidenceCheck.setObjectName(u"evidenceCheck")

        self.editLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.evidenceCheck)

        self.activeCheck = QCheckBox(self.editBox)
        self.activeCheck.setObjectName(u"activeCheck")

        self.editLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.rootLayout.addWidget(self.editBox)

        self.noteLabel = QLabel(PointRulesDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(PointRulesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(PointRulesDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(PointRulesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.buttonLayout)

        self.rootLayout.setStretch(0, 1)

        self.retranslateUi(PointRulesDialog)
        self.closeButton.clicked.connect(PointRulesDialog.accept)

        QMetaObject.connectSlotsByName(PointRulesDialog)
    # setupUi

    def retranslateUi(self, PointRulesDialog):
        PointRulesDialog.setWindowTitle(QCoreApplication.translate("PointRulesDialog", u"\u79ef\u5206\u89c4\u5219", None))
        self.editBox.setTitle(QCoreApplication.translate("PointRulesDialog", u"\u4fee\u6539\u9009\u4e2d\u7684\u89c4\u5219", None))
        self.itemLabel.setText(QCoreApplication.translate("PointRulesDialog", u"\u79ef\u5206\u9879\u76ee", None))
        self.pointsLabel.setText(QCoreApplication.translate("PointRulesDialog", u"\u5206\u503c\uff08\u6263\u5206\u4e3a\u8d1f\uff09", None))
        self.capLabel.setText(QCoreApplication.translate("PointRulesDialog", u"\u6bcf\u671f\u4e0a\u9650\uff080 \u4e3a\u4e0d\u8bbe\u4e0a\u9650\uff09", None))
        self.evidenceCheck.setText(QCoreApplication.translate("PointRulesDialog", u"\u987b\u6709\u4f50\u8bc1\u6750\u6599", None))
        self.activeCheck.setText(QCoreApplication.translate("PointRulesDialog", u"\u542f\u7528\uff08\u505c\u7528\u540e\u4e0d\u518d\u8ba1\u5206\uff0c\u5df2\u6709\u8bb0\u5f55\u4fdd\u7559\uff09", None))
        self.noteLabel.setText(QCoreApplication.translate("PointRulesDialog", u"\u4fee\u6539\u5206\u503c\u6216\u4e0a\u9650\u540e\uff0c\u79ef\u5206\u8bb0\u5f55\u6309\u65b0\u89c4\u5219\u8ffd\u52a0\u66f4\u6b63\u8bb0\u5f55\uff08\u539f\u8bb0\u5f55\u4e0d\u6539\u4e0d\u5220\uff09\u3002", None))
        self.errorLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("PointRulesDialog", u"\u4fdd\u5b58\u4fee\u6539", None))
        self.closeButton.setText(QCoreApplication.translate("PointRulesDialog", u"\u5173\u95ed", None))
    # retranslateUi

