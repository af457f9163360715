# Generated from forms/guarantee_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guarantee_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_GuaranteeDialog(object):
    def setupUi(self, GuaranteeDialog):
        if not GuaranteeDialog.objectName():
            GuaranteeDialog.setObjectName(u"GuaranteeDialog")
        GuaranteeDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(GuaranteeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.problemsLabel = QLabel(GuaranteeDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setProperty(u"error", True)
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.existingCombo = QComboBox(GuaranteeDialog)
        self.existingCombo.setObjectName(u"existingCombo")

        self.mainLayout.addWidget(self.existingCombo)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.pairLabel = QLabel(GuaranteeDialog)
        self.pairLabel.setObjectName(u"pairLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pairLabel)

        self.pairText = QLabel(GuaranteeDialog)
        self.pairText.setObjectName(u"pairText")
        self.pairText.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pairText)

        self.signedLabel = QLabel(GuaranteeDialog)
        self.signedLabel.setObjectName(u"signedLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signedLabel)

        self.signedEdit = DateField(GuaranteeDialog)
        self.signedEdit.setObjectName(u"signedEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signedEdit)

        self.termStartLabel = QLabel(GuaranteeDialog)
        self.termStartLabel.setObjectName(u"termStartLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.termStartLabel)

        self.termStartEdit = DateField(GuaranteeDialog)
        self.termStartEdit.setObjectName(u"termStartEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.termStartEdit)

        self.termEndLabel = QLabel(GuaranteeDialog)
        self.termEndLabel.setObjectName(u"termEndLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.termEndLabel)

        self.termEndEdit = DateField(GuaranteeDialog)
        self.termEndEdit.setObjectName(u"termEndEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.termEndEdit)

        self.scanLabel = QLabel(GuaranteeDialog)
        self.scanLabel.setObjectName(u"scanLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scanLabel)

        self.scanLayout = QHBoxLayout()
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanText = QLabel(GuaranteeDialog)
        self.scanText.setObjectName(u"scanText")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scanText.sizePolicy().hasHeightForWidth())
        self.scanText.setSizePolicy(sizePolicy)

        self.scanLayout.addWidget(self.scanText)

        self.chooseScanButton = QPushButton(GuaranteeDialog)
        self.chooseScanButton.setObjectName(u"chooseScanButton")

        self.scanLayout.addWidget(self.chooseScanButton)

        self.openScanButton = QPushButton(GuaranteeDialog)
        self.openScanButton.setObjectName(u"openScanButton")

        self.scanLayout.addWidget(self.openScanButton)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.scanLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.spacer8 = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.spacer8)

        self.saveButton = QPushButton(GuaranteeDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(GuaranteeDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.signedLabel.setBuddy(self.signedEdit)
        self.termStartLabel.setBuddy(self.termStartEdit)
        self.termEndLabel.setBuddy(self.termEndEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.existingCombo, self.signedEdit)
        QWidget.setTabOrder(self.signedEdit, self.termStartEdit)
        QWidget.setTabOrder(self.termStartEdit, self.termEndEdit)
        QWidget.setTabOrder(self.termEndEdit, self.chooseScanButton)
        QWidget.setTabOrder(self.chooseScanButton, self.openScanButton)
        QWidget.setTabOrder(self.openScanButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(GuaranteeDialog)
        self.cancelButton.clicked.connect(GuaranteeDialog.reject)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(GuaranteeDialog)
    # setupUi

    def retranslateUi(self, GuaranteeDialog):
        GuaranteeDialog.setWindowTitle(QCoreApplication.translate("GuaranteeDialog", u"\u5b89\u5168\u8054\u4fdd\u8d23\u4efb\u4e66", None))
        self.problemsLabel.setText("")
#if QT_CONFIG(tooltip)
        self.existingCombo.setToolTip(QCoreApplication.translate("GuaranteeDialog", u"\u8fd9\u4e00\u7ed3\u5bf9\u5df2\u7b7e\u7684\u8d23\u4efb\u4e66\uff1b\u9009\u201c\u65b0\u7b7e\u4e00\u4efd\u201d\u65b0\u589e", None))
#endif // QT_CONFIG(tooltip)
        self.pairLabel.setText(QCoreApplication.translate("GuaranteeDialog", u"\u7ed3\u5bf9", None))
        self.pairText.setText("")
        self.signedLabel.setText(QCoreApplication.translate("GuaranteeDialog", u"\u7b7e\u8ba2\u65e5\u671f", None))
        self.termStartLabel.setText(QCoreApplication.translate("GuaranteeDialog", u"\u8d23\u4efb\u671f\u81ea", None))
        self.termEndLabel.setText(QCoreApplication.translate("GuaranteeDialog", u"\u8d23\u4efb\u671f\u81f3", None))
        self.scanLabel.setText(QCoreApplication.translate("GuaranteeDialog", u"\u626b\u63cf\u4ef6", None))
        self.scanText.setText(QCoreApplication.translate("GuaranteeDialog", u"\uff08\u65e0\uff09", None))
        self.chooseScanButton.setText(QCoreApplication.translate("GuaranteeDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseScanButton.setToolTip(QCoreApplication.translate("GuaranteeDialog", u"PDF \u6216\u56fe\u7247\uff08JPG\u3001PNG \u7b49\uff09\uff0c\u4e0d\u8d85\u8fc7 10 MB\uff0c\u4fdd\u5b58\u5728\u6570\u636e\u5e93\u4e2d", None))
#endif // QT_CONFIG(tooltip)
        self.openScanButton.setText(QCoreApplication.translate("GuaranteeDialog", u"\u6253\u5f00", None))
        self.saveButton.setText(QCoreApplication.translate("GuaranteeDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("GuaranteeDialog", u"\u53d6\u6d88", None))
    # retranslateUi

