# Generated from forms/inspection_plan_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspection_plan_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_InspectionPlanDialog(object):
    def setupUi(self, InspectionPlanDialog):
        if not InspectionPlanDialog.objectName():
            InspectionPlanDialog.setObjectName(u"InspectionPlanDialog")
        InspectionPlanDialog.resize(720, 600)
        self.rootLayout = QVBoxLayout(InspectionPlanDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel2 = QLabel(InspectionPlanDialog)
        self.titleLabel2.setObjectName(u"titleLabel2")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel2)

        self.titleEdit = QLineEdit(InspectionPlanDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.plannedLabel = QLabel(InspectionPlanDialog)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.plannedLabel)

        self.plannedDate = DateField(InspectionPlanDialog)
        self.plannedDate.setObjectName(u"plannedDate")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.plannedDate)

        self.branchLabel = QLabel(InspectionPlanDialog)
        self.branchLabel.setObjectName(u"branchLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branchCombo = QComboBox(InspectionPlanDialog)
        self.branchCombo.setObjectName(u"branchCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.branchCombo)

        self.templateLabel = QLabel(InspectionPlanDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(InspectionPlanDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.templateCombo)


        self.rootLayout.addLayout(self.formLayout)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.membersLayout = QVBoxLayout()
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersLabel = QLabel(InspectionPlanDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.membersLayout.addWidget(self.membersLabel)

        self.memberPickLayout = QHBoxLayout()
        self.memberPickLayout.setObjectName(u"memberPickLayout")
        self.memberFilterEdit = QLineEdit(InspectionPlanDialog)
        self.memberFilterEdit.setObjectName(u"memberFilterEdit")
        self.memberFilterEdit.setClearButtonEnabled(True)

        self.memberPickLayout.addWidget(self.memberFilterEdit)

        self.addMemberButton = QPushButton(InspectionPlanDialog)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.memberPickLayout.addWidget(self.addMemberButton)


        self.membersLayout.addLayout(self.memberPickLayout)

        self.memberList = QListWidget(InspectionPlanDialog)
        self.memberList.setObjectName(u"memberList")

        self.membersLayout.addWidget(self.memberList)

        self.groupList = QListWidget(InspectionPlanDialog)
        self.groupList.setObjectName(u"groupList")
        self.groupList.setMaximumSize(QSize(16777215, 120))

        self.membersLayout.addWidget(self.groupList)

        self.removeMemberButton = QPushButton(InspectionPlanDialog)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.membersLayout.addWidget(self.removeMemberButton)


        self.listsLayout.addLayout(self.membersLayout)

        self.routeLayout = QVBoxLayout()
        self.routeLayout.setObjectName(u"routeLayout")
        self.routeLabel = QLabel(InspectionPlanDialog)
        self.routeLabel.setObjectName(u"routeLabel")

        self.routeLayout.addWidget(self.routeLabel)

        self.stopLayout = QHBoxLayout()
        self.stopLayout.setObjectName(u"stopLayout")
        self.zoneCombo = QComboBox(InspectionPlanDialog)
        self.zoneCombo.setObjectName(u"zoneCombo")
        self.zoneCombo.setEditable(True)
        self.zoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zoneCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zoneCombo.setMinimumContentsLength(10)

        self.stopLayout.addWidget(self.zoneCombo)

        self.addZoneButton = QPushButton(InspectionPlanDialog)
        self.addZoneButton.setObjectName(u"addZoneButton")

        self.stopLayout.addWidget(self.addZoneButton)


        self.routeLayout.addLayout(self.stopLayout)

        self.placeLayout = QHBoxLayout()
        self.placeLayout.setObjectName(u"placeLayout")
        self.placeEdit = QLineEdit(InspectionPlanDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(100)

        self.placeLayout.addWidget(self.placeEdit)

        self.addPlaceButton = QPushButton(InspectionPlanDialog)
        self.addPlaceButton.setObjectName(u"addPlaceButton")

        self.placeLayout.addWidget(self.addPlaceButton)


        self.routeLayout.addLayout(self.placeLayout)

        self.routeList = QListWidget(InspectionPlanDialog)
        self.routeList.setObjectName(u"routeList")

        self.routeLayout.addWidget(self.routeList)

        self.routeButtons = QHBoxLayout()
        self.routeButtons.setObjectName(u"routeButtons")
        self.upButton = QPushButton(InspectionPlanDialog)
        self.upButton.setObjectName(u"upButton")

        self.routeButtons.addWidget(self.upButton)

        self.removeStopButton = QPushButton(InspectionPlanDialog)
        self.removeStopButton.setObjectName(u"removeStopButton")

        self.routeButtons.addWidget(self.removeStopButton)


        self.routeLayout.addLayout(self.routeButtons)


        self.listsLayout.addLayout(self.routeLayout)


        self.rootLayout.addLayout(self.listsLayout)

        self.problemLabel = QLabel(InspectionPlanDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(InspectionPlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel2.setBuddy(self.titleEdit)
        self.plannedLabel.setBuddy(self.plannedDate)
        self.branchLabel.setBuddy(self.branchCombo)
        self.templateLabel.setBuddy(self.templateCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionPlanDialog)

        QMetaObject.connectSlotsByName(InspectionPlanDialog)
    # setupUi

    def retranslateUi(self, InspectionPlanDialog):
        InspectionPlanDialog.setWindowTitle(QCoreApplication.translate("InspectionPlanDialog", u"\u8ba1\u5212\u5de1\u89c6", None))
        self.titleLabel2.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u5de1\u89c6\u540d\u79f0", None))
        self.plannedLabel.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u5de1\u89c6\u65e5\u671f", None))
        self.branchLabel.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u652f\u90e8", None))
        self.templateLabel.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u68c0\u67e5\u8868", None))
        self.membersLabel.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u5de1\u89c6\u7ec4\uff08\u515a\u4ee3\u8868\uff0c\u7b2c\u4e00\u4f4d\u4e3a\u7ec4\u957f\uff09", None))
        self.memberFilterEdit.setPlaceholderText(QCoreApplication.translate("InspectionPlanDialog", u"\u67e5\u627e\u515a\u5458\u59d3\u540d\u2026", None))
        self.addMemberButton.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u52a0\u5165", None))
#if QT_CONFIG(tooltip)
        self.memberList.setToolTip(QCoreApplication.translate("InspectionPlanDialog", u"\u672c\u652f\u90e8\u7684\u515a\u5458\uff1b\u53cc\u51fb\u6216\u6309\u201c\u52a0\u5165\u201d\u628a\u9009\u4e2d\u7684\u4eba\u52a0\u5165\u5de1\u89c6\u7ec4", None))
#endif // QT_CONFIG(tooltip)
        self.removeMemberButton.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u79fb\u51fa\u5de1\u89c6\u7ec4", None))
        self.routeLabel.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u5de1\u89c6\u8def\u7ebf\uff08\u6309\u987a\u5e8f\uff09", None))
        self.addZoneButton.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u52a0\u5165", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("InspectionPlanDialog", u"\u6216\u5199\u5730\u70b9\uff0c\u5982 \u4e3b\u4e95\u53e3", None))
        self.addPlaceButton.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u52a0\u5165", None))
        self.upButton.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u4e0a\u79fb", None))
        self.removeStopButton.setText(QCoreApplication.translate("InspectionPlanDialog", u"\u79fb\u9664", None))
        self.problemLabel.setText("")
    # retranslateUi

