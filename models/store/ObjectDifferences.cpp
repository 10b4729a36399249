#include "models/store/ObjectDifferences.h"

#include <QCoreApplication>

namespace confman {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ObjectDifferences", text); }

class Differences
{
public:
    template <typename T>
    Differences &field(const T &a, const T &b, const char *name)
    {
        if (!(a == b))
            m_names << tr(name);
        return *this;
    }
    QStringList names() const { return m_names; }

private:
    QStringList m_names;
};
} // namespace

QStringList changedFields(const Host &a, const Host &b)
{
    OptionSections annexA = a.annex, annexB = b.annex;
    // The Default Certificate lives in the annex; report it under its own name.
    setCertificateFields(annexA, {});
    setCertificateFields(annexB, {});
    return Differences()
        .field(a.name, b.name, "Name")
        .field(a.address, b.address, "IP Address")
        .field(a.osType, b.osType, "OS Type")
        .field(a.lcaPort, b.lcaPort, "LCA Port")
        .field(a.defaultCertificate(), b.defaultCertificate(), "Default Certificate")
        .field(a.certificateDescription, b.certificateDescription, "Certificate Description")
        .field(a.folderId, b.folderId, "Folder")
        .field(a.enabled, b.enabled, "State Enabled")
        .field(annexA, annexB, "Annex")
        .names();
}

QStringList changedFields(const Application &a, const Application &b)
{
    const auto &sa = a.serverInfo, &sb = b.serverInfo;
    const auto &ia = a.startInfo, &ib = b.startInfo;
    return Differences()
        .field(a.name, b.name, "Name")
        .field(a.type, b.type, "Type")
        .field(a.templateVersion, b.templateVersion, "Version")
        .field(a.hostId, b.hostId, "Host")
        .field(sa.ports, sb.ports, "Ports")
        .field(sa.backupId, sb.backupId, "Backup Server")
        .field(sa.redundancyType, sb.redundancyType, "Redundancy Type")
        .field(sa.reconnectTimeout, sb.reconnectTimeout, "Reconnect Timeout")
        .field(sa.reconnectAttempts, sb.reconnectAttempts, "Reconnect Attempts")
        .field(ia.workingDirectory, ib.workingDirectory, "Working Directory")
        .field(ia.commandLine, ib.commandLine, "Command Line")
        .field(ia.commandLineArguments, ib.commandLineArguments, "Command Line Arguments")
        .field(ia.startupTimeout, ib.startupTimeout, "Startup Timeout")
        .field(ia.shutdownTimeout, ib.shutdownTimeout, "Shutdown Timeout")
        .field(ia.autoRestart, ib.autoRestart, "Auto-Restart")
        .field(a.connections, b.connections, "Connections")
        .field(a.options, b.options, "Options")
        .field(a.annex, b.annex, "Annex")
        .field(a.folderId, b.folderId, "Folder")
        .field(a.enabled, b.enabled, "State Enabled")
        .names();
}

QStringList changedFields(const Folder &a, const Folder &b)
{
    return Differences()
        .field(a.name, b.name, "Name")
        .field(a.parentId, b.parentId, "Folder")
        .field(a.contains, b.contains, "Contains")
        .names();
}

} // namespace confman
