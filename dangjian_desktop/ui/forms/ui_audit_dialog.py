# Generated from forms/audit_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(960, 620)
        self.mainLayout = QVBoxLayout(AuditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(AuditDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(AuditDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(AuditDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"muted", True)

        self.searchLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.dateCheck = QCheckBox(AuditDialog)
        self.dateCheck.setObjectName(u"dateCheck")

        self.filterLayout.addWidget(self.dateCheck)

        self.fromDate = QDateEdit(AuditDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setEnabled(False)
        self.fromDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(AuditDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(AuditDialog)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setEnabled(False)
        self.toDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDate)

        self.userLabel = QLabel(AuditDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel)

        self.userCombo = QComboBox(AuditDialog)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setMinimumSize(QSize(160, 0))

        self.filterLayout.addWidget(self.userCombo)

        self.entityLabel = QLabel(AuditDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterLayout.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(AuditDialog)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setMinimumSize(QSize(130, 0))

        self.filterLayout.addWidget(self.entityCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(AuditDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.tableView)

        self.pagerLayout = QHBoxLayout()
        self.pagerLayout.setObjectName(u"pagerLayout")
        self.exportButton = QPushButton(AuditDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.pagerLayout.addWidget(self.exportButton)

        self.pagerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pagerLayout.addItem(self.pagerSpacer)

        self.buttonBox = QDialogButtonBox(AuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.pagerLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.pagerLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.userLabel.setBuddy(self.userCombo)
        self.entityLabel.setBuddy(self.entityCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditDialog)
        self.buttonBox.rejected.connect(AuditDialog.reject)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"\u5ba1\u8ba1\u65e5\u5fd7", None))
        self.searchLabel.setText(QCoreApplication.translate("AuditDialog", u"\u67e5\u627e\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"\u7528\u6237\u3001\u64cd\u4f5c\u6216\u5185\u5bb9\uff0c\u5982\u201c\u767b\u5f55\u201d\u201c\u5bfc\u5165\u201d", None))
        self.countLabel.setText("")
        self.dateCheck.setText(QCoreApplication.translate("AuditDialog", u"\u65e5\u671f", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("AuditDialog", u"\u81f3", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd", None))
        self.userLabel.setText(QCoreApplication.translate("AuditDialog", u"\u7528\u6237", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditDialog", u"\u5bf9\u8c61", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("AuditDialog", u"\u628a\u5f53\u524d\u7b5b\u9009\u51fa\u7684\u65e5\u5fd7\u5bfc\u51fa\u4e3a Excel \u5de5\u4f5c\u7c3f", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("AuditDialog", u"\u5bfc\u51fa\u2026", None))
    # retranslateUi

