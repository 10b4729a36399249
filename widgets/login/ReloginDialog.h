#pragma once
// SPEC S3 re-login after an inactivity lock: the password of the user who is
// logged in (user name shown, fixed). Only that user's current password
// unlocks (Authenticator::verifyCurrentUser: throttled and audited). Cancel,
// Escape and closing the window do not close it: they emit cancelRequested()
// and SessionLock asks whether to close Confman.
#include "models/auth/Authenticator.h"
#include "widgets/login/CredentialFields.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace confman {

class ReloginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReloginDialog(Authenticator &auth, QWidget *parent = nullptr);

    void setReason(const QString &why); // shown in small print
    const LoginResult &lastResult() const { return m_result; }

    QLineEdit *userNameEdit() const { return m_fields.user(); }
    QLineEdit *passwordEdit() const { return m_fields.password(); }
    QLabel *messageLabel() const { return m_fields.message(); }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    void accept() override; // checks the password; closes only when it is right
    void reject() override; // emits cancelRequested(), stays open

Q_SIGNALS:
    void unlocked();
    void cancelRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    Authenticator &m_auth;
    LoginResult m_result;
    QLabel *m_intro = nullptr;
    QLabel *m_reason = nullptr;
    CredentialFields m_fields;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace confman
