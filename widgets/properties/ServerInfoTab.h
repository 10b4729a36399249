#pragma once
// The Server Info tab of an application (SPEC S1.2, S6): ports table with
// Add/Edit/Remove Port, backup server (applications of the same type),
// redundancy type offered per type, reconnect timeout and attempts.
#include "models/config/Application.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

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
    void setOwnCertificate(bool hasOwn) { m_ownCertificate = hasOwn; refreshPorts(); }
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

    static QString certificateSource(const Port &port, bool applicationHasCertificate);

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
    bool m_ownCertificate = false;
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
