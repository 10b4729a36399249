// SPEC S7: -transport-port / -transport-address in Start Info arguments.
#include "ConfigTestSupport.h"

#include "models/config/StartInfoArguments.h"

using namespace confman;

TEST(StartInfoArguments, FindsPortAndAddress)
{
    const auto a = StartInfoArguments::parse(
        QStringLiteral("-host cs -port 2020 -transport-port 5000 -transport-address 10.0.0.5 -app TS1"));
    EXPECT_TRUE(a.problem.isEmpty()) << a.problem.toStdString();
    ASSERT_TRUE(a.port.has_value());
    EXPECT_EQ(*a.port, 5000);
    EXPECT_EQ(a.address, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(a.describe(), QStringLiteral("port 5000, address 10.0.0.5"));
}

TEST(StartInfoArguments, NoOptionsDefineNothing)
{
    const auto a = StartInfoArguments::parse(QStringLiteral("-host cs -port 2020"));
    EXPECT_FALSE(a.definesValues());
    EXPECT_TRUE(a.problem.isEmpty());
    EXPECT_FALSE(StartInfoArguments::parse(QString()).definesValues());
}

TEST(StartInfoArguments, QuotedValuesAreUnquoted)
{
    const auto a = StartInfoArguments::parse(QStringLiteral("-transport-port \"5000\" -transport-address 'client.example.com'"));
    ASSERT_TRUE(a.port.has_value());
    EXPECT_EQ(*a.port, 5000);
    EXPECT_EQ(a.address, QStringLiteral("client.example.com"));
}

TEST(StartInfoArguments, QuotedOptionTextIsNotTheOption)
{
    // A single quoted argument containing the option text is passed verbatim to the program.
    const auto a = StartInfoArguments::parse(QStringLiteral("-title \"-transport-port 5000\" -app 'x -transport-address 1.2.3.4'"));
    EXPECT_FALSE(a.definesValues());
    EXPECT_TRUE(a.problem.isEmpty());
}

TEST(StartInfoArguments, SplitHandlesQuotesAndBlanks)
{
    bool unterminated = true;
    EXPECT_EQ(StartInfoArguments::split(QStringLiteral("  a  \"b c\"\td'e f'g \"\" "), &unterminated),
              (QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("de fg"), QString()}));
    EXPECT_FALSE(unterminated);
    StartInfoArguments::split(QStringLiteral("a \"b"), &unterminated);
    EXPECT_TRUE(unterminated);
}

TEST(StartInfoArguments, Problems)
{
    struct Case
    {
        const char *text;
        const char *fragment;
    };
    for (const Case &c : {Case{"-transport-port", "-transport-port has no value"},
                          Case{"-transport-port abc", "`abc` is not a port number"},
                          Case{"-transport-port 70000", "`70000` is not a port number"},
                          Case{"-transport-address", "-transport-address has no value"},
                          Case{"-transport-address bad_host", "`bad_host` is not an IP address or host name"},
                          Case{"-transport-port 1 -transport-port 2", "-transport-port is given more than once"},
                          Case{"-transport-port 1 -app \"open", "a quote is not closed"}}) {
        const auto a = StartInfoArguments::parse(QString::fromUtf8(c.text));
        EXPECT_TRUE(a.problem.contains(QString::fromUtf8(c.fragment))) << c.text << ": " << a.problem.toStdString();
    }
}
