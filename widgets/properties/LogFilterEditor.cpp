#include "widgets/properties/LogFilterEditor.h"

#include "models/auth/LogFilter.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confman {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1; // the stored key behind a row, to put back a refused rename
enum Column { KeyColumn = 0, FilterColumn = 1, EffectiveColumn = 2 };

QString validFormsSentence()
{
    return LogFilterEditor::tr("valid forms are %1 (<n> a whole number from 1 to 999999; <prefix> and <postfix> "
                               "not empty, without ',', '(' or ')')")
        .arg(LogFilter::validForms().join(QStringLiteral(", ")));
}

QString uniqueName(const QString &base, const QStringList &taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

} // namespace

LogFilterEditor::LogFilterEditor(QWidget *parent) : QWidget(parent)
{
    m_default = new QLineEdit;
    m_default->setPlaceholderText(QStringLiteral("copy"));
    m_default->setAccessibleName(tr("Default filter type"));
    auto *forms = new QLabel(tr("Valid: %1. Empty = copy.").arg(LogFilter::validForms().join(QStringLiteral(", "))));
    forms->setTextFormat(Qt::PlainText);
    forms->setWordWrap(true);

    m_keys = new QTableWidget(0, 3);
    m_keys->setHorizontalHeaderLabels({tr("Key"), tr("Filter"), tr("Applied as")});
    m_keys->horizontalHeader()->setStretchLastSection(true);
    m_keys->verticalHeader()->hide();
    m_keys->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keys->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keys->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_keys->setAccessibleName(tr("Per-key filters"));
    m_addKey = new QPushButton(tr("Add &Key"));
    m_removeKey = new QPushButton(tr("&Remove Key"));

    m_sample = new QLineEdit(defaultSample());
    m_sample->setAccessibleName(tr("Sample message"));
    m_preview = new QLabel;
    m_preview->setTextFormat(Qt::PlainText); // tag markers such as "<#" are text, not markup
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Filtered message"));
    auto *secretNote = new QLabel(tr("Values of keys named like passwords (password, pwd, secret, passphrase, "
                                     "credential, private-key, api-key, token) are always hidden."));
    secretNote->setWordWrap(true);

    m_problem = new QLabel;
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a12a1c;"));
    m_problem->hide();

    auto *defaultForm = new QFormLayout;
    auto *defaultLabel = new QLabel(tr("&Default filter type:"));
    defaultLabel->setBuddy(m_default);
    defaultForm->addRow(defaultLabel, m_default);
    defaultForm->addRow(QString(), forms);

    auto *keysBox = new QGroupBox(tr("Per-key filters (section log-filter-data)"));
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_addKey);
    keyButtons->addWidget(m_removeKey);
    keyButtons->addStretch(1);
    auto *keysLayout = new QVBoxLayout(keysBox);
    keysLayout->addWidget(m_keys);
    keysLayout->addLayout(keyButtons);

    auto *previewBox = new QGroupBox(tr("Preview"));
    auto *previewForm = new QFormLayout(previewBox);
    auto *sampleLabel = new QLabel(tr("Sa&mple message:"));
    sampleLabel->setBuddy(m_sample);
    previewForm->addRow(sampleLabel, m_sample);
    previewForm->addRow(tr("In the log:"), m_preview);
    previewForm->addRow(QString(), secretNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(defaultForm);
    layout->addWidget(keysBox, 1);
    layout->addWidget(previewBox);
    layout->addWidget(m_problem);

    connect(m_default, &QLineEdit::textEdited, this, &LogFilterEditor::defaultEdited);
    connect(m_sample, &QLineEdit::textChanged, this, &LogFilterEditor::refresh);
    connect(m_keys, &QTableWidget::itemChanged, this, &LogFilterEditor::keyItemChanged);
    connect(m_keys, &QTableWidget::itemSelectionChanged, this, &LogFilterEditor::refresh);
    connect(m_addKey, &QPushButton::clicked, this, &LogFilterEditor::addKey);
    connect(m_removeKey, &QPushButton::clicked, this, &LogFilterEditor::removeKey);
    refresh();
}

