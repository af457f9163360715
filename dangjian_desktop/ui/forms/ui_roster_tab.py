# Generated from forms/roster_tab.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_tab.ui'
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
    QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RosterTab(object):
    def setupUi(self, RosterTab):
        if not RosterTab.objectName():
            RosterTab.setObjectName(u"RosterTab")
        RosterTab.resize(1200, 700)
        self.rootLayout = QHBoxLayout(RosterTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(RosterTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPanel = QWidget(self.splitter)
        self.leftPanel.setObjectName(u"leftPanel")
        self.leftLayout = QVBoxLayout(self.leftPanel)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.orgLabel = QLabel(self.leftPanel)
        self.orgLabel.setObjectName(u"orgLabel")

        self.leftLayout.addWidget(self.orgLabel)

        self.orgTree = QTreeWidget(self.leftPanel)
        self.orgTree.setObjectName(u"orgTree")
        self.orgTree.setMinimumSize(QSize(200, 0))
        self.orgTree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.orgTree.setRootIsDecorated(False)
        self.orgTree.setHeaderHidden(True)
        self.orgTree.setUniformRowHeights(True)

        self.leftLayout.addWidget(self.orgTree)

        self.treeButtons = QGridLayout()
        self.treeButtons.setObjectName(u"treeButtons")
        self.addBranchButton = QPushButton(self.leftPanel)
        self.addBranchButton.setObjectName(u"addBranchButton")

        self.treeButtons.addWidget(self.addBranchButton, 0, 0, 1, 1)

        self.renameButton = QPushButton(self.leftPanel)
        self.renameButton.setObjectName(u"renameButton")

        self.treeButtons.addWidget(self.renameButton, 0, 1, 1, 1)

        self.addUnitButton = QPushButton(self.leftPanel)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.treeButtons.addWidget(self.addUnitButton, 1, 0, 1, 1)

        self.deleteOrgButton = QPushButton(self.leftPanel)
        self.deleteOrgButton.setObjectName(u"deleteOrgButton")

        self.treeButtons.addWidget(self.deleteOrgButton, 1, 1, 1, 1)


        self.leftLayout.addLayout(self.treeButtons)

        self.splitter.addWidget(self.leftPanel)
        self.rightPanel = QWidget(self.splitter)
        self.rightPanel.setObjectName(u"rightPanel")
        self.rightLayout = QVBoxLayout(self.rightPanel)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyHint = QFrame(self.rightPanel)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setFrameShape(QFrame.Shape.StyledPanel)
        self.emptyHintLayout = QHBoxLayout(self.emptyHint)
        self.emptyHintLayout.setObjectName(u"emptyHintLayout")
        self.emptyHintLabel = QLabel(self.emptyHint)
        self.emptyHintLabel.setObjectName(u"emptyHintLabel")
        self.emptyHintLabel.setWordWrap(True)

        self.emptyHintLayout.addWidget(self.emptyHintLabel)

        self.emptyAddBranchButton = QPushButton(self.emptyHint)
        self.emptyAddBranchButton.setObjectName(u"emptyAddBranchButton")

        self.emptyHintLayout.addWidget(self.emptyAddBranchButton)

        self.emptyHintLayout.setStretch(0, 1)

        self.rightLayout.addWidget(self.emptyHint)

        self.actionBar = QHBoxLayout()
        self.actionBar.setObjectName(u"actionBar")
        self.addButton = QPushButton(self.rightPanel)
        self.addButton.setObjectName(u"addButton")

        self.actionBar.addWidget(self.addButton)

        self.editButton = QPushButton(self.rightPanel)
        self.editButton.setObjectName(u"editButton")

        self.actionBar.addWidget(self.editButton)

        self.archiveButton = QPushButton(self.rightPanel)
        self.archiveButton.setObjectName(u"archiveButton")

        self.actionBar.addWidget(self.archiveButton)

        self.restoreButton = QPushButton(self.rightPanel)
        self.restoreButton.setObjectName(u"restoreButton")

        self.actionBar.addWidget(self.restoreButton)

        self.actionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionBar.addItem(self.actionSpacer)

        self.importButton = QPushButton(self.rightPanel)
        self.importButton.setObjectName(u"importButton")

        self.actionBar.addWidget(self.importButton)

        self.historyButton = QPushButton(self.rightPanel)
        self.historyButton.setObjectName(u"historyButton")

        self.actionBar.addWidget(self.historyButton)

        self.templateButton = QPushButton(self.rightPanel)
        self.templateButton.setObjectName(u"templateButton")

        self.actionBar.addWidget(self.templateButton)

        self.exportButton = QPushButton(self.rightPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.actionBar.addWidget(self.exportButton)


        self.rightLayout.addLayout(self.actionBar)

        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.searchEdit = QLineEdit(self.rightPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.searchEdit)

        self.politicalLabel = QLabel(self.rightPanel)
        self.politicalLabel.setObjectName(u"politicalLabel")

        self.filterBar.addWidget(self.politicalLabel)

        self.politicalCombo = QComboBox(self.rightPanel)
        self.politicalCombo.setObjectName(u"politicalCombo")
        self.politicalCombo.setMinimumSize(QSize(150, 0))

        self.filterBar.addWidget(self.politicalCombo)

        self.archivedCheck = QCheckBox(self.rightPanel)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.filterBar.addWidget(self.archivedCheck)


        self.rightLayout.addLayout(self.filterBar)

        self.peopleTable = QTableView(self.rightPanel)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.peopleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleTable.setSortingEnabled(True)
        self.peopleTable.setWordWrap(False)
        self.peopleTable.horizontalHeader().setStretchLastSection(True)
        self.peopleTable.verticalHeader().setVisible(False)

        self.rightLayout.addWidget(self.peopleTable)

        self.statusBar = QHBoxLayout()
        self.statusBar.setObjectName(u"statusBar")
        self.countLabel = QLabel(self.rightPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.statusBar.addWidget(self.countLabel)

        self.messageLabel = QLabel(self.rightPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.statusBar.addWidget(self.messageLabel)


        self.rightLayout.addLayout(self.statusBar)

        self.splitter.addWidget(self.rightPanel)

        self.rootLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.searchEdit, self.politicalCombo)
        QWidget.setTabOrder(self.politicalCombo, self.archivedCheck)
        QWidget.setTabOrder(self.archivedCheck, self.peopleTable)
        QWidget.setTabOrder(self.peopleTable, self.orgTree)

        self.retranslateUi(RosterTab)

        QMetaObject.connectSlotsByName(RosterTab)
    # setupUi

    def retranslateUi(self, RosterTab):
        RosterTab.setWindowTitle(QCoreApplication.translate("RosterTab", u"\u4eba\u5458", None))
        self.orgLabel.setText(QCoreApplication.translate("RosterTab", u"\u7ec4\u7ec7\u673a\u6784", None))
        ___qtreewidgetitem = self.orgTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RosterTab", u"\u7ec4\u7ec7\u673a\u6784", None))
        self.addBranchButton.setText(QCoreApplication.translate("RosterTab", u"\u65b0\u589e\u652f\u90e8", None))
        self.renameButton.setText(QCoreApplication.translate("RosterTab", u"\u91cd\u547d\u540d", None))
        self.addUnitButton.setText(QCoreApplication.translate("RosterTab", u"\u65b0\u589e\u533a\u961f/\u73ed\u7ec4", None))
#if QT_CONFIG(tooltip)
        self.deleteOrgButton.setToolTip(QCoreApplication.translate("RosterTab", u"\u5220\u9664\u9009\u4e2d\u7684\u652f\u90e8\u3001\u533a\u961f\u6216\u73ed\u7ec4\uff08\u53ea\u80fd\u5220\u9664\u6ca1\u6709\u4eba\u5458\u548c\u8bb0\u5f55\u7684\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.deleteOrgButton.setText(QCoreApplication.translate("RosterTab", u"\u5220\u9664", None))
        self.emptyHintLabel.setText(QCoreApplication.translate("RosterTab", u"\u6570\u636e\u5e93\u4e2d\u8fd8\u6ca1\u6709\u652f\u90e8\u3002\u8bf7\u5148\u65b0\u5efa\u4e00\u4e2a\u652f\u90e8\uff08\u5982\u201c\u7efc\u91c7\u4e8c\u533a\u515a\u652f\u90e8\u201d\uff09\uff0c\u518d\u65b0\u589e\u4eba\u5458\u6216\u5bfc\u5165\u540d\u518c\u3002", None))
        self.emptyAddBranchButton.setText(QCoreApplication.translate("RosterTab", u"\u65b0\u5efa\u652f\u90e8\u2026", None))
        self.addButton.setText(QCoreApplication.translate("RosterTab", u"\u65b0\u589e", None))
        self.editButton.setText(QCoreApplication.translate("RosterTab", u"\u7f16\u8f91", None))
        self.archiveButton.setText(QCoreApplication.translate("RosterTab", u"\u5f52\u6863", None))
        self.restoreButton.setText(QCoreApplication.translate("RosterTab", u"\u6062\u590d", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("RosterTab", u"\u4ece Excel \u6216 CSV \u540d\u518c\u5bfc\u5165\u4eba\u5458\uff08\u5148\u9884\u89c8\uff0c\u6709\u9519\u8bef\u65f6\u4e0d\u5199\u5165\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("RosterTab", u"\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("RosterTab", u"\u6bcf\u6b21\u540d\u518c\u5bfc\u5165\u7684\u8bb0\u5f55\uff1b\u53ef\u64a4\u9500\u4e0a\u6b21\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("RosterTab", u"\u5bfc\u5165\u8bb0\u5f55\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("RosterTab", u"\u4fdd\u5b58\u4e00\u4efd\u4eba\u5458\u540d\u518c\u5bfc\u5165\u6a21\u677f\uff08xlsx\uff09\uff0c\u5728 Excel \u4e2d\u586b\u5199\u540e\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("RosterTab", u"\u5bfc\u51fa\u6a21\u677f\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RosterTab", u"\u628a\u5f53\u524d\u7b5b\u9009\u51fa\u7684\u4eba\u5458\u5bfc\u51fa\u4e3a Excel \u540d\u518c\uff08\u6309\u59d3\u540d\u62fc\u97f3\u6392\u5e8f\uff0c\u53ef\u518d\u6b21\u5bfc\u5165\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("RosterTab", u"\u5bfc\u51fa\u540d\u518c\u2026", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RosterTab", u"\u641c\u7d22\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\uff08\u5982 zw\uff09\u3001\u5de5\u53f7\u3001\u5c97\u4f4d\u3001\u7535\u8bdd", None))
        self.politicalLabel.setText(QCoreApplication.translate("RosterTab", u"\u653f\u6cbb\u9762\u8c8c", None))
        self.archivedCheck.setText(QCoreApplication.translate("RosterTab", u"\u663e\u793a\u5df2\u5f52\u6863", None))
        self.countLabel.setText("")
        self.messageLabel.setText("")
    # retranslateUi

