// Persons and Access Groups in the JSON export/import (issue 5): round trip,
// no secrets in the file, strict reading of person entries, merge by name.
#include "models/auth/PasswordHasher.h"
#include "models/store/DemoAccounts.h"
#include "models/store/DemoConfiguration.h"
#include "models/store/JsonExchange.h"
#include "models/store/SqlitePersonStore.h"

#include "tests/models/store/StoreTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace confman;
using namespace confman::test;

namespace {

std::string joined(const QStringList &lines) { return lines.join(QLatin1Char('\n')).toStdString(); }

const QString kKnownPassword = QStringLiteral("Correct-Horse-Battery-9");

struct Stores
{
    std::unique_ptr<SqliteStore> config;
    std::unique_ptr<SqlitePersonStore> persons;
};

Stores openBoth(const QString &path)
{
    Stores s;
    s.config = openStore(path);
    QString error;
    s.persons = SqlitePersonStore::open(path, &error);
    EXPECT_TRUE(s.persons) << error.toStdString();
    return s;
}

// The demo configuration and accounts, a Person with a real password hash,
// login state and failures, folders for Persons and a folder grant.
Stores richStore(const TempDir &dir, const QString &name = QStringLiteral("source.sqlite"))
{
    Stores s = openBoth(dir.file(name));
    EXPECT_TRUE(seedDemoConfiguration(*s.config).ok);
    EXPECT_TRUE(seedDemoAccounts(*s.persons).ok);

    Folder staff;
    staff.contains = ObjectKind::Person;
    staff.name = QStringLiteral("Staff");
    const SaveResult staffSaved = s.config->save(staff);
    EXPECT_TRUE(staffSaved.ok);
    Folder racks;
    racks.contains = ObjectKind::Host;
    racks.name = QStringLiteral("Racks");
    const SaveResult racksSaved = s.config->save(racks);
    EXPECT_TRUE(racksSaved.ok);

    AccessGroup auditors;
    auditors.name = QStringLiteral("Auditors");
    auditors.permissions = {{ObjectKind::Host, racksSaved.id, Permission::Read | Permission::ReadPermissions},
                            {ObjectKind::Application, 0, Permissions(Permission::Read)},
                            {ObjectKind::Folder, racksSaved.id, Permissions(Permission::Read)}};
    const SaveResult groupSaved = s.persons->save(auditors);
    EXPECT_TRUE(groupSaved.ok) << joined({groupSaved.error});

    Person lee;
    lee.userName = QStringLiteral("lee");
    lee.firstName = QStringLiteral("Lee");
    lee.lastName = QStringLiteral("Ødegård");
    lee.employeeId = QStringLiteral("E-4711");
    lee.enabled = false;
    lee.folderId = staffSaved.id;
    lee.memberOf = {groupSaved.id};
    lee.passwordHash = PasswordHasher(PasswordHasher::kMinimumIterations).hash(kKnownPassword);
    EXPECT_FALSE(lee.passwordHash.isEmpty());
    const SaveResult leeSaved = s.persons->save(lee);
    EXPECT_TRUE(leeSaved.ok);
    EXPECT_TRUE(s.persons->recordLogin(leeSaved.id, {QDateTime::currentDateTimeUtc(), QStringLiteral("LoginAppXyz")}));
    EXPECT_TRUE(s.persons->setFailedLogins(leeSaved.id, 3));
    return s;
}

QByteArray document(const QJsonObject &extra)
{
    QJsonObject o{{QStringLiteral("formatVersion"), 1}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson();
}

QJsonObject person(const QString &user, const QJsonArray &memberOf = {})
{
    return QJsonObject{{QStringLiteral("userName"), user}, {QStringLiteral("memberOf"), memberOf}};
}

QJsonObject byKey(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const auto &v : array)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}

} // namespace

