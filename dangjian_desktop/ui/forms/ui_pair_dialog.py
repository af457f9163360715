# Generated from forms/pair_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_PairDialog(object):
    def setupUi(self, PairDialog):
        if not PairDialog.objectName():
            PairDialog.setObjectName(u"PairDialog")
        PairDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(PairDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.problemsLabel = QLabel(PairDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setProperty(u"error", True)
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberLabel = QLabel(PairDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(PairDialog)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setEditable(False)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.workersLabel = QLabel(PairDialog)
        self.workersLabel.setObjectName(u"workersLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.workersLabel)

        self.workersLayout = QVBoxLayout()
        self.workersLayout.setObjectName(u"workersLayout")
        self.workerSearchEdit = QLineEdit(PairDialog)
        self.workerSearchEdit.setObjectName(u"workerSearchEdit")
        self.workerSearchEdit.setClearButtonEnabled(True)

        self.workersLayout.addWidget(self.workerSearchEdit)

        self.workersList = QListWidget(PairDialog)
        self.workersList.setObjectName(u"workersList")
        self.workersList.setMinimumSize(QSize(0, 160))

        self.workersLayout.addWidget(self.workersList)

        self.workersCountLabel = QLabel(PairDialog)
        self.workersCountLabel.setObjectName(u"workersCountLabel")

        self.workersLayout.addWidget(self.workersCountLabel)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.workersLayout)

        self.startsLabel = QLabel(PairDialog)
        self.startsLabel.setObjectName(u"startsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.startsEdit = DateField(PairDialog)
        self.startsEdit.setObjectName(u"startsEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startsEdit)

        self.endsLabel = QLabel(PairDialog)
        self.endsLabel.setObjectName(u"endsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endsLabel)

        self.endsEdit = DateField(PairDialog)
        self.endsEdit.setObjectName(u"endsEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endsEdit)

        self.goalsLabel = QLabel(PairDialog)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.goalsLabel)

        self.goalsLayout = QHBoxLayout()
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalTalkCheck = QCheckBox(PairDialog)
        self.goalTalkCheck.setObjectName(u"goalTalkCheck")

        self.goalsLayout.addWidget(self.goalTalkCheck)

        self.goalMentoringCheck = QCheckBox(PairDialog)
        self.goalMentoringCheck.setObjectName(u"goalMentoringCheck")

        self.goalsLayout.addWidget(self.goalMentoringCheck)

        self.goalRulesCheck = QCheckBox(PairDialog)
        self.goalRulesCheck.setObjectName(u"goalRulesCheck")

        self.goalsLayout.addWidget(self.goalRulesCheck)

        self.goalHardshipCheck = QCheckBox(PairDialog)
        self.goalHardshipCheck.setObjectName(u"goalHardshipCheck")

        self.goalsLayout.addWidget(self.goalHardshipCheck)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.goalsLayout)

        self.frequencyLabel = QLabel(PairDialog)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencySpin = QSpinBox(PairDialog)
        self.frequencySpin.setObjectName(u"frequencySpin")
        self.frequencySpin.setMinimum(1)
        self.frequencySpin.setMaximum(366)
        self.frequencySpin.setValue(30)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.frequencySpin)

        self.noteLabel = QLabel(PairDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(PairDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.spacer6 = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.spacer6)

        self.saveButton = QPushButton(PairDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(PairDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.workersLabel.setBuddy(self.workerSearchEdit)
        self.startsLabel.setBuddy(self.startsEdit)
        self.endsLabel.setBuddy(self.endsEdit)
        self.frequencyLabel.setBuddy(self.frequencySpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberCombo, self.workerSearchEdit)
        QWidget.setTabOrder(self.workerSearchEdit, self.workersList)
        QWidget.setTabOrder(self.workersList, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.endsEdit)
        QWidget.setTabOrder(self.endsEdit, self.goalTalkCheck)
        QWidget.setTabOrder(self.goalTalkCheck, self.goalMentoringCheck)
        QWidget.setTabOrder(self.goalMentoringCheck, self.goalRulesCheck)
        QWidget.setTabOrder(self.goalRulesCheck, self.goalHardshipCheck)
        QWidget.setTabOrder(self.goalHardshipCheck, self.frequencySpin)
        QWidget.setTabOrder(self.frequencySpin, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(PairDialog)
        self.cancelButton.clicked.connect(PairDialog.reject)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PairDialog)
    # setupUi

    def retranslateUi(self, PairDialog):
        PairDialog.setWindowTitle(QCoreApplication.translate("PairDialog", u"\u7ed3\u5bf9", None))
        self.problemsLabel.setText("")
        self.memberLabel.setText(QCoreApplication.translate("PairDialog", u"\u7ed3\u5bf9\u515a\u5458", None))
        self.workersLabel.setText(QCoreApplication.translate("PairDialog", u"\u7ed3\u5bf9\u804c\u5de5", None))
        self.workerSearchEdit.setPlaceholderText(QCoreApplication.translate("PairDialog", u"\u67e5\u627e\u804c\u5de5\uff08\u59d3\u540d\u3001\u5de5\u53f7\u3001\u5c97\u4f4d\uff09", None))
#if QT_CONFIG(tooltip)
        self.workersList.setToolTip(QCoreApplication.translate("PairDialog", u"\u52fe\u9009\u8981\u7ed3\u5bf9\u7684\u804c\u5de5\uff08\u672a\u5305\u4fdd\u7684\u5728\u524d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.workersCountLabel.setText("")
        self.startsLabel.setText(QCoreApplication.translate("PairDialog", u"\u5f00\u59cb\u65e5\u671f", None))
        self.endsLabel.setText(QCoreApplication.translate("PairDialog", u"\u7ed3\u675f\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.endsEdit.setToolTip(QCoreApplication.translate("PairDialog", u"\u4e0d\u586b\u8868\u793a\u957f\u671f\u7ed3\u5bf9\uff1b\u7ed3\u675f\u65e5\u671f\u5f53\u5929\u4ecd\u7b97\u5305\u4fdd", None))
#endif // QT_CONFIG(tooltip)
        self.goalsLabel.setText(QCoreApplication.translate("PairDialog", u"\u5e2e\u6276\u76ee\u6807", None))
        self.goalTalkCheck.setText(QCoreApplication.translate("PairDialog", u"\u8c08\u5fc3\u8c08\u8bdd", None))
        self.goalMentoringCheck.setText(QCoreApplication.translate("PairDialog", u"\u6280\u672f\u4f20\u5e2e\u5e26", None))
        self.goalRulesCheck.setText(QCoreApplication.translate("PairDialog", u"\u9075\u7ae0\u5b88\u7eaa\u63d0\u9192", None))
        self.goalHardshipCheck.setText(QCoreApplication.translate("PairDialog", u"\u56f0\u96be\u5e2e\u6276", None))
        self.frequencyLabel.setText(QCoreApplication.translate("PairDialog", u"\u8ddf\u8fdb\u9891\u6b21", None))
        self.frequencySpin.setSuffix(QCoreApplication.translate("PairDialog", u" \u5929\u4e00\u6b21", None))
        self.noteLabel.setText(QCoreApplication.translate("PairDialog", u"\u5907\u6ce8", None))
        self.saveButton.setText(QCoreApplication.translate("PairDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("PairDialog", u"\u53d6\u6d88", None))
    # retranslateUi

