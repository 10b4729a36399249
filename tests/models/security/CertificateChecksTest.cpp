// S4.5: each finding appears exactly when its rule is broken.
#include "models/security/CertificateChecks.h"
#include "models/security/ChainVerifier.h"
#include "tests/models/security/TestPki.h"

#include <gtest/gtest.h>

using namespace confman::security;
using namespace testpki;

namespace {

Certificate load(const Cert &c)
{
    return Certificate::fromDer(certDer(c)).value();
}

QStringList codes(const confman::Findings &f)
{
    QStringList out;
    for (const auto &x : f)
        out << x.code;
    return out;
}

class CertificateChecksTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        caKey = makeKey();
        CertSpec caSpec;
        caSpec.cn = QStringLiteral("Confman Test CA");
        caSpec.ca = true;
        caSpec.serial = 1;
        caSpec.notAfterDays = 3650;
        ca = makeCert(caSpec, caKey);
        serverKey = makeKey();
    }
    static void TearDownTestSuite() { ca.reset(); caKey.reset(); serverKey.reset(); }

    static Cert issue(CertSpec s) { return makeCert(s, serverKey, ca, caKey); }
    static CertSpec goodSpec()
    {
        CertSpec s;
        s.cn = QStringLiteral("host.example.com");
        s.eku = QStringLiteral("serverAuth,clientAuth,emailProtection");
        s.san = QStringLiteral("DNS:host.example.com,DNS:*.apps.example.com,IP:127.0.0.1");
        return s;
    }
    CertificateCheckInput input(const Cert &c) const
    {
        CertificateCheckInput in;
        in.certificate = load(c);
        in.privateKey = PrivateKey::fromData(keyPem(serverKey)).value();
        in.trustedCa = QVector<Certificate>{load(ca)};
        in.hostFqdn = QStringLiteral("host.example.com");
        in.kind = ApplicationKind::Server;
        return in;
    }

    static inline Key caKey, serverKey;
    static inline Cert ca;
};

} // namespace

TEST_F(CertificateChecksTest, GoodServerCertificateHasNoFinding)
{
    const auto f = CertificateChecks::check(input(issue(goodSpec())));
    EXPECT_TRUE(f.isEmpty()) << qPrintable(codes(f).join(','));
}

TEST_F(CertificateChecksTest, ExpiredAndNotYetValid)
{
    CertSpec s = goodSpec();
    s.notBeforeDays = -30;
    s.notAfterDays = -1;
    auto f = CertificateChecks::check(input(issue(s)));
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("cert.expired")});
    EXPECT_TRUE(f.first().isError());

    // The same good certificate, checked at times outside its validity.
    auto in = input(issue(goodSpec()));
    in.at = QDateTime::currentDateTimeUtc().addDays(400);
    EXPECT_EQ(codes(CertificateChecks::check(in)), QStringList{QStringLiteral("cert.expired")});
    in.at = QDateTime::currentDateTimeUtc().addDays(-10);
    // The CA was made a day ago too: it is not yet valid either.
    EXPECT_EQ(codes(CertificateChecks::check(in)),
              (QStringList{QStringLiteral("cert.not-yet-valid"), QStringLiteral("cert.ca-not-yet-valid")}));
    in.trustedCa.reset();
    EXPECT_EQ(codes(CertificateChecks::check(in)), QStringList{QStringLiteral("cert.not-yet-valid")});
}

TEST_F(CertificateChecksTest, ExpiredCaIsItsOwnFinding)
{
    Key oldCaKey = makeKey(KeyType::EcP256);
    CertSpec caSpec;
    caSpec.cn = QStringLiteral("Old CA");
    caSpec.ca = true;
    caSpec.notBeforeDays = -800;
    caSpec.notAfterDays = -2;
    Cert oldCa = makeCert(caSpec, oldCaKey);
    Cert leaf = makeCert(goodSpec(), serverKey, oldCa, oldCaKey);
    auto in = input(leaf);
    in.trustedCa = QVector<Certificate>{load(oldCa)};
    const auto f = CertificateChecks::check(in);
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("cert.ca-expired")});
    EXPECT_TRUE(f.first().message.contains(QLatin1String("Old CA")));
}

TEST_F(CertificateChecksTest, MissingEkuDependsOnApplicationKind)
{
    CertSpec s = goodSpec();
    s.eku = QStringLiteral("clientAuth,emailProtection");
    auto in = input(issue(s));
    auto f = CertificateChecks::check(in);
    ASSERT_EQ(codes(f), QStringList{QStringLiteral("cert.eku-missing")});
    EXPECT_TRUE(f.first().message.contains(QLatin1String("serverAuth")));
    in.kind = ApplicationKind::Gui; // GUI needs only clientAuth + emailProtection
    EXPECT_TRUE(CertificateChecks::check(in).isEmpty());

    s.eku = QStringLiteral("codeSigning");
    auto codeSigning = input(issue(s));
    codeSigning.kind = ApplicationKind::Gui;
    f = CertificateChecks::check(codeSigning);
    ASSERT_EQ(codes(f), QStringList{QStringLiteral("cert.eku-missing")});
    EXPECT_TRUE(f.first().message.contains(QLatin1String("clientAuth, emailProtection")));

    s.eku.clear(); // no EKU extension at all: S4.5's usages are not stated
    EXPECT_EQ(codes(CertificateChecks::check(input(issue(s)))), QStringList{QStringLiteral("cert.eku-missing")});
}

