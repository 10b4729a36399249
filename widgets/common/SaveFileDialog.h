#pragma once
// "Save as" questions go through here so tests can answer the next one
// without a native file dialog (as MessageBox::setNextAnswer does for
// questions):
//   SaveFileDialog::setNextSaveFileName(dir.file("history.csv")); // the next question gets this file
//   SaveFileDialog::setNextSaveFileName(QString());                // the next question is cancelled
#include <QString>

class QWidget;

namespace confman {

class SaveFileDialog
{
public:
    // The file the user chose, or "" when cancelled.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                   const QString &filter);

    // Test hook: the next call returns `fileName` without showing anything.
    static void setNextSaveFileName(const QString &fileName);
    // How often a question was asked (hooked or shown); for tests.
    static int questionsAsked();
};

} // namespace confman
