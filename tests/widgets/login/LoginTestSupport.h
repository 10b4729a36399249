#pragma once
// Real SQLite stores (configuration + accounts) seeded with the demo
// configuration, and accounts with known passwords, for the login, re-login
// and session-lock tests. Hashes use few iterations: same code, fast tests.
#include "models/auth/AuditLog.h"
#include "models/auth/Authenticator.h"
#include "models/store/DemoConfiguration.h"
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"
#include "widgets/login/FirstAdministrator.h"

#include <gtest/gtest.h>

namespace confman::test {

inline const QString kAdminPassword = QStringLiteral("Correct horse battery 1");
inline const QString kOtherPassword = QStringLiteral("Other user's secret 2");

class AccountsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        path = dir.file(QStringLiteral("config.sqlite"));
        store = SqliteStore::open(path, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_TRUE(seedDemoConfiguration(*store).ok);
        persons = SqlitePersonStore::open(path, &error);
        ASSERT_TRUE(persons) << error.toStdString();
        audit = std::make_unique<AuditLog>(*persons);
        auth = std::make_unique<Authenticator>(*store, *persons, *audit, hasher);
    }

    // The first administrator "admin" and, optionally, more Persons in its group.
    DbId addAdmin()
    {
        const SaveResult r = createFirstAdministrator(*persons, *audit, hasher, QStringLiteral("admin"), kAdminPassword);
        EXPECT_TRUE(r.ok) << r.error.toStdString();
        return r.id;
    }
    DbId addPerson(const QString &name, const QString &password, bool enabled = true, bool inAdminGroup = true)
    {
        Person p;
        p.userName = name;
        p.enabled = enabled;
        p.passwordHash = password.isEmpty() ? QString() : hasher.hash(password);
        if (inAdminGroup)
            if (auto g = persons->accessGroupByName(kFirstAdministratorGroup))
                p.memberOf = {g->id};
        const SaveResult r = persons->save(p);
        EXPECT_TRUE(r.ok) << r.error.toStdString();
        return r.id;
    }
    bool auditHas(AuditAction action, const QString &detailsPart = {}) const
    {
        for (const AuditEntry &e : persons->audit())
            if (e.action == action && e.details.contains(detailsPart))
                return true;
        return false;
    }

    TempDir dir;
    QString path;
    PasswordHasher hasher{PasswordHasher::kMinimumIterations};
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<SqlitePersonStore> persons;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<Authenticator> auth;
};

} // namespace confman::test
