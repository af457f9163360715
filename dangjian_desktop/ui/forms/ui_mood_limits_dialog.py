# Generated from forms/mood_limits_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mood_limits_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_MoodLimitsDialog(object):
    def setupUi(self, MoodLimitsDialog):
        if not MoodLimitsDialog.objectName():
            MoodLimitsDialog.setObjectName(u"MoodLimitsDialog")
        MoodLimitsDialog.resize(400, 360)
        self.mainLayout = QVBoxLayout(MoodLimitsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noteLabel = QLabel(MoodLimitsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.redTalkLabel = QLabel(MoodLimitsDialog)
        self.redTalkLabel.setObjectName(u"redTalkLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.redTalkLabel)

        self.redTalkSpin = QSpinBox(MoodLimitsDialog)
        self.redTalkSpin.setObjectName(u"redTalkSpin")
        self.redTalkSpin.setMinimum(1)
        self.redTalkSpin.setMaximum(365)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.redTalkSpin)

        self.redMeasuresLabel = QLabel(MoodLimitsDialog)
        self.redMeasuresLabel.setObjectName(u"redMeasuresLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.redMeasuresLabel)

        self.redMeasuresSpin = QSpinBox(MoodLimitsDialog)
        self.redMeasuresSpin.setObjectName(u"redMeasuresSpin")
        self.redMeasuresSpin.setMinimum(1)
        self.redMeasuresSpin.setMaximum(365)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.redMeasuresSpin)

        self.redReviewLabel = QLabel(MoodLimitsDialog)
        self.redReviewLabel.setObjectName(u"redReviewLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.redReviewLabel)

        self.redReviewSpin = QSpinBox(MoodLimitsDialog)
        self.redReviewSpin.setObjectName(u"redReviewSpin")
        self.redReviewSpin.setMinimum(1)
        self.redReviewSpin.setMaximum(365)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.redReviewSpin)

        self.yellowTalkLabel = QLabel(MoodLimitsDialog)
        self.yellowTalkLabel.setObjectName(u"yellowTalkLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.yellowTalkLabel)

        self.yellowTalkSpin = QSpinBox(MoodLimitsDialog)
        self.yellowTalkSpin.setObjectName(u"yellowTalkSpin")
        self.yellowTalkSpin.setMinimum(1)
        self.yellowTalkSpin.setMaximum(365)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yellowTalkSpin)

        self.yellowReviewLabel = QLabel(MoodLimitsDialog)
        self.yellowReviewLabel.setObjectName(u"yellowReviewLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.yellowReviewLabel)

        self.yellowReviewSpin = QSpinBox(MoodLimitsDialog)
        self.yellowReviewSpin.setObjectName(u"yellowReviewSpin")
        self.yellowReviewSpin.setMinimum(1)
        self.yellowReviewSpin.setMaximum(365)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.yellowReviewSpin)

        self.blueTalkLabel = QLabel(MoodLimitsDialog)
        self.blueTalkLabel.setObjectName(u"blueTalkLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.blueTalkLabel)

        self.blueTalkSpin = QSpinBox(MoodLimitsDialog)
        self.blueTalkSpin.setObjectName(u"blueTalkSpin")
        self.blueTalkSpin.setMinimum(1)
        self.blueTalkSpin.setMaximum(365)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.blueTalkSpin)

        self.blueReviewLabel = QLabel(MoodLimitsDialog)
        self.blueReviewLabel.setObjectName(u"blueReviewLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.blueReviewLabel)

        self.blueReviewSpin = QSpinBox(MoodLimitsDialog)
        self.blueReviewSpin.setObjectName(u"blueReviewSpin")
        self.blueReviewSpin.setMinimum(1)
        self.blueReviewSpin.setMaximum(365)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.blueReviewSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(MoodLimitsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(MoodLimitsDialog)

        QMetaObject.connectSlotsByName(MoodLimitsDialog)
    # setupUi

    def retranslateUi(self, MoodLimitsDialog):
        MoodLimitsDialog.setWindowTitle(QCoreApplication.translate("MoodLimitsDialog", u"\u7ea2\u9ec4\u84dd\u9884\u8b66\u5904\u7f6e\u65f6\u9650", None))
        self.noteLabel.setText(QCoreApplication.translate("MoodLimitsDialog", u"\u4ee5\u5929\u8ba1\u3002\u4fee\u6539\u540e\u5bf9\u6b64\u540e\u7684\u5904\u7f6e\u751f\u6548\uff0c\u5df2\u7ed9\u51fa\u7684\u671f\u9650\u4e0d\u53d8\u3002\u53ea\u6709\u4e66\u8bb0\u53ef\u4ee5\u4fee\u6539\u3002", None))
        self.redTalkLabel.setText(QCoreApplication.translate("MoodLimitsDialog", u"\u7ea2\u8272\u00b7\u9996\u6b21\u8c08\u8bdd\uff1a", None))
        self.redMeasuresLabel.setText(QCoreApplication.translate("MoodLimitsDialog", u"\u7ea2\u8272\u00b7\u843d\u5b9e\u63aa\u65bd\uff1a", None))
        self.redReviewLabel.setText(QCoreApplication.translate("MoodLimitsDialog", u"\u7ea2\u8272\u00b7\u590d\u67e5\u95f4\u9694\uff1a", None))
        self.yellowTalkLabel.setText(QCoreApplication.translate("MoodLimitsDialog", u"\u9ec4\u8272\u00b7\u9996\u6b21\u8c08\u8bdd\uff1a", None))
        self.yellowReviewLabel.setText(QCoreApplication.translate("MoodLimitsDialog", u"\u9ec4\u8272\u00b7\u590d\u67e5\u95f4\u9694\uff1a", None))
        self.blueTalkLabel.setText(QCoreApplication.translate("MoodLimitsDialog", u"\u84dd\u8272\u00b7\u9996\u6b21\u8c08\u8bdd\uff1a", None))
        self.blueReviewLabel.setText(QCoreApplication.translate("MoodLimitsDialog", u"\u84dd\u8272\u00b7\u590d\u67e5\u95f4\u9694\uff1a", None))
    # retranslateUi

