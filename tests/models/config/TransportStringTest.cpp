// SPEC S5: parsing, error positions and round trips of the transport string.
#include "ConfigTestSupport.h"

#include "models/config/TransportString.h"

using namespace confman;

namespace {

struct Malformed
{
    const char *text;
    int column;
    const char *message; // fragment of the message
};

void PrintTo(const Malformed &m, std::ostream *os) { *os << m.text; }

class TransportStringMalformed : public ::testing::TestWithParam<Malformed>
{
};

} // namespace

TEST(TransportString, EmptyMeansTlsOff)
{
    const auto r = TransportString::parse(QString());
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.value.tls);
    EXPECT_TRUE(r.value.certificate.isEmpty());
    EXPECT_EQ(r.value.serialize(), QStringLiteral("tls=0"));
}

TEST(TransportString, ParsesTlsZeroAndOne)
{
    EXPECT_FALSE(TransportString::parse(QStringLiteral("tls=0")).value.tls);
    const auto on = TransportString::parse(QStringLiteral("tls=1"));
    ASSERT_TRUE(on.ok());
    EXPECT_TRUE(on.value.tls);
    EXPECT_TRUE(on.value.certificate.isEmpty()); // uses the application / host certificate
}

TEST(TransportString, ParsesAllCertificateFields)
{
    const auto r = TransportString::parse(QStringLiteral(
        "tls=1;certificate=/opt/certs/12_host_cert.pem;certificate-key=/opt/certs/12_host_priv_key.pem;"
        "trusted-ca=/opt/certs/ca_cert.pem"));
    ASSERT_TRUE(r.ok()) << r.error->describe().toStdString();
    EXPECT_TRUE(r.value.tls);
    EXPECT_EQ(r.value.certificate.certificate, QStringLiteral("/opt/certs/12_host_cert.pem"));
    EXPECT_EQ(r.value.certificate.certificateKey, QStringLiteral("/opt/certs/12_host_priv_key.pem"));
    EXPECT_EQ(r.value.certificate.trustedCa, QStringLiteral("/opt/certs/ca_cert.pem"));
}

TEST(TransportString, ThumbprintKeepsInnerSpaces)
{
    const auto r = TransportString::parse(QStringLiteral("tls=1;certificate=9a ab db c4 02 29"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value.certificate.certificate, QStringLiteral("9a ab db c4 02 29"));
}

TEST(TransportString, KeysInAnyOrderSerializeCanonically)
{
    const auto r = TransportString::parse(QStringLiteral("trusted-ca=/ca.pem;certificate=/c.pem;tls=1"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value.serialize(), QStringLiteral("tls=1;certificate=/c.pem;trusted-ca=/ca.pem"));
}

TEST(TransportString, CanonicalStringsSerializeToThemselves)
{
    for (const char *text : {"tls=0", "tls=1", "tls=1;certificate=9a ab db c4", "tls=1;certificate=/c.pem;certificate-key=/k.pem",
                             "tls=1;certificate=/c.pem;certificate-key=/k.pem;trusted-ca=/ca.pem",
                             "tls=1;certificate=C:\\certs\\a=b.pem"}) {
        const auto r = TransportString::parse(QString::fromUtf8(text));
        ASSERT_TRUE(r.ok()) << text << ": " << r.error->describe().toStdString();
        EXPECT_EQ(r.value.serialize(), QString::fromUtf8(text));
    }
}

TEST(TransportString, ValuesRoundTrip)
{
    TransportString t;
    t.tls = true;
    t.certificate = CertificateFields{QStringLiteral("ab cd ef"), QStringLiteral("/k.pem"), QStringLiteral("/ca.pem")};
    const auto back = TransportString::parse(t.serialize());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value, t);

    const TransportString off;
    EXPECT_EQ(TransportString::parse(off.serialize()).value, off);
}

TEST(TransportString, ErrorDescribeNamesTheColumn)
{
    const auto r = TransportString::parse(QStringLiteral("tls=1 ;certificate=x"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->describe(), QStringLiteral("space before ';' at column 6"));
}

TEST_P(TransportStringMalformed, ReportsColumnAndReason)
{
    const Malformed &m = GetParam();
    const auto r = TransportString::parse(QString::fromUtf8(m.text));
    ASSERT_FALSE(r.ok()) << m.text;
    EXPECT_EQ(r.error->column, m.column) << m.text << ": " << r.error->describe().toStdString();
    EXPECT_TRUE(r.error->message.contains(QString::fromUtf8(m.message)))
        << m.text << ": " << r.error->describe().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Errors, TransportStringMalformed,
    ::testing::Values(Malformed{"tls=1 ;certificate=x", 6, "space before ';'"},
                      Malformed{"tls=1; certificate=x", 7, "space after ';'"},
                      Malformed{"tls =1", 4, "space before '='"},
                      Malformed{"tls= 1", 5, "space after '='"},
                      Malformed{" tls=1", 1, "leading space"},
                      Malformed{"tls=1 ", 6, "trailing space"},
                      Malformed{"tls=1;", 6, "trailing ';'"},
                      Malformed{"tls=1;;certificate=x", 7, "empty pair"},
                      Malformed{";tls=1", 1, "empty pair"},
                      Malformed{"tls", 4, "missing '='"},
                      Malformed{"tls=1;certificate", 18, "missing '='"},
                      Malformed{"=1", 1, "empty key"},
                      Malformed{"tls=1;=x", 7, "empty key"},
                      Malformed{"tls=", 4, "empty value"},
                      Malformed{"tls=2", 5, "tls must be 0 or 1"},
                      Malformed{"tls=yes", 5, "tls must be 0 or 1"},
                      Malformed{"TLS=1", 1, "unknown key `TLS`"},
                      Malformed{"tls=1;cert=x", 7, "unknown key `cert`"},
                      Malformed{"tls=1;tls=0", 7, "duplicate key `tls`"},
                      Malformed{"tls=1;certificate=a;certificate=b", 21, "duplicate key `certificate`"},
                      Malformed{"certificate=x", 1, "tls=0 or tls=1 is missing"},
                      Malformed{"tls=0;certificate=x", 7, "`certificate` needs tls=1"},
                      Malformed{"tls=0;trusted-ca=/ca.pem", 7, "`trusted-ca` needs tls=1"},
                      Malformed{"tls=1;certificate-key=/k.pem", 7, "`certificate-key` needs a certificate"},
                      Malformed{"tls=1;trusted-ca=/ca.pem", 7, "`trusted-ca` needs a certificate"},
                      Malformed{"tls=1;certificate=a\nb", 20, "control character"},
                      Malformed{"tls=1\t;certificate=x", 6, "control character"}));
