#pragma once
// Enumerations of the configuration objects (SPEC S1) and their names as the
// user, the JSON format and the store see them. Names are contract: the JSON
// format and the SQLite schema store these exact strings.
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace confman {

using DbId = qint64; // 0 = not stored yet

enum class ObjectKind { Folder, Host, Application, Person, AccessGroup };
QString objectKindName(ObjectKind kind);          // "Host", "Application", ...
QString objectKindPluralName(ObjectKind kind);    // "Hosts", "Applications", ...

// A reference to one stored object, for findings, links and notifications.
struct ObjectRef
{
    ObjectKind kind = ObjectKind::Host;
    DbId id = 0;
    friend bool operator==(const ObjectRef &, const ObjectRef &) = default;
};

enum class OsType { Windows, Linux, Solaris, AIX, HPUX };
QString osTypeName(OsType os);                    // "Windows", "Linux", "Solaris", "AIX", "HP-UX"
std::optional<OsType> osTypeFromName(const QString &name);
const std::vector<OsType> &allOsTypes();
inline bool isUnix(OsType os) { return os != OsType::Windows; }

// SPEC S1.1. The numeric CfgAppType is only defined for the GUI types the
// banner (S2) needs; server types have none here.
enum class AppType {
    ConfigurationServer,
    ConfigurationServerProxy,
    DbServer,
    SolutionControlServer,
    MessageServer,
    LocalControlAgent,
    TServer,
    NetworkTServer,
    StatServer,
    SipServer,
    UniversalRoutingServer,
    InteractionServer,
    OutboundContactServer,
    CpdServer,
    CpdProxyServer,
    CustomServer,
    // GUI applications
    OutboundContactManager,     // 13
    ConfigurationManager,       // 19
    SolutionControlInterface,   // 44
    InteractionRoutingDesigner, // 51
};
QString appTypeName(AppType type);                // exactly as SPEC S1.1 writes it
std::optional<AppType> appTypeFromName(const QString &name);
const std::vector<AppType> &allAppTypes();
bool isGuiType(AppType type);                     // GUI types have no Server Info
std::optional<int> cfgAppType(AppType type);      // 13, 19, 44, 51 for the GUI types

// SPEC S1 Port.
enum class ListeningMode { Unsecured, Secured, AutoDetect };
QString listeningModeName(ListeningMode mode);    // "Unsecured", "Secured", "Auto Detect"
QString listeningModeKey(ListeningMode mode);     // JSON: "unsecured", "secured", "auto-detect"
std::optional<ListeningMode> listeningModeFromKey(const QString &key);

// SPEC S6.
enum class RedundancyType { NotSpecified, WarmStandby, HotStandby };
QString redundancyTypeName(RedundancyType type);  // "Not Specified", "Warm Standby", "Hot Standby"
QString redundancyTypeKey(RedundancyType type);   // JSON: "not-specified", "warm-standby", "hot-standby"
std::optional<RedundancyType> redundancyTypeFromKey(const QString &key);
// Redundancy types offered for an application type (NotSpecified always first).
std::vector<RedundancyType> redundancyTypesFor(AppType type);

// ADDP trace mode of a connection.
enum class AddpTrace { Off, Local, Remote, Full };
QString addpTraceKey(AddpTrace trace);            // "off", "local", "remote", "full"
std::optional<AddpTrace> addpTraceFromKey(const QString &key);

} // namespace confman
