#include "widgets/properties/PersonPropertiesDialog.h"

#include "models/auth/PasswordStrength.h"
#include "models/auth/SecurityPolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace confman {

PersonPropertiesDialog::PersonPropertiesDialog(PersonStore &persons, const Store &store, Person person,
                                               PasswordHasher hasher, AuditLog *audit, QWidget *parent)
    : QDialog(parent), m_persons(persons), m_store(store), m_person(std::move(person)), m_hasher(hasher),
      m_audit(audit)
{
    setObjectName(QStringLiteral("personPropertiesDialog"));
    const bool isNew = m_person.id == 0;
    SecurityPolicy policy;
    if (isNew) {
        policy = SecurityPolicy::read(m_store, m_persons);
        applyNoDefaultAccess(m_person, m_persons, policy); // pre-checks the default groups with 1
    }

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneralTab(), tr("General"));
    m_tabs->addTab(buildMemberOfTab(), tr("Member Of"));

    if (isNew) {
        QStringList defaults;
        for (const AccessGroup &g : m_persons.accessGroups())
            if (g.isDefault)
                defaults.append(g.name);
        m_defaultAccess->setText(
            policy.newPersonsJoinDefaultGroups()
                ? tr("no-default-access is 1: this new Person joins the default access groups (%1).")
                      .arg(defaults.isEmpty() ? tr("there are none") : defaults.join(QStringLiteral(", ")))
                : tr("no-default-access is 0: this new Person gets no access groups and cannot log in until "
                     "you add it to one on the Member Of tab."));
    }
    m_defaultAccess->setVisible(isNew);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonPropertiesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PersonPropertiesDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    loadFields(m_person);
}

QWidget *PersonPropertiesDialog::buildGeneralTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("generalTab"));
    m_userName = new QLineEdit(page);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_firstName = new QLineEdit(page);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName = new QLineEdit(page);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_employeeId = new QLineEdit(page);
    m_employeeId->setObjectName(QStringLiteral("employeeId"));
    m_enabled = new QCheckBox(tr("&Enabled"), page);
    m_enabled->setObjectName(QStringLiteral("enabled"));

    auto *passwordBox = new QGroupBox(tr("Password"), page);
    m_passwordState = new QLabel(passwordBox);
    m_passwordState->setObjectName(QStringLiteral("passwordState"));
    m_newPassword = new QLineEdit(passwordBox);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_confirmPassword = new QLineEdit(passwordBox);
    m_confirmPassword->setObjectName(QStringLiteral("confirmPassword"));
    m_confirmPassword->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel(passwordBox);
    m_strength->setObjectName(QStringLiteral("strength"));
    auto *passwordForm = new QFormLayout(passwordBox);
    passwordForm->addRow(m_passwordState);
    passwordForm->addRow(tr("&New password:"), m_newPassword);
    passwordForm->addRow(tr("C&onfirm password:"), m_confirmPassword);
    passwordForm->addRow(tr("Strength:"), m_strength);
    connect(m_newPassword, &QLineEdit::textChanged, this, &PersonPropertiesDialog::updateStrength);
    connect(m_userName, &QLineEdit::textChanged, this, &PersonPropertiesDialog::updateTitle);

    m_defaultAccess = new QLabel(page);
    m_defaultAccess->setObjectName(QStringLiteral("defaultAccess"));
    m_defaultAccess->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("E&mployee ID:"), m_employeeId);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(passwordBox);
    layout->addWidget(m_defaultAccess);
    layout->addStretch();
    return page;
}

