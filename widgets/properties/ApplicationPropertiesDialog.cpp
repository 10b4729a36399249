#include "widgets/properties/ApplicationPropertiesDialog.h"

#include "models/config/Validator.h"
#include "widgets/certificates/CertificateAssignment.h"
#include "widgets/certificates/CertificatePropertiesDialog.h"
#include "widgets/common/MessageBox.h"
#include "widgets/properties/ConflictDialog.h"
#include "widgets/properties/ConnectionsTab.h"
#include "widgets/properties/LogFilterEditor.h"
#include "widgets/properties/NumberEdit.h"
#include "widgets/properties/ObjectFieldText.h"
#include "widgets/properties/OptionsEditor.h"
#include "widgets/properties/PropertiesTabs.h"
#include "widgets/properties/ReadOnlyMode.h"
#include "widgets/properties/ServerInfoTab.h"
#include "widgets/properties/StoreValidationContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace confman {

namespace {
void addRow(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    form->addRow(label, field);
}
} // namespace

ApplicationPropertiesDialog::ApplicationPropertiesDialog(Store &store, Application app, QWidget *parent)
    : QDialog(parent), m_store(store), m_app(std::move(app))
{
    m_tabs = new PropertiesTabs(this);
    m_general = buildGeneralTab();
    m_serverInfo = new ServerInfoTab(m_store);
    m_serverInfo->addSection(buildCertificateView());
    m_startInfo = buildStartInfoTab();
    m_connections = new ConnectionsTab(m_store);
    m_options = new OptionsEditor;
    m_logFilter = new LogFilterEditor;
    m_annex = new OptionsEditor;
    m_tabs->addPage(m_general, tr("&General"),
                    {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("hostId"),
                     QStringLiteral("templateVersion")});
    m_tabs->addPage(m_serverInfo, tr("&Server Info"),
                    {QStringLiteral("ports"), QStringLiteral("backupId"), QStringLiteral("redundancyType"),
                     QStringLiteral("reconnectTimeout"), QStringLiteral("reconnectAttempts"),
                     QStringLiteral("serverInfo")});
    m_tabs->addPage(m_startInfo, tr("Start &Info"), {QStringLiteral("startInfo")});
    m_tabs->addPage(m_connections, tr("&Connections"), {QStringLiteral("connections")});
    m_tabs->addPage(m_options, tr("&Options"), {QStringLiteral("options")});
    m_tabs->addPage(m_logFilter, tr("Lo&g Filter"), {QStringLiteral("logFilter")});
    m_tabs->addPage(m_annex, tr("A&nnex"), {QStringLiteral("annex")});
    m_tabs->setLocator([this](const QString &field) { return widgetForField(field); });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApplicationPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApplicationPropertiesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &ApplicationPropertiesDialog::apply);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ApplicationPropertiesDialog::typeChanged);
    connect(m_options, &OptionsEditor::changed, this, &ApplicationPropertiesDialog::updateCertificateView);
    // Both tabs edit the one Options copy; each hands its changes to the other.
    connect(m_options, &OptionsEditor::changed, this, [this] { m_logFilter->setOptions(m_options->options()); });
    connect(m_logFilter, &LogFilterEditor::changed, this, [this] { m_options->setOptions(m_logFilter->options()); });
    connect(m_host, &QComboBox::currentIndexChanged, this, &ApplicationPropertiesDialog::updateCertificateView);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    loadFields(m_app);
    showStoredWarnings();
    setMinimumSize(minimumSizeHint().expandedTo(QSize(680, 540)));
    ReadOnlyMode::apply(EditRight::of(m_store, ObjectKind::Application, m_app.folderId, m_app.id == 0), this, m_buttons,
                        layout);
    m_name->setFocus();
}

QWidget *ApplicationPropertiesDialog::buildGeneralTab()
{
    auto *tab = new QWidget;
    m_name = new QLineEdit;
    m_type = new QComboBox;
    for (AppType t : allAppTypes())
        m_type->addItem(appTypeName(t), int(t));
    m_version = new QLineEdit;
    m_host = new QComboBox;
    m_enabled = new QCheckBox(tr("State &enabled"));
    auto *form = new QFormLayout(tab);
    addRow(form, tr("&Name:"), m_name);
    addRow(form, tr("&Type:"), m_type);
    addRow(form, tr("Template / &version:"), m_version);
    addRow(form, tr("&Host:"), m_host);
    form->addRow(QString(), m_enabled);
    return tab;
}

