# Generated from forms/hazard_status_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hazard_status_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_HazardStatusDialog(object):
    def setupUi(self, HazardStatusDialog):
        if not HazardStatusDialog.objectName():
            HazardStatusDialog.setObjectName(u"HazardStatusDialog")
        HazardStatusDialog.resize(460, 260)
        self.rootLayout = QVBoxLayout(HazardStatusDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.hazardLabel = QLabel(HazardStatusDialog)
        self.hazardLabel.setObjectName(u"hazardLabel")
        self.hazardLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.hazardLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.personLabel = QLabel(HazardStatusDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(HazardStatusDialog)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.dayLabel = QLabel(HazardStatusDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dateField = DateField(HazardStatusDialog)
        self.dateField.setObjectName(u"dateField")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateField)

        self.reasonLabel = QLabel(HazardStatusDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(HazardStatusDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.rootLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(HazardStatusDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(HazardStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.dayLabel.setBuddy(self.dateField)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HazardStatusDialog)

        QMetaObject.connectSlotsByName(HazardStatusDialog)
    # setupUi

    def retranslateUi(self, HazardStatusDialog):
        HazardStatusDialog.setWindowTitle(QCoreApplication.translate("HazardStatusDialog", u"\u6574\u6539\u5b8c\u6210", None))
        self.hazardLabel.setText("")
        self.personLabel.setText(QCoreApplication.translate("HazardStatusDialog", u"\u6574\u6539\u4eba", None))
        self.dayLabel.setText(QCoreApplication.translate("HazardStatusDialog", u"\u5b8c\u6210\u65e5\u671f", None))
        self.reasonLabel.setText(QCoreApplication.translate("HazardStatusDialog", u"\u9000\u56de\u539f\u56e0", None))
        self.problemLabel.setText("")
    # retranslateUi

