# Generated from forms/review_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(640, 520)
        self.rootLayout = QVBoxLayout(ReviewDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.memberLabel = QLabel(ReviewDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.memberLabel)

        self.figuresTable = QTableWidget(ReviewDialog)
        self.figuresTable.setObjectName(u"figuresTable")

        self.rootLayout.addWidget(self.figuresTable)

        self.proposalLabel = QLabel(ReviewDialog)
        self.proposalLabel.setObjectName(u"proposalLabel")
        self.proposalLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.proposalLabel)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.keptRadio = QRadioButton(ReviewDialog)
        self.keptRadio.setObjectName(u"keptRadio")

        self.choiceLayout.addWidget(self.keptRadio)

        self.brokenRadio = QRadioButton(ReviewDialog)
        self.brokenRadio.setObjectName(u"brokenRadio")

        self.choiceLayout.addWidget(self.brokenRadio)

        self.choiceSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.reviewedDateLabel = QLabel(ReviewDialog)
        self.reviewedDateLabel.setObjectName(u"reviewedDateLabel")

        self.choiceLayout.addWidget(self.reviewedDateLabel)

        self.reviewedEdit = DateField(ReviewDialog)
        self.reviewedEdit.setObjectName(u"reviewedEdit")

        self.choiceLayout.addWidget(self.reviewedEdit)


        self.rootLayout.addLayout(self.choiceLayout)

        self.reasonLabel = QLabel(ReviewDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.rootLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ReviewDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))

        self.rootLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(ReviewDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"\u8bc4\u8bfa", None))
        self.memberLabel.setText("")
        self.proposalLabel.setText("")
        self.keptRadio.setText(QCoreApplication.translate("ReviewDialog", u"\u5df2\u8df5\u8bfa", None))
        self.brokenRadio.setText(QCoreApplication.translate("ReviewDialog", u"\u672a\u8df5\u8bfa", None))
        self.reviewedDateLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u8bc4\u8bfa\u65e5\u671f\uff1a", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u672a\u8df5\u8bfa\u539f\u56e0\uff08\u8bc4\u4e3a\u672a\u8df5\u8bfa\u65f6\u5fc5\u586b\uff09\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

