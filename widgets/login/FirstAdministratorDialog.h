#pragma once
// First start of a store without an administrator: user name, password twice
// and its estimated strength (advice only); OK creates the Person in the
// group Administrators (createFirstAdministrator). Tests drive it shown with
// open()/show(); accept() creates and closes only on success.
#include "models/auth/AuditLog.h"
#include "models/auth/PasswordHasher.h"
#include "models/store/PersonStore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace confman {

class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT
public:
    FirstAdministratorDialog(PersonStore &persons, AuditLog &audit, PasswordHasher hasher = PasswordHasher(),
                             QWidget *parent = nullptr);

    QString createdUserName() const { return m_created; }

    QLineEdit *userNameEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLabel *strengthLabel() const { return m_strength; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateStrength();
    void showMessage(const QString &text);

    PersonStore &m_persons;
    AuditLog &m_audit;
    PasswordHasher m_hasher;
    QString m_created;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace confman
