#pragma once
// A real SqliteStore in a temporary folder plus small factories for valid
// hosts and applications, for the item model tests.
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"

#include <gtest/gtest.h>

namespace confman::test {

class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        store = SqliteStore::open(dir.file(QStringLiteral("store.sqlite")), &error);
        ASSERT_TRUE(store) << error.toStdString();
    }

    DbId addHost(const QString &name, bool enabled = true, DbId folderId = 0, int lcaPort = 4999)
    {
        Host h;
        h.name = name;
        h.address = name.toLower().remove(u' ') + QStringLiteral(".example.test");
        h.osType = OsType::Linux;
        h.lcaPort = lcaPort;
        h.enabled = enabled;
        h.folderId = folderId;
        const SaveResult r = store->save(h);
        EXPECT_TRUE(r.ok) << describe(r);
        return r.id;
    }

    static Port port(const QString &id, int number, ListeningMode mode = ListeningMode::Unsecured)
    {
        Port p;
        p.id = id;
        p.port = number;
        p.listeningMode = mode;
        return p;
    }

    DbId addApp(const QString &name, DbId hostId, QVector<Port> ports, bool enabled = true,
                AppType type = AppType::TServer, DbId backupId = 0, DbId folderId = 0)
    {
        Application a;
        a.name = name;
        a.type = type;
        a.hostId = hostId;
        a.enabled = enabled;
        a.folderId = folderId;
        a.serverInfo.ports = std::move(ports);
        a.serverInfo.backupId = backupId;
        if (backupId)
            a.serverInfo.redundancyType = RedundancyType::WarmStandby;
        const SaveResult r = store->save(a);
        EXPECT_TRUE(r.ok) << describe(r);
        return r.id;
    }

    DbId addFolder(ObjectKind kind, const QString &name, DbId parentId = 0)
    {
        Folder f;
        f.contains = kind;
        f.name = name;
        f.parentId = parentId;
        const SaveResult r = store->save(f);
        EXPECT_TRUE(r.ok) << describe(r);
        return r.id;
    }

    static std::string describe(const SaveResult &r)
    {
        QString text = r.error;
        for (const auto &f : r.findings)
            text += QStringLiteral("\n") + f.code + QStringLiteral(": ") + f.message;
        return text.toStdString();
    }

    TempDir dir;
    std::unique_ptr<SqliteStore> store;
};

} // namespace confman::test
