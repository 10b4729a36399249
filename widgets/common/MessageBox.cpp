#include "widgets/common/MessageBox.h"

namespace confman {

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastTitle;
QString g_lastText;
QString g_lastDetails;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) { g_nextAnswer = answer; }
QString MessageBox::lastTitle() { return g_lastTitle; }
QString MessageBox::lastText() { return g_lastText; }
QString MessageBox::lastDetails() { return g_lastDetails; }
void MessageBox::clearHistory()
{
    g_lastTitle.clear();
    g_lastText.clear();
    g_lastDetails.clear();
}

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, const QString &details)
{
    g_lastTitle = title;
    g_lastText = text;
    g_lastDetails = details;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const auto answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton, const QString &details)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton, details);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton, const QString &details)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton, details);
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                                 const QString &details)
{
    return ask(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, details);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
}

} // namespace confman
