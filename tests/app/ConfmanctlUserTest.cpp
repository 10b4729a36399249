// confmanctl user add / passwd end to end: the real binary in a QProcess,
// the password on stdin only, then a real login against the same store.
#include "models/auth/AuditLog.h"
#include "models/auth/Authenticator.h"
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace confman;
using confman::test::TempDir;

namespace {

struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CtlRun ctl(const QString &store, const QStringList &args, const QByteArray &input = {})
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

class ConfmanctlUserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = dir.file(QStringLiteral("s.db"));
        ASSERT_EQ(ctl(store, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    }
    LoginResult login(const QString &user, const QString &password)
    {
        QString error;
        auto config = SqliteStore::open(store, &error);
        auto persons = SqlitePersonStore::open(store, &error);
        AuditLog audit(*persons);
        Authenticator auth(*config, *persons, audit);
        return auth.login(user, password, QStringLiteral("default"));
    }
    QByteArray allBytes() const
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
    QString store;
};

TEST_F(ConfmanctlUserTest, AddCreatesAUserWhoCanLogIn)
{
    const CtlRun r = ctl(store, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                              QStringLiteral("--password-stdin"), QStringLiteral("--group"), QStringLiteral("Administrators")},
                      "Adm1n-Passw0rd!\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
    EXPECT_EQ(o.value(QStringLiteral("groups")).toArray(), QJsonArray{QStringLiteral("Administrators")});
    EXPECT_FALSE(r.out.contains("Adm1n") || r.err.contains(QStringLiteral("Adm1n")));
    EXPECT_TRUE(login(QStringLiteral("admin"), QStringLiteral("Adm1n-Passw0rd!")).ok());
    EXPECT_FALSE(login(QStringLiteral("admin"), QStringLiteral("Adm1n-Passw0rd")).ok());

    const CtlRun exported = ctl(store, {QStringLiteral("export")});
    ASSERT_EQ(exported.exitCode, 0);
    EXPECT_FALSE(exported.out.contains("pbkdf2"));
    EXPECT_FALSE((allBytes() + exported.out).contains("Adm1n-Passw0rd"));
}

TEST_F(ConfmanctlUserTest, PasswdChangesThePassword)
{
    ASSERT_EQ(ctl(store, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ops"), QStringLiteral("--password-stdin"),
                          QStringLiteral("--group"), QStringLiteral("Operators")},
                  "first-password\n")
                  .exitCode,
              0);
    const CtlRun r = ctl(store, {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("ops"), QStringLiteral("--password-stdin")},
                      "second-password\r\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("passwordChanged")).toBool());
    EXPECT_FALSE(login(QStringLiteral("ops"), QStringLiteral("first-password")).ok());
    EXPECT_TRUE(login(QStringLiteral("ops"), QStringLiteral("second-password")).ok());
}

TEST_F(ConfmanctlUserTest, PasswordOnlyFromStdinAndBadInputRefused)
{
    const CtlRun noFlag = ctl(store, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("secret")});
    EXPECT_EQ(noFlag.exitCode, 2);
    EXPECT_TRUE(noFlag.out.isEmpty());
    const CtlRun empty = ctl(store, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--password-stdin")}, "\n");
    EXPECT_EQ(empty.exitCode, 3);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("password")));
    const CtlRun badGroup = ctl(store, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--password-stdin"),
                                     QStringLiteral("--group"), QStringLiteral("Nope")},
                             "pw\n");
    EXPECT_EQ(badGroup.exitCode, 3);
    EXPECT_TRUE(badGroup.err.contains(QStringLiteral("Nope")));
    const CtlRun taken = ctl(store, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("jsmith"), QStringLiteral("--password-stdin")}, "pw\n");
    EXPECT_EQ(taken.exitCode, 1);
    EXPECT_TRUE(taken.err.contains(QStringLiteral("already exists")));
    const CtlRun unknown = ctl(store, {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("ghost"), QStringLiteral("--password-stdin")}, "pw\n");
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_FALSE(login(QStringLiteral("eve"), QStringLiteral("pw")).ok());
    const CtlRun noStore = ctl(dir.file(QStringLiteral("missing.db")),
                            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--password-stdin")}, "pw\n");
    EXPECT_EQ(noStore.exitCode, 4);
}

TEST_F(ConfmanctlUserTest, WithoutGroupNewUserHasNoAccessByDefault)
{
    const CtlRun r = ctl(store, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("newbie"), QStringLiteral("--password-stdin")},
                      "newbie-pw\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("groups")).toArray().isEmpty());
    EXPECT_EQ(login(QStringLiteral("newbie"), QStringLiteral("newbie-pw")).status, LoginResult::Status::NoAccessGroup);
}

} // namespace
