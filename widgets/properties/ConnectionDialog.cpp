#include "widgets/properties/ConnectionDialog.h"

#include "models/config/TransportParams.h"
#include "models/store/Store.h"
#include "widgets/properties/ConnectionSecurity.h"
#include "widgets/properties/NumberEdit.h"
#include "widgets/properties/ServerPickerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace confman {

ConnectionDialog::ConnectionDialog(const Store &store, DbId client, const Connection &connection, QWidget *parent)
    : QDialog(parent), m_store(store), m_client(client), m_connection(connection)
{
    setWindowTitle(tr("Connection Properties"));
    m_tabs = new QTabWidget;

    auto *general = new QWidget;
    m_server = new QLineEdit;
    m_server->setReadOnly(true);
    m_server->setPlaceholderText(tr("choose a server with Browse"));
    m_browse = new QPushButton(tr("&Browse..."));
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_browse);
    m_portId = new QComboBox;
    m_mode = new QLineEdit;
    m_mode->setReadOnly(true);
    m_mode->setToolTip(tr("Follows the Listening Mode of the chosen port"));
    m_protocol = new QComboBox;
    m_protocol->setEditable(true);
    m_protocol->addItems({QString(), QStringLiteral("addp")});
    m_protocol->setCurrentText(connection.protocol);
    m_localTimeout = new NumberEdit;
    m_localTimeout->setValue(connection.addpLocalTimeout);
    m_remoteTimeout = new NumberEdit;
    m_remoteTimeout->setValue(connection.addpRemoteTimeout);
    m_trace = new QComboBox;
    const QList<QPair<AddpTrace, QString>> traces = {{AddpTrace::Off, tr("Off")},
                                                     {AddpTrace::Local, tr("Local")},
                                                     {AddpTrace::Remote, tr("Remote")},
                                                     {AddpTrace::Full, tr("Full (local and remote)")}};
    for (const auto &[trace, text] : traces)
        m_trace->addItem(text, int(trace));
    m_trace->setCurrentIndex(m_trace->findData(int(connection.addpTrace)));

    auto *form = new QFormLayout(general);
    auto *serverLabel = new QLabel(tr("&Server:"));
    serverLabel->setBuddy(m_browse);
    form->addRow(serverLabel, serverRow);
    form->addRow(tr("Port &ID:"), m_portId);
    form->addRow(tr("Connection Mode:"), m_mode);
    form->addRow(tr("Connection &Protocol:"), m_protocol);
    form->addRow(tr("ADDP &local timeout (s):"), m_localTimeout);
    form->addRow(tr("ADDP &remote timeout (s):"), m_remoteTimeout);
    form->addRow(tr("ADDP &trace mode:"), m_trace);
    m_tabs->addTab(general, tr("&General"));

    auto *advanced = new QWidget;
    m_params = new QLineEdit(connection.transportParams);
    m_params->setPlaceholderText(QStringLiteral("port=<n>[;address=<ip or host>]"));
    m_paramsStatus = new QLabel;
    m_paramsStatus->setWordWrap(true);
    auto *advForm = new QFormLayout(advanced);
    advForm->addRow(tr("Transport Protocol &Parameters:"), m_params);
    advForm->addRow(QString(), m_paramsStatus);
    m_tabs->addTab(advanced, tr("&Advanced"));

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a12a1c;"));
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ConnectionDialog::browse);
    connect(m_portId, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateMode);
    connect(m_params, &QLineEdit::textChanged, this, &ConnectionDialog::paramsEdited);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    setServer(connection.serverId);
    m_portId->setCurrentIndex(std::max(0, m_portId->findText(connection.portId)));
    paramsEdited();
    setMinimumSize(minimumSizeHint().expandedTo(QSize(480, 330)));
}

void ConnectionDialog::setServer(DbId serverId)
{
    m_serverApp = serverId ? m_store.application(serverId) : std::nullopt;
    m_connection.serverId = m_serverApp ? serverId : 0;
    m_server->setText(m_serverApp ? m_serverApp->name : QString());
    const QString previous = m_portId->currentText();
    m_portId->clear();
    if (m_serverApp)
        for (const auto &p : m_serverApp->serverInfo.ports)
            m_portId->addItem(p.id);
    const int keep = m_portId->findText(previous);
    if (keep >= 0)
        m_portId->setCurrentIndex(keep);
    else
        m_portId->setCurrentIndex(std::max(0, m_portId->findText(QStringLiteral("default"))));
    updateMode();
}

void ConnectionDialog::browse()
{
    auto *picker = new ServerPickerDialog(m_store, m_client, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->select(m_connection.serverId);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        if (picker->selectedId() != 0)
            setServer(picker->selectedId());
    });
    picker->open();
}

void ConnectionDialog::updateMode()
{
    if (!m_serverApp || m_portId->currentIndex() < 0) {
        m_mode->clear();
        return;
    }
    m_mode->setText(isSecureConnection(*m_serverApp, m_portId->currentText(), m_store) ? tr("Secure")
                                                                                       : tr("Unsecure"));
}

void ConnectionDialog::paramsEdited()
{
    const QString text = m_params->text();
    if (text.isEmpty()) {
        m_paramsStatus->setStyleSheet(QString());
        m_paramsStatus->setText(tr("Not set: the client picks its local port."));
        return;
    }
    const auto parsed = TransportParams::parse(text);
    if (parsed.ok()) {
        m_paramsStatus->setStyleSheet(QString());
        m_paramsStatus->setText(tr("Valid: %1.").arg(parsed.value.describe()));
    } else {
        m_paramsStatus->setStyleSheet(QStringLiteral("color: #a12a1c;"));
        m_paramsStatus->setText(tr("Not valid: %1.").arg(parsed.error->describe()));
    }
}

Connection ConnectionDialog::connection() const
{
    Connection c = m_connection;
    c.portId = m_portId->currentText();
    c.protocol = m_protocol->currentText();
    c.addpLocalTimeout = m_localTimeout->value().value_or(0);
    c.addpRemoteTimeout = m_remoteTimeout->value().value_or(0);
    c.addpTrace = AddpTrace(m_trace->currentData().toInt());
    c.transportParams = m_params->text();
    return c;
}

void ConnectionDialog::showProblem(const QString &text, QWidget *field, int tab)
{
    m_problem->setText(text);
    m_problem->show();
    m_tabs->setCurrentIndex(tab);
    field->setFocus();
}

void ConnectionDialog::accept()
{
    if (!m_serverApp)
        return showProblem(tr("Server: choose the server application to connect to."), m_browse, 0);
    if (m_portId->currentIndex() < 0)
        return showProblem(tr("Port ID: the server \"%1\" has no ports.").arg(m_serverApp->name), m_portId, 0);
    if (!m_localTimeout->value())
        return showProblem(tr("ADDP local timeout: \"%1\" is not a whole number.").arg(m_localTimeout->text()),
                           m_localTimeout, 0);
    if (!m_remoteTimeout->value())
        return showProblem(tr("ADDP remote timeout: \"%1\" is not a whole number.").arg(m_remoteTimeout->text()),
                           m_remoteTimeout, 0);
    if (!m_params->text().isEmpty())
        if (const auto parsed = TransportParams::parse(m_params->text()); !parsed.ok())
            return showProblem(tr("Transport Protocol Parameters: %1.").arg(parsed.error->describe()), m_params, 1);
    QDialog::accept();
}

} // namespace confman
