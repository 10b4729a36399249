#pragma once
// Shown when a save finds that someone else saved the object meanwhile
// (Store::save returned a Conflict): which fields changed, theirs next to
// yours, and the three ways on: Reload (drop my edits), Overwrite (save mine
// over theirs), Cancel (keep editing). Tests answer it with setNextChoice,
// like MessageBox::setNextAnswer.
#include "models/store/Store.h"

#include <QDialog>

#include <optional>

class QTableWidget;

namespace confman {

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Reload, Overwrite, Cancel };

    ConflictDialog(const Conflict &conflict, const QString &objectName, const QMap<QString, QString> &current,
                   const QMap<QString, QString> &yours, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }

    // Shows the dialog modally (or takes the test hook's answer) and returns the choice.
    static Choice ask(QWidget *parent, const Conflict &conflict, const QString &objectName,
                      const QMap<QString, QString> &current, const QMap<QString, QString> &yours);

    // Test hook: the next ask() returns `choice` without showing anything.
    static void setNextChoice(Choice choice);
    // What the last ask() showed: the changed field names, for tests.
    static QStringList lastChangedFields();

private:
    Choice m_choice = Choice::Cancel;
    QTableWidget *m_table = nullptr;
};

} // namespace confman
