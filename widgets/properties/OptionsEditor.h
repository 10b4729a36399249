#pragma once
// Two-pane editor of an Options / Annex area (SPEC S1): sections on the left,
// the selected section's options (name, value) on the right. Names are edited
// in place and checked with OptionSections::nameProblem and for duplicates; a
// refused name is put back and the reason shown under the panes.
#include "models/config/OptionSections.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace confman {

class OptionsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit OptionsEditor(QWidget *parent = nullptr);

    void setOptions(const OptionSections &options); // keeps the selected section when it still exists
    const OptionSections &options() const { return m_options; }

    QString currentSection() const;
    void selectSection(const QString &section);
    QListWidget *sectionList() const { return m_sections; }
    QTableWidget *optionTable() const { return m_table; }
    QString problemText() const; // the last refusal shown, "" when none
    QPushButton *addSectionButton() const { return m_addSection; }
    QPushButton *removeSectionButton() const { return m_removeSection; }
    QPushButton *addOptionButton() const { return m_addOption; }
    QPushButton *removeOptionButton() const { return m_removeOption; }

Q_SIGNALS:
    void changed(); // options() differs from before

public Q_SLOTS:
    void addSection();   // adds "new-section[-n]" and starts renaming it
    void renameSection(); // starts editing the selected section's name
    void removeSection();
    void addOption();    // adds "new-option[-n]" to the selected section and starts editing its name
    void editOption();   // starts editing the selected option's value
    void removeOption();

private:
    void refreshSections(const QString &select);
    void refreshOptions();
    void sectionEdited(QListWidgetItem *item);
    void optionEdited(QTableWidgetItem *item);
    void showProblem(const QString &text);
    void updateButtons();
    static QString uniqueName(const QString &base, const QStringList &taken);

    OptionSections m_options;
    QListWidget *m_sections = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_addSection = nullptr;
    QPushButton *m_renameSection = nullptr;
    QPushButton *m_removeSection = nullptr;
    QPushButton *m_addOption = nullptr;
    QPushButton *m_editOption = nullptr;
    QPushButton *m_removeOption = nullptr;
    bool m_refreshing = false;
};

} // namespace confman
