# Generated from forms/hazard_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hazard_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListView, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_HazardDialog(object):
    def setupUi(self, HazardDialog):
        if not HazardDialog.objectName():
            HazardDialog.setObjectName(u"HazardDialog")
        HazardDialog.resize(640, 640)
        self.rootLayout = QVBoxLayout(HazardDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.foundLabel = QLabel(HazardDialog)
        self.foundLabel.setObjectName(u"foundLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.foundLabel)

        self.foundDate = DateField(HazardDialog)
        self.foundDate.setObjectName(u"foundDate")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.foundDate)

        self.zoneLabel = QLabel(HazardDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneCombo = QComboBox(HazardDialog)
        self.zoneCombo.setObjectName(u"zoneCombo")
        self.zoneCombo.setEditable(True)
        self.zoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.finderLabel = QLabel(HazardDialog)
        self.finderLabel.setObjectName(u"finderLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.finderLabel)

        self.finderCombo = QComboBox(HazardDialog)
        self.finderCombo.setObjectName(u"finderCombo")
        self.finderCombo.setEditable(True)
        self.finderCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.finderCombo)

        self.levelLabel = QLabel(HazardDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(HazardDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.descriptionLabel = QLabel(HazardDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(HazardDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.deptLabel = QLabel(HazardDialog)
        self.deptLabel.setObjectName(u"deptLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.deptLabel)

        self.deptEdit = QLineEdit(HazardDialog)
        self.deptEdit.setObjectName(u"deptEdit")
        self.deptEdit.setMaxLength(100)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deptEdit)

        self.responsibleLabel = QLabel(HazardDialog)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleCombo = QComboBox(HazardDialog)
        self.responsibleCombo.setObjectName(u"responsibleCombo")
        self.responsibleCombo.setEditable(True)
        self.responsibleCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.responsibleCombo)

        self.deadlineLabel = QLabel(HazardDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineDate = DateField(HazardDialog)
        self.deadlineDate.setObjectName(u"deadlineDate")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.deadlineDate)

        self.measuresLabel = QLabel(HazardDialog)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.measuresLabel)

        self.measuresEdit = QPlainTextEdit(HazardDialog)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setTabChangesFocus(True)
        self.measuresEdit.setMaximumSize(QSize(16777215, 64))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.measuresEdit)

        self.photosLabel = QLabel(HazardDialog)
        self.photosLabel.setObjectName(u"photosLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.photosLabel)

        self.photoLayout = QVBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoList = QListWidget(HazardDialog)
        self.photoList.setObjectName(u"photoList")
        self.photoList.setViewMode(QListView.ViewMode.IconMode)
        self.photoList.setIconSize(QSize(96, 72))
        self.photoList.setMovement(QListView.Movement.Static)
        self.photoList.setResizeMode(QListView.ResizeMode.Adjust)
        self.photoList.setMinimumSize(QSize(0, 110))
        self.photoList.setMaximumSize(QSize(16777215, 130))

        self.photoLayout.addWidget(self.photoList)

        self.photoButtons = QHBoxLayout()
        self.photoButtons.setObjectName(u"photoButtons")
        self.addBeforeButton = QPushButton(HazardDialog)
        self.addBeforeButton.setObjectName(u"addBeforeButton")

        self.photoButtons.addWidget(self.addBeforeButton)

        self.addAfterButton = QPushButton(HazardDialog)
        self.addAfterButton.setObjectName(u"addAfterButton")

        self.photoButtons.addWidget(self.addAfterButton)

        self.removePhotoButton = QPushButton(HazardDialog)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.photoButtons.addWidget(self.removePhotoButton)


        self.photoLayout.addLayout(self.photoButtons)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.photoLayout)


        self.rootLayout.addLayout(self.formLayout)

        self.statusLabel = QLabel(HazardDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.statusLabel)

        self.problemLabel = QLabel(HazardDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(HazardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.foundLabel.setBuddy(self.foundDate)
        self.zoneLabel.setBuddy(self.zoneCombo)
        self.finderLabel.setBuddy(self.finderCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.deptLabel.setBuddy(self.deptEdit)
        self.responsibleLabel.setBuddy(self.responsibleCombo)
        self.deadlineLabel.setBuddy(self.deadlineDate)
        self.measuresLabel.setBuddy(self.measuresEdit)
        self.photosLabel.setBuddy(self.photoList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.foundDate, self.zoneCombo)
        QWidget.setTabOrder(self.zoneCombo, self.finderCombo)
        QWidget.setTabOrder(self.finderCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.deptEdit)
        QWidget.setTabOrder(self.deptEdit, self.responsibleCombo)
        QWidget.setTabOrder(self.responsibleCombo, self.deadlineDate)
        QWidget.setTabOrder(self.deadlineDate, self.measuresEdit)

        self.retranslateUi(HazardDialog)

        QMetaObject.connectSlotsByName(HazardDialog)
    # setupUi

    def retranslateUi(self, HazardDialog):
        HazardDialog.setWindowTitle(QCoreApplication.translate("HazardDialog", u"\u767b\u8bb0\u9690\u60a3", None))
        self.foundLabel.setText(QCoreApplication.translate("HazardDialog", u"\u53d1\u73b0\u65e5\u671f", None))
        self.zoneLabel.setText(QCoreApplication.translate("HazardDialog", u"\u8d23\u4efb\u533a", None))
        self.finderLabel.setText(QCoreApplication.translate("HazardDialog", u"\u53d1\u73b0\u4eba", None))
        self.levelLabel.setText(QCoreApplication.translate("HazardDialog", u"\u9690\u60a3\u7b49\u7ea7", None))
        self.descriptionLabel.setText(QCoreApplication.translate("HazardDialog", u"\u9690\u60a3\u63cf\u8ff0", None))
        self.deptLabel.setText(QCoreApplication.translate("HazardDialog", u"\u8d23\u4efb\u90e8\u95e8", None))
        self.responsibleLabel.setText(QCoreApplication.translate("HazardDialog", u"\u8d23\u4efb\u4eba", None))
        self.deadlineLabel.setText(QCoreApplication.translate("HazardDialog", u"\u6574\u6539\u671f\u9650", None))
        self.measuresLabel.setText(QCoreApplication.translate("HazardDialog", u"\u6574\u6539\u63aa\u65bd", None))
        self.photosLabel.setText(QCoreApplication.translate("HazardDialog", u"\u7167\u7247", None))
        self.addBeforeButton.setText(QCoreApplication.translate("HazardDialog", u"\u6dfb\u52a0\u6574\u6539\u524d\u7167\u7247\u2026", None))
        self.addAfterButton.setText(QCoreApplication.translate("HazardDialog", u"\u6dfb\u52a0\u6574\u6539\u540e\u7167\u7247\u2026", None))
        self.removePhotoButton.setText(QCoreApplication.translate("HazardDialog", u"\u79fb\u9664\u7167\u7247", None))
        self.statusLabel.setText("")
        self.problemLabel.setText("")
    # retranslateUi