TEST(JsonAccountsExchange, PersonsAndGroupsRoundTripByteIdentical)
{
    TempDir dir;
    Stores source = richStore(dir);
    const QByteArray first = JsonExchange::exportJson(*source.config, source.persons.get());

    Stores target = openBoth(dir.file(QStringLiteral("target.sqlite")));
    const ImportResult r = JsonExchange::importJson(*target.config, first, target.persons.get());
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    EXPECT_EQ(r.personsCreated, 4);  // mchen, jsmith, agarcia, lee
    EXPECT_EQ(r.accessGroupsCreated, 3);
    EXPECT_EQ(r.personsUpdated + r.accessGroupsUpdated, 0);

    EXPECT_EQ(JsonExchange::exportJson(*target.config, target.persons.get()), first);

    const auto lee = target.persons->personByUserName(QStringLiteral("lee"));
    ASSERT_TRUE(lee);
    EXPECT_FALSE(lee->hasPassword()); // cannot log in until a password is set
    EXPECT_FALSE(lee->enabled);
    EXPECT_EQ(lee->lastName, QStringLiteral("Ødegård"));
    EXPECT_EQ(target.persons->failedLogins(lee->id), 0);
    EXPECT_TRUE(target.persons->lastLogin(lee->id).isNull());
    const auto auditors = target.persons->accessGroupByName(QStringLiteral("Auditors"));
    ASSERT_TRUE(auditors);
    EXPECT_EQ(auditors->members, QVector<DbId>{lee->id});
    ASSERT_EQ(auditors->permissions.size(), 3);
    const QVector<Folder> targetFolders = target.config->folders();
    const auto racksFolder = std::find_if(targetFolders.cbegin(), targetFolders.cend(),
                                          [](const Folder &f) { return f.name == QStringLiteral("Racks"); });
    ASSERT_NE(racksFolder, targetFolders.cend());
    EXPECT_EQ(auditors->permissions.at(0).folderId, racksFolder->id);
    EXPECT_EQ(auditors->permissions.at(2).kind, ObjectKind::Folder);
    EXPECT_EQ(auditors->permissions.at(2).folderId, racksFolder->id);
    EXPECT_EQ(auditors->permissions.at(0).rights, Permission::Read | Permission::ReadPermissions);
    EXPECT_TRUE(target.persons->accessGroupByName(kOperatorsGroup)->isDefault);
}

TEST(JsonAccountsExchange, StreamedExportWritesTheSameBytes)
{
    TempDir dir;
    Stores source = richStore(dir);
    QByteArray streamed;
    QBuffer buffer(&streamed);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(JsonExchange::exportJson(*source.config, buffer, source.persons.get()));
    const QByteArray whole = JsonExchange::exportJson(*source.config, source.persons.get());
    EXPECT_EQ(streamed, whole);
    // And the same bytes a JSON tree of the document gives.
    EXPECT_EQ(whole, QJsonDocument(toJsonObject(JsonExchange::documentOf(*source.config, source.persons.get())))
                         .toJson(QJsonDocument::Indented));
}

