#pragma once
// The password part both login windows share (SPEC S3/S8): the user name and
// password fields and the message line, with the object names tests and
// accessibility look for. One attempt takes the typed password, clears it
// whatever the answer (it is never kept longer than the attempt), and on a
// refusal shows the Authenticator's one sentence - which also says when a
// throttled user may try again - and puts the focus back on the password.
// Throttling, auditing and the wording are the Authenticator's.
#include "models/auth/Authenticator.h"

#include <functional>

class QLabel;
class QLineEdit;
class QWidget;

namespace confman {

class CredentialFields
{
public:
    explicit CredentialFields(QWidget *owner); // the fields are children of owner

    QLineEdit *user() const { return m_user; }
    QLineEdit *password() const { return m_password; }
    QLabel *message() const { return m_message; }

    // An empty password is asked for without calling `check` (no attempt
    // spent). Else checks the typed password with `check`, clears the field, shows the
    // answer (hidden on success) and focuses the password after a refusal.
    LoginResult attempt(const std::function<LoginResult(const QString &password)> &check);
    void showMessage(const QString &text); // hidden when empty

private:
    QWidget *m_owner = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace confman
