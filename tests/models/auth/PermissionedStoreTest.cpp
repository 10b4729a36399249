#include "tests/models/auth/AuthFixture.h"

#include "models/auth/PermissionedStore.h"
#include "models/store/AuditCsv.h"

using namespace confman;
using confman::test::AuthFixture;

namespace {

class PermissionedStoreTest : public AuthFixture
{
protected:
    DbId groupWith(const QString &name, QVector<PermissionGrant> grants)
    {
        AccessGroup g;
        g.name = name;
        g.permissions = grants;
        const SaveResult r = persons->save(g);
        EXPECT_TRUE(r.ok);
        return r.id;
    }
    DbId personIn(const QString &name, DbId group)
    {
        Person p;
        p.userName = name;
        p.memberOf = {group};
        return persons->save(p).id;
    }
    Host someHost() { return *store->host(*store->hostIdByName(QStringLiteral("cfg-01"))); }
    Finding onlyError(const SaveResult &r)
    {
        EXPECT_FALSE(r.ok);
        EXPECT_EQ(r.findings.size(), 1);
        return r.findings.value(0);
    }
};

TEST_F(PermissionedStoreTest, ReadOnlyUserCannotSaveAHostAndIsToldWhichPermissionIsMissing)
{
    const DbId reader = personIn(QStringLiteral("reader"), groupWith(QStringLiteral("Readers"), {{ObjectKind::Host, 0, Permission::Read}}));
    PermissionedStore view(*store, *persons, reader, audit.get());
    Host h = someHost();
    ASSERT_TRUE(view.host(h.id)); // may read
    h.address = QStringLiteral("changed.contoso.example");
    const Finding f = onlyError(view.save(h));
    EXPECT_EQ(f.code, QStringLiteral("permission.denied"));
    EXPECT_TRUE(f.message.contains(QStringLiteral("Change"))) << f.message.toStdString();
    EXPECT_TRUE(f.message.contains(QStringLiteral("reader")));
    EXPECT_EQ(store->host(h.id)->address, someHost().address);
    EXPECT_NE(store->host(h.id)->address, h.address); // nothing reached the store

    EXPECT_TRUE(onlyError(view.remove({ObjectKind::Host, h.id})).message.contains(QStringLiteral("Delete")));
    EXPECT_TRUE(onlyError(view.setEnabled({ObjectKind::Host, h.id}, false)).message.contains(QStringLiteral("Change")));
    Host fresh;
    fresh.name = QStringLiteral("new-host");
    fresh.address = QStringLiteral("new-host.contoso.example");
    EXPECT_TRUE(onlyError(view.save(fresh)).message.contains(QStringLiteral("Create")));
    EXPECT_FALSE(store->hostIdByName(QStringLiteral("new-host")));
    EXPECT_TRUE(store->host(h.id)->enabled);
}

TEST_F(PermissionedStoreTest, ChangeRightAllowsSavingAndTheChangeIsAuditedWithOldAndNewValues)
{
    const DbId editor = personIn(QStringLiteral("editor"),
                                 groupWith(QStringLiteral("Editors"), {{ObjectKind::Host, 0, Permission::Read | Permission::Change}}));
    audit->setSession(QStringLiteral("editor"), QStringLiteral("default"));
    PermissionedStore view(*store, *persons, editor, audit.get());
    Host h = someHost();
    const QString oldAddress = h.address;
    h.address = QStringLiteral("cfg-01-new.contoso.example");
    h.annex.set(QStringLiteral("db"), QStringLiteral("db-password"), QStringLiteral("Hunter2-Secret"));
    ASSERT_TRUE(view.save(h).ok);
    EXPECT_EQ(store->host(h.id)->address, h.address);

    const auto entries = audit->entriesFor({ObjectKind::Host, h.id});
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].action, AuditAction::ObjectChanged);
    EXPECT_EQ(entries[0].who, QStringLiteral("editor"));
    EXPECT_EQ(entries[0].objectName, h.name);
    EXPECT_TRUE(entries[0].details.contains(QStringLiteral("address: %1 → %2").arg(oldAddress, h.address)))
        << entries[0].details.toStdString();
    EXPECT_FALSE(entries[0].details.contains(QStringLiteral("Hunter2")));
    // Create and Delete are still missing.
    EXPECT_TRUE(onlyError(view.remove({ObjectKind::Host, h.id})).message.contains(QStringLiteral("Delete")));
}

