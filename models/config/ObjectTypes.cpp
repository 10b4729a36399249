#include "models/config/ObjectTypes.h"

#include <QHash>

namespace confman {

namespace {
template <typename Enum>
struct Named
{
    Enum value;
    const char *name;
};

template <typename Enum, size_t N>
QString nameOf(const Named<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const Named<Enum> (&table)[N], const QString &name)
{
    for (const auto &entry : table)
        if (name == QLatin1String(entry.name))
            return entry.value;
    return std::nullopt;
}

const Named<ObjectKind> kObjectKinds[] = {
    {ObjectKind::Folder, "Folder"},
    {ObjectKind::Host, "Host"},
    {ObjectKind::Application, "Application"},
    {ObjectKind::Person, "Person"},
    {ObjectKind::AccessGroup, "Access Group"},
};
const Named<ObjectKind> kObjectKindPlurals[] = {
    {ObjectKind::Folder, "Folders"},
    {ObjectKind::Host, "Hosts"},
    {ObjectKind::Application, "Applications"},
    {ObjectKind::Person, "Persons"},
    {ObjectKind::AccessGroup, "Access Groups"},
};
const Named<OsType> kOsTypes[] = {
    {OsType::Windows, "Windows"}, {OsType::Linux, "Linux"},   {OsType::Solaris, "Solaris"},
    {OsType::AIX, "AIX"},         {OsType::HPUX, "HP-UX"},
};
const Named<AppType> kAppTypes[] = {
    {AppType::ConfigurationServer, "Configuration Server"},
    {AppType::ConfigurationServerProxy, "Configuration Server Proxy"},
    {AppType::DbServer, "DB Server"},
    {AppType::SolutionControlServer, "Solution Control Server"},
    {AppType::MessageServer, "Message Server"},
    {AppType::LocalControlAgent, "Local Control Agent"},
    {AppType::TServer, "T-Server"},
    {AppType::NetworkTServer, "Network T-Server"},
    {AppType::StatServer, "Stat Server"},
    {AppType::SipServer, "SIP Server"},
    {AppType::UniversalRoutingServer, "Universal Routing Server"},
    {AppType::InteractionServer, "Interaction Server"},
    {AppType::OutboundContactServer, "Outbound Contact Server"},
    {AppType::CpdServer, "CPD Server"},
    {AppType::CpdProxyServer, "CPD Proxy Server"},
    {AppType::CustomServer, "Custom Server"},
    {AppType::OutboundContactManager, "Outbound Contact Manager"},
    {AppType::ConfigurationManager, "Configuration Manager"},
    {AppType::SolutionControlInterface, "Solution Control Interface"},
    {AppType::InteractionRoutingDesigner, "Interaction Routing Designer"},
};
const Named<ListeningMode> kListeningModeNames[] = {
    {ListeningMode::Unsecured, "Unsecured"},
    {ListeningMode::Secured, "Secured"},
    {ListeningMode::AutoDetect, "Auto Detect"},
};
const Named<ListeningMode> kListeningModeKeys[] = {
    {ListeningMode::Unsecured, "unsecured"},
    {ListeningMode::Secured, "secured"},
    {ListeningMode::AutoDetect, "auto-detect"},
};
const Named<RedundancyType> kRedundancyNames[] = {
    {RedundancyType::NotSpecified, "Not Specified"},
    {RedundancyType::WarmStandby, "Warm Standby"},
    {RedundancyType::HotStandby, "Hot Standby"},
};
const Named<RedundancyType> kRedundancyKeys[] = {
    {RedundancyType::NotSpecified, "not-specified"},
    {RedundancyType::WarmStandby, "warm-standby"},
    {RedundancyType::HotStandby, "hot-standby"},
};
const Named<AddpTrace> kAddpTraces[] = {
    {AddpTrace::Off, "off"}, {AddpTrace::Local, "local"}, {AddpTrace::Remote, "remote"}, {AddpTrace::Full, "full"},
};
} // namespace

QString objectKindName(ObjectKind kind) { return nameOf(kObjectKinds, kind); }
QString objectKindPluralName(ObjectKind kind) { return nameOf(kObjectKindPlurals, kind); }

QString osTypeName(OsType os) { return nameOf(kOsTypes, os); }
std::optional<OsType> osTypeFromName(const QString &name) { return valueOf(kOsTypes, name); }
const std::vector<OsType> &allOsTypes()
{
    static const std::vector<OsType> all = {OsType::Windows, OsType::Linux, OsType::Solaris, OsType::AIX,
                                            OsType::HPUX};
    return all;
}

QString appTypeName(AppType type) { return nameOf(kAppTypes, type); }
std::optional<AppType> appTypeFromName(const QString &name) { return valueOf(kAppTypes, name); }
const std::vector<AppType> &allAppTypes()
{
    static const std::vector<AppType> all = [] {
        std::vector<AppType> v;
        for (const auto &entry : kAppTypes)
            v.push_back(entry.value);
        return v;
    }();
    return all;
}

bool isGuiType(AppType type) { return cfgAppType(type).has_value(); }

std::optional<int> cfgAppType(AppType type)
{
    switch (type) {
    case AppType::OutboundContactManager: return 13;
    case AppType::ConfigurationManager: return 19;
    case AppType::SolutionControlInterface: return 44;
    case AppType::InteractionRoutingDesigner: return 51;
    default: return std::nullopt;
    }
}

QString listeningModeName(ListeningMode mode) { return nameOf(kListeningModeNames, mode); }
QString listeningModeKey(ListeningMode mode) { return nameOf(kListeningModeKeys, mode); }
std::optional<ListeningMode> listeningModeFromKey(const QString &key) { return valueOf(kListeningModeKeys, key); }

QString redundancyTypeName(RedundancyType type) { return nameOf(kRedundancyNames, type); }
QString redundancyTypeKey(RedundancyType type) { return nameOf(kRedundancyKeys, type); }
std::optional<RedundancyType> redundancyTypeFromKey(const QString &key) { return valueOf(kRedundancyKeys, key); }

std::vector<RedundancyType> redundancyTypesFor(AppType type)
{
    using R = RedundancyType;
    switch (type) {
    // Both warm and hot standby (SPEC S6: T-Server, Configuration Server, Stat Server...).
    case AppType::ConfigurationServer:
    case AppType::TServer:
    case AppType::NetworkTServer:
    case AppType::StatServer:
    case AppType::SolutionControlServer:
    case AppType::UniversalRoutingServer:
    case AppType::InteractionServer:
    case AppType::OutboundContactServer:
        return {R::NotSpecified, R::WarmStandby, R::HotStandby};
    // Hot standby only.
    case AppType::SipServer:
        return {R::NotSpecified, R::HotStandby};
    // Warm standby only.
    case AppType::ConfigurationServerProxy:
    case AppType::DbServer:
    case AppType::MessageServer:
    case AppType::CpdServer:
    case AppType::CpdProxyServer:
    case AppType::CustomServer:
        return {R::NotSpecified, R::WarmStandby};
    // No redundancy: LCA runs on every host; GUI applications have no Server Info.
    default:
        return {R::NotSpecified};
    }
}

QString addpTraceKey(AddpTrace trace) { return nameOf(kAddpTraces, trace); }
std::optional<AddpTrace> addpTraceFromKey(const QString &key) { return valueOf(kAddpTraces, key); }

} // namespace confman
