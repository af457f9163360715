# Generated from forms/import_history_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_history_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportHistoryDialog(object):
    def setupUi(self, ImportHistoryDialog):
        if not ImportHistoryDialog.objectName():
            ImportHistoryDialog.setObjectName(u"ImportHistoryDialog")
        ImportHistoryDialog.resize(820, 440)
        self.mainLayout = QVBoxLayout(ImportHistoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ImportHistoryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"muted", True)

        self.mainLayout.addWidget(self.introLabel)

        self.stack = QStackedWidget(ImportHistoryDialog)
        self.stack.setObjectName(u"stack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.tableView = QTableView(self.tablePage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.tableLayout.addWidget(self.tableView)

        self.stack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)

        self.mainLayout.addWidget(self.stack)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.undoButton = QPushButton(ImportHistoryDialog)
        self.undoButton.setObjectName(u"undoButton")

        self.buttonLayout.addWidget(self.undoButton)

        self.countLabel = QLabel(ImportHistoryDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"muted", True)

        self.buttonLayout.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ImportHistoryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ImportHistoryDialog)
        self.closeButton.clicked.connect(ImportHistoryDialog.reject)

        QMetaObject.connectSlotsByName(ImportHistoryDialog)
    # setupUi

    def retranslateUi(self, ImportHistoryDialog):
        ImportHistoryDialog.setWindowTitle(QCoreApplication.translate("ImportHistoryDialog", u"\u5bfc\u5165\u8bb0\u5f55", None))
        self.introLabel.setText(QCoreApplication.translate("ImportHistoryDialog", u"\u6bcf\u6b21\u540d\u518c\u5bfc\u5165\u90fd\u8bb0\u5728\u8fd9\u91cc\uff0c\u6700\u65b0\u7684\u5728\u4e0a\u3002\u53ea\u80fd\u64a4\u9500\u6700\u8fd1\u4e00\u6b21\u672a\u64a4\u9500\u7684\u5bfc\u5165\uff0c\u4e14\u5bfc\u5165\u7684\u4eba\u5458\u4e4b\u540e\u6ca1\u6709\u88ab\u4fee\u6539\u6216\u4f7f\u7528\u8fc7\u3002", None))
        self.emptyLabel.setText(QCoreApplication.translate("ImportHistoryDialog", u"\u8fd8\u6ca1\u6709\u5bfc\u5165\u8fc7\u540d\u518c\u3002", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("ImportHistoryDialog", u"\u5220\u9664\u6700\u8fd1\u4e00\u6b21\u5bfc\u5165\u65b0\u589e\u7684\u4eba\u5458\uff0c\u5e76\u628a\u66f4\u65b0\u8fc7\u7684\u4eba\u5458\u6062\u590d\u4e3a\u5bfc\u5165\u524d\u7684\u6570\u636e", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"\u64a4\u9500\u4e0a\u6b21\u5bfc\u5165", None))
        self.countLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"\u5173\u95ed", None))
    # retranslateUi

