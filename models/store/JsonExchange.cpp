#include "models/store/JsonExchange.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace confman {

namespace {

QString folderKey(ObjectKind kind, const FolderPath &path)
{
    // \x1f cannot be typed into a folder name; it only separates here.
    return folderKindKey(kind) + QChar(0x1f) + path.join(QChar(0x1f));
}

// Every stored folder with its path, by id.
QHash<DbId, FolderPath> folderPaths(const QVector<Folder> &folders)
{
    QHash<DbId, Folder> byId;
    for (const auto &f : folders)
        byId.insert(f.id, f);
    QHash<DbId, FolderPath> result;
    for (const auto &f : folders) {
        FolderPath path{f.name};
        DbId parent = f.parentId;
        // The store never holds a cycle; the bound only keeps a damaged file from hanging us.
        for (int depth = 0; parent != 0 && depth < folders.size(); ++depth) {
            const auto it = byId.constFind(parent);
            if (it == byId.cend())
                break;
            path.prepend(it->name);
            parent = it->parentId;
        }
        result.insert(f.id, path);
    }
    return result;
}

QHash<QString, DbId> folderIndex(const QVector<Folder> &folders)
{
    QHash<QString, DbId> index;
    const auto paths = folderPaths(folders);
    for (const auto &f : folders)
        index.insert(folderKey(f.contains, paths.value(f.id)), f.id);
    return index;
}

QString findingPath(const QString &objectPath, const QString &field)
{
    if (field.isEmpty())
        return objectPath;
    return field.startsWith(QLatin1Char('[')) ? objectPath + field : objectPath + QLatin1Char('.') + field;
}

// Collects what the saves inside the import said.
class ImportLog
{
public:
    QStringList problems;
    QStringList warnings;
    bool storageFailed = false;

    void problem(const QString &path, const QString &message)
    {
        problems.append(path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message));
    }

    // Returns whether the save succeeded. Warnings are kept only when
    // `final` (an intermediate save of an application lacks its backup and
    // connections on purpose; its warnings would be misleading).
    bool take(const SaveResult &r, const QString &path, bool final = true)
    {
        bool explained = false;
        for (const Finding &f : r.findings) {
            if (f.isError()) {
                problem(findingPath(path, f.field), f.message);
                explained = true;
            } else if (final && r.ok) {
                warnings.append(QStringLiteral("%1: %2").arg(findingPath(path, f.field), f.message));
            }
        }
        if (r.ok)
            return true;
        if (r.conflict) {
            problem(path, QStringLiteral("changed by someone else during the import"));
            explained = true;
        }
        if (!r.error.isEmpty()) {
            problem(path, r.error);
            storageFailed = true;
            explained = true;
        }
        if (!explained)
            problem(path, QStringLiteral("refused by the store"));
        return false;
    }
};

