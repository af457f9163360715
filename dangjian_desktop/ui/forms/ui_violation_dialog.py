# Generated from forms/violation_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'violation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QListView,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_ViolationDialog(object):
    def setupUi(self, ViolationDialog):
        if not ViolationDialog.objectName():
            ViolationDialog.setObjectName(u"ViolationDialog")
        ViolationDialog.resize(520, 420)
        self.rootLayout = QVBoxLayout(ViolationDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headLabel = QLabel(ViolationDialog)
        self.headLabel.setObjectName(u"headLabel")
        self.headLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.headLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dayLabel = QLabel(ViolationDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dateField = DateField(ViolationDialog)
        self.dateField.setObjectName(u"dateField")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateField)

        self.zoneLabel = QLabel(ViolationDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneCombo = QComboBox(ViolationDialog)
        self.zoneCombo.setObjectName(u"zoneCombo")
        self.zoneCombo.setEditable(True)
        self.zoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.personLabel = QLabel(ViolationDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(ViolationDialog)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.kindLabel = QLabel(ViolationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ViolationDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.textLabel = QLabel(ViolationDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(ViolationDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.rootLayout.addLayout(self.formLayout)

        self.historyList = QListWidget(ViolationDialog)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setMaximumSize(QSize(16777215, 110))
        self.historyList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.historyList.setResizeMode(QListView.ResizeMode.Adjust)
        self.historyList.setWordWrap(True)

        self.rootLayout.addWidget(self.historyList)

        self.problemLabel = QLabel(ViolationDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ViolationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dateField)
        self.zoneLabel.setBuddy(self.zoneCombo)
        self.personLabel.setBuddy(self.personCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ViolationDialog)

        QMetaObject.connectSlotsByName(ViolationDialog)
    # setupUi

    def retranslateUi(self, ViolationDialog):
        ViolationDialog.setWindowTitle(QCoreApplication.translate("ViolationDialog", u"\u8bb0\u5f55\u4e09\u8fdd", None))
        self.headLabel.setText("")
        self.dayLabel.setText(QCoreApplication.translate("ViolationDialog", u"\u53d1\u751f\u65e5\u671f", None))
        self.zoneLabel.setText(QCoreApplication.translate("ViolationDialog", u"\u8d23\u4efb\u533a", None))
        self.personLabel.setText(QCoreApplication.translate("ViolationDialog", u"\u8fdd\u7ae0\u4eba\u5458", None))
        self.kindLabel.setText(QCoreApplication.translate("ViolationDialog", u"\u7c7b\u522b", None))
        self.textLabel.setText(QCoreApplication.translate("ViolationDialog", u"\u8fdd\u7ae0\u60c5\u51b5", None))
        self.problemLabel.setText("")
    # retranslateUi

