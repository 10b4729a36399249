#include "models/auth/LogFilter.h"
#include "models/auth/OptionValues.h"

#include <gtest/gtest.h>

using namespace confman;

namespace {

const QString kMessage = QStringLiteral("user=alice host=cfg-01 card=4111111111111111 note=hi");

LogFilter filterWith(const QString &defaultType, const QMap<QString, QString> &perKey = {})
{
    OptionSections o;
    if (!defaultType.isEmpty())
        o.set(kLogFilterSection, kDefaultFilterTypeOption, defaultType);
    for (auto it = perKey.cbegin(); it != perKey.cend(); ++it)
        o.set(kLogFilterDataSection, it.key(), it.value());
    return LogFilter(o);
}

TEST(LogFilter, DefaultIsCopy)
{
    EXPECT_EQ(filterWith({}).filterMessage(kMessage), kMessage);
    EXPECT_EQ(filterWith(QStringLiteral("copy")).filterMessage(kMessage), kMessage);
}

TEST(LogFilter, EveryDefaultForm)
{
    EXPECT_EQ(filterWith(QStringLiteral("hide")).filterMessage(kMessage),
              QStringLiteral("user=**** host=**** card=**** note=****"));
    EXPECT_EQ(filterWith(QStringLiteral("skip")).filterMessage(kMessage), QString());
    EXPECT_EQ(filterWith(QStringLiteral("hide-first,3")).filterMessage(kMessage),
              QStringLiteral("user=***ce host=***-01 card=***1111111111111 note=**"));
    EXPECT_EQ(filterWith(QStringLiteral("hide-last,12")).filterMessage(kMessage),
              QStringLiteral("user=***** host=****** card=4111************ note=**"));
    EXPECT_EQ(filterWith(QStringLiteral("tag")).filterMessage(QStringLiteral("user=alice")),
              QStringLiteral("user=<#alice#>"));
    EXPECT_EQ(filterWith(QStringLiteral("tag([[,]])")).filterMessage(QStringLiteral("user=alice note=hi")),
              QStringLiteral("user=[[alice]] note=[[hi]]"));
}

TEST(LogFilter, PerKeyOverridesTheDefault)
{
    const LogFilter f = filterWith(QStringLiteral("copy"), {{QStringLiteral("card"), QStringLiteral("hide-first,12")},
                                                            {QStringLiteral("note"), QStringLiteral("skip")}});
    EXPECT_EQ(f.filterMessage(kMessage), QStringLiteral("user=alice host=cfg-01 card=************1111"));
    const LogFilter g = filterWith(QStringLiteral("hide"), {{QStringLiteral("user"), QStringLiteral("copy")}});
    EXPECT_EQ(g.filterMessage(kMessage), QStringLiteral("user=alice host=**** card=**** note=****"));
}

TEST(LogFilter, SkippedPairInTheMiddleLeavesOneSeparator)
{
    const LogFilter f = filterWith({}, {{QStringLiteral("host"), QStringLiteral("skip")}});
    EXPECT_EQ(f.filterMessage(kMessage), QStringLiteral("user=alice card=4111111111111111 note=hi"));
    EXPECT_EQ(f.filterMessage(QStringLiteral("connecting to host=cfg-01")), QStringLiteral("connecting to"));
}

TEST(LogFilter, PasswordKeysAreAlwaysHidden)
{
    const LogFilter f = filterWith(QStringLiteral("copy"), {{QStringLiteral("password"), QStringLiteral("copy")},
                                                            {QStringLiteral("db-passwd"), QStringLiteral("tag")},
                                                            {QStringLiteral("PWD"), QStringLiteral("hide-first,1")}});
    const QString message = QStringLiteral("password=S3cr3t db-passwd=abc PWD=xyz client-secret=k api-password=p user=bob");
    EXPECT_EQ(f.filterMessage(message),
              QStringLiteral("password=**** db-passwd=**** PWD=**** client-secret=**** api-password=**** user=bob"));
    // skip is at least as safe as hide and stays skip
    EXPECT_EQ(filterWith(QStringLiteral("skip")).filterMessage(QStringLiteral("password=x")), QString());
    EXPECT_TRUE(LogFilter::isPasswordKey(QStringLiteral("Password")));
    EXPECT_FALSE(LogFilter::isPasswordKey(QStringLiteral("user")));
}

TEST(LogFilter, InvalidValuesAreRefusedWithTheValidForms)
{
    for (const QString &bad : {QStringLiteral("hidden"), QStringLiteral("hide-first"), QStringLiteral("hide-first,0"),
                               QStringLiteral("hide-first,-2"), QStringLiteral("hide-last,x"), QStringLiteral("tag("),
                               QStringLiteral("tag(a)"), QStringLiteral("tag(,b)"), QStringLiteral("tag(a,b,c)"),
                               QStringLiteral("COPY"), QString()}) {
        SCOPED_TRACE(bad.toStdString());
        EXPECT_FALSE(LogFilter::parseRule(bad));
        const OptionValueCheck c = checkOptionValue(kLogFilterSection, kDefaultFilterTypeOption, bad);
        EXPECT_TRUE(c.known);
        EXPECT_FALSE(c.ok);
        EXPECT_EQ(c.validValues, LogFilter::validForms());
        EXPECT_TRUE(c.message.contains(QStringLiteral("hide-first,<n>")));
        EXPECT_FALSE(checkOptionValue(kLogFilterDataSection, QStringLiteral("card"), bad).ok);
    }
    for (const QString &good : {QStringLiteral("copy"), QStringLiteral("hide"), QStringLiteral("skip"),
                                QStringLiteral("hide-first,4"), QStringLiteral("hide-last,2"), QStringLiteral("tag"),
                                QStringLiteral("tag(<,>)")}) {
        SCOPED_TRACE(good.toStdString());
        ASSERT_TRUE(LogFilter::parseRule(good));
        EXPECT_EQ(LogFilter::parseRule(good)->toString(), good);
        EXPECT_TRUE(checkOptionValue(kLogFilterDataSection, QStringLiteral("card"), good).ok);
    }
    // An invalid stored value falls back to copy rather than breaking the preview.
    EXPECT_EQ(filterWith(QStringLiteral("bogus")).filterMessage(QStringLiteral("a=b")), QStringLiteral("a=b"));
}

TEST(OptionValues, SecurityOptionsAreChecked)
{
    EXPECT_TRUE(checkOptionValue(QStringLiteral("security"), QStringLiteral("no-default-access"), QStringLiteral("1")).ok);
    const auto bad = checkOptionValue(QStringLiteral("security"), QStringLiteral("no-default-access"), QStringLiteral("2"));
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.validValues, (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    EXPECT_TRUE(checkOptionValue(QStringLiteral("security"), QStringLiteral("inactivity-timeout"), QStringLiteral("15")).ok);
    EXPECT_FALSE(checkOptionValue(QStringLiteral("security"), QStringLiteral("inactivity-timeout"), QStringLiteral("-5")).ok);
    EXPECT_FALSE(checkOptionValue(QStringLiteral("security"), QStringLiteral("account-lockout-threshold"), QStringLiteral("x")).ok);
    EXPECT_FALSE(checkOptionValue(QStringLiteral("misc"), QStringLiteral("anything"), QStringLiteral("x")).known);
}

} // namespace
