// Writing the JSON form. Reading is in JsonFormatReader.cpp.
#include "models/store/JsonFormat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <numeric>

namespace confman {

QString DocumentProblem::toString() const
{
    return path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
}

QString folderKindKey(ObjectKind kind) { return objectKindName(kind); }

QString folderPathText(const FolderPath &path) { return path.join(QLatin1Char('/')); }

namespace {

QJsonValue nameOrNull(const QString &name) { return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name); }

QJsonValue folderJson(const FolderPath &path)
{
    return path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(path));
}

QJsonObject sectionsJson(const OptionSections &sections)
{
    QJsonObject result;
    for (auto s = sections.sections().cbegin(); s != sections.sections().cend(); ++s) {
        QJsonObject options;
        for (auto o = s->cbegin(); o != s->cend(); ++o)
            options.insert(o.key(), o.value());
        result.insert(s.key(), options);
    }
    return result;
}

QJsonObject folderJson(const JsonFolder &folder)
{
    return QJsonObject{
        {QStringLiteral("contains"), folderKindKey(folder.contains)},
        {QStringLiteral("path"), QJsonArray::fromStringList(folder.path)},
    };
}

QJsonObject hostJson(const JsonHost &entry)
{
    const Host &h = entry.host;
    return QJsonObject{
        {QStringLiteral("name"), h.name},
        {QStringLiteral("address"), h.address},
        {QStringLiteral("osType"), osTypeName(h.osType)},
        {QStringLiteral("lcaPort"), h.lcaPort},
        {QStringLiteral("enabled"), h.enabled},
        {QStringLiteral("folder"), folderJson(entry.folder)},
        {QStringLiteral("certificateDescription"), h.certificateDescription},
        {QStringLiteral("annex"), sectionsJson(h.annex)},
    };
}

QJsonObject portJson(const Port &p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("port"), p.port},
        {QStringLiteral("protocol"), p.protocol},
        {QStringLiteral("listeningMode"), listeningModeKey(p.listeningMode)},
        {QStringLiteral("haSync"), p.haSync},
        {QStringLiteral("transport"), p.transport},
    };
}

QJsonObject connectionJson(const Connection &c, const QString &serverName)
{
    return QJsonObject{
        {QStringLiteral("server"), serverName},
        {QStringLiteral("portId"), c.portId},
        {QStringLiteral("protocol"), c.protocol},
        {QStringLiteral("addpLocalTimeout"), c.addpLocalTimeout},
        {QStringLiteral("addpRemoteTimeout"), c.addpRemoteTimeout},
        {QStringLiteral("addpTrace"), addpTraceKey(c.addpTrace)},
        {QStringLiteral("transportParams"), c.transportParams},
    };
}

QJsonObject startInfoJson(const StartInfo &s)
{
    return QJsonObject{
        {QStringLiteral("workingDirectory"), s.workingDirectory},
        {QStringLiteral("commandLine"), s.commandLine},
        {QStringLiteral("commandLineArguments"), s.commandLineArguments},
        {QStringLiteral("startupTimeout"), s.startupTimeout},
        {QStringLiteral("shutdownTimeout"), s.shutdownTimeout},
        {QStringLiteral("autoRestart"), s.autoRestart},
    };
}

QJsonObject applicationJson(const JsonApplication &entry)
{
    const Application &a = entry.app;
    QJsonArray ports;
    for (const Port &p : a.serverInfo.ports)
        ports.append(portJson(p));
    QJsonArray connections;
    for (qsizetype i = 0; i < a.connections.size(); ++i)
        connections.append(connectionJson(a.connections.at(i), entry.connectionServers.value(i)));
    return QJsonObject{
        {QStringLiteral("name"), a.name},
        {QStringLiteral("type"), appTypeName(a.type)},
        {QStringLiteral("templateVersion"), a.templateVersion},
        {QStringLiteral("host"), nameOrNull(entry.hostName)},
        {QStringLiteral("enabled"), a.enabled},
        {QStringLiteral("folder"), folderJson(entry.folder)},
        {QStringLiteral("backup"), nameOrNull(entry.backupName)},
        {QStringLiteral("redundancyType"), redundancyTypeKey(a.serverInfo.redundancyType)},
        {QStringLiteral("reconnectTimeout"), a.serverInfo.reconnectTimeout},
        {QStringLiteral("reconnectAttempts"), a.serverInfo.reconnectAttempts},
        {QStringLiteral("ports"), ports},
        {QStringLiteral("startInfo"), startInfoJson(a.startInfo)},
        {QStringLiteral("connections"), connections},
        {QStringLiteral("options"), sectionsJson(a.options)},
        {QStringLiteral("annex"), sectionsJson(a.annex)},
    };
}

