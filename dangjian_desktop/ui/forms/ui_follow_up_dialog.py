# Generated from forms/follow_up_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(500, 420)
        self.mainLayout = QVBoxLayout(FollowUpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.problemsLabel = QLabel(FollowUpDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setProperty(u"error", True)
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.pairLabel = QLabel(FollowUpDialog)
        self.pairLabel.setObjectName(u"pairLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pairLabel)

        self.pairText = QLabel(FollowUpDialog)
        self.pairText.setObjectName(u"pairText")
        self.pairText.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pairText)

        self.workerLabel = QLabel(FollowUpDialog)
        self.workerLabel.setObjectName(u"workerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.workerLabel)

        self.workerCombo = QComboBox(FollowUpDialog)
        self.workerCombo.setObjectName(u"workerCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.workerCombo)

        self.heldLabel = QLabel(FollowUpDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = DateField(FollowUpDialog)
        self.heldEdit.setObjectName(u"heldEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.kindLabel = QLabel(FollowUpDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(FollowUpDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.contentLabel = QLabel(FollowUpDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(FollowUpDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)
        self.contentEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.outcomeLabel = QLabel(FollowUpDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QLineEdit(FollowUpDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setMaxLength(500)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.nextLabel = QLabel(FollowUpDialog)
        self.nextLabel.setObjectName(u"nextLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nextLabel)

        self.nextEdit = DateField(FollowUpDialog)
        self.nextEdit.setObjectName(u"nextEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nextEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.spacer7 = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.spacer7)

        self.saveButton = QPushButton(FollowUpDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(FollowUpDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.workerLabel.setBuddy(self.workerCombo)
        self.heldLabel.setBuddy(self.heldEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.contentLabel.setBuddy(self.contentEdit)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
        self.nextLabel.setBuddy(self.nextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.workerCombo, self.heldEdit)
        QWidget.setTabOrder(self.heldEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.contentEdit)
        QWidget.setTabOrder(self.contentEdit, self.outcomeEdit)
        QWidget.setTabOrder(self.outcomeEdit, self.nextEdit)
        QWidget.setTabOrder(self.nextEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(FollowUpDialog)
        self.cancelButton.clicked.connect(FollowUpDialog.reject)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"\u8bb0\u5f55\u8ddf\u8fdb", None))
        self.problemsLabel.setText("")
        self.pairLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u7ed3\u5bf9", None))
        self.pairText.setText("")
        self.workerLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u804c\u5de5", None))
        self.heldLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u8ddf\u8fdb\u65e5\u671f", None))
        self.kindLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u65b9\u5f0f", None))
        self.contentLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u5185\u5bb9", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"\u5fc5\u586b\uff1a\u8c08\u4e86\u4ec0\u4e48\u3001\u6559\u4e86\u4ec0\u4e48\u3001\u63d0\u9192\u4e86\u4ec0\u4e48", None))
        self.outcomeLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u6548\u679c", None))
        self.outcomeEdit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"\u9009\u586b", None))
        self.nextLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u4e0b\u6b21\u8ddf\u8fdb", None))
#if QT_CONFIG(tooltip)
        self.nextEdit.setToolTip(QCoreApplication.translate("FollowUpDialog", u"\u4e0d\u586b\u65f6\u6309\u7ed3\u5bf9\u7684\u8ddf\u8fdb\u9891\u6b21\u81ea\u52a8\u8ba1\u7b97", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("FollowUpDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("FollowUpDialog", u"\u53d6\u6d88", None))
    # retranslateUi

