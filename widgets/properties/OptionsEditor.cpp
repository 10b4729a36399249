#include "widgets/properties/OptionsEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confman {

namespace {
constexpr int kNameRole = Qt::UserRole + 1; // the stored name behind an item, to undo a refused rename
}

OptionsEditor::OptionsEditor(QWidget *parent) : QWidget(parent)
{
    m_sections = new QListWidget;
    m_sections->setMinimumWidth(160);
    m_sections->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_sections->setAccessibleName(tr("Sections"));
    m_table = new QTableWidget(0, 2);
    m_table->setHorizontalHeaderLabels({tr("Option"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAccessibleName(tr("Options"));

    m_addSection = new QPushButton(tr("Add Se&ction"));
    m_renameSection = new QPushButton(tr("Re&name Section"));
    m_removeSection = new QPushButton(tr("Remove Sect&ion"));
    m_addOption = new QPushButton(tr("Add &Option"));
    m_editOption = new QPushButton(tr("&Edit Value"));
    m_removeOption = new QPushButton(tr("Remo&ve Option"));
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a12a1c;"));
    m_problem->hide();

    auto *left = new QVBoxLayout;
    auto *sectionsLabel = new QLabel(tr("&Sections:"));
    sectionsLabel->setBuddy(m_sections);
    left->addWidget(sectionsLabel);
    left->addWidget(m_sections);
    auto *sectionButtons = new QHBoxLayout;
    sectionButtons->addWidget(m_addSection);
    sectionButtons->addWidget(m_renameSection);
    sectionButtons->addWidget(m_removeSection);
    left->addLayout(sectionButtons);

    auto *right = new QVBoxLayout;
    auto *optionsLabel = new QLabel(tr("O&ptions of the section:"));
    optionsLabel->setBuddy(m_table);
    right->addWidget(optionsLabel);
    right->addWidget(m_table);
    auto *optionButtons = new QHBoxLayout;
    optionButtons->addWidget(m_addOption);
    optionButtons->addWidget(m_editOption);
    optionButtons->addWidget(m_removeOption);
    right->addLayout(optionButtons);

    auto *panes = new QHBoxLayout;
    panes->addLayout(left, 2);
    panes->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(panes);
    layout->addWidget(m_problem);

    connect(m_sections, &QListWidget::currentItemChanged, this, [this] {
        if (!m_refreshing)
            refreshOptions();
    });
    connect(m_sections, &QListWidget::itemChanged, this, &OptionsEditor::sectionEdited);
    connect(m_table, &QTableWidget::itemChanged, this, &OptionsEditor::optionEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OptionsEditor::updateButtons);
    connect(m_addSection, &QPushButton::clicked, this, &OptionsEditor::addSection);
    connect(m_renameSection, &QPushButton::clicked, this, &OptionsEditor::renameSection);
    connect(m_removeSection, &QPushButton::clicked, this, &OptionsEditor::removeSection);
    connect(m_addOption, &QPushButton::clicked, this, &OptionsEditor::addOption);
    connect(m_editOption, &QPushButton::clicked, this, &OptionsEditor::editOption);
    connect(m_removeOption, &QPushButton::clicked, this, &OptionsEditor::removeOption);
    updateButtons();
}

void OptionsEditor::setOptions(const OptionSections &options)
{
    const QString keep = currentSection();
    m_options = options;
    refreshSections(keep);
}

QString OptionsEditor::currentSection() const
{
    const auto *item = m_sections->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void OptionsEditor::selectSection(const QString &section) { refreshSections(section); }

QString OptionsEditor::problemText() const { return m_problem->isVisible() ? m_problem->text() : QString(); }

void OptionsEditor::refreshSections(const QString &select)
{
    m_refreshing = true;
    {
        const QSignalBlocker blocker(m_sections);
        m_sections->clear();
        for (auto it = m_options.sections().cbegin(); it != m_options.sections().cend(); ++it) {
            auto *item = new QListWidgetItem(it.key(), m_sections);
            item->setData(kNameRole, it.key());
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (it.key() == select)
                m_sections->setCurrentItem(item);
        }
        if (!m_sections->currentItem() && m_sections->count() > 0)
            m_sections->setCurrentRow(0);
    }
    m_refreshing = false;
    refreshOptions();
}

void OptionsEditor::refreshOptions()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    const QString section = currentSection();
    const auto values = m_options.sections().value(section);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(it.key());
        name->setData(kNameRole, it.key());
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_table->resizeColumnToContents(0);
    updateButtons();
}

void OptionsEditor::updateButtons()
{
    const bool hasSection = m_sections->currentItem() != nullptr;
    const bool hasOption = hasSection && m_table->currentRow() >= 0;
    m_renameSection->setEnabled(hasSection);
    m_removeSection->setEnabled(hasSection);
    m_addOption->setEnabled(hasSection);
    m_editOption->setEnabled(hasOption);
    m_removeOption->setEnabled(hasOption);
}

void OptionsEditor::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString OptionsEditor::uniqueName(const QString &base, const QStringList &taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

void OptionsEditor::addSection()
{
    // A section exists only with options in the store's model, so a new one starts with one empty option.
    const QString name = uniqueName(QStringLiteral("new-section"), m_options.sections().keys());
    m_options.sections().insert(name, OptionSection{});
    showProblem({});
    refreshSections(name);
    Q_EMIT changed();
    renameSection();
}

void OptionsEditor::renameSection()
{
    if (auto *item = m_sections->currentItem()) {
        m_sections->setFocus();
        m_sections->editItem(item);
    }
}

void OptionsEditor::sectionEdited(QListWidgetItem *item)
{
    if (m_refreshing)
        return;
    const QString oldName = item->data(kNameRole).toString();
    const QString newName = item->text();
    if (newName == oldName)
        return;
    QString problem;
    if (const auto p = OptionSections::nameProblem(newName))
        problem = tr("Section name \"%1\" is not valid: %2.").arg(newName, *p);
    else if (m_options.sections().contains(newName))
        problem = tr("Section name \"%1\" is already used; section names must be unique.").arg(newName);
    if (!problem.isEmpty()) {
        showProblem(problem);
        const QSignalBlocker blocker(m_sections);
        item->setText(oldName);
        return;
    }
    showProblem({});
    m_options.sections().insert(newName, m_options.sections().take(oldName));
    refreshSections(newName);
    Q_EMIT changed();
}

void OptionsEditor::removeSection()
{
    const QString section = currentSection();
    if (section.isNull())
        return;
    m_options.removeSection(section);
    showProblem({});
    refreshSections({});
    Q_EMIT changed();
}

void OptionsEditor::addOption()
{
    const QString section = currentSection();
    if (section.isNull())
        return;
    const QString key = uniqueName(QStringLiteral("new-option"), m_options.sections().value(section).keys());
    m_options.set(section, key, QString());
    showProblem({});
    refreshOptions();
    Q_EMIT changed();
    const auto found = m_table->findItems(key, Qt::MatchExactly);
    for (auto *item : found) {
        if (item->column() != 0)
            continue;
        m_table->setCurrentItem(item);
        m_table->setFocus();
        m_table->editItem(item);
        break;
    }
}

void OptionsEditor::editOption()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    auto *value = m_table->item(row, 1);
    m_table->setCurrentItem(value);
    m_table->setFocus();
    m_table->editItem(value);
}

void OptionsEditor::optionEdited(QTableWidgetItem *item)
{
    const QString section = currentSection();
    const int row = item->row();
    auto *nameItem = m_table->item(row, 0);
    auto *valueItem = m_table->item(row, 1);
    if (section.isNull() || !nameItem || !valueItem)
        return;
    const QString oldKey = nameItem->data(kNameRole).toString();
    if (item->column() == 1) {
        m_options.set(section, oldKey, valueItem->text());
        Q_EMIT changed();
        return;
    }
    const QString newKey = nameItem->text();
    if (newKey == oldKey)
        return;
    QString problem;
    if (const auto p = OptionSections::nameProblem(newKey))
        problem = tr("Option name \"%1\" is not valid: %2.").arg(newKey, *p);
    else if (m_options.contains(section, newKey))
        problem = tr("Option name \"%1\" is already used in section \"%2\".").arg(newKey, section);
    if (!problem.isEmpty()) {
        showProblem(problem);
        const QSignalBlocker blocker(m_table);
        nameItem->setText(oldKey);
        return;
    }
    showProblem({});
    const QString value = m_options.value(section, oldKey, QString());
    m_options.sections()[section].remove(oldKey);
    m_options.set(section, newKey, value);
    {
        const QSignalBlocker blocker(m_table);
        nameItem->setData(kNameRole, newKey);
    }
    Q_EMIT changed();
}

void OptionsEditor::removeOption()
{
    const QString section = currentSection();
    const int row = m_table->currentRow();
    if (section.isNull() || row < 0)
        return;
    const QString key = m_table->item(row, 0)->data(kNameRole).toString();
    // Removing the last option keeps the (now empty) section until the user removes it.
    m_options.sections()[section].remove(key);
    showProblem({});
    refreshOptions();
    Q_EMIT changed();
}

} // namespace confman
