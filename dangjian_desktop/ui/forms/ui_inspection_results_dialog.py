# Generated from forms/inspection_results_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspection_results_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_InspectionResultsDialog(object):
    def setupUi(self, InspectionResultsDialog):
        if not InspectionResultsDialog.objectName():
            InspectionResultsDialog.setObjectName(u"InspectionResultsDialog")
        InspectionResultsDialog.resize(980, 640)
        self.rootLayout = QVBoxLayout(InspectionResultsDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headLabel = QLabel(InspectionResultsDialog)
        self.headLabel.setObjectName(u"headLabel")
        self.headLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.headLabel)

        self.carryLabel = QLabel(InspectionResultsDialog)
        self.carryLabel.setObjectName(u"carryLabel")
        self.carryLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.carryLabel)

        self.templateLayout = QHBoxLayout()
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateLabel = QLabel(InspectionResultsDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.templateLayout.addWidget(self.templateLabel)

        self.templateCombo = QComboBox(InspectionResultsDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.templateLayout.addWidget(self.templateCombo)

        self.doneLabel = QLabel(InspectionResultsDialog)
        self.doneLabel.setObjectName(u"doneLabel")

        self.templateLayout.addWidget(self.doneLabel)

        self.doneDate = DateField(InspectionResultsDialog)
        self.doneDate.setObjectName(u"doneDate")

        self.templateLayout.addWidget(self.doneDate)

        self.templateSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateLayout.addItem(self.templateSpacer)


        self.rootLayout.addLayout(self.templateLayout)

        self.resultTable = QTableWidget(InspectionResultsDialog)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultTable.setWordWrap(True)

        self.rootLayout.addWidget(self.resultTable)

        self.hintLabel = QLabel(InspectionResultsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.hintLabel)

        self.problemLabel = QLabel(InspectionResultsDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(InspectionResultsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.doneLabel.setBuddy(self.doneDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionResultsDialog)

        QMetaObject.connectSlotsByName(InspectionResultsDialog)
    # setupUi

    def retranslateUi(self, InspectionResultsDialog):
        InspectionResultsDialog.setWindowTitle(QCoreApplication.translate("InspectionResultsDialog", u"\u8bb0\u5f55\u5de1\u89c6\u7ed3\u679c", None))
        self.headLabel.setText("")
        self.carryLabel.setText("")
        self.templateLabel.setText(QCoreApplication.translate("InspectionResultsDialog", u"\u68c0\u67e5\u8868", None))
        self.doneLabel.setText(QCoreApplication.translate("InspectionResultsDialog", u"\u5de1\u89c6\u65e5\u671f", None))
        self.hintLabel.setText(QCoreApplication.translate("InspectionResultsDialog", u"\u201c\u4e0d\u7b26\u5408\u201d\u7684\u9879\u76ee\u987b\u586b\u5199\u8d23\u4efb\u90e8\u95e8\u548c\u6574\u6539\u671f\u9650\uff0c\u4fdd\u5b58\u540e\u8fdb\u5165\u9690\u60a3\u53f0\u8d26\uff08\u6765\u6e90\uff1a\u515a\u4ee3\u8868\u5de1\u89c6\uff09\uff0c\u6309\u53f0\u8d26\u95ed\u73af\u6574\u6539\u3002", None))
        self.problemLabel.setText("")
    # retranslateUi

