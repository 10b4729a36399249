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

ReloginDialog::ReloginDialog(Authenticator &auth, QWidget *parent) : QDialog(parent), m_auth(auth)
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
    m_user = new QLineEdit(auth.currentUserName(), this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setReadOnly(true); // only the logged-in user may continue
    m_user->setFocusPolicy(Qt::NoFocus);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReloginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReloginDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    m_password->setFocus();
}

void ReloginDialog::setReason(const QString &why)
{
    m_reason->setText(why);
    m_reason->setVisible(!why.isEmpty());
    m_user->setText(m_auth.currentUserName());
    m_message->clear();
    m_message->setVisible(false);
    m_password->clear();
}

void ReloginDialog::accept()
{
    m_result = m_auth.verifyCurrentUser(m_password->text());
    m_password->clear();
    if (!m_result.ok()) {
        m_message->setText(m_result.message);
        m_message->setVisible(true);
        m_password->setFocus();
        return;
    }
    m_message->setVisible(false);
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
    m_password->setFocus();
}

} // namespace confman
