#include "widgets/properties/ConnectionsTab.h"

#include "models/store/Store.h"
#include "widgets/properties/ConnectionDialog.h"
#include "widgets/properties/ConnectionSecurity.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confman {

ConnectionsTab::ConnectionsTab(const Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Server"), tr("Port ID"), tr("Connection Protocol"), tr("Security")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Connections"));
    m_add = new QPushButton(tr("&Add..."));
    m_edit = new QPushButton(tr("&Edit..."));
    m_remove = new QPushButton(tr("&Remove"));
    auto *label = new QLabel(tr("&Connections to servers:"));
    label->setBuddy(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ConnectionsTab::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsTab::editConnection);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsTab::removeConnection);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConnectionsTab::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openDialog(row, false); });
    updateButtons();
}

void ConnectionsTab::load(const QVector<Connection> &connections, DbId self)
{
    m_connections = connections;
    m_self = self;
    refresh();
}

void ConnectionsTab::refresh()
{
    const int keep = m_table->currentRow();
    m_table->setRowCount(int(m_connections.size()));
    QHash<DbId, std::optional<Application>> servers; // each server read once
    for (int row = 0; row < m_connections.size(); ++row) {
        const Connection &c = m_connections.at(row);
        if (!servers.contains(c.serverId))
            servers.insert(c.serverId, m_store.application(c.serverId));
        const auto &server = servers.value(c.serverId);
        const bool secure = server && isSecureConnection(*server, c.portId, m_store);
        auto *name = new QTableWidgetItem(server ? server->name : tr("(missing server, DBID %1)").arg(c.serverId));
        auto *security = new QTableWidgetItem(secure ? tr("Yes") : tr("No"));
        if (secure) {
            QFont bold = security->font();
            bold.setBold(true);
            security->setFont(bold);
        }
        m_table->setItem(row, ServerColumn, name);
        m_table->setItem(row, PortIdColumn, new QTableWidgetItem(c.portId));
        m_table->setItem(row, ProtocolColumn, new QTableWidgetItem(c.protocol));
        m_table->setItem(row, SecurityColumn, security);
    }
    m_table->resizeColumnsToContents();
    if (keep >= 0 && keep < m_table->rowCount())
        m_table->selectRow(keep);
    updateButtons();
}

void ConnectionsTab::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void ConnectionsTab::addConnection() { openDialog(-1, true); }

void ConnectionsTab::editConnection() { openDialog(m_table->currentRow(), false); }

void ConnectionsTab::openDialog(int row, bool browseFirst)
{
    Connection connection;
    if (row >= 0 && row < m_connections.size())
        connection = m_connections.at(row);
    else
        row = -1;
    auto *dialog = new ConnectionDialog(m_store, m_self, connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= 0 && row < m_connections.size())
            m_connections[row] = dialog->connection();
        else
            m_connections.append(dialog->connection());
        refresh();
        m_table->selectRow(row >= 0 ? row : m_table->rowCount() - 1);
        Q_EMIT changed();
    });
    dialog->open();
    if (browseFirst)
        dialog->browse();
}

void ConnectionsTab::removeConnection()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_connections.size())
        return;
    m_connections.removeAt(row);
    refresh();
    Q_EMIT changed();
}

QWidget *ConnectionsTab::widgetForField(const QString &field) const
{
    static const QRegularExpression path(QStringLiteral("^connections\\[(\\d+)\\]"));
    if (const auto m = path.match(field); m.hasMatch()) {
        const int row = m.captured(1).toInt();
        if (row < m_table->rowCount())
            m_table->selectRow(row);
    }
    return m_table;
}

} // namespace confman
