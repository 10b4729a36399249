#pragma once
#include "models/config/Host.h"
#include "models/config/ObjectTypes.h"
#include "models/config/OptionSections.h"

#include <QVector>

namespace confman {

// SPEC S1 Port. Belongs to one Application; identified by its Port ID there.
struct Port
{
    QString id = QStringLiteral("default"); // Port ID, unique within the application
    int port = 0;                           // Communication Port, 1..65535
    QString protocol;                       // Connection Protocol, free text (e.g. "addp")
    ListeningMode listeningMode = ListeningMode::Unsecured;
    bool haSync = false;
    QString transport; // S5 transport parameter string ("" means tls=0); holds the port certificate (S4.3)

    friend bool operator==(const Port &, const Port &) = default;
};

// SPEC S1 Connection. Belongs to a client Application, points at a server.
struct Connection
{
    DbId serverId = 0;
    QString portId = QStringLiteral("default");
    QString protocol;             // connection protocol, e.g. "addp"
    int addpLocalTimeout = 0;     // seconds
    int addpRemoteTimeout = 0;    // seconds
    AddpTrace addpTrace = AddpTrace::Off;
    QString transportParams;      // S7: "port=<n>[;address=<ip or host>]"

    friend bool operator==(const Connection &, const Connection &) = default;
};

struct StartInfo
{
    QString workingDirectory;
    QString commandLine;
    QString commandLineArguments; // may hold -transport-port / -transport-address (S7)
    int startupTimeout = 90;      // seconds
    int shutdownTimeout = 90;     // seconds
    bool autoRestart = false;

    friend bool operator==(const StartInfo &, const StartInfo &) = default;
};

struct ServerInfo
{
    QVector<Port> ports;
    DbId backupId = 0; // 0 = no backup server
    RedundancyType redundancyType = RedundancyType::NotSpecified;
    int reconnectTimeout = 10;  // seconds
    int reconnectAttempts = 1;

    const Port *port(const QString &portId) const;
    friend bool operator==(const ServerInfo &, const ServerInfo &) = default;
};

struct Application
{
    DbId id = 0;
    int version = 0; // store version; 0 = never saved
    QString name;
    DbId folderId = 0;
    bool enabled = true;

    AppType type = AppType::CustomServer;
    QString templateVersion;
    DbId hostId = 0; // GUI applications may have no host
    ServerInfo serverInfo; // empty and ignored for GUI types
    StartInfo startInfo;
    QVector<Connection> connections;
    OptionSections options;
    OptionSections annex;

    bool hasServerInfo() const { return !isGuiType(type); }
    // S4.2 Certificate View: Application when Options `security` holds certificate values.
    CertificateFields ownCertificate() const { return certificateFieldsFrom(options); }

    friend bool operator==(const Application &, const Application &) = default;
};

} // namespace confman
