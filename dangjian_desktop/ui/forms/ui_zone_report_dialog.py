# Generated from forms/zone_report_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'zone_report_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_ZoneReportDialog(object):
    def setupUi(self, ZoneReportDialog):
        if not ZoneReportDialog.objectName():
            ZoneReportDialog.setObjectName(u"ZoneReportDialog")
        ZoneReportDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(ZoneReportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.zoneLabel = QLabel(ZoneReportDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")
        self.zoneLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.zoneLabel)

        self.problemsLabel = QLabel(ZoneReportDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.weekLabel = QLabel(ZoneReportDialog)
        self.weekLabel.setObjectName(u"weekLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weekLabel)

        self.weekLayout = QHBoxLayout()
        self.weekLayout.setObjectName(u"weekLayout")
        self.weekDate = DateField(ZoneReportDialog)
        self.weekDate.setObjectName(u"weekDate")

        self.weekLayout.addWidget(self.weekDate)

        self.weekSpan = QLabel(ZoneReportDialog)
        self.weekSpan.setObjectName(u"weekSpan")

        self.weekLayout.addWidget(self.weekSpan)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.weekLayout)

        self.dateLabel = QLabel(ZoneReportDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.reportDate = DateField(ZoneReportDialog)
        self.reportDate.setObjectName(u"reportDate")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportDate)

        self.okLabel = QLabel(ZoneReportDialog)
        self.okLabel.setObjectName(u"okLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.okLabel)

        self.safetyOkCheck = QCheckBox(ZoneReportDialog)
        self.safetyOkCheck.setObjectName(u"safetyOkCheck")
        self.safetyOkCheck.setChecked(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.safetyOkCheck)

        self.contentLabel = QLabel(ZoneReportDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(ZoneReportDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)
        self.contentEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contentEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.dialogButtons = QHBoxLayout()
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialogButtons.addItem(self.dialogSpacer)

        self.saveButton = QPushButton(ZoneReportDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.dialogButtons.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ZoneReportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.dialogButtons.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.weekLabel.setBuddy(self.weekDate)
        self.dateLabel.setBuddy(self.reportDate)
        self.okLabel.setBuddy(self.safetyOkCheck)
        self.contentLabel.setBuddy(self.contentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ZoneReportDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ZoneReportDialog)
    # setupUi

    def retranslateUi(self, ZoneReportDialog):
        ZoneReportDialog.setWindowTitle(QCoreApplication.translate("ZoneReportDialog", u"\u8bb0\u5468\u62a5", None))
        self.zoneLabel.setText("")
        self.problemsLabel.setText("")
        self.weekLabel.setText(QCoreApplication.translate("ZoneReportDialog", u"\u6240\u62a5\u7684\u5468", None))
        self.weekSpan.setText("")
        self.dateLabel.setText(QCoreApplication.translate("ZoneReportDialog", u"\u62a5\u544a\u65e5\u671f", None))
        self.okLabel.setText(QCoreApplication.translate("ZoneReportDialog", u"\u5b89\u5168\u72b6\u51b5", None))
        self.safetyOkCheck.setText(QCoreApplication.translate("ZoneReportDialog", u"\u672c\u5468\u8d23\u4efb\u533a\u5b89\u5168\uff0c\u65e0\u5f02\u5e38", None))
        self.contentLabel.setText(QCoreApplication.translate("ZoneReportDialog", u"\u62a5\u544a\u5185\u5bb9", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("ZoneReportDialog", u"\u672c\u5468\u68c0\u67e5\u60c5\u51b5\u3001\u53d1\u73b0\u7684\u95ee\u9898\u548c\u5904\u7406\u60c5\u51b5", None))
        self.saveButton.setText(QCoreApplication.translate("ZoneReportDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("ZoneReportDialog", u"\u53d6\u6d88", None))
    # retranslateUi

