# Generated from forms/supervision_note_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supervision_note_dialog.ui'
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

class Ui_SupervisionNoteDialog(object):
    def setupUi(self, SupervisionNoteDialog):
        if not SupervisionNoteDialog.objectName():
            SupervisionNoteDialog.setObjectName(u"SupervisionNoteDialog")
        SupervisionNoteDialog.resize(520, 320)
        self.rootLayout = QVBoxLayout(SupervisionNoteDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.heldLabel = QLabel(SupervisionNoteDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldField = DateField(SupervisionNoteDialog)
        self.heldField.setObjectName(u"heldField")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldField)

        self.contentLabel = QLabel(SupervisionNoteDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(SupervisionNoteDialog)
        self.contentEdit.setObjectName(u"contentEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contentEdit)


        self.rootLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SupervisionNoteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(SupervisionNoteDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(SupervisionNoteDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonLayout)


        self.retranslateUi(SupervisionNoteDialog)
        self.cancelButton.clicked.connect(SupervisionNoteDialog.reject)

        QMetaObject.connectSlotsByName(SupervisionNoteDialog)
    # setupUi

    def retranslateUi(self, SupervisionNoteDialog):
        SupervisionNoteDialog.setWindowTitle(QCoreApplication.translate("SupervisionNoteDialog", u"\u8bb0\u5f55\u65ec\u7763\u5bfc", None))
        self.heldLabel.setText(QCoreApplication.translate("SupervisionNoteDialog", u"\u7763\u5bfc\u65e5\u671f", None))
        self.contentLabel.setText(QCoreApplication.translate("SupervisionNoteDialog", u"\u7763\u5bfc\u5185\u5bb9", None))
        self.errorLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("SupervisionNoteDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("SupervisionNoteDialog", u"\u53d6\u6d88", None))
    # retranslateUi

