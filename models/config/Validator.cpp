#include "models/config/Validator.h"

#include "models/config/NetworkAddress.h"
#include "models/config/TransportParams.h"
#include "models/config/TransportString.h"
#include "models/config/ValidatorSupport.h"

#include <QSet>

#include <algorithm>

namespace confman {

using validation::FindingSink;
using validation::portField;

namespace {

// S1: non-empty after trimming, already trimmed, unique per type (the
// object itself excluded by id). Hosts and applications are separate namespaces.
void checkName(const QString &name, const QString &kind, DbId selfId, std::optional<DbId> sameName,
               FindingSink &sink)
{
    const QString field = QStringLiteral("name");
    if (name.trimmed().isEmpty()) {
        sink.error(QStringLiteral("name.empty"), field, QStringLiteral("Name: a %1 needs a name.").arg(kind));
        return;
    }
    if (name != name.trimmed())
        sink.error(QStringLiteral("name.untrimmed"), field,
                   QStringLiteral("Name: \"%1\" must not start or end with spaces.").arg(name));
    if (sameName && *sameName != selfId)
        sink.error(QStringLiteral("name.duplicate"), field,
                   QStringLiteral("Name: another %1 is already named \"%2\"; %1 names must be unique.")
                       .arg(kind, name));
}

// S1: Annex / Options section and key names.
void checkOptionNames(const OptionSections &sections, const QString &area, FindingSink &sink)
{
    for (auto s = sections.sections().cbegin(); s != sections.sections().cend(); ++s) {
        const QString sectionField = QStringLiteral("%1[%2]").arg(area, s.key());
        if (const auto problem = OptionSections::nameProblem(s.key()))
            sink.error(QStringLiteral("option.section-name-invalid"), sectionField,
                       QStringLiteral("%1: section name \"%2\" is not valid: %3.").arg(area, s.key(), *problem));
        for (auto k = s->cbegin(); k != s->cend(); ++k)
            if (const auto problem = OptionSections::nameProblem(k.key()))
                sink.error(QStringLiteral("option.key-name-invalid"), sectionField + QLatin1Char('.') + k.key(),
                           QStringLiteral("%1: option name \"%2\" in section \"%3\" is not valid: %4.")
                               .arg(area, k.key(), s.key(), *problem));
    }
}

void checkNonNegative(int value, const QString &code, const QString &field, const QString &label,
                      FindingSink &sink)
{
    if (value < 0)
        sink.error(code, field, QStringLiteral("%1: %2 is negative; it must be 0 or more.").arg(label).arg(value));
}

bool isPortNumber(int port) { return port >= 1 && port <= 65535; }

void checkPorts(const Application &app, const ValidationContext &ctx, FindingSink &sink)
{
    const auto &ports = app.serverInfo.ports;
    if (ports.isEmpty()) {
        sink.error(QStringLiteral("ports.none"), QStringLiteral("ports"),
                   QStringLiteral("Ports: a server application needs at least one port (Port ID `default`)."));
        return;
    }
    if (!app.serverInfo.port(QStringLiteral("default")))
        sink.error(QStringLiteral("ports.default-missing"), QStringLiteral("ports"),
                   QStringLiteral("Ports: a server application needs a port with Port ID `default`."));

    QSet<QString> seenIds;
    QHash<int, QString> seenNumbers; // number -> Port ID, inside this application
    for (qsizetype i = 0; i < ports.size(); ++i) {
        const Port &p = ports.at(i);
        const QString field = portField(p, i);
        const QString label = p.id.isEmpty() ? QStringLiteral("port %1").arg(i + 1)
                                             : QStringLiteral("port `%1`").arg(p.id);
        if (p.id.trimmed().isEmpty())
            sink.error(QStringLiteral("port.id-empty"), field + QStringLiteral(".id"),
                       QStringLiteral("Port ID of port %1 is empty; every port needs one.").arg(i + 1));
        else if (seenIds.contains(p.id))
            sink.error(QStringLiteral("port.id-duplicate"), field + QStringLiteral(".id"),
                       QStringLiteral("Port ID `%1` is used twice; Port IDs must be unique in an application.")
                           .arg(p.id));
        seenIds.insert(p.id);

        if (!isPortNumber(p.port)) {
            sink.error(QStringLiteral("port.range"), field + QStringLiteral(".port"),
                       QStringLiteral("Communication Port of %1: %2 is not a port number (1..65535).")
                           .arg(label)
                           .arg(p.port));
        } else if (app.enabled && app.hostId != 0) {
            if (seenNumbers.contains(p.port)) {
                sink.error(QStringLiteral("port.duplicate-in-application"), field + QStringLiteral(".port"),
                           QStringLiteral("Communication Port of %1: %2 is already used by port `%3` of this "
                                          "application.")
                               .arg(label)
                               .arg(p.port)
                               .arg(seenNumbers.value(p.port)));
            } else {
                for (const auto &user : ctx.portUsers(app.hostId, p.port)) {
                    if (user.applicationId == app.id && app.id != 0)
                        continue;
                    sink.error(QStringLiteral("port.duplicate-on-host"), field + QStringLiteral(".port"),
                               QStringLiteral("Communication Port of %1: %2 is already used on this host by port "
                                              "`%3` of the enabled application \"%4\".")
                                   .arg(label)
                                   .arg(p.port)
                                   .arg(user.portId, user.applicationName));
                    break;
                }
            }
            seenNumbers.insert(p.port, p.id);
        }

        if (p.listeningMode == ListeningMode::AutoDetect && app.type != AppType::ConfigurationServer)
            sink.error(QStringLiteral("port.auto-detect-not-config-server"), field + QStringLiteral(".listeningMode"),
                       QStringLiteral("Listening Mode of %1: Auto Detect is only available on a Configuration "
                                      "Server application.")
                           .arg(label));

        const auto transport = TransportString::parse(p.transport);
        if (!transport.ok()) {
            sink.error(QStringLiteral("port.transport-invalid"), field + QStringLiteral(".transport"),
                       QStringLiteral("Transport parameters of %1 are not valid: %2.")
                           .arg(label, transport.error->describe()));
        } else if (transport.value.tls && p.listeningMode == ListeningMode::Unsecured) {
            sink.error(QStringLiteral("port.transport-contradicts-mode"), field + QStringLiteral(".transport"),
                       QStringLiteral("Transport parameters of %1 say tls=1 but its Listening Mode is Unsecured; "
                                      "choose Secured or remove tls=1.")
                           .arg(label));
        }
    }
}

void checkBackup(const Application &app, const ValidationContext &ctx, FindingSink &sink)
{
    const ServerInfo &info = app.serverInfo;
    const auto offered = redundancyTypesFor(app.type);
    if (std::find(offered.begin(), offered.end(), info.redundancyType) == offered.end())
        sink.error(QStringLiteral("backup.redundancy-type-not-offered"), QStringLiteral("redundancyType"),
                   QStringLiteral("Redundancy Type: %1 is not available for a %2 application.")
                       .arg(redundancyTypeName(info.redundancyType), appTypeName(app.type)));
    if (info.backupId == 0)
        return;
    const QString field = QStringLiteral("backupId");
    if (info.backupId == app.id) {
        sink.error(QStringLiteral("backup.self"), field,
                   QStringLiteral("Backup Server: an application cannot be its own backup."));
        return;
    }
    const auto backup = ctx.application(info.backupId);
    if (!backup) {
        sink.error(QStringLiteral("backup.not-found"), field,
                   QStringLiteral("Backup Server: the chosen application (DBID %1) does not exist.")
                       .arg(info.backupId));
        return;
    }
    if (backup->type != app.type)
        sink.error(QStringLiteral("backup.type-mismatch"), field,
                   QStringLiteral("Backup Server: \"%1\" is a %2, but a backup must be of the same type (%3).")
                       .arg(backup->name, appTypeName(backup->type), appTypeName(app.type)));
    if (backup->serverInfo.backupId == app.id && app.id != 0)
        sink.error(QStringLiteral("backup.cycle"), field,
                   QStringLiteral("Backup Server: \"%1\" already has this application as its backup; two "
                                  "applications cannot back each other up.")
                       .arg(backup->name));
    for (const DbId primaryId : ctx.primariesOf(info.backupId)) {
        if (primaryId == app.id && app.id != 0)
            continue;
        const auto primary = ctx.application(primaryId);
        sink.error(QStringLiteral("backup.already-backup"), field,
                   QStringLiteral("Backup Server: \"%1\" is already the backup of \"%2\"; a backup serves one "
                                  "primary.")
                       .arg(backup->name, primary ? primary->name : QString::number(primaryId)));
        break;
    }
}

void checkConnections(const Application &app, const ValidationContext &ctx, FindingSink &sink)
{
    for (qsizetype i = 0; i < app.connections.size(); ++i) {
        const Connection &c = app.connections.at(i);
        const QString field = QStringLiteral("connections[%1]").arg(i);
        const QString label = QStringLiteral("connection %1").arg(i + 1);
        checkNonNegative(c.addpLocalTimeout, QStringLiteral("connection.addp-timeout-negative"),
                         field + QStringLiteral(".addpLocalTimeout"), QStringLiteral("ADDP local timeout of ") + label,
                         sink);
        checkNonNegative(c.addpRemoteTimeout, QStringLiteral("connection.addp-timeout-negative"),
                         field + QStringLiteral(".addpRemoteTimeout"),
                         QStringLiteral("ADDP remote timeout of ") + label, sink);
        if (!c.transportParams.isEmpty()) {
            const auto params = TransportParams::parse(c.transportParams);
            if (!params.ok())
                sink.error(QStringLiteral("connection.transport-params-invalid"),
                           field + QStringLiteral(".transportParams"),
                           QStringLiteral("Transport Protocol Parameters of %1 are not valid: %2.")
                               .arg(label, params.error->describe()));
        }

        const QString serverField = field + QStringLiteral(".serverId");
        if (c.serverId == 0) {
            sink.error(QStringLiteral("connection.server-missing"), serverField,
                       QStringLiteral("Server of %1: no server application is chosen.").arg(label));
            continue;
        }
        if (c.serverId == app.id && app.id != 0) {
            sink.error(QStringLiteral("connection.self"), serverField,
                       QStringLiteral("Server of %1: an application cannot connect to itself.").arg(label));
            continue;
        }
        const auto server = ctx.application(c.serverId);
        if (!server) {
            sink.error(QStringLiteral("connection.server-missing"), serverField,
                       QStringLiteral("Server of %1: the application (DBID %2) does not exist.")
                           .arg(label)
                           .arg(c.serverId));
            continue;
        }
        if (!server->hasServerInfo()) {
            sink.error(QStringLiteral("connection.server-not-server"), serverField,
                       QStringLiteral("Server of %1: \"%2\" is a %3, a GUI application, not a server.")
                           .arg(label, server->name, appTypeName(server->type)));
            continue;
        }
        if (!server->serverInfo.port(c.portId))
            sink.error(QStringLiteral("connection.port-missing"), field + QStringLiteral(".portId"),
                       QStringLiteral("Port ID of %1: \"%2\" has no port with Port ID `%3`.")
                           .arg(label, server->name, c.portId));
    }
}

} // namespace

Findings Validator::validate(const Host &host, const ValidationContext &ctx)
{
    Findings out;
    FindingSink sink(out, ObjectRef{ObjectKind::Host, host.id}, host.name);
    checkName(host.name, QStringLiteral("host"), host.id, ctx.hostIdByName(host.name), sink);
    if (host.address.trimmed().isEmpty())
        sink.error(QStringLiteral("host.address-empty"), QStringLiteral("address"),
                   QStringLiteral("IP Address: a host needs an IP address or DNS name."));
    else if (!isIpAddressOrHostName(host.address))
        sink.error(QStringLiteral("host.address-invalid"), QStringLiteral("address"),
                   QStringLiteral("IP Address: \"%1\" is neither a valid IP address nor a DNS name.")
                       .arg(host.address));
    if (!isPortNumber(host.lcaPort))
        sink.error(QStringLiteral("host.lca-port-range"), QStringLiteral("lcaPort"),
                   QStringLiteral("LCA Port: %1 is not a port number (1..65535).").arg(host.lcaPort));
    checkOptionNames(host.annex, QStringLiteral("annex"), sink);
    return out;
}

Findings Validator::validate(const Application &app, const ValidationContext &ctx)
{
    Findings out;
    FindingSink sink(out, ObjectRef{ObjectKind::Application, app.id}, app.name);
    checkName(app.name, QStringLiteral("application"), app.id, ctx.applicationIdByName(app.name), sink);

    const bool server = app.hasServerInfo();
    if (app.hostId == 0) {
        if (server)
            sink.error(QStringLiteral("app.host-missing"), QStringLiteral("hostId"),
                       QStringLiteral("Host: a %1 application runs on a host; choose one.").arg(appTypeName(app.type)));
    } else if (!ctx.host(app.hostId)) {
        sink.error(QStringLiteral("app.host-not-found"), QStringLiteral("hostId"),
                   QStringLiteral("Host: the chosen host (DBID %1) does not exist.").arg(app.hostId));
    }

    if (server) {
        checkPorts(app, ctx, sink);
        checkBackup(app, ctx, sink);
        checkNonNegative(app.serverInfo.reconnectTimeout, QStringLiteral("server.reconnect-timeout-negative"),
                         QStringLiteral("reconnectTimeout"), QStringLiteral("Reconnect Timeout"), sink);
        checkNonNegative(app.serverInfo.reconnectAttempts, QStringLiteral("server.reconnect-attempts-negative"),
                         QStringLiteral("reconnectAttempts"), QStringLiteral("Reconnect Attempts"), sink);
    } else {
        if (!app.serverInfo.ports.isEmpty())
            sink.error(QStringLiteral("app.gui-has-ports"), QStringLiteral("ports"),
                       QStringLiteral("Ports: a %1 is a GUI application and has no Server Info; remove its ports.")
                           .arg(appTypeName(app.type)));
        if (app.serverInfo.backupId != 0)
            sink.error(QStringLiteral("app.gui-has-backup"), QStringLiteral("backupId"),
                       QStringLiteral("Backup Server: a %1 is a GUI application and cannot have a backup server.")
                           .arg(appTypeName(app.type)));
    }

    checkNonNegative(app.startInfo.startupTimeout, QStringLiteral("startinfo.timeout-negative"),
                     QStringLiteral("startInfo.startupTimeout"), QStringLiteral("Startup Timeout"), sink);
    checkNonNegative(app.startInfo.shutdownTimeout, QStringLiteral("startinfo.timeout-negative"),
                     QStringLiteral("startInfo.shutdownTimeout"), QStringLiteral("Shutdown Timeout"), sink);
    checkConnections(app, ctx, sink);
    checkOptionNames(app.options, QStringLiteral("options"), sink);
    checkOptionNames(app.annex, QStringLiteral("annex"), sink);

    for (const auto &w : warnings(app, ctx))
        if (!out.contains(w))
            out.append(w);
    return out;
}

} // namespace confman
