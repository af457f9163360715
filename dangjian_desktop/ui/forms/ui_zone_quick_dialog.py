# Generated from forms/zone_quick_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'zone_quick_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_ZoneQuickDialog(object):
    def setupUi(self, ZoneQuickDialog):
        if not ZoneQuickDialog.objectName():
            ZoneQuickDialog.setObjectName(u"ZoneQuickDialog")
        ZoneQuickDialog.resize(640, 480)
        self.mainLayout = QVBoxLayout(ZoneQuickDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(ZoneQuickDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.problemsLabel = QLabel(ZoneQuickDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.pickLayout = QHBoxLayout()
        self.pickLayout.setObjectName(u"pickLayout")
        self.branchLabel = QLabel(ZoneQuickDialog)
        self.branchLabel.setObjectName(u"branchLabel")

        self.pickLayout.addWidget(self.branchLabel)

        self.branchCombo = QComboBox(ZoneQuickDialog)
        self.branchCombo.setObjectName(u"branchCombo")

        self.pickLayout.addWidget(self.branchCombo)

        self.unitLabel = QLabel(ZoneQuickDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.pickLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(ZoneQuickDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.pickLayout.addWidget(self.unitCombo)

        self.weekLabel = QLabel(ZoneQuickDialog)
        self.weekLabel.setObjectName(u"weekLabel")

        self.pickLayout.addWidget(self.weekLabel)

        self.weekDate = DateField(ZoneQuickDialog)
        self.weekDate.setObjectName(u"weekDate")

        self.pickLayout.addWidget(self.weekDate)

        self.weekSpan = QLabel(ZoneQuickDialog)
        self.weekSpan.setObjectName(u"weekSpan")

        self.pickLayout.addWidget(self.weekSpan)


        self.mainLayout.addLayout(self.pickLayout)

        self.zoneList = QListWidget(ZoneQuickDialog)
        self.zoneList.setObjectName(u"zoneList")

        self.mainLayout.addWidget(self.zoneList)

        self.dialogButtons = QHBoxLayout()
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.allButton = QPushButton(ZoneQuickDialog)
        self.allButton.setObjectName(u"allButton")
        self.allButton.setAutoDefault(False)

        self.dialogButtons.addWidget(self.allButton)

        self.countLabel = QLabel(ZoneQuickDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.dialogButtons.addWidget(self.countLabel)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialogButtons.addItem(self.dialogSpacer)

        self.saveButton = QPushButton(ZoneQuickDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.dialogButtons.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ZoneQuickDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.dialogButtons.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.branchLabel.setBuddy(self.branchCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.weekLabel.setBuddy(self.weekDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ZoneQuickDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ZoneQuickDialog)
    # setupUi

    def retranslateUi(self, ZoneQuickDialog):
        ZoneQuickDialog.setWindowTitle(QCoreApplication.translate("ZoneQuickDialog", u"\u5feb\u901f\u5f55\u5165\u672c\u5468\u5468\u62a5", None))
        self.hintLabel.setText(QCoreApplication.translate("ZoneQuickDialog", u"\u9009\u62e9\u533a\u961f/\u73ed\u7ec4\u548c\u5468\uff0c\u52fe\u9009\u672c\u5468\u5df2\u62a5\u544a\u5b89\u5168\u72b6\u51b5\u7684\u8d23\u4efb\u533a\uff08\u5df2\u8bb0\u8fc7\u7684\u663e\u793a\u4e3a\u5df2\u62a5\uff09\u3002", None))
        self.problemsLabel.setText("")
        self.branchLabel.setText(QCoreApplication.translate("ZoneQuickDialog", u"\u652f\u90e8", None))
        self.unitLabel.setText(QCoreApplication.translate("ZoneQuickDialog", u"\u533a\u961f/\u73ed\u7ec4", None))
        self.weekLabel.setText(QCoreApplication.translate("ZoneQuickDialog", u"\u5468", None))
        self.weekSpan.setText("")
        self.allButton.setText(QCoreApplication.translate("ZoneQuickDialog", u"\u5168\u9009", None))
        self.countLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("ZoneQuickDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("ZoneQuickDialog", u"\u53d6\u6d88", None))
    # retranslateUi

