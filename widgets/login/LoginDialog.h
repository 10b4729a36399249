#pragma once
// The login window (SPEC S3/S8, issue 5): user name, password and a "Details"
// expander with the Application Confman logs in as (default `default`, an
// Application of type Configuration Manager) and the store (read only). The
// Authenticator decides; the dialog shows its one-sentence answer: one
// message for a wrong password and an unknown user alike, own messages for a
// disabled user, no access group and a missing application.
// Tests drive it shown with open()/show(); accept() tries the login.
#include "models/auth/Authenticator.h"
#include "widgets/login/CredentialFields.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace confman {

inline const QString kDefaultLoginApplication = QStringLiteral("default");

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(Authenticator &auth, const QString &storeLocation, QWidget *parent = nullptr);

    void setUserName(const QString &name);
    void setApplicationName(const QString &name);
    QString applicationName() const;
    // The answer of the last attempt (Ok after a successful login).
    const LoginResult &lastResult() const { return m_result; }

    QLineEdit *userNameEdit() const { return m_fields.user(); }
    QLineEdit *passwordEdit() const { return m_fields.password(); }
    QLineEdit *applicationEdit() const { return m_application; }
    QLabel *storeLabel() const { return m_store; }
    QLabel *messageLabel() const { return m_fields.message(); }
    QToolButton *detailsButton() const { return m_detailsButton; }
    QWidget *detailsPanel() const { return m_details; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    void accept() override; // tries to log in; closes only on success

Q_SIGNALS:
    void loggedIn(const confman::LoginResult &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Authenticator &m_auth;
    LoginResult m_result;
    CredentialFields m_fields;
    QLineEdit *m_application = nullptr;
    QLabel *m_store = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QWidget *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace confman
