# Generated from forms/ranking_weights_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ranking_weights_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_RankingWeightsDialog(object):
    def setupUi(self, RankingWeightsDialog):
        if not RankingWeightsDialog.objectName():
            RankingWeightsDialog.setObjectName(u"RankingWeightsDialog")
        RankingWeightsDialog.resize(420, 380)
        self.rootLayout = QVBoxLayout(RankingWeightsDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.weeklyLabel = QLabel(RankingWeightsDialog)
        self.weeklyLabel.setObjectName(u"weeklyLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weeklyLabel)

        self.weeklySpin = QDoubleSpinBox(RankingWeightsDialog)
        self.weeklySpin.setObjectName(u"weeklySpin")
        self.weeklySpin.setDecimals(1)
        self.weeklySpin.setMaximum(1000.000000000000000)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.weeklySpin)

        self.hazardsLabel = QLabel(RankingWeightsDialog)
        self.hazardsLabel.setObjectName(u"hazardsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hazardsLabel)

        self.hazardsSpin = QDoubleSpinBox(RankingWeightsDialog)
        self.hazardsSpin.setObjectName(u"hazardsSpin")
        self.hazardsSpin.setDecimals(1)
        self.hazardsSpin.setMaximum(1000.000000000000000)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hazardsSpin)

        self.reportsLabel = QLabel(RankingWeightsDialog)
        self.reportsLabel.setObjectName(u"reportsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reportsLabel)

        self.reportsSpin = QDoubleSpinBox(RankingWeightsDialog)
        self.reportsSpin.setObjectName(u"reportsSpin")
        self.reportsSpin.setDecimals(1)
        self.reportsSpin.setMaximum(1000.000000000000000)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reportsSpin)

        self.violationsLabel = QLabel(RankingWeightsDialog)
        self.violationsLabel.setObjectName(u"violationsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.violationsLabel)

        self.violationsSpin = QDoubleSpinBox(RankingWeightsDialog)
        self.violationsSpin.setObjectName(u"violationsSpin")
        self.violationsSpin.setDecimals(1)
        self.violationsSpin.setMaximum(1000.000000000000000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.violationsSpin)

        self.pledgeLabel = QLabel(RankingWeightsDialog)
        self.pledgeLabel.setObjectName(u"pledgeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pledgeLabel)

        self.pledgeSpin = QDoubleSpinBox(RankingWeightsDialog)
        self.pledgeSpin.setObjectName(u"pledgeSpin")
        self.pledgeSpin.setDecimals(1)
        self.pledgeSpin.setMaximum(1000.000000000000000)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pledgeSpin)

        self.starCapLabel = QLabel(RankingWeightsDialog)
        self.starCapLabel.setObjectName(u"starCapLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.starCapLabel)

        self.starCapSpin = QSpinBox(RankingWeightsDialog)
        self.starCapSpin.setObjectName(u"starCapSpin")
        self.starCapSpin.setMinimum(1)
        self.starCapSpin.setMaximum(20)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.starCapSpin)

        self.bestCapLabel = QLabel(RankingWeightsDialog)
        self.bestCapLabel.setObjectName(u"bestCapLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bestCapLabel)

        self.bestCapSpin = QSpinBox(RankingWeightsDialog)
        self.bestCapSpin.setObjectName(u"bestCapSpin")
        self.bestCapSpin.setMinimum(1)
        self.bestCapSpin.setMaximum(20)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bestCapSpin)


        self.rootLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(RankingWeightsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(RankingWeightsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(RankingWeightsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(RankingWeightsDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonLayout)


        self.retranslateUi(RankingWeightsDialog)
        self.cancelButton.clicked.connect(RankingWeightsDialog.reject)

        QMetaObject.connectSlotsByName(RankingWeightsDialog)
    # setupUi

    def retranslateUi(self, RankingWeightsDialog):
        RankingWeightsDialog.setWindowTitle(QCoreApplication.translate("RankingWeightsDialog", u"\u5b63\u5ea6\u6392\u540d\u6743\u91cd\u4e0e\u8bc4\u9009\u540d\u989d", None))
        self.weeklyLabel.setText(QCoreApplication.translate("RankingWeightsDialog", u"\u5468\u68c0\u67e5\u5f97\u5206", None))
        self.hazardsLabel.setText(QCoreApplication.translate("RankingWeightsDialog", u"\u9690\u60a3\u6309\u671f\u95ed\u5408", None))
        self.reportsLabel.setText(QCoreApplication.translate("RankingWeightsDialog", u"\u5468\u62a5\u6309\u65f6", None))
        self.violationsLabel.setText(QCoreApplication.translate("RankingWeightsDialog", u"\u8d23\u4efb\u533a\u65e0\u201c\u4e09\u8fdd\u201d", None))
        self.pledgeLabel.setText(QCoreApplication.translate("RankingWeightsDialog", u"\u627f\u8bfa\u8df5\u8bfa", None))
        self.starCapLabel.setText(QCoreApplication.translate("RankingWeightsDialog", u"\u6bcf\u5b63\u5ea6\u515a\u5458\u4e4b\u661f\u540d\u989d", None))
        self.bestCapLabel.setText(QCoreApplication.translate("RankingWeightsDialog", u"\u6bcf\u5b63\u5ea6\u4f18\u8d28\u8d23\u4efb\u533a\u540d\u989d", None))
        self.noteLabel.setText(QCoreApplication.translate("RankingWeightsDialog", u"\u5404\u9879\u5f97\u5206\u4e3a0\uff5e100\u5206\uff0c\u603b\u5206\u4e3a\u6709\u6570\u636e\u5404\u9879\u7684\u52a0\u6743\u5e73\u5747\u3002\u540d\u989d\u4e3a\u6bcf\u4e2a\u652f\u90e8\u6bcf\u5b63\u5ea6\u53ef\u786e\u8ba4\u7684\u4e2a\u6570\u3002", None))
        self.errorLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("RankingWeightsDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("RankingWeightsDialog", u"\u53d6\u6d88", None))
    # retranslateUi

