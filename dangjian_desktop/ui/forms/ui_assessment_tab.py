# Generated from forms/assessment_tab.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_AssessmentTab(object):
    def setupUi(self, AssessmentTab):
        if not AssessmentTab.objectName():
            AssessmentTab.setObjectName(u"AssessmentTab")
        AssessmentTab.resize(1200, 700)
        self.rootLayout = QVBoxLayout(AssessmentTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.branchLabel = QLabel(AssessmentTab)
        self.branchLabel.setObjectName(u"branchLabel")

        self.topLayout.addWidget(self.branchLabel)

        self.branchCombo = QComboBox(AssessmentTab)
        self.branchCombo.setObjectName(u"branchCombo")
        self.branchCombo.setMinimumContentsLength(10)
        self.branchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topLayout.addWidget(self.branchCombo)

        self.periodLabel = QLabel(AssessmentTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.topLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(AssessmentTab)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setEditable(True)
        self.periodCombo.setMinimumContentsLength(8)

        self.topLayout.addWidget(self.periodCombo)

        self.topSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.messageLabel = QLabel(AssessmentTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.topLayout.addWidget(self.messageLabel)

        self.topLayout.setStretch(5, 1)

        self.rootLayout.addLayout(self.topLayout)

        self.innerTabs = QTabWidget(AssessmentTab)
        self.innerTabs.setObjectName(u"innerTabs")
        self.rankingPage = QWidget()
        self.rankingPage.setObjectName(u"rankingPage")
        self.rankingLayout = QVBoxLayout(self.rankingPage)
        self.rankingLayout.setObjectName(u"rankingLayout")
        self.weightsLayout = QHBoxLayout()
        self.weightsLayout.setObjectName(u"weightsLayout")
        self.weightsLabel = QLabel(self.rankingPage)
        self.weightsLabel.setObjectName(u"weightsLabel")
        self.weightsLabel.setWordWrap(True)

        self.weightsLayout.addWidget(self.weightsLabel)

        self.weightsButton = QPushButton(self.rankingPage)
        self.weightsButton.setObjectName(u"weightsButton")

        self.weightsLayout.addWidget(self.weightsButton)

        self.weightsLayout.setStretch(0, 1)

        self.rankingLayout.addLayout(self.weightsLayout)

        self.branchVetoLabel = QLabel(self.rankingPage)
        self.branchVetoLabel.setObjectName(u"branchVetoLabel")
        self.branchVetoLabel.setWordWrap(True)

        self.rankingLayout.addWidget(self.branchVetoLabel)

        self.rankingSplitter = QSplitter(self.rankingPage)
        self.rankingSplitter.setObjectName(u"rankingSplitter")
        self.rankingSplitter.setOrientation(Qt.Orientation.Vertical)
        self.rankingSplitter.setChildrenCollapsible(False)
        self.rankingBox = QWidget(self.rankingSplitter)
        self.rankingBox.setObjectName(u"rankingBox")
        self.rankingBoxLayout = QVBoxLayout(self.rankingBox)
        self.rankingBoxLayout.setObjectName(u"rankingBoxLayout")
        self.rankingBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.rankingTable = QTableView(self.rankingBox)
        self.rankingTable.setObjectName(u"rankingTable")
        self.rankingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rankingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rankingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rankingTable.setAlternatingRowColors(True)
        self.rankingTable.setWordWrap(False)

        self.rankingBoxLayout.addWidget(self.rankingTable)

        self.reviewLayout = QHBoxLayout()
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.saveReviewButton = QPushButton(self.rankingBox)
        self.saveReviewButton.setObjectName(u"saveReviewButton")

        self.reviewLayout.addWidget(self.saveReviewButton)

        self.revokeButton = QPushButton(self.rankingBox)
        self.revokeButton.setObjectName(u"revokeButton")

        self.reviewLayout.addWidget(self.revokeButton)

        self.reviewSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewLayout.addItem(self.reviewSpacer)


        self.rankingBoxLayout.addLayout(self.reviewLayout)

        self.rankingSplitter.addWidget(self.rankingBox)
        self.selectionBox = QGroupBox(self.rankingSplitter)
        self.selectionBox.setObjectName(u"selectionBox")
        self.selectionLayout = QVBoxLayout(self.selectionBox)
        self.selectionLayout.setObjectName(u"selectionLayout")
        self.lateVetoLabel = QLabel(self.selectionBox)
        self.lateVetoLabel.setObjectName(u"lateVetoLabel")
        self.lateVetoLabel.setWordWrap(True)

        self.selectionLayout.addWidget(self.lateVetoLabel)

        self.selectionTable = QTableView(self.selectionBox)
        self.selectionTable.setObjectName(u"selectionTable")
        self.selectionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.selectionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.selectionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.selectionTable.setAlternatingRowColors(True)
        self.selectionTable.setWordWrap(False)

        self.selectionLayout.addWidget(self.selectionTable)

        self.selectionButtons = QHBoxLayout()
        self.selectionButtons.setObjectName(u"selectionButtons")
        self.proposeButton = QPushButton(self.selectionBox)
        self.proposeButton.setObjectName(u"proposeButton")

        self.selectionButtons.addWidget(self.proposeButton)

        self.confirmButton = QPushButton(self.selectionBox)
        self.confirmButton.setObjectName(u"confirmButton")

        self.selectionButtons.addWidget(self.confirmButton)

        self.selectionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectionButtons.addItem(self.selectionSpacer)

        self.exportButton = QPushButton(self.selectionBox)
        self.exportButton.setObjectName(u"exportButton")

        self.selectionButtons.addWidget(self.exportButton)

        self.printButton = QPushButton(self.selectionBox)
        self.printButton.setObjectName(u"printButton")

        self.selectionButtons.addWidget(self.printButton)


        self.selectionLayout.addLayout(self.selectionButtons)

        self.rankingSplitter.addWidget(self.selectionBox)

        self.rankingLayout.addWidget(self.rankingSplitter)

        self.innerTabs.addTab(self.rankingPage, "")
        self.weeklyPage = QWidget()
        self.weeklyPage.setObjectName(u"weeklyPage")
        self.weeklyLayout = QVBoxLayout(self.weeklyPage)
        self.weeklyLayout.setObjectName(u"weeklyLayout")
        self.weekBar = QHBoxLayout()
        self.weekBar.setObjectName(u"weekBar")
        self.weekLabel = QLabel(self.weeklyPage)
        self.weekLabel.setObjectName(u"weekLabel")

        self.weekBar.addWidget(self.weekLabel)

        self.weekField = DateField(self.weeklyPage)
        self.weekField.setObjectName(u"weekField")

        self.weekBar.addWidget(self.weekField)

        self.weekRangeLabel = QLabel(self.weeklyPage)
        self.weekRangeLabel.setObjectName(u"weekRangeLabel")

        self.weekBar.addWidget(self.weekRangeLabel)

        self.weekSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekBar.addItem(self.weekSpacer)

        self.scoreButton = QPushButton(self.weeklyPage)
        self.scoreButton.setObjectName(u"scoreButton")

        self.weekBar.addWidget(self.scoreButton)

        self.sheetButton = QPushButton(self.weeklyPage)
        self.sheetButton.setObjectName(u"sheetButton")

        self.weekBar.addWidget(self.sheetButton)


        self.weeklyLayout.addLayout(self.weekBar)

        self.weekTable = QTableView(self.weeklyPage)
        self.weekTable.setObjectName(u"weekTable")
        self.weekTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weekTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.weekTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.weekTable.setAlternatingRowColors(True)
        self.weekTable.setWordWrap(False)

        self.weeklyLayout.addWidget(self.weekTable)

        self.weekNote = QLabel(self.weeklyPage)
        self.weekNote.setObjectName(u"weekNote")
        self.weekNote.setWordWrap(True)

        self.weeklyLayout.addWidget(self.weekNote)

        self.innerTabs.addTab(self.weeklyPage, "")
        self.pointsPage = QWidget()
        self.pointsPage.setObjectName(u"pointsPage")
        self.pointsLayout = QVBoxLayout(self.pointsPage)
        self.pointsLayout.setObjectName(u"pointsLayout")
        self.pointsBar = QHBoxLayout()
        self.pointsBar.setObjectName(u"pointsBar")
        self.pointsStatusLabel = QLabel(self.pointsPage)
        self.pointsStatusLabel.setObjectName(u"pointsStatusLabel")
        self.pointsStatusLabel.setWordWrap(True)

        self.pointsBar.addWidget(self.pointsStatusLabel)

        self.checkButton = QPushButton(self.pointsPage)
        self.checkButton.setObjectName(u"checkButton")

        self.pointsBar.addWidget(self.checkButton)

        self.rebuildButton = QPushButton(self.pointsPage)
        self.rebuildButton.setObjectName(u"rebuildButton")

        self.pointsBar.addWidget(self.rebuildButton)

        self.rulesButton = QPushButton(self.pointsPage)
        self.rulesButton.setObjectName(u"rulesButton")

        self.pointsBar.addWidget(self.rulesButton)

        self.entriesButton = QPushButton(self.pointsPage)
        self.entriesButton.setObjectName(u"entriesButton")

        self.pointsBar.addWidget(self.entriesButton)

        self.exportPointsButton = QPushButton(self.pointsPage)
        self.exportPointsButton.setObjectName(u"exportPointsButton")

        self.pointsBar.addWidget(self.exportPointsButton)

        self.pointsBar.setStretch(0, 1)

        self.pointsLayout.addLayout(self.pointsBar)

        self.pointsTable = QTableView(self.pointsPage)
        self.pointsTable.setObjectName(u"pointsTable")
        self.pointsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pointsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pointsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pointsTable.setAlternatingRowColors(True)
        self.pointsTable.setWordWrap(False)

        self.pointsLayout.addWidget(self.pointsTable)

        self.innerTabs.addTab(self.pointsPage, "")
        self.recordsPage = QWidget()
        self.recordsPage.setObjectName(u"recordsPage")
        self.recordsLayout = QVBoxLayout(self.recordsPage)
        self.recordsLayout.setObjectName(u"recordsLayout")
        self.monthlyBar = QHBoxLayout()
        self.monthlyBar.setObjectName(u"monthlyBar")
        self.monthlyLabel = QLabel(self.recordsPage)
        self.monthlyLabel.setObjectName(u"monthlyLabel")

        self.monthlyBar.addWidget(self.monthlyLabel)

        self.monthlyButton = QPushButton(self.recordsPage)
        self.monthlyButton.setObjectName(u"monthlyButton")

        self.monthlyBar.addWidget(self.monthlyButton)

        self.monthlyBar.setStretch(0, 1)

        self.recordsLayout.addLayout(self.monthlyBar)

        self.monthlyTable = QTableView(self.recordsPage)
        self.monthlyTable.setObjectName(u"monthlyTable")
        self.monthlyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.monthlyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.monthlyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.monthlyTable.setAlternatingRowColors(True)
        self.monthlyTable.setWordWrap(False)

        self.recordsLayout.addWidget(self.monthlyTable)

        self.supervisionBar = QHBoxLayout()
        self.supervisionBar.setObjectName(u"supervisionBar")
        self.supervisionLabel = QLabel(self.recordsPage)
        self.supervisionLabel.setObjectName(u"supervisionLabel")

        self.supervisionBar.addWidget(self.supervisionLabel)

        self.supervisionButton = QPushButton(self.recordsPage)
        self.supervisionButton.setObjectName(u"supervisionButton")

        self.supervisionBar.addWidget(self.supervisionButton)

        self.supervisionBar.setStretch(0, 1)

        self.recordsLayout.addLayout(self.supervisionBar)

        self.supervisionTable = QTableView(self.recordsPage)
        self.supervisionTable.setObjectName(u"supervisionTable")
        self.supervisionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.supervisionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.supervisionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.supervisionTable.setAlternatingRowColors(True)
        self.supervisionTable.setWordWrap(False)

        self.recordsLayout.addWidget(self.supervisionTable)

        self.innerTabs.addTab(self.recordsPage, "")

        self.rootLayout.addWidget(self.innerTabs)


        self.retranslateUi(AssessmentTab)

        self.innerTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AssessmentTab)
    # setupUi

    def retranslateUi(self, AssessmentTab):
        AssessmentTab.setWindowTitle(QCoreApplication.translate("AssessmentTab", u"\u8003\u6838\u8bc4\u6bd4", None))
        self.branchLabel.setText(QCoreApplication.translate("AssessmentTab", u"\u652f\u90e8", None))
        self.periodLabel.setText(QCoreApplication.translate("AssessmentTab", u"\u5b63\u5ea6", None))
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u5199\u4f5c 2026Q3\uff0c\u4e5f\u53ef\u5199 2026\u5e74\u7b2c\u4e09\u5b63\u5ea6", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
        self.weightsLabel.setText("")
        self.weightsButton.setText(QCoreApplication.translate("AssessmentTab", u"\u8bbe\u7f6e\u6743\u91cd\u2026", None))
#if QT_CONFIG(tooltip)
        self.weightsButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u5b63\u5ea6\u6392\u540d\u5404\u9879\u7684\u6743\u91cd\uff08\u4e66\u8bb0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.branchVetoLabel.setText("")
        self.saveReviewButton.setText(QCoreApplication.translate("AssessmentTab", u"\u4fdd\u5b58\u5b63\u8bb2\u8bc4", None))
#if QT_CONFIG(tooltip)
        self.saveReviewButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u628a\u672c\u5b63\u5ea6\u6392\u540d\u8bb0\u4e3a\u5b63\u8bb2\u8bc4", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("AssessmentTab", u"\u6458\u724c\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u5728\u5c97\u7684\u8d23\u4efb\u533a/\u793a\u8303\u5c97\u6458\u724c\uff08\u987b\u586b\u5199\u539f\u56e0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.selectionBox.setTitle(QCoreApplication.translate("AssessmentTab", u"\u8bc4\u5148\u9009\u4f18\uff1a\u515a\u5458\u4e4b\u661f \u00b7 \u4f18\u8d28\u8d23\u4efb\u533a", None))
        self.lateVetoLabel.setText("")
        self.proposeButton.setText(QCoreApplication.translate("AssessmentTab", u"\u6309\u6392\u540d\u63d0\u540d", None))
#if QT_CONFIG(tooltip)
        self.proposeButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u6309\u672c\u5b63\u5ea6\u6392\u540d\u63d0\u540d\uff08\u5df2\u786e\u8ba4\u7684\u4fdd\u7559\uff09\uff0c\u88ab\u5426\u51b3\u7684\u5217\u51fa\u539f\u56e0", None))
#endif // QT_CONFIG(tooltip)
        self.confirmButton.setText(QCoreApplication.translate("AssessmentTab", u"\u786e\u8ba4\u9009\u4e2d", None))
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u4e66\u8bb0\u786e\u8ba4\u9009\u4e2d\u7684\u63d0\u540d", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("AssessmentTab", u"\u5bfc\u51fa\u540d\u5355\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u5bfc\u51fa\u8bc4\u5148\u9009\u4f18\u540d\u5355\uff08Excel \u6216 PDF\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("AssessmentTab", u"\u6253\u5370\u515a\u5458\u4e4b\u661f\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u6253\u5370\u672c\u5b63\u5ea6\u515a\u5458\u4e4b\u661f \u00b7 \u4f18\u8d28\u8d23\u4efb\u533a\u516c\u793a", None))
#endif // QT_CONFIG(tooltip)
        self.innerTabs.setTabText(self.innerTabs.indexOf(self.rankingPage), QCoreApplication.translate("AssessmentTab", u"\u5b63\u5ea6\u6392\u540d\u4e0e\u8bc4\u9009", None))
        self.weekLabel.setText(QCoreApplication.translate("AssessmentTab", u"\u5468\uff08\u4efb\u9009\u5176\u4e2d\u4e00\u5929\uff09", None))
        self.weekRangeLabel.setText("")
        self.scoreButton.setText(QCoreApplication.translate("AssessmentTab", u"\u5f55\u5165\u8bc4\u5206\u2026", None))
#if QT_CONFIG(tooltip)
        self.scoreButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u6bcf\u540d\u68c0\u67e5\u4eba\u5bf9\u6bcf\u4e2a\u8d23\u4efb\u533a\u6bcf\u5468\u8bc4\u5206\u4e00\u6b21", None))
#endif // QT_CONFIG(tooltip)
        self.sheetButton.setText(QCoreApplication.translate("AssessmentTab", u"\u8bc4\u5206\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.sheetButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u5468\u68c0\u67e5\u8bc4\u5206\u8868\u7684\u9879\u76ee\u3001\u6ee1\u5206\u548c\u6743\u91cd", None))
#endif // QT_CONFIG(tooltip)
        self.weekNote.setText(QCoreApplication.translate("AssessmentTab", u"\u8868\u4e2d\u53ea\u663e\u793a\u6bcf\u4e2a\u8d23\u4efb\u533a\u7684\u6c47\u603b\u5206\uff085\u4efd\u53ca\u4ee5\u4e0a\u53bb\u6389\u4e00\u4e2a\u6700\u9ad8\u5206\u548c\u4e00\u4e2a\u6700\u4f4e\u5206\u540e\u53d6\u5e73\u5747\uff09\uff0c\u4e0d\u663e\u793a\u4efb\u4f55\u68c0\u67e5\u4eba\u7684\u5355\u72ec\u8bc4\u5206\u3002", None))
        self.innerTabs.setTabText(self.innerTabs.indexOf(self.weeklyPage), QCoreApplication.translate("AssessmentTab", u"\u5468\u68c0\u67e5", None))
        self.pointsStatusLabel.setText("")
        self.checkButton.setText(QCoreApplication.translate("AssessmentTab", u"\u6838\u5bf9\u79ef\u5206", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u6309\u79ef\u5206\u89c4\u5219\u4ece\u5404\u9879\u8bb0\u5f55\u91cd\u7b97\uff0c\u5217\u51fa\u4e0d\u4e00\u81f4\u4e4b\u5904", None))
#endif // QT_CONFIG(tooltip)
        self.rebuildButton.setText(QCoreApplication.translate("AssessmentTab", u"\u8865\u8bb0\u66f4\u6b63", None))
#if QT_CONFIG(tooltip)
        self.rebuildButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u8ffd\u52a0\u4f7f\u79ef\u5206\u8bb0\u5f55\u4e0e\u5404\u9879\u8bb0\u5f55\u4e00\u81f4\u7684\u8bb0\u5f55\uff08\u53ea\u589e\u4e0d\u6539\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.rulesButton.setText(QCoreApplication.translate("AssessmentTab", u"\u79ef\u5206\u89c4\u5219\u2026", None))
#if QT_CONFIG(tooltip)
        self.rulesButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u79ef\u5206\u9879\u76ee\u3001\u5206\u503c\u3001\u6bcf\u671f\u4e0a\u9650", None))
#endif // QT_CONFIG(tooltip)
        self.entriesButton.setText(QCoreApplication.translate("AssessmentTab", u"\u79ef\u5206\u660e\u7ec6\u2026", None))
#if QT_CONFIG(tooltip)
        self.entriesButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u9009\u4e2d\u515a\u5458\u672c\u5b63\u5ea6\u7684\u6bcf\u6761\u79ef\u5206\u8bb0\u5f55\u53ca\u5176\u6765\u6e90\uff08\u4e5f\u53ef\u53cc\u51fb\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.exportPointsButton.setText(QCoreApplication.translate("AssessmentTab", u"\u5bfc\u51fa\u79ef\u5206\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPointsButton.setToolTip(QCoreApplication.translate("AssessmentTab", u"\u5bfc\u51fa\u672c\u5b63\u5ea6\u515a\u5458\u79ef\u5206\uff08Excel\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.innerTabs.setTabText(self.innerTabs.indexOf(self.pointsPage), QCoreApplication.translate("AssessmentTab", u"\u515a\u5458\u79ef\u5206", None))
        self.monthlyLabel.setText(QCoreApplication.translate("AssessmentTab", u"\u6708\u8003\u6838\uff08\u8d23\u4efb\u533a\u6bcf\u6708\u81ea\u67e5\u5f97\u5206\uff09", None))
        self.monthlyButton.setText(QCoreApplication.translate("AssessmentTab", u"\u5f55\u5165\u6708\u8003\u6838\u2026", None))
        self.supervisionLabel.setText(QCoreApplication.translate("AssessmentTab", u"\u65ec\u7763\u5bfc\uff08\u6bcf\u65ec\u7763\u5bfc\u8bb0\u5f55\uff09", None))
        self.supervisionButton.setText(QCoreApplication.translate("AssessmentTab", u"\u8bb0\u5f55\u65ec\u7763\u5bfc\u2026", None))
        self.innerTabs.setTabText(self.innerTabs.indexOf(self.recordsPage), QCoreApplication.translate("AssessmentTab", u"\u6708\u8003\u6838 \u00b7 \u65ec\u7763\u5bfc", None))
    # retranslateUi

