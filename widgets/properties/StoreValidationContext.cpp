#include "widgets/properties/StoreValidationContext.h"

#include "models/store/Store.h"

namespace confman {

std::optional<DbId> StoreValidationContext::hostIdByName(const QString &name) const
{
    return m_store.hostIdByName(name);
}

std::optional<DbId> StoreValidationContext::applicationIdByName(const QString &name) const
{
    return m_store.applicationIdByName(name);
}

std::optional<Host> StoreValidationContext::host(DbId id) const { return m_store.host(id); }

std::optional<Application> StoreValidationContext::application(DbId id) const { return m_store.application(id); }

QVector<PortUser> StoreValidationContext::portUsers(DbId hostId, int port) const
{
    QVector<PortUser> users;
    for (const auto &s : m_store.applicationSummaries()) {
        if (s.hostId != hostId || !s.enabled || isGuiType(s.type))
            continue;
        const auto app = m_store.application(s.id);
        if (!app)
            continue;
        for (const auto &p : app->serverInfo.ports)
            if (p.port == port)
                users.append({app->id, app->name, p.id});
    }
    return users;
}

QVector<DbId> StoreValidationContext::primariesOf(DbId backupId) const
{
    QVector<DbId> ids;
    for (const auto &s : m_store.applicationSummaries())
        if (s.backupId == backupId && backupId != 0)
            ids.append(s.id);
    return ids;
}

} // namespace confman
