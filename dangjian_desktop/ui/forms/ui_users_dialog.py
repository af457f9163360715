# Generated from forms/users_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(860, 640)
        self.mainLayout = QVBoxLayout(UsersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(UsersDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"muted", True)

        self.mainLayout.addWidget(self.introLabel)

        self.tableView = QTableView(UsersDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.tableView)

        self.rowButtonsLayout = QHBoxLayout()
        self.rowButtonsLayout.setObjectName(u"rowButtonsLayout")
        self.toggleActiveButton = QPushButton(UsersDialog)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.rowButtonsLayout.addWidget(self.toggleActiveButton)

        self.resetPasswordButton = QPushButton(UsersDialog)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.rowButtonsLayout.addWidget(self.resetPasswordButton)

        self.rowButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtonsLayout.addItem(self.rowButtonsSpacer)


        self.mainLayout.addLayout(self.rowButtonsLayout)

        self.addGroup = QGroupBox(UsersDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.addLayout = QGridLayout(self.addGroup)
        self.addLayout.setObjectName(u"addLayout")
        self.addLayout.setHorizontalSpacing(12)
        self.addLayout.setVerticalSpacing(8)
        self.usernameLabel = QLabel(self.addGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.addLayout.addWidget(self.usernameLabel, 0, 0, 1, 1)

        self.usernameEdit = QLineEdit(self.addGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(50)

        self.addLayout.addWidget(self.usernameEdit, 0, 1, 1, 1)

        self.displayNameLabel = QLabel(self.addGroup)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.addLayout.addWidget(self.displayNameLabel, 0, 2, 1, 1)

        self.displayNameEdit = QLineEdit(self.addGroup)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(50)

        self.addLayout.addWidget(self.displayNameEdit, 0, 3, 1, 1)

        self.roleLabel = QLabel(self.addGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.addLayout.addWidget(self.roleLabel, 1, 0, 1, 1)

        self.roleCombo = QComboBox(self.addGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.addLayout.addWidget(self.roleCombo, 1, 1, 1, 1)

        self.personLabel = QLabel(self.addGroup)
        self.personLabel.setObjectName(u"personLabel")

        self.addLayout.addWidget(self.personLabel, 1, 2, 1, 1)

        self.personCombo = QComboBox(self.addGroup)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.addLayout.addWidget(self.personCombo, 1, 3, 1, 1)

        self.passwordLabel = QLabel(self.addGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.addLayout.addWidget(self.passwordLabel, 2, 0, 1, 1)

        self.passwordEdit = QLineEdit(self.addGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.addLayout.addWidget(self.passwordEdit, 2, 1, 1, 1)

        self.personHintLabel = QLabel(self.addGroup)
        self.personHintLabel.setObjectName(u"personHintLabel")
        self.personHintLabel.setWordWrap(True)
        self.personHintLabel.setProperty(u"muted", True)

        self.addLayout.addWidget(self.personHintLabel, 2, 2, 1, 2)

        self.errorLabel = QLabel(self.addGroup)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.addLayout.addWidget(self.errorLabel, 3, 0, 1, 3)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton, 3, 3, 1, 1, Qt.AlignmentFlag.AlignRight)


        self.mainLayout.addWidget(self.addGroup)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.personLabel.setBuddy(self.personCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.addButton)

        self.retranslateUi(UsersDialog)
        self.buttonBox.rejected.connect(UsersDialog.reject)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u7ba1\u7406", None))
        self.introLabel.setText(QCoreApplication.translate("UsersDialog", u"\u4e66\u8bb0\uff1a\u5168\u90e8\u6743\u9650\uff08\u7528\u6237\u3001\u64cd\u4f5c\u65e5\u5fd7\u3001\u5907\u4efd\u4e0e\u6062\u590d\u53ea\u6709\u4e66\u8bb0\u53ef\u7528\uff09\uff1b\u59d4\u5458\uff1a\u5f55\u5165\u548c\u4fee\u6539\u5404\u9879\u8bb0\u5f55\uff0c\u601d\u60f3\u52a8\u6001\u6863\u6848\u53ea\u770b\u672c\u4eba\u5305\u4fdd\u7684\u804c\u5de5\uff1b\u67e5\u770b\uff1a\u53ea\u8bfb\u3002", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("UsersDialog", u"\u505c\u7528", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("UsersDialog", u"\u91cd\u7f6e\u5bc6\u7801\u2026", None))
        self.addGroup.setTitle(QCoreApplication.translate("UsersDialog", u"\u65b0\u589e\u8d26\u53f7", None))
        self.usernameLabel.setText(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u540d\uff1a", None))
        self.displayNameLabel.setText(QCoreApplication.translate("UsersDialog", u"\u59d3\u540d\uff1a", None))
        self.roleLabel.setText(QCoreApplication.translate("UsersDialog", u"\u89d2\u8272\uff1a", None))
        self.personLabel.setText(QCoreApplication.translate("UsersDialog", u"\u5173\u8054\u4eba\u5458\uff1a", None))
#if QT_CONFIG(tooltip)
        self.personCombo.setToolTip(QCoreApplication.translate("UsersDialog", u"\u8f93\u5165\u59d3\u540d\u6216\u5de5\u53f7\u67e5\u627e\u4eba\u5458\u540d\u518c", None))
#endif // QT_CONFIG(tooltip)
        self.passwordLabel.setText(QCoreApplication.translate("UsersDialog", u"\u5bc6\u7801\uff1a", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("UsersDialog", u"\u81f3\u5c116\u4f4d", None))
        self.personHintLabel.setText(QCoreApplication.translate("UsersDialog", u"\u59d4\u5458\u8d26\u53f7\u987b\u5173\u8054\u672c\u4eba\u5728\u4eba\u5458\u540d\u518c\u4e2d\u7684\u8bb0\u5f55\uff08\u8f93\u5165\u59d3\u540d\u6216\u5de5\u53f7\u67e5\u627e\uff09\u3002", None))
        self.errorLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"\u6dfb\u52a0\u8d26\u53f7", None))
    # retranslateUi