QJsonArray sortedNames(QStringList names)
{
    names.sort();
    names.removeDuplicates();
    return QJsonArray::fromStringList(names);
}

// Never the password hash: a Person in the document is who they are and
// which groups they belong to, nothing that lets anyone log in.
QJsonObject personJson(const JsonPerson &entry)
{
    const Person &p = entry.person;
    return QJsonObject{
        {QStringLiteral("userName"), p.userName},
        {QStringLiteral("firstName"), p.firstName},
        {QStringLiteral("lastName"), p.lastName},
        {QStringLiteral("employeeId"), p.employeeId},
        {QStringLiteral("enabled"), p.enabled},
        {QStringLiteral("folder"), folderJson(entry.folder)},
        {QStringLiteral("memberOf"), sortedNames(entry.memberOf)},
    };
}

QJsonObject accessGroupJson(const JsonAccessGroup &entry)
{
    const AccessGroup &g = entry.group;
    QJsonArray permissions;
    for (qsizetype i = 0; i < g.permissions.size(); ++i) {
        const PermissionGrant &grant = g.permissions.at(i);
        const FolderPath folder = entry.grantFolders.value(i);
        QJsonObject grantJson{
            {QStringLiteral("kind"), objectKindName(grant.kind)},
            {QStringLiteral("folder"), folderJson(folder)},
            {QStringLiteral("rights"), QJsonArray::fromStringList(permissionKeys(grant.rights))},
        };
        // A grant on folders names which kind of folder its folder is.
        if (grant.kind == ObjectKind::Folder && !folder.isEmpty())
            grantJson.insert(QStringLiteral("folderKind"), folderKindKey(entry.grantFolderKinds.value(i)));
        permissions.append(grantJson);
    }
    return QJsonObject{
        {QStringLiteral("name"), g.name},
        {QStringLiteral("default"), g.isDefault},
        {QStringLiteral("folder"), folderJson(entry.folder)},
        {QStringLiteral("members"), sortedNames(entry.members)},
        {QStringLiteral("permissions"), permissions},
    };
}

} // namespace

namespace {

// The order the output lists things in, as indexes into the document's lists
// (sorting indexes, not copies of 50,000 applications).
struct OutputOrder
{
    QVector<qsizetype> folders, hosts, applications, persons, accessGroups;
};

template <typename List, typename Less>
QVector<qsizetype> sortedIndexes(const List &list, Less less)
{
    QVector<qsizetype> order(list.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return less(list.at(a), list.at(b)); });
    return order;
}

// Folders by kind then path, hosts and applications by name, so the output
// never depends on the order the store or the caller happened to produce.
OutputOrder outputOrder(const ConfigurationDocument &document)
{
    OutputOrder order;
    order.folders = sortedIndexes(document.folders, [](const JsonFolder &a, const JsonFolder &b) {
        const QString ka = folderKindKey(a.contains), kb = folderKindKey(b.contains);
        if (ka != kb)
            return ka < kb;
        return std::lexicographical_compare(a.path.cbegin(), a.path.cend(), b.path.cbegin(), b.path.cend());
    });
    order.hosts = sortedIndexes(document.hosts,
                                [](const JsonHost &a, const JsonHost &b) { return a.host.name < b.host.name; });
    order.applications = sortedIndexes(document.applications, [](const JsonApplication &a, const JsonApplication &b) {
        return a.app.name < b.app.name;
    });
    order.persons = sortedIndexes(document.persons, [](const JsonPerson &a, const JsonPerson &b) {
        return a.person.userName < b.person.userName;
    });
    order.accessGroups = sortedIndexes(document.accessGroups, [](const JsonAccessGroup &a, const JsonAccessGroup &b) {
        return a.group.name < b.group.name;
    });
    return order;
}