// Every reference of the document must name something in the document or
// already in the store; checked before anything is written.
QStringList danglingReferences(const Store &store, const PersonStore *persons, const ConfigurationDocument &d)
{
    QStringList problems;
    QSet<QString> folders;
    for (const auto &key : folderIndex(store.folders()).keys())
        folders.insert(key);
    for (const auto &f : d.folders)
        folders.insert(folderKey(f.contains, f.path));
    QSet<QString> hosts, applications;
    for (const auto &h : d.hosts)
        hosts.insert(h.host.name);
    for (const auto &a : d.applications)
        applications.insert(a.app.name);

    const auto folderKnown = [&](ObjectKind kind, const FolderPath &path) {
        return path.isEmpty() || folders.contains(folderKey(kind, path));
    };
    const auto hostKnown = [&](const QString &name) {
        return hosts.contains(name) || store.hostIdByName(name).has_value();
    };
    const auto applicationKnown = [&](const QString &name) {
        return applications.contains(name) || store.applicationIdByName(name).has_value();
    };
    const auto missingFolder = [](ObjectKind kind, const FolderPath &path) {
        return QStringLiteral("no %1 folder \"%2\" in the document or the store")
            .arg(folderKindKey(kind), folderPathText(path));
    };

    for (qsizetype i = 0; i < d.folders.size(); ++i) {
        const auto &f = d.folders.at(i);
        const FolderPath parent = f.path.mid(0, f.path.size() - 1);
        if (!folderKnown(f.contains, parent))
            problems << QStringLiteral("folders[%1].path: %2").arg(i).arg(missingFolder(f.contains, parent));
    }
    for (qsizetype i = 0; i < d.hosts.size(); ++i) {
        const auto &h = d.hosts.at(i);
        if (!folderKnown(ObjectKind::Host, h.folder))
            problems << QStringLiteral("hosts[%1].folder: %2").arg(i).arg(missingFolder(ObjectKind::Host, h.folder));
    }
    for (qsizetype i = 0; i < d.applications.size(); ++i) {
        const auto &a = d.applications.at(i);
        const QString path = QStringLiteral("applications[%1]").arg(i);
        if (!folderKnown(ObjectKind::Application, a.folder))
            problems << QStringLiteral("%1.folder: %2").arg(path, missingFolder(ObjectKind::Application, a.folder));
        if (!a.hostName.isEmpty() && !hostKnown(a.hostName))
            problems << QStringLiteral("%1.host: no host \"%2\" in the document or the store").arg(path, a.hostName);
        if (!a.backupName.isEmpty() && !applicationKnown(a.backupName))
            problems << QStringLiteral("%1.backup: no application \"%2\" in the document or the store")
                            .arg(path, a.backupName);
        for (qsizetype c = 0; c < a.connectionServers.size(); ++c) {
            const QString &server = a.connectionServers.at(c);
            if (!server.isEmpty() && !applicationKnown(server))
                problems << QStringLiteral("%1.connections[%2].server: no application \"%3\" in the document or the store")
                                .arg(path)
                                .arg(c)
                                .arg(server);
        }
    }

    if (!persons) {
        if (!d.persons.isEmpty())
            problems << QStringLiteral("persons: Persons cannot be imported here (no person store was opened)");
        if (!d.accessGroups.isEmpty())
            problems << QStringLiteral("accessGroups: Access Groups cannot be imported here (no person store was opened)");
        return problems;
    }
    QSet<QString> userNames, groupNames;
    for (const auto &p : d.persons)
        userNames.insert(p.person.userName);
    for (const auto &g : d.accessGroups)
        groupNames.insert(g.group.name);
    for (qsizetype i = 0; i < d.persons.size(); ++i) {
        const auto &p = d.persons.at(i);
        const QString path = QStringLiteral("persons[%1]").arg(i);
        if (!folderKnown(ObjectKind::Person, p.folder))
            problems << QStringLiteral("%1.folder: %2").arg(path, missingFolder(ObjectKind::Person, p.folder));
        for (qsizetype m = 0; m < p.memberOf.size(); ++m) {
            const QString &group = p.memberOf.at(m);
            if (!groupNames.contains(group) && !persons->accessGroupByName(group))
                problems << QStringLiteral("%1.memberOf[%2]: no access group \"%3\" in the document or the store")
                                .arg(path)
                                .arg(m)
                                .arg(group);
        }
    }
    for (qsizetype i = 0; i < d.accessGroups.size(); ++i) {
        const auto &g = d.accessGroups.at(i);
        const QString path = QStringLiteral("accessGroups[%1]").arg(i);
        if (!folderKnown(ObjectKind::AccessGroup, g.folder))
            problems << QStringLiteral("%1.folder: %2").arg(path, missingFolder(ObjectKind::AccessGroup, g.folder));
        for (qsizetype m = 0; m < g.members.size(); ++m) {
            const QString &user = g.members.at(m);
            if (!userNames.contains(user) && !persons->personByUserName(user))
                problems << QStringLiteral("%1.members[%2]: no Person \"%3\" in the document or the store")
                                .arg(path)
                                .arg(m)
                                .arg(user);
        }
        for (qsizetype k = 0; k < g.group.permissions.size(); ++k) {
            const ObjectKind kind = g.grantFolderKinds.value(k, g.group.permissions.at(k).kind);
            const FolderPath folder = g.grantFolders.value(k);
            if (!folderKnown(kind, folder))
                problems << QStringLiteral("%1.permissions[%2].folder: %3").arg(path).arg(k).arg(missingFolder(kind, folder));
        }
    }
    return problems;
}

