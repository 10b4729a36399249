#include "models/auth/SecurityPolicy.h"

#include <QSet>

#include <algorithm>

namespace confman {

namespace {

// Non-negative integers only; anything else means "use the default".
std::optional<int> nonNegative(const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int value = text->trimmed().toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

std::optional<Application> SecurityPolicy::primaryConfigurationServer(const Store &store, const PersonStore &persons)
{
    if (const auto name = persons.setting(kPrimaryConfigServerSetting); name && !name->isEmpty())
        if (const auto id = store.applicationIdByName(*name))
            if (auto app = store.application(*id); app && app->type == AppType::ConfigurationServer)
                return app;
    QVector<ApplicationSummary> servers;
    QSet<DbId> backups;
    for (const auto &s : store.applicationSummaries()) {
        if (s.type != AppType::ConfigurationServer)
            continue;
        servers.append(s);
        if (s.backupId != 0)
            backups.insert(s.backupId);
    }
    std::sort(servers.begin(), servers.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    for (const auto &s : servers)
        if (!backups.contains(s.id))
            return store.application(s.id);
    return std::nullopt;
}

SecurityPolicy SecurityPolicy::read(const Store &store, const PersonStore &persons)
{
    SecurityPolicy policy;
    const auto server = primaryConfigurationServer(store, persons);
    if (!server)
        return policy;
    policy.configServerName = server->name;
    const auto noDefault = nonNegative(server->options.value(kSecuritySection, kNoDefaultAccessOption));
    policy.noDefaultAccess = noDefault == 1 ? 1 : 0;
    policy.lockoutThreshold = nonNegative(server->options.value(kSecuritySection, kAccountLockoutThresholdOption)).value_or(0);
    return policy;
}

void applyNoDefaultAccess(Person &newPerson, const PersonStore &persons, const SecurityPolicy &policy)
{
    if (!policy.newPersonsJoinDefaultGroups() || !newPerson.memberOf.isEmpty())
        return;
    for (const auto &g : persons.accessGroups())
        if (g.isDefault)
            newPerson.memberOf.append(g.id);
    std::sort(newPerson.memberOf.begin(), newPerson.memberOf.end());
}

} // namespace confman
