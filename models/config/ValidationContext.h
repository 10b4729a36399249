#pragma once
// What the Validator needs to know about the rest of the configuration to
// judge one object (uniqueness, references, HA pairs). The SQLite store
// answers with queries inside the saving transaction; InMemoryConfiguration
// answers for imports and tests.
#include "models/config/Application.h"
#include "models/config/Host.h"
#include "models/config/Summaries.h"

#include <QVector>
#include <optional>

namespace confman {

struct PortUser
{
    DbId applicationId = 0;
    QString applicationName;
    QString portId;
};

class ValidationContext
{
public:
    virtual ~ValidationContext() = default;

    virtual std::optional<DbId> hostIdByName(const QString &name) const = 0;
    virtual std::optional<DbId> applicationIdByName(const QString &name) const = 0;
    virtual std::optional<Host> host(DbId id) const = 0;
    virtual std::optional<Application> application(DbId id) const = 0;
    // Enabled server applications on `hostId` with a port numbered `port`.
    virtual QVector<PortUser> portUsers(DbId hostId, int port) const = 0;
    // Applications whose backup server is `backupId`.
    virtual QVector<DbId> primariesOf(DbId backupId) const = 0;
};

} // namespace confman
