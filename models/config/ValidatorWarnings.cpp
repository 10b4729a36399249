// Validator::warnings: the checks that never block a save (SPEC S4.3, S6, S7).
// Warnings about an HA pair are reported on whichever side is validated, so
// the Problems panel shows them on both applications.
#include "models/config/Validator.h"

#include "models/config/StartInfoArguments.h"
#include "models/config/TransportParams.h"
#include "models/config/TransportString.h"
#include "models/config/ValidatorSupport.h"

namespace confman {

using validation::FindingSink;

namespace {

// S6: the port the former primary uses to reach the new primary.
const Port *haSyncPort(const Application &app)
{
    for (const auto &p : app.serverInfo.ports)
        if (p.haSync)
            return &p;
    return app.serverInfo.port(QStringLiteral("default"));
}

void portMissing(const Application &owner, const QString &portId, FindingSink &sink)
{
    sink.warning(QStringLiteral("ha.port-missing"), QStringLiteral("ports[%1]").arg(portId),
                 QStringLiteral("HA: %1 has no port with Port ID `%2`; primary and backup need the same Port IDs.")
                     .arg(owner.name, portId));
}

void modeMismatch(const Port &a, const Application &appA, const Port &b, const Application &appB, FindingSink &sink)
{
    if (a.listeningMode == b.listeningMode)
        return;
    sink.warning(QStringLiteral("ha.listening-mode-mismatch"), QStringLiteral("ports[%1].listeningMode").arg(a.id),
                 QStringLiteral("HA: port `%1` is %2 on %3 but %4 on %5; the Listening Modes must match.")
                     .arg(a.id, listeningModeName(a.listeningMode), appA.name, listeningModeName(b.listeningMode),
                          appB.name));
}

void checkHaPair(const Application &primary, const Application &backup, FindingSink &sink)
{
    const Port *pp = haSyncPort(primary);
    const Port *bp = haSyncPort(backup);
    if (pp) {
        const Port *same = backup.serverInfo.port(pp->id);
        if (!same)
            portMissing(backup, pp->id, sink);
        else if (bp && bp->id != pp->id)
            sink.warning(QStringLiteral("ha.sync-port-mismatch"), QStringLiteral("ports"),
                         QStringLiteral("HA: the HA sync port is `%1` on %2 but `%3` on %4; they need the same Port "
                                        "ID.")
                             .arg(pp->id, primary.name, bp->id, backup.name));
        else
            modeMismatch(*pp, primary, *same, backup, sink);
    } else if (bp && !primary.serverInfo.port(bp->id)) {
        portMissing(primary, bp->id, sink);
    }

    const bool hot = primary.serverInfo.redundancyType == RedundancyType::HotStandby
        || backup.serverInfo.redundancyType == RedundancyType::HotStandby;
    if (!hot || (primary.serverInfo.ports.size() < 2 && backup.serverInfo.ports.size() < 2))
        return;
    // Hot standby with several ports: all Port IDs and modes pairwise.
    for (const auto &p : primary.serverInfo.ports) {
        if (const Port *b = backup.serverInfo.port(p.id))
            modeMismatch(p, primary, *b, backup, sink);
        else
            portMissing(backup, p.id, sink);
    }
    for (const auto &b : backup.serverInfo.ports)
        if (!primary.serverInfo.port(b.id))
            portMissing(primary, b.id, sink);
}

bool isConfigurationServer(AppType type)
{
    return type == AppType::ConfigurationServer || type == AppType::ConfigurationServerProxy;
}

// S7: Start Info arguments against the connection(s) to a Configuration Server.
void checkClientPortPlaces(const Application &app, const StartInfoArguments &args, const ValidationContext &ctx,
                           FindingSink &sink)
{
    if (!args.definesValues())
        return;
    for (qsizetype i = 0; i < app.connections.size(); ++i) {
        const Connection &c = app.connections.at(i);
        if (c.transportParams.isEmpty())
            continue;
        const auto server = ctx.application(c.serverId);
        const auto params = TransportParams::parse(c.transportParams);
        if (!server || !isConfigurationServer(server->type) || !params.ok())
            continue;
        if (args.port == params.value.port && args.address == params.value.address)
            continue;
        sink.warning(QStringLiteral("s7.client-port-mismatch"), QStringLiteral("connections[%1].transportParams").arg(i),
                     QStringLiteral("Client-side port: Start Info arguments give %1 but the Transport Protocol "
                                    "Parameters of the connection to \"%2\" give %3; all places must be identical.")
                         .arg(args.describe(), server->name, params.value.describe()));
    }
}

// S7: a backup inherits its primary's client-side values when it is created
// as a copy; it needs its own, so identical values are flagged.
void checkClientPortCopy(const Application &self, const Application &primary, const Application &backup,
                         FindingSink &sink)
{
    const auto pArgs = StartInfoArguments::parse(primary.startInfo.commandLineArguments);
    const auto bArgs = StartInfoArguments::parse(backup.startInfo.commandLineArguments);
    if (pArgs.definesValues() && pArgs.port == bArgs.port && pArgs.address == bArgs.address)
        sink.warning(QStringLiteral("s7.backup-client-port-copied"), QStringLiteral("startInfo.commandLineArguments"),
                     QStringLiteral("Client-side port: backup \"%1\" has the same Start Info arguments (%2) as its "
                                    "primary \"%3\"; the backup needs its own values.")
                         .arg(backup.name, pArgs.describe(), primary.name));

    const bool selfIsPrimary = &self == &primary;
    for (qsizetype pi = 0; pi < primary.connections.size(); ++pi) {
        const Connection &pc = primary.connections.at(pi);
        const auto pParams = TransportParams::parse(pc.transportParams);
        if (pc.transportParams.isEmpty() || !pParams.ok())
            continue;
        for (qsizetype bi = 0; bi < backup.connections.size(); ++bi) {
            const Connection &bc = backup.connections.at(bi);
            const auto bParams = TransportParams::parse(bc.transportParams);
            if (bc.serverId != pc.serverId || bc.transportParams.isEmpty() || !bParams.ok()
                || !(bParams.value == pParams.value))
                continue;
            sink.warning(QStringLiteral("s7.backup-client-port-copied"),
                         QStringLiteral("connections[%1].transportParams").arg(selfIsPrimary ? pi : bi),
                         QStringLiteral("Client-side port: backup \"%1\" has the same Transport Protocol Parameters "
                                        "(%2) as its primary \"%3\" on the same connection; the backup needs its own "
                                        "values.")
                             .arg(backup.name, bParams.value.describe(), primary.name));
        }
    }
}

void checkPortWarnings(const Application &app, FindingSink &sink)
{
    for (qsizetype i = 0; i < app.serverInfo.ports.size(); ++i) {
        const Port &p = app.serverInfo.ports.at(i);
        const auto transport = TransportString::parse(p.transport);
        if (!transport.ok())
            continue; // an error of validate()
        const QString field = validation::portField(p, i) + QStringLiteral(".transport");
        if (!p.transport.isEmpty() && !transport.value.tls && p.listeningMode == ListeningMode::Secured)
            sink.warning(QStringLiteral("port.transport-tls-off-on-secured"), field,
                         QStringLiteral("Transport parameters of port `%1` say tls=0 but its Listening Mode is "
                                        "Secured; the port listens with TLS anyway.")
                             .arg(p.id));
        if (p.haSync && !transport.value.certificate.isEmpty())
            sink.warning(QStringLiteral("port.ha-sync-port-certificate"), field,
                         QStringLiteral("Certificate of port `%1`: it is the HA sync port; a host or application "
                                        "certificate is recommended over a port certificate.")
                             .arg(p.id));
    }
}

} // namespace

Findings Validator::warnings(const Application &app, const ValidationContext &ctx)
{
    Findings out;
    if (!app.hasServerInfo())
        return out; // S7 and S6 concern server-type applications only
    FindingSink sink(out, ObjectRef{ObjectKind::Application, app.id}, app.name);
    checkPortWarnings(app, sink);

    const auto args = StartInfoArguments::parse(app.startInfo.commandLineArguments);
    if (!args.problem.isEmpty())
        sink.warning(QStringLiteral("startinfo.transport-args-invalid"), QStringLiteral("startInfo.commandLineArguments"),
                     QStringLiteral("Command-Line Arguments: %1.").arg(args.problem));
    checkClientPortPlaces(app, args, ctx, sink);

    const DbId backupId = app.serverInfo.backupId;
    if (backupId != 0 && backupId != app.id) {
        if (const auto backup = ctx.application(backupId)) {
            // Judgement: a backup with Not Specified is accepted (older deployments have it)
            // but the pair's failover behaviour is then undefined, so it is flagged.
            if (app.serverInfo.redundancyType == RedundancyType::NotSpecified)
                sink.warning(QStringLiteral("backup.redundancy-not-specified"), QStringLiteral("redundancyType"),
                             QStringLiteral("Redundancy Type: \"%1\" is the backup but the redundancy type is Not "
                                            "Specified; choose Warm Standby or Hot Standby.")
                                 .arg(backup->name));
            checkHaPair(app, *backup, sink);
            checkClientPortCopy(app, app, *backup, sink);
        }
    }
    if (app.id != 0) {
        for (const DbId primaryId : ctx.primariesOf(app.id)) {
            if (primaryId == app.id)
                continue;
            if (const auto primary = ctx.application(primaryId)) {
                checkHaPair(*primary, app, sink);
                checkClientPortCopy(app, *primary, app, sink);
            }
        }
    }
    return out;
}

} // namespace confman
