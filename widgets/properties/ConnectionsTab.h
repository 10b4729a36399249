#pragma once
// The Connections tab of an application (SPEC S1.3): Server, Port ID,
// Connection Protocol and Security (Yes/No, from the server port's listening
// mode), with Add (browse for a server) / Edit / Remove.
#include "models/config/Application.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace confman {

class Store;

class ConnectionsTab : public QWidget
{
    Q_OBJECT
public:
    enum Column { ServerColumn, PortIdColumn, ProtocolColumn, SecurityColumn, ColumnCount };

    explicit ConnectionsTab(const Store &store, QWidget *parent = nullptr);

    void load(const QVector<Connection> &connections, DbId self);
    const QVector<Connection> &connections() const { return m_connections; }

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QWidget *widgetForField(const QString &field) const; // "connections[2]..." selects row 2

Q_SIGNALS:
    void changed();

public Q_SLOTS:
    void addConnection(); // opens the connection dialog and its server picker
    void editConnection();
    void removeConnection();

private:
    void openDialog(int row, bool browseFirst);
    void refresh();
    void updateButtons();

    const Store &m_store;
    DbId m_self = 0;
    QVector<Connection> m_connections;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace confman
