# Generated from forms/hardship_plan_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hardship_plan_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_HardshipPlanDialog(object):
    def setupUi(self, HardshipPlanDialog):
        if not HardshipPlanDialog.objectName():
            HardshipPlanDialog.setObjectName(u"HardshipPlanDialog")
        HardshipPlanDialog.resize(520, 460)
        self.mainLayout = QVBoxLayout(HardshipPlanDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.problemsLabel = QLabel(HardshipPlanDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setProperty(u"error", True)
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.workerLabel = QLabel(HardshipPlanDialog)
        self.workerLabel.setObjectName(u"workerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.workerLabel)

        self.workerCombo = QComboBox(HardshipPlanDialog)
        self.workerCombo.setObjectName(u"workerCombo")
        self.workerCombo.setEditable(True)
        self.workerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.workerCombo)

        self.memberLabel = QLabel(HardshipPlanDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(HardshipPlanDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.openedLabel = QLabel(HardshipPlanDialog)
        self.openedLabel.setObjectName(u"openedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.openedLabel)

        self.openedEdit = DateField(HardshipPlanDialog)
        self.openedEdit.setObjectName(u"openedEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.openedEdit)

        self.targetLabel = QLabel(HardshipPlanDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetEdit = DateField(HardshipPlanDialog)
        self.targetEdit.setObjectName(u"targetEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.targetEdit)

        self.situationLabel = QLabel(HardshipPlanDialog)
        self.situationLabel.setObjectName(u"situationLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.situationLabel)

        self.situationEdit = QPlainTextEdit(HardshipPlanDialog)
        self.situationEdit.setObjectName(u"situationEdit")
        self.situationEdit.setTabChangesFocus(True)
        self.situationEdit.setMinimumSize(QSize(0, 60))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.situationEdit)

        self.stepsLabel = QLabel(HardshipPlanDialog)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.stepsLabel)

        self.stepsEdit = QPlainTextEdit(HardshipPlanDialog)
        self.stepsEdit.setObjectName(u"stepsEdit")
        self.stepsEdit.setTabChangesFocus(True)
        self.stepsEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.stepsEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.spacer10 = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.spacer10)

        self.saveButton = QPushButton(HardshipPlanDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(HardshipPlanDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.workerLabel.setBuddy(self.workerCombo)
        self.memberLabel.setBuddy(self.memberCombo)
        self.openedLabel.setBuddy(self.openedEdit)
        self.targetLabel.setBuddy(self.targetEdit)
        self.situationLabel.setBuddy(self.situationEdit)
        self.stepsLabel.setBuddy(self.stepsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.workerCombo, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.openedEdit)
        QWidget.setTabOrder(self.openedEdit, self.targetEdit)
        QWidget.setTabOrder(self.targetEdit, self.situationEdit)
        QWidget.setTabOrder(self.situationEdit, self.stepsEdit)
        QWidget.setTabOrder(self.stepsEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(HardshipPlanDialog)
        self.cancelButton.clicked.connect(HardshipPlanDialog.reject)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(HardshipPlanDialog)
    # setupUi

    def retranslateUi(self, HardshipPlanDialog):
        HardshipPlanDialog.setWindowTitle(QCoreApplication.translate("HardshipPlanDialog", u"\u56f0\u96be\u804c\u5de5\u5e2e\u6276\u8ba1\u5212", None))
        self.problemsLabel.setText("")
        self.workerLabel.setText(QCoreApplication.translate("HardshipPlanDialog", u"\u5e2e\u6276\u804c\u5de5", None))
        self.memberLabel.setText(QCoreApplication.translate("HardshipPlanDialog", u"\u5e2e\u6276\u515a\u5458", None))
        self.openedLabel.setText(QCoreApplication.translate("HardshipPlanDialog", u"\u5f00\u59cb\u65e5\u671f", None))
        self.targetLabel.setText(QCoreApplication.translate("HardshipPlanDialog", u"\u8ba1\u5212\u8131\u56f0", None))
        self.situationLabel.setText(QCoreApplication.translate("HardshipPlanDialog", u"\u56f0\u96be\u60c5\u51b5", None))
        self.stepsLabel.setText(QCoreApplication.translate("HardshipPlanDialog", u"\u8131\u56f0\u65f6\u95f4\u8868", None))
        self.stepsEdit.setPlaceholderText(QCoreApplication.translate("HardshipPlanDialog", u"\u6bcf\u884c\u4e00\u4e2a\u6b65\u9aa4\uff0c\u65e5\u671f\u5728\u524d\uff1a\n"
"2026-12-15 \u7533\u8bf7\u56f0\u96be\u8865\u52a9\n"
"2027-01-31 \u8054\u7cfb\u533b\u7597\u6551\u52a9", None))
        self.saveButton.setText(QCoreApplication.translate("HardshipPlanDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("HardshipPlanDialog", u"\u53d6\u6d88", None))
    # retranslateUi

