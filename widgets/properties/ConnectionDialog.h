#pragma once
// Connection properties (SPEC S1 Connection, S1.3, S7): the server (browse),
// the Port ID from exactly that server's ports, the read-only Connection Mode
// that follows the chosen port, protocol, ADDP timeouts and trace, and on
// Advanced the Transport Protocol Parameters, parsed as they are typed.
#include "models/config/Application.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace confman {

class NumberEdit;
class Store;

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // `client`: the id of the application the connection belongs to (0 when new).
    ConnectionDialog(const Store &store, DbId client, const Connection &connection, QWidget *parent = nullptr);

    Connection connection() const;
    void setServer(DbId serverId); // as if chosen with Browse

    QLineEdit *serverEdit() const { return m_server; }
    QPushButton *browseButton() const { return m_browse; }
    QComboBox *portIdCombo() const { return m_portId; }
    QLineEdit *connectionModeEdit() const { return m_mode; }
    QComboBox *protocolCombo() const { return m_protocol; }
    NumberEdit *localTimeoutEdit() const { return m_localTimeout; }
    NumberEdit *remoteTimeoutEdit() const { return m_remoteTimeout; }
    QComboBox *traceCombo() const { return m_trace; }
    QLineEdit *transportParamsEdit() const { return m_params; }
    QLabel *transportParamsStatus() const { return m_paramsStatus; }
    QLabel *problemLabel() const { return m_problem; }
    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;
    void browse(); // opens the server picker (window-modal, returns at once)

private:
    void updateMode();
    void paramsEdited();
    void showProblem(const QString &text, QWidget *field, int tab);

    const Store &m_store;
    DbId m_client = 0;
    Connection m_connection;
    std::optional<Application> m_serverApp;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_server = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_portId = nullptr;
    QLineEdit *m_mode = nullptr;
    QComboBox *m_protocol = nullptr;
    NumberEdit *m_localTimeout = nullptr;
    NumberEdit *m_remoteTimeout = nullptr;
    QComboBox *m_trace = nullptr;
    QLineEdit *m_params = nullptr;
    QLabel *m_paramsStatus = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace confman
