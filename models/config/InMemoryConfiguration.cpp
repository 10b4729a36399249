#include "models/config/InMemoryConfiguration.h"

#include "models/config/Validator.h"

#include <algorithm>

namespace confman {

namespace {

template<typename T>
auto findById(QVector<T> &objects, DbId id)
{
    return std::find_if(objects.begin(), objects.end(), [id](const T &o) { return o.id == id; });
}

template<typename T>
std::optional<T> byId(const QVector<T> &objects, DbId id)
{
    if (id == 0)
        return std::nullopt;
    for (const auto &o : objects)
        if (o.id == id)
            return o;
    return std::nullopt;
}

template<typename T>
std::optional<DbId> idByName(const QVector<T> &objects, const QString &name)
{
    for (const auto &o : objects)
        if (o.name == name)
            return o.id;
    return std::nullopt;
}

} // namespace

InMemoryConfiguration::InMemoryConfiguration(QVector<Host> hosts, QVector<Application> applications)
{
    for (auto &h : hosts)
        add(std::move(h));
    for (auto &a : applications)
        add(std::move(a));
}

DbId InMemoryConfiguration::nextId()
{
    // Ids are shared by both kinds so a finding's id is never ambiguous in tests.
    return ++m_lastId;
}

DbId InMemoryConfiguration::add(Host host)
{
    if (host.id == 0)
        host.id = nextId();
    m_lastId = std::max(m_lastId, host.id);
    m_hosts.append(std::move(host));
    return m_hosts.last().id;
}

DbId InMemoryConfiguration::add(Application application)
{
    if (application.id == 0)
        application.id = nextId();
    m_lastId = std::max(m_lastId, application.id);
    m_applications.append(std::move(application));
    return m_applications.last().id;
}

bool InMemoryConfiguration::replace(const Host &host)
{
    const auto it = findById(m_hosts, host.id);
    if (host.id == 0 || it == m_hosts.end())
        return false;
    *it = host;
    return true;
}

bool InMemoryConfiguration::replace(const Application &application)
{
    const auto it = findById(m_applications, application.id);
    if (application.id == 0 || it == m_applications.end())
        return false;
    *it = application;
    return true;
}

bool InMemoryConfiguration::removeHost(DbId id)
{
    const auto it = findById(m_hosts, id);
    if (id == 0 || it == m_hosts.end())
        return false;
    m_hosts.erase(it);
    return true;
}

bool InMemoryConfiguration::removeApplication(DbId id)
{
    const auto it = findById(m_applications, id);
    if (id == 0 || it == m_applications.end())
        return false;
    m_applications.erase(it);
    return true;
}

Findings InMemoryConfiguration::validateAll() const
{
    Findings all;
    for (const auto &h : m_hosts)
        all += Validator::validate(h, *this);
    for (const auto &a : m_applications)
        all += Validator::validate(a, *this);
    return all;
}

std::optional<DbId> InMemoryConfiguration::hostIdByName(const QString &name) const { return idByName(m_hosts, name); }

std::optional<DbId> InMemoryConfiguration::applicationIdByName(const QString &name) const
{
    return idByName(m_applications, name);
}

std::optional<Host> InMemoryConfiguration::host(DbId id) const { return byId(m_hosts, id); }

std::optional<Application> InMemoryConfiguration::application(DbId id) const { return byId(m_applications, id); }

QVector<PortUser> InMemoryConfiguration::portUsers(DbId hostId, int port) const
{
    QVector<PortUser> users;
    for (const auto &a : m_applications) {
        if (!a.enabled || a.hostId != hostId || !a.hasServerInfo())
            continue;
        for (const auto &p : a.serverInfo.ports)
            if (p.port == port)
                users.append(PortUser{a.id, a.name, p.id});
    }
    return users;
}

QVector<DbId> InMemoryConfiguration::primariesOf(DbId backupId) const
{
    QVector<DbId> primaries;
    if (backupId == 0)
        return primaries;
    for (const auto &a : m_applications)
        if (a.serverInfo.backupId == backupId)
            primaries.append(a.id);
    return primaries;
}

} // namespace confman
