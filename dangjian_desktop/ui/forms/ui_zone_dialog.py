# Generated from forms/zone_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'zone_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from dangjian_desktop.ui.common.date_field import DateField

class Ui_ZoneDialog(object):
    def setupUi(self, ZoneDialog):
        if not ZoneDialog.objectName():
            ZoneDialog.setObjectName(u"ZoneDialog")
        ZoneDialog.resize(680, 600)
        self.mainLayout = QVBoxLayout(ZoneDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.statusLine = QLabel(ZoneDialog)
        self.statusLine.setObjectName(u"statusLine")
        self.statusLine.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLine)

        self.problemsLabel = QLabel(ZoneDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setProperty(u"error", True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.pages = QTabWidget(ZoneDialog)
        self.pages.setObjectName(u"pages")
        self.basicPage = QWidget()
        self.basicPage.setObjectName(u"basicPage")
        self.basicForm = QFormLayout(self.basicPage)
        self.basicForm.setObjectName(u"basicForm")
        self.basicForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.categoryLabel = QLabel(self.basicPage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.basicPage)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.kindLabel = QLabel(self.basicPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.basicPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.nameLabel = QLabel(self.basicPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.basicPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.branchLabel = QLabel(self.basicPage)
        self.branchLabel.setObjectName(u"branchLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branchCombo = QComboBox(self.basicPage)
        self.branchCombo.setObjectName(u"branchCombo")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.branchCombo)

        self.unitLabel = QLabel(self.basicPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.basicPage)
        self.unitCombo.setObjectName(u"unitCombo")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.locationLabel = QLabel(self.basicPage)
        self.locationLabel.setObjectName(u"locationLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.basicPage)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(200)

        self.basicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.areaLabel = QLabel(self.basicPage)
        self.areaLabel.setObjectName(u"areaLabel")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QPlainTextEdit(self.basicPage)
        self.areaEdit.setObjectName(u"areaEdit")
        self.areaEdit.setTabChangesFocus(True)
        self.areaEdit.setMinimumSize(QSize(0, 54))

        self.basicForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.areaEdit)

        self.memberLabel = QLabel(self.basicPage)
        self.memberLabel.setObjectName(u"memberLabel")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(self.basicPage)
        self.memberCombo.setObjectName(u"memberCombo")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.basisLabel = QLabel(self.basicPage)
        self.basisLabel.setObjectName(u"basisLabel")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QPlainTextEdit(self.basicPage)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setTabChangesFocus(True)
        self.basisEdit.setMinimumSize(QSize(0, 54))

        self.basicForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.assessorLabel = QLabel(self.basicPage)
        self.assessorLabel.setObjectName(u"assessorLabel")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.assessorLabel)

        self.assessorCombo = QComboBox(self.basicPage)
        self.assessorCombo.setObjectName(u"assessorCombo")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.assessorCombo)

        self.assessStdLabel = QLabel(self.basicPage)
        self.assessStdLabel.setObjectName(u"assessStdLabel")

        self.basicForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.assessStdLabel)

        self.assessStdEdit = QPlainTextEdit(self.basicPage)
        self.assessStdEdit.setObjectName(u"assessStdEdit")
        self.assessStdEdit.setTabChangesFocus(True)
        self.assessStdEdit.setMinimumSize(QSize(0, 54))

        self.basicForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.assessStdEdit)

        self.datesLabel = QLabel(self.basicPage)
        self.datesLabel.setObjectName(u"datesLabel")

        self.basicForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.startDate = DateField(self.basicPage)
        self.startDate.setObjectName(u"startDate")

        self.datesLayout.addWidget(self.startDate)

        self.toLabel = QLabel(self.basicPage)
        self.toLabel.setObjectName(u"toLabel")

        self.datesLayout.addWidget(self.toLabel)

        self.endDate = DateField(self.basicPage)
        self.endDate.setObjectName(u"endDate")

        self.datesLayout.addWidget(self.endDate)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesSpacer)


        self.basicForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.pages.addTab(self.basicPage, "")
        self.shinePage = QWidget()
        self.shinePage.setObjectName(u"shinePage")
        self.shineForm = QFormLayout(self.shinePage)
        self.shineForm.setObjectName(u"shineForm")
        self.shineForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identityLabel = QLabel(self.shinePage)
        self.identityLabel.setObjectName(u"identityLabel")

        self.shineForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.identityLabel)

        self.identityEdit = QPlainTextEdit(self.shinePage)
        self.identityEdit.setObjectName(u"identityEdit")
        self.identityEdit.setTabChangesFocus(True)
        self.identityEdit.setMinimumSize(QSize(0, 40))

        self.shineForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.identityEdit)

        self.postLabel = QLabel(self.shinePage)
        self.postLabel.setObjectName(u"postLabel")

        self.shineForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postEdit = QPlainTextEdit(self.shinePage)
        self.postEdit.setObjectName(u"postEdit")
        self.postEdit.setTabChangesFocus(True)
        self.postEdit.setMinimumSize(QSize(0, 40))

        self.shineForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postEdit)

        self.dutiesLabel = QLabel(self.shinePage)
        self.dutiesLabel.setObjectName(u"dutiesLabel")

        self.shineForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dutiesLabel)

        self.dutiesEdit = QPlainTextEdit(self.shinePage)
        self.dutiesEdit.setObjectName(u"dutiesEdit")
        self.dutiesEdit.setTabChangesFocus(True)
        self.dutiesEdit.setMinimumSize(QSize(0, 54))

        self.shineForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dutiesEdit)

        self.standardLabel = QLabel(self.shinePage)
        self.standardLabel.setObjectName(u"standardLabel")

        self.shineForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.standardLabel)

        self.standardEdit = QPlainTextEdit(self.shinePage)
        self.standardEdit.setObjectName(u"standardEdit")
        self.standardEdit.setTabChangesFocus(True)
        self.standardEdit.setMinimumSize(QSize(0, 54))

        self.shineForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.standardEdit)

        self.achievementsLabel = QLabel(self.shinePage)
        self.achievementsLabel.setObjectName(u"achievementsLabel")

        self.shineForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.achievementsLabel)

        self.achievementsEdit = QPlainTextEdit(self.shinePage)
        self.achievementsEdit.setObjectName(u"achievementsEdit")
        self.achievementsEdit.setTabChangesFocus(True)
        self.achievementsEdit.setMinimumSize(QSize(0, 54))

        self.shineForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.achievementsEdit)

        self.photoTitle = QLabel(self.shinePage)
        self.photoTitle.setObjectName(u"photoTitle")

        self.shineForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.photoTitle)

        self.photoLayout = QHBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoLabel = QLabel(self.shinePage)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(96, 120))
        self.photoLabel.setMaximumSize(QSize(96, 120))
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photoLabel.setFrameShape(QFrame.Shape.Box)

        self.photoLayout.addWidget(self.photoLabel)

        self.photoButtons = QVBoxLayout()
        self.photoButtons.setObjectName(u"photoButtons")
        self.photoButton = QPushButton(self.shinePage)
        self.photoButton.setObjectName(u"photoButton")

        self.photoButtons.addWidget(self.photoButton)

        self.photoClearButton = QPushButton(self.shinePage)
        self.photoClearButton.setObjectName(u"photoClearButton")

        self.photoButtons.addWidget(self.photoClearButton)

        self.photoHint = QLabel(self.shinePage)
        self.photoHint.setObjectName(u"photoHint")
        self.photoHint.setWordWrap(True)

        self.photoButtons.addWidget(self.photoHint)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoButtons.addItem(self.photoSpacer)


        self.photoLayout.addLayout(self.photoButtons)

        self.photoHSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.photoLayout.addItem(self.photoHSpacer)


        self.shineForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.photoLayout)

        self.pages.addTab(self.shinePage, "")
        self.workersPage = QWidget()
        self.workersPage.setObjectName(u"workersPage")
        self.workersLayout = QVBoxLayout(self.workersPage)
        self.workersLayout.setObjectName(u"workersLayout")
        self.workersFilter = QHBoxLayout()
        self.workersFilter.setObjectName(u"workersFilter")
        self.workerUnitLabel = QLabel(self.workersPage)
        self.workerUnitLabel.setObjectName(u"workerUnitLabel")

        self.workersFilter.addWidget(self.workerUnitLabel)

        self.workerUnitCombo = QComboBox(self.workersPage)
        self.workerUnitCombo.setObjectName(u"workerUnitCombo")

        self.workersFilter.addWidget(self.workerUnitCombo)

        self.workerSearch = QLineEdit(self.workersPage)
        self.workerSearch.setObjectName(u"workerSearch")
        self.workerSearch.setClearButtonEnabled(True)

        self.workersFilter.addWidget(self.workerSearch)

        self.workerCheckedOnly = QCheckBox(self.workersPage)
        self.workerCheckedOnly.setObjectName(u"workerCheckedOnly")

        self.workersFilter.addWidget(self.workerCheckedOnly)


        self.workersLayout.addLayout(self.workersFilter)

        self.workerList = QListWidget(self.workersPage)
        self.workerList.setObjectName(u"workerList")

        self.workersLayout.addWidget(self.workerList)

        self.workerCount = QLabel(self.workersPage)
        self.workerCount.setObjectName(u"workerCount")

        self.workersLayout.addWidget(self.workerCount)

        self.pages.addTab(self.workersPage, "")
        self.reportsPage = QWidget()
        self.reportsPage.setObjectName(u"reportsPage")
        self.reportsLayout = QVBoxLayout(self.reportsPage)
        self.reportsLayout.setObjectName(u"reportsLayout")
        self.reportsTitle = QLabel(self.reportsPage)
        self.reportsTitle.setObjectName(u"reportsTitle")

        self.reportsLayout.addWidget(self.reportsTitle)

        self.reportsTable = QTableView(self.reportsPage)
        self.reportsTable.setObjectName(u"reportsTable")
        self.reportsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.reportsLayout.addWidget(self.reportsTable)

        self.suggestionsTitle = QLabel(self.reportsPage)
        self.suggestionsTitle.setObjectName(u"suggestionsTitle")

        self.reportsLayout.addWidget(self.suggestionsTitle)

        self.suggestionsTable = QTableView(self.reportsPage)
        self.suggestionsTable.setObjectName(u"suggestionsTable")
        self.suggestionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.reportsLayout.addWidget(self.suggestionsTable)

        self.reportButtons = QHBoxLayout()
        self.reportButtons.setObjectName(u"reportButtons")
        self.addReportButton = QPushButton(self.reportsPage)
        self.addReportButton.setObjectName(u"addReportButton")

        self.reportButtons.addWidget(self.addReportButton)

        self.addSuggestionButton = QPushButton(self.reportsPage)
        self.addSuggestionButton.setObjectName(u"addSuggestionButton")

        self.reportButtons.addWidget(self.addSuggestionButton)

        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportButtons.addItem(self.reportSpacer)


        self.reportsLayout.addLayout(self.reportButtons)

        self.pages.addTab(self.reportsPage, "")

        self.mainLayout.addWidget(self.pages)

        self.dialogButtons = QHBoxLayout()
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialogButtons.addItem(self.dialogSpacer)

        self.saveButton = QPushButton(ZoneDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.dialogButtons.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ZoneDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.dialogButtons.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.branchLabel.setBuddy(self.branchCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.locationLabel.setBuddy(self.locationEdit)
        self.areaLabel.setBuddy(self.areaEdit)
        self.memberLabel.setBuddy(self.memberCombo)
        self.basisLabel.setBuddy(self.basisEdit)
        self.assessorLabel.setBuddy(self.assessorCombo)
        self.assessStdLabel.setBuddy(self.assessStdEdit)
        self.datesLabel.setBuddy(self.startDate)
        self.identityLabel.setBuddy(self.identityEdit)
        self.postLabel.setBuddy(self.postEdit)
        self.dutiesLabel.setBuddy(self.dutiesEdit)
        self.standardLabel.setBuddy(self.standardEdit)
        self.achievementsLabel.setBuddy(self.achievementsEdit)
        self.workerUnitLabel.setBuddy(self.workerUnitCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ZoneDialog)

        self.pages.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ZoneDialog)
    # setupUi

    def retranslateUi(self, ZoneDialog):
        ZoneDialog.setWindowTitle(QCoreApplication.translate("ZoneDialog", u"\u8d23\u4efb\u533a/\u793a\u8303\u5c97", None))
        self.statusLine.setText("")
        self.problemsLabel.setText("")
        self.categoryLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u7c7b\u522b", None))
        self.kindLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u7c7b\u578b", None))
        self.nameLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ZoneDialog", u"\u5fc5\u586b\uff0c\u5982\u201c8101\u5de5\u4f5c\u9762\u5b89\u5168\u8d23\u4efb\u533a\u201d", None))
        self.branchLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u6240\u5c5e\u652f\u90e8", None))
        self.unitLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u533a\u961f/\u73ed\u7ec4", None))
        self.locationLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u6302\u724c\u5730\u70b9", None))
        self.areaLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u660e\u786e\u533a\u57df", None))
        self.areaEdit.setPlaceholderText(QCoreApplication.translate("ZoneDialog", u"\u8d23\u4efb\u533a\u7684\u8303\u56f4\uff08\u4e94\u660e\u786e\u4e4b\u4e00\uff09", None))
        self.memberLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u660e\u786e\u793a\u8303\u8005", None))
        self.basisLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u793a\u8303\u4f9d\u636e\u548c\u6807\u51c6", None))
        self.basisEdit.setPlaceholderText(QCoreApplication.translate("ZoneDialog", u"\u793a\u8303\u4f9d\u636e\u548c\u793a\u8303\u6807\u51c6\uff08\u4e94\u660e\u786e\u4e4b\u4e00\uff09", None))
        self.assessorLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u660e\u786e\u8003\u6838\u4eba", None))
        self.assessStdLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u8003\u6838\u6807\u51c6", None))
        self.assessStdEdit.setPlaceholderText(QCoreApplication.translate("ZoneDialog", u"\u8003\u6838\u4eba\u6309\u4ec0\u4e48\u6807\u51c6\u8003\u6838\uff08\u4e94\u660e\u786e\u4e4b\u4e00\uff09", None))
        self.datesLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u793a\u8303\u8d77\u6b62\u65f6\u95f4", None))
        self.toLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u81f3", None))
        self.pages.setTabText(self.pages.indexOf(self.basicPage), QCoreApplication.translate("ZoneDialog", u"\u4e94\u660e\u786e", None))
        self.identityLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u4eae\u8eab\u4efd", None))
        self.identityEdit.setPlaceholderText(QCoreApplication.translate("ZoneDialog", u"\u5982\uff1a\u4e2d\u5171\u515a\u5458\u3000\u5f20\u4f1f\u30002010\u5e747\u6708\u5165\u515a", None))
        self.postLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u4eae\u5c97\u4f4d", None))
        self.postEdit.setPlaceholderText("")
        self.dutiesLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u4eae\u804c\u8d23", None))
        self.dutiesEdit.setPlaceholderText("")
        self.standardLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u4eae\u6807\u51c6", None))
        self.standardEdit.setPlaceholderText("")
        self.achievementsLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u4eae\u4e1a\u7ee9", None))
        self.achievementsEdit.setPlaceholderText("")
        self.photoTitle.setText(QCoreApplication.translate("ZoneDialog", u"\u793a\u8303\u8005\u7167\u7247", None))
        self.photoLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u65e0\u7167\u7247", None))
        self.photoButton.setText(QCoreApplication.translate("ZoneDialog", u"\u9009\u62e9\u7167\u7247\u2026", None))
        self.photoClearButton.setText(QCoreApplication.translate("ZoneDialog", u"\u5220\u9664\u7167\u7247", None))
        self.photoHint.setText(QCoreApplication.translate("ZoneDialog", u"\u7167\u7247\u5b58\u4e3a\u4e0d\u8d85\u8fc7 600 \u50cf\u7d20\u7684 JPEG\uff0c\u5370\u5728\u8d23\u4efb\u533a\u724c\u4e0a\u3002", None))
        self.pages.setTabText(self.pages.indexOf(self.shinePage), QCoreApplication.translate("ZoneDialog", u"\u4e94\u4eae", None))
        self.workerUnitLabel.setText(QCoreApplication.translate("ZoneDialog", u"\u533a\u961f/\u73ed\u7ec4", None))
        self.workerSearch.setPlaceholderText(QCoreApplication.translate("ZoneDialog", u"\u67e5\u627e\u59d3\u540d", None))
        self.workerCheckedOnly.setText(QCoreApplication.translate("ZoneDialog", u"\u53ea\u770b\u5df2\u9009", None))
        self.workerCount.setText("")
        self.pages.setTabText(self.pages.indexOf(self.workersPage), QCoreApplication.translate("ZoneDialog", u"\u5e26\u4e00\u7247\u4eba", None))
        self.reportsTitle.setText(QCoreApplication.translate("ZoneDialog", u"\u6bcf\u5468\u5b89\u5168\u62a5\u544a\uff08\u6bcf\u5468\u81f3\u5c11\u4e00\u6b21\uff09", None))
        self.suggestionsTitle.setText(QCoreApplication.translate("ZoneDialog", u"\u5408\u7406\u5316\u5efa\u8bae\uff08\u6bcf\u6708\u81f3\u5c11\u4e00\u6761\uff09", None))
        self.addReportButton.setText(QCoreApplication.translate("ZoneDialog", u"\u8bb0\u5468\u62a5\u2026", None))
        self.addSuggestionButton.setText(QCoreApplication.translate("ZoneDialog", u"\u8bb0\u5efa\u8bae\u2026", None))
        self.pages.setTabText(self.pages.indexOf(self.reportsPage), QCoreApplication.translate("ZoneDialog", u"\u5468\u62a5\u4e0e\u5efa\u8bae", None))
        self.saveButton.setText(QCoreApplication.translate("ZoneDialog", u"\u4fdd\u5b58", None))
        self.cancelButton.setText(QCoreApplication.translate("ZoneDialog", u"\u53d6\u6d88", None))
    # retranslateUi

