#pragma once
// Application properties (SPEC S1, S1.2, S1.3, S5-S7; issue 2 point 4):
// General, Server Info (not for GUI types), Start Info, Connections, Options,
// Log Filter (S8: the log-filter / log-filter-data options with a preview; on
// every type, since Confman's own log reads it from its GUI-type Application),
// Annex. Edits a copy; OK saves and closes, Apply saves and stays, Cancel
// discards. Refusals select the offending tab and field; warnings show on
// their tab without blocking.
#include "models/config/Application.h"
#include "models/store/Store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace confman {

class ConnectionsTab;
class LogFilterEditor;
class NumberEdit;
class OptionsEditor;
class PropertiesTabs;
class ServerInfoTab;

class ApplicationPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    ApplicationPropertiesDialog(Store &store, Application app, QWidget *parent = nullptr);

    // The application as the dialog currently has it (fields read back).
    Application editedApplication() const;
    const Application &originalApplication() const { return m_app; }

    PropertiesTabs *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QWidget *generalTab() const { return m_general; }
    ServerInfoTab *serverInfoTab() const { return m_serverInfo; }
    QWidget *startInfoTab() const { return m_startInfo; }
    ConnectionsTab *connectionsTab() const { return m_connections; }
    OptionsEditor *optionsEditor() const { return m_options; }
    LogFilterEditor *logFilterEditor() const { return m_logFilter; }
    OptionsEditor *annexEditor() const { return m_annex; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *versionEdit() const { return m_version; }
    QComboBox *hostCombo() const { return m_host; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QLineEdit *workingDirectoryEdit() const { return m_workingDirectory; }
    QLineEdit *commandLineEdit() const { return m_commandLine; }
    QLineEdit *argumentsEdit() const { return m_arguments; }
    NumberEdit *startupTimeoutEdit() const { return m_startupTimeout; }
    NumberEdit *shutdownTimeoutEdit() const { return m_shutdownTimeout; }
    QCheckBox *autoRestartCheck() const { return m_autoRestart; }
    // Server Info tab, Certificate View (S4.2).
    QRadioButton *hostCertificateRadio() const { return m_certHost; }
    QRadioButton *applicationCertificateRadio() const { return m_certApplication; }
    QPushButton *certificatePropertiesButton() const { return m_certProperties; }
    QLabel *certificateSummary() const { return m_certSummary; }

public Q_SLOTS:
    // Saves the edited copy; true when the store took it.
    bool apply();
    void accept() override;

Q_SIGNALS:
    void saved(confman::ObjectRef ref);

private:
    QWidget *buildGeneralTab();
    QWidget *buildStartInfoTab();
    void loadFields(const Application &app);
    void typeChanged();
    void showStoredWarnings();
    QWidget *widgetForField(const QString &field) const;
    std::optional<Finding> readNumbers(Application &app) const; // a field that is not a number
    std::optional<Finding> logFilterProblem() const; // a log-filter value none of the S8 forms
    void updateTitle();
    QWidget *buildCertificateView();
    void updateCertificateView();
    void useHostCertificate();
    void useApplicationCertificate();
    void editCertificateProperties();

    Store &m_store;
    Application m_app;
    PropertiesTabs *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QWidget *m_general = nullptr;
    ServerInfoTab *m_serverInfo = nullptr;
    QWidget *m_startInfo = nullptr;
    ConnectionsTab *m_connections = nullptr;
    OptionsEditor *m_options = nullptr;
    LogFilterEditor *m_logFilter = nullptr;
    OptionsEditor *m_annex = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_version = nullptr;
    QComboBox *m_host = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_workingDirectory = nullptr;
    QLineEdit *m_commandLine = nullptr;
    QLineEdit *m_arguments = nullptr;
    NumberEdit *m_startupTimeout = nullptr;
    NumberEdit *m_shutdownTimeout = nullptr;
    QCheckBox *m_autoRestart = nullptr;
    QRadioButton *m_certHost = nullptr;
    QRadioButton *m_certApplication = nullptr;
    QPushButton *m_certProperties = nullptr;
    QLabel *m_certSummary = nullptr;
};

} // namespace confman
