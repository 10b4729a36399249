// S2.1/S2.2 resolution from real .reg files written in a temp folder.
#include "models/banner/BannerSettings.h"
#include "models/platform/RegFileRegistry.h"
#include "tests/models/platform/RegFileTestUtil.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace confman::banner;
using namespace confman::platform;
using confman::test::regV4;
using confman::test::regV5;
using confman::test::writeFile;

namespace {

const QString B = QStringLiteral("[HKEY_LOCAL_MACHINE\\SOFTWARE\\GCTI\\Unilogin\\Banner");
const QString U = QStringLiteral("[HKEY_CURRENT_USER\\SOFTWARE\\GCTI\\Unilogin\\Banner");

class Resolve : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString machine() const { return dir.filePath("registry.d"); }
    QString user() const { return dir.filePath("user.reg"); }

    void SetUp() override { ASSERT_TRUE(QDir().mkpath(machine())); }
    void v5(const QString &file, const QString &body) { ASSERT_TRUE(writeFile(machine() + '/' + file, regV5(body))); }
    void v4(const QString &file, const QString &body) { ASSERT_TRUE(writeFile(machine() + '/' + file, regV4(body))); }
    void userV5(const QString &body) { ASSERT_TRUE(writeFile(user(), regV5(body))); }

    BannerSettings resolve(int type = 19)
    {
        RegFileRegistry reg(machine(), user());
        QProcessEnvironment env;
        env.insert("BANNER_HOST", "intranet.example");
        env.insert("LANG_DIR", "en");
        return BannerSettings::resolve(reg, type, env);
    }
    static QStringList urls(const QList<BannerUrl> &l)
    {
        QStringList out;
        for (const BannerUrl &u : l)
            out << u.url;
        return out;
    }
    static bool ignoredHas(const BannerSettings &s, const QString &value, const QString &keyEnd = {})
    {
        for (const IgnoredValue &v : s.ignored) {
            if (v.value == value && v.key.endsWith(keyEnd) && !v.reason.isEmpty())
                return true;
        }
        return false;
    }
};

} // namespace

TEST_F(Resolve, NothingConfiguredMeansNoBannerAndDefaults)
{
    const BannerSettings s = resolve();
    EXPECT_FALSE(s.enabled());
    EXPECT_TRUE(s.skipBanner());
    EXPECT_FALSE(s.ackMandatory);
    EXPECT_EQ(s.ackMode, 0);
    EXPECT_EQ(s.showUpTimeoutMs, 3000);
    EXPECT_EQ(s.noCompleteTimeoutMs, 2000);
    EXPECT_FALSE(s.title);
    EXPECT_FALSE(s.height);
    EXPECT_FALSE(s.width);
    EXPECT_TRUE(s.ignored.isEmpty());
}

TEST_F(Resolve, DefaultUrlListV5)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"https://intranet/terms.html\"\n");
    const BannerSettings s = resolve();
    EXPECT_TRUE(s.enabled());
    EXPECT_FALSE(s.skipBanner());
    EXPECT_EQ(urls(s.urls), QStringList{"https://intranet/terms.html"});
    EXPECT_EQ(s.urls.first().seq, 1);
}

TEST_F(Resolve, DefaultUrlListRegedit4)
{
    v4("a.reg", B + "\\URLs\\3]\n\"URL\"=\"http://old/terms.htm\"\n" + B + "]\n\"AckMode\"=dword:00000002\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(urls(s.urls), QStringList{"http://old/terms.htm"});
    EXPECT_EQ(s.ackMode, 2);
}

TEST_F(Resolve, SequenceOrderIsNumeric)
{
    v5("a.reg", B + "\\URLs\\10]\n\"URL\"=\"http://h/ten\"\n" + B + "\\URLs\\2]\n\"URL\"=\"http://h/two\"\n"
                + B + "\\URLs\\1]\n\"URL\"=\"http://h/one\"\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(urls(s.urls), (QStringList{"http://h/one", "http://h/two", "http://h/ten"}));
}

TEST_F(Resolve, NonNumericSubkeysIgnoredWithReason)
{
    v5("a.reg", B + "\\URLs\\first]\n\"URL\"=\"http://h/x\"\n" + B + "\\URLs\\5]\n\"URL\"=\"http://h/five\"\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(urls(s.urls), QStringList{"http://h/five"});
    EXPECT_TRUE(ignoredHas(s, "first", "\\URLs"));
}

TEST_F(Resolve, PerTypeListReplacesDefaultList)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/common\"\n" + B + "\\19\\1]\n\"URL\"=\"http://h/confman\"\n");
    EXPECT_EQ(urls(resolve(19).urls), QStringList{"http://h/confman"});
    EXPECT_EQ(urls(resolve(44).urls), QStringList{"http://h/common"}); // another type keeps the default list
}

TEST_F(Resolve, ErrorPagesSeparatedFromBannerUrls)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/terms\"\n"
                + B + "\\URLs\\2]\n\"URL\"=\"http://h/error\"\n\"ErrorPage\"=dword:00000001\n"
                + B + "\\URLs\\3]\n\"URL\"=\"http://h/terms2\"\n\"ErrorPage\"=\"0\"\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(urls(s.urls), (QStringList{"http://h/terms", "http://h/terms2"}));
    EXPECT_EQ(urls(s.errorPages), QStringList{"http://h/error"});
    EXPECT_EQ(s.errorPages.first().seq, 2);
}

