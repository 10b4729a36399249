// confman's start-up runs the banner first: the real binary, --banner-only
// (exit 0 once the document is displayed; a mandatory banner that cannot be
// shown: 4), machine settings from --registry-dir or CONFMAN_REGISTRY_DIR,
// the user's acknowledgement from --user-hive.
#include "tests/models/platform/RegFileTestUtil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using confman::test::regV4;
using confman::test::regV5;
using confman::test::writeFile;

namespace {

const QString kConfman = QStringLiteral(CONFMAN_BINARY_DIR "/bin/confman");

class ConfmanBannerStartup : public ::testing::Test
{
protected:
    QTemporaryDir dir;

    void SetUp() override
    {
        if (!QFileInfo(kConfman).isExecutable())
            GTEST_SKIP() << "build the confman target first";
        QDir().mkpath(dir.filePath("registry"));
    }
    void writeBanner(const QString &url, bool mandatory)
    {
        ASSERT_TRUE(writeFile(dir.filePath("registry/10-banner.reg"),
                              regV4(QStringLiteral("[HKEY_LOCAL_MACHINE\\SOFTWARE\\GCTI\\Unilogin\\Banner]\n"
                                                   "\"AckMandatory\"=dword:%1\n\n"
                                                   "[HKEY_LOCAL_MACHINE\\SOFTWARE\\GCTI\\Unilogin\\Banner\\URLs\\1]\n"
                                                   "\"URL\"=\"%2\"\n")
                                        .arg(mandatory ? "00000001" : "00000000", url))));
    }
    int run(QStringList args, QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.remove("CONFMAN_REGISTRY_DIR");
        p.setProcessEnvironment(env);
        p.start(kConfman, QStringList{"--banner-only", "--store", dir.filePath("store.sqlite"), "--user-hive",
                                      dir.filePath("user.reg")}
                              + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }
};

TEST_F(ConfmanBannerStartup, DisplayedDocumentExitsZero)
{
    ASSERT_TRUE(writeFile(dir.filePath("terms.html"), "<html><head><title>Terms</title></head><body>x</body></html>"));
    writeBanner(dir.filePath("terms.html"), true);
    EXPECT_EQ(run({"--registry-dir", dir.filePath("registry")}), 0);
}

TEST_F(ConfmanBannerStartup, MandatoryBannerThatCannotBeShownExitsUnavailable)
{
    writeBanner(dir.filePath("missing.html"), true);
    EXPECT_EQ(run({"--registry-dir", dir.filePath("registry")}), 4);
    // The same folder named by the environment.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QProcess p;
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("CONFMAN_REGISTRY_DIR", dir.filePath("registry"));
    p.setProcessEnvironment(env);
    p.start(kConfman, {"--banner-only", "--user-hive", dir.filePath("user.reg")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 4);
}

TEST_F(ConfmanBannerStartup, StoredAcknowledgementSkipsTheBanner)
{
    writeBanner(dir.filePath("missing.html"), true);
    ASSERT_TRUE(writeFile(dir.filePath("user.reg"),
                          regV5("[HKEY_CURRENT_USER\\SOFTWARE\\GCTI\\Unilogin\\Banner]\n"
                                "\"Acknowledged\"=dword:00000001\n")));
    // Acknowledged: no banner at all, so nothing fails.
    EXPECT_EQ(run({"--registry-dir", dir.filePath("registry")}), 0);
}

} // namespace
