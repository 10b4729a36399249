#pragma once
// The certificate folders an administrator added to the store browser
// (S4.4 portable backend), remembered per user in QSettings. Only folder
// paths are kept: never a password, never a key.
#include <QString>
#include <QStringList>

namespace confman::security {

class CertificateFolders
{
public:
    // Absolute, cleaned paths in the order they were added.
    static QStringList folders();
    // false when the folder does not exist or is already listed.
    static bool add(const QString &folder);
    static bool remove(const QString &folder);

private:
    static void store(const QStringList &folders);
};

} // namespace confman::security
