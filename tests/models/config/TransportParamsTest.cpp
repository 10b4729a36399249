// SPEC S7: Transport Protocol Parameters and the address syntax behind them.
#include "ConfigTestSupport.h"

#include "models/config/NetworkAddress.h"
#include "models/config/TransportParams.h"

using namespace confman;

TEST(TransportParams, ParsesPortOnly)
{
    const auto r = TransportParams::parse(QStringLiteral("port=5000"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value.port, 5000);
    EXPECT_TRUE(r.value.address.isEmpty());
}

TEST(TransportParams, ParsesPortAndAddressInAnyOrder)
{
    for (const char *text : {"port=5000;address=10.0.0.5", "address=10.0.0.5;port=5000"}) {
        const auto r = TransportParams::parse(QString::fromUtf8(text));
        ASSERT_TRUE(r.ok()) << text;
        EXPECT_EQ(r.value.port, 5000);
        EXPECT_EQ(r.value.address, QStringLiteral("10.0.0.5"));
        EXPECT_EQ(r.value.serialize(), QStringLiteral("port=5000;address=10.0.0.5"));
    }
}

TEST(TransportParams, AcceptsIpv6AndHostNames)
{
    for (const char *address : {"::1", "fe80::1:2", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.1", "tserver-1",
                                "host.example.com", "host.example.com."}) {
        const auto r = TransportParams::parse(QStringLiteral("port=1;address=%1").arg(QString::fromUtf8(address)));
        EXPECT_TRUE(r.ok()) << address;
    }
}

TEST(TransportParams, PortBounds)
{
    EXPECT_TRUE(TransportParams::parse(QStringLiteral("port=1")).ok());
    EXPECT_TRUE(TransportParams::parse(QStringLiteral("port=65535")).ok());
    for (const char *bad : {"port=0", "port=65536", "port=-1", "port=+80", "port=12a", "port=99999999999"}) {
        const auto r = TransportParams::parse(QString::fromUtf8(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error->column, 6) << bad;
        EXPECT_TRUE(r.error->message.contains(QStringLiteral("1 to 65535"))) << bad;
    }
}

TEST(TransportParams, ErrorPositions)
{
    struct Case
    {
        const char *text;
        int column;
        const char *fragment;
    };
    for (const Case &c : {Case{"port=5000 ;address=h", 10, "space before ';'"},
                          Case{"port=5000; address=h", 11, "space after ';'"},
                          Case{"port =5000", 5, "space before '='"},
                          Case{"port=5000;address=10.0.0.300", 19, "not an IP address or host name"},
                          Case{"port=5000;address=-bad", 19, "not an IP address or host name"},
                          Case{"port=5000;address=a_b", 19, "not an IP address or host name"},
                          Case{"port=5000;address=1::2::3", 19, "not an IP address or host name"},
                          Case{"address=10.0.0.1", 1, "port=<n> is missing"},
                          Case{"port=5000;addr=x", 11, "unknown key `addr`"},
                          Case{"port=1;port=2", 8, "duplicate key `port`"},
                          Case{"port=5000;", 10, "trailing ';'"},
                          Case{"", 1, "empty"}}) {
        const auto r = TransportParams::parse(QString::fromUtf8(c.text));
        ASSERT_FALSE(r.ok()) << c.text;
        EXPECT_EQ(r.error->column, c.column) << c.text << ": " << r.error->describe().toStdString();
        EXPECT_TRUE(r.error->message.contains(QString::fromUtf8(c.fragment)))
            << c.text << ": " << r.error->describe().toStdString();
    }
}

TEST(TransportParams, RoundTrip)
{
    for (const TransportParams &p : {TransportParams{1, {}}, TransportParams{65535, QStringLiteral("::1")},
                                     TransportParams{5000, QStringLiteral("client.example.com")}}) {
        const auto back = TransportParams::parse(p.serialize());
        ASSERT_TRUE(back.ok()) << p.serialize().toStdString();
        EXPECT_EQ(back.value, p);
        EXPECT_EQ(back.value.serialize(), p.serialize());
    }
}

TEST(NetworkAddress, Ipv4)
{
    EXPECT_TRUE(isIpv4Address(u"127.0.0.1"));
    EXPECT_TRUE(isIpv4Address(u"255.255.255.255"));
    EXPECT_TRUE(isIpv4Address(u"0.0.0.0"));
    for (const auto bad : {u"256.0.0.1", u"1.2.3", u"1.2.3.4.5", u"01.2.3.4", u"1..3.4", u"a.b.c.d", u"1.2.3.4 "})
        EXPECT_FALSE(isIpv4Address(bad)) << QString::fromUtf16(bad).toStdString();
}

TEST(NetworkAddress, Ipv6)
{
    for (const auto good : {u"::", u"::1", u"1:2:3:4:5:6:7:8", u"1::8", u"1:2:3:4:5:6:7::", u"::2:3:4:5:6:7:8",
                            u"fe80::a:B:c", u"::ffff:10.0.0.1", u"1:2:3:4:5:6:10.0.0.1"})
        EXPECT_TRUE(isIpv6Address(good)) << QString::fromUtf16(good).toStdString();
    for (const auto bad : {u"1:2:3:4:5:6:7:8:9", u"1::2::3", u"12345::1", u"g::1", u":1:2:3:4:5:6:7", u"1:2:3:4:5:6:7:",
                           u"1:2:3:4:5:6:7", u"[::1]", u"::1%eth0", u"1:2:3:4:5:6:7:10.0.0.1", u"::10.0.0.256", u":"})
        EXPECT_FALSE(isIpv6Address(bad)) << QString::fromUtf16(bad).toStdString();
}

TEST(NetworkAddress, HostNames)
{
    for (const auto good : {u"localhost", u"t-server-1", u"a.b.example.com", u"xn--bcher-kva.example", u"host.",
                            u"1host", u"10.0.0.com"})
        EXPECT_TRUE(isHostName(good)) << QString::fromUtf16(good).toStdString();
    const QString longLabel(64, QLatin1Char('a'));
    EXPECT_FALSE(isHostName(longLabel));
    EXPECT_TRUE(isHostName(QString(63, QLatin1Char('a'))));
    QString tooLong;
    for (int i = 0; i < 64; ++i)
        tooLong += QStringLiteral("abc.");
    EXPECT_FALSE(isHostName(tooLong + QStringLiteral("com")));
    for (const auto bad : {u"", u"-host", u"host-", u"a..b", u"under_score", u"sp ace", u"10.0.0.300", u"123", u"..",
                           u"h\u00e9te"})
        EXPECT_FALSE(isHostName(bad)) << QString::fromUtf16(bad).toStdString();
}
