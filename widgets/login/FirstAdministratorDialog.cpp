#include "widgets/login/FirstAdministratorDialog.h"

#include "models/auth/PasswordStrength.h"
#include "widgets/login/FirstAdministrator.h"
#include "widgets/login/ScreenPlacement.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confman {

FirstAdministratorDialog::FirstAdministratorDialog(PersonStore &persons, AuditLog &audit, PasswordHasher hasher,
                                                   QWidget *parent)
    : QDialog(parent), m_persons(persons), m_audit(audit), m_hasher(hasher)
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("Create the first administrator"));

    auto *intro = new QLabel(tr("This configuration has no administrator yet. Choose the user name and password "
                                "of the first one: it will be a member of the access group Administrators."),
                             this);
    intro->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("strength"));
    m_strength->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &FirstAdministratorDialog::updateStrength);
    connect(m_user, &QLineEdit::textChanged, this, &FirstAdministratorDialog::updateStrength);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm password:"), m_confirm);
    form->addRow(tr("Strength:"), m_strength);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    updateStrength();
}

void FirstAdministratorDialog::updateStrength()
{
    const PasswordStrength s = estimatePasswordStrength(m_password->text(), m_user->text().trimmed());
    QString text = s.levelName();
    if (!s.hints.isEmpty() && s.level != PasswordStrength::Level::Empty)
        text += QStringLiteral(" — ") + s.hints.first();
    m_strength->setText(text);
}

void FirstAdministratorDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FirstAdministratorDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        showMessage(tr("The passwords do not match."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    const SaveResult r = createFirstAdministrator(m_persons, m_audit, m_hasher, m_user->text(), m_password->text());
    if (!r) {
        QString why = r.error;
        for (const Finding &f : r.findings)
            if (f.isError()) {
                why = f.message;
                break;
            }
        showMessage(why.isEmpty() ? tr("The administrator could not be created.") : why);
        return;
    }
    m_created = m_user->text().trimmed();
    m_password->clear();
    m_confirm->clear();
    showMessage({});
    QDialog::accept();
}

void FirstAdministratorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!parentWidget())
        placeOnScreen(this);
}

} // namespace confman
