# Generated from forms/import_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(960, 620)
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(ImportDialog)
        self.tabs.setObjectName(u"tabs")
        self.planPage = QWidget()
        self.planPage.setObjectName(u"planPage")
        self.planLayout = QVBoxLayout(self.planPage)
        self.planLayout.setObjectName(u"planLayout")
        self.planTable = QTableView(self.planPage)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planTable.setAlternatingRowColors(True)
        self.planTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planTable.setWordWrap(False)
        self.planTable.horizontalHeader().setStretchLastSection(True)
        self.planTable.verticalHeader().setVisible(False)

        self.planLayout.addWidget(self.planTable)

        self.tabs.addTab(self.planPage, "")
        self.errorPage = QWidget()
        self.errorPage.setObjectName(u"errorPage")
        self.errorLayout = QVBoxLayout(self.errorPage)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorTable = QTableView(self.errorPage)
        self.errorTable.setObjectName(u"errorTable")
        self.errorTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errorTable.setAlternatingRowColors(True)
        self.errorTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errorTable.setWordWrap(True)
        self.errorTable.horizontalHeader().setStretchLastSection(True)
        self.errorTable.verticalHeader().setVisible(False)

        self.errorLayout.addWidget(self.errorTable)

        self.tabs.addTab(self.errorPage, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.saveErrorsButton = QPushButton(ImportDialog)
        self.saveErrorsButton.setObjectName(u"saveErrorsButton")

        self.buttonLayout.addWidget(self.saveErrorsButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ImportDialog)
        self.closeButton.clicked.connect(ImportDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u4eba\u5458\u540d\u518c", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"\u6587\u4ef6", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u515a\u5458\u82b1\u540d\u518c\u6216\u804c\u5de5\u540d\u518c\uff08.xlsx \u6216 .csv\uff09", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.summaryLabel.setText(QCoreApplication.translate("ImportDialog", u"\u8bf7\u9009\u62e9\u8981\u5bfc\u5165\u7684\u6587\u4ef6\u3002\u5bfc\u5165\u524d\u4f1a\u5148\u663e\u793a\u5c06\u65b0\u589e\u548c\u66f4\u65b0\u7684\u4eba\u5458\uff1b\u6709\u4efb\u4f55\u9519\u8bef\u884c\u65f6\u4e0d\u4f1a\u5199\u5165\u4efb\u4f55\u6570\u636e\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planPage), QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u9884\u89c8", None))
        self.tabs.setTabText(self.tabs.indexOf(self.errorPage), QCoreApplication.translate("ImportDialog", u"\u9519\u8bef", None))
        self.saveErrorsButton.setText(QCoreApplication.translate("ImportDialog", u"\u4fdd\u5b58\u9519\u8bef\u8868\u2026", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"\u5173\u95ed", None))
    # retranslateUi

