#include "app/confman/StoreOpener.h"

#include "models/store/DemoAccounts.h"
#include "models/store/DemoConfiguration.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace confman {

OpenedStore openOrCreateStore(const QString &path)
{
    OpenedStore result;
    const QFileInfo info(path);
    // An empty file counts as new: SQLite treats it as an empty database.
    result.created = !info.exists() || (info.isFile() && info.size() == 0);
    QString error;
    result.store = SqliteStore::open(path, &error);
    if (!result.store) {
        result.error = error.isEmpty() ? QCoreApplication::translate("StoreOpener", "The store cannot be opened.")
                                       : error;
        result.created = false;
        return result;
    }
    result.persons = SqlitePersonStore::open(path, &error);
    if (!result.persons) {
        result.store.reset();
        result.error = error.isEmpty() ? QCoreApplication::translate("StoreOpener", "The accounts of the store cannot be read.")
                                       : error;
        result.created = false;
        return result;
    }
    if (result.created) {
        SaveResult seeded = seedDemoConfiguration(*result.store);
        if (seeded.ok)
            seeded = seedDemoAccounts(*result.persons);
        if (!seeded.ok) {
            QStringList lines;
            for (const Finding &f : seeded.findings)
                if (f.isError())
                    lines << f.message;
            if (!seeded.error.isEmpty())
                lines << seeded.error;
            result.seedProblem = lines.join(u'\n');
        }
    }
    return result;
}

} // namespace confman
