#pragma once
// ValidationContext answered by queries on an SQLite store, used inside the
// saving transaction so the Validator sees exactly what the save would join.
// Every query is served by an index (names, ports.port, applications.backup_id).
#include "models/config/ValidationContext.h"

#include <QSqlDatabase>

namespace confman {

class SqlValidationContext : public ValidationContext
{
public:
    explicit SqlValidationContext(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<DbId> hostIdByName(const QString &name) const override;
    std::optional<DbId> applicationIdByName(const QString &name) const override;
    std::optional<Host> host(DbId id) const override;
    std::optional<Application> application(DbId id) const override;
    QVector<PortUser> portUsers(DbId hostId, int port) const override;
    QVector<DbId> primariesOf(DbId backupId) const override;

private:
    mutable QSqlDatabase m_db;
};

} // namespace confman