QString LogFilterEditor::defaultSample()
{
    return QStringLiteral("login user=jsmith password=secret card=4111111111111111 dn=5551234 result=ok");
}

void LogFilterEditor::setOptions(const OptionSections &options)
{
    m_options = options;
    m_default->setText(m_options.value(kLogFilterSection, kDefaultFilterTypeOption, QString()));
    m_refusal.clear();
    refreshKeys(selectedKey());
}

QString LogFilterEditor::defaultProblem() const
{
    const QString text = m_default->text().trimmed();
    if (text.isEmpty() || LogFilter::parseRule(text))
        return {};
    return tr("Default filter type \"%1\" is refused: %2.").arg(text, validFormsSentence());
}

QStringList LogFilterEditor::problems() const
{
    QStringList list;
    if (const QString p = defaultProblem(); !p.isEmpty())
        list << p;
    const OptionSection data = m_options.sections().value(kLogFilterDataSection);
    for (auto it = data.cbegin(); it != data.cend(); ++it)
        if (!LogFilter::parseRule(it.value()))
            list << tr("Filter \"%1\" for key \"%2\" is not valid (the default applies instead): %3.")
                        .arg(it.value(), it.key(), validFormsSentence());
    return list;
}

QString LogFilterEditor::problemText() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

QWidget *LogFilterEditor::problemWidget() const
{
    return defaultProblem().isEmpty() ? static_cast<QWidget *>(m_keys) : m_default;
}

QString LogFilterEditor::selectedKey() const
{
    const int row = m_keys->currentRow();
    return row >= 0 ? m_keys->item(row, KeyColumn)->data(kKeyRole).toString() : QString();
}

QString LogFilterEditor::previewText() const { return m_preview->text(); }

void LogFilterEditor::defaultEdited(const QString &typed)
{
    // The copy holds what the field says, valid or not, like the Options tab
    // would; problems() names a refused value and the dialog will not save it.
    const QString text = typed.trimmed();
    if (text.isEmpty())
        m_options.remove(kLogFilterSection, kDefaultFilterTypeOption); // absent = copy
    else
        m_options.set(kLogFilterSection, kDefaultFilterTypeOption, text);
    refreshKeys(selectedKey()); // "Applied as" follows the default
    Q_EMIT changed();
}

void LogFilterEditor::setRefusal(const QString &text) { m_refusal = text; }

void LogFilterEditor::keyItemChanged(QTableWidgetItem *item)
{
    const int row = item->row();
    auto *keyItem = m_keys->item(row, KeyColumn);
    auto *filterItem = m_keys->item(row, FilterColumn);
    if (!keyItem || !filterItem)
        return;
    const QString key = keyItem->data(kKeyRole).toString();
    auto putBack = [&](QTableWidgetItem *edited, const QString &stored, const QString &reason) {
        setRefusal(reason);
        {
            const QSignalBlocker blocker(m_keys);
            edited->setText(stored);
        }
        refresh();
    };

    if (item->column() == FilterColumn) {
        const QString text = filterItem->text().trimmed();
        const QString stored = m_options.value(kLogFilterDataSection, key, QString());
        if (!LogFilter::parseRule(text)) {
            putBack(filterItem, stored,
                    tr("Filter \"%1\" for key \"%2\" is refused: %3.").arg(text, key, validFormsSentence()));
            return;
        }
        setRefusal({});
        m_options.set(kLogFilterDataSection, key, text);
        updateRow(row, key);
        Q_EMIT changed();
        return;
    }
    if (item->column() != KeyColumn)
        return;
    const QString newKey = keyItem->text().trimmed();
    if (newKey == key) {
        updateRow(row, key); // drops surrounding blanks from the display
        return;
    }
    QString reason;
    if (const auto p = OptionSections::nameProblem(newKey))
        reason = tr("Key name \"%1\" is refused: %2.").arg(newKey, *p);
    else if (newKey.contains(QRegularExpression(QStringLiteral("\\s"))))
        reason = tr("Key name \"%1\" is refused: it contains a blank, and a key=value pair in a log message never "
                    "does.")
                     .arg(newKey);
    else if (m_options.contains(kLogFilterDataSection, newKey))
        reason = tr("Key name \"%1\" is refused: it already has a filter.").arg(newKey);
    if (!reason.isEmpty()) {
        putBack(keyItem, key, reason);
        return;
    }
    setRefusal({});
    const QString value = m_options.value(kLogFilterDataSection, key, QString());
    m_options.remove(kLogFilterDataSection, key);
    m_options.set(kLogFilterDataSection, newKey, value);
    updateRow(row, newKey);
    Q_EMIT changed();
}