TEST_F(PermissionedStoreTest, NoAccessMeansNothingIsVisible)
{
    const DbId nobody = personIn(QStringLiteral("nobody"), groupWith(QStringLiteral("Empty"), {}));
    PermissionedStore view(*store, *persons, nobody);
    EXPECT_TRUE(view.hostSummaries().isEmpty());
    EXPECT_TRUE(view.allApplications().isEmpty());
    EXPECT_FALSE(view.host(someHost().id));
    EXPECT_FALSE(view.hostIdByName(QStringLiteral("cfg-01")));
    EXPECT_FALSE(store->hostSummaries().isEmpty());
}

TEST_F(PermissionedStoreTest, FolderGrantCoversThatFolderOnly)
{
    Folder site;
    site.contains = ObjectKind::Host;
    site.name = QStringLiteral("Site B");
    const DbId siteId = store->save(site).id;
    ASSERT_NE(siteId, 0);
    const DbId local = personIn(QStringLiteral("local"),
                                groupWith(QStringLiteral("Site B admins"), {{ObjectKind::Host, siteId, allPermissions()}}));
    PermissionedStore view(*store, *persons, local, audit.get());
    Host inSite;
    inSite.name = QStringLiteral("b-01");
    inSite.address = QStringLiteral("b-01.contoso.example");
    inSite.folderId = siteId;
    const SaveResult created = view.save(inSite);
    ASSERT_TRUE(created.ok);
    Host outside = inSite;
    outside.id = 0;
    outside.name = QStringLiteral("b-02");
    outside.address = QStringLiteral("b-02.contoso.example");
    outside.folderId = 0;
    EXPECT_TRUE(onlyError(view.save(outside)).message.contains(QStringLiteral("Create")));
    // Moving its host out of the folder needs Create where it goes.
    EXPECT_TRUE(onlyError(view.moveToFolder({ObjectKind::Host, created.id}, 0)).message.contains(QStringLiteral("Create")));
    EXPECT_EQ(view.hostSummaries().size(), 1);
    ASSERT_TRUE(view.remove({ObjectKind::Host, created.id}).ok);
    const auto entries = audit->entriesFor({ObjectKind::Host, created.id});
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].action, AuditAction::ObjectCreated);
    EXPECT_EQ(entries[1].action, AuditAction::ObjectDeleted);
}

TEST_F(PermissionedStoreTest, TransactionAuditsAfterCommitAndNothingAfterRollback)
{
    const DbId admin = personIn(QStringLiteral("root2"), persons->accessGroupByName(kAdministratorsGroup)->id);
    PermissionedStore view(*store, *persons, admin, audit.get());
    Host h = someHost();
    const int before = int(audit->entries().size());
    EXPECT_FALSE(view.runInTransaction([&] {
        h.lcaPort = 5000;
        return view.save(h).ok && false;
    }));
    EXPECT_EQ(audit->entries().size(), before);
    EXPECT_EQ(store->host(h.id)->lcaPort, 4999);
    EXPECT_TRUE(view.runInTransaction([&] {
        h.lcaPort = 5001;
        return view.save(h).ok;
    }));
    const auto entries = audit->entriesFor({ObjectKind::Host, h.id});
    ASSERT_EQ(entries.size(), 1);
    EXPECT_TRUE(entries[0].details.contains(QStringLiteral("LCA port: 4999 → 5001")));
}

TEST_F(PermissionedStoreTest, OperatorsMayReadButNotChange)
{
    const DbId op = personIn(QStringLiteral("op"), persons->accessGroupByName(kOperatorsGroup)->id);
    PermissionedStore view(*store, *persons, op);
    EXPECT_EQ(view.applicationSummaries().size(), store->applicationSummaries().size());
    auto app = *view.application(*view.applicationIdByName(QStringLiteral("confserv")));
    app.templateVersion = QStringLiteral("9.0");
    EXPECT_TRUE(onlyError(view.save(app)).message.contains(QStringLiteral("Change")));
}

TEST(AuditLogCsv, QuotesAndNeutralisesFormulas)
{
    AuditEntry e;
    e.at = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    e.who = QStringLiteral("=cmd|' /C calc'!A0");
    e.action = AuditAction::ObjectChanged;
    e.object = ObjectRef{ObjectKind::Host, 7};
    e.objectName = QStringLiteral("a,b");
    e.details = QStringLiteral("name: \"x\" → y\nport: 1 → 2");
    const QString csv = QString::fromUtf8(auditCsv({e}));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    EXPECT_EQ(lines[0], auditCsvHeader().join(u','));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("2024-05-01T12:00:00Z,'=cmd|' /C calc'!A0,%1,Host,\"a,b\",,")
                                        .arg(auditActionName(AuditAction::ObjectChanged))))
        << lines[1].toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("\"name: \"\"x\"\" → y\nport: 1 → 2\"")));
}

} // namespace
