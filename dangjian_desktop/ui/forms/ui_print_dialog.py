# Generated from forms/print_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_dialog.ui'
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
    QFrame, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PrintDialog(object):
    def setupUi(self, PrintDialog):
        if not PrintDialog.objectName():
            PrintDialog.setObjectName(u"PrintDialog")
        PrintDialog.resize(1000, 700)
        self.mainLayout = QHBoxLayout(PrintDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.titleLabel = QLabel(PrintDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"heading", True)

        self.sideLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(PrintDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setProperty(u"muted", True)

        self.sideLayout.addWidget(self.descriptionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.branchLabel = QLabel(PrintDialog)
        self.branchLabel.setObjectName(u"branchLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branchCombo = QComboBox(PrintDialog)
        self.branchCombo.setObjectName(u"branchCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchCombo)

        self.unitLabel = QLabel(PrintDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(PrintDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.campaignLabel = QLabel(PrintDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(PrintDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.periodLabel = QLabel(PrintDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(PrintDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.paperLabel = QLabel(PrintDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(PrintDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.perSheetLabel = QLabel(PrintDialog)
        self.perSheetLabel.setObjectName(u"perSheetLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.perSheetLabel)

        self.perSheetCombo = QComboBox(PrintDialog)
        self.perSheetCombo.setObjectName(u"perSheetCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.perSheetCombo)


        self.sideLayout.addLayout(self.formLayout)

        self.countsLabel = QLabel(PrintDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.countsLabel)

        self.noticeLabel = QLabel(PrintDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"muted", True)

        self.sideLayout.addWidget(self.noticeLabel)

        self.messageLabel = QLabel(PrintDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.messageLabel)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.printButton = QPushButton(PrintDialog)
        self.printButton.setObjectName(u"printButton")

        self.sideLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.sideLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(PrintDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.sideLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.sideLayout)

        self.previewFrame = QFrame(PrintDialog)
        self.previewFrame.setObjectName(u"previewFrame")
        self.previewFrame.setMinimumSize(QSize(420, 400))
        self.previewLayout = QVBoxLayout(self.previewFrame)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.previewFrame)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.branchLabel.setBuddy(self.branchCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.perSheetLabel.setBuddy(self.perSheetCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrintDialog)

        QMetaObject.connectSlotsByName(PrintDialog)
    # setupUi

    def retranslateUi(self, PrintDialog):
        PrintDialog.setWindowTitle(QCoreApplication.translate("PrintDialog", u"\u6253\u5370", None))
        self.titleLabel.setText(QCoreApplication.translate("PrintDialog", u"\u5361\u7247", None))
        self.descriptionLabel.setText("")
        self.branchLabel.setText(QCoreApplication.translate("PrintDialog", u"\u652f\u90e8\uff1a", None))
        self.unitLabel.setText(QCoreApplication.translate("PrintDialog", u"\u533a\u961f/\u73ed\u7ec4\uff1a", None))
        self.campaignLabel.setText(QCoreApplication.translate("PrintDialog", u"\u627f\u8bfa\u6d3b\u52a8\uff1a", None))
        self.periodLabel.setText(QCoreApplication.translate("PrintDialog", u"\u671f\u95f4\uff1a", None))
        self.paperLabel.setText(QCoreApplication.translate("PrintDialog", u"\u7eb8\u5f20\uff1a", None))
        self.perSheetLabel.setText(QCoreApplication.translate("PrintDialog", u"\u6bcf\u5f20\u7eb8\uff1a", None))
        self.countsLabel.setText("")
        self.noticeLabel.setText("")
        self.messageLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("PrintDialog", u"\u6253\u5370\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PrintDialog", u"\u53e6\u5b58\u4e3aPDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PrintDialog", u"\u5173\u95ed", None))
    # retranslateUi

