// confmanctl export / import with Persons and Access Groups (issue 5): the
// real binary, real store files.
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace confman;
using confman::test::TempDir;

namespace {

struct CtlResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CtlResult confmanctl(const QString &store, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CONFMAN_STORE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CONFMAN_BINARY_DIR "/bin/confmanctl"), QStringList{QStringLiteral("--store"), store} + args);
    EXPECT_TRUE(p.waitForStarted(10000));
    p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kPassword = "Adm1n-Export-Passw0rd!";

} // namespace

TEST(ConfmanctlAccountsExchange, ExportImportRoundTripsAccountsWithoutPasswords)
{
    TempDir dir;
    const QString source = dir.file(QStringLiteral("source.db"));
    ASSERT_EQ(confmanctl(source, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    ASSERT_EQ(confmanctl(source, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                  QStringLiteral("--password-stdin"), QStringLiteral("--group"), QStringLiteral("Administrators")},
                         kPassword + '\n')
                  .exitCode,
              0);
    QString hash;
    {
        QString error;
        auto persons = SqlitePersonStore::open(source, &error);
        ASSERT_TRUE(persons);
        hash = persons->personByUserName(QStringLiteral("admin"))->passwordHash;
        ASSERT_FALSE(hash.isEmpty());
    }

    const QString file = dir.file(QStringLiteral("site.json"));
    const CtlResult exported = confmanctl(source, {QStringLiteral("export"), QStringLiteral("--out"), file});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QByteArray bytes = readAll(file);
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    ASSERT_EQ(doc.value(QStringLiteral("persons")).toArray().size(), 4);
    ASSERT_EQ(doc.value(QStringLiteral("accessGroups")).toArray().size(), 2);
    EXPECT_FALSE(bytes.contains(kPassword));
    EXPECT_FALSE(bytes.contains(hash.toUtf8()));
    for (const QString &part : hash.split(QLatin1Char('$')).mid(2))
        EXPECT_FALSE(bytes.contains(part.toUtf8())) << part.toStdString();
    // The file and standard output say the same.
    EXPECT_EQ(confmanctl(source, {QStringLiteral("export")}).out, bytes);

    const QString target = dir.file(QStringLiteral("target.db"));
    ASSERT_EQ(confmanctl(target, {QStringLiteral("init")}).exitCode, 0);
    const CtlResult imported = confmanctl(target, {QStringLiteral("import"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(imported.out).object();
    EXPECT_EQ(result.value(QStringLiteral("personsCreated")).toInt(), 4);
    EXPECT_EQ(result.value(QStringLiteral("accessGroupsCreated")).toInt(), 2);
    EXPECT_EQ(result.value(QStringLiteral("personsUpdated")).toInt(), 0);

    EXPECT_EQ(confmanctl(target, {QStringLiteral("export")}).out, bytes);
    QString error;
    auto persons = SqlitePersonStore::open(target, &error);
    ASSERT_TRUE(persons);
    const auto admin = persons->personByUserName(QStringLiteral("admin"));
    ASSERT_TRUE(admin);
    EXPECT_FALSE(admin->hasPassword());
    EXPECT_EQ(admin->memberOf.size(), 1);
}

TEST(ConfmanctlAccountsExchange, MalformedPersonIsRefusedWithItsPathAndChangesNothing)
{
    TempDir dir;
    const QString store = dir.file(QStringLiteral("s.db"));
    ASSERT_EQ(confmanctl(store, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QByteArray before = confmanctl(store, {QStringLiteral("export")}).out;

    const QByteArray json = R"({"formatVersion": 1,
        "hosts": [{"name": "added-host"}],
        "persons": [{"userName": "eve", "memberOf": ["Administrators"], "password": "letmein"}]})";
    const CtlResult r = confmanctl(store, {QStringLiteral("import"), QStringLiteral("-")}, json);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was changed")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("persons[0].password: passwords are never exported or imported")))
        << r.err.toStdString();
    EXPECT_EQ(confmanctl(store, {QStringLiteral("export")}).out, before);
}
