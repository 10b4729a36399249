// Bad input to the import: every problem named with its JSON path, the store untouched.
#include "models/store/DemoConfiguration.h"
#include "models/store/JsonExchange.h"

#include "tests/models/store/StoreTestSupport.h"

using namespace confman;
using namespace confman::test;

namespace {

std::string joined(const QStringList &lines) { return lines.join(QLatin1Char('\n')).toStdString(); }

class JsonExchangeInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = openStore(dir.file(QStringLiteral("demo.sqlite")));
        ASSERT_TRUE(seedDemoConfiguration(*store).ok);
        before = JsonExchange::exportJson(*store);
    }

    // Imports `json`, expects it refused as an invalid document and the store unchanged.
    QStringList refused(const QByteArray &json)
    {
        const ImportResult r = JsonExchange::importJson(*store, json);
        EXPECT_EQ(r.outcome, ImportResult::Outcome::InvalidDocument) << joined(r.problems);
        EXPECT_FALSE(r.problems.isEmpty());
        EXPECT_EQ(JsonExchange::exportJson(*store), before);
        return r.problems;
    }

    TempDir dir;
    std::unique_ptr<SqliteStore> store;
    QByteArray before;
};

QByteArray withApplications(const char *applications)
{
    return QByteArray(R"({"formatVersion": 1, "hosts": [{"name": "h1", "address": "h1.contoso.example"}],
                          "applications": )") + applications + "}";
}

} // namespace

TEST_F(JsonExchangeInput, MalformedJsonSaysWhere)
{
    const QStringList problems = refused("{\"formatVersion\": 1,\n \"hosts\": [ {\"name\": \"a\" ]\n}");
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().startsWith(QStringLiteral("not valid JSON: "))) << joined(problems);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("line 2"))) << joined(problems);
}

TEST_F(JsonExchangeInput, ATruncatedExportIsRefused)
{
    const QStringList problems = refused(before.left(before.size() / 2));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().startsWith(QStringLiteral("not valid JSON"))) << joined(problems);
}

