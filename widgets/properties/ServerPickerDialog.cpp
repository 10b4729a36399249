#include "widgets/properties/ServerPickerDialog.h"

#include "models/store/Store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace confman {

ServerPickerDialog::ServerPickerDialog(const Store &store, DbId exclude, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Browse for a Server"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Type to filter by name or type"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget;
    auto summaries = store.applicationSummaries();
    std::sort(summaries.begin(), summaries.end(),
              [](const auto &a, const auto &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    for (const auto &s : summaries) {
        if (isGuiType(s.type) || s.id == exclude)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(s.name, appTypeName(s.type)), m_list);
        item->setData(Qt::UserRole, s.id);
        if (!s.enabled)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ServerPickerDialog::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(current && !current->isHidden());
    });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *label = new QLabel(tr("&Find:"));
    label->setBuddy(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    setMinimumSize(380, 420);
}

void ServerPickerDialog::filter(const QString &text)
{
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        auto *item = m_list->item(i);
        const bool show = item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!show);
        if (show && !firstVisible)
            firstVisible = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
}

DbId ServerPickerDialog::selectedId() const
{
    const auto *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ServerPickerDialog::select(DbId id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

} // namespace confman
