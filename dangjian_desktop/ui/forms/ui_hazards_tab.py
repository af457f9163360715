# Generated from forms/hazards_tab.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hazards_tab.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_HazardsTab(object):
    def setupUi(self, HazardsTab):
        if not HazardsTab.objectName():
            HazardsTab.setObjectName(u"HazardsTab")
        HazardsTab.resize(1200, 700)
        self.rootLayout = QVBoxLayout(HazardsTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(6, 6, 6, 6)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(HazardsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMaximumSize(QSize(320, 16777215))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusCombo = QComboBox(HazardsTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.levelCombo = QComboBox(HazardsTab)
        self.levelCombo.setObjectName(u"levelCombo")

        self.filterLayout.addWidget(self.levelCombo)

        self.branchCombo = QComboBox(HazardsTab)
        self.branchCombo.setObjectName(u"branchCombo")
        self.branchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.branchCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.branchCombo)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(HazardsTab)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.rootLayout.addLayout(self.filterLayout)

        self.filterLayout2 = QHBoxLayout()
        self.filterLayout2.setObjectName(u"filterLayout2")
        self.unitCombo = QComboBox(HazardsTab)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumSize(QSize(130, 0))
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(6)

        self.filterLayout2.addWidget(self.unitCombo)

        self.zoneCombo = QComboBox(HazardsTab)
        self.zoneCombo.setObjectName(u"zoneCombo")
        self.zoneCombo.setMinimumSize(QSize(130, 0))
        self.zoneCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zoneCombo.setMinimumContentsLength(6)

        self.filterLayout2.addWidget(self.zoneCombo)

        self.finderLabel = QLabel(HazardsTab)
        self.finderLabel.setObjectName(u"finderLabel")

        self.filterLayout2.addWidget(self.finderLabel)

        self.finderCombo = QComboBox(HazardsTab)
        self.finderCombo.setObjectName(u"finderCombo")
        self.finderCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.finderCombo.setMinimumContentsLength(8)

        self.filterLayout2.addWidget(self.finderCombo)

        self.fromLabel = QLabel(HazardsTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout2.addWidget(self.fromLabel)

        self.fromDate = DateField(HazardsTab)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setMaximumSize(QSize(170, 16777215))

        self.filterLayout2.addWidget(self.fromDate)

        self.toLabel = QLabel(HazardsTab)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout2.addWidget(self.toLabel)

        self.toDate = DateField(HazardsTab)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setMaximumSize(QSize(170, 16777215))

        self.filterLayout2.addWidget(self.toDate)

        self.filterSpacer2 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout2.addItem(self.filterSpacer2)

        self.clearFilterButton = QPushButton(HazardsTab)
        self.clearFilterButton.setObjectName(u"clearFilterButton")

        self.filterLayout2.addWidget(self.clearFilterButton)


        self.rootLayout.addLayout(self.filterLayout2)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(HazardsTab)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(HazardsTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.startButton = QPushButton(HazardsTab)
        self.startButton.setObjectName(u"startButton")

        self.buttonLayout.addWidget(self.startButton)

        self.rectifiedButton = QPushButton(HazardsTab)
        self.rectifiedButton.setObjectName(u"rectifiedButton")

        self.buttonLayout.addWidget(self.rectifiedButton)

        self.verifyButton = QPushButton(HazardsTab)
        self.verifyButton.setObjectName(u"verifyButton")

        self.buttonLayout.addWidget(self.verifyButton)

        self.sendBackButton = QPushButton(HazardsTab)
        self.sendBackButton.setObjectName(u"sendBackButton")

        self.buttonLayout.addWidget(self.sendBackButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(HazardsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)


        self.rootLayout.addLayout(self.buttonLayout)

        self.hazardTable = QTableView(HazardsTab)
        self.hazardTable.setObjectName(u"hazardTable")
        self.hazardTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.hazardTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hazardTable.setAlternatingRowColors(True)
        self.hazardTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hazardTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hazardTable.setSortingEnabled(True)
        self.hazardTable.setWordWrap(False)

        self.rootLayout.addWidget(self.hazardTable)

        self.messageLabel = QLabel(HazardsTab)
        self.messageLabel.setObjectName(u"messageLabel")

        self.rootLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.finderLabel.setBuddy(self.finderCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HazardsTab)

        QMetaObject.connectSlotsByName(HazardsTab)
    # setupUi

    def retranslateUi(self, HazardsTab):
        HazardsTab.setWindowTitle(QCoreApplication.translate("HazardsTab", u"\u9690\u60a3\u53f0\u8d26", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HazardsTab", u"\u641c\u7d22\u9690\u60a3\u63cf\u8ff0\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("HazardsTab", u"\u6309\u72b6\u6001\u7b5b\u9009\uff1b\u201c\u903e\u671f\u201d\u4e3a\u5df2\u8fc7\u6574\u6539\u671f\u9650\u4ecd\u672a\u6574\u6539\u5b8c\u6210\u7684", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.levelCombo.setToolTip(QCoreApplication.translate("HazardsTab", u"\u6309\u9690\u60a3\u7b49\u7ea7\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.branchCombo.setToolTip(QCoreApplication.translate("HazardsTab", u"\u6309\u652f\u90e8\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText("")
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("HazardsTab", u"\u6309\u533a\u961f/\u73ed\u7ec4\u7b5b\u9009\uff08\u5148\u9009\u652f\u90e8\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoneCombo.setToolTip(QCoreApplication.translate("HazardsTab", u"\u6309\u8d23\u4efb\u533a\u7b5b\u9009\uff08\u5148\u9009\u652f\u90e8\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.finderLabel.setText(QCoreApplication.translate("HazardsTab", u"\u53d1\u73b0\u4eba", None))
#if QT_CONFIG(tooltip)
        self.finderCombo.setToolTip(QCoreApplication.translate("HazardsTab", u"\u6309\u53d1\u73b0\u4eba\u7b5b\u9009\uff08\u5148\u9009\u652f\u90e8\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("HazardsTab", u"\u53d1\u73b0\u65e5\u671f", None))
        self.toLabel.setText(QCoreApplication.translate("HazardsTab", u"\u81f3", None))
        self.clearFilterButton.setText(QCoreApplication.translate("HazardsTab", u"\u6e05\u9664\u7b5b\u9009", None))
        self.addButton.setText(QCoreApplication.translate("HazardsTab", u"\u767b\u8bb0\u9690\u60a3\u2026", None))
        self.editButton.setText(QCoreApplication.translate("HazardsTab", u"\u7f16\u8f91\u2026", None))
        self.startButton.setText(QCoreApplication.translate("HazardsTab", u"\u5f00\u59cb\u6574\u6539", None))
        self.rectifiedButton.setText(QCoreApplication.translate("HazardsTab", u"\u6574\u6539\u5b8c\u6210\u2026", None))
        self.verifyButton.setText(QCoreApplication.translate("HazardsTab", u"\u9a8c\u6536\u95ed\u5408\u2026", None))
        self.sendBackButton.setText(QCoreApplication.translate("HazardsTab", u"\u9000\u56de\u6574\u6539\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("HazardsTab", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("HazardsTab", u"\u628a\u5f53\u524d\u7b5b\u9009\u51fa\u7684\u9690\u60a3\u5bfc\u51fa\u4e3a Excel \u53f0\u8d26", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
    # retranslateUi

