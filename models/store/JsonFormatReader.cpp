// Reading the JSON form strictly: every problem is collected with its JSON
// path, nothing is guessed. A key with the wrong type keeps its default so
// the rest of the object is still checked and reported in the same pass.
#include "models/store/JsonFormat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace confman {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString quoted(const QString &s)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// "hosts[0].annex.security" or, for keys that are not plain words, `annex["my section"]`.
QString childPath(const QString &base, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    if (plain.match(key).hasMatch())
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    return base + QLatin1Char('[') + quoted(key) + QLatin1Char(']');
}

QString indexPath(const QString &base, qsizetype i) { return QStringLiteral("%1[%2]").arg(base).arg(i); }

template<typename Enum>
struct EnumNames
{
    std::function<std::optional<Enum>(const QString &)> fromName;
    QStringList names; // for the message
};

class Reader
{
public:
    QVector<DocumentProblem> problems;
    void report(const QString &path, const QString &message) { problems.append({path, message}); }
};

// One JSON object of the document: typed accessors that report problems
// under this object's path and remember which keys were read, so keys
// nobody asked for are reported as unknown.
class ObjectReader
{
public:
    ObjectReader(Reader &reader, const QJsonObject &object, const QString &path)
        : m_reader(reader), m_object(object), m_path(path)
    {
    }

    QString path(const QString &key) const { return childPath(m_path, key); }

    // The value of `key`, or nullopt when absent (then a problem if required).
    std::optional<QJsonValue> take(const QString &key, bool required, const QString &expected)
    {
        m_known.append(key);
        if (!m_object.contains(key)) {
            if (required)
                m_reader.report(path(key), QStringLiteral("missing (%1 is required)").arg(expected));
            return std::nullopt;
        }
        return m_object.value(key);
    }

    void wrongType(const QString &key, const QString &expected, const QJsonValue &v)
    {
        m_reader.report(path(key), QStringLiteral("expected %1, found %2").arg(expected, typeName(v)));
    }

    QString string(const QString &key, const QString &fallback = {}, bool required = false)
    {
        const auto v = take(key, required, QStringLiteral("a string"));
        if (!v)
            return fallback;
        if (!v->isString()) {
            wrongType(key, QStringLiteral("a string"), *v);
            return fallback;
        }
        return v->toString();
    }

    // A name or null; "" stands for null.
    QString nameOrNull(const QString &key)
    {
        const auto v = take(key, false, {});
        if (!v || v->isNull())
            return {};
        if (!v->isString() || v->toString().isEmpty()) {
            if (v->isString())
                m_reader.report(path(key), QStringLiteral("an empty name; use null for none"));
            else
                wrongType(key, QStringLiteral("a name or null"), *v);
            return {};
        }
        return v->toString();
    }

    int integer(const QString &key, int fallback, bool required = false)
    {
        const auto v = take(key, required, QStringLiteral("an integer"));
        if (!v)
            return fallback;
        const double d = v->toDouble();
        if (!v->isDouble() || std::floor(d) != d || d < std::numeric_limits<int>::min()
            || d > std::numeric_limits<int>::max()) {
            if (v->isDouble())
                m_reader.report(path(key), QStringLiteral("%1 is not a whole number in range").arg(d));
            else
                wrongType(key, QStringLiteral("an integer"), *v);
            return fallback;
        }
        return static_cast<int>(d);
    }

    bool boolean(const QString &key, bool fallback)
    {
        const auto v = take(key, false, {});
        if (!v)
            return fallback;
        if (!v->isBool()) {
            wrongType(key, QStringLiteral("true or false"), *v);
            return fallback;
        }
        return v->toBool();
    }

    template<typename Enum>
    Enum enumeration(const QString &key, Enum fallback, const EnumNames<Enum> &names, bool required = false)
    {
        const auto v = take(key, required, QStringLiteral("one of %1").arg(names.names.join(QStringLiteral(", "))));
        if (!v)
            return fallback;
        if (!v->isString()) {
            wrongType(key, QStringLiteral("one of %1").arg(names.names.join(QStringLiteral(", "))), *v);
            return fallback;
        }
        if (const auto e = names.fromName(v->toString()))
            return *e;
        m_reader.report(path(key), QStringLiteral("%1 is not one of %2")
                                       .arg(quoted(v->toString()), names.names.join(QStringLiteral(", "))));
        return fallback;
    }

