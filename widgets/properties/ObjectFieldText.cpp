#include "widgets/properties/ObjectFieldText.h"

#include "models/store/Store.h"

#include <QCoreApplication>

namespace confman {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ObjectFieldText", text); }
QString yesNo(bool b) { return b ? tr("Yes") : tr("No"); }

QString applicationName(const Store &store, DbId id)
{
    if (id == 0)
        return tr("(none)");
    const auto s = store.applicationSummary(id);
    return s ? s->name : tr("(DBID %1)").arg(id);
}
} // namespace

QString optionSectionsText(const OptionSections &options)
{
    QStringList sections;
    for (auto s = options.sections().cbegin(); s != options.sections().cend(); ++s) {
        QStringList pairs;
        for (auto k = s->cbegin(); k != s->cend(); ++k)
            pairs << QStringLiteral("%1=%2").arg(k.key(), k.value());
        sections << QStringLiteral("%1: %2").arg(s.key(), pairs.join(QStringLiteral(", ")));
    }
    return sections.isEmpty() ? tr("(empty)") : sections.join(QStringLiteral("; "));
}

QString portsText(const QVector<Port> &ports)
{
    QStringList parts;
    for (const auto &p : ports) {
        QString text = QStringLiteral("%1:%2").arg(p.id).arg(p.port);
        if (p.listeningMode != ListeningMode::Unsecured)
            text += QStringLiteral(" (%1)").arg(listeningModeName(p.listeningMode));
        parts << text;
    }
    return parts.isEmpty() ? tr("(none)") : parts.join(QStringLiteral(", "));
}

QMap<QString, QString> fieldTexts(const Host &h)
{
    OptionSections annex = h.annex;
    setCertificateFields(annex, {});
    const CertificateFields cert = h.defaultCertificate();
    return {
        {tr("Name"), h.name},
        {tr("IP Address"), h.address},
        {tr("OS Type"), osTypeName(h.osType)},
        {tr("LCA Port"), QString::number(h.lcaPort)},
        {tr("Default Certificate"), cert.isEmpty() ? tr("(none)")
                                                   : QStringList{cert.certificate, cert.certificateKey, cert.trustedCa}
                                                         .join(QStringLiteral(" | "))},
        {tr("Certificate Description"), h.certificateDescription},
        {tr("Folder"), QString::number(h.folderId)},
        {tr("State Enabled"), yesNo(h.enabled)},
        {tr("Annex"), optionSectionsText(annex)},
    };
}

QMap<QString, QString> fieldTexts(const Application &a, const Store &store)
{
    QStringList connections;
    for (const auto &c : a.connections)
        connections << QStringLiteral("%1/%2").arg(applicationName(store, c.serverId), c.portId);
    const auto host = a.hostId ? store.hostSummary(a.hostId) : std::nullopt;
    return {
        {tr("Name"), a.name},
        {tr("Type"), appTypeName(a.type)},
        {tr("Version"), a.templateVersion},
        {tr("Host"), host ? host->name : tr("(none)")},
        {tr("Ports"), portsText(a.serverInfo.ports)},
        {tr("Backup Server"), applicationName(store, a.serverInfo.backupId)},
        {tr("Redundancy Type"), redundancyTypeName(a.serverInfo.redundancyType)},
        {tr("Reconnect Timeout"), QString::number(a.serverInfo.reconnectTimeout)},
        {tr("Reconnect Attempts"), QString::number(a.serverInfo.reconnectAttempts)},
        {tr("Working Directory"), a.startInfo.workingDirectory},
        {tr("Command Line"), a.startInfo.commandLine},
        {tr("Command Line Arguments"), a.startInfo.commandLineArguments},
        {tr("Startup Timeout"), QString::number(a.startInfo.startupTimeout)},
        {tr("Shutdown Timeout"), QString::number(a.startInfo.shutdownTimeout)},
        {tr("Auto-Restart"), yesNo(a.startInfo.autoRestart)},
        {tr("Connections"), connections.isEmpty() ? tr("(none)") : connections.join(QStringLiteral(", "))},
        {tr("Options"), optionSectionsText(a.options)},
        {tr("Annex"), optionSectionsText(a.annex)},
        {tr("Folder"), QString::number(a.folderId)},
        {tr("State Enabled"), yesNo(a.enabled)},
    };
}

} // namespace confman
