#pragma once
// Every modal question Confman asks goes through here, so tests can answer
// the next one without a real modal loop (KeePassXC's MessageBox pattern):
//   MessageBox::setNextAnswer(QMessageBox::Yes);  // the next question gets Yes, no dialog shown
#include <QMessageBox>
#include <QString>

namespace confman {

class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No,
                                                const QString &details = {});
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::Ok,
                                               const QString &details = {});
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text,
                                                const QString &details = {});
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Test hook: the next call answers `answer` without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // What the last message said (title and text), shown or answered by the hook; for tests.
    static QString lastTitle();
    static QString lastText();
    static QString lastDetails();
    static void clearHistory();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton, const QString &details);
};

} // namespace confman
