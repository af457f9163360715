# Generated from forms/pledge_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pledge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_PledgeDialog(object):
    def setupUi(self, PledgeDialog):
        if not PledgeDialog.objectName():
            PledgeDialog.setObjectName(u"PledgeDialog")
        PledgeDialog.resize(760, 640)
        self.rootLayout = QVBoxLayout(PledgeDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberLabel = QLabel(PledgeDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(PledgeDialog)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.postLabel = QLabel(PledgeDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postEdit = QLineEdit(PledgeDialog)
        self.postEdit.setObjectName(u"postEdit")
        self.postEdit.setMaxLength(50)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postEdit)

        self.signedLabel = QLabel(PledgeDialog)
        self.signedLabel.setObjectName(u"signedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signedLabel)

        self.signedEdit = DateField(PledgeDialog)
        self.signedEdit.setObjectName(u"signedEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signedEdit)

        self.statusTitleLabel = QLabel(PledgeDialog)
        self.statusTitleLabel.setObjectName(u"statusTitleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusTitleLabel)

        self.statusLabel = QLabel(PledgeDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusLabel)


        self.rootLayout.addLayout(self.formLayout)

        self.pages = QTabWidget(PledgeDialog)
        self.pages.setObjectName(u"pages")
        self.textPage = QWidget()
        self.textPage.setObjectName(u"textPage")
        self.textLayout = QVBoxLayout(self.textPage)
        self.textLayout.setObjectName(u"textLayout")
        self.textEdit = QPlainTextEdit(self.textPage)
        self.textEdit.setObjectName(u"textEdit")

        self.textLayout.addWidget(self.textEdit)

        self.commitmentsLabel = QLabel(self.textPage)
        self.commitmentsLabel.setObjectName(u"commitmentsLabel")

        self.textLayout.addWidget(self.commitmentsLabel)

        self.commitmentTable = QTableWidget(self.textPage)
        self.commitmentTable.setObjectName(u"commitmentTable")

        self.textLayout.addWidget(self.commitmentTable)

        self.commitmentButtons = QHBoxLayout()
        self.commitmentButtons.setObjectName(u"commitmentButtons")
        self.addCommitmentButton = QPushButton(self.textPage)
        self.addCommitmentButton.setObjectName(u"addCommitmentButton")

        self.commitmentButtons.addWidget(self.addCommitmentButton)

        self.removeCommitmentButton = QPushButton(self.textPage)
        self.removeCommitmentButton.setObjectName(u"removeCommitmentButton")

        self.commitmentButtons.addWidget(self.removeCommitmentButton)

        self.commitmentSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commitmentButtons.addItem(self.commitmentSpacer)


        self.textLayout.addLayout(self.commitmentButtons)

        self.pages.addTab(self.textPage, "")
        self.progressPage = QWidget()
        self.progressPage.setObjectName(u"progressPage")
        self.progressLayout = QVBoxLayout(self.progressPage)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressHint = QLabel(self.progressPage)
        self.progressHint.setObjectName(u"progressHint")
        self.progressHint.setWordWrap(True)

        self.progressLayout.addWidget(self.progressHint)

        self.progressTable = QTableWidget(self.progressPage)
        self.progressTable.setObjectName(u"progressTable")

        self.progressLayout.addWidget(self.progressTable)

        self.pages.addTab(self.progressPage, "")

        self.rootLayout.addWidget(self.pages)

        self.errorLabel = QLabel(PledgeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PledgeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.postLabel.setBuddy(self.postEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PledgeDialog)

        QMetaObject.connectSlotsByName(PledgeDialog)
    # setupUi

    def retranslateUi(self, PledgeDialog):
        PledgeDialog.setWindowTitle(QCoreApplication.translate("PledgeDialog", u"\u627f\u8bfa\u4e66", None))
        self.memberLabel.setText(QCoreApplication.translate("PledgeDialog", u"\u515a\u5458\uff1a", None))
        self.postLabel.setText(QCoreApplication.translate("PledgeDialog", u"\u5c97\u4f4d\uff1a", None))
        self.signedLabel.setText(QCoreApplication.translate("PledgeDialog", u"\u7b7e\u8ba2\u65e5\u671f\uff1a", None))
        self.statusTitleLabel.setText(QCoreApplication.translate("PledgeDialog", u"\u72b6\u6001\uff1a", None))
        self.statusLabel.setText("")
        self.commitmentsLabel.setText(QCoreApplication.translate("PledgeDialog", u"\u91cf\u5316\u627f\u8bfa\uff1a", None))
        self.addCommitmentButton.setText(QCoreApplication.translate("PledgeDialog", u"\u6dfb\u52a0\u627f\u8bfa\u9879", None))
        self.removeCommitmentButton.setText(QCoreApplication.translate("PledgeDialog", u"\u5220\u9664\u627f\u8bfa\u9879", None))
        self.pages.setTabText(self.pages.indexOf(self.textPage), QCoreApplication.translate("PledgeDialog", u"\u627f\u8bfa\u5185\u5bb9", None))
        self.progressHint.setText(QCoreApplication.translate("PledgeDialog", u"\u8d23\u4efb\u533a\u5468\u62a5\u3001\u5408\u7406\u5316\u5efa\u8bae\u3001\u7ed3\u5bf9\u56de\u8bbf\u3001\u6392\u67e5\u9690\u60a3\u7531\u5bf9\u5e94\u8bb0\u5f55\u81ea\u52a8\u7edf\u8ba1\uff1b\u6df1\u5165\u73b0\u573a\u548c\u5176\u4ed6\u5728\u201c\u5b8c\u6210\u201d\u5217\u4e2d\u5f55\u5165\uff0c\u4fdd\u5b58\u65f6\u5199\u5165\u3002", None))
        self.pages.setTabText(self.pages.indexOf(self.progressPage), QCoreApplication.translate("PledgeDialog", u"\u8df5\u8bfa\u8fdb\u5ea6", None))
        self.errorLabel.setText("")
    # retranslateUi