TEST_F(Resolve, OnlyErrorPagesMeansNoBanner)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/error\"\n\"ErrorPage\"=dword:00000001\n");
    const BannerSettings s = resolve();
    EXPECT_FALSE(s.enabled());
    EXPECT_EQ(s.errorPages.size(), 1);
}

TEST_F(Resolve, PerValueFallbackToDefaultKey)
{
    v5("a.reg", B + "]\n\"AckMode\"=dword:00000001\n\"ShowUpTimeout\"=dword:00001388\n\"Title\"=\"Common\"\n"
                + B + "\\19]\n\"ShowUpTimeout\"=dword:000003e8\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(s.showUpTimeoutMs, 1000); // per type
    EXPECT_EQ(s.ackMode, 1);            // from the default key
    EXPECT_EQ(s.title, QString("Common"));
}

TEST_F(Resolve, ExpandStringsUseEnvironment)
{
    // hex(2) in a v5 file: "http://%BANNER_HOST%/%LANG_DIR%/%NOPE%" in UTF-16LE.
    QString hex;
    for (QChar c : QStringLiteral("http://%BANNER_HOST%/%LANG_DIR%/%NOPE%"))
        hex += QStringLiteral("%1,00,").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    hex += "00,00";
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=hex(2):" + hex + "\n");
    EXPECT_EQ(urls(resolve().urls), QStringList{"http://intranet.example/en/%NOPE%"});
}

TEST_F(Resolve, ExpandStringsInRegedit4AreAnsi)
{
    QString hex;
    for (QChar c : QStringLiteral("http://%BANNER_HOST%/t"))
        hex += QStringLiteral("%1,").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    hex += "00";
    v4("a.reg", B + "\\URLs\\1]\n\"URL\"=hex(2):" + hex + "\n");
    EXPECT_EQ(urls(resolve().urls), QStringList{"http://intranet.example/t"});
}

TEST_F(Resolve, PlainStringsAreNotExpanded)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/%BANNER_HOST%\"\n");
    EXPECT_EQ(urls(resolve().urls), QStringList{"http://h/%BANNER_HOST%"});
}