QVector<DbId> sortedIds(QVector<DbId> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// Persons and Access Groups, inside the PersonStore's transaction, after the
// configuration (their folders) is committed. A membership holds when either
// side names it: an export lists each on both sides, a hand-written document
// may list it on one.
bool importAccounts(const Store &store, PersonStore &persons, const ConfigurationDocument &d, ImportLog &log,
                    ImportResult &counts)
{
    const QHash<QString, DbId> folderIds = folderIndex(store.folders());
    const auto folderId = [&](ObjectKind kind, const FolderPath &path) -> DbId {
        return path.isEmpty() ? 0 : folderIds.value(folderKey(kind, path), 0);
    };
    QHash<QString, QSet<QString>> groupsOfPerson, membersOfGroup;
    QSet<QString> documentUsers, documentGroups;
    for (const auto &p : d.persons)
        documentUsers.insert(p.person.userName);
    for (const auto &g : d.accessGroups)
        documentGroups.insert(g.group.name);
    for (const auto &p : d.persons) {
        groupsOfPerson[p.person.userName]; // present, maybe empty: its memberships are replaced
        for (const QString &g : p.memberOf) {
            groupsOfPerson[p.person.userName].insert(g);
            if (documentGroups.contains(g))
                membersOfGroup[g].insert(p.person.userName);
        }
    }
    for (const auto &g : d.accessGroups) {
        membersOfGroup[g.group.name];
        for (const QString &user : g.members) {
            membersOfGroup[g.group.name].insert(user);
            if (documentUsers.contains(user))
                groupsOfPerson[user].insert(g.group.name);
        }
    }

    // 1. The groups themselves; members as stored for now (new Persons do not exist yet).
    QHash<QString, DbId> savedGroups;
    for (qsizetype i = 0; i < d.accessGroups.size(); ++i) {
        const JsonAccessGroup &jg = d.accessGroups.at(i);
        AccessGroup g = jg.group;
        g.folderId = folderId(ObjectKind::AccessGroup, jg.folder);
        for (qsizetype k = 0; k < g.permissions.size(); ++k)
            g.permissions[k].folderId =
                folderId(jg.grantFolderKinds.value(k, g.permissions[k].kind), jg.grantFolders.value(k));
        const auto existing = persons.accessGroupByName(g.name);
        if (existing) {
            g.id = existing->id;
            g.version = existing->version;
            g.members = existing->members;
        }
        const SaveResult r = persons.save(g);
        if (log.take(r, QStringLiteral("accessGroups[%1]").arg(i))) {
            savedGroups.insert(g.name, r.id);
            ++(existing ? counts.accessGroupsUpdated : counts.accessGroupsCreated);
        }
    }

    // 2. The Persons with their groups. Never a password from the document:
    // a new Person has none, an existing one keeps its own.
    for (qsizetype i = 0; i < d.persons.size(); ++i) {
        const JsonPerson &jp = d.persons.at(i);
        Person p;
        p.userName = jp.person.userName;
        p.firstName = jp.person.firstName;
        p.lastName = jp.person.lastName;
        p.employeeId = jp.person.employeeId;
        p.enabled = jp.person.enabled;
        p.folderId = folderId(ObjectKind::Person, jp.folder);
        for (const QString &group : groupsOfPerson.value(p.userName))
            if (const auto g = persons.accessGroupByName(group))
                p.memberOf.append(g->id);
        p.memberOf = sortedIds(p.memberOf);
        const auto existing = persons.personByUserName(p.userName);
        if (existing) {
            p.id = existing->id;
            p.version = existing->version;
            p.passwordHash = existing->passwordHash;
        }
        if (log.take(persons.save(p), QStringLiteral("persons[%1]").arg(i)))
            ++(existing ? counts.personsUpdated : counts.personsCreated);
    }

    // 3. The groups' members, now that every Person exists.
    for (qsizetype i = 0; i < d.accessGroups.size(); ++i) {
        const QString &name = d.accessGroups.at(i).group.name;
        if (!savedGroups.contains(name))
            continue;
        auto g = persons.accessGroup(savedGroups.value(name));
        if (!g)
            continue;
        g->members.clear();
        for (const QString &user : membersOfGroup.value(name))
            if (const auto p = persons.personByUserName(user))
                g->members.append(p->id);
        g->members = sortedIds(g->members);
        log.take(persons.save(*g), QStringLiteral("accessGroups[%1].members").arg(i));
    }
    return log.problems.isEmpty();
}

} // namespace

