#include "widgets/certificates/PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace confman {

namespace {
std::deque<std::optional<QString>> g_nextAnswers;
} // namespace

PasswordDialog::PasswordDialog(const QString &filePath, int attempt, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Password Required"));
    const QString name = QFileInfo(filePath).fileName().toHtmlEscaped();
    auto *label = new QLabel(attempt > 1 ? tr("The password was wrong. Enter the password of <b>%1</b>:").arg(name)
                                         : tr("Enter the password of <b>%1</b>:").arg(name));
    label->setWordWrap(true);
    m_edit = new QLineEdit;
    m_edit->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const { return m_edit->text(); }

DialogPasswordProvider::~DialogPasswordProvider()
{
    // Overwrite what we can before the memory is released.
    for (auto it = m_remembered.begin(); it != m_remembered.end(); ++it)
        it.value().fill(QLatin1Char('\0'));
}

void DialogPasswordProvider::setNextAnswers(std::deque<std::optional<QString>> answers)
{
    g_nextAnswers = std::move(answers);
}

std::optional<QString> DialogPasswordProvider::password(const QString &filePath, int attempt)
{
    // A password that worked once is offered again first (re-listing, finding the key).
    if (attempt == 1 && m_remembered.contains(filePath))
        return m_remembered.value(filePath);
    ++m_asked;
    std::optional<QString> answer;
    if (!g_nextAnswers.empty()) {
        answer = g_nextAnswers.front();
        g_nextAnswers.pop_front();
    } else {
        PasswordDialog dialog(filePath, attempt, m_parent);
        if (dialog.exec() == QDialog::Accepted)
            answer = dialog.password();
    }
    if (answer)
        m_remembered.insert(filePath, *answer);
    else
        m_remembered.remove(filePath);
    return answer;
}

} // namespace confman