TEST_F(CertificateChecksTest, HostMustBeInSanOrCommonName)
{
    auto in = input(issue(goodSpec()));
    for (const QString &ok : {QStringLiteral("HOST.Example.com"), QStringLiteral("host.example.com."),
                              QStringLiteral("web.apps.example.com"), QStringLiteral("127.0.0.1")}) {
        in.hostFqdn = ok;
        EXPECT_TRUE(CertificateChecks::check(in).isEmpty()) << qPrintable(ok);
    }
    for (const QString &bad : {QStringLiteral("other.example.com"), QStringLiteral("a.b.apps.example.com"),
                               QStringLiteral("apps.example.com"), QStringLiteral("127.0.0.2")}) {
        in.hostFqdn = bad;
        const auto f = CertificateChecks::check(in);
        EXPECT_EQ(codes(f), QStringList{QStringLiteral("cert.host-mismatch")}) << qPrintable(bad);
    }
    // Certificate for another host, found through its CN only (no SAN).
    CertSpec other = goodSpec();
    other.cn = QStringLiteral("other.example.com");
    other.san.clear();
    auto otherIn = input(issue(other));
    EXPECT_EQ(codes(CertificateChecks::check(otherIn)), QStringList{QStringLiteral("cert.host-mismatch")});
    otherIn.hostFqdn = QStringLiteral("Other.Example.COM");
    EXPECT_TRUE(CertificateChecks::check(otherIn).isEmpty());

    EXPECT_FALSE(CertificateChecks::nameMatches(QStringLiteral("*.com"), QStringLiteral("example.com")));
    EXPECT_TRUE(CertificateChecks::nameMatches(QStringLiteral("*.Example.com"), QStringLiteral("x.example.COM")));
}

TEST_F(CertificateChecksTest, KeyThatDoesNotMatch)
{
    auto in = input(issue(goodSpec()));
    in.privateKey = PrivateKey::fromData(keyPem(makeKey(KeyType::EcP256))).value();
    EXPECT_EQ(codes(CertificateChecks::check(in)), QStringList{QStringLiteral("cert.key-mismatch")});
    in.privateKey.reset();
    EXPECT_TRUE(CertificateChecks::check(in).isEmpty());
}

TEST_F(CertificateChecksTest, ChainMustVerifyAgainstTrustedCa)
{
    Key otherKey = makeKey(KeyType::Ed25519);
    CertSpec otherSpec;
    otherSpec.cn = QStringLiteral("Other CA");
    otherSpec.ca = true;
    Cert otherCa = makeCert(otherSpec, otherKey);
    auto in = input(issue(goodSpec()));
    in.trustedCa = QVector<Certificate>{load(otherCa)};
    const auto f = CertificateChecks::check(in);
    ASSERT_EQ(codes(f), QStringList{QStringLiteral("cert.chain-invalid")});
    EXPECT_TRUE(f.first().message.contains(QLatin1String("unable to get local issuer certificate")))
        << qPrintable(f.first().message);
}

TEST_F(CertificateChecksTest, ChainVerifierBuildsPathThroughIntermediateAndHonoursTime)
{
    Key interKey = makeKey(KeyType::EcP256);
    CertSpec interSpec;
    interSpec.cn = QStringLiteral("Intermediate");
    interSpec.ca = true;
    interSpec.notAfterDays = 100;
    Cert inter = makeCert(interSpec, interKey, ca, caKey);
    Cert leaf = makeCert(goodSpec(), serverKey, inter, interKey);

    ChainVerifier noIntermediate({load(ca)});
    auto partial = noIntermediate.verify(load(leaf));
    EXPECT_FALSE(partial.ok);
    EXPECT_EQ(partial.path.size(), 1);

    ChainVerifier verifier({load(ca)}, {load(inter)});
    auto r = verifier.verify(load(leaf));
    ASSERT_TRUE(r.ok) << qPrintable(r.reason);
    ASSERT_EQ(r.path.size(), 3);
    EXPECT_EQ(r.path.at(1).issuedTo(), QStringLiteral("Intermediate"));
    EXPECT_EQ(r.path.at(2).issuedTo(), QStringLiteral("Confman Test CA"));

    auto later = verifier.verify(load(leaf), QDateTime::currentDateTimeUtc().addDays(200));
    EXPECT_FALSE(later.ok);
    EXPECT_EQ(later.reason, QStringLiteral("certificate has expired"));
    EXPECT_EQ(later.errorDepth, 1);
}