// One element of a top-level array in the layout of QJsonDocument::Indented
// (four spaces a level; the elements sit at level 2): the element alone
// through QJsonDocument, every line shifted. JSON strings never hold a raw
// newline, so each '\n' starts a line.
QByteArray arrayElementText(const QJsonObject &element)
{
    static const QByteArray indent(8, ' ');
    QByteArray text = QJsonDocument(element).toJson(QJsonDocument::Indented);
    text.chop(1); // QJsonDocument ends the document with a newline; the array goes on
    QByteArray shifted;
    shifted.reserve(text.size() + (text.count('\n') + 1) * indent.size());
    shifted += indent;
    for (const char c : std::as_const(text)) {
        shifted += c;
        if (c == '\n')
            shifted += indent;
    }
    return shifted;
}

// `"key": [ ... ]` with its elements written one at a time.
template <typename ElementJson>
bool writeArray(QIODevice &out, const char *key, const QVector<qsizetype> &order, ElementJson elementJson,
                bool last)
{
    bool ok = out.write("    \"") >= 0 && out.write(key) >= 0 && out.write("\": [\n") >= 0;
    for (qsizetype i = 0; ok && i < order.size(); ++i) {
        ok = out.write(arrayElementText(elementJson(order.at(i)))) >= 0
            && out.write(i + 1 < order.size() ? ",\n" : "\n") >= 0;
    }
    return ok && out.write(last ? "    ]\n" : "    ],\n") >= 0;
}

} // namespace

QJsonObject toJsonObject(const ConfigurationDocument &document)
{
    const OutputOrder order = outputOrder(document);
    QJsonArray foldersJson, hostsJson, applicationsJson;
    for (const qsizetype i : order.folders)
        foldersJson.append(folderJson(document.folders.at(i)));
    for (const qsizetype i : order.hosts)
        hostsJson.append(hostJson(document.hosts.at(i)));
    for (const qsizetype i : order.applications)
        applicationsJson.append(applicationJson(document.applications.at(i)));
    QJsonObject result{
        {QStringLiteral("formatVersion"), kJsonFormatVersion},
        {QStringLiteral("folders"), foldersJson},
        {QStringLiteral("hosts"), hostsJson},
        {QStringLiteral("applications"), applicationsJson},
    };
    if (document.hasAccounts) {
        QJsonArray personsJson, accessGroupsJson;
        for (const qsizetype i : order.persons)
            personsJson.append(personJson(document.persons.at(i)));
        for (const qsizetype i : order.accessGroups)
            accessGroupsJson.append(accessGroupJson(document.accessGroups.at(i)));
        result.insert(QStringLiteral("persons"), personsJson);
        result.insert(QStringLiteral("accessGroups"), accessGroupsJson);
    }
    return result;
}

bool writeJson(const ConfigurationDocument &document, QIODevice &out)
{
    // The bytes of QJsonDocument(toJsonObject(document)).toJson(Indented),
    // keys in its (sorted) order, without building the tree or the whole text.
    const OutputOrder order = outputOrder(document);
    const bool accounts = document.hasAccounts;
    return out.write("{\n") >= 0
        && (!accounts
            || writeArray(out, "accessGroups", order.accessGroups,
                          [&](qsizetype i) { return accessGroupJson(document.accessGroups.at(i)); }, false))
        && writeArray(out, "applications", order.applications,
                      [&](qsizetype i) { return applicationJson(document.applications.at(i)); }, false)
        && writeArray(out, "folders", order.folders, [&](qsizetype i) { return folderJson(document.folders.at(i)); },
                      false)
        && out.write(QByteArray("    \"formatVersion\": ") + QByteArray::number(kJsonFormatVersion) + ",\n") >= 0
        && writeArray(out, "hosts", order.hosts, [&](qsizetype i) { return hostJson(document.hosts.at(i)); }, !accounts)
        && (!accounts
            || writeArray(out, "persons", order.persons,
                          [&](qsizetype i) { return personJson(document.persons.at(i)); }, true))
        && out.write("}\n") >= 0;
}

QByteArray toJsonBytes(const ConfigurationDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeJson(document, buffer);
    return bytes;
}

} // namespace confman
