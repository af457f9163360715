# Generated from forms/main_window.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionLoadDemo = QAction(MainWindow)
        self.actionLoadDemo.setObjectName(u"actionLoadDemo")
        self.actionClearDemo = QAction(MainWindow)
        self.actionClearDemo.setObjectName(u"actionClearDemo")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionLightTheme = QAction(MainWindow)
        self.actionLightTheme.setObjectName(u"actionLightTheme")
        self.actionLightTheme.setCheckable(True)
        self.actionDarkTheme = QAction(MainWindow)
        self.actionDarkTheme.setObjectName(u"actionDarkTheme")
        self.actionDarkTheme.setCheckable(True)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionUsers = QAction(MainWindow)
        self.actionUsers.setObjectName(u"actionUsers")
        self.actionAudit = QAction(MainWindow)
        self.actionAudit.setObjectName(u"actionAudit")
        self.actionChangePassword = QAction(MainWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionSwitchUser = QAction(MainWindow)
        self.actionSwitchUser.setObjectName(u"actionSwitchUser")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.tabWidget = QTabWidget(self.centralwidget)
        self.tabWidget.setObjectName(u"tabWidget")
        self.tabWidget.setDocumentMode(True)

        self.centralLayout.addWidget(self.tabWidget)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuSystem = QMenu(self.menubar)
        self.menuSystem.setObjectName(u"menuSystem")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuSystem.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addAction(self.actionLoadDemo)
        self.menuFile.addAction(self.actionClearDemo)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionLightTheme)
        self.menuView.addAction(self.actionDarkTheme)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionRefresh)
        self.menuSystem.addAction(self.actionUsers)
        self.menuSystem.addAction(self.actionAudit)
        self.menuSystem.addSeparator()
        self.menuSystem.addAction(self.actionChangePassword)
        self.menuSystem.addAction(self.actionSwitchUser)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u515a\u5efa+\u5b89\u5168 \u5de5\u4f5c\u53f0 \u2014 dangjian-desktop", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"\u5907\u4efd\u6570\u636e\u2026", None))
#if QT_CONFIG(statustip)
        self.actionBackup.setStatusTip(QCoreApplication.translate("MainWindow", u"\u628a\u5168\u90e8\u6570\u636e\u5907\u4efd\u5230\u4e00\u4e2a\u6587\u4ef6\u5939\uff0c\u5982U\u76d8", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.actionBackup.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+B", None))
#endif // QT_CONFIG(shortcut)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"\u6062\u590d\u6570\u636e\u2026", None))
#if QT_CONFIG(statustip)
        self.actionRestore.setStatusTip(QCoreApplication.translate("MainWindow", u"\u7528\u5907\u4efd\u6587\u4ef6\u66ff\u6362\u5168\u90e8\u6570\u636e\uff08\u5f53\u524d\u6570\u636e\u4f1a\u5148\u81ea\u52a8\u5907\u4efd\uff09", None))
#endif // QT_CONFIG(statustip)
        self.actionLoadDemo.setText(QCoreApplication.translate("MainWindow", u"\u8f7d\u5165\u6f14\u793a\u6570\u636e", None))
#if QT_CONFIG(statustip)
        self.actionLoadDemo.setStatusTip(QCoreApplication.translate("MainWindow", u"\u8f7d\u5165\u4e00\u4e2a\u793a\u8303\u652f\u90e8\u4e00\u5e74\u7684\u8bb0\u5f55\uff08\u4ec5\u5728\u4eba\u5458\u540d\u518c\u4e3a\u7a7a\u65f6\u53ef\u7528\uff09", None))
#endif // QT_CONFIG(statustip)
        self.actionClearDemo.setText(QCoreApplication.translate("MainWindow", u"\u6e05\u9664\u6f14\u793a\u6570\u636e\u2026", None))
#if QT_CONFIG(statustip)
        self.actionClearDemo.setStatusTip(QCoreApplication.translate("MainWindow", u"\u5148\u5907\u4efd\uff0c\u518d\u6e05\u7a7a\u6f14\u793a\u6570\u636e\uff0c\u53ea\u4fdd\u7559\u7b2c\u4e00\u4e2a\u4e66\u8bb0\u8d26\u53f7\uff08\u4ec5\u4e66\u8bb0\uff0c\u6570\u636e\u5e93\u4e2d\u6709\u6f14\u793a\u6570\u636e\u65f6\u53ef\u7528\uff09", None))
#endif // QT_CONFIG(statustip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionLightTheme.setText(QCoreApplication.translate("MainWindow", u"\u6d45\u8272\u4e3b\u9898", None))
        self.actionDarkTheme.setText(QCoreApplication.translate("MainWindow", u"\u6df1\u8272\u4e3b\u9898", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"\u5237\u65b0", None))
#if QT_CONFIG(statustip)
        self.actionRefresh.setStatusTip(QCoreApplication.translate("MainWindow", u"\u91cd\u65b0\u8bfb\u53d6\u6570\u636e\u5e76\u68c0\u67e5\u5de5\u4f5c\u53f0", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionUsers.setText(QCoreApplication.translate("MainWindow", u"\u7528\u6237\u7ba1\u7406\u2026", None))
#if QT_CONFIG(statustip)
        self.actionUsers.setStatusTip(QCoreApplication.translate("MainWindow", u"\u65b0\u589e\u3001\u505c\u7528\u8d26\u53f7\uff0c\u91cd\u7f6e\u5bc6\u7801\uff08\u4ec5\u4e66\u8bb0\uff09", None))
#endif // QT_CONFIG(statustip)
        self.actionAudit.setText(QCoreApplication.translate("MainWindow", u"\u5ba1\u8ba1\u65e5\u5fd7\u2026", None))
#if QT_CONFIG(statustip)
        self.actionAudit.setStatusTip(QCoreApplication.translate("MainWindow", u"\u8c01\u5728\u4f55\u65f6\u6539\u4e86\u4ec0\u4e48\uff08\u4ec5\u4e66\u8bb0\uff09", None))
#endif // QT_CONFIG(statustip)
        self.actionChangePassword.setText(QCoreApplication.translate("MainWindow", u"\u4fee\u6539\u5bc6\u7801\u2026", None))
        self.actionSwitchUser.setText(QCoreApplication.translate("MainWindow", u"\u5207\u6362\u7528\u6237\u2026", None))
#if QT_CONFIG(statustip)
        self.actionSwitchUser.setStatusTip(QCoreApplication.translate("MainWindow", u"\u6ce8\u9500\u5f53\u524d\u8d26\u53f7\uff0c\u7528\u53e6\u4e00\u4e2a\u8d26\u53f7\u767b\u5f55", None))
#endif // QT_CONFIG(statustip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e\u2026", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"\u89c6\u56fe", None))
        self.menuSystem.setTitle(QCoreApplication.translate("MainWindow", u"\u7cfb\u7edf", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9", None))
    # retranslateUi