ConfigurationDocument JsonExchange::documentOf(const Store &store, const PersonStore *persons)
{
    ConfigurationDocument d;
    const QVector<Folder> folders = store.folders();
    const auto paths = folderPaths(folders);
    for (const auto &f : folders)
        d.folders.append(JsonFolder{f.contains, paths.value(f.id)});

    QHash<DbId, QString> hostNames, applicationNames;
    QVector<Host> hosts = store.allHosts();
    d.hosts.reserve(hosts.size());
    for (auto &h : hosts) {
        hostNames.insert(h.id, h.name);
        const FolderPath folder = paths.value(h.folderId);
        d.hosts.append(JsonHost{std::move(h), folder});
    }
    hosts.clear();
    // Each application is moved into the document: a 50,000-application
    // export holds every application once, not twice.
    QVector<Application> applications = store.allApplications();
    applicationNames.reserve(applications.size());
    for (const auto &a : applications)
        applicationNames.insert(a.id, a.name);
    d.applications.reserve(applications.size());
    for (auto &a : applications) {
        JsonApplication entry;
        entry.folder = paths.value(a.folderId);
        entry.hostName = hostNames.value(a.hostId);
        entry.backupName = applicationNames.value(a.serverInfo.backupId);
        for (const auto &c : a.connections)
            entry.connectionServers.append(applicationNames.value(c.serverId));
        entry.app = std::move(a);
        d.applications.append(std::move(entry));
    }
    applications.clear();
    // Ids and versions belong to this store only; the document speaks in names.
    for (auto &h : d.hosts) {
        h.host.id = 0;
        h.host.version = 0;
        h.host.folderId = 0;
    }
    for (auto &a : d.applications) {
        a.app.id = a.app.version = 0;
        a.app.folderId = a.app.hostId = a.app.serverInfo.backupId = 0;
        for (auto &c : a.app.connections) // not shared with anything any more: no copy
            c.serverId = 0;
    }

    if (!persons)
        return d;
    d.hasAccounts = true;
    const QVector<Person> people = persons->persons();
    const QVector<AccessGroup> groups = persons->accessGroups();
    QHash<DbId, QString> userNames, groupNames;
    QHash<DbId, ObjectKind> folderKinds;
    for (const auto &f : folders)
        folderKinds.insert(f.id, f.contains);
    for (const auto &p : people)
        userNames.insert(p.id, p.userName);
    for (const auto &g : groups)
        groupNames.insert(g.id, g.name);
    for (const auto &stored : people) {
        // Field by field into a fresh Person: the password hash never enters the document.
        JsonPerson entry;
        entry.person.userName = stored.userName;
        entry.person.firstName = stored.firstName;
        entry.person.lastName = stored.lastName;
        entry.person.employeeId = stored.employeeId;
        entry.person.enabled = stored.enabled;
        entry.folder = paths.value(stored.folderId);
        for (DbId g : stored.memberOf)
            entry.memberOf.append(groupNames.value(g));
        d.persons.append(std::move(entry));
    }
    for (const auto &stored : groups) {
        JsonAccessGroup entry;
        entry.group.name = stored.name;
        entry.group.isDefault = stored.isDefault;
        entry.folder = paths.value(stored.folderId);
        for (DbId m : stored.members)
            entry.members.append(userNames.value(m));
        for (const PermissionGrant &grant : stored.permissions) {
            entry.group.permissions.append({grant.kind, 0, grant.rights});
            entry.grantFolders.append(paths.value(grant.folderId));
            entry.grantFolderKinds.append(grant.kind == ObjectKind::Folder ? folderKinds.value(grant.folderId, ObjectKind::Host)
                                                                           : grant.kind);
        }
        d.accessGroups.append(std::move(entry));
    }
    return d;
}