    // An array (absent = empty); each element handed to `each` with its path.
    void array(const QString &key, const std::function<void(const QJsonValue &, const QString &)> &each)
    {
        const auto v = take(key, false, {});
        if (!v)
            return;
        if (!v->isArray()) {
            wrongType(key, QStringLiteral("an array"), *v);
            return;
        }
        const QJsonArray a = v->toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            each(a.at(i), indexPath(path(key), i));
    }

    // An array of non-empty strings (absent = empty).
    QStringList names(const QString &key)
    {
        QStringList result;
        array(key, [&](const QJsonValue &v, const QString &elementPath) {
            if (!v.isString() || v.toString().isEmpty())
                m_reader.report(elementPath, QStringLiteral("expected a name, found %1")
                                                 .arg(v.isString() ? QStringLiteral("an empty string") : typeName(v)));
            else
                result.append(v.toString());
        });
        return result;
    }

    // A key the format deliberately leaves out: reported with why, not as a typo.
    void refuse(const QString &key, const QString &message)
    {
        m_known.append(key);
        if (m_object.contains(key))
            m_reader.report(path(key), message);
    }

    // A name the store would refuse anyway, caught before anything is written.
    void checkName(const QString &key, const QString &value)
    {
        if (value.isEmpty())
            return; // missing or wrong type: reported already
        if (value != value.trimmed())
            m_reader.report(path(key), QStringLiteral("%1 starts or ends with spaces").arg(quoted(value)));
        else if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
            m_reader.report(path(key), QStringLiteral("%1 holds a control character").arg(quoted(value)));
    }

    std::optional<QJsonObject> object(const QString &key)
    {
        const auto v = take(key, false, {});
        if (!v)
            return std::nullopt;
        if (!v->isObject()) {
            wrongType(key, QStringLiteral("an object"), *v);
            return std::nullopt;
        }
        return v->toObject();
    }

    FolderPath folder(const QString &key, bool allowRoot = true)
    {
        const auto v = take(key, !allowRoot, QStringLiteral("an array of folder names"));
        if (!v || (allowRoot && v->isNull()))
            return {};
        if (!v->isArray()) {
            wrongType(key,
                      allowRoot ? QStringLiteral("an array of folder names or null")
                                : QStringLiteral("an array of folder names"),
                      *v);
            return {};
        }
        FolderPath result;
        const QJsonArray a = v->toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().isEmpty()) {
                m_reader.report(indexPath(path(key), i),
                                QStringLiteral("expected a folder name, found %1")
                                    .arg(a.at(i).isString() ? QStringLiteral("an empty string") : typeName(a.at(i))));
                return {};
            }
            result.append(a.at(i).toString());
        }
        if (result.isEmpty() && !allowRoot)
            m_reader.report(path(key), QStringLiteral("a folder path needs at least one name"));
        return result;
    }

    OptionSections sections(const QString &key)
    {
        OptionSections result;
        const auto o = object(key);
        if (!o)
            return result;
        const QString base = path(key);
        for (auto s = o->constBegin(); s != o->constEnd(); ++s) {
            const QString sectionPath = childPath(base, s.key());
            if (const auto problem = OptionSections::nameProblem(s.key()))
                m_reader.report(sectionPath, QStringLiteral("not a section name: %1").arg(*problem));
            if (!s.value().isObject()) {
                m_reader.report(sectionPath, QStringLiteral("expected an object of options, found %1")
                                                 .arg(typeName(s.value())));
                continue;
            }
            const QJsonObject options = s.value().toObject();
            if (options.isEmpty())
                m_reader.report(sectionPath, QStringLiteral("an empty section (a section holds at least one option)"));
            for (auto opt = options.constBegin(); opt != options.constEnd(); ++opt) {
                const QString optionPath = childPath(sectionPath, opt.key());
                if (const auto problem = OptionSections::nameProblem(opt.key()))
                    m_reader.report(optionPath, QStringLiteral("not an option name: %1").arg(*problem));
                else if (!opt.value().isString())
                    m_reader.report(optionPath, QStringLiteral("expected a string, found %1").arg(typeName(opt.value())));
                else
                    result.set(s.key(), opt.key(), opt.value().toString());
            }
        }
        return result;
    }

    // Call last: every key that was not read is unknown (a typo would
    // otherwise silently drop a value).
    void reportUnknownKeys()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!m_known.contains(it.key()))
                m_reader.report(path(it.key()), QStringLiteral("unknown key"));
    }

