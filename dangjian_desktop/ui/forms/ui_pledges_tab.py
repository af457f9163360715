# Generated from forms/pledges_tab.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pledges_tab.ui'
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

class Ui_PledgesTab(object):
    def setupUi(self, PledgesTab):
        if not PledgesTab.objectName():
            PledgesTab.setObjectName(u"PledgesTab")
        PledgesTab.resize(1200, 700)
        self.rootLayout = QVBoxLayout(PledgesTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(6, 6, 6, 6)
        self.campaignLayout = QHBoxLayout()
        self.campaignLayout.setObjectName(u"campaignLayout")
        self.campaignLabel = QLabel(PledgesTab)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.campaignLayout.addWidget(self.campaignLabel)

        self.campaignCombo = QComboBox(PledgesTab)
        self.campaignCombo.setObjectName(u"campaignCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.campaignCombo.sizePolicy().hasHeightForWidth())
        self.campaignCombo.setSizePolicy(sizePolicy)
        self.campaignCombo.setMinimumContentsLength(16)
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.campaignLayout.addWidget(self.campaignCombo)

        self.newCampaignButton = QPushButton(PledgesTab)
        self.newCampaignButton.setObjectName(u"newCampaignButton")

        self.campaignLayout.addWidget(self.newCampaignButton)

        self.editCampaignButton = QPushButton(PledgesTab)
        self.editCampaignButton.setObjectName(u"editCampaignButton")

        self.campaignLayout.addWidget(self.editCampaignButton)

        self.closeCampaignButton = QPushButton(PledgesTab)
        self.closeCampaignButton.setObjectName(u"closeCampaignButton")

        self.campaignLayout.addWidget(self.closeCampaignButton)

        self.deleteCampaignButton = QPushButton(PledgesTab)
        self.deleteCampaignButton.setObjectName(u"deleteCampaignButton")

        self.campaignLayout.addWidget(self.deleteCampaignButton)


        self.rootLayout.addLayout(self.campaignLayout)

        self.campaignInfoLabel = QLabel(PledgesTab)
        self.campaignInfoLabel.setObjectName(u"campaignInfoLabel")
        self.campaignInfoLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.campaignInfoLabel)

        self.participationLabel = QLabel(PledgesTab)
        self.participationLabel.setObjectName(u"participationLabel")
        self.participationLabel.setWordWrap(True)
        self.participationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.participationLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.branchCombo = QComboBox(PledgesTab)
        self.branchCombo.setObjectName(u"branchCombo")
        self.branchCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.branchCombo)

        self.unitCombo = QComboBox(PledgesTab)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumContentsLength(12)
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.unitCombo)

        self.statusCombo = QComboBox(PledgesTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.searchEdit = QLineEdit(PledgesTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(PledgesTab)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.rootLayout.addLayout(self.filterLayout)

        self.pledgeTable = QTableView(PledgesTab)
        self.pledgeTable.setObjectName(u"pledgeTable")
        self.pledgeTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pledgeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pledgeTable.setAlternatingRowColors(True)
        self.pledgeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pledgeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pledgeTable.setSortingEnabled(True)
        self.pledgeTable.setWordWrap(False)

        self.rootLayout.addWidget(self.pledgeTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.generateButton = QPushButton(PledgesTab)
        self.generateButton.setObjectName(u"generateButton")

        self.buttonLayout.addWidget(self.generateButton)

        self.addButton = QPushButton(PledgesTab)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(PledgesTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.signButton = QPushButton(PledgesTab)
        self.signButton.setObjectName(u"signButton")

        self.buttonLayout.addWidget(self.signButton)

        self.reviewButton = QPushButton(PledgesTab)
        self.reviewButton.setObjectName(u"reviewButton")

        self.buttonLayout.addWidget(self.reviewButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(PledgesTab)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.printButton = QPushButton(PledgesTab)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)


        self.rootLayout.addLayout(self.buttonLayout)

        self.messageLabel = QLabel(PledgesTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PledgesTab)

        QMetaObject.connectSlotsByName(PledgesTab)
    # setupUi

    def retranslateUi(self, PledgesTab):
        PledgesTab.setWindowTitle(QCoreApplication.translate("PledgesTab", u"\u5b89\u5168\u627f\u8bfa", None))
        self.campaignLabel.setText(QCoreApplication.translate("PledgesTab", u"\u627f\u8bfa\u6d3b\u52a8\uff1a", None))
        self.newCampaignButton.setText(QCoreApplication.translate("PledgesTab", u"\u65b0\u5efa\u6d3b\u52a8\u2026", None))
        self.editCampaignButton.setText(QCoreApplication.translate("PledgesTab", u"\u4fee\u6539\u6d3b\u52a8\u2026", None))
        self.closeCampaignButton.setText(QCoreApplication.translate("PledgesTab", u"\u5173\u95ed\u6d3b\u52a8", None))
        self.deleteCampaignButton.setText(QCoreApplication.translate("PledgesTab", u"\u5220\u9664\u6d3b\u52a8", None))
        self.campaignInfoLabel.setText("")
        self.participationLabel.setText("")
#if QT_CONFIG(tooltip)
        self.branchCombo.setToolTip(QCoreApplication.translate("PledgesTab", u"\u6309\u652f\u90e8\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("PledgesTab", u"\u6309\u533a\u961f/\u73ed\u7ec4\u7b5b\u9009\uff08\u533a\u961f\u542b\u5176\u4e0b\u73ed\u7ec4\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("PledgesTab", u"\u6309\u627f\u8bfa\u4e66\u72b6\u6001\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PledgesTab", u"\u59d3\u540d\u3001\u5de5\u53f7\u3001\u5c97\u4f4d\u6216\u62fc\u97f3\u9996\u5b57\u6bcd", None))
        self.countLabel.setText("")
        self.generateButton.setText(QCoreApplication.translate("PledgesTab", u"\u4e3a\u5168\u90e8\u515a\u5458\u751f\u6210", None))
#if QT_CONFIG(tooltip)
        self.generateButton.setToolTip(QCoreApplication.translate("PledgesTab", u"\u6309\u6d3b\u52a8\u6a21\u677f\u4e3a\u6bcf\u540d\u5c1a\u65e0\u627f\u8bfa\u4e66\u7684\u515a\u5458\u8d77\u8349\u4e00\u4efd\uff08\u5f85\u7b7e\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("PledgesTab", u"\u65b0\u5efa\u627f\u8bfa\u4e66\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PledgesTab", u"\u7f16\u8f91\u2026", None))
        self.signButton.setText(QCoreApplication.translate("PledgesTab", u"\u7b7e\u8ba2\u2026", None))
        self.reviewButton.setText(QCoreApplication.translate("PledgesTab", u"\u8bc4\u8bfa\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("PledgesTab", u"\u5bfc\u51fa\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PledgesTab", u"\u6253\u5370\u2026", None))
        self.messageLabel.setText("")
    # retranslateUi

