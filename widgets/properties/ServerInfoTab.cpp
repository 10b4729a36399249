#include "widgets/properties/ServerInfoTab.h"

#include "models/config/EffectiveCertificate.h"
#include "models/config/TransportString.h"
#include "widgets/certificates/CertificateAssignment.h"
#include "models/store/Store.h"
#include "widgets/properties/NumberEdit.h"
#include "widgets/properties/PortDialog.h"
#include "widgets/properties/PropertiesTabs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QFile>
#include <QPainter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace confman {

namespace {
// The application's padlock icon; a drawn one where the resources are not linked (tests).
QIcon securedPortIcon()
{
    const QString resource = QStringLiteral(":/icons/port-secured.svg");
    if (QFile::exists(resource))
        return QIcon(resource);
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2));
    painter.drawArc(QRectF(4, 1.5, 8, 9), 0, 180 * 16); // shackle
    painter.drawLine(QPointF(4, 6), QPointF(4, 8));
    painter.drawLine(QPointF(12, 6), QPointF(12, 8));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x2e, 0x7d, 0x32));
    painter.drawRoundedRect(QRectF(2, 7, 12, 8), 1.5, 1.5); // body
    return QIcon(pixmap);
}
} // namespace

ServerInfoTab::ServerInfoTab(const Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Port ID"), tr("Port"), tr("Listening Mode"), tr("HA Sync"), tr("Effective Certificate")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(150);
    m_table->setAccessibleName(tr("Ports"));
    m_add = new QPushButton(tr("&Add Port..."));
    m_edit = new QPushButton(tr("&Edit Port..."));
    m_remove = new QPushButton(tr("&Remove Port"));

    m_backup = new QComboBox;
    m_redundancy = new QComboBox;
    m_timeout = new NumberEdit;
    m_attempts = new NumberEdit;

    auto *portsLabel = new QLabel(tr("&Ports:"));
    portsLabel->setBuddy(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    auto addRow = [form](const QString &text, QWidget *w) {
        auto *label = new QLabel(text);
        label->setBuddy(w);
        form->addRow(label, w);
    };
    addRow(tr("&Backup server:"), m_backup);
    addRow(tr("Redundanc&y type:"), m_redundancy);
    addRow(tr("Reconnect &timeout (s):"), m_timeout);
    addRow(tr("Reconnect atte&mpts:"), m_attempts);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(portsLabel);
    m_layout->addWidget(m_table, 1);
    m_layout->addLayout(buttons);
    m_layout->addLayout(form);

    connect(m_add, &QPushButton::clicked, this, &ServerInfoTab::addPort);
    connect(m_edit, &QPushButton::clicked, this, &ServerInfoTab::editPort);
    connect(m_remove, &QPushButton::clicked, this, &ServerInfoTab::removePort);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ServerInfoTab::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openPortDialog(row); });
    connect(m_backup, &QComboBox::currentIndexChanged, this, [this] { m_backupId = m_backup->currentData().toLongLong(); });
}

void ServerInfoTab::load(const Application &app)
{
    m_ports = app.serverInfo.ports;
    m_backupId = app.serverInfo.backupId;
    m_applicationCertificate = app.ownCertificate();
    m_hostId = app.hostId;
    m_timeout->setValue(app.serverInfo.reconnectTimeout);
    m_attempts->setValue(app.serverInfo.reconnectAttempts);
    setApplicationType(app.type, app.id);
    m_redundancy->setCurrentIndex(std::max(0, m_redundancy->findData(int(app.serverInfo.redundancyType))));
    refreshPorts();
}

void ServerInfoTab::setCertificateContext(const CertificateFields &applicationCertificate, DbId hostId)
{
    m_applicationCertificate = applicationCertificate;
    m_hostId = hostId;
    refreshPorts();
}

void ServerInfoTab::addSection(QWidget *section) { m_layout->addWidget(section); }