private:
    Reader &m_reader;
    QJsonObject m_object;
    QString m_path;
    QStringList m_known;
};

const EnumNames<OsType> &osTypes()
{
    static const EnumNames<OsType> n{osTypeFromName, [] {
                                         QStringList l;
                                         for (auto t : allOsTypes())
                                             l << osTypeName(t);
                                         return l;
                                     }()};
    return n;
}

const EnumNames<AppType> &appTypes()
{
    static const EnumNames<AppType> n{appTypeFromName, [] {
                                          QStringList l;
                                          for (auto t : allAppTypes())
                                              l << appTypeName(t);
                                          return l;
                                      }()};
    return n;
}

const EnumNames<ListeningMode> &listeningModes()
{
    static const EnumNames<ListeningMode> n{
        listeningModeFromKey,
        {listeningModeKey(ListeningMode::Unsecured), listeningModeKey(ListeningMode::Secured),
         listeningModeKey(ListeningMode::AutoDetect)}};
    return n;
}

const EnumNames<RedundancyType> &redundancyTypes()
{
    static const EnumNames<RedundancyType> n{
        redundancyTypeFromKey,
        {redundancyTypeKey(RedundancyType::NotSpecified), redundancyTypeKey(RedundancyType::WarmStandby),
         redundancyTypeKey(RedundancyType::HotStandby)}};
    return n;
}

const EnumNames<AddpTrace> &addpTraces()
{
    static const EnumNames<AddpTrace> n{addpTraceFromKey,
                                        {addpTraceKey(AddpTrace::Off), addpTraceKey(AddpTrace::Local),
                                         addpTraceKey(AddpTrace::Remote), addpTraceKey(AddpTrace::Full)}};
    return n;
}

const EnumNames<ObjectKind> &folderKinds()
{
    static const std::vector<ObjectKind> kinds = {ObjectKind::Host, ObjectKind::Application, ObjectKind::Person,
                                                  ObjectKind::AccessGroup};
    static const EnumNames<ObjectKind> n{[](const QString &name) -> std::optional<ObjectKind> {
                                             for (auto k : kinds)
                                                 if (folderKindKey(k) == name)
                                                     return k;
                                             return std::nullopt;
                                         },
                                         [] {
                                             QStringList l;
                                             for (auto k : kinds)
                                                 l << folderKindKey(k);
                                             return l;
                                         }()};
    return n;
}

// What a grant can be on: the folder kinds and folders themselves.
const EnumNames<ObjectKind> &grantKinds()
{
    static const std::vector<ObjectKind> kinds = {ObjectKind::Folder, ObjectKind::Host, ObjectKind::Application,
                                                  ObjectKind::Person, ObjectKind::AccessGroup};
    static const EnumNames<ObjectKind> n{[](const QString &name) -> std::optional<ObjectKind> {
                                             for (auto k : kinds)
                                                 if (objectKindName(k) == name)
                                                     return k;
                                             return std::nullopt;
                                         },
                                         [] {
                                             QStringList l;
                                             for (auto k : kinds)
                                                 l << objectKindName(k);
                                             return l;
                                         }()};
    return n;
}

// Runs `read` on `value` when it is an object, else reports it.
bool asObject(Reader &reader, const QJsonValue &value, const QString &path,
              const std::function<void(ObjectReader &)> &read)
{
    if (!value.isObject()) {
        reader.report(path, QStringLiteral("expected an object, found %1").arg(typeName(value)));
        return false;
    }
    ObjectReader r(reader, value.toObject(), path);
    read(r);
    r.reportUnknownKeys();
    return true;
}

JsonFolder readFolder(ObjectReader &r)
{
    JsonFolder f;
    f.contains = r.enumeration(QStringLiteral("contains"), ObjectKind::Host, folderKinds(), true);
    f.path = r.folder(QStringLiteral("path"), false);
    return f;
}