TEST(JsonAccountsExchange, ExportHoldsNoPasswordHashLoginStateOrPassword)
{
    TempDir dir;
    Stores source = richStore(dir);
    const QString hash = source.persons->personByUserName(QStringLiteral("lee"))->passwordHash;
    const QStringList parts = hash.split(QLatin1Char('$'));
    ASSERT_EQ(parts.size(), 4);

    const QString path = dir.file(QStringLiteral("export.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(JsonExchange::exportJson(*source.config, file, source.persons.get()));
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    ASSERT_TRUE(bytes.contains("\"userName\": \"lee\"")); // the Person is there...
    EXPECT_FALSE(bytes.contains(hash.toUtf8()));          // ...but nothing secret
    EXPECT_FALSE(bytes.contains(parts.at(2).toUtf8()));   // salt
    EXPECT_FALSE(bytes.contains(parts.at(3).toUtf8()));   // hash
    EXPECT_FALSE(bytes.contains(QByteArray::fromBase64(parts.at(3).toLatin1())));
    EXPECT_FALSE(bytes.contains("pbkdf2"));
    EXPECT_FALSE(bytes.contains(kKnownPassword.toUtf8()));
    EXPECT_FALSE(bytes.toLower().contains("password"));
    EXPECT_FALSE(bytes.contains("LoginAppXyz")); // last login
}

TEST(JsonAccountsExchange, WithoutAPersonStoreTheDocumentIsConfigurationOnly)
{
    TempDir dir;
    Stores source = richStore(dir);
    const QByteArray configOnly = JsonExchange::exportJson(*source.config);
    const QJsonObject o = QJsonDocument::fromJson(configOnly).object();
    EXPECT_FALSE(o.contains(QStringLiteral("persons")));
    EXPECT_FALSE(o.contains(QStringLiteral("accessGroups")));
    EXPECT_TRUE(o.contains(QStringLiteral("hosts")));

    // A document with Persons needs a person store to go to.
    auto target = openStore(dir.file(QStringLiteral("t.sqlite")));
    const ImportResult r = JsonExchange::importJson(*target, JsonExchange::exportJson(*source.config, source.persons.get()));
    EXPECT_EQ(r.outcome, ImportResult::Outcome::InvalidDocument);
    EXPECT_EQ(joined(r.problems), "persons: Persons cannot be imported here (no person store was opened)\n"
                                  "accessGroups: Access Groups cannot be imported here (no person store was opened)");
    EXPECT_EQ(target->counts().hosts, 0);
}

TEST(JsonAccountsExchange, MalformedPersonEntriesGiveTheirPathsAndChangeNothing)
{
    TempDir dir;
    Stores s = richStore(dir);
    const QByteArray before = JsonExchange::exportJson(*s.config, s.persons.get());
    const QString hashBefore = s.persons->personByUserName(QStringLiteral("lee"))->passwordHash;

    const QByteArray json = document(QJsonObject{
        {QStringLiteral("hosts"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("new-host")}}}},
        {QStringLiteral("persons"),
         QJsonArray{
             QJsonObject{{QStringLiteral("userName"), 5}},
             QJsonObject{{QStringLiteral("userName"), QStringLiteral("ok-user")},
                         {QStringLiteral("memberOf"), QStringLiteral("Operators")}},
             QJsonObject{{QStringLiteral("userName"), QStringLiteral("lee")},
                         {QStringLiteral("passwordHash"), QStringLiteral("pbkdf2-sha256$1000$AAAA$BBBB")}},
             QJsonObject{{QStringLiteral("userName"), QStringLiteral(" padded")}},
             QJsonObject{{QStringLiteral("userName"), QStringLiteral("twice")}, {QStringLiteral("enabled"), QStringLiteral("yes")}},
             QJsonObject{{QStringLiteral("userName"), QStringLiteral("twice")}, {QStringLiteral("nickname"), QStringLiteral("x")}},
             QStringLiteral("not an object"),
         }},
        {QStringLiteral("accessGroups"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QStringLiteral("G")},
             {QStringLiteral("members"), QJsonArray{QStringLiteral("")}},
             {QStringLiteral("permissions"),
              QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("Hosts")},
                                     {QStringLiteral("rights"), QJsonArray{QStringLiteral("read"), QStringLiteral("fly")}}}}}}}},
    });
    const ImportResult r = JsonExchange::importJson(*s.config, json, s.persons.get());
    EXPECT_EQ(r.outcome, ImportResult::Outcome::InvalidDocument);
    EXPECT_EQ(joined(r.problems),
              "persons[0].userName: expected a string, found a number\n"
              "persons[1].memberOf: expected an array, found a string\n"
              "persons[2].passwordHash: passwords are never exported or imported; set one with confmanctl user "
              "passwd NAME --password-stdin\n"
              "persons[3].userName: \" padded\" starts or ends with spaces\n"
              "persons[4].enabled: expected true or false, found a string\n"
              "persons[5].nickname: unknown key\n"
              "persons[6]: expected an object, found a string\n"
              "accessGroups[0].members[0]: expected a name, found an empty string\n"
              "accessGroups[0].permissions[0].kind: \"Hosts\" is not one of Folder, Host, Application, Person, Access Group\n"
              "accessGroups[0].permissions[0].rights[1]: \"fly\" is not one of read, change, create, delete, execute, "
              "read-permissions, change-permissions\n"
              "persons[5]: user name \"twice\" appears twice (also persons[4])");
    EXPECT_EQ(JsonExchange::exportJson(*s.config, s.persons.get()), before);
    EXPECT_EQ(s.persons->personByUserName(QStringLiteral("lee"))->passwordHash, hashBefore);
}

TEST(JsonAccountsExchange, DanglingGroupsMembersAndFoldersRefuseTheWholeImport)
{
    TempDir dir;
    Stores s = richStore(dir);
    const QByteArray before = JsonExchange::exportJson(*s.config, s.persons.get());
    const QByteArray json = document(QJsonObject{
        {QStringLiteral("hosts"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("new-host")}}}},
        {QStringLiteral("persons"), QJsonArray{QJsonObject{{QStringLiteral("userName"), QStringLiteral("new-user")},
                                                           {QStringLiteral("memberOf"), QJsonArray{QStringLiteral("Ghosts")}},
                                                           {QStringLiteral("folder"), QJsonArray{QStringLiteral("Nowhere")}}}}},
        {QStringLiteral("accessGroups"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("G")},
                                {QStringLiteral("members"), QJsonArray{QStringLiteral("nobody")}},
                                {QStringLiteral("permissions"),
                                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("Host")},
                                                        {QStringLiteral("folder"), QJsonArray{QStringLiteral("Staff")}}}}}}}},
    });
    const ImportResult r = JsonExchange::importJson(*s.config, json, s.persons.get());
    EXPECT_EQ(r.outcome, ImportResult::Outcome::InvalidDocument);
    EXPECT_EQ(joined(r.problems),
              "persons[0].folder: no Person folder \"Nowhere\" in the document or the store\n"
              "persons[0].memberOf[0]: no access group \"Ghosts\" in the document or the store\n"
              "accessGroups[0].members[0]: no Person \"nobody\" in the document or the store\n"
              "accessGroups[0].permissions[0].folder: no Host folder \"Staff\" in the document or the store");
    EXPECT_EQ(JsonExchange::exportJson(*s.config, s.persons.get()), before);
}

