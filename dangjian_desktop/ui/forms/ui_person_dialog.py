# Generated from forms/person_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 560)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.problemsLabel = QLabel(PersonDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setProperty(u"error", True)
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.employeeNoLabel = QLabel(PersonDialog)
        self.employeeNoLabel.setObjectName(u"employeeNoLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.employeeNoLabel)

        self.employeeNoEdit = QLineEdit(PersonDialog)
        self.employeeNoEdit.setObjectName(u"employeeNoEdit")
        self.employeeNoEdit.setMaxLength(32)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employeeNoEdit)

        self.genderLabel = QLabel(PersonDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(PersonDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.branchLabel = QLabel(PersonDialog)
        self.branchLabel.setObjectName(u"branchLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branchCombo = QComboBox(PersonDialog)
        self.branchCombo.setObjectName(u"branchCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.branchCombo)

        self.unitLabel = QLabel(PersonDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(PersonDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.postLabel = QLabel(PersonDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postEdit = QLineEdit(PersonDialog)
        self.postEdit.setObjectName(u"postEdit")
        self.postEdit.setMaxLength(50)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.postEdit)

        self.specialPostCheck = QCheckBox(PersonDialog)
        self.specialPostCheck.setObjectName(u"specialPostCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.specialPostCheck)

        self.politicalLabel = QLabel(PersonDialog)
        self.politicalLabel.setObjectName(u"politicalLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.politicalLabel)

        self.politicalCombo = QComboBox(PersonDialog)
        self.politicalCombo.setObjectName(u"politicalCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.politicalCombo)

        self.joinedLabel = QLabel(PersonDialog)
        self.joinedLabel.setObjectName(u"joinedLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.joinedLabel)

        self.joinedLayout = QHBoxLayout()
        self.joinedLayout.setObjectName(u"joinedLayout")
        self.joinedDateEdit = DateField(PersonDialog)
        self.joinedDateEdit.setObjectName(u"joinedDateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.joinedDateEdit.sizePolicy().hasHeightForWidth())
        self.joinedDateEdit.setSizePolicy(sizePolicy)

        self.joinedLayout.addWidget(self.joinedDateEdit)

        self.joinedUnsetCheck = QCheckBox(PersonDialog)
        self.joinedUnsetCheck.setObjectName(u"joinedUnsetCheck")

        self.joinedLayout.addWidget(self.joinedUnsetCheck)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.joinedLayout)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(32)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.noteLabel = QLabel(PersonDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(PersonDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.photoTitle = QLabel(PersonDialog)
        self.photoTitle.setObjectName(u"photoTitle")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.photoTitle)

        self.photoLayout = QHBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoLabel = QLabel(PersonDialog)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(64, 80))
        self.photoLabel.setMaximumSize(QSize(64, 80))
        self.photoLabel.setFrameShape(QFrame.Shape.Box)
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.photoLayout.addWidget(self.photoLabel)

        self.photoButton = QPushButton(PersonDialog)
        self.photoButton.setObjectName(u"photoButton")
        self.photoButton.setAutoDefault(False)

        self.photoLayout.addWidget(self.photoButton)

        self.photoClearButton = QPushButton(PersonDialog)
        self.photoClearButton.setObjectName(u"photoClearButton")
        self.photoClearButton.setAutoDefault(False)

        self.photoLayout.addWidget(self.photoClearButton)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.photoLayout.addItem(self.photoSpacer)


        self.formLayout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.photoLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(PersonDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(PersonDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.employeeNoLabel.setBuddy(self.employeeNoEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.branchLabel.setBuddy(self.branchCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.postLabel.setBuddy(self.postEdit)
        self.politicalLabel.setBuddy(self.politicalCombo)
        self.joinedLabel.setBuddy(self.joinedDateEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.employeeNoEdit)
        QWidget.setTabOrder(self.employeeNoEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.branchCombo)
        QWidget.setTabOrder(self.branchCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.postEdit)
        QWidget.setTabOrder(self.postEdit, self.specialPostCheck)
        QWidget.setTabOrder(self.specialPostCheck, self.politicalCombo)
        QWidget.setTabOrder(self.politicalCombo, self.joinedDateEdit)
        QWidget.setTabOrder(self.joinedDateEdit, self.joinedUnsetCheck)
        QWidget.setTabOrder(self.joinedUnsetCheck, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(PersonDialog)
        self.cancelButton.clicked.connect(PersonDialog.reject)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"\u4eba\u5458\u4fe1\u606f", None))
        self.problemsLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"\u59d3\u540d", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u5fc5\u586b", None))
        self.employeeNoLabel.setText(QCoreApplication.translate("PersonDialog", u"\u5de5\u53f7", None))
        self.employeeNoEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u5fc5\u586b\uff0c\u5728\u540d\u518c\u4e2d\u552f\u4e00", None))
        self.genderLabel.setText(QCoreApplication.translate("PersonDialog", u"\u6027\u522b", None))
        self.branchLabel.setText(QCoreApplication.translate("PersonDialog", u"\u6240\u5c5e\u652f\u90e8", None))
        self.unitLabel.setText(QCoreApplication.translate("PersonDialog", u"\u533a\u961f/\u73ed\u7ec4", None))
        self.postLabel.setText(QCoreApplication.translate("PersonDialog", u"\u5c97\u4f4d", None))
        self.specialPostCheck.setText(QCoreApplication.translate("PersonDialog", u"\u7279\u79cd\u5c97\u4f4d", None))
        self.politicalLabel.setText(QCoreApplication.translate("PersonDialog", u"\u653f\u6cbb\u9762\u8c8c", None))
        self.joinedLabel.setText(QCoreApplication.translate("PersonDialog", u"\u5165\u515a\u65e5\u671f", None))
        self.joinedUnsetCheck.setText(QCoreApplication.translate("PersonDialog", u"\u672a\u586b", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u624b\u673a\u6216\u5ea7\u673a", None))
        self.noteLabel.setText(QCoreApplication.translate("PersonDialog", u"\u5907\u6ce8", None))
        self.photoTitle.setText(QCoreApplication.translate("PersonDialog", u"\u7167\u7247", None))
        self.photoLabel.setText(QCoreApplication.translate("PersonDialog", u"\u65e0\u7167\u7247", None))
        self.photoButton.setText(QCoreApplication.translate("PersonDialog", u"\u9009\u62e9\u7167\u7247\u2026", None))
#if QT_CONFIG(tooltip)
        self.photoButton.setToolTip(QCoreApplication.translate("PersonDialog", u"\u515a\u5458\u7167\u7247\u5370\u5728\u8d23\u4efb\u533a\u724c\u4e0a\uff08\u4eae\u8eab\u4efd\uff09\uff0c\u5b58\u4e3a\u4e0d\u8d85\u8fc7 600 \u50cf\u7d20\u7684 JPEG", None))
#endif // QT_CONFIG(tooltip)
        self.photoClearButton.setText(QCoreApplication.translate("PersonDialog", u"\u5220\u9664\u7167\u7247", None))
        self.saveButton.setText(QCoreApplication.translate("PersonDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("PersonDialog", u"\u53d6\u6d88", None))
    # retranslateUi

