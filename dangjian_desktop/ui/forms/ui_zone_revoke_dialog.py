# Generated from forms/zone_revoke_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'zone_revoke_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_ZoneRevokeDialog(object):
    def setupUi(self, ZoneRevokeDialog):
        if not ZoneRevokeDialog.objectName():
            ZoneRevokeDialog.setObjectName(u"ZoneRevokeDialog")
        ZoneRevokeDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(ZoneRevokeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.zoneLabel = QLabel(ZoneRevokeDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")
        self.zoneLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.zoneLabel)

        self.problemsLabel = QLabel(ZoneRevokeDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(ZoneRevokeDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.revokeDate = DateField(ZoneRevokeDialog)
        self.revokeDate.setObjectName(u"revokeDate")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.revokeDate)

        self.reasonLabel = QLabel(ZoneRevokeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ZoneRevokeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.dialogButtons = QHBoxLayout()
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialogButtons.addItem(self.dialogSpacer)

        self.saveButton = QPushButton(ZoneRevokeDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.dialogButtons.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ZoneRevokeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.dialogButtons.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.revokeDate)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ZoneRevokeDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ZoneRevokeDialog)
    # setupUi

    def retranslateUi(self, ZoneRevokeDialog):
        ZoneRevokeDialog.setWindowTitle(QCoreApplication.translate("ZoneRevokeDialog", u"\u6458\u724c", None))
        self.zoneLabel.setText("")
        self.problemsLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("ZoneRevokeDialog", u"\u6458\u724c\u65e5\u671f", None))
        self.reasonLabel.setText(QCoreApplication.translate("ZoneRevokeDialog", u"\u6458\u724c\u539f\u56e0", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ZoneRevokeDialog", u"\u5fc5\u586b\uff0c\u5982\uff1a\u5b63\u8bb2\u8bc4\u6392\u540d\u672b\u4f4d\uff0c\u6389\u6807", None))
        self.saveButton.setText(QCoreApplication.translate("ZoneRevokeDialog", u"\u6458\u724c", None))
        self.cancelButton.setText(QCoreApplication.translate("ZoneRevokeDialog", u"\u53d6\u6d88", None))
    # retranslateUi

