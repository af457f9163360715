# Generated from forms/zone_suggestion_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'zone_suggestion_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_ZoneSuggestionDialog(object):
    def setupUi(self, ZoneSuggestionDialog):
        if not ZoneSuggestionDialog.objectName():
            ZoneSuggestionDialog.setObjectName(u"ZoneSuggestionDialog")
        ZoneSuggestionDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(ZoneSuggestionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.zoneLabel = QLabel(ZoneSuggestionDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")
        self.zoneLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.zoneLabel)

        self.problemsLabel = QLabel(ZoneSuggestionDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(ZoneSuggestionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.madeDate = DateField(ZoneSuggestionDialog)
        self.madeDate.setObjectName(u"madeDate")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.madeDate)

        self.contentLabel = QLabel(ZoneSuggestionDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(ZoneSuggestionDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)
        self.contentEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.adoptedLabel = QLabel(ZoneSuggestionDialog)
        self.adoptedLabel.setObjectName(u"adoptedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adoptedLabel)

        self.adoptedCheck = QCheckBox(ZoneSuggestionDialog)
        self.adoptedCheck.setObjectName(u"adoptedCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adoptedCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.dialogButtons = QHBoxLayout()
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialogButtons.addItem(self.dialogSpacer)

        self.saveButton = QPushButton(ZoneSuggestionDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.dialogButtons.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ZoneSuggestionDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.dialogButtons.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.madeDate)
        self.contentLabel.setBuddy(self.contentEdit)
        self.adoptedLabel.setBuddy(self.adoptedCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ZoneSuggestionDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ZoneSuggestionDialog)
    # setupUi

    def retranslateUi(self, ZoneSuggestionDialog):
        ZoneSuggestionDialog.setWindowTitle(QCoreApplication.translate("ZoneSuggestionDialog", u"\u8bb0\u5408\u7406\u5316\u5efa\u8bae", None))
        self.zoneLabel.setText("")
        self.problemsLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("ZoneSuggestionDialog", u"\u63d0\u51fa\u65e5\u671f", None))
        self.contentLabel.setText(QCoreApplication.translate("ZoneSuggestionDialog", u"\u5efa\u8bae\u5185\u5bb9", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("ZoneSuggestionDialog", u"\u5fc5\u586b", None))
        self.adoptedLabel.setText(QCoreApplication.translate("ZoneSuggestionDialog", u"\u662f\u5426\u91c7\u7eb3", None))
        self.adoptedCheck.setText(QCoreApplication.translate("ZoneSuggestionDialog", u"\u5df2\u91c7\u7eb3", None))
        self.saveButton.setText(QCoreApplication.translate("ZoneSuggestionDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("ZoneSuggestionDialog", u"\u53d6\u6d88", None))
    # retranslateUi

