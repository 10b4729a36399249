#pragma once
// The few columns the object lists show. Loading only these keeps opening a
// store with 50,000 applications fast; full objects are read on demand.
#include "models/config/ObjectTypes.h"

#include <QString>

namespace confman {

struct HostSummary
{
    DbId id = 0;
    QString name;
    QString address;
    OsType osType = OsType::Windows;
    int lcaPort = 4999;
    DbId folderId = 0;
    bool enabled = true;
};

struct ApplicationSummary
{
    DbId id = 0;
    QString name;
    AppType type = AppType::CustomServer;
    DbId hostId = 0;
    DbId backupId = 0;
    DbId folderId = 0;
    bool enabled = true;
    QString portsText; // "default:2020, secure:2021 (secured)" as the list shows it
};

} // namespace confman