QWidget *ApplicationPropertiesDialog::buildStartInfoTab()
{
    auto *tab = new QWidget;
    m_workingDirectory = new QLineEdit;
    m_commandLine = new QLineEdit;
    m_arguments = new QLineEdit;
    m_arguments->setPlaceholderText(QStringLiteral("-transport-port <n> -transport-address <ip>"));
    m_startupTimeout = new NumberEdit;
    m_shutdownTimeout = new NumberEdit;
    m_autoRestart = new QCheckBox(tr("A&uto-restart"));
    auto *form = new QFormLayout(tab);
    addRow(form, tr("&Working directory:"), m_workingDirectory);
    addRow(form, tr("Command &line:"), m_commandLine);
    addRow(form, tr("Command-line &arguments:"), m_arguments);
    addRow(form, tr("Start&up timeout (s):"), m_startupTimeout);
    addRow(form, tr("Shut&down timeout (s):"), m_shutdownTimeout);
    form->addRow(QString(), m_autoRestart);
    return tab;
}

void ApplicationPropertiesDialog::updateTitle()
{
    setWindowTitle(m_app.id == 0 ? tr("New Application") : tr("Application Properties - %1").arg(m_app.name));
}

void ApplicationPropertiesDialog::loadFields(const Application &app)
{
    m_name->setText(app.name);
    {
        const QSignalBlocker blocker(m_type);
        m_type->setCurrentIndex(m_type->findData(int(app.type)));
    }
    m_version->setText(app.templateVersion);
    m_host->clear();
    m_host->addItem(tr("(none)"), DbId(0));
    auto hosts = m_store.hostSummaries();
    std::sort(hosts.begin(), hosts.end(),
              [](const auto &a, const auto &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    for (const auto &h : hosts)
        m_host->addItem(QStringLiteral("%1 (%2)").arg(h.name, h.address), h.id);
    m_host->setCurrentIndex(std::max(0, m_host->findData(app.hostId)));
    m_enabled->setChecked(app.enabled);

    m_serverInfo->load(app);
    m_workingDirectory->setText(app.startInfo.workingDirectory);
    m_commandLine->setText(app.startInfo.commandLine);
    m_arguments->setText(app.startInfo.commandLineArguments);
    m_startupTimeout->setValue(app.startInfo.startupTimeout);
    m_shutdownTimeout->setValue(app.startInfo.shutdownTimeout);
    m_autoRestart->setChecked(app.startInfo.autoRestart);
    m_connections->load(app.connections, app.id);
    m_options->setOptions(app.options);
    m_logFilter->setOptions(app.options);
    m_annex->setOptions(app.annex);
    updateCertificateView();
    m_tabs->setPageVisible(m_serverInfo, !isGuiType(app.type));
    updateTitle();
}

QWidget *ApplicationPropertiesDialog::buildCertificateView()
{
    auto *box = new QGroupBox(tr("Certificate View"));
    m_certHost = new QRadioButton(tr("H&ost (the host's default certificate)"));
    m_certApplication = new QRadioButton(tr("A&pplication (its own certificate)"));
    m_certProperties = new QPushButton(tr("Certificate P&roperties..."));
    m_certSummary = new QLabel;
    m_certSummary->setWordWrap(true);
    m_certSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *radios = new QHBoxLayout;
    radios->addWidget(m_certHost);
    radios->addWidget(m_certApplication);
    radios->addStretch(1);
    radios->addWidget(m_certProperties);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(radios);
    layout->addWidget(m_certSummary);
    // clicked, not toggled: only the user's choice asks questions.
    connect(m_certHost, &QRadioButton::clicked, this, &ApplicationPropertiesDialog::useHostCertificate);
    connect(m_certApplication, &QRadioButton::clicked, this, &ApplicationPropertiesDialog::useApplicationCertificate);
    connect(m_certProperties, &QPushButton::clicked, this, &ApplicationPropertiesDialog::editCertificateProperties);
    return box;
}

void ApplicationPropertiesDialog::updateCertificateView()
{
    const CertificateFields own = certificateFieldsFrom(m_options->options());
    const DbId hostId = m_host->currentData().toLongLong();
    // Application while it has values, or while the user just chose it and has not set them yet.
    const bool application = !own.isEmpty() || (m_certApplication->isChecked() && m_certProperties->isEnabled());
    m_certApplication->setChecked(application);
    m_certHost->setChecked(!application);
    m_certProperties->setEnabled(application);
    if (!own.isEmpty()) {
        m_certSummary->setText(tr("Certificate: %1").arg(own.certificate.isEmpty() ? tr("(none)") : own.certificate));
    } else {
        const auto host = hostId ? m_store.host(hostId) : std::nullopt;
        const QString hostCert = host ? host->defaultCertificate().certificate : QString();
        m_certSummary->setText(host ? (hostCert.isEmpty() ? tr("Host %1 has no default certificate.").arg(host->name)
                                                          : tr("Host %1: %2").arg(host->name, hostCert))
                                    : tr("No host chosen."));
    }
    m_serverInfo->setCertificateContext(own, hostId);
}

void ApplicationPropertiesDialog::useHostCertificate()
{
    OptionSections options = m_options->options();
    if (!certificateFieldsFrom(options).isEmpty()) {
        // S4.2: switching to Host deletes the application's certificate values.
        const auto answer = MessageBox::question(
            this, tr("Use the Host's Certificate"),
            tr("Switching to Host deletes this application's certificate values (Options section \"security\": "
               "certificate, certificate-key, trusted-ca). Continue?"));
        if (answer != QMessageBox::Yes) {
            m_certApplication->setChecked(true);
            return;
        }
        setCertificateFields(options, {});
        m_options->setOptions(options);
        m_logFilter->setOptions(options);
    }
    m_certProperties->setEnabled(false);
    updateCertificateView();
}

void ApplicationPropertiesDialog::useApplicationCertificate()
{
    m_certProperties->setEnabled(true);
    updateCertificateView();
    if (certificateFieldsFrom(m_options->options()).isEmpty())
        editCertificateProperties();
}

void ApplicationPropertiesDialog::editCertificateProperties()
{
    const DbId hostId = m_host->currentData().toLongLong();
    const Host host = hostId ? m_store.host(hostId).value_or(Host{}) : Host{};
    auto *dialog = new CertificatePropertiesDialog(certificateFieldsFrom(m_options->options()), host,
                                                   applicationKindOf(AppType(m_type->currentData().toInt())), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        OptionSections options = m_options->options();
        setCertificateFields(options, dialog->fields()); // mirrored in Options `security`
        m_options->setOptions(options);
        m_logFilter->setOptions(options);
        updateCertificateView();
    });
    dialog->open();
}

void ApplicationPropertiesDialog::typeChanged()
{
    const AppType type = AppType(m_type->currentData().toInt());
    m_tabs->setPageVisible(m_serverInfo, !isGuiType(type));
    m_serverInfo->setApplicationType(type, m_app.id);
}

void ApplicationPropertiesDialog::showStoredWarnings()
{
    if (m_app.id == 0)
        return;
    // Warnings of the stored object (S6/S7) before anything is edited.
    const StoreValidationContext ctx(m_store);
    m_tabs->showFindings(Validator::warnings(m_app, ctx));
}

std::optional<Finding> ApplicationPropertiesDialog::readNumbers(Application &app) const
{
    auto notNumber = [&](const QString &field, const QString &label, const QString &text) {
        return Finding{Severity::Error, QStringLiteral("field.not-a-number"),
                       tr("%1: \"%2\" is not a whole number.").arg(label, text),
                       ObjectRef{ObjectKind::Application, m_app.id}, field, m_app.name};
    };
    if (!isGuiType(app.type)) {
        QString problem;
        QWidget *field = nullptr;
        if (!m_serverInfo->store(app, &problem, &field))
            return Finding{Severity::Error, QStringLiteral("field.not-a-number"), problem,
                           ObjectRef{ObjectKind::Application, m_app.id},
                           field == m_serverInfo->reconnectTimeoutEdit() ? QStringLiteral("reconnectTimeout")
                                                                         : QStringLiteral("reconnectAttempts"),
                           m_app.name};
    } else {
        // A GUI application has no Server Info (S1); switching the type drops it.
        app.serverInfo = ServerInfo{};
    }
    const auto startup = m_startupTimeout->value();
    if (!startup)
        return notNumber(QStringLiteral("startInfo.startupTimeout"), tr("Startup Timeout"), m_startupTimeout->text());
    const auto shutdown = m_shutdownTimeout->value();
    if (!shutdown)
        return notNumber(QStringLiteral("startInfo.shutdownTimeout"), tr("Shutdown Timeout"),
                         m_shutdownTimeout->text());
    app.startInfo.startupTimeout = *startup;
    app.startInfo.shutdownTimeout = *shutdown;
    return std::nullopt;
}

std::optional<Finding> ApplicationPropertiesDialog::logFilterProblem() const
{
    const QStringList problems = m_logFilter->problems();
    if (problems.isEmpty())
        return std::nullopt;
    return Finding{Severity::Error, QStringLiteral("option.invalid-value"), problems.first(),
                   ObjectRef{ObjectKind::Application, m_app.id}, QStringLiteral("logFilter"), m_app.name};
}

Application ApplicationPropertiesDialog::editedApplication() const
{
    Application a = m_app;
    a.name = m_name->text();
    a.type = AppType(m_type->currentData().toInt());
    a.templateVersion = m_version->text();
    a.hostId = m_host->currentData().toLongLong();
    a.enabled = m_enabled->isChecked();
    a.startInfo.workingDirectory = m_workingDirectory->text();
    a.startInfo.commandLine = m_commandLine->text();
    a.startInfo.commandLineArguments = m_arguments->text();
    a.startInfo.autoRestart = m_autoRestart->isChecked();
    a.connections = m_connections->connections();
    a.options = m_options->options();
    a.annex = m_annex->options();
    readNumbers(a); // what cannot be read keeps the copy's value; apply() refuses it first
    return a;
}

QWidget *ApplicationPropertiesDialog::widgetForField(const QString &field) const
{
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("name")))
        return m_name;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("type")))
        return m_type;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("hostId")))
        return m_host;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("startInfo.startupTimeout")))
        return m_startupTimeout;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("startInfo.shutdownTimeout")))
        return m_shutdownTimeout;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("startInfo.commandLineArguments")))
        return m_arguments;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("connections")))
        return m_connections->widgetForField(field);
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("options")))
        return m_options->sectionList();
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("annex")))
        return m_annex->sectionList();
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("logFilter")))
        return m_logFilter->problemWidget();
    return m_serverInfo->widgetForField(field);
}

