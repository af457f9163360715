# Generated from forms/worklist_tab.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'worklist_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_WorklistTab(object):
    def setupUi(self, WorklistTab):
        if not WorklistTab.objectName():
            WorklistTab.setObjectName(u"WorklistTab")
        WorklistTab.resize(900, 560)
        self.mainLayout = QVBoxLayout(WorklistTab)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.dateLabel = QLabel(WorklistTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.headerLayout.addWidget(self.dateLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.overdueLabel = QLabel(WorklistTab)
        self.overdueLabel.setObjectName(u"overdueLabel")

        self.headerLayout.addWidget(self.overdueLabel)

        self.todayLabel = QLabel(WorklistTab)
        self.todayLabel.setObjectName(u"todayLabel")

        self.headerLayout.addWidget(self.todayLabel)

        self.soonLabel = QLabel(WorklistTab)
        self.soonLabel.setObjectName(u"soonLabel")

        self.headerLayout.addWidget(self.soonLabel)

        self.refreshButton = QPushButton(WorklistTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.stack = QStackedWidget(WorklistTab)
        self.stack.setObjectName(u"stack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.tableView = QTableView(self.tablePage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(False)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.tableView)

        self.hintLabel = QLabel(self.tablePage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"muted", True)

        self.tablePageLayout.addWidget(self.hintLabel)

        self.stack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPageLayout = QVBoxLayout(self.emptyPage)
        self.emptyPageLayout.setObjectName(u"emptyPageLayout")
        self.emptyTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyPageLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyPageLayout.addWidget(self.emptyLabel)

        self.emptyHintLabel = QLabel(self.emptyPage)
        self.emptyHintLabel.setObjectName(u"emptyHintLabel")
        self.emptyHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHintLabel.setWordWrap(True)
        self.emptyHintLabel.setProperty(u"muted", True)

        self.emptyPageLayout.addWidget(self.emptyHintLabel)

        self.emptyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyPageLayout.addItem(self.emptyBottomSpacer)

        self.stack.addWidget(self.emptyPage)

        self.mainLayout.addWidget(self.stack)


        self.retranslateUi(WorklistTab)

        self.stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(WorklistTab)
    # setupUi

    def retranslateUi(self, WorklistTab):
        WorklistTab.setWindowTitle(QCoreApplication.translate("WorklistTab", u"\u5de5\u4f5c\u53f0", None))
        self.dateLabel.setText(QCoreApplication.translate("WorklistTab", u"\u4eca\u5929", None))
        self.overdueLabel.setText(QCoreApplication.translate("WorklistTab", u"\u5df2\u903e\u671f 0", None))
        self.todayLabel.setText(QCoreApplication.translate("WorklistTab", u"\u4eca\u65e5\u5230\u671f 0", None))
        self.soonLabel.setText(QCoreApplication.translate("WorklistTab", u"\u8fd1\u671f 0", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("WorklistTab", u"\u91cd\u65b0\u68c0\u67e5\u5230\u671f\u4e8b\u9879\uff08F5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("WorklistTab", u"\u5237\u65b0", None))
        self.hintLabel.setText(QCoreApplication.translate("WorklistTab", u"\u53cc\u51fb\u4e00\u9879\u53ef\u6253\u5f00\u76f8\u5173\u8bb0\u5f55\u3002", None))
        self.emptyLabel.setText(QCoreApplication.translate("WorklistTab", u"\u4eca\u5929\u6ca1\u6709\u5f85\u529e\u4e8b\u9879", None))
        self.emptyHintLabel.setText(QCoreApplication.translate("WorklistTab", u"\u5230\u671f\u548c\u903e\u671f\u7684\u4e8b\u9879\uff08\u9884\u5907\u515a\u5458\u8f6c\u6b63\u3001\u6570\u636e\u5907\u4efd\u7b49\uff09\u4f1a\u5217\u5728\u8fd9\u91cc\uff1b\u7a0b\u5e8f\u542f\u52a8\u65f6\u548c\u6bcf\u5c0f\u65f6\u68c0\u67e5\u4e00\u6b21\u3002", None))
    # retranslateUi

