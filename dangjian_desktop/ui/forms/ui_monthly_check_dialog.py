# Generated from forms/monthly_check_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'monthly_check_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDoubleSpinBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_MonthlyCheckDialog(object):
    def setupUi(self, MonthlyCheckDialog):
        if not MonthlyCheckDialog.objectName():
            MonthlyCheckDialog.setObjectName(u"MonthlyCheckDialog")
        MonthlyCheckDialog.resize(460, 300)
        self.rootLayout = QVBoxLayout(MonthlyCheckDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.zoneLabel = QLabel(MonthlyCheckDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneCombo = QComboBox(MonthlyCheckDialog)
        self.zoneCombo.setObjectName(u"zoneCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.monthLabel = QLabel(MonthlyCheckDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthEdit = QLineEdit(MonthlyCheckDialog)
        self.monthEdit.setObjectName(u"monthEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.monthEdit)

        self.scoreLabel = QLabel(MonthlyCheckDialog)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scoreLabel)

        self.scoreSpin = QDoubleSpinBox(MonthlyCheckDialog)
        self.scoreSpin.setObjectName(u"scoreSpin")
        self.scoreSpin.setDecimals(1)
        self.scoreSpin.setMaximum(100.000000000000000)
        self.scoreSpin.setValue(90.000000000000000)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scoreSpin)

        self.noteLabel = QLabel(MonthlyCheckDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(MonthlyCheckDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.rootLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MonthlyCheckDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(MonthlyCheckDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(MonthlyCheckDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonLayout)


        self.retranslateUi(MonthlyCheckDialog)
        self.cancelButton.clicked.connect(MonthlyCheckDialog.reject)

        QMetaObject.connectSlotsByName(MonthlyCheckDialog)
    # setupUi

    def retranslateUi(self, MonthlyCheckDialog):
        MonthlyCheckDialog.setWindowTitle(QCoreApplication.translate("MonthlyCheckDialog", u"\u5f55\u5165\u6708\u8003\u6838", None))
        self.zoneLabel.setText(QCoreApplication.translate("MonthlyCheckDialog", u"\u8d23\u4efb\u533a/\u793a\u8303\u5c97", None))
        self.monthLabel.setText(QCoreApplication.translate("MonthlyCheckDialog", u"\u6708\u4efd", None))
        self.monthEdit.setPlaceholderText(QCoreApplication.translate("MonthlyCheckDialog", u"\u5982 2026-09", None))
        self.scoreLabel.setText(QCoreApplication.translate("MonthlyCheckDialog", u"\u81ea\u67e5\u5f97\u5206", None))
        self.noteLabel.setText(QCoreApplication.translate("MonthlyCheckDialog", u"\u8bf4\u660e", None))
        self.errorLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("MonthlyCheckDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("MonthlyCheckDialog", u"\u53d6\u6d88", None))
    # retranslateUi

