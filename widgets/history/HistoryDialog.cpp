#include "widgets/history/HistoryDialog.h"

#include "models/itemmodels/AuditListModel.h"
#include "models/store/AuditCsv.h"
#include "models/store/PersonStore.h"
#include "widgets/common/MessageBox.h"
#include "widgets/common/SaveFileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace confman {

namespace {

AuditQuery queryFor(std::optional<ObjectRef> object)
{
    AuditQuery q;
    q.object = object;
    return q;
}

constexpr int kPollMilliseconds = 5000;

} // namespace

HistoryDialog::HistoryDialog(PersonStore &persons, std::optional<ObjectRef> object, const QString &objectName,
                             QWidget *parent)
    : QDialog(parent), m_persons(persons), m_object(object)
{
    m_model = new AuditListModel(persons, queryFor(object), this);
    m_filter = new AuditFilterProxy(this);
    m_filter->setSourceModel(m_model);

    QString title = objectName;
    if (object && title.isEmpty()) {
        for (auto it = m_model->entries().crbegin(); it != m_model->entries().crend() && title.isEmpty(); ++it)
            title = it->objectName;
        if (title.isEmpty())
            title = QStringLiteral("#%1").arg(object->id);
    }
    setWindowTitle(object ? tr("History of %1 %2").arg(objectKindName(object->kind), title)
                          : tr("History of the whole store"));

    m_userBox = new QComboBox(this);
    m_userBox->setObjectName(QStringLiteral("userFilter"));
    m_userBox->setToolTip(tr("Show only what this user did"));
    m_textBox = new QLineEdit(this);
    m_textBox->setObjectName(QStringLiteral("textFilter"));
    m_textBox->setPlaceholderText(tr("Filter by user, action, object or details"));
    m_textBox->setClearButtonEnabled(true);
    auto *filterRow = new QHBoxLayout;
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_userBox);
    auto *textLabel = new QLabel(tr("&Filter:"), this);
    textLabel->setBuddy(m_textBox);
    filterRow->addWidget(userLabel);
    filterRow->addWidget(m_userBox);
    filterRow->addWidget(textLabel);
    filterRow->addWidget(m_textBox, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditListModel::WhenColumn, 150);
    m_table->setColumnWidth(AuditListModel::ActionColumn, 120);
    m_table->setColumnWidth(AuditListModel::ObjectColumn, 180);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_exportButton = buttons->addButton(tr("&Export CSV..."), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the entries shown as a CSV file (times in UTC)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &HistoryDialog::refresh);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(buttons);

    connect(m_userBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setUser(m_userBox->currentData().toString());
        updateCount();
    });
    connect(m_textBox, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });

    updateUsers();
    updateCount();
    m_table->scrollToBottom();
    resize(900, 480);

    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &HistoryDialog::refresh);
    m_poll.start();
}

HistoryDialog::~HistoryDialog() = default;

HistoryDialog *HistoryDialog::showFor(QWidget *parent, PersonStore &persons, std::optional<ObjectRef> object,
                                      const QString &objectName)
{
    auto *dialog = new HistoryDialog(persons, object, objectName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void HistoryDialog::refresh()
{
    // Follow new entries when the newest was in view.
    const QScrollBar *bar = m_table->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    m_model->refresh();
    updateUsers();
    updateCount();
    if (atEnd)
        m_table->scrollToBottom();
}

void HistoryDialog::updateUsers()
{
    const QString current = m_userBox->currentData().toString();
    const QStringList users = m_model->users();
    QStringList shown;
    for (int i = 1; i < m_userBox->count(); ++i)
        shown << m_userBox->itemData(i).toString();
    if (m_userBox->count() > 0 && shown == users)
        return;
    const QSignalBlocker block(m_userBox);
    m_userBox->clear();
    m_userBox->addItem(tr("All users"), QString());
    for (const QString &u : users)
        m_userBox->addItem(u, u);
    const int index = m_userBox->findData(current);
    m_userBox->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setUser(m_userBox->currentData().toString());
}

void HistoryDialog::updateCount()
{
    const int shown = m_filter->rowCount(), all = m_model->rowCount();
    const QString total = all == 1 ? tr("1 entry") : tr("%1 entries").arg(all);
    m_countLabel->setText(shown == all ? total : tr("%1 of %2").arg(shown).arg(total));
    m_exportButton->setEnabled(shown > 0);
}

bool HistoryDialog::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = SaveFileDialog::getSaveFileName(this, tr("Export History"),
                                                             QDir(folder).filePath(QStringLiteral("history.csv")),
                                                             tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return false;
    // QSaveFile: a failed export never leaves a half-written file where a good one was.
    QSaveFile file(fileName);
    const QVector<AuditEntry> entries = m_filter->visibleEntries();
    if (!file.open(QIODevice::WriteOnly) || !writeAuditCsv(entries, file) || !file.commit()) {
        MessageBox::critical(this, tr("Export CSV"),
                             tr("The history could not be written to %1:\n%2")
                                 .arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return false;
    }
    const QString count = entries.size() == 1 ? tr("1 entry") : tr("%1 entries").arg(entries.size());
    m_countLabel->setText(tr("Exported %1 to %2").arg(count, QDir::toNativeSeparators(fileName)));
    return true;
}

} // namespace confman
