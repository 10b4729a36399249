#include "widgets/login/CredentialFields.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

namespace confman {

CredentialFields::CredentialFields(QWidget *owner) : m_owner(owner)
{
    m_user = new QLineEdit(owner);
    m_user->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(owner);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(owner);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(false);
}

void CredentialFields::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_owner->adjustSize(); // grow for the message instead of squeezing the fields
}

LoginResult CredentialFields::attempt(const std::function<LoginResult(const QString &password)> &check)
{
    // An empty password never matches (a Person without one cannot log in):
    // say so without spending an attempt on the Authenticator's throttle.
    if (m_password->text().isEmpty()) {
        LoginResult empty;
        empty.status = LoginResult::Status::WrongCredentials;
        empty.message = QCoreApplication::translate("CredentialFields", "Enter your password.");
        showMessage(empty.message);
        m_password->setFocus();
        return empty;
    }
    const LoginResult result = check(m_password->text());
    m_password->clear(); // never kept longer than the attempt
    if (!result.ok()) {
        showMessage(result.message);
        m_password->setFocus();
    } else {
        showMessage({});
    }
    return result;
}

} // namespace confman
