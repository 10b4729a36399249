// confmanctl init / export / import / list, end to end: the real binary in a
// QProcess against real SQLite files.
#include "tests/support/TempStoreFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using confman::test::TempDir;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

QString binary() { return QStringLiteral(CONFMAN_BINARY_DIR "/bin/confmanctl"); }

CliRun confmanctl(const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    QProcessEnvironment e = env;
    if (env == QProcessEnvironment::systemEnvironment())
        e.remove(QStringLiteral("CONFMAN_STORE")); // only what the test says
    p.setProcessEnvironment(e);
    p.start(binary(), args);
    EXPECT_TRUE(p.waitForStarted(10000)) << binary().toStdString();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000));
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliRun onStore(const QString &store, QStringList args, const QByteArray &input = {})
{
    args.prepend(store);
    args.prepend(QStringLiteral("--store"));
    return confmanctl(args, input);
}

QJsonValue json(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n" << bytes.toStdString();
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject row(const QJsonArray &rows, const QString &key, const QString &value)
{
    for (const auto &r : rows)
        if (r[key].toString() == value)
            return r.toObject();
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

class Confmanctl : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFileInfo(binary()).isExecutable()) << binary().toStdString();
        demo = dir.file(QStringLiteral("demo.sqlite"));
        const CliRun init = onStore(demo, {QStringLiteral("init"), QStringLiteral("--demo")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        counts = json(init.out)[QStringLiteral("counts")].toObject();
    }

    TempDir dir;
    QString demo;
    QJsonObject counts;
};

} // namespace

TEST_F(Confmanctl, InitDemoReportsWhatItCreated)
{
    EXPECT_GT(counts[QStringLiteral("hosts")].toInt(), 0);
    EXPECT_GT(counts[QStringLiteral("applications")].toInt(), 0);
    EXPECT_GT(counts[QStringLiteral("connections")].toInt(), 0);

    // A plain init makes an empty store.
    const QString empty = dir.file(QStringLiteral("sub/folder/empty.sqlite"));
    const CliRun r = onStore(empty, {QStringLiteral("init")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r.out)[QStringLiteral("counts")][QStringLiteral("hosts")].toInt(), 0);
    EXPECT_TRUE(QFileInfo::exists(empty));
    EXPECT_EQ(json(onStore(empty, {QStringLiteral("list"), QStringLiteral("hosts")}).out).toArray().size(), 0);
}

TEST_F(Confmanctl, InitRefusesAnExistingStore)
{
    const QByteArray before = onStore(demo, {QStringLiteral("export")}).out;
    const CliRun r = onStore(demo, {QStringLiteral("init")});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.out.isEmpty());
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists"))) << r.err.toStdString();
    EXPECT_EQ(onStore(demo, {QStringLiteral("export")}).out, before);
}

