# Generated from forms/photo_dialog.ui by python -m dangjian_desktop.ui.forms.compile — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'photo_dialog.ui'
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
    QLabel, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PhotoDialog(object):
    def setupUi(self, PhotoDialog):
        if not PhotoDialog.objectName():
            PhotoDialog.setObjectName(u"PhotoDialog")
        PhotoDialog.resize(900, 680)
        self.rootLayout = QVBoxLayout(PhotoDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.scrollArea = QScrollArea(PhotoDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.imageLabel = QLabel()
        self.imageLabel.setObjectName(u"imageLabel")
        self.imageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scrollArea.setWidget(self.imageLabel)

        self.rootLayout.addWidget(self.scrollArea)

        self.buttonBox = QDialogButtonBox(PhotoDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.rootLayout.addWidget(self.buttonBox)


        self.retranslateUi(PhotoDialog)

        QMetaObject.connectSlotsByName(PhotoDialog)
    # setupUi

    def retranslateUi(self, PhotoDialog):
        PhotoDialog.setWindowTitle(QCoreApplication.translate("PhotoDialog", u"\u7167\u7247", None))
    # retranslateUi

