#include "widgets/login/LoginDialog.h"

#include "widgets/login/ScreenPlacement.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace confman {

LoginDialog::LoginDialog(Authenticator &auth, const QString &storeLocation, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_fields(this)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to Confman"));

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("details"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);

    m_details = new QWidget(this);
    auto *detailsForm = new QFormLayout(m_details);
    detailsForm->setContentsMargins(0, 0, 0, 0);
    m_application = new QLineEdit(kDefaultLoginApplication, m_details);
    m_application->setObjectName(QStringLiteral("application"));
    m_application->setToolTip(tr("The Application object (type Configuration Manager) Confman logs in as."));
    m_store = new QLabel(storeLocation, m_details);
    m_store->setObjectName(QStringLiteral("store"));
    m_store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_store->setWordWrap(true);
    detailsForm->addRow(tr("&Application:"), m_application);
    detailsForm->addRow(tr("Store:"), m_store);
    m_details->setVisible(false);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_fields.user());
    form->addRow(tr("&Password:"), m_fields.password());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addWidget(m_fields.message());
    layout->addWidget(m_buttons);
    m_fields.user()->setFocus();
}

void LoginDialog::setUserName(const QString &name)
{
    m_fields.user()->setText(name);
    if (!name.isEmpty())
        m_fields.password()->setFocus();
}

void LoginDialog::setApplicationName(const QString &name)
{
    m_application->setText(name);
}

QString LoginDialog::applicationName() const
{
    const QString name = m_application->text().trimmed();
    return name.isEmpty() ? kDefaultLoginApplication : name;
}

void LoginDialog::accept()
{
    const QString user = m_fields.user()->text().trimmed();
    if (user.isEmpty()) {
        m_fields.showMessage(tr("Enter your user name."));
        m_fields.user()->setFocus();
        return;
    }
    m_result = m_fields.attempt(
        [&](const QString &password) { return m_auth.login(user, password, applicationName()); });
    if (!m_result.ok()) {
        const bool applicationProblem = m_result.status == LoginResult::Status::NoApplication
            || m_result.status == LoginResult::Status::WrongApplicationType;
        if (applicationProblem) {
            m_detailsButton->setChecked(true);
            m_application->setFocus();
            m_application->selectAll();
        }
        return;
    }
    Q_EMIT loggedIn(m_result);
    QDialog::accept();
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!parentWidget())
        placeOnScreen(this);
}

} // namespace confman
