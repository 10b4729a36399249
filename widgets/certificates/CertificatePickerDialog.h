#pragma once
// "Select certificate on host <host name>" (SPEC S4.4): the certificates of
// the folders the administrator added (remembered per user), filtered to
// those naming the host unless "Show all" is on, searchable as you type.
// Double-click or OK chooses; Details shows every field and the path.
#include "models/config/Host.h"
#include "widgets/certificates/CertificateAssignment.h"
#include "widgets/certificates/PasswordDialog.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace confman {

class CertificateDetailsDialog;
class CertificateFilterProxy;
class CertificateListModel;

class CertificatePickerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificatePickerDialog(const Host &host, QWidget *parent = nullptr);
    ~CertificatePickerDialog() override;

    // What was chosen (valid after accept).
    const CertificateChoice &choice() const { return m_choice; }
    const Host &host() const { return m_host; }

    // Adds / removes a folder source and remembers it (CertificateFolders).
    bool addFolder(const QString &folder);
    bool removeFolder(const QString &folder);
    QStringList folders() const;
    QVector<security::CertificateSource *> sources() const;
    DialogPasswordProvider &passwords() { return m_passwords; }

    // Opens the details of the selected certificate (null when none is selected).
    CertificateDetailsDialog *showDetails();

    // Runs the dialog: the test hook when one is set, exec() otherwise.
    bool run();
    // Test hook: run() calls it instead of a modal loop; it drives the dialog
    // (clicks) and the dialog's result() decides. Empty to clear.
    static void setRunHook(std::function<void(CertificatePickerDialog &)> hook);
    // Test hook: the next "Add folder..." uses this folder instead of a file dialog.
    static void setNextFolder(const QString &folder);

    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *showAllCheck() const { return m_showAll; }
    QListWidget *folderList() const { return m_folderList; }
    QPushButton *addFolderButton() const { return m_addFolder; }
    QPushButton *removeFolderButton() const { return m_removeFolder; }
    QPushButton *detailsButton() const { return m_details; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *statusLabel() const { return m_status; }
    CertificateListModel *model() const { return m_model; }
    CertificateFilterProxy *proxy() const { return m_proxy; }

public Q_SLOTS:
    void accept() override;

private:
    void rebuildSources();
    void updateState();
    void chooseFolder();
    int selectedSourceRow() const; // -1 if none

    Host m_host;
    DialogPasswordProvider m_passwords;
    std::vector<std::unique_ptr<security::CertificateSource>> m_sources;
    QStringList m_folders;
    CertificateChoice m_choice;
    CertificateListModel *m_model = nullptr;
    CertificateFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showAll = nullptr;
    QListWidget *m_folderList = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_removeFolder = nullptr;
    QPushButton *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace confman
