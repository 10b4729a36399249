#pragma once
// A fresh temporary folder per test, removed afterwards; paths for store files
// and other artefacts live inside it.
#include <QString>
#include <QTemporaryDir>

namespace confman::test {

class TempDir
{
public:
    TempDir() { m_dir.setAutoRemove(true); }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace confman::test
