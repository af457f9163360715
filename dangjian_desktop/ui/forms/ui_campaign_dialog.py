# Generated from forms/campaign_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_CampaignDialog(object):
    def setupUi(self, CampaignDialog):
        if not CampaignDialog.objectName():
            CampaignDialog.setObjectName(u"CampaignDialog")
        CampaignDialog.resize(720, 600)
        self.rootLayout = QVBoxLayout(CampaignDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(CampaignDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.titleEdit = QLineEdit(CampaignDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.datesLabel = QLabel(CampaignDialog)
        self.datesLabel.setObjectName(u"datesLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.startsEdit = DateField(CampaignDialog)
        self.startsEdit.setObjectName(u"startsEdit")

        self.datesLayout.addWidget(self.startsEdit)

        self.toLabel = QLabel(CampaignDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.datesLayout.addWidget(self.toLabel)

        self.endsEdit = DateField(CampaignDialog)
        self.endsEdit.setObjectName(u"endsEdit")

        self.datesLayout.addWidget(self.endsEdit)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.branchesLabel = QLabel(CampaignDialog)
        self.branchesLabel.setObjectName(u"branchesLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.branchesLabel)

        self.branchList = QListWidget(CampaignDialog)
        self.branchList.setObjectName(u"branchList")
        self.branchList.setMinimumSize(QSize(0, 150))
        self.branchList.setMaximumSize(QSize(16777215, 180))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.branchList)

        self.templateLabel = QLabel(CampaignDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateEdit = QPlainTextEdit(CampaignDialog)
        self.templateEdit.setObjectName(u"templateEdit")
        self.templateEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.templateEdit)


        self.rootLayout.addLayout(self.formLayout)

        self.commitmentsLabel = QLabel(CampaignDialog)
        self.commitmentsLabel.setObjectName(u"commitmentsLabel")

        self.rootLayout.addWidget(self.commitmentsLabel)

        self.commitmentTable = QTableWidget(CampaignDialog)
        self.commitmentTable.setObjectName(u"commitmentTable")

        self.rootLayout.addWidget(self.commitmentTable)

        self.commitmentButtons = QHBoxLayout()
        self.commitmentButtons.setObjectName(u"commitmentButtons")
        self.addCommitmentButton = QPushButton(CampaignDialog)
        self.addCommitmentButton.setObjectName(u"addCommitmentButton")

        self.commitmentButtons.addWidget(self.addCommitmentButton)

        self.removeCommitmentButton = QPushButton(CampaignDialog)
        self.removeCommitmentButton.setObjectName(u"removeCommitmentButton")

        self.commitmentButtons.addWidget(self.removeCommitmentButton)

        self.commitmentSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commitmentButtons.addItem(self.commitmentSpacer)


        self.rootLayout.addLayout(self.commitmentButtons)

        self.errorLabel = QLabel(CampaignDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CampaignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.titleEdit)
        self.branchesLabel.setBuddy(self.branchList)
        self.templateLabel.setBuddy(self.templateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CampaignDialog)

        QMetaObject.connectSlotsByName(CampaignDialog)
    # setupUi

    def retranslateUi(self, CampaignDialog):
        CampaignDialog.setWindowTitle(QCoreApplication.translate("CampaignDialog", u"\u627f\u8bfa\u6d3b\u52a8", None))
        self.nameLabel.setText(QCoreApplication.translate("CampaignDialog", u"\u6d3b\u52a8\u540d\u79f0\uff1a", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"\u5982\uff1a\u767e\u65e5\u5b89\u5168\u3001\u5e73\u5b89\u4e00\u5b63\u5ea6", None))
        self.datesLabel.setText(QCoreApplication.translate("CampaignDialog", u"\u8d77\u6b62\u65e5\u671f\uff1a", None))
        self.toLabel.setText(QCoreApplication.translate("CampaignDialog", u"\u81f3", None))
        self.branchesLabel.setText(QCoreApplication.translate("CampaignDialog", u"\u53c2\u52a0\u652f\u90e8\uff1a", None))
        self.templateLabel.setText(QCoreApplication.translate("CampaignDialog", u"\u627f\u8bfa\u4e66\u6a21\u677f\uff1a", None))
        self.templateEdit.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"\u53ef\u7528 {name} \u59d3\u540d\u3001{post} \u5c97\u4f4d\u3001{unit} \u533a\u961f/\u73ed\u7ec4\uff0c\u751f\u6210\u65f6\u81ea\u52a8\u586b\u5165", None))
        self.commitmentsLabel.setText(QCoreApplication.translate("CampaignDialog", u"\u91cf\u5316\u627f\u8bfa\uff08\u751f\u6210\u627f\u8bfa\u4e66\u65f6\u590d\u5236\u5230\u6bcf\u4efd\u627f\u8bfa\u4e66\uff09\uff1a", None))
        self.addCommitmentButton.setText(QCoreApplication.translate("CampaignDialog", u"\u6dfb\u52a0\u627f\u8bfa\u9879", None))
        self.removeCommitmentButton.setText(QCoreApplication.translate("CampaignDialog", u"\u5220\u9664\u627f\u8bfa\u9879", None))
        self.errorLabel.setText("")
    # retranslateUi