void ServerInfoTab::setApplicationType(AppType type, DbId self)
{
    m_type = type;
    m_self = self;
    const DbId keepBackup = m_backupId;
    const QVariant keepRedundancy = m_redundancy->currentData();
    {
        const QSignalBlocker blocker(m_backup);
        m_backup->clear();
        m_backup->addItem(tr("(none)"), DbId(0));
        auto summaries = m_store.applicationSummaries();
        std::sort(summaries.begin(), summaries.end(),
                  [](const auto &a, const auto &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
        for (const auto &s : summaries)
            if (s.type == type && s.id != self)
                m_backup->addItem(s.name, s.id);
        // A backup that is no longer offered (type changed) stays visible so the refusal can name it.
        if (keepBackup != 0 && m_backup->findData(keepBackup) < 0) {
            const auto s = m_store.applicationSummary(keepBackup);
            m_backup->addItem(s ? s->name : tr("(DBID %1)").arg(keepBackup), keepBackup);
        }
        m_backup->setCurrentIndex(std::max(0, m_backup->findData(keepBackup)));
    }
    m_redundancy->clear();
    for (RedundancyType r : redundancyTypesFor(type))
        m_redundancy->addItem(redundancyTypeName(r), int(r));
    m_redundancy->setCurrentIndex(std::max(0, m_redundancy->findData(keepRedundancy)));
    refreshPorts();
}

bool ServerInfoTab::store(Application &app, QString *problem, QWidget **field) const
{
    app.serverInfo.ports = m_ports;
    app.serverInfo.backupId = m_backup->currentData().toLongLong();
    app.serverInfo.redundancyType = RedundancyType(m_redundancy->currentData().toInt());
    const auto timeout = m_timeout->value();
    const auto attempts = m_attempts->value();
    if (!timeout) {
        *problem = tr("Reconnect Timeout: \"%1\" is not a whole number.").arg(m_timeout->text());
        *field = m_timeout;
        return false;
    }
    if (!attempts) {
        *problem = tr("Reconnect Attempts: \"%1\" is not a whole number.").arg(m_attempts->text());
        *field = m_attempts;
        return false;
    }
    app.serverInfo.reconnectTimeout = *timeout;
    app.serverInfo.reconnectAttempts = *attempts;
    return true;
}

void ServerInfoTab::refreshPorts()
{
    const int keep = m_table->currentRow();
    m_table->setRowCount(int(m_ports.size()));
    static const QIcon lock = securedPortIcon();
    // The effective certificate of each port (S4.3): port > application > host.
    Application app;
    app.id = m_self;
    setCertificateFields(app.options, m_applicationCertificate);
    const auto host = m_hostId ? m_store.host(m_hostId) : std::nullopt;
    for (int row = 0; row < m_ports.size(); ++row) {
        const Port &p = m_ports.at(row);
        const bool secured = p.listeningMode != ListeningMode::Unsecured;
        auto *id = new QTableWidgetItem(p.id);
        auto *number = new QTableWidgetItem(QString::number(p.port));
        auto *mode = new QTableWidgetItem(listeningModeName(p.listeningMode));
        if (secured) {
            // Secured ports are marked twice (icon and bold) so colour is not the only cue.
            mode->setIcon(lock);
            QFont bold = mode->font();
            bold.setBold(true);
            mode->setFont(bold);
            id->setFont(bold);
            mode->setToolTip(tr("Secure port: TLS"));
        }
        m_table->setItem(row, IdColumn, id);
        m_table->setItem(row, PortColumn, number);
        m_table->setItem(row, ModeColumn, mode);
        m_table->setItem(row, HaSyncColumn, new QTableWidgetItem(p.haSync ? tr("Yes") : tr("No")));
        const EffectiveCertificate effective = EffectiveCertificate::of(p, app, host ? &*host : nullptr);
        auto *cert = new QTableWidgetItem(p.transport.isEmpty() || effective.transportValid
                                              ? effective.describe()
                                              : tr("(transport string not valid)"));
        m_table->setItem(row, CertificateColumn, cert);
        if (!effective.findings.isEmpty()) {
            // An error row (no certificate on a secured port) is red, a warning amber; the tooltip says why.
            const QColor colour = hasErrors(effective.findings) ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00);
            for (int column = 0; column < ColumnCount; ++column) {
                m_table->item(row, column)->setForeground(colour);
                m_table->item(row, column)->setToolTip(describeFindings(effective.findings));
            }
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < CertificateColumn; ++column) // a little air between the columns
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 12);
    if (keep >= 0 && keep < m_table->rowCount())
        m_table->selectRow(keep);
    updateButtons();
}

void ServerInfoTab::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void ServerInfoTab::addPort() { openPortDialog(-1); }

void ServerInfoTab::editPort() { openPortDialog(m_table->currentRow()); }

void ServerInfoTab::openPortDialog(int row)
{
    Port port;
    if (row >= 0 && row < m_ports.size()) {
        port = m_ports.at(row);
    } else {
        row = -1;
        // The first port's id is `default` (S1); later ones get a free "port-N" to rename.
        if (!m_ports.isEmpty()) {
            int n = int(m_ports.size()) + 1;
            while (std::any_of(m_ports.cbegin(), m_ports.cend(),
                               [n](const Port &p) { return p.id == QStringLiteral("port-%1").arg(n); }))
                ++n;
            port.id = QStringLiteral("port-%1").arg(n);
        }
    }
    auto *dialog = new PortDialog(port, m_type == AppType::ConfigurationServer, this);
    if (const auto host = m_hostId ? m_store.host(m_hostId) : std::nullopt)
        dialog->setCertificateContext(*host, applicationKindOf(m_type));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= 0 && row < m_ports.size())
            m_ports[row] = dialog->port();
        else
            m_ports.append(dialog->port());
        refreshPorts();
        m_table->selectRow(row >= 0 ? row : m_table->rowCount() - 1);
        Q_EMIT changed();
    });
    dialog->open();
}

void ServerInfoTab::removePort()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ports.size())
        return;
    m_ports.removeAt(row);
    refreshPorts();
    Q_EMIT changed();
}

QWidget *ServerInfoTab::widgetForField(const QString &field) const
{
    static const QRegularExpression portPath(QStringLiteral("^ports\\[([^\\]]*)\\]"));
    if (const auto m = portPath.match(field); m.hasMatch()) {
        const QString key = m.captured(1);
        for (int row = 0; row < m_ports.size(); ++row)
            if (m_ports.at(row).id == key || (m_ports.at(row).id.isEmpty() && QString::number(row) == key))
                m_table->selectRow(row);
        return m_table;
    }
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("ports")))
        return m_table;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("backupId")))
        return m_backup;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("redundancyType")))
        return m_redundancy;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("reconnectTimeout")))
        return m_timeout;
    if (PropertiesTabs::fieldMatches(field, QStringLiteral("reconnectAttempts")))
        return m_attempts;
    return nullptr;
}

} // namespace confman