TEST_F(JsonExchangeInput, EmptyFileAndNonObjectsAreRefused)
{
    EXPECT_TRUE(refused("").first().startsWith(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(refused("[1, 2]").first().contains(QStringLiteral("expected a JSON object")));
    EXPECT_TRUE(refused("\x89PNG\r\n\x1a\n").first().startsWith(QStringLiteral("not valid JSON")));
}

TEST_F(JsonExchangeInput, FormatVersionMustBeKnown)
{
    EXPECT_EQ(refused(R"({"hosts": []})"),
              QStringList{QStringLiteral("formatVersion: missing (an integer is required)")});
    EXPECT_EQ(refused(R"({"formatVersion": 2, "hosts": []})"),
              QStringList{QStringLiteral("formatVersion: 2 is not supported (this Confman reads version 1)")});
    EXPECT_EQ(refused(R"({"formatVersion": "1"})"),
              QStringList{QStringLiteral("formatVersion: expected an integer, found a string")});
}

TEST_F(JsonExchangeInput, EveryWrongTypeAndNameIsReportedWithItsPath)
{
    const QStringList problems = refused(withApplications(R"([
        {"name": "a0", "type": "Stat Server", "host": "h1", "ports": [{"port": 1}]},
        {"name": "a1", "type": "Stat Server", "host": "h1", "ports": [{"port": 2}]},
        {"name": "a2", "type": "Stat Server", "host": "h1", "ports": [{"port": 3}]},
        {"name": "a3", "type": "Stat Server", "host": "h1", "enabled": "yes",
         "ports": [{"port": 4}, {"id": "s", "port": 5, "listeningMode": "securd"}]},
        {"name": "a4", "type": "Stat Sever", "host": "h1", "ports": [{"port": "6"}, {"port": 7.5}],
         "redundancyType": "hot", "options": {"log": {"verbose": 3}}, "portz": []}
    ])"));
    const QStringList expected = {
        QStringLiteral("applications[3].enabled: expected true or false, found a string"),
        QStringLiteral("applications[3].ports[1].listeningMode: \"securd\" is not one of unsecured, secured, auto-detect"),
        QStringLiteral("applications[4].ports[0].port: expected an integer, found a string"),
        QStringLiteral("applications[4].ports[1].port: 7.5 is not a whole number in range"),
        QStringLiteral("applications[4].redundancyType: \"hot\" is not one of not-specified, warm-standby, hot-standby"),
        QStringLiteral("applications[4].options.log.verbose: expected a string, found a number"),
        QStringLiteral("applications[4].portz: unknown key"),
    };
    for (const auto &e : expected)
        EXPECT_TRUE(problems.contains(e)) << "missing: " << e.toStdString() << "\nin:\n" << joined(problems);
    EXPECT_TRUE(std::any_of(problems.cbegin(), problems.cend(), [](const QString &p) {
        return p.startsWith(QStringLiteral("applications[4].type: \"Stat Sever\" is not one of Configuration Server, "));
    })) << joined(problems);
    EXPECT_EQ(problems.size(), expected.size() + 1) << joined(problems);
}

TEST_F(JsonExchangeInput, MissingRequiredKeysAndWrongContainers)
{
    const QStringList problems = refused(R"({"formatVersion": 1, "hosts": {"name": "x"},
        "applications": [{"type": "Stat Server"}, 7, {"name": "b", "type": "Stat Server", "ports": [{}],
                          "connections": [{"portId": "default"}], "annex": {"s": "v"}, "folder": "Voice"}]})");
    const QStringList expected = {
        QStringLiteral("hosts: expected an array, found an object"),
        QStringLiteral("applications[0].name: missing (a string is required)"),
        QStringLiteral("applications[1]: expected an object, found a number"),
        QStringLiteral("applications[2].folder: expected an array of folder names or null, found a string"),
        QStringLiteral("applications[2].ports[0].port: missing (an integer is required)"),
        QStringLiteral("applications[2].connections[0].server: missing (a string is required)"),
        QStringLiteral("applications[2].annex.s: expected an object of options, found a string"),
    };
    EXPECT_EQ(problems, expected) << joined(problems);
}

TEST_F(JsonExchangeInput, DuplicateNamesInTheDocument)
{
    const QStringList problems = refused(R"({"formatVersion": 1,
        "hosts": [{"name": "h1", "address": "a"}, {"name": "h2", "address": "b"}, {"name": "h1", "address": "c"}]})");
    EXPECT_EQ(problems, QStringList{QStringLiteral("hosts[2]: host \"h1\" appears twice (also hosts[0])")});
}

TEST_F(JsonExchangeInput, DanglingReferencesAreAllNamed)
{
    const QStringList problems = refused(withApplications(R"([
        {"name": "c1", "type": "Stat Server", "host": "nohost", "ports": [{"port": 9100}],
         "backup": "nobackup", "folder": ["No Such Folder"],
         "connections": [{"server": "confserv"}, {"server": "ghost"}]}
    ])"));
    const QStringList expected = {
        QStringLiteral("applications[0].folder: no Application folder \"No Such Folder\" in the document or the store"),
        QStringLiteral("applications[0].host: no host \"nohost\" in the document or the store"),
        QStringLiteral("applications[0].backup: no application \"nobackup\" in the document or the store"),
        QStringLiteral("applications[0].connections[1].server: no application \"ghost\" in the document or the store"),
    };
    EXPECT_EQ(problems, expected) << joined(problems);
}

TEST_F(JsonExchangeInput, ReferencesToObjectsAlreadyInTheStoreAreFine)
{
    // "confserv", host "cfg-01" and folder "Framework" come from the demo store, not the document.
    const QByteArray json = R"({"formatVersion": 1, "applications": [
        {"name": "stat_new", "type": "Stat Server", "host": "cfg-01", "folder": ["Framework"],
         "ports": [{"port": 9101}], "connections": [{"server": "confserv"}]}]})";
    const ImportResult r = JsonExchange::importJson(*store, json);
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    EXPECT_EQ(r.applicationsCreated, 1);
    const Application app = *store->application(*store->applicationIdByName(QStringLiteral("stat_new")));
    EXPECT_EQ(app.hostId, *store->hostIdByName(QStringLiteral("cfg-01")));
    ASSERT_EQ(app.connections.size(), 1);
    EXPECT_EQ(app.connections[0].serverId, *store->applicationIdByName(QStringLiteral("confserv")));
}