TEST_F(Confmanctl, ListEachKind)
{
    const CliRun hostsRun = onStore(demo, {QStringLiteral("list"), QStringLiteral("hosts")});
    ASSERT_EQ(hostsRun.exitCode, 0) << hostsRun.err.toStdString();
    const QJsonArray hosts = json(hostsRun.out).toArray();
    EXPECT_EQ(hosts.size(), counts[QStringLiteral("hosts")].toInt());
    const QJsonObject cfg01 = row(hosts, QStringLiteral("name"), QStringLiteral("cfg-01"));
    EXPECT_EQ(cfg01[QStringLiteral("address")].toString(), QStringLiteral("cfg-01.contoso.example"));
    EXPECT_EQ(cfg01[QStringLiteral("osType")].toString(), QStringLiteral("Linux"));
    EXPECT_EQ(cfg01[QStringLiteral("lcaPort")].toInt(), 4999);
    EXPECT_TRUE(cfg01[QStringLiteral("enabled")].toBool());

    const QJsonArray apps = json(onStore(demo, {QStringLiteral("list"), QStringLiteral("applications")}).out).toArray();
    EXPECT_EQ(apps.size(), counts[QStringLiteral("applications")].toInt());
    const QJsonObject tserver = row(apps, QStringLiteral("name"), QStringLiteral("TServer_SIP"));
    EXPECT_EQ(tserver[QStringLiteral("type")].toString(), QStringLiteral("T-Server"));
    EXPECT_EQ(tserver[QStringLiteral("host")].toString(), QStringLiteral("voice-01"));
    EXPECT_EQ(tserver[QStringLiteral("backup")].toString(), QStringLiteral("TServer_SIP_B"));
    const QJsonObject self = row(apps, QStringLiteral("name"), QStringLiteral("default"));
    EXPECT_EQ(self[QStringLiteral("type")].toString(), QStringLiteral("Configuration Manager"));
    EXPECT_TRUE(self[QStringLiteral("backup")].isNull());

    const QJsonArray ports = json(onStore(demo, {QStringLiteral("list"), QStringLiteral("ports")}).out).toArray();
    EXPECT_EQ(ports.size(), counts[QStringLiteral("ports")].toInt());
    bool sawHaSync = false, sawSecured = false;
    for (const auto &p : ports) {
        EXPECT_FALSE(p[QStringLiteral("application")].toString().isEmpty());
        EXPECT_FALSE(p[QStringLiteral("id")].toString().isEmpty());
        EXPECT_GT(p[QStringLiteral("port")].toInt(), 0);
        if (p[QStringLiteral("application")].toString() == QStringLiteral("TServer_SIP")) {
            sawHaSync |= p[QStringLiteral("id")].toString() == QStringLiteral("ha") && p[QStringLiteral("haSync")].toBool();
            sawSecured |= p[QStringLiteral("id")].toString() == QStringLiteral("secure")
                          && p[QStringLiteral("listeningMode")].toString() == QStringLiteral("secured");
        }
    }
    EXPECT_TRUE(sawHaSync);
    EXPECT_TRUE(sawSecured);

    const QJsonArray connections =
        json(onStore(demo, {QStringLiteral("list"), QStringLiteral("connections")}).out).toArray();
    EXPECT_EQ(connections.size(), counts[QStringLiteral("connections")].toInt());
    const QJsonObject confservToDb = row(connections, QStringLiteral("client"), QStringLiteral("confserv"));
    EXPECT_EQ(confservToDb[QStringLiteral("server")].toString(), QStringLiteral("dbserver"));
    EXPECT_EQ(confservToDb[QStringLiteral("portId")].toString(), QStringLiteral("default"));
    EXPECT_EQ(confservToDb[QStringLiteral("secure")], QJsonValue(false));
}

TEST_F(Confmanctl, ListShowsASecureConnection)
{
    // A connection to the T-Server's Secured port is secure.
    const QByteArray json = R"({"formatVersion": 1, "applications": [
        {"name": "stat_secure_client", "type": "Stat Server", "host": "cfg-01", "ports": [{"port": 9200}],
         "connections": [{"server": "TServer_SIP", "portId": "secure"}]}]})";
    const CliRun imported = onStore(demo, {QStringLiteral("import"), QStringLiteral("-")}, json);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonArray connections =
        ::json(onStore(demo, {QStringLiteral("list"), QStringLiteral("connections")}).out).toArray();
    const QJsonObject c = row(connections, QStringLiteral("client"), QStringLiteral("stat_secure_client"));
    EXPECT_EQ(c[QStringLiteral("server")].toString(), QStringLiteral("TServer_SIP"));
    EXPECT_EQ(c[QStringLiteral("secure")], QJsonValue(true));
}