QWidget *PersonPropertiesDialog::buildMemberOfTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("memberOfTab"));
    m_memberOf = new QListWidget(page);
    m_memberOf->setObjectName(QStringLiteral("memberOf"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Access groups this Person belongs to:"), page));
    layout->addWidget(m_memberOf);
    return page;
}

void PersonPropertiesDialog::loadFields(const Person &p)
{
    m_userName->setText(p.userName);
    m_firstName->setText(p.firstName);
    m_lastName->setText(p.lastName);
    m_employeeId->setText(p.employeeId);
    m_enabled->setChecked(p.enabled);
    m_passwordState->setText(p.hasPassword() ? tr("A password is set. Type a new one twice to change it.")
                                             : tr("No password is set: this Person cannot log in."));
    m_newPassword->clear();
    m_confirmPassword->clear();
    m_memberOf->clear();
    for (const AccessGroup &g : m_persons.accessGroups()) {
        auto *item = new QListWidgetItem(g.name, m_memberOf);
        item->setData(Qt::UserRole, g.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(p.memberOf.contains(g.id) ? Qt::Checked : Qt::Unchecked);
    }
    updateStrength();
    updateTitle();
}

Person PersonPropertiesDialog::editedPerson() const
{
    Person p = m_person;
    p.userName = m_userName->text().trimmed();
    p.firstName = m_firstName->text().trimmed();
    p.lastName = m_lastName->text().trimmed();
    p.employeeId = m_employeeId->text().trimmed();
    p.enabled = m_enabled->isChecked();
    p.memberOf.clear();
    for (int i = 0; i < m_memberOf->count(); ++i)
        if (m_memberOf->item(i)->checkState() == Qt::Checked)
            p.memberOf.append(m_memberOf->item(i)->data(Qt::UserRole).toLongLong());
    std::sort(p.memberOf.begin(), p.memberOf.end());
    return p;
}

void PersonPropertiesDialog::updateStrength()
{
    const QString pw = m_newPassword->text();
    if (pw.isEmpty()) {
        m_strength->clear();
        return;
    }
    const PasswordStrength s = estimatePasswordStrength(pw, m_userName->text().trimmed());
    m_strength->setText(s.hints.isEmpty() ? s.levelName() : s.levelName() + QStringLiteral(" — ") + s.hints.first());
}

void PersonPropertiesDialog::updateTitle()
{
    const QString name = m_userName->text().trimmed();
    setWindowTitle(name.isEmpty() ? tr("New Person") : tr("Person %1 — Properties").arg(name));
}

void PersonPropertiesDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool PersonPropertiesDialog::apply()
{
    Person p = editedPerson();
    const QString password = m_newPassword->text();
    const bool changingPassword = !password.isEmpty() || !m_confirmPassword->text().isEmpty();
    if (changingPassword) {
        if (password != m_confirmPassword->text()) {
            m_tabs->setCurrentIndex(0);
            showMessage(tr("The passwords do not match."));
            m_confirmPassword->clear();
            m_confirmPassword->setFocus();
            return false;
        }
        p.passwordHash = m_hasher.hash(password);
        if (p.passwordHash.isEmpty()) {
            showMessage(tr("The password could not be hashed (no random numbers available)."));
            return false;
        }
    }
    const SaveResult r = m_persons.save(p);
    if (!r) {
        QString why = r.error;
        for (const Finding &f : r.findings)
            if (f.isError()) {
                why = f.message;
                break;
            }
        if (r.conflict)
            why = tr("Someone else changed or deleted this Person meanwhile. Close the dialog and open it again.");
        showMessage(why.isEmpty() ? tr("The Person could not be saved.") : why);
        if (why.contains(tr("user name"), Qt::CaseInsensitive)) {
            m_tabs->setCurrentIndex(0);
            m_userName->setFocus();
        }
        return false;
    }
    if (m_audit) {
        m_audit->recordObjectChange(p.id == 0 ? AuditAction::ObjectCreated : AuditAction::ObjectChanged,
                                    {ObjectKind::Person, r.id}, p.userName, {});
        if (changingPassword)
            m_audit->recordPasswordChanged(p.userName, r.id);
    }
    m_person = m_persons.person(r.id).value_or(p);
    showMessage({});
    loadFields(m_person);
    m_defaultAccess->setVisible(false);
    Q_EMIT saved({ObjectKind::Person, r.id});
    return true;
}

void PersonPropertiesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace confman
