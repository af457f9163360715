# Generated from forms/inspections_tab.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspections_tab.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_InspectionsTab(object):
    def setupUi(self, InspectionsTab):
        if not InspectionsTab.objectName():
            InspectionsTab.setObjectName(u"InspectionsTab")
        InspectionsTab.resize(1200, 700)
        self.rootLayout = QVBoxLayout(InspectionsTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.branchLabel = QLabel(InspectionsTab)
        self.branchLabel.setObjectName(u"branchLabel")

        self.topLayout.addWidget(self.branchLabel)

        self.branchCombo = QComboBox(InspectionsTab)
        self.branchCombo.setObjectName(u"branchCombo")
        self.branchCombo.setMinimumSize(QSize(180, 0))

        self.topLayout.addWidget(self.branchCombo)

        self.planButton = QPushButton(InspectionsTab)
        self.planButton.setObjectName(u"planButton")

        self.topLayout.addWidget(self.planButton)

        self.resultsButton = QPushButton(InspectionsTab)
        self.resultsButton.setObjectName(u"resultsButton")

        self.topLayout.addWidget(self.resultsButton)

        self.printButton = QPushButton(InspectionsTab)
        self.printButton.setObjectName(u"printButton")

        self.topLayout.addWidget(self.printButton)

        self.topSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.templatesButton = QPushButton(InspectionsTab)
        self.templatesButton.setObjectName(u"templatesButton")

        self.topLayout.addWidget(self.templatesButton)


        self.rootLayout.addLayout(self.topLayout)

        self.splitter = QSplitter(InspectionsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.inspectionTable = QTableView(self.splitter)
        self.inspectionTable.setObjectName(u"inspectionTable")
        self.inspectionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inspectionTable.setAlternatingRowColors(True)
        self.inspectionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspectionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspectionTable.setWordWrap(False)
        self.splitter.addWidget(self.inspectionTable)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.infoLabel = QLabel(self.detailPanel)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.infoLabel)

        self.carryLabel = QLabel(self.detailPanel)
        self.carryLabel.setObjectName(u"carryLabel")

        self.detailLayout.addWidget(self.carryLabel)

        self.carryTable = QTableView(self.detailPanel)
        self.carryTable.setObjectName(u"carryTable")
        self.carryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.carryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.carryTable.setWordWrap(False)

        self.detailLayout.addWidget(self.carryTable)

        self.findingLabel = QLabel(self.detailPanel)
        self.findingLabel.setObjectName(u"findingLabel")

        self.detailLayout.addWidget(self.findingLabel)

        self.findingTable = QTableView(self.detailPanel)
        self.findingTable.setObjectName(u"findingTable")
        self.findingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findingTable.setWordWrap(False)

        self.detailLayout.addWidget(self.findingTable)

        self.splitter.addWidget(self.detailPanel)

        self.rootLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(InspectionsTab)
        self.messageLabel.setObjectName(u"messageLabel")

        self.rootLayout.addWidget(self.messageLabel)

        self.rootLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.branchLabel.setBuddy(self.branchCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionsTab)

        QMetaObject.connectSlotsByName(InspectionsTab)
    # setupUi

    def retranslateUi(self, InspectionsTab):
        InspectionsTab.setWindowTitle(QCoreApplication.translate("InspectionsTab", u"\u5b89\u5168\u5de1\u89c6", None))
        self.branchLabel.setText(QCoreApplication.translate("InspectionsTab", u"\u652f\u90e8", None))
        self.planButton.setText(QCoreApplication.translate("InspectionsTab", u"\u8ba1\u5212\u5de1\u89c6\u2026", None))
        self.resultsButton.setText(QCoreApplication.translate("InspectionsTab", u"\u8bb0\u5f55\u7ed3\u679c\u2026", None))
        self.printButton.setText(QCoreApplication.translate("InspectionsTab", u"\u6253\u5370\u62a5\u544a\u2026", None))
        self.templatesButton.setText(QCoreApplication.translate("InspectionsTab", u"\u68c0\u67e5\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.templatesButton.setToolTip(QCoreApplication.translate("InspectionsTab", u"\u7f16\u8f91\u5de1\u89c6\u68c0\u67e5\u8868\uff08\u4e66\u8bb0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.infoLabel.setText(QCoreApplication.translate("InspectionsTab", u"\u9009\u62e9\u5de6\u4fa7\u7684\u4e00\u6b21\u5de1\u89c6\u67e5\u770b\u8be6\u60c5\u3002", None))
        self.carryLabel.setText(QCoreApplication.translate("InspectionsTab", u"\u4e0a\u8f6e\u672a\u95ed\u5408\u7684\u6574\u6539\u9879\uff08\u672c\u6b21\u5148\u67e5\uff09", None))
        self.findingLabel.setText(QCoreApplication.translate("InspectionsTab", u"\u672c\u6b21\u68c0\u67e5\u7ed3\u679c", None))
        self.messageLabel.setText("")
    # retranslateUi

