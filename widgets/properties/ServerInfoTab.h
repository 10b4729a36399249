#pragma once
// The Server Info tab of an application (SPEC S1.2, S6): ports table with
// Add/Edit/Remove Port, backup server (applications of the same type),
// redundancy type offered per type, reconnect timeout and attempts.
#include "models/config/Application.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace confman {

class NumberEdit;
class PortDialog;
class Store;

class ServerInfoTab : public QWidget
{
    Q_OBJECT
public:
    enum Column { IdColumn, PortColumn, ModeColumn, HaSyncColumn, CertificateColumn, ColumnCount };

    explicit ServerInfoTab(const Store &store, QWidget *parent = nullptr);

    // `app` gives the ports and settings; its type and id decide the offers.
    void load(const Application &app);
    void setApplicationType(AppType type, DbId self); // refreshes backup and redundancy offers
    // What the ports inherit (S4.3): the application's own certificate and its host.
    void setCertificateContext(const CertificateFields &applicationCertificate, DbId hostId);
    // Adds a group (e.g. the Certificate View) below the ports.
    void addSection(QWidget *section);
    // Writes the tab's fields into `app`; false with a message when a number cannot be read.
    bool store(Application &app, QString *problem, QWidget **field) const;

    const QVector<Port> &ports() const { return m_ports; }
    QTableWidget *portsTable() const { return m_table; }
    QPushButton *addPortButton() const { return m_add; }
    QPushButton *editPortButton() const { return m_edit; }
    QPushButton *removePortButton() const { return m_remove; }
    QComboBox *backupCombo() const { return m_backup; }
    QComboBox *redundancyCombo() const { return m_redundancy; }
    NumberEdit *reconnectTimeoutEdit() const { return m_timeout; }
    NumberEdit *reconnectAttemptsEdit() const { return m_attempts; }
    QWidget *widgetForField(const QString &field) const; // "ports[secure].port" selects that row

Q_SIGNALS:
    void changed();

public Q_SLOTS:
    void addPort();
    void editPort();
    void removePort();

private:
    void openPortDialog(int row);
    void refreshPorts();
    void updateButtons();

    const Store &m_store;
    QVector<Port> m_ports;
    AppType m_type = AppType::CustomServer;
    DbId m_self = 0;
    DbId m_backupId = 0;
    CertificateFields m_applicationCertificate;
    DbId m_hostId = 0;
    QVBoxLayout *m_layout = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_backup = nullptr;
    QComboBox *m_redundancy = nullptr;
    NumberEdit *m_timeout = nullptr;
    NumberEdit *m_attempts = nullptr;
};

} // namespace confman
