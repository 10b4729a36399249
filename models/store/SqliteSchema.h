#pragma once
// The SQLite schema of a Confman store and its forward migrations.
// PRAGMA user_version holds the schema version; PRAGMA application_id marks
// the file as a Confman store so another program's database is refused.
#include <QSqlDatabase>
#include <QString>

namespace confman {

class SqliteSchema
{
public:
    static constexpr int kApplicationId = 0x436f6e66; // "Conf"
    static int latestVersion();

    // Why the open database `db` cannot be used as a Confman store (not one,
    // newer than this build, unreadable), or an empty string when it can.
    static QString checkCompatible(QSqlDatabase &db, const QString &path);

    // Applies every missing migration step, each in its own transaction
    // (BEGIN IMMEDIATE, so concurrent openers of a new file take turns).
    // Returns an error message, or an empty string on success.
    static QString migrate(QSqlDatabase &db);

    // The schema version of `db` (0 = empty file).
    static int version(QSqlDatabase &db);
};

} // namespace confman
