#include "models/security/CertificateFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace confman::security {

namespace {
const QString kKey = QStringLiteral("certificates/folders");

QString canonical(const QString &folder)
{
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}
} // namespace

QStringList CertificateFolders::folders()
{
    QStringList result;
    for (const QString &f : QSettings().value(kKey).toStringList())
        if (!f.isEmpty() && !result.contains(f)) // a hand-edited settings file may repeat one
            result.append(f);
    return result;
}

bool CertificateFolders::add(const QString &folder)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return false;
    QStringList list = folders();
    const QString path = canonical(folder);
    if (list.contains(path))
        return false;
    list.append(path);
    store(list);
    return true;
}

bool CertificateFolders::remove(const QString &folder)
{
    QStringList list = folders();
    if (!list.removeAll(canonical(folder)) && !list.removeAll(folder))
        return false;
    store(list);
    return true;
}

void CertificateFolders::store(const QStringList &folders)
{
    QSettings settings;
    settings.setValue(kKey, folders);
    settings.sync();
}

} // namespace confman::security
