#include "models/auth/AuditDetails.h"

#include "models/auth/LogFilter.h"

namespace confman {

namespace {

const QString kArrow = QStringLiteral(" → ");

class Changes
{
public:
    explicit Changes(bool created) : m_created(created) {}
    void add(const QString &field, const QString &oldValue, const QString &newValue)
    {
        if (!m_created && oldValue == newValue)
            return;
        if (m_created && newValue.isEmpty())
            return;
        m_lines.append(field + QStringLiteral(": ") + oldValue + kArrow + newValue);
    }
    void note(const QString &line) { m_lines.append(line); }
    QStringList lines() const { return m_lines; }

private:
    bool m_created;
    QStringList m_lines;
};

QString yesNo(bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); }
QString idText(DbId id) { return id == 0 ? QString() : QString::number(id); }

QString optionValue(const QString &key, const QString &value)
{
    return LogFilter::isPasswordKey(key) ? QStringLiteral("****") : value;
}

void addSections(Changes &c, const QString &area, const OptionSections *before, const OptionSections &after)
{
    const OptionSections empty;
    const auto &a = (before ? *before : empty).sections();
    const auto &b = after.sections();
    QStringList sections = a.keys() + b.keys();
    sections.removeDuplicates();
    sections.sort();
    for (const auto &s : sections) {
        const OptionSection sa = a.value(s), sb = b.value(s);
        QStringList keys = sa.keys() + sb.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const auto &k : keys) {
            const bool inA = sa.contains(k), inB = sb.contains(k);
            if (inA && inB && sa.value(k) == sb.value(k))
                continue;
            const QString field = QStringLiteral("%1 %2/%3").arg(area, s, k);
            const QString oldV = inA ? optionValue(k, sa.value(k)) : QStringLiteral("(none)");
            const QString newV = inB ? optionValue(k, sb.value(k)) : QStringLiteral("(removed)");
            if (oldV == newV) // a secret changed: say so without showing it
                c.note(QStringLiteral("%1: changed").arg(field));
            else
                c.add(field, before ? oldV : QString(), newV);
        }
    }
}

QString portsText(const QVector<Port> &ports)
{
    QStringList parts;
    for (const auto &p : ports)
        parts.append(QStringLiteral("%1:%2 %3%4%5")
                         .arg(p.id)
                         .arg(p.port)
                         .arg(listeningModeKey(p.listeningMode), p.haSync ? QStringLiteral(" ha-sync") : QString(),
                              p.transport.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(p.transport)));
    return parts.join(QStringLiteral(", "));
}

QString connectionsText(const QVector<Connection> &connections)
{
    QStringList parts;
    for (const auto &c : connections)
        parts.append(QStringLiteral("#%1:%2%3")
                         .arg(c.serverId)
                         .arg(c.portId, c.transportParams.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.transportParams)));
    return parts.join(QStringLiteral(", "));
}

QString idsText(const QVector<DbId> &ids)
{
    QStringList parts;
    for (DbId id : ids)
        parts.append(QString::number(id));
    return parts.join(QStringLiteral(", "));
}

QString grantsText(const QVector<PermissionGrant> &grants)
{
    QStringList parts;
    for (const auto &g : grants)
        parts.append(QStringLiteral("%1%2: %3")
                         .arg(objectKindPluralName(g.kind),
                              g.folderId ? QStringLiteral(" (folder %1)").arg(g.folderId) : QString(),
                              permissionNames(g.rights).join(QLatin1Char('+'))));
    return parts.join(QStringLiteral("; "));
}

} // namespace

QStringList auditChanges(const Host *before, const Host &after)
{
    Changes c(before == nullptr);
    const Host old = before ? *before : Host{};
    c.add(QStringLiteral("name"), old.name, after.name);
    c.add(QStringLiteral("address"), old.address, after.address);
    c.add(QStringLiteral("OS type"), before ? osTypeName(old.osType) : QString(), osTypeName(after.osType));
    c.add(QStringLiteral("LCA port"), before ? QString::number(old.lcaPort) : QString(), QString::number(after.lcaPort));
    c.add(QStringLiteral("enabled"), before ? yesNo(old.enabled) : QString(), yesNo(after.enabled));
    c.add(QStringLiteral("folder"), idText(old.folderId), idText(after.folderId));
    c.add(QStringLiteral("certificate description"), old.certificateDescription, after.certificateDescription);
    addSections(c, QStringLiteral("annex"), before ? &before->annex : nullptr, after.annex);
    return c.lines();
}

