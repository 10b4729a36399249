#include "models/store/StoreLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace confman {

QString StoreLocation::resolve(const QString &explicitPath)
{
    if (!explicitPath.trimmed().isEmpty())
        return QDir::cleanPath(explicitPath);
    const QString fromEnvironment = qEnvironmentVariable(kEnvironmentVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(fromEnvironment);
    return defaultPath();
}

QString StoreLocation::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/confman.sqlite");
}

} // namespace confman
