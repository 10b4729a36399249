// confmanctl banner resolve, run as the real binary on .reg files.
#include "tests/models/platform/RegFileTestUtil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using confman::test::regV4;
using confman::test::regV5;
using confman::test::writeFile;

namespace {

const QString B = QStringLiteral("[HKEY_LOCAL_MACHINE\\SOFTWARE\\GCTI\\Unilogin\\Banner");

struct CtlRun
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

CtlRun confmanctl(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CONFMAN_BINARY_DIR "/bin/confmanctl"), args);
    CtlRun r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitCode();
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST(ConfmanctlBannerResolve, ResolvesFilesAsJson)
{
    QTemporaryDir dir;
    const QString reg = dir.filePath("registry.d");
    QDir().mkpath(reg);
    ASSERT_TRUE(writeFile(reg + "/10-base.reg", regV5(
        B + "]\n\"AckMandatory\"=dword:00000001\n\"Title\"=\"Terms\"\n\"Width\"=\"800\"\n\"Height\"=dword:00000010\n"
        + B + "\\URLs\\10]\n\"URL\"=\"http://h/ten\"\n"
        + B + "\\URLs\\2]\n\"URL\"=\"http://h/two\"\n"
        + B + "\\URLs\\3]\n\"URL\"=\"http://h/err\"\n\"ErrorPage\"=dword:00000001\n")));
    ASSERT_TRUE(writeFile(reg + "/20-site.reg", regV4(B + "\\19]\n\"AckMode\"=dword:00000001\nnot a line\n")));
    const QString user = dir.filePath("user.reg");
    ASSERT_TRUE(writeFile(user, regV5("[HKEY_CURRENT_USER\\SOFTWARE\\GCTI\\Unilogin\\Banner\\19]\n\"Acknowledged\"=dword:00000001\n")));

    const CtlRun r = confmanctl({"banner", "resolve", "--registry-dir", reg, "--user-hive", user});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject &j = r.json;
    EXPECT_TRUE(j["enabled"].toBool());
    const QJsonArray urls = j["urls"].toArray();
    ASSERT_EQ(urls.size(), 2);
    EXPECT_EQ(urls[0].toObject()["url"].toString(), QStringLiteral("http://h/two"));
    EXPECT_EQ(urls[0].toObject()["seq"].toInt(), 2);
    EXPECT_EQ(urls[1].toObject()["seq"].toInt(), 10);
    ASSERT_EQ(j["errorPages"].toArray().size(), 1);
    EXPECT_EQ(j["errorPages"].toArray()[0].toObject()["url"].toString(), QStringLiteral("http://h/err"));
    EXPECT_TRUE(j["ackMandatory"].toBool());
    EXPECT_EQ(j["ackMode"].toInt(), 1);
    EXPECT_EQ(j["showUpTimeout"].toInt(), 3000);
    EXPECT_EQ(j["noCompleteTimeout"].toInt(), 2000);
    EXPECT_EQ(j["title"].toString(), QStringLiteral("Terms"));
    EXPECT_TRUE(j["height"].isNull());
    EXPECT_EQ(j["width"].toInt(), 800);
    EXPECT_TRUE(j["acknowledged"].toBool());
    const QJsonArray ignored = j["ignored"].toArray();
    ASSERT_EQ(ignored.size(), 1);
    EXPECT_EQ(ignored[0].toObject()["value"].toString(), QStringLiteral("Height"));
    EXPECT_FALSE(ignored[0].toObject()["reason"].toString().isEmpty());
    EXPECT_TRUE(r.err.contains("20-site.reg:5")); // the malformed line, reported with its number
}

TEST(ConfmanctlBannerResolve, NothingConfiguredAndEnvironmentFolder)
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CONFMAN_REGISTRY_DIR", dir.filePath("none"));
    const CtlRun r = confmanctl({"banner", "resolve", "--user-hive", dir.filePath("user.reg"), "--app-type", "44"}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.json["enabled"].toBool());
    EXPECT_TRUE(r.json["urls"].toArray().isEmpty());
    EXPECT_TRUE(r.json["title"].isNull());
    EXPECT_TRUE(r.json["width"].isNull());
    EXPECT_FALSE(r.json["acknowledged"].toBool());

    // The environment variable names the machine folder.
    QDir().mkpath(dir.filePath("env"));
    ASSERT_TRUE(writeFile(dir.filePath("env/a.reg"), regV5(B + "\\44\\1]\n\"URL\"=\"http://h/sci\"\n")));
    env.insert("CONFMAN_REGISTRY_DIR", dir.filePath("env"));
    const CtlRun e = confmanctl({"banner", "resolve", "--user-hive", dir.filePath("user.reg"), "--app-type", "44"}, env);
    EXPECT_EQ(e.json["urls"].toArray().size(), 1);
}

TEST(ConfmanctlBannerResolve, BadArgumentsAreUsageErrors)
{
    EXPECT_EQ(confmanctl({"banner", "resolve", "--app-type", "x"}).exitCode, 2);
    EXPECT_EQ(confmanctl({"banner", "resolve", "--registry-dir"}).exitCode, 2);
    EXPECT_EQ(confmanctl({"banner", "frobnicate"}).exitCode, 2);
}
