# Generated from forms/mood_warning_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mood_warning_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_MoodWarningDialog(object):
    def setupUi(self, MoodWarningDialog):
        if not MoodWarningDialog.objectName():
            MoodWarningDialog.setObjectName(u"MoodWarningDialog")
        MoodWarningDialog.resize(480, 380)
        self.mainLayout = QVBoxLayout(MoodWarningDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.workerLabel = QLabel(MoodWarningDialog)
        self.workerLabel.setObjectName(u"workerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.workerLabel)

        self.workerCombo = QComboBox(MoodWarningDialog)
        self.workerCombo.setObjectName(u"workerCombo")
        self.workerCombo.setEditable(True)
        self.workerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.workerCombo)

        self.levelLabel = QLabel(MoodWarningDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(MoodWarningDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.raisedLabel = QLabel(MoodWarningDialog)
        self.raisedLabel.setObjectName(u"raisedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.raisedLabel)

        self.raisedOnField = DateField(MoodWarningDialog)
        self.raisedOnField.setObjectName(u"raisedOnField")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.raisedOnField)

        self.reasonLabel = QLabel(MoodWarningDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(MoodWarningDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.assigneeLabel = QLabel(MoodWarningDialog)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.assigneeLabel)

        self.assigneeCombo = QComboBox(MoodWarningDialog)
        self.assigneeCombo.setObjectName(u"assigneeCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.assigneeCombo)

        self.needsReportCheck = QCheckBox(MoodWarningDialog)
        self.needsReportCheck.setObjectName(u"needsReportCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.needsReportCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.limitLabel = QLabel(MoodWarningDialog)
        self.limitLabel.setObjectName(u"limitLabel")
        self.limitLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.limitLabel)

        self.errorLabel = QLabel(MoodWarningDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MoodWarningDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.workerLabel.setBuddy(self.workerCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.assigneeLabel.setBuddy(self.assigneeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoodWarningDialog)

        QMetaObject.connectSlotsByName(MoodWarningDialog)
    # setupUi

    def retranslateUi(self, MoodWarningDialog):
        MoodWarningDialog.setWindowTitle(QCoreApplication.translate("MoodWarningDialog", u"\u65b0\u5efa\u7ea2\u9ec4\u84dd\u9884\u8b66", None))
        self.workerLabel.setText(QCoreApplication.translate("MoodWarningDialog", u"\u804c\u5de5\uff1a", None))
        self.levelLabel.setText(QCoreApplication.translate("MoodWarningDialog", u"\u9884\u8b66\u7b49\u7ea7\uff1a", None))
        self.raisedLabel.setText(QCoreApplication.translate("MoodWarningDialog", u"\u9884\u8b66\u65e5\u671f\uff1a", None))
        self.reasonLabel.setText(QCoreApplication.translate("MoodWarningDialog", u"\u9884\u8b66\u539f\u56e0\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("MoodWarningDialog", u"\u53d1\u73b0\u7684\u82d7\u5934\u3001\u503e\u5411\u6027\u95ee\u9898", None))
        self.assigneeLabel.setText(QCoreApplication.translate("MoodWarningDialog", u"\u5904\u7f6e\u8d23\u4efb\u4eba\uff1a", None))
        self.needsReportCheck.setText(QCoreApplication.translate("MoodWarningDialog", u"\u9700\u4e0a\u62a5\u77ff\u4e0a\uff08\u7b49\u5f85\u7b54\u590d\uff09", None))
        self.limitLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

