#include "widgets/common/SaveFileDialog.h"

#include <QFileDialog>

#include <optional>

namespace confman {

namespace {
std::optional<QString> g_nextFileName;
int g_questions = 0;
} // namespace

void SaveFileDialog::setNextSaveFileName(const QString &fileName) { g_nextFileName = fileName; }

int SaveFileDialog::questionsAsked() { return g_questions; }

QString SaveFileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                        const QString &filter)
{
    ++g_questions;
    if (g_nextFileName) {
        const QString answer = *g_nextFileName;
        g_nextFileName.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

} // namespace confman