QByteArray JsonExchange::exportJson(const Store &store, const PersonStore *persons)
{
    return toJsonBytes(documentOf(store, persons));
}

bool JsonExchange::exportJson(const Store &store, QIODevice &out, const PersonStore *persons)
{
    return writeJson(documentOf(store, persons), out);
}

ImportResult JsonExchange::importJson(Store &store, const QByteArray &json, PersonStore *persons)
{
    const ParsedDocument parsed = parseConfigurationDocument(json);
    if (!parsed.ok()) {
        ImportResult result;
        result.outcome = ImportResult::Outcome::InvalidDocument;
        for (const auto &p : parsed.problems)
            result.problems.append(p.toString());
        return result;
    }
    return importDocument(store, parsed.document, persons);
}

ImportResult JsonExchange::importDocument(Store &store, const ConfigurationDocument &d, PersonStore *persons)
{
    ImportResult result;
    result.problems = danglingReferences(store, persons, d);
    if (!result.problems.isEmpty()) {
        result.outcome = ImportResult::Outcome::InvalidDocument;
        return result;
    }

    ImportLog log;
    ImportResult counts;
    const bool committed = store.runInTransaction([&]() -> bool {
        // Folders, parents first.
        QHash<QString, DbId> folderIds = folderIndex(store.folders());
        QVector<qsizetype> order(d.folders.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return d.folders.at(a).path.size() < d.folders.at(b).path.size(); });
        for (const qsizetype i : order) {
            const JsonFolder &jf = d.folders.at(i);
            const QString key = folderKey(jf.contains, jf.path);
            if (folderIds.contains(key))
                continue;
            const QString parentKey = folderKey(jf.contains, jf.path.mid(0, jf.path.size() - 1));
            if (jf.path.size() > 1 && !folderIds.contains(parentKey))
                continue; // the parent failed and is reported already
            Folder folder;
            folder.contains = jf.contains;
            folder.name = jf.path.last();
            folder.parentId = jf.path.size() > 1 ? folderIds.value(parentKey) : 0;
            const SaveResult r = store.save(folder);
            if (log.take(r, QStringLiteral("folders[%1]").arg(i))) {
                folderIds.insert(key, r.id);
                ++counts.foldersCreated;
            }
        }
        const auto folderId = [&](ObjectKind kind, const FolderPath &path) -> DbId {
            return path.isEmpty() ? 0 : folderIds.value(folderKey(kind, path), 0);
        };

        for (qsizetype i = 0; i < d.hosts.size(); ++i) {
            Host host = d.hosts.at(i).host;
            host.folderId = folderId(ObjectKind::Host, d.hosts.at(i).folder);
            const auto existing = store.hostIdByName(host.name);
            if (existing) {
                const auto stored = store.host(*existing);
                host.id = *existing;
                host.version = stored ? stored->version : 0;
            }
            if (log.take(store.save(host), QStringLiteral("hosts[%1]").arg(i)))
                ++(existing ? counts.hostsUpdated : counts.hostsCreated);
        }

        // Applications without the references to each other first, so the
        // order of the document never matters; then backups and connections.
        struct Saved
        {
            DbId id = 0;
            int version = 0;
        };
        QHash<QString, Saved> saved;
        QSet<QString> failed;
        const auto needsSecondPass = [](const JsonApplication &a) {
            return !a.backupName.isEmpty() || !a.app.connections.isEmpty();
        };
        for (qsizetype i = 0; i < d.applications.size(); ++i) {
            const JsonApplication &ja = d.applications.at(i);
            Application app = ja.app;
            app.folderId = folderId(ObjectKind::Application, ja.folder);
            app.hostId = ja.hostName.isEmpty() ? 0 : store.hostIdByName(ja.hostName).value_or(0);
            app.serverInfo.backupId = 0;
            app.connections.clear();
            const auto existing = store.applicationIdByName(app.name);
            if (existing) {
                const auto stored = store.application(*existing);
                app.id = *existing;
                app.version = stored ? stored->version : 0;
            }
            const SaveResult r = store.save(app);
            if (log.take(r, QStringLiteral("applications[%1]").arg(i), !needsSecondPass(ja))) {
                saved.insert(app.name, {r.id, r.version});
                ++(existing ? counts.applicationsUpdated : counts.applicationsCreated);
            } else {
                failed.insert(app.name);
            }
        }
        for (qsizetype i = 0; i < d.applications.size(); ++i) {
            const JsonApplication &ja = d.applications.at(i);
            if (!needsSecondPass(ja) || failed.contains(ja.app.name))
                continue;
            // A reference to an application that failed above would only
            // repeat that failure in other words.
            if (failed.contains(ja.backupName))
                continue;
            if (std::any_of(ja.connectionServers.cbegin(), ja.connectionServers.cend(),
                            [&](const QString &s) { return failed.contains(s); }))
                continue;
            Application app = ja.app;
            app.id = saved.value(app.name).id;
            app.version = saved.value(app.name).version;
            app.folderId = folderId(ObjectKind::Application, ja.folder);
            app.hostId = ja.hostName.isEmpty() ? 0 : store.hostIdByName(ja.hostName).value_or(0);
            app.serverInfo.backupId = ja.backupName.isEmpty() ? 0 : store.applicationIdByName(ja.backupName).value_or(0);
            for (qsizetype c = 0; c < app.connections.size(); ++c)
                app.connections[c].serverId = store.applicationIdByName(ja.connectionServers.at(c)).value_or(0);
            log.take(store.save(app), QStringLiteral("applications[%1]").arg(i));
        }
        return log.problems.isEmpty();
    });

    result = counts;
    result.problems = log.problems;
    if (committed) {
        const bool accounts = persons && (!d.persons.isEmpty() || !d.accessGroups.isEmpty());
        if (accounts) {
            ImportLog accountLog;
            ImportResult accountCounts;
            if (!persons->runInTransaction(
                    [&] { return importAccounts(store, *persons, d, accountLog, accountCounts); })) {
                // Checked beforehand, so only storage (or someone editing the
                // accounts at this very moment) gets here.
                result.outcome = ImportResult::Outcome::StorageFailed;
                result.configurationImported = true;
                result.problems = accountLog.problems;
                result.problems.append(QStringLiteral(
                    "the configuration objects were imported, but no Person or Access Group was changed"));
                return result;
            }
            result.personsCreated = accountCounts.personsCreated;
            result.personsUpdated = accountCounts.personsUpdated;
            result.accessGroupsCreated = accountCounts.accessGroupsCreated;
            result.accessGroupsUpdated = accountCounts.accessGroupsUpdated;
            log.warnings.append(accountLog.warnings);
        }
        result.outcome = ImportResult::Outcome::Imported;
        result.warnings = log.warnings;
        return result;
    }
    result.foldersCreated = result.hostsCreated = result.hostsUpdated = 0;
    result.applicationsCreated = result.applicationsUpdated = 0;
    if (log.problems.isEmpty()) {
        result.outcome = ImportResult::Outcome::StorageFailed;
        result.problems.append(QStringLiteral("the store could not be written; nothing was imported"));
    } else {
        result.outcome = log.storageFailed ? ImportResult::Outcome::StorageFailed : ImportResult::Outcome::Refused;
    }
    return result;
}

} // namespace confman
