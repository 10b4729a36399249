#pragma once
// A real SQLite store with the demo configuration and demo accounts, a
// PersonStore on the same file, a fast hasher and a manual clock.
#include "models/auth/AuditLog.h"
#include "models/auth/Authenticator.h"
#include "models/auth/Clock.h"
#include "models/auth/PasswordHasher.h"
#include "models/store/DemoAccounts.h"
#include "models/store/DemoConfiguration.h"
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"

#include <QDirIterator>
#include <QFile>
#include <gtest/gtest.h>

namespace confman::test {

class AuthFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        path = dir.file(QStringLiteral("store.db"));
        store = SqliteStore::open(path, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_TRUE(seedDemoConfiguration(*store).ok);
        persons = SqlitePersonStore::open(path, &error);
        ASSERT_TRUE(persons) << error.toStdString();
        ASSERT_TRUE(seedDemoAccounts(*persons).ok);
        audit = std::make_unique<AuditLog>(*persons, clock);
    }

    // A Person with a password, in the named groups.
    DbId addUser(const QString &name, const QString &password, const QStringList &groups = {kOperatorsGroup})
    {
        Person p;
        p.userName = name;
        p.passwordHash = hasher.hash(password);
        for (const auto &g : groups)
            p.memberOf.append(persons->accessGroupByName(g)->id);
        const SaveResult r = persons->save(p);
        EXPECT_TRUE(r.ok) << (r.findings.isEmpty() ? r.error : r.findings.first().message).toStdString();
        return r.id;
    }

    std::unique_ptr<Authenticator> authenticator()
    {
        return std::make_unique<Authenticator>(*store, *persons, *audit, hasher, clock);
    }

    void setConfigServerOption(const QString &key, const QString &value)
    {
        auto app = store->application(*store->applicationIdByName(QStringLiteral("confserv")));
        app->options.set(QStringLiteral("security"), key, value);
        ASSERT_TRUE(store->save(*app).ok);
    }

    // Every byte of every file next to the store (the file, its WAL, ...).
    QByteArray allStoreBytes() const
    {
        QByteArray bytes;
        QDirIterator it(dir.path(), QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }

    TempDir dir;
    QString path;
    ManualClock clock;
    PasswordHasher hasher{PasswordHasher::kMinimumIterations}; // fast; the cost is tested on its own
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<SqlitePersonStore> persons;
    std::unique_ptr<AuditLog> audit;
};

} // namespace confman::test