JsonHost readHost(ObjectReader &r)
{
    JsonHost entry;
    Host &h = entry.host;
    h.name = r.string(QStringLiteral("name"), {}, true);
    h.address = r.string(QStringLiteral("address"));
    h.osType = r.enumeration(QStringLiteral("osType"), h.osType, osTypes());
    h.lcaPort = r.integer(QStringLiteral("lcaPort"), h.lcaPort);
    h.enabled = r.boolean(QStringLiteral("enabled"), h.enabled);
    entry.folder = r.folder(QStringLiteral("folder"));
    h.certificateDescription = r.string(QStringLiteral("certificateDescription"));
    h.annex = r.sections(QStringLiteral("annex"));
    return entry;
}

Port readPort(ObjectReader &r)
{
    Port p;
    p.id = r.string(QStringLiteral("id"), p.id);
    p.port = r.integer(QStringLiteral("port"), p.port, true);
    p.protocol = r.string(QStringLiteral("protocol"));
    p.listeningMode = r.enumeration(QStringLiteral("listeningMode"), p.listeningMode, listeningModes());
    p.haSync = r.boolean(QStringLiteral("haSync"), p.haSync);
    p.transport = r.string(QStringLiteral("transport"));
    return p;
}

Connection readConnection(ObjectReader &r, QString *server)
{
    Connection c;
    *server = r.string(QStringLiteral("server"), {}, true);
    c.portId = r.string(QStringLiteral("portId"), c.portId);
    c.protocol = r.string(QStringLiteral("protocol"));
    c.addpLocalTimeout = r.integer(QStringLiteral("addpLocalTimeout"), c.addpLocalTimeout);
    c.addpRemoteTimeout = r.integer(QStringLiteral("addpRemoteTimeout"), c.addpRemoteTimeout);
    c.addpTrace = r.enumeration(QStringLiteral("addpTrace"), c.addpTrace, addpTraces());
    c.transportParams = r.string(QStringLiteral("transportParams"));
    return c;
}

StartInfo readStartInfo(ObjectReader &r)
{
    StartInfo s;
    s.workingDirectory = r.string(QStringLiteral("workingDirectory"));
    s.commandLine = r.string(QStringLiteral("commandLine"));
    s.commandLineArguments = r.string(QStringLiteral("commandLineArguments"));
    s.startupTimeout = r.integer(QStringLiteral("startupTimeout"), s.startupTimeout);
    s.shutdownTimeout = r.integer(QStringLiteral("shutdownTimeout"), s.shutdownTimeout);
    s.autoRestart = r.boolean(QStringLiteral("autoRestart"), s.autoRestart);
    return s;
}

JsonApplication readApplication(Reader &reader, ObjectReader &r)
{
    JsonApplication entry;
    Application &a = entry.app;
    a.name = r.string(QStringLiteral("name"), {}, true);
    a.type = r.enumeration(QStringLiteral("type"), a.type, appTypes(), true);
    a.templateVersion = r.string(QStringLiteral("templateVersion"));
    entry.hostName = r.nameOrNull(QStringLiteral("host"));
    a.enabled = r.boolean(QStringLiteral("enabled"), a.enabled);
    entry.folder = r.folder(QStringLiteral("folder"));
    entry.backupName = r.nameOrNull(QStringLiteral("backup"));
    a.serverInfo.redundancyType =
        r.enumeration(QStringLiteral("redundancyType"), a.serverInfo.redundancyType, redundancyTypes());
    a.serverInfo.reconnectTimeout = r.integer(QStringLiteral("reconnectTimeout"), a.serverInfo.reconnectTimeout);
    a.serverInfo.reconnectAttempts = r.integer(QStringLiteral("reconnectAttempts"), a.serverInfo.reconnectAttempts);
    r.array(QStringLiteral("ports"), [&](const QJsonValue &v, const QString &path) {
        asObject(reader, v, path, [&](ObjectReader &pr) { a.serverInfo.ports.append(readPort(pr)); });
    });
    if (const auto s = r.object(QStringLiteral("startInfo"))) {
        ObjectReader sr(reader, *s, r.path(QStringLiteral("startInfo")));
        a.startInfo = readStartInfo(sr);
        sr.reportUnknownKeys();
    }
    r.array(QStringLiteral("connections"), [&](const QJsonValue &v, const QString &path) {
        asObject(reader, v, path, [&](ObjectReader &cr) {
            QString server;
            a.connections.append(readConnection(cr, &server));
            entry.connectionServers.append(server);
        });
    });
    a.options = r.sections(QStringLiteral("options"));
    a.annex = r.sections(QStringLiteral("annex"));
    return entry;
}

