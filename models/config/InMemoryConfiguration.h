#pragma once
// A ValidationContext over plain vectors of Hosts and Applications: used by
// tests and to validate an import as a whole before it touches the store.
// Names are matched exactly (case-sensitive), as the store matches them.
#include "models/config/Finding.h"
#include "models/config/ValidationContext.h"

namespace confman {

class InMemoryConfiguration : public ValidationContext
{
public:
    InMemoryConfiguration() = default;
    InMemoryConfiguration(QVector<Host> hosts, QVector<Application> applications);

    // Adds the object; an id of 0 gets the next free id. Returns the id.
    DbId add(Host host);
    DbId add(Application application);
    // Replaces the object with the same id; false when there is none.
    bool replace(const Host &host);
    bool replace(const Application &application);
    bool removeHost(DbId id);
    bool removeApplication(DbId id);

    const QVector<Host> &hosts() const { return m_hosts; }
    const QVector<Application> &applications() const { return m_applications; }

    // Every finding of every object, hosts first, in insertion order.
    Findings validateAll() const;

    std::optional<DbId> hostIdByName(const QString &name) const override;
    std::optional<DbId> applicationIdByName(const QString &name) const override;
    std::optional<Host> host(DbId id) const override;
    std::optional<Application> application(DbId id) const override;
    QVector<PortUser> portUsers(DbId hostId, int port) const override;
    QVector<DbId> primariesOf(DbId backupId) const override;

private:
    DbId nextId();

    QVector<Host> m_hosts;
    QVector<Application> m_applications;
    DbId m_lastId = 0;
};

} // namespace confman
