# Generated from forms/mood_handle_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mood_handle_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_MoodHandleDialog(object):
    def setupUi(self, MoodHandleDialog):
        if not MoodHandleDialog.objectName():
            MoodHandleDialog.setObjectName(u"MoodHandleDialog")
        MoodHandleDialog.resize(720, 620)
        self.mainLayout = QVBoxLayout(MoodHandleDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(MoodHandleDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.headerLabel)

        self.historyLabel = QLabel(MoodHandleDialog)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.historyLabel)

        self.actionsTable = QTableWidget(MoodHandleDialog)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setMinimumSize(QSize(0, 130))
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.setColumnCount(4)

        self.mainLayout.addWidget(self.actionsTable)

        self.actionGroup = QGroupBox(MoodHandleDialog)
        self.actionGroup.setObjectName(u"actionGroup")
        self.actionLayout = QGridLayout(self.actionGroup)
        self.actionLayout.setObjectName(u"actionLayout")
        self.kindLabel = QLabel(self.actionGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.actionLayout.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(self.actionGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.actionLayout.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.actedLabel = QLabel(self.actionGroup)
        self.actedLabel.setObjectName(u"actedLabel")

        self.actionLayout.addWidget(self.actedLabel, 0, 2, 1, 1)

        self.actedOnField = DateField(self.actionGroup)
        self.actedOnField.setObjectName(u"actedOnField")

        self.actionLayout.addWidget(self.actedOnField, 0, 3, 1, 1)

        self.contentLabel = QLabel(self.actionGroup)
        self.contentLabel.setObjectName(u"contentLabel")

        self.actionLayout.addWidget(self.contentLabel, 1, 0, 1, 1)

        self.contentEdit = QPlainTextEdit(self.actionGroup)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMaximumSize(QSize(16777215, 70))

        self.actionLayout.addWidget(self.contentEdit, 1, 1, 1, 3)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.recordButton = QPushButton(self.actionGroup)
        self.recordButton.setObjectName(u"recordButton")

        self.actionButtons.addWidget(self.recordButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)

        self.escalateButton = QPushButton(self.actionGroup)
        self.escalateButton.setObjectName(u"escalateButton")

        self.actionButtons.addWidget(self.escalateButton)

        self.liftButton = QPushButton(self.actionGroup)
        self.liftButton.setObjectName(u"liftButton")

        self.actionButtons.addWidget(self.liftButton)


        self.actionLayout.addLayout(self.actionButtons, 2, 0, 1, 4)


        self.mainLayout.addWidget(self.actionGroup)

        self.assignLayout = QHBoxLayout()
        self.assignLayout.setObjectName(u"assignLayout")
        self.assigneeLabel = QLabel(MoodHandleDialog)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.assignLayout.addWidget(self.assigneeLabel)

        self.assigneeCombo = QComboBox(MoodHandleDialog)
        self.assigneeCombo.setObjectName(u"assigneeCombo")

        self.assignLayout.addWidget(self.assigneeCombo)

        self.assignButton = QPushButton(MoodHandleDialog)
        self.assignButton.setObjectName(u"assignButton")

        self.assignLayout.addWidget(self.assignButton)

        self.assignSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assignLayout.addItem(self.assignSpacer)


        self.mainLayout.addLayout(self.assignLayout)

        self.reportGroup = QGroupBox(MoodHandleDialog)
        self.reportGroup.setObjectName(u"reportGroup")
        self.reportLayout = QGridLayout(self.reportGroup)
        self.reportLayout.setObjectName(u"reportLayout")
        self.needsReportCheck = QCheckBox(self.reportGroup)
        self.needsReportCheck.setObjectName(u"needsReportCheck")

        self.reportLayout.addWidget(self.needsReportCheck, 0, 0, 1, 2)

        self.answerLabel = QLabel(self.reportGroup)
        self.answerLabel.setObjectName(u"answerLabel")

        self.reportLayout.addWidget(self.answerLabel, 1, 0, 1, 1)

        self.answerEdit = QLineEdit(self.reportGroup)
        self.answerEdit.setObjectName(u"answerEdit")

        self.reportLayout.addWidget(self.answerEdit, 1, 1, 1, 1)

        self.answeredOnField = DateField(self.reportGroup)
        self.answeredOnField.setObjectName(u"answeredOnField")

        self.reportLayout.addWidget(self.answeredOnField, 1, 2, 1, 1)

        self.answerButton = QPushButton(self.reportGroup)
        self.answerButton.setObjectName(u"answerButton")

        self.reportLayout.addWidget(self.answerButton, 1, 3, 1, 1)


        self.mainLayout.addWidget(self.reportGroup)

        self.errorLabel = QLabel(MoodHandleDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MoodHandleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.contentLabel.setBuddy(self.contentEdit)
        self.assigneeLabel.setBuddy(self.assigneeCombo)
        self.answerLabel.setBuddy(self.answerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoodHandleDialog)

        QMetaObject.connectSlotsByName(MoodHandleDialog)
    # setupUi

    def retranslateUi(self, MoodHandleDialog):
        MoodHandleDialog.setWindowTitle(QCoreApplication.translate("MoodHandleDialog", u"\u9884\u8b66\u5904\u7f6e", None))
        self.headerLabel.setText("")
        self.historyLabel.setText("")
        self.actionGroup.setTitle(QCoreApplication.translate("MoodHandleDialog", u"\u8bb0\u5f55\u5904\u7f6e", None))
        self.kindLabel.setText(QCoreApplication.translate("MoodHandleDialog", u"\u65b9\u5f0f\uff1a", None))
        self.actedLabel.setText(QCoreApplication.translate("MoodHandleDialog", u"\u65e5\u671f\uff1a", None))
        self.contentLabel.setText(QCoreApplication.translate("MoodHandleDialog", u"\u60c5\u51b5\uff1a", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("MoodHandleDialog", u"\u8c08\u8bdd\u3001\u5bb6\u8bbf\u3001\u5e2e\u6276\u7684\u60c5\u51b5\uff1b\u89e3\u9664\u65f6\u586b\u5199\u590d\u67e5\u7ed3\u8bba\uff1b\u5347\u7ea7\u65f6\u586b\u5199\u5347\u7ea7\u539f\u56e0", None))
        self.recordButton.setText(QCoreApplication.translate("MoodHandleDialog", u"\u8bb0\u5f55\u5904\u7f6e", None))
        self.escalateButton.setText(QCoreApplication.translate("MoodHandleDialog", u"\u5347\u7ea7\u2026", None))
        self.liftButton.setText(QCoreApplication.translate("MoodHandleDialog", u"\u89e3\u9664\u9884\u8b66\u2026", None))
        self.assigneeLabel.setText(QCoreApplication.translate("MoodHandleDialog", u"\u5904\u7f6e\u8d23\u4efb\u4eba\uff1a", None))
        self.assignButton.setText(QCoreApplication.translate("MoodHandleDialog", u"\u6307\u6d3e", None))
        self.reportGroup.setTitle(QCoreApplication.translate("MoodHandleDialog", u"\u4e0a\u62a5\u77ff\u4e0a", None))
        self.needsReportCheck.setText(QCoreApplication.translate("MoodHandleDialog", u"\u9700\u4e0a\u62a5\uff0c\u7b49\u5f85\u77ff\u4e0a\u7b54\u590d", None))
        self.answerLabel.setText(QCoreApplication.translate("MoodHandleDialog", u"\u77ff\u4e0a\u7b54\u590d\uff1a", None))
        self.answerButton.setText(QCoreApplication.translate("MoodHandleDialog", u"\u8bb0\u5f55\u7b54\u590d", None))
        self.errorLabel.setText("")
    # retranslateUi

