# Generated from forms/zones_tab.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'zones_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ZonesTab(object):
    def setupUi(self, ZonesTab):
        if not ZonesTab.objectName():
            ZonesTab.setObjectName(u"ZonesTab")
        ZonesTab.resize(1000, 640)
        self.mainLayout = QVBoxLayout(ZonesTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.branchLabel = QLabel(ZonesTab)
        self.branchLabel.setObjectName(u"branchLabel")

        self.filterLayout.addWidget(self.branchLabel)

        self.branchCombo = QComboBox(ZonesTab)
        self.branchCombo.setObjectName(u"branchCombo")
        self.branchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.branchCombo)

        self.unitLabel = QLabel(ZonesTab)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(ZonesTab)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.unitCombo)

        self.kindLabel = QLabel(ZonesTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ZonesTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.statusLabel = QLabel(ZonesTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ZonesTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.searchEdit = QLineEdit(ZonesTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.filterLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(ZonesTab)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ZonesTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.reportButton = QPushButton(ZonesTab)
        self.reportButton.setObjectName(u"reportButton")

        self.buttonLayout.addWidget(self.reportButton)

        self.suggestionButton = QPushButton(ZonesTab)
        self.suggestionButton.setObjectName(u"suggestionButton")

        self.buttonLayout.addWidget(self.suggestionButton)

        self.quickButton = QPushButton(ZonesTab)
        self.quickButton.setObjectName(u"quickButton")

        self.buttonLayout.addWidget(self.quickButton)

        self.revokeButton = QPushButton(ZonesTab)
        self.revokeButton.setObjectName(u"revokeButton")

        self.buttonLayout.addWidget(self.revokeButton)

        self.endButton = QPushButton(ZonesTab)
        self.endButton.setObjectName(u"endButton")

        self.buttonLayout.addWidget(self.endButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ZonesTab)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.printButton = QPushButton(ZonesTab)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.viewTabs = QTabWidget(ZonesTab)
        self.viewTabs.setObjectName(u"viewTabs")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.zoneTable = QTableView(self.listPage)
        self.zoneTable.setObjectName(u"zoneTable")
        self.zoneTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.zoneTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.zoneTable.setAlternatingRowColors(True)
        self.zoneTable.setSortingEnabled(True)
        self.zoneTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.listLayout.addWidget(self.zoneTable)

        self.viewTabs.addTab(self.listPage, "")
        self.boardPage = QWidget()
        self.boardPage.setObjectName(u"boardPage")
        self.boardLayout = QVBoxLayout(self.boardPage)
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardLayout.setContentsMargins(0, 0, 0, 0)
        self.boardHint = QLabel(self.boardPage)
        self.boardHint.setObjectName(u"boardHint")
        self.boardHint.setWordWrap(True)

        self.boardLayout.addWidget(self.boardHint)

        self.boardView = QListView(self.boardPage)
        self.boardView.setObjectName(u"boardView")

        self.boardLayout.addWidget(self.boardView)

        self.viewTabs.addTab(self.boardPage, "")
        self.compliancePage = QWidget()
        self.compliancePage.setObjectName(u"compliancePage")
        self.complianceLayout = QVBoxLayout(self.compliancePage)
        self.complianceLayout.setObjectName(u"complianceLayout")
        self.complianceLayout.setContentsMargins(0, 0, 0, 0)
        self.complianceHint = QLabel(self.compliancePage)
        self.complianceHint.setObjectName(u"complianceHint")
        self.complianceHint.setWordWrap(True)

        self.complianceLayout.addWidget(self.complianceHint)

        self.complianceSplitter = QSplitter(self.compliancePage)
        self.complianceSplitter.setObjectName(u"complianceSplitter")
        self.complianceSplitter.setOrientation(Qt.Orientation.Vertical)
        self.complianceTable = QTableView(self.complianceSplitter)
        self.complianceTable.setObjectName(u"complianceTable")
        self.complianceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complianceSplitter.addWidget(self.complianceTable)
        self.missingText = QPlainTextEdit(self.complianceSplitter)
        self.missingText.setObjectName(u"missingText")
        self.missingText.setReadOnly(True)
        self.complianceSplitter.addWidget(self.missingText)

        self.complianceLayout.addWidget(self.complianceSplitter)

        self.viewTabs.addTab(self.compliancePage, "")

        self.mainLayout.addWidget(self.viewTabs)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.countLabel = QLabel(ZonesTab)
        self.countLabel.setObjectName(u"countLabel")

        self.statusLayout.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.messageLabel = QLabel(ZonesTab)
        self.messageLabel.setObjectName(u"messageLabel")

        self.statusLayout.addWidget(self.messageLabel)


        self.mainLayout.addLayout(self.statusLayout)

#if QT_CONFIG(shortcut)
        self.branchLabel.setBuddy(self.branchCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ZonesTab)

        self.viewTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ZonesTab)
    # setupUi

    def retranslateUi(self, ZonesTab):
        self.branchLabel.setText(QCoreApplication.translate("ZonesTab", u"\u652f\u90e8", None))
        self.unitLabel.setText(QCoreApplication.translate("ZonesTab", u"\u533a\u961f/\u73ed\u7ec4", None))
        self.kindLabel.setText(QCoreApplication.translate("ZonesTab", u"\u7c7b\u578b", None))
        self.statusLabel.setText(QCoreApplication.translate("ZonesTab", u"\u72b6\u6001", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ZonesTab", u"\u67e5\u627e\u540d\u79f0\u3001\u793a\u8303\u8005\u3001\u5730\u70b9\uff08\u53ef\u8f93\u5165\u62fc\u97f3\u9996\u5b57\u6bcd\uff09", None))
        self.addButton.setText(QCoreApplication.translate("ZonesTab", u"\u65b0\u5efa\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ZonesTab", u"\u65b0\u5efa\u515a\u5458\u8d23\u4efb\u533a\u6216\u515a\u5458\u793a\u8303\u5c97", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ZonesTab", u"\u7f16\u8f91\u2026", None))
        self.reportButton.setText(QCoreApplication.translate("ZonesTab", u"\u8bb0\u5468\u62a5\u2026", None))
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("ZonesTab", u"\u4e3a\u9009\u4e2d\u7684\u8d23\u4efb\u533a\u8bb0\u5f55\u672c\u5468\u5b89\u5168\u62a5\u544a", None))
#endif // QT_CONFIG(tooltip)
        self.suggestionButton.setText(QCoreApplication.translate("ZonesTab", u"\u8bb0\u5efa\u8bae\u2026", None))
#if QT_CONFIG(tooltip)
        self.suggestionButton.setToolTip(QCoreApplication.translate("ZonesTab", u"\u4e3a\u9009\u4e2d\u7684\u8d23\u4efb\u533a\u8bb0\u5f55\u4e00\u6761\u5408\u7406\u5316\u5efa\u8bae", None))
#endif // QT_CONFIG(tooltip)
        self.quickButton.setText(QCoreApplication.translate("ZonesTab", u"\u5feb\u901f\u5f55\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.quickButton.setToolTip(QCoreApplication.translate("ZonesTab", u"\u6309\u533a\u961f/\u73ed\u7ec4\u52fe\u9009\u672c\u5468\u5df2\u62a5\u544a\u7684\u8d23\u4efb\u533a", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("ZonesTab", u"\u6458\u724c\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("ZonesTab", u"\u9009\u4e2d\u7684\u8d23\u4efb\u533a/\u793a\u8303\u5c97\u6458\u724c\uff08\u987b\u586b\u5199\u539f\u56e0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.endButton.setText(QCoreApplication.translate("ZonesTab", u"\u671f\u6ee1\u2026", None))
#if QT_CONFIG(tooltip)
        self.endButton.setToolTip(QCoreApplication.translate("ZonesTab", u"\u9009\u4e2d\u7684\u8d23\u4efb\u533a/\u793a\u8303\u5c97\u4eca\u5929\u671f\u6ee1\u7ed3\u675f", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ZonesTab", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ZonesTab", u"\u628a\u5f53\u524d\u652f\u90e8\u7684\u8d23\u4efb\u533a\u4e00\u89c8\u5bfc\u51fa\u4e3a Excel", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ZonesTab", u"\u6253\u5370\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ZonesTab", u"\u6253\u5370\u8d23\u4efb\u533a\u724c\uff08\u4e94\u660e\u786e\u3001\u4e94\u4eae\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.viewTabs.setTabText(self.viewTabs.indexOf(self.listPage), QCoreApplication.translate("ZonesTab", u"\u5217\u8868", None))
        self.boardHint.setText(QCoreApplication.translate("ZonesTab", u"\u6bcf\u5f20\u5361\u7247\u4e00\u4e2a\u8d23\u4efb\u533a\uff1a\u989c\u8272\u8868\u793a\u7c7b\u578b\uff0c\u53f3\u4e0a\u89d2\u662f\u72b6\u6001\uff0c\u201c\u5df2\u62a5 / \u672a\u62a5\u201d\u662f\u672c\u5468\u5468\u62a5\uff0c\u201c\u9690\u60a3 N\u201d\u662f\u672a\u95ed\u5408\u7684\u9690\u60a3\u6570\uff0c\u5355\u51fb\u5b83\u5728\u9690\u60a3\u53f0\u8d26\u4e2d\u67e5\u770b\u3002\u53cc\u51fb\u5361\u7247\u6253\u5f00\u3002", None))
        self.viewTabs.setTabText(self.viewTabs.indexOf(self.boardPage), QCoreApplication.translate("ZonesTab", u"\u770b\u677f", None))
        self.complianceHint.setText(QCoreApplication.translate("ZonesTab", u"\u8fd113\u5468\u7684\u5468\u62a5\uff08\u6bcf\u5468\u81f3\u5c11\u62a5\u544a\u4e00\u6b21\uff0c\u6309\u5468\u4e00\u6240\u5728\u7684\u5468\u8ba1\uff09\u548c\u8fd16\u4e2a\u6708\u7684\u5408\u7406\u5316\u5efa\u8bae\uff08\u6bcf\u6708\u81f3\u5c11\u4e00\u6761\uff09\u3002\u2713 \u5df2\u62a5\uff0c\u2717 \u7f3a\u62a5\uff0c\u25cb \u672c\u5468/\u672c\u6708\u5c1a\u672a\u62a5\u544a\u3002", None))
        self.missingText.setPlaceholderText(QCoreApplication.translate("ZonesTab", u"\u8fd113\u5468\u3001\u8fd16\u4e2a\u6708\u90fd\u6309\u65f6\u62a5\u544a\u548c\u63d0\u51fa\u5efa\u8bae\u7684\u8d23\u4efb\u533a\u4e0d\u5217\u5728\u8fd9\u91cc\u3002", None))
        self.viewTabs.setTabText(self.viewTabs.indexOf(self.compliancePage), QCoreApplication.translate("ZonesTab", u"\u62a5\u544a\u60c5\u51b5", None))
        self.countLabel.setText("")
        self.messageLabel.setText("")
        pass
    # retranslateUi