bool ApplicationPropertiesDialog::apply()
{
    Application edited = editedApplication();
    if (const auto problem = readNumbers(edited)) {
        m_tabs->showFindings({*problem});
        return false;
    }
    if (const auto problem = logFilterProblem()) {
        m_tabs->showFindings({*problem});
        return false;
    }
    SaveResult r = m_store.save(edited);
    while (!r.ok && r.conflict) {
        const Conflict conflict = *r.conflict;
        const Application *current = std::get_if<Application>(&conflict.current);
        const auto choice = ConflictDialog::ask(this, conflict, edited.name,
                                                current ? fieldTexts(*current, m_store) : QMap<QString, QString>{},
                                                fieldTexts(edited, m_store));
        if (choice == ConflictDialog::Choice::Reload && current) {
            m_app = *current;
            loadFields(m_app);
            m_tabs->clearFindings();
            showStoredWarnings();
            return false;
        }
        if (choice != ConflictDialog::Choice::Overwrite)
            return false;
        if (conflict.deleted) {
            edited.id = 0; // saved again as a new application
            edited.version = 0;
        }
        r = m_store.save(edited, ConflictPolicy::Overwrite);
    }
    m_tabs->showFindings(r.findings);
    if (!r.ok) {
        if (!r.error.isEmpty())
            MessageBox::critical(this, tr("Application Not Saved"), r.error);
        return false;
    }
    const auto stored = m_store.application(r.id);
    m_app = stored ? *stored : edited;
    m_app.id = r.id;
    m_app.version = r.version;
    loadFields(m_app);
    Q_EMIT saved(ObjectRef{ObjectKind::Application, r.id});
    return true;
}

void ApplicationPropertiesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace confman
