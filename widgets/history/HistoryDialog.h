#pragma once
// The History view (issue 5, S8 audit trail): the whole store's history or
// one object's, filtered by user and text, exported as CSV (AuditCsv: what
// the filter shows, in that order). It follows new entries: Refresh, and a
// re-read every few seconds while it is open. Non-modal; it never changes
// anything in the store.
#include "models/config/ObjectTypes.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace confman {

class AuditFilterProxy;
class AuditListModel;
class PersonStore;

class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // `object`: only that object's entries; nullopt: the whole store.
    // `objectName` is for the title ("" = taken from the entries).
    HistoryDialog(PersonStore &persons, std::optional<ObjectRef> object, const QString &objectName = {},
                  QWidget *parent = nullptr);
    ~HistoryDialog() override;

    // Opens a History window (deleted on close) and returns it.
    static HistoryDialog *showFor(QWidget *parent, PersonStore &persons, std::optional<ObjectRef> object,
                                  const QString &objectName = {});

    AuditListModel &model() const { return *m_model; }
    AuditFilterProxy &filter() const { return *m_filter; }

    // Re-reads the trail (also what the Refresh button and the timer do).
    void refresh();
    // Asks for a file (SaveFileDialog, hookable in tests) and writes the
    // shown rows as CSV; says so clearly when the file cannot be written.
    // False when cancelled or failed.
    bool exportCsv();

private:
    void updateUsers();
    void updateCount();

    PersonStore &m_persons;
    std::optional<ObjectRef> m_object;
    AuditListModel *m_model = nullptr;
    AuditFilterProxy *m_filter = nullptr;
    QComboBox *m_userBox = nullptr;
    QLineEdit *m_textBox = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer m_poll;
};

} // namespace confman
