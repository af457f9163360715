# Generated from forms/violations_tab.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'violations_tab.ui'
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
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ViolationsTab(object):
    def setupUi(self, ViolationsTab):
        if not ViolationsTab.objectName():
            ViolationsTab.setObjectName(u"ViolationsTab")
        ViolationsTab.resize(1200, 700)
        self.rootLayout = QVBoxLayout(ViolationsTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(6, 6, 6, 6)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.branchLabel = QLabel(ViolationsTab)
        self.branchLabel.setObjectName(u"branchLabel")

        self.topLayout.addWidget(self.branchLabel)

        self.branchCombo = QComboBox(ViolationsTab)
        self.branchCombo.setObjectName(u"branchCombo")
        self.branchCombo.setMinimumSize(QSize(180, 0))

        self.topLayout.addWidget(self.branchCombo)

        self.topSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.countLabel = QLabel(ViolationsTab)
        self.countLabel.setObjectName(u"countLabel")

        self.topLayout.addWidget(self.countLabel)

        self.exportButton = QPushButton(ViolationsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.topLayout.addWidget(self.exportButton)


        self.rootLayout.addLayout(self.topLayout)

        self.splitter = QSplitter(ViolationsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.violationBox = QGroupBox(self.splitter)
        self.violationBox.setObjectName(u"violationBox")
        self.violationLayout = QVBoxLayout(self.violationBox)
        self.violationLayout.setObjectName(u"violationLayout")
        self.violationButtons = QHBoxLayout()
        self.violationButtons.setObjectName(u"violationButtons")
        self.addViolationButton = QPushButton(self.violationBox)
        self.addViolationButton.setObjectName(u"addViolationButton")

        self.violationButtons.addWidget(self.addViolationButton)

        self.educationButton = QPushButton(self.violationBox)
        self.educationButton.setObjectName(u"educationButton")

        self.violationButtons.addWidget(self.educationButton)

        self.violationSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.violationButtons.addItem(self.violationSpacer)


        self.violationLayout.addLayout(self.violationButtons)

        self.violationTable = QTableView(self.violationBox)
        self.violationTable.setObjectName(u"violationTable")
        self.violationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.violationTable.setAlternatingRowColors(True)
        self.violationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.violationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.violationTable.setWordWrap(False)

        self.violationLayout.addWidget(self.violationTable)

        self.splitter.addWidget(self.violationBox)
        self.accidentBox = QGroupBox(self.splitter)
        self.accidentBox.setObjectName(u"accidentBox")
        self.accidentLayout = QVBoxLayout(self.accidentBox)
        self.accidentLayout.setObjectName(u"accidentLayout")
        self.accidentButtons = QHBoxLayout()
        self.accidentButtons.setObjectName(u"accidentButtons")
        self.addAccidentButton = QPushButton(self.accidentBox)
        self.addAccidentButton.setObjectName(u"addAccidentButton")

        self.accidentButtons.addWidget(self.addAccidentButton)

        self.accidentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accidentButtons.addItem(self.accidentSpacer)


        self.accidentLayout.addLayout(self.accidentButtons)

        self.accidentTable = QTableView(self.accidentBox)
        self.accidentTable.setObjectName(u"accidentTable")
        self.accidentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accidentTable.setAlternatingRowColors(True)
        self.accidentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accidentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accidentTable.setWordWrap(False)

        self.accidentLayout.addWidget(self.accidentTable)

        self.splitter.addWidget(self.accidentBox)

        self.rootLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(ViolationsTab)
        self.messageLabel.setObjectName(u"messageLabel")

        self.rootLayout.addWidget(self.messageLabel)

        self.rootLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.branchLabel.setBuddy(self.branchCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ViolationsTab)

        QMetaObject.connectSlotsByName(ViolationsTab)
    # setupUi

    def retranslateUi(self, ViolationsTab):
        ViolationsTab.setWindowTitle(QCoreApplication.translate("ViolationsTab", u"\u4e09\u8fdd\u4e0e\u4e8b\u6545", None))
        self.branchLabel.setText(QCoreApplication.translate("ViolationsTab", u"\u652f\u90e8", None))
        self.countLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("ViolationsTab", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ViolationsTab", u"\u628a\u6240\u9009\u652f\u90e8\u7684\u4e09\u8fdd\u548c\u4e8b\u6545\u8bb0\u5f55\u5bfc\u51fa\u4e3a Excel", None))
#endif // QT_CONFIG(tooltip)
        self.violationBox.setTitle(QCoreApplication.translate("ViolationsTab", u"\u4e09\u8fdd\uff08\u8fdd\u7ae0\u6307\u6325\u3001\u8fdd\u7ae0\u4f5c\u4e1a\u3001\u8fdd\u53cd\u52b3\u52a8\u7eaa\u5f8b\uff09", None))
        self.addViolationButton.setText(QCoreApplication.translate("ViolationsTab", u"\u8bb0\u5f55\u4e09\u8fdd\u2026", None))
        self.educationButton.setText(QCoreApplication.translate("ViolationsTab", u"\u5e2e\u6559\u2026", None))
        self.accidentBox.setTitle(QCoreApplication.translate("ViolationsTab", u"\u4e8b\u6545\uff08\u76f4\u63a5\u8d23\u4efb\u4eba\u4e0d\u53c2\u52a0\u5f53\u671f\u8bc4\u5148\u9009\u4f18\uff09", None))
        self.addAccidentButton.setText(QCoreApplication.translate("ViolationsTab", u"\u8bb0\u5f55\u4e8b\u6545\u2026", None))
        self.messageLabel.setText("")
    # retranslateUi

