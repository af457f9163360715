# Generated from forms/mood_tab.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mood_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_MoodTab(object):
    def setupUi(self, MoodTab):
        if not MoodTab.objectName():
            MoodTab.setObjectName(u"MoodTab")
        MoodTab.resize(1000, 640)
        self.mainLayout = QVBoxLayout(MoodTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.countsLabel = QLabel(MoodTab)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countsLabel)

        self.views = QTabWidget(MoodTab)
        self.views.setObjectName(u"views")
        self.warningsPage = QWidget()
        self.warningsPage.setObjectName(u"warningsPage")
        self.warningsLayout = QVBoxLayout(self.warningsPage)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningFilterLayout = QHBoxLayout()
        self.warningFilterLayout.setObjectName(u"warningFilterLayout")
        self.warningSearchEdit = QLineEdit(self.warningsPage)
        self.warningSearchEdit.setObjectName(u"warningSearchEdit")
        self.warningSearchEdit.setClearButtonEnabled(True)

        self.warningFilterLayout.addWidget(self.warningSearchEdit)

        self.levelCombo = QComboBox(self.warningsPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.warningFilterLayout.addWidget(self.levelCombo)

        self.openOnlyCheck = QCheckBox(self.warningsPage)
        self.openOnlyCheck.setObjectName(u"openOnlyCheck")
        self.openOnlyCheck.setChecked(True)

        self.warningFilterLayout.addWidget(self.openOnlyCheck)

        self.overdueOnlyCheck = QCheckBox(self.warningsPage)
        self.overdueOnlyCheck.setObjectName(u"overdueOnlyCheck")

        self.warningFilterLayout.addWidget(self.overdueOnlyCheck)

        self.awaitingCheck = QCheckBox(self.warningsPage)
        self.awaitingCheck.setObjectName(u"awaitingCheck")

        self.warningFilterLayout.addWidget(self.awaitingCheck)


        self.warningsLayout.addLayout(self.warningFilterLayout)

        self.warningsTable = QTableView(self.warningsPage)
        self.warningsTable.setObjectName(u"warningsTable")
        self.warningsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.warningsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.warningsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warningsTable.setWordWrap(False)

        self.warningsLayout.addWidget(self.warningsTable)

        self.warningButtons = QHBoxLayout()
        self.warningButtons.setObjectName(u"warningButtons")
        self.raiseButton = QPushButton(self.warningsPage)
        self.raiseButton.setObjectName(u"raiseButton")

        self.warningButtons.addWidget(self.raiseButton)

        self.handleButton = QPushButton(self.warningsPage)
        self.handleButton.setObjectName(u"handleButton")

        self.warningButtons.addWidget(self.handleButton)

        self.warningFileButton = QPushButton(self.warningsPage)
        self.warningFileButton.setObjectName(u"warningFileButton")

        self.warningButtons.addWidget(self.warningFileButton)

        self.warningSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.warningButtons.addItem(self.warningSpacer)

        self.limitsButton = QPushButton(self.warningsPage)
        self.limitsButton.setObjectName(u"limitsButton")

        self.warningButtons.addWidget(self.limitsButton)


        self.warningsLayout.addLayout(self.warningButtons)

        self.views.addTab(self.warningsPage, "")
        self.filesPage = QWidget()
        self.filesPage.setObjectName(u"filesPage")
        self.filesLayout = QVBoxLayout(self.filesPage)
        self.filesLayout.setObjectName(u"filesLayout")
        self.fileFilterLayout = QHBoxLayout()
        self.fileFilterLayout.setObjectName(u"fileFilterLayout")
        self.fileSearchEdit = QLineEdit(self.filesPage)
        self.fileSearchEdit.setObjectName(u"fileSearchEdit")
        self.fileSearchEdit.setClearButtonEnabled(True)

        self.fileFilterLayout.addWidget(self.fileSearchEdit)

        self.withWarningsCheck = QCheckBox(self.filesPage)
        self.withWarningsCheck.setObjectName(u"withWarningsCheck")

        self.fileFilterLayout.addWidget(self.withWarningsCheck)


        self.filesLayout.addLayout(self.fileFilterLayout)

        self.filesTable = QTableView(self.filesPage)
        self.filesTable.setObjectName(u"filesTable")
        self.filesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.filesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesTable.setWordWrap(False)

        self.filesLayout.addWidget(self.filesTable)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.openFileButton = QPushButton(self.filesPage)
        self.openFileButton.setObjectName(u"openFileButton")

        self.fileButtons.addWidget(self.openFileButton)

        self.addEntryButton = QPushButton(self.filesPage)
        self.addEntryButton.setObjectName(u"addEntryButton")

        self.fileButtons.addWidget(self.addEntryButton)

        self.fileRaiseButton = QPushButton(self.filesPage)
        self.fileRaiseButton.setObjectName(u"fileRaiseButton")

        self.fileButtons.addWidget(self.fileRaiseButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.filesLayout.addLayout(self.fileButtons)

        self.views.addTab(self.filesPage, "")
        self.analysisPage = QWidget()
        self.analysisPage.setObjectName(u"analysisPage")
        self.analysisLayout = QVBoxLayout(self.analysisPage)
        self.analysisLayout.setObjectName(u"analysisLayout")
        self.analysisFilterLayout = QHBoxLayout()
        self.analysisFilterLayout.setObjectName(u"analysisFilterLayout")
        self.periodLabel = QLabel(self.analysisPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.analysisFilterLayout.addWidget(self.periodLabel)

        self.periodEdit = QLineEdit(self.analysisPage)
        self.periodEdit.setObjectName(u"periodEdit")
        self.periodEdit.setMaximumSize(QSize(110, 16777215))

        self.analysisFilterLayout.addWidget(self.periodEdit)

        self.branchLabel = QLabel(self.analysisPage)
        self.branchLabel.setObjectName(u"branchLabel")

        self.analysisFilterLayout.addWidget(self.branchLabel)

        self.branchCombo = QComboBox(self.analysisPage)
        self.branchCombo.setObjectName(u"branchCombo")

        self.analysisFilterLayout.addWidget(self.branchCombo)

        self.showAnalysisButton = QPushButton(self.analysisPage)
        self.showAnalysisButton.setObjectName(u"showAnalysisButton")

        self.analysisFilterLayout.addWidget(self.showAnalysisButton)

        self.analysisSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.analysisFilterLayout.addItem(self.analysisSpacer)

        self.exportButton = QPushButton(self.analysisPage)
        self.exportButton.setObjectName(u"exportButton")

        self.analysisFilterLayout.addWidget(self.exportButton)


        self.analysisLayout.addLayout(self.analysisFilterLayout)

        self.analysisView = QTextBrowser(self.analysisPage)
        self.analysisView.setObjectName(u"analysisView")

        self.analysisLayout.addWidget(self.analysisView)

        self.summaryLabel = QLabel(self.analysisPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.analysisLayout.addWidget(self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.analysisPage)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaximumSize(QSize(16777215, 90))

        self.analysisLayout.addWidget(self.summaryEdit)

        self.summaryButtons = QHBoxLayout()
        self.summaryButtons.setObjectName(u"summaryButtons")
        self.heldLabel = QLabel(self.analysisPage)
        self.heldLabel.setObjectName(u"heldLabel")

        self.summaryButtons.addWidget(self.heldLabel)

        self.heldOnField = DateField(self.analysisPage)
        self.heldOnField.setObjectName(u"heldOnField")

        self.summaryButtons.addWidget(self.heldOnField)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryButtons.addItem(self.summarySpacer)

        self.saveSummaryButton = QPushButton(self.analysisPage)
        self.saveSummaryButton.setObjectName(u"saveSummaryButton")

        self.summaryButtons.addWidget(self.saveSummaryButton)


        self.analysisLayout.addLayout(self.summaryButtons)

        self.views.addTab(self.analysisPage, "")

        self.mainLayout.addWidget(self.views)

        self.messageLabel = QLabel(MoodTab)
        self.messageLabel.setObjectName(u"messageLabel")

        self.mainLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodEdit)
        self.branchLabel.setBuddy(self.branchCombo)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoodTab)

        self.views.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MoodTab)
    # setupUi

    def retranslateUi(self, MoodTab):
        self.countsLabel.setText("")
        self.warningSearchEdit.setPlaceholderText(QCoreApplication.translate("MoodTab", u"\u67e5\u627e\u59d3\u540d\u6216\u9884\u8b66\u539f\u56e0", None))
        self.openOnlyCheck.setText(QCoreApplication.translate("MoodTab", u"\u53ea\u770b\u672a\u89e3\u9664", None))
        self.overdueOnlyCheck.setText(QCoreApplication.translate("MoodTab", u"\u53ea\u770b\u903e\u671f", None))
        self.awaitingCheck.setText(QCoreApplication.translate("MoodTab", u"\u5f85\u77ff\u4e0a\u7b54\u590d", None))
        self.raiseButton.setText(QCoreApplication.translate("MoodTab", u"\u65b0\u5efa\u9884\u8b66\u2026", None))
        self.handleButton.setText(QCoreApplication.translate("MoodTab", u"\u5904\u7f6e\u2026", None))
        self.warningFileButton.setText(QCoreApplication.translate("MoodTab", u"\u6253\u5f00\u6863\u6848", None))
        self.limitsButton.setText(QCoreApplication.translate("MoodTab", u"\u5904\u7f6e\u65f6\u9650\u2026", None))
        self.views.setTabText(self.views.indexOf(self.warningsPage), QCoreApplication.translate("MoodTab", u"\u7ea2\u9ec4\u84dd\u9884\u8b66", None))
        self.fileSearchEdit.setPlaceholderText(QCoreApplication.translate("MoodTab", u"\u67e5\u627e\u804c\u5de5\u59d3\u540d\u3001\u62fc\u97f3\u6216\u5de5\u53f7", None))
        self.withWarningsCheck.setText(QCoreApplication.translate("MoodTab", u"\u53ea\u770b\u6709\u5728\u7ba1\u9884\u8b66\u7684", None))
        self.openFileButton.setText(QCoreApplication.translate("MoodTab", u"\u6253\u5f00\u6863\u6848\u2026", None))
        self.addEntryButton.setText(QCoreApplication.translate("MoodTab", u"\u8bb0\u5f55\u601d\u60f3\u52a8\u6001\u2026", None))
        self.fileRaiseButton.setText(QCoreApplication.translate("MoodTab", u"\u4e3a\u5176\u65b0\u5efa\u9884\u8b66\u2026", None))
        self.views.setTabText(self.views.indexOf(self.filesPage), QCoreApplication.translate("MoodTab", u"\u601d\u60f3\u52a8\u6001\u6863\u6848", None))
        self.periodLabel.setText(QCoreApplication.translate("MoodTab", u"\u6708\u4efd\uff1a", None))
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("MoodTab", u"2026-11", None))
        self.branchLabel.setText(QCoreApplication.translate("MoodTab", u"\u652f\u90e8\uff1a", None))
        self.showAnalysisButton.setText(QCoreApplication.translate("MoodTab", u"\u7edf\u8ba1", None))
        self.exportButton.setText(QCoreApplication.translate("MoodTab", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("MoodTab", u"\u628a\u6240\u9009\u6708\u4efd\u548c\u652f\u90e8\u7684\u6708\u5ea6\u601d\u60f3\u52a8\u6001\u5206\u6790\u5bfc\u51fa\u4e3a PDF \u6216 Excel\uff08\u5185\u90e8\u8d44\u6599\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText(QCoreApplication.translate("MoodTab", u"\u652f\u90e8\u5206\u6790\u7ed3\u8bba\uff08\u5206\u6790\u4f1a\u4e0a\u5f62\u6210\uff0c\u9009\u62e9\u67d0\u4e00\u652f\u90e8\u540e\u586b\u5199\uff09\uff1a", None))
        self.heldLabel.setText(QCoreApplication.translate("MoodTab", u"\u5206\u6790\u4f1a\u65e5\u671f\uff1a", None))
        self.saveSummaryButton.setText(QCoreApplication.translate("MoodTab", u"\u4fdd\u5b58\u7ed3\u8bba", None))
        self.views.setTabText(self.views.indexOf(self.analysisPage), QCoreApplication.translate("MoodTab", u"\u6708\u5ea6\u5206\u6790", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