TEST_F(Confmanctl, ExportToStdoutAndToAFile)
{
    const CliRun toStdout = onStore(demo, {QStringLiteral("export")});
    ASSERT_EQ(toStdout.exitCode, 0) << toStdout.err.toStdString();
    EXPECT_TRUE(toStdout.err.isEmpty());
    const QJsonObject doc = json(toStdout.out).toObject();
    EXPECT_EQ(doc[QStringLiteral("formatVersion")].toInt(), 1);
    EXPECT_EQ(doc[QStringLiteral("hosts")].toArray().size(), counts[QStringLiteral("hosts")].toInt());
    EXPECT_EQ(doc[QStringLiteral("applications")].toArray().size(), counts[QStringLiteral("applications")].toInt());

    const QString file = dir.file(QStringLiteral("out.json"));
    const CliRun toFile = onStore(demo, {QStringLiteral("export"), QStringLiteral("--out"), file});
    ASSERT_EQ(toFile.exitCode, 0) << toFile.err.toStdString();
    EXPECT_EQ(json(toFile.out)[QStringLiteral("out")].toString(), file);
    EXPECT_EQ(readFile(file), toStdout.out);
}

TEST_F(Confmanctl, ImportOfAnExportIntoAnEmptyStoreGivesTheSameDocument)
{
    const QString file = dir.file(QStringLiteral("demo.json"));
    ASSERT_EQ(onStore(demo, {QStringLiteral("export"), QStringLiteral("--out"), file}).exitCode, 0);
    const QString copy = dir.file(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(onStore(copy, {QStringLiteral("init")}).exitCode, 0);

    const CliRun r = onStore(copy, {QStringLiteral("import"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject result = json(r.out).toObject();
    EXPECT_TRUE(result[QStringLiteral("imported")].toBool());
    EXPECT_EQ(result[QStringLiteral("hostsCreated")].toInt(), counts[QStringLiteral("hosts")].toInt());
    EXPECT_EQ(result[QStringLiteral("applicationsCreated")].toInt(), counts[QStringLiteral("applications")].toInt());
    EXPECT_EQ(onStore(copy, {QStringLiteral("export")}).out, readFile(file));
}

TEST_F(Confmanctl, ARefusedImportNamesEveryProblemAndChangesNothing)
{
    const QByteArray before = onStore(demo, {QStringLiteral("export")}).out;
    const QString bad = dir.file(QStringLiteral("bad.json"));
    writeFile(bad, R"({"formatVersion": 1,
        "hosts": [{"name": "new-host", "address": "new-host.contoso.example", "lcaPort": 70000}],
        "applications": [
          {"name": "stat_ok", "type": "Stat Server", "host": "cfg-01", "ports": [{"port": 9300}]},
          {"name": "stat_zero", "type": "Stat Server", "host": "cfg-01", "ports": [{"port": 0}]}]})");
    const CliRun r = onStore(demo, {QStringLiteral("import"), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    const QStringList lines = r.errLines();
    ASSERT_EQ(lines.size(), 3) << r.err.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("confmanctl: import refused, nothing was changed (2 problems):"));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("hosts[0].lcaPort: "))) << r.err.toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral("70000"))) << r.err.toStdString();
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("applications[1].ports"))) << r.err.toStdString();
    EXPECT_EQ(onStore(demo, {QStringLiteral("export")}).out, before);
}