void LogFilterEditor::refreshKeys(const QString &select)
{
    const LogFilter filter(m_options);
    {
        const QSignalBlocker blocker(m_keys);
        m_keys->setRowCount(0);
        const OptionSection data = m_options.sections().value(kLogFilterDataSection);
        for (auto it = data.cbegin(); it != data.cend(); ++it) {
            const int row = m_keys->rowCount();
            m_keys->insertRow(row);
            m_keys->setItem(row, KeyColumn, new QTableWidgetItem);
            m_keys->setItem(row, FilterColumn, new QTableWidgetItem);
            auto *applied = new QTableWidgetItem;
            applied->setFlags(applied->flags() & ~Qt::ItemIsEditable);
            m_keys->setItem(row, EffectiveColumn, applied);
            fillRow(row, it.key(), filter);
            if (it.key() == select)
                m_keys->setCurrentCell(row, KeyColumn);
        }
    }
    m_keys->resizeColumnToContents(KeyColumn);
    refresh();
}

void LogFilterEditor::fillRow(int row, const QString &key, const LogFilter &filter)
{
    const QString value = m_options.value(kLogFilterDataSection, key, QString());
    m_keys->item(row, KeyColumn)->setText(key);
    m_keys->item(row, KeyColumn)->setData(kKeyRole, key);
    m_keys->item(row, FilterColumn)->setText(value);
    QString applied = filter.ruleFor(key).toString();
    if (LogFilter::isPasswordKey(key))
        applied = tr("%1 (always: the key names a secret)").arg(applied);
    else if (!LogFilter::parseRule(value))
        applied = tr("%1 (the default: the filter is not valid)").arg(applied);
    m_keys->item(row, EffectiveColumn)->setText(applied);
}

void LogFilterEditor::updateRow(int row, const QString &key)
{
    {
        const QSignalBlocker blocker(m_keys);
        fillRow(row, key, LogFilter(m_options));
    }
    refresh();
}

void LogFilterEditor::refresh()
{
    // No preview for a refused default: the log would silently fall back to copy.
    m_preview->setText(defaultProblem().isEmpty() ? LogFilter(m_options).filterMessage(m_sample->text())
                                                  : tr("(no preview: the default filter type is refused)"));
    QStringList lines;
    if (!m_refusal.isEmpty())
        lines << m_refusal;
    lines << problems();
    m_problem->setText(lines.join(QLatin1Char('\n')));
    m_problem->setVisible(!lines.isEmpty());
    m_removeKey->setEnabled(m_keys->currentRow() >= 0);
}

void LogFilterEditor::addKey()
{
    const QString key = uniqueName(QStringLiteral("new-key"),
                                   m_options.sections().value(kLogFilterDataSection).keys());
    m_options.set(kLogFilterDataSection, key, QStringLiteral("hide"));
    setRefusal({});
    refreshKeys(key);
    Q_EMIT changed();
    const int row = m_keys->currentRow();
    if (row < 0)
        return;
    m_keys->setFocus();
    m_keys->editItem(m_keys->item(row, KeyColumn));
}

void LogFilterEditor::removeKey()
{
    const int row = m_keys->currentRow();
    if (row < 0)
        return;
    m_options.remove(kLogFilterDataSection, m_keys->item(row, KeyColumn)->data(kKeyRole).toString());
    setRefusal({});
    refreshKeys();
    Q_EMIT changed();
}

} // namespace confman