const EnumNames<Permission> &permissionNamesForReading()
{
    static const EnumNames<Permission> n{permissionFromKey, permissionKeys(allPermissions())};
    return n;
}

JsonPerson readPerson(ObjectReader &r)
{
    JsonPerson entry;
    Person &p = entry.person;
    p.userName = r.string(QStringLiteral("userName"), {}, true);
    r.checkName(QStringLiteral("userName"), p.userName);
    p.firstName = r.string(QStringLiteral("firstName"));
    p.lastName = r.string(QStringLiteral("lastName"));
    p.employeeId = r.string(QStringLiteral("employeeId"));
    p.enabled = r.boolean(QStringLiteral("enabled"), p.enabled);
    entry.folder = r.folder(QStringLiteral("folder"));
    entry.memberOf = r.names(QStringLiteral("memberOf"));
    const QString noSecrets = QStringLiteral("passwords are never exported or imported; set one with "
                                             "confmanctl user passwd NAME --password-stdin");
    r.refuse(QStringLiteral("password"), noSecrets);
    r.refuse(QStringLiteral("passwordHash"), noSecrets);
    return entry;
}

JsonAccessGroup readAccessGroup(Reader &reader, ObjectReader &r)
{
    JsonAccessGroup entry;
    AccessGroup &g = entry.group;
    g.name = r.string(QStringLiteral("name"), {}, true);
    r.checkName(QStringLiteral("name"), g.name);
    g.isDefault = r.boolean(QStringLiteral("default"), g.isDefault);
    entry.folder = r.folder(QStringLiteral("folder"));
    entry.members = r.names(QStringLiteral("members"));
    r.array(QStringLiteral("permissions"), [&](const QJsonValue &v, const QString &path) {
        asObject(reader, v, path, [&](ObjectReader &pr) {
            PermissionGrant grant;
            grant.kind = pr.enumeration(QStringLiteral("kind"), grant.kind, grantKinds(), true);
            const FolderPath folder = pr.folder(QStringLiteral("folder"));
            ObjectKind folderKind = grant.kind;
            if (const auto fk = pr.take(QStringLiteral("folderKind"), false, {})) {
                if (grant.kind != ObjectKind::Folder || folder.isEmpty())
                    reader.report(pr.path(QStringLiteral("folderKind")),
                                  QStringLiteral("only for a grant of kind Folder with a folder"));
                else
                    folderKind = pr.enumeration(QStringLiteral("folderKind"), ObjectKind::Host, folderKinds());
            } else if (grant.kind == ObjectKind::Folder && !folder.isEmpty()) {
                reader.report(pr.path(QStringLiteral("folderKind")),
                              QStringLiteral("missing (a grant of kind Folder with a folder names the folder's kind: "
                                             "%1)")
                                  .arg(folderKinds().names.join(QStringLiteral(", "))));
            }
            pr.array(QStringLiteral("rights"), [&](const QJsonValue &right, const QString &rightPath) {
                const auto p = right.isString() ? permissionFromKey(right.toString()) : std::nullopt;
                if (p)
                    grant.rights |= *p;
                else
                    reader.report(rightPath, QStringLiteral("%1 is not one of %2")
                                                 .arg(right.isString() ? quoted(right.toString()) : typeName(right),
                                                      permissionNamesForReading().names.join(QStringLiteral(", "))));
            });
            g.permissions.append(grant);
            entry.grantFolders.append(folder);
            entry.grantFolderKinds.append(folderKind);
        });
    });
    return entry;
}

// Duplicate names within one array: the second and later are reported.
template<typename Entry, typename NameOf>
void reportDuplicates(Reader &reader, const QVector<Entry> &entries, const QStringList &paths, const QString &what,
                      NameOf nameOf)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString name = nameOf(entries.at(i));
        if (name.isEmpty())
            continue;
        if (const auto it = first.constFind(name); it != first.cend())
            reader.report(paths.at(i), QStringLiteral("%1 %2 appears twice (also %3)").arg(what, quoted(name), paths.at(*it)));
        else
            first.insert(name, i);
    }
}