TEST(JsonAccountsExchange, ImportMergesByNameKeepsPasswordsAndJoinsMembershipsFromEitherSide)
{
    TempDir dir;
    Stores s = richStore(dir);
    const auto leeBefore = *s.persons->personByUserName(QStringLiteral("lee"));
    const QByteArray json = document(QJsonObject{
        {QStringLiteral("persons"),
         QJsonArray{QJsonObject{{QStringLiteral("userName"), QStringLiteral("lee")},
                                {QStringLiteral("firstName"), QStringLiteral("Leona")},
                                {QStringLiteral("memberOf"), QJsonArray{kOperatorsGroup}}},
                    person(QStringLiteral("newbie"))}},
        {QStringLiteral("accessGroups"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Night Shift")},
                                {QStringLiteral("members"), QJsonArray{QStringLiteral("newbie"), QStringLiteral("jsmith")}}}}},
    });
    const ImportResult r = JsonExchange::importJson(*s.config, json, s.persons.get());
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    EXPECT_EQ(r.personsCreated, 1);
    EXPECT_EQ(r.personsUpdated, 1);
    EXPECT_EQ(r.accessGroupsCreated, 1);

    const auto lee = *s.persons->personByUserName(QStringLiteral("lee"));
    EXPECT_EQ(lee.id, leeBefore.id);
    EXPECT_EQ(lee.firstName, QStringLiteral("Leona"));
    EXPECT_EQ(lee.lastName, QString()); // a key left out takes its default
    EXPECT_EQ(lee.passwordHash, leeBefore.passwordHash); // an existing Person keeps its password
    EXPECT_TRUE(lee.enabled);
    // Only the groups the document names: no longer an Auditor.
    EXPECT_EQ(lee.memberOf, QVector<DbId>{s.persons->accessGroupByName(kOperatorsGroup)->id});

    const auto newbie = *s.persons->personByUserName(QStringLiteral("newbie"));
    EXPECT_FALSE(newbie.hasPassword());
    const auto night = *s.persons->accessGroupByName(QStringLiteral("Night Shift"));
    // newbie named only by the group; jsmith is not in the document and joins through the group.
    const DbId jsmith = s.persons->personByUserName(QStringLiteral("jsmith"))->id;
    QVector<DbId> expected{newbie.id, jsmith};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(night.members, expected);
    EXPECT_EQ(newbie.memberOf, QVector<DbId>{night.id});
}

TEST(JsonAccountsExchange, PersonStoreTransactionRollsBackEverythingAndSignalsNothing)
{
    TempDir dir;
    Stores s = openBoth(dir.file(QStringLiteral("tx.sqlite")));
    QSignalSpy saved(s.persons.get(), &PersonStore::objectSaved);
    const bool committed = s.persons->runInTransaction([&] {
        Person p;
        p.userName = QStringLiteral("temp");
        EXPECT_TRUE(s.persons->save(p).ok);
        AccessGroup g;
        g.name = QStringLiteral("TempGroup");
        EXPECT_TRUE(s.persons->save(g).ok);
        return false;
    });
    EXPECT_FALSE(committed);
    EXPECT_FALSE(s.persons->personByUserName(QStringLiteral("temp")));
    EXPECT_FALSE(s.persons->accessGroupByName(QStringLiteral("TempGroup")));
    EXPECT_EQ(saved.count(), 0);

    // A refused save inside a transaction undoes only itself.
    const bool second = s.persons->runInTransaction([&] {
        Person ok;
        ok.userName = QStringLiteral("kept");
        EXPECT_TRUE(s.persons->save(ok).ok);
        Person bad;
        bad.userName = QStringLiteral("kept"); // taken
        EXPECT_FALSE(s.persons->save(bad).ok);
        return true;
    });
    EXPECT_TRUE(second);
    EXPECT_TRUE(s.persons->personByUserName(QStringLiteral("kept")));
    EXPECT_EQ(saved.count(), 1); // after the commit
    // The store still works outside a transaction.
    Person after;
    after.userName = QStringLiteral("after");
    EXPECT_TRUE(s.persons->save(after).ok);
}
