# Generated from forms/first_account_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_account_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstAccountDialog(object):
    def setupUi(self, FirstAccountDialog):
        if not FirstAccountDialog.objectName():
            FirstAccountDialog.setObjectName(u"FirstAccountDialog")
        FirstAccountDialog.resize(480, 360)
        FirstAccountDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(FirstAccountDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(FirstAccountDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstAccountDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.dbLabel = QLabel(FirstAccountDialog)
        self.dbLabel.setObjectName(u"dbLabel")
        self.dbLabel.setWordWrap(True)
        self.dbLabel.setProperty(u"muted", True)

        self.mainLayout.addWidget(self.dbLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.usernameLabel = QLabel(FirstAccountDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(FirstAccountDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(50)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(FirstAccountDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(FirstAccountDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(50)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.passwordLabel = QLabel(FirstAccountDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(FirstAccountDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(FirstAccountDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(FirstAccountDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(FirstAccountDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(FirstAccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)

        self.retranslateUi(FirstAccountDialog)

        QMetaObject.connectSlotsByName(FirstAccountDialog)
    # setupUi

    def retranslateUi(self, FirstAccountDialog):
        FirstAccountDialog.setWindowTitle(QCoreApplication.translate("FirstAccountDialog", u"\u521b\u5efa\u4e66\u8bb0\u8d26\u53f7 \u2014 \u515a\u5efa+\u5b89\u5168 \u5de5\u4f5c\u53f0", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstAccountDialog", u"\u6b22\u8fce\u4f7f\u7528\u515a\u5efa+\u5b89\u5168 \u5de5\u4f5c\u53f0", None))
        self.introLabel.setText(QCoreApplication.translate("FirstAccountDialog", u"\u8fd9\u662f\u7b2c\u4e00\u6b21\u4f7f\u7528\u8fd9\u4e2a\u6570\u636e\u5e93\u3002\u8bf7\u5148\u521b\u5efa\u4e66\u8bb0\u8d26\u53f7\uff1a\u4e66\u8bb0\u53ef\u4ee5\u7ba1\u7406\u5176\u4ed6\u7528\u6237\u3001\u67e5\u770b\u5ba1\u8ba1\u65e5\u5fd7\u3001\u6062\u590d\u6570\u636e\u3002", None))
        self.dbLabel.setText(QCoreApplication.translate("FirstAccountDialog", u"\u6570\u636e\u5e93\uff1a", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstAccountDialog", u"\u7528\u6237\u540d\uff1a", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("FirstAccountDialog", u"\u767b\u5f55\u65f6\u4f7f\u7528\uff0c\u5982 shuji", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstAccountDialog", u"\u59d3\u540d\uff1a", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstAccountDialog", u"\u5bc6\u7801\uff1a", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("FirstAccountDialog", u"\u81f3\u5c116\u4f4d", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstAccountDialog", u"\u786e\u8ba4\u5bc6\u7801\uff1a", None))
        self.confirmEdit.setPlaceholderText(QCoreApplication.translate("FirstAccountDialog", u"\u518d\u8f93\u5165\u4e00\u6b21\u5bc6\u7801", None))
        self.errorLabel.setText("")
    # retranslateUi

