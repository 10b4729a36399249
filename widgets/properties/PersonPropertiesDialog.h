#pragma once
// Person properties (SPEC S1 Person, issue 5): General (user name, first and
// last name, employee id, enabled, password set / change with confirmation
// and its estimated strength) and Member Of (access groups). Edits a copy; OK
// saves and closes, Apply saves and stays. A typed password is hashed
// (PasswordHasher) before it reaches the Person: only the hash is stored.
// A new Person's dialog says what SPEC S8 no-default-access means for it:
// no access groups (0) or the default groups, pre-checked (1).
#include "models/auth/AuditLog.h"
#include "models/auth/PasswordHasher.h"
#include "models/config/Person.h"
#include "models/store/PersonStore.h"
#include "models/store/Store.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;

namespace confman {

class PersonPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    PersonPropertiesDialog(PersonStore &persons, const Store &store, Person person,
                           PasswordHasher hasher = PasswordHasher(), AuditLog *audit = nullptr,
                           QWidget *parent = nullptr);

    // The Person as the fields have it (without a typed password).
    Person editedPerson() const;
    const Person &originalPerson() const { return m_person; }

    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLineEdit *userNameEdit() const { return m_userName; }
    QLineEdit *firstNameEdit() const { return m_firstName; }
    QLineEdit *lastNameEdit() const { return m_lastName; }
    QLineEdit *employeeIdEdit() const { return m_employeeId; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QLabel *passwordStateLabel() const { return m_passwordState; }
    QLineEdit *newPasswordEdit() const { return m_newPassword; }
    QLineEdit *confirmPasswordEdit() const { return m_confirmPassword; }
    QLabel *strengthLabel() const { return m_strength; }
    QLabel *defaultAccessLabel() const { return m_defaultAccess; } // new Persons only
    QListWidget *memberOfList() const { return m_memberOf; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    bool apply();
    void accept() override;

Q_SIGNALS:
    void saved(confman::ObjectRef ref);

private:
    QWidget *buildGeneralTab();
    QWidget *buildMemberOfTab();
    void loadFields(const Person &person);
    void updateStrength();
    void updateTitle();
    void showMessage(const QString &text);

    PersonStore &m_persons;
    const Store &m_store;
    Person m_person;
    PasswordHasher m_hasher;
    AuditLog *m_audit;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_employeeId = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_passwordState = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_confirmPassword = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_defaultAccess = nullptr;
    QListWidget *m_memberOf = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace confman
