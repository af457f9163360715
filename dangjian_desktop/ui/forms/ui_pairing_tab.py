# Generated from forms/pairing_tab.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pairing_tab.ui'
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
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_PairingTab(object):
    def setupUi(self, PairingTab):
        if not PairingTab.objectName():
            PairingTab.setObjectName(u"PairingTab")
        PairingTab.resize(1200, 700)
        self.rootLayout = QVBoxLayout(PairingTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(6, 6, 6, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.branchLabel = QLabel(PairingTab)
        self.branchLabel.setObjectName(u"branchLabel")

        self.filterLayout.addWidget(self.branchLabel)

        self.branchCombo = QComboBox(PairingTab)
        self.branchCombo.setObjectName(u"branchCombo")
        self.branchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.branchCombo.setMinimumSize(QSize(140, 0))

        self.filterLayout.addWidget(self.branchCombo)

        self.unitLabel = QLabel(PairingTab)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(PairingTab)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unitCombo.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.unitCombo)

        self.searchEdit = QLineEdit(PairingTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(160, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.spacer1 = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.spacer1)

        self.coverageLabel = QLabel(PairingTab)
        self.coverageLabel.setObjectName(u"coverageLabel")
        self.coverageLabel.setProperty(u"coverage", True)
        self.coverageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filterLayout.addWidget(self.coverageLabel)


        self.rootLayout.addLayout(self.filterLayout)

        self.pages = QTabWidget(PairingTab)
        self.pages.setObjectName(u"pages")
        self.followPage = QWidget()
        self.followPage.setObjectName(u"followPage")
        self.followLayout = QVBoxLayout(self.followPage)
        self.followLayout.setObjectName(u"followLayout")
        self.followLayout.setContentsMargins(4, 4, 4, 4)
        self.followBar = QHBoxLayout()
        self.followBar.setObjectName(u"followBar")
        self.dueOnlyCheck = QCheckBox(self.followPage)
        self.dueOnlyCheck.setObjectName(u"dueOnlyCheck")
        self.dueOnlyCheck.setChecked(True)

        self.followBar.addWidget(self.dueOnlyCheck)

        self.memberFilterLabel = QLabel(self.followPage)
        self.memberFilterLabel.setObjectName(u"memberFilterLabel")

        self.followBar.addWidget(self.memberFilterLabel)

        self.memberFilterCombo = QComboBox(self.followPage)
        self.memberFilterCombo.setObjectName(u"memberFilterCombo")
        self.memberFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.followBar.addWidget(self.memberFilterCombo)

        self.followCountLabel = QLabel(self.followPage)
        self.followCountLabel.setObjectName(u"followCountLabel")

        self.followBar.addWidget(self.followCountLabel)

        self.spacer2 = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followBar.addItem(self.spacer2)

        self.recordButton = QPushButton(self.followPage)
        self.recordButton.setObjectName(u"recordButton")

        self.followBar.addWidget(self.recordButton)


        self.followLayout.addLayout(self.followBar)

        self.followTable = QTableView(self.followPage)
        self.followTable.setObjectName(u"followTable")
        self.followTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.followTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followTable.setAlternatingRowColors(True)
        self.followTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.followTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followTable.setSortingEnabled(True)
        self.followTable.setWordWrap(False)

        self.followLayout.addWidget(self.followTable)

        self.detailBox = QGroupBox(self.followPage)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QHBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLabel = QLabel(self.detailBox)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.detailLabel.sizePolicy().hasHeightForWidth())
        self.detailLabel.setSizePolicy(sizePolicy)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailLabel)

        self.detailButtons = QGridLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.editPairButton = QPushButton(self.detailBox)
        self.editPairButton.setObjectName(u"editPairButton")

        self.detailButtons.addWidget(self.editPairButton, 0, 0, 1, 1)

        self.endPairButton = QPushButton(self.detailBox)
        self.endPairButton.setObjectName(u"endPairButton")

        self.detailButtons.addWidget(self.endPairButton, 0, 1, 1, 1)

        self.guaranteeButton = QPushButton(self.detailBox)
        self.guaranteeButton.setObjectName(u"guaranteeButton")

        self.detailButtons.addWidget(self.guaranteeButton, 1, 0, 1, 1)

        self.openScanButton = QPushButton(self.detailBox)
        self.openScanButton.setObjectName(u"openScanButton")

        self.detailButtons.addWidget(self.openScanButton, 1, 1, 1, 1)


        self.detailLayout.addLayout(self.detailButtons)


        self.followLayout.addWidget(self.detailBox)

        self.pages.addTab(self.followPage, "")
        self.uncoveredPage = QWidget()
        self.uncoveredPage.setObjectName(u"uncoveredPage")
        self.uncoveredLayout = QVBoxLayout(self.uncoveredPage)
        self.uncoveredLayout.setObjectName(u"uncoveredLayout")
        self.uncoveredLayout.setContentsMargins(4, 4, 4, 4)
        self.uncoveredBar = QHBoxLayout()
        self.uncoveredBar.setObjectName(u"uncoveredBar")
        self.uncoveredCountLabel = QLabel(self.uncoveredPage)
        self.uncoveredCountLabel.setObjectName(u"uncoveredCountLabel")

        self.uncoveredBar.addWidget(self.uncoveredCountLabel)

        self.spacer3 = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.uncoveredBar.addItem(self.spacer3)

        self.assignLabel = QLabel(self.uncoveredPage)
        self.assignLabel.setObjectName(u"assignLabel")

        self.uncoveredBar.addWidget(self.assignLabel)

        self.assignCombo = QComboBox(self.uncoveredPage)
        self.assignCombo.setObjectName(u"assignCombo")
        self.assignCombo.setMinimumSize(QSize(220, 0))

        self.uncoveredBar.addWidget(self.assignCombo)

        self.assignButton = QPushButton(self.uncoveredPage)
        self.assignButton.setObjectName(u"assignButton")

        self.uncoveredBar.addWidget(self.assignButton)


        self.uncoveredLayout.addLayout(self.uncoveredBar)

        self.uncoveredTable = QTableView(self.uncoveredPage)
        self.uncoveredTable.setObjectName(u"uncoveredTable")
        self.uncoveredTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.uncoveredTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.uncoveredTable.setAlternatingRowColors(True)
        self.uncoveredTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.uncoveredTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.uncoveredTable.setSortingEnabled(True)
        self.uncoveredTable.setWordWrap(False)

        self.uncoveredLayout.addWidget(self.uncoveredTable)

        self.pages.addTab(self.uncoveredPage, "")
        self.loadPage = QWidget()
        self.loadPage.setObjectName(u"loadPage")
        self.loadLayout = QHBoxLayout(self.loadPage)
        self.loadLayout.setObjectName(u"loadLayout")
        self.loadLayout.setContentsMargins(4, 4, 4, 4)
        self.unitsBox = QVBoxLayout()
        self.unitsBox.setObjectName(u"unitsBox")
        self.unitsTitle = QLabel(self.loadPage)
        self.unitsTitle.setObjectName(u"unitsTitle")

        self.unitsBox.addWidget(self.unitsTitle)

        self.unitsTable = QTableView(self.loadPage)
        self.unitsTable.setObjectName(u"unitsTable")
        self.unitsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitsTable.setAlternatingRowColors(True)
        self.unitsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unitsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitsTable.setWordWrap(False)

        self.unitsBox.addWidget(self.unitsTable)


        self.loadLayout.addLayout(self.unitsBox)

        self.membersBox = QVBoxLayout()
        self.membersBox.setObjectName(u"membersBox")
        self.membersTitle = QLabel(self.loadPage)
        self.membersTitle.setObjectName(u"membersTitle")

        self.membersBox.addWidget(self.membersTitle)

        self.loadTable = QTableView(self.loadPage)
        self.loadTable.setObjectName(u"loadTable")
        self.loadTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loadTable.setAlternatingRowColors(True)
        self.loadTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.loadTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loadTable.setWordWrap(False)

        self.membersBox.addWidget(self.loadTable)


        self.loadLayout.addLayout(self.membersBox)

        self.pages.addTab(self.loadPage, "")
        self.hardshipPage = QWidget()
        self.hardshipPage.setObjectName(u"hardshipPage")
        self.hardshipLayout = QVBoxLayout(self.hardshipPage)
        self.hardshipLayout.setObjectName(u"hardshipLayout")
        self.hardshipLayout.setContentsMargins(4, 4, 4, 4)
        self.hardshipBar = QHBoxLayout()
        self.hardshipBar.setObjectName(u"hardshipBar")
        self.closedCheck = QCheckBox(self.hardshipPage)
        self.closedCheck.setObjectName(u"closedCheck")

        self.hardshipBar.addWidget(self.closedCheck)

        self.hardshipCountLabel = QLabel(self.hardshipPage)
        self.hardshipCountLabel.setObjectName(u"hardshipCountLabel")

        self.hardshipBar.addWidget(self.hardshipCountLabel)

        self.spacer4 = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hardshipBar.addItem(self.spacer4)

        self.newPlanButton = QPushButton(self.hardshipPage)
        self.newPlanButton.setObjectName(u"newPlanButton")

        self.hardshipBar.addWidget(self.newPlanButton)

        self.stepDoneButton = QPushButton(self.hardshipPage)
        self.stepDoneButton.setObjectName(u"stepDoneButton")

        self.hardshipBar.addWidget(self.stepDoneButton)

        self.closePlanButton = QPushButton(self.hardshipPage)
        self.closePlanButton.setObjectName(u"closePlanButton")

        self.hardshipBar.addWidget(self.closePlanButton)


        self.hardshipLayout.addLayout(self.hardshipBar)

        self.hardshipSplitter = QSplitter(self.hardshipPage)
        self.hardshipSplitter.setObjectName(u"hardshipSplitter")
        self.hardshipSplitter.setOrientation(Qt.Orientation.Vertical)
        self.hardshipSplitter.setChildrenCollapsible(False)
        self.plansTable = QTableView(self.hardshipSplitter)
        self.plansTable.setObjectName(u"plansTable")
        self.plansTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plansTable.setAlternatingRowColors(True)
        self.plansTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plansTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plansTable.setWordWrap(False)
        self.hardshipSplitter.addWidget(self.plansTable)
        self.stepsTable = QTableView(self.hardshipSplitter)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stepsTable.setAlternatingRowColors(True)
        self.stepsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stepsTable.setWordWrap(False)
        self.hardshipSplitter.addWidget(self.stepsTable)

        self.hardshipLayout.addWidget(self.hardshipSplitter)

        self.pages.addTab(self.hardshipPage, "")
        self.figuresPage = QWidget()
        self.figuresPage.setObjectName(u"figuresPage")
        self.figuresLayout = QVBoxLayout(self.figuresPage)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setContentsMargins(4, 4, 4, 4)
        self.figuresBar = QHBoxLayout()
        self.figuresBar.setObjectName(u"figuresBar")
        self.yearLabel = QLabel(self.figuresPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.figuresBar.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.figuresPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.figuresBar.addWidget(self.yearSpin)

        self.spacer5 = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.figuresBar.addItem(self.spacer5)


        self.figuresLayout.addLayout(self.figuresBar)

        self.figuresText = QTextBrowser(self.figuresPage)
        self.figuresText.setObjectName(u"figuresText")
        self.figuresText.setOpenLinks(False)

        self.figuresLayout.addWidget(self.figuresText)

        self.pages.addTab(self.figuresPage, "")

        self.rootLayout.addWidget(self.pages)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.messageLabel = QLabel(PairingTab)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.bottomLayout.addWidget(self.messageLabel)

        self.newPairButton = QPushButton(PairingTab)
        self.newPairButton.setObjectName(u"newPairButton")

        self.bottomLayout.addWidget(self.newPairButton)

        self.exportButton = QPushButton(PairingTab)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomLayout.addWidget(self.exportButton)

        self.printButton = QPushButton(PairingTab)
        self.printButton.setObjectName(u"printButton")

        self.bottomLayout.addWidget(self.printButton)


        self.rootLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.branchLabel.setBuddy(self.branchCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.memberFilterLabel.setBuddy(self.memberFilterCombo)
        self.assignLabel.setBuddy(self.assignCombo)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PairingTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PairingTab)
    # setupUi

    def retranslateUi(self, PairingTab):
        PairingTab.setWindowTitle(QCoreApplication.translate("PairingTab", u"\u7ed3\u5bf9\u5e2e\u6276", None))
        self.branchLabel.setText(QCoreApplication.translate("PairingTab", u"\u652f\u90e8", None))
        self.unitLabel.setText(QCoreApplication.translate("PairingTab", u"\u533a\u961f", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PairingTab", u"\u67e5\u627e\u804c\u5de5\u3001\u515a\u5458\u3001\u5de5\u53f7\u6216\u5c97\u4f4d", None))
        self.coverageLabel.setText(QCoreApplication.translate("PairingTab", u"\u5305\u4fdd\u8986\u76d6", None))
        self.dueOnlyCheck.setText(QCoreApplication.translate("PairingTab", u"\u53ea\u770b\u5df2\u903e\u671f\u548c3\u5929\u5185\u5230\u671f", None))
        self.memberFilterLabel.setText(QCoreApplication.translate("PairingTab", u"\u515a\u5458", None))
        self.followCountLabel.setText("")
        self.recordButton.setText(QCoreApplication.translate("PairingTab", u"\u8bb0\u5f55\u8ddf\u8fdb\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("PairingTab", u"\u4e3a\u9009\u4e2d\u7684\u804c\u5de5\u8bb0\u5f55\u4e00\u6b21\u8ddf\u8fdb\uff08\u4e5f\u53ef\u53cc\u51fb\u8be5\u884c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.detailBox.setTitle(QCoreApplication.translate("PairingTab", u"\u7ed3\u5bf9\u8be6\u60c5", None))
        self.detailLabel.setText(QCoreApplication.translate("PairingTab", u"\u9009\u4e2d\u4e00\u884c\u67e5\u770b\u5176\u7ed3\u5bf9\u3001\u5b89\u5168\u8054\u4fdd\u8d23\u4efb\u4e66\u548c\u6700\u8fd1\u7684\u8ddf\u8fdb\u3002", None))
        self.editPairButton.setText(QCoreApplication.translate("PairingTab", u"\u7f16\u8f91\u7ed3\u5bf9\u2026", None))
        self.endPairButton.setText(QCoreApplication.translate("PairingTab", u"\u7ed3\u675f\u7ed3\u5bf9\u2026", None))
        self.guaranteeButton.setText(QCoreApplication.translate("PairingTab", u"\u8054\u4fdd\u8d23\u4efb\u4e66\u2026", None))
#if QT_CONFIG(tooltip)
        self.guaranteeButton.setToolTip(QCoreApplication.translate("PairingTab", u"\u65b0\u589e\u6216\u4fee\u6539\u8fd9\u4e00\u7ed3\u5bf9\u7684\u5b89\u5168\u8054\u4fdd\u8d23\u4efb\u4e66\uff08\u53ef\u9644\u626b\u63cf\u4ef6\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.openScanButton.setText(QCoreApplication.translate("PairingTab", u"\u6253\u5f00\u626b\u63cf\u4ef6", None))
#if QT_CONFIG(tooltip)
        self.openScanButton.setToolTip(QCoreApplication.translate("PairingTab", u"\u7528\u7cfb\u7edf\u7684\u770b\u56fe\u6216PDF\u7a0b\u5e8f\u6253\u5f00\u8d23\u4efb\u4e66\u626b\u63cf\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.followPage), QCoreApplication.translate("PairingTab", u"\u8ddf\u8fdb\u63d0\u9192", None))
        self.uncoveredCountLabel.setText("")
        self.assignLabel.setText(QCoreApplication.translate("PairingTab", u"\u5305\u4fdd\u515a\u5458", None))
#if QT_CONFIG(tooltip)
        self.assignCombo.setToolTip(QCoreApplication.translate("PairingTab", u"\u6309\u5f53\u524d\u5305\u4fdd\u4eba\u6570\u4ece\u5c11\u5230\u591a\u6392\u5217", None))
#endif // QT_CONFIG(tooltip)
        self.assignButton.setText(QCoreApplication.translate("PairingTab", u"\u5206\u914d\u5305\u4fdd", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("PairingTab", u"\u628a\u9009\u4e2d\u7684\u804c\u5de5\u5206\u914d\u7ed9\u8fd9\u540d\u515a\u5458\u5305\u4fdd\uff08\u52a0\u5165\u5176\u8fdb\u884c\u4e2d\u7684\u7ed3\u5bf9\uff0c\u6ca1\u6709\u65f6\u65b0\u5efa\u7ed3\u5bf9\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.uncoveredPage), QCoreApplication.translate("PairingTab", u"\u672a\u5305\u4fdd\u804c\u5de5", None))
        self.unitsTitle.setText(QCoreApplication.translate("PairingTab", u"\u5404\u533a\u961f\u5305\u4fdd\u8986\u76d6", None))
        self.membersTitle.setText(QCoreApplication.translate("PairingTab", u"\u515a\u5458\u5305\u4fdd\u8d1f\u8f7d\uff08\u5305\u4fdd\u4eba\u6570\u5c11\u7684\u5728\u524d\uff09", None))
        self.pages.setTabText(self.pages.indexOf(self.loadPage), QCoreApplication.translate("PairingTab", u"\u8986\u76d6\u4e0e\u8d1f\u8f7d", None))
        self.closedCheck.setText(QCoreApplication.translate("PairingTab", u"\u542b\u5df2\u9500\u6237", None))
        self.hardshipCountLabel.setText("")
        self.newPlanButton.setText(QCoreApplication.translate("PairingTab", u"\u65b0\u5efa\u5e2e\u6276\u8ba1\u5212\u2026", None))
        self.stepDoneButton.setText(QCoreApplication.translate("PairingTab", u"\u6b65\u9aa4\u5b8c\u6210", None))
#if QT_CONFIG(tooltip)
        self.stepDoneButton.setToolTip(QCoreApplication.translate("PairingTab", u"\u628a\u9009\u4e2d\u7684\u6b65\u9aa4\u6807\u4e3a\u4eca\u5929\u5b8c\u6210\uff08\u518d\u70b9\u4e00\u6b21\u6539\u56de\u672a\u5b8c\u6210\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.closePlanButton.setText(QCoreApplication.translate("PairingTab", u"\u5bf9\u8d26\u9500\u6237\u2026", None))
        self.pages.setTabText(self.pages.indexOf(self.hardshipPage), QCoreApplication.translate("PairingTab", u"\u56f0\u96be\u5e2e\u6276", None))
        self.yearLabel.setText(QCoreApplication.translate("PairingTab", u"\u5e74\u5ea6", None))
        self.pages.setTabText(self.pages.indexOf(self.figuresPage), QCoreApplication.translate("PairingTab", u"\u7edf\u8ba1", None))
        self.messageLabel.setText("")
        self.newPairButton.setText(QCoreApplication.translate("PairingTab", u"\u65b0\u5efa\u7ed3\u5bf9\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("PairingTab", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("PairingTab", u"\u5bfc\u51fa\u7ed3\u5bf9\u5305\u4fdd\u53f0\u8d26\uff08Excel\uff1a\u5305\u4fdd\u8986\u76d6\u7387\u3001\u7ed3\u5bf9\u4e0e\u8ddf\u8fdb\u3001\u672a\u5305\u4fdd\u804c\u5de5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PairingTab", u"\u6253\u5370\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PairingTab", u"\u6253\u5370\u7ed3\u5bf9\u5b50 \u00b7 \u5b89\u5168\u8054\u4fdd\u516c\u793a", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

