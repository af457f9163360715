# Generated from forms/mood_entry_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mood_entry_dialog.ui'
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

class Ui_MoodEntryDialog(object):
    def setupUi(self, MoodEntryDialog):
        if not MoodEntryDialog.objectName():
            MoodEntryDialog.setObjectName(u"MoodEntryDialog")
        MoodEntryDialog.resize(460, 320)
        self.mainLayout = QVBoxLayout(MoodEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.whoLabel = QLabel(MoodEntryDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.mainLayout.addWidget(self.whoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(MoodEntryDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.recordedOnField = DateField(MoodEntryDialog)
        self.recordedOnField.setObjectName(u"recordedOnField")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recordedOnField)

        self.categoryLabel = QLabel(MoodEntryDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(MoodEntryDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.contentLabel = QLabel(MoodEntryDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(MoodEntryDialog)
        self.contentEdit.setObjectName(u"contentEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contentEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MoodEntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MoodEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.contentLabel.setBuddy(self.contentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoodEntryDialog)

        QMetaObject.connectSlotsByName(MoodEntryDialog)
    # setupUi

    def retranslateUi(self, MoodEntryDialog):
        MoodEntryDialog.setWindowTitle(QCoreApplication.translate("MoodEntryDialog", u"\u8bb0\u5f55\u601d\u60f3\u52a8\u6001", None))
        self.whoLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("MoodEntryDialog", u"\u65e5\u671f\uff1a", None))
        self.categoryLabel.setText(QCoreApplication.translate("MoodEntryDialog", u"\u7c7b\u522b\uff1a", None))
        self.contentLabel.setText(QCoreApplication.translate("MoodEntryDialog", u"\u5185\u5bb9\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

