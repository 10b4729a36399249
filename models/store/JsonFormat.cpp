// Writing the JSON form. Reading is in JsonFormatReader.cpp.
#include "models/store/JsonFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

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

} // namespace

QJsonObject toJsonObject(const ConfigurationDocument &document)
{
    // Sort copies so the output never depends on the order the store or the
    // caller happened to produce.
    auto folders = document.folders;
    std::sort(folders.begin(), folders.end(), [](const JsonFolder &a, const JsonFolder &b) {
        const QString ka = folderKindKey(a.contains), kb = folderKindKey(b.contains);
        if (ka != kb)
            return ka < kb;
        return std::lexicographical_compare(a.path.cbegin(), a.path.cend(), b.path.cbegin(), b.path.cend());
    });
    auto hosts = document.hosts;
    std::sort(hosts.begin(), hosts.end(), [](const JsonHost &a, const JsonHost &b) { return a.host.name < b.host.name; });
    auto applications = document.applications;
    std::sort(applications.begin(), applications.end(),
              [](const JsonApplication &a, const JsonApplication &b) { return a.app.name < b.app.name; });

    QJsonArray foldersJson, hostsJson, applicationsJson;
    for (const auto &f : folders)
        foldersJson.append(folderJson(f));
    for (const auto &h : hosts)
        hostsJson.append(hostJson(h));
    for (const auto &a : applications)
        applicationsJson.append(applicationJson(a));
    return QJsonObject{
        {QStringLiteral("formatVersion"), kJsonFormatVersion},
        {QStringLiteral("folders"), foldersJson},
        {QStringLiteral("hosts"), hostsJson},
        {QStringLiteral("applications"), applicationsJson},
    };
}

QByteArray toJsonBytes(const ConfigurationDocument &document)
{
    return QJsonDocument(toJsonObject(document)).toJson(QJsonDocument::Indented);
}

} // namespace confman