TEST_F(Confmanctl, AnInvalidDocumentIsBadInput)
{
    const QByteArray before = onStore(demo, {QStringLiteral("export")}).out;
    const QString bad = dir.file(QStringLiteral("typo.json"));
    writeFile(bad, R"({"formatVersion": 1, "applications": [
        {"name": "x", "type": "Stat Server", "host": "cfg-01", "ports": [{"port": 1, "listeningMode": "securd"}]},
        {"name": "y", "type": "Stat Server", "host": "nowhere", "ports": [{"port": 2}]}]})");
    CliRun r = onStore(demo, {QStringLiteral("import"), bad});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral(
        "applications[0].ports[0].listeningMode: \"securd\" is not one of unsecured, secured, auto-detect")))
        << r.err.toStdString();

    // Dangling references are reported once the types are right.
    writeFile(bad, R"({"formatVersion": 1, "applications": [
        {"name": "y", "type": "Stat Server", "host": "nowhere", "ports": [{"port": 2}]}]})");
    r = onStore(demo, {QStringLiteral("import"), bad});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("applications[0].host: no host \"nowhere\""))) << r.err.toStdString();

    writeFile(bad, "{\"formatVersion\": 1, \"hosts\": [");
    r = onStore(demo, {QStringLiteral("import"), bad});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not valid JSON"))) << r.err.toStdString();

    r = onStore(demo, {QStringLiteral("import"), dir.file(QStringLiteral("missing.json"))});
    EXPECT_EQ(r.exitCode, 3);
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("confmanctl: cannot read "))) << r.err.toStdString();

    r = onStore(demo, {QStringLiteral("import"), dir.path()});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("folder"))) << r.err.toStdString();

    EXPECT_EQ(onStore(demo, {QStringLiteral("export")}).out, before);
}

TEST_F(Confmanctl, AMissingStoreIsNotCreatedByAccident)
{
    const QString missing = dir.file(QStringLiteral("typo.sqlite"));
    for (const QStringList &args : {QStringList{QStringLiteral("export")},
                                    QStringList{QStringLiteral("list"), QStringLiteral("hosts")}}) {
        const CliRun r = onStore(missing, args);
        EXPECT_EQ(r.exitCode, 4);
        EXPECT_TRUE(r.out.isEmpty());
        ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("no store at"))) << r.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST_F(Confmanctl, TheStoreMayComeFromTheEnvironment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CONFMAN_STORE"), demo);
    const CliRun r = confmanctl({QStringLiteral("list"), QStringLiteral("hosts")}, {}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r.out).toArray().size(), counts[QStringLiteral("hosts")].toInt());
}

TEST_F(Confmanctl, UnwritablePathsAreStoreErrors)
{
    // A regular file where a folder should be: no one, not even root, can create below it.
    const QString file = dir.file(QStringLiteral("plain-file"));
    writeFile(file, "not a folder");

    CliRun r = onStore(file + QStringLiteral("/store.sqlite"), {QStringLiteral("init")});
    EXPECT_EQ(r.exitCode, 4);
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("confmanctl: cannot create the store "))) << r.err.toStdString();

    r = onStore(demo, {QStringLiteral("export"), QStringLiteral("--out"), file + QStringLiteral("/out.json")});
    EXPECT_EQ(r.exitCode, 4);
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("confmanctl: cannot write "))) << r.err.toStdString();
    EXPECT_EQ(readFile(file), QByteArray("not a folder"));

    // A file that is not a store at all.
    r = onStore(file, {QStringLiteral("list"), QStringLiteral("hosts")});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("confmanctl: cannot open the store "))) << r.err.toStdString();
    EXPECT_EQ(readFile(file), QByteArray("not a folder"));
}

TEST_F(Confmanctl, UsageErrors)
{
    const QList<QStringList> cases = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("list")},
        {QStringLiteral("list"), QStringLiteral("widgets")},
        {QStringLiteral("list"), QStringLiteral("hosts"), QStringLiteral("extra")},
        {QStringLiteral("import")},
        {QStringLiteral("import"), QStringLiteral("a.json"), QStringLiteral("b.json")},
        {QStringLiteral("export"), QStringLiteral("--out")},
        {QStringLiteral("export"), QStringLiteral("--bogus")},
        {QStringLiteral("init"), QStringLiteral("--bogus")},
    };
    const QByteArray before = onStore(demo, {QStringLiteral("export")}).out;
    for (const QStringList &args : cases) {
        const CliRun r = onStore(demo, args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.err.isEmpty()) << args.join(QLatin1Char(' ')).toStdString();
    }
    const CliRun noPath = confmanctl({QStringLiteral("--store")});
    EXPECT_EQ(noPath.exitCode, 2);
    EXPECT_EQ(onStore(demo, {QStringLiteral("export")}).out, before);
}
