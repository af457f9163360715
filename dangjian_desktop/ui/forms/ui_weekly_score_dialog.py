# Generated from forms/weekly_score_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weekly_score_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_WeeklyScoreDialog(object):
    def setupUi(self, WeeklyScoreDialog):
        if not WeeklyScoreDialog.objectName():
            WeeklyScoreDialog.setObjectName(u"WeeklyScoreDialog")
        WeeklyScoreDialog.resize(640, 480)
        self.rootLayout = QVBoxLayout(WeeklyScoreDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.zoneLabel = QLabel(WeeklyScoreDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneCombo = QComboBox(WeeklyScoreDialog)
        self.zoneCombo.setObjectName(u"zoneCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.weekLabel = QLabel(WeeklyScoreDialog)
        self.weekLabel.setObjectName(u"weekLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.weekLabel)

        self.weekField = DateField(WeeklyScoreDialog)
        self.weekField.setObjectName(u"weekField")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weekField)

        self.inspectorLabel = QLabel(WeeklyScoreDialog)
        self.inspectorLabel.setObjectName(u"inspectorLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.inspectorLabel)

        self.inspectorCombo = QComboBox(WeeklyScoreDialog)
        self.inspectorCombo.setObjectName(u"inspectorCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inspectorCombo)


        self.rootLayout.addLayout(self.formLayout)

        self.itemsTable = QTableWidget(WeeklyScoreDialog)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setColumnCount(3)

        self.rootLayout.addWidget(self.itemsTable)

        self.totalLabel = QLabel(WeeklyScoreDialog)
        self.totalLabel.setObjectName(u"totalLabel")

        self.rootLayout.addWidget(self.totalLabel)

        self.noteLabel = QLabel(WeeklyScoreDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(WeeklyScoreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(WeeklyScoreDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(WeeklyScoreDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonLayout)


        self.retranslateUi(WeeklyScoreDialog)
        self.cancelButton.clicked.connect(WeeklyScoreDialog.reject)

        QMetaObject.connectSlotsByName(WeeklyScoreDialog)
    # setupUi

    def retranslateUi(self, WeeklyScoreDialog):
        WeeklyScoreDialog.setWindowTitle(QCoreApplication.translate("WeeklyScoreDialog", u"\u5f55\u5165\u5468\u68c0\u67e5\u8bc4\u5206", None))
        self.zoneLabel.setText(QCoreApplication.translate("WeeklyScoreDialog", u"\u8d23\u4efb\u533a/\u793a\u8303\u5c97", None))
        self.weekLabel.setText(QCoreApplication.translate("WeeklyScoreDialog", u"\u68c0\u67e5\u5468\uff08\u4efb\u9009\u5176\u4e2d\u4e00\u5929\uff09", None))
        self.inspectorLabel.setText(QCoreApplication.translate("WeeklyScoreDialog", u"\u68c0\u67e5\u4eba", None))
        self.totalLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("WeeklyScoreDialog", u"\u6bcf\u540d\u68c0\u67e5\u4eba\u5bf9\u6bcf\u4e2a\u8d23\u4efb\u533a\u6bcf\u5468\u53ea\u8bc4\u4e00\u6b21\uff1b\u8bc4\u5206\u6c47\u603b\u540e\u624d\u663e\u793a\uff0c\u4e0d\u663e\u793a\u8c01\u6253\u4e86\u591a\u5c11\u5206\u3002", None))
        self.errorLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("WeeklyScoreDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("WeeklyScoreDialog", u"\u53d6\u6d88", None))
    # retranslateUi

