#include "widgets/login/ReloginDialog.h"

#include "widgets/login/ScreenPlacement.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confman {

ReloginDialog::ReloginDialog(Authenticator &auth, QWidget *parent) : QDialog(parent), m_auth(auth), m_fields(this)
{
    setObjectName(QStringLiteral("reloginDialog"));
    setWindowTitle(tr("Confman is locked"));
    setWindowModality(Qt::ApplicationModal);

    m_intro = new QLabel(tr("Confman was locked. Enter your password to continue."), this);
    m_intro->setWordWrap(true);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->setVisible(false);
    m_fields.user()->setText(auth.currentUserName());
    m_fields.user()->setReadOnly(true); // only the logged-in user may continue
    m_fields.user()->setFocusPolicy(Qt::NoFocus);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReloginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReloginDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_fields.user());
    form->addRow(tr("&Password:"), m_fields.password());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_fields.message());
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    m_fields.password()->setFocus();
}

void ReloginDialog::setReason(const QString &why)
{
    m_reason->setText(why);
    m_reason->setVisible(!why.isEmpty());
    m_fields.user()->setText(m_auth.currentUserName());
    m_fields.showMessage({});
    m_fields.password()->clear();
}

void ReloginDialog::accept()
{
    m_result = m_fields.attempt([this](const QString &password) { return m_auth.verifyCurrentUser(password); });
    if (!m_result.ok())
        return;
    QDialog::accept();
    Q_EMIT unlocked();
}

void ReloginDialog::reject()
{
    Q_EMIT cancelRequested();
}

void ReloginDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
    Q_EMIT cancelRequested();
}

void ReloginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    placeOnScreen(this);
    m_fields.password()->setFocus();
}

} // namespace confman