TEST_F(Resolve, IntegersFromDwordOrDecimalString)
{
    v5("a.reg", B + "]\n\"NoCompleteTimeout\"=\"4500\"\n\"Height\"=dword:000001f4\n\"Width\"=\"800\"\n\"AckMandatory\"=\"1\"\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(s.noCompleteTimeoutMs, 4500);
    EXPECT_EQ(s.height, 500);
    EXPECT_EQ(s.width, 800);
    EXPECT_TRUE(s.ackMandatory);
}

TEST_F(Resolve, NonDecimalStringIntegerIgnored)
{
    v5("a.reg", B + "]\n\"ShowUpTimeout\"=\"0x10\"\n\"AckMode\"=\"two\"\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(s.showUpTimeoutMs, 3000);
    EXPECT_EQ(s.ackMode, 0);
    EXPECT_TRUE(ignoredHas(s, "ShowUpTimeout"));
    EXPECT_TRUE(ignoredHas(s, "AckMode"));
}

TEST_F(Resolve, WrongTypesIgnoredWithReasons)
{
    v5("a.reg", B + "]\n\"AckMode\"=hex:01\n\"Title\"=dword:00000001\n\"Width\"=hex(b):00,04,00,00,00,00,00,00\n"
                + B + "\\URLs\\1]\n\"URL\"=dword:00000001\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(s.ackMode, 0);
    EXPECT_FALSE(s.title);
    EXPECT_FALSE(s.width);
    EXPECT_FALSE(s.enabled());
    EXPECT_TRUE(ignoredHas(s, "AckMode"));
    EXPECT_TRUE(ignoredHas(s, "Title"));
    EXPECT_TRUE(ignoredHas(s, "Width"));
    EXPECT_TRUE(ignoredHas(s, "URL", "\\URLs\\1"));
}

TEST_F(Resolve, OutOfRangeValuesIgnored)
{
    v5("a.reg", B + "]\n\"AckMode\"=dword:00000003\n\"AckMandatory\"=dword:00000002\n\"Height\"=dword:000000b4\n"
                "\"Width\"=dword:00000167\n\"ShowUpTimeout\"=\"-5\"\n\"NoCompleteTimeout\"=dword:ffffffff\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(s.ackMode, 0);
    EXPECT_FALSE(s.ackMandatory);
    EXPECT_FALSE(s.height); // 180 is not > 180
    EXPECT_FALSE(s.width);  // 359 is not > 359
    EXPECT_EQ(s.showUpTimeoutMs, 3000);
    EXPECT_EQ(s.noCompleteTimeoutMs, 2000);
    for (const char *n : {"AckMode", "AckMandatory", "Height", "Width", "ShowUpTimeout", "NoCompleteTimeout"})
        EXPECT_TRUE(ignoredHas(s, n)) << n;
}

TEST_F(Resolve, BoundaryValuesAccepted)
{
    v5("a.reg", B + "]\n\"Height\"=dword:000000b5\n\"Width\"=dword:00000168\n\"NoCompleteTimeout\"=dword:00000000\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(s.height, 181);
    EXPECT_EQ(s.width, 360);
    EXPECT_EQ(s.noCompleteTimeoutMs, 0);
    EXPECT_TRUE(s.ignored.isEmpty());
}

TEST_F(Resolve, InvalidPerTypeValueFallsBackToDefaultKey)
{
    v5("a.reg", B + "]\n\"AckMode\"=dword:00000001\n" + B + "\\19]\n\"AckMode\"=dword:00000009\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(s.ackMode, 1);
    EXPECT_TRUE(ignoredHas(s, "AckMode", "\\Banner\\19"));
}

TEST_F(Resolve, UnsupportedUrlSchemesIgnored)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"javascript:alert(1)\"\n" + B + "\\URLs\\2]\n\"URL\"=\"\"\n"
                + B + "\\URLs\\3]\n\"URL\"=\"C:\\\\Banner\\\\terms.htm\"\n" + B + "\\URLs\\4]\n\"ErrorPage\"=dword:00000001\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(urls(s.urls), QStringList{"C:\\Banner\\terms.htm"});
    EXPECT_EQ(s.urls.first().toUrl().scheme(), QStringLiteral("file"));
    EXPECT_TRUE(ignoredHas(s, "URL", "\\URLs\\1"));
    EXPECT_TRUE(ignoredHas(s, "URL", "\\URLs\\2"));
    EXPECT_TRUE(ignoredHas(s, "URL", "\\URLs\\4"));
}

TEST_F(Resolve, LaterFileDeletionsApply)
{
    v5("10-base.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/one\"\n" + B + "\\URLs\\2]\n\"URL\"=\"http://h/two\"\n"
                      + B + "]\n\"Title\"=\"T\"\n");
    v4("20-site.reg", "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\GCTI\\Unilogin\\Banner\\URLs\\1]\n" + B + "]\n\"Title\"=-\n");
    const BannerSettings s = resolve();
    EXPECT_EQ(urls(s.urls), QStringList{"http://h/two"});
    EXPECT_FALSE(s.title);
}

TEST_F(Resolve, DeletingTheWholeBannerKeyDisablesIt)
{
    v5("10-base.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/one\"\n");
    v5("20-off.reg", "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\GCTI\\Unilogin\\Banner]\n");
    EXPECT_FALSE(resolve().enabled());
}

TEST_F(Resolve, EmptyPerTypeTitleMeansHtmlTitle)
{
    v5("a.reg", B + "]\n\"Title\"=\"Common\"\n" + B + "\\19]\n\"Title\"=\"\"\n");
    EXPECT_FALSE(resolve().title);
}

TEST_F(Resolve, AckMode0HonoursAllApplicationsAcknowledgement)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/t\"\n");
    userV5(U + "]\n\"Acknowledged\"=dword:00000001\n");
    const BannerSettings s = resolve();
    EXPECT_TRUE(s.acknowledged);
    EXPECT_TRUE(s.skipBanner());
}

TEST_F(Resolve, AckMode0IgnoresPerTypeAcknowledgement)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/t\"\n");
    userV5(U + "\\19]\n\"Acknowledged\"=dword:00000001\n");
    EXPECT_FALSE(resolve().acknowledged);
}

TEST_F(Resolve, AckMode0WithoutAcknowledgementShowsBanner)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/t\"\n");
    userV5(U + "]\n\"Acknowledged\"=dword:00000000\n");
    EXPECT_FALSE(resolve().skipBanner());
}

