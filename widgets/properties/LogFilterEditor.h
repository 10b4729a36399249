#pragma once
// The Log Filter tab of an Application (SPEC S8): Options section
// `log-filter` / `default-filter-type` and section `log-filter-data`
// (<key name> = filter), edited with their valid forms and a live preview of
// a sample message through LogFilter::filterMessage.
//
// Works on the dialog's copy of the whole Options area but changes only those
// two sections. Invalid values are refused, never clamped or corrected:
// - a default that is none of the forms stays as typed (the Options tab shows
//   the same copy), problems() names it with the valid forms, the preview
//   says it has none, and the dialog refuses OK/Apply;
// - a per-key filter or key name edited in the table is put back, with the reason;
// - invalid values that arrive through setOptions (typed on the Options tab)
//   are shown as they are and named by problems().
#include "models/config/OptionSections.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace confman {

class LogFilter;

class LogFilterEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LogFilterEditor(QWidget *parent = nullptr);

    static QString defaultSample(); // the sample message the preview starts with

    // The whole Options area; only the log-filter sections are edited here.
    void setOptions(const OptionSections &options);
    const OptionSections &options() const { return m_options; }

    // Why the current values cannot be saved, one sentence each naming the valid forms.
    QStringList problems() const;
    QString problemText() const; // what the problem line shows ("" when hidden)
    QWidget *problemWidget() const; // the field to focus for the first problem

    QLineEdit *defaultEdit() const { return m_default; }
    QTableWidget *keyTable() const { return m_keys; }
    QPushButton *addKeyButton() const { return m_addKey; }
    QPushButton *removeKeyButton() const { return m_removeKey; }
    QLineEdit *sampleEdit() const { return m_sample; }
    QLabel *preview() const { return m_preview; }
    QString previewText() const;

Q_SIGNALS:
    void changed(); // options() differs from before

public Q_SLOTS:
    void addKey();    // adds "new-key[-n]" = hide and starts editing its name
    void removeKey(); // removes the selected key's override

private:
    void defaultEdited(const QString &text);
    void keyItemChanged(QTableWidgetItem *item);
    void refreshKeys(const QString &select = {}); // rebuilds the table from options()
    void fillRow(int row, const QString &key, const LogFilter &filter);
    void updateRow(int row, const QString &key); // in place, safe inside itemChanged
    void refresh(); // preview, problem line, buttons
    void setRefusal(const QString &text);
    QString defaultProblem() const;
    QString selectedKey() const;

    OptionSections m_options;
    QLineEdit *m_default = nullptr;
    QTableWidget *m_keys = nullptr;
    QPushButton *m_addKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QLineEdit *m_sample = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QString m_refusal; // the last table edit put back, until the next accepted edit
};

} // namespace confman