int lineOfOffset(const QByteArray &json, int offset, int *column)
{
    const QByteArray before = json.left(offset);
    const int lastNewline = before.lastIndexOf('\n');
    *column = offset - lastNewline;
    return before.count('\n') + 1;
}

} // namespace

ParsedDocument parseConfigurationDocument(const QByteArray &json)
{
    ParsedDocument result;
    Reader reader;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int column = 0;
        const int line = lineOfOffset(json, parseError.offset, &column);
        result.problems.append({QString(), QStringLiteral("not valid JSON: %1 at line %2, column %3")
                                               .arg(parseError.errorString())
                                               .arg(line)
                                               .arg(column)});
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append({QString(), QStringLiteral("expected a JSON object at the top level, found %1")
                                               .arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("something else"))});
        return result;
    }

    ObjectReader top(reader, doc.object(), QString());
    // The version decides how to read the rest: stop at once when it is not ours.
    const int version = top.integer(QStringLiteral("formatVersion"), 0, true);
    if (!reader.problems.isEmpty()) {
        result.problems = reader.problems;
        return result;
    }
    if (version != kJsonFormatVersion) {
        result.problems.append({QStringLiteral("formatVersion"),
                                QStringLiteral("%1 is not supported (this Confman reads version %2)")
                                    .arg(version)
                                    .arg(kJsonFormatVersion)});
        return result;
    }

    ConfigurationDocument &d = result.document;
    QStringList folderPaths, hostPaths, applicationPaths;
    top.array(QStringLiteral("folders"), [&](const QJsonValue &v, const QString &path) {
        asObject(reader, v, path, [&](ObjectReader &r) {
            d.folders.append(readFolder(r));
            folderPaths.append(path);
        });
    });
    top.array(QStringLiteral("hosts"), [&](const QJsonValue &v, const QString &path) {
        asObject(reader, v, path, [&](ObjectReader &r) {
            d.hosts.append(readHost(r));
            hostPaths.append(path);
        });
    });
    top.array(QStringLiteral("applications"), [&](const QJsonValue &v, const QString &path) {
        asObject(reader, v, path, [&](ObjectReader &r) {
            d.applications.append(readApplication(reader, r));
            applicationPaths.append(path);
        });
    });
    QStringList personPaths, accessGroupPaths;
    d.hasAccounts = doc.object().contains(QStringLiteral("persons"))
        || doc.object().contains(QStringLiteral("accessGroups"));
    top.array(QStringLiteral("persons"), [&](const QJsonValue &v, const QString &path) {
        asObject(reader, v, path, [&](ObjectReader &r) {
            d.persons.append(readPerson(r));
            personPaths.append(path);
        });
    });
    top.array(QStringLiteral("accessGroups"), [&](const QJsonValue &v, const QString &path) {
        asObject(reader, v, path, [&](ObjectReader &r) {
            d.accessGroups.append(readAccessGroup(reader, r));
            accessGroupPaths.append(path);
        });
    });
    top.reportUnknownKeys();

    reportDuplicates(reader, d.persons, personPaths, QStringLiteral("user name"),
                     [](const JsonPerson &p) { return p.person.userName; });
    reportDuplicates(reader, d.accessGroups, accessGroupPaths, QStringLiteral("access group"),
                     [](const JsonAccessGroup &g) { return g.group.name; });
    reportDuplicates(reader, d.folders, folderPaths, QStringLiteral("folder"), [](const JsonFolder &f) {
        return f.path.isEmpty() ? QString() : folderKindKey(f.contains) + QLatin1Char(':') + folderPathText(f.path);
    });
    reportDuplicates(reader, d.hosts, hostPaths, QStringLiteral("host"), [](const JsonHost &h) { return h.host.name; });
    reportDuplicates(reader, d.applications, applicationPaths, QStringLiteral("application"),
                     [](const JsonApplication &a) { return a.app.name; });

    result.problems = reader.problems;
    return result;
}

} // namespace confman