TEST_F(Resolve, AckMode1UsesPerTypeAcknowledgement)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/t\"\n" + B + "\\19]\n\"AckMode\"=dword:00000001\n");
    userV5(U + "]\n\"Acknowledged\"=dword:00000001\n");
    EXPECT_FALSE(resolve().acknowledged); // the all-applications one does not count
    userV5(U + "\\19]\n\"Acknowledged\"=dword:00000001\n");
    EXPECT_TRUE(resolve().acknowledged);
    EXPECT_FALSE(resolve(44).acknowledged); // type 44 has AckMode 0 and no common acknowledgement
}

TEST_F(Resolve, AckMode2IgnoresStoredAcknowledgements)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/t\"\n" + B + "]\n\"AckMode\"=dword:00000002\n");
    userV5(U + "]\n\"Acknowledged\"=dword:00000001\n" + U + "\\19]\n\"Acknowledged\"=dword:00000001\n");
    const BannerSettings s = resolve();
    EXPECT_FALSE(s.acknowledged);
    EXPECT_FALSE(s.skipBanner());
    EXPECT_FALSE(s.checkboxOffered());
}

TEST_F(Resolve, AcknowledgementAsDecimalStringAndInvalidOne)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/t\"\n");
    userV5(U + "]\n\"Acknowledged\"=\"1\"\n");
    EXPECT_TRUE(resolve().acknowledged);
    userV5(U + "]\n\"Acknowledged\"=dword:00000007\n");
    const BannerSettings s = resolve();
    EXPECT_FALSE(s.acknowledged);
    EXPECT_TRUE(ignoredHas(s, "Acknowledged"));
}

TEST_F(Resolve, StoreAcknowledgementPerModeAndReadBack)
{
    v5("a.reg", B + "\\URLs\\1]\n\"URL\"=\"http://h/t\"\n" + B + "\\19]\n\"AckMode\"=dword:00000001\n");
    {
        RegFileRegistry reg(machine(), user());
        const BannerSettings s = BannerSettings::resolve(reg, 19);
        QString error;
        ASSERT_TRUE(s.storeAcknowledgement(reg, &error)) << error.toStdString();
    }
    EXPECT_TRUE(resolve().acknowledged);
    RegFileRegistry reg(machine(), user());
    EXPECT_EQ(*reg.value(Hive::CurrentUser, "SOFTWARE\\GCTI\\Unilogin\\Banner\\19", "Acknowledged"), RegistryValue::dword(1));
    EXPECT_FALSE(reg.value(Hive::CurrentUser, "SOFTWARE\\GCTI\\Unilogin\\Banner", "Acknowledged"));

    BannerSettings mode2 = BannerSettings::resolve(reg, 19);
    mode2.ackMode = 2;
    QString error;
    EXPECT_FALSE(mode2.storeAcknowledgement(reg, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(ExpandEnvironment, UnknownNamesKeptAndAdjacentPercents)
{
    QProcessEnvironment env;
    env.insert("A", "x");
    EXPECT_EQ(expandEnvironment("%A%%A%", env), QStringLiteral("xx"));
    EXPECT_EQ(expandEnvironment("%NO%A%", env), QStringLiteral("%NOx"));
    EXPECT_EQ(expandEnvironment("100%", env), QStringLiteral("100%"));
    EXPECT_EQ(expandEnvironment("%%", env), QStringLiteral("%%"));
}