QStringList auditChanges(const Application *before, const Application &after)
{
    Changes c(before == nullptr);
    const Application old = before ? *before : Application{};
    c.add(QStringLiteral("name"), old.name, after.name);
    c.add(QStringLiteral("type"), before ? appTypeName(old.type) : QString(), appTypeName(after.type));
    c.add(QStringLiteral("template"), old.templateVersion, after.templateVersion);
    c.add(QStringLiteral("host"), idText(old.hostId), idText(after.hostId));
    c.add(QStringLiteral("enabled"), before ? yesNo(old.enabled) : QString(), yesNo(after.enabled));
    c.add(QStringLiteral("folder"), idText(old.folderId), idText(after.folderId));
    c.add(QStringLiteral("ports"), portsText(old.serverInfo.ports), portsText(after.serverInfo.ports));
    c.add(QStringLiteral("backup"), idText(old.serverInfo.backupId), idText(after.serverInfo.backupId));
    c.add(QStringLiteral("redundancy"), before ? redundancyTypeKey(old.serverInfo.redundancyType) : QString(),
          redundancyTypeKey(after.serverInfo.redundancyType));
    c.add(QStringLiteral("working directory"), old.startInfo.workingDirectory, after.startInfo.workingDirectory);
    c.add(QStringLiteral("command line"), old.startInfo.commandLine, after.startInfo.commandLine);
    c.add(QStringLiteral("command-line arguments"), old.startInfo.commandLineArguments,
          after.startInfo.commandLineArguments);
    c.add(QStringLiteral("connections"), connectionsText(old.connections), connectionsText(after.connections));
    addSections(c, QStringLiteral("options"), before ? &before->options : nullptr, after.options);
    addSections(c, QStringLiteral("annex"), before ? &before->annex : nullptr, after.annex);
    return c.lines();
}

QStringList auditChanges(const Folder *before, const Folder &after)
{
    Changes c(before == nullptr);
    const Folder old = before ? *before : Folder{};
    c.add(QStringLiteral("name"), old.name, after.name);
    c.add(QStringLiteral("parent"), idText(old.parentId), idText(after.parentId));
    return c.lines();
}

QStringList auditChanges(const Person *before, const Person &after)
{
    Changes c(before == nullptr);
    const Person old = before ? *before : Person{};
    c.add(QStringLiteral("user name"), old.userName, after.userName);
    c.add(QStringLiteral("first name"), old.firstName, after.firstName);
    c.add(QStringLiteral("last name"), old.lastName, after.lastName);
    c.add(QStringLiteral("employee id"), old.employeeId, after.employeeId);
    c.add(QStringLiteral("enabled"), before ? yesNo(old.enabled) : QString(), yesNo(after.enabled));
    c.add(QStringLiteral("folder"), idText(old.folderId), idText(after.folderId));
    c.add(QStringLiteral("member of"), idsText(old.memberOf), idsText(after.memberOf));
    if (old.passwordHash != after.passwordHash)
        c.note(after.passwordHash.isEmpty() ? QStringLiteral("password removed") : QStringLiteral("password changed"));
    return c.lines();
}

QStringList auditChanges(const AccessGroup *before, const AccessGroup &after)
{
    Changes c(before == nullptr);
    const AccessGroup old = before ? *before : AccessGroup{};
    c.add(QStringLiteral("name"), old.name, after.name);
    c.add(QStringLiteral("folder"), idText(old.folderId), idText(after.folderId));
    c.add(QStringLiteral("members"), idsText(old.members), idsText(after.members));
    c.add(QStringLiteral("permissions"), grantsText(old.permissions), grantsText(after.permissions));
    c.add(QStringLiteral("default group"), before ? yesNo(old.isDefault) : QString(), yesNo(after.isDefault));
    return c.lines();
}

} // namespace confman
