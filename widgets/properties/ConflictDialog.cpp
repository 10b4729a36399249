#include "widgets/properties/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confman {

namespace {
std::optional<ConflictDialog::Choice> g_nextChoice;
QStringList g_lastChangedFields;
} // namespace

ConflictDialog::ConflictDialog(const Conflict &conflict, const QString &objectName,
                               const QMap<QString, QString> &current, const QMap<QString, QString> &yours,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed by Someone Else"));
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    if (conflict.deleted) {
        intro->setText(tr("\"%1\" was deleted by someone else while you were editing it.").arg(objectName));
    } else {
        intro->setText(tr("\"%1\" was saved by someone else while you were editing it (version %2, you started "
                          "from version %3). These fields differ:")
                           .arg(objectName)
                           .arg(conflict.currentVersion)
                           .arg(conflict.expectedVersion));
    }
    m_table = new QTableWidget(int(conflict.changedFields.size()), 3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Current (saved)"), tr("Yours")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int row = 0; row < conflict.changedFields.size(); ++row) {
        const QString &field = conflict.changedFields.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(field));
        m_table->setItem(row, 1, new QTableWidgetItem(current.value(field)));
        m_table->setItem(row, 2, new QTableWidgetItem(yours.value(field)));
    }
    m_table->resizeColumnToContents(0);
    m_table->setVisible(!conflict.deleted);

    auto *buttons = new QDialogButtonBox;
    auto *reload = buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    reload->setToolTip(tr("Discard your edits and show the saved object"));
    reload->setEnabled(!conflict.deleted);
    auto *overwrite = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::AcceptRole);
    overwrite->setToolTip(conflict.deleted ? tr("Save your version as the object again")
                                           : tr("Save your version over the other one"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(reload, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Reload;
        accept();
    });
    connect(overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Overwrite;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    setMinimumSize(560, 300);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const Conflict &conflict, const QString &objectName,
                                           const QMap<QString, QString> &current,
                                           const QMap<QString, QString> &yours)
{
    g_lastChangedFields = conflict.changedFields;
    if (g_nextChoice) {
        const Choice c = *g_nextChoice;
        g_nextChoice.reset();
        return c;
    }
    ConflictDialog dialog(conflict, objectName, current, yours, parent);
    dialog.exec();
    return dialog.choice();
}

void ConflictDialog::setNextChoice(Choice choice) { g_nextChoice = choice; }

QStringList ConflictDialog::lastChangedFields() { return g_lastChangedFields; }

} // namespace confman
