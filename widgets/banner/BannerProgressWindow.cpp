#include "widgets/banner/BannerProgressWindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace confman::widgets {

BannerProgressWindow::BannerProgressWindow(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("bannerProgressWindow"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    m_label = new QLabel(tr("Downloading terms of use... Please wait..."), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("bannerCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &BannerProgressWindow::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addLayout(buttons);
}

QString BannerProgressWindow::message() const
{
    return m_label->text();
}

void BannerProgressWindow::reject()
{
    QDialog::reject();
    emit cancelled();
}

} // namespace confman::widgets
