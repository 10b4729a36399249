// Every file of the shared public vectors (shared/vectors, see its
// VECTORS.md files) loads or fails with a typed error; never a crash. The
// properties VECTORS.md documents are asserted.
#include "models/security/CertificateAccess.h"
#include "models/security/ChainVerifier.h"
#include "models/security/Pkcs12Bundle.h"
#include "models/security/PrivateKey.h"
#include "tests/models/security/TestPki.h"

#include <QDirIterator>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace confman::security;

namespace {

QString vectorsDir()
{
    return QStringLiteral(CONFMAN_SOURCE_DIR "/../shared/vectors");
}

QString vec(const QString &rel)
{
    return vectorsDir() + QLatin1Char('/') + rel;
}

// Passwords documented in pyca/VECTORS.md and openssl-certs/VECTORS.md.
QString documentedPassword(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (path.contains(QLatin1String("PKITS_data")))
        return QStringLiteral("password");
    if (name.startsWith(QLatin1String("v3-certs")))
        return QStringLiteral("v3-certs");
    if (name.endsWith(QLatin1String("-pwd.p12")) && !name.endsWith(QLatin1String("-no-pwd.p12")))
        return QStringLiteral("password");
    if (name.startsWith(QLatin1String("cert-")) || name == QLatin1String("no-cert-key-aes256cbc.p12"))
        return QStringLiteral("cryptography");
    return {};
}

bool needsLegacy(const QString &name)
{
    return name == QLatin1String("cert-rc2-key-3des.p12") || name == QLatin1String("no-password.p12")
           || name == QLatin1String("v3-certs-RC2.p12");
}

void touchEveryField(const Certificate &c)
{
    EXPECT_FALSE(c.der().isEmpty());
    // Listed from the outline, the full decode (keys, chains) must follow.
    EXPECT_NE(CertificateAccess::x509(c), nullptr) << qPrintable(c.subject());
    EXPECT_EQ(c.sha1().bytes().size(), 20);
    EXPECT_EQ(c.sha256().bytes().size(), 32);
    (void)c.subject(); (void)c.issuer(); (void)c.issuedTo(); (void)c.serialNumber();
    (void)c.notBefore(); (void)c.notAfter(); (void)c.keyInfo().display(); (void)c.signatureAlgorithm();
    (void)c.subjectAltNames(); (void)c.keyUsage(); (void)c.extendedKeyUsage(); (void)c.isCA();
    (void)c.friendlyName(); (void)c.toPem();
}

class VectorsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFileInfo(vec("pyca/VECTORS.md")).exists() && QFileInfo(vec("openssl-certs/VECTORS.md")).exists())
            << "shared vectors missing: expected " << vectorsDir().toStdString()
            << " (shared/ beside the repository)";
    }
};

} // namespace

TEST_F(VectorsTest, EveryFileLoadsOrFailsWithATypedError)
{
    int files = 0, certFiles = 0, bundles = 0, failures = 0;
    QDirIterator it(vectorsDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        if (name.endsWith(QLatin1String(".md")) || name.startsWith(QLatin1String("LICENSE")))
            continue;
        ++files;
        if (name.endsWith(QLatin1String(".p12")) || name.endsWith(QLatin1String(".pfx"))) {
            auto b = Pkcs12Bundle::fromFile(path, documentedPassword(path));
            if (needsLegacy(name) && !Pkcs12Bundle::legacyProviderAvailable()) {
                ASSERT_FALSE(b.ok()) << qPrintable(path);
                EXPECT_EQ(b.errorKind(), ErrorKind::UnsupportedAlgorithm) << qPrintable(path);
                continue;
            }
            ASSERT_TRUE(b.ok()) << qPrintable(path) << ": " << qPrintable(b.errorMessage());
            ++bundles;
            for (const Certificate &c : b->certificates())
                touchEveryField(c);
            // PKITS' DSA leaf inherits its key parameters from the CA, so its
            // certificate's key alone cannot be compared with the private key.
            if (b->hasPrivateKey() && !b->certificates().isEmpty() && !name.contains(QLatin1String("DSAParameter"))) {
                EXPECT_TRUE(b->privateKey().matches(b->certificates().first())) << qPrintable(path);
            }
            if (!documentedPassword(path).isEmpty()) {
                auto wrong = Pkcs12Bundle::fromFile(path, QStringLiteral("not-the-password"));
                ASSERT_FALSE(wrong.ok()) << qPrintable(path);
                EXPECT_EQ(wrong.errorKind(), ErrorKind::WrongPassword) << qPrintable(path);
                EXPECT_EQ(wrong.errorMessage(), QStringLiteral("wrong password for ") + name);
            }
            continue;
        }
        auto certs = Certificate::fromFile(path);
        if (certs.ok()) {
            ++certFiles;
            for (const Certificate &c : certs.value())
                touchEveryField(c);
        } else {
            ++failures;
            EXPECT_FALSE(certs.errorMessage().isEmpty()) << qPrintable(path);
            EXPECT_TRUE(certs.errorMessage().contains(name)) << qPrintable(certs.errorMessage());
        }
        if (name.contains(QLatin1String("key"))) {
            auto key = PrivateKey::fromFile(path, name.contains(QLatin1String("pass-12345")) ? QStringLiteral("12345") : QString());
            if (!key.ok()) {
                EXPECT_FALSE(key.errorMessage().isEmpty()) << qPrintable(path);
            }
        }
    }
    EXPECT_GT(files, 2000);
    EXPECT_GT(certFiles, 600); // 405 PKITS certs + ~250 OpenSSL + pyca
    EXPECT_EQ(bundles, 405 + 31 + 2 - (Pkcs12Bundle::legacyProviderAvailable() ? 0 : 3));
    EXPECT_GT(failures, 400);  // CRLs, CSRs, OCSP, S/MIME, keys
}

TEST_F(VectorsTest, OpensslNonCertificateFilesSayWhatTheyHold)
{
    int notCert = 0, trusted = 0;
    QDirIterator it(vec("openssl-certs"), {QStringLiteral("*.pem")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        auto certs = Certificate::fromFile(path);
        if (!certs.ok()) {
            EXPECT_EQ(certs.errorKind(), ErrorKind::NotACertificate) << qPrintable(certs.errorMessage());
            ++notCert;
        }
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        if (f.readAll().contains("BEGIN TRUSTED CERTIFICATE")) {
            EXPECT_TRUE(certs.ok()) << qPrintable(path);
            ++trusted;
        }
    }
    EXPECT_EQ(notCert, 90); // 86 without any certificate + 4 attribute certificates
    EXPECT_EQ(trusted, 51);

    auto csr = Certificate::fromFile(vec("openssl-certs/x509-req-detect-invalid-version.pem"));
    EXPECT_TRUE(csr.errorMessage().contains(QLatin1String("certificate request"))) << qPrintable(csr.errorMessage());
    auto acert = Certificate::fromFile(vec("openssl-certs/acert.pem"));
    EXPECT_TRUE(acert.errorMessage().contains(QLatin1String("attribute certificate")));
    auto key = Certificate::fromFile(vec("openssl-certs/ee-key.pem"));
    EXPECT_EQ(key.errorMessage(), QStringLiteral("ee-key.pem: not a certificate: file is a private key"));
}

TEST_F(VectorsTest, DocumentedCertificateProperties)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto ee = Certificate::fromFile(vec("openssl-certs/ee-cert.pem"));
    ASSERT_TRUE(ee.ok());
    EXPECT_EQ(ee->first().subject(), QStringLiteral("CN=server.example"));
    EXPECT_TRUE(ee->first().isValidAt(now));
    for (const char *expired : {"ee-expired.pem", "ca-expired.pem", "root-expired.pem"}) {
        auto c = Certificate::fromFile(vec(QStringLiteral("openssl-certs/") + QLatin1String(expired)));
        ASSERT_TRUE(c.ok());
        EXPECT_LT(c->first().notAfter(), now) << expired;
    }
    auto exact = Certificate::fromFile(vec("openssl-certs/ee-expired2.pem"));
    ASSERT_TRUE(exact.ok());
    EXPECT_EQ(exact->first().notBefore().toSecsSinceEpoch(), 1758206277);
    EXPECT_EQ(exact->first().notAfter().toSecsSinceEpoch(), 2073566277);
    EXPECT_EQ(Certificate::fromFile(vec("openssl-certs/leaf-chain.pem"))->size(), 4);
    EXPECT_EQ(Certificate::fromFile(vec("openssl-certs/cert-key-cert.pem"))->size(), 2);
    EXPECT_EQ(Certificate::fromFile(vec("openssl-certs/client-ed25519-cert.pem"))->size(), 2);
    EXPECT_EQ(Certificate::fromFile(vec("openssl-certs/server-ed448-cert.pem"))->first().keyInfo().type, QStringLiteral("Ed448"));
    EXPECT_EQ(Certificate::fromFile(vec("openssl-certs/server-dsa-cert.pem"))->first().keyInfo().type, QStringLiteral("DSA"));
    EXPECT_EQ(Certificate::fromFile(vec("openssl-certs/ee-cert-8192.pem"))->first().keyInfo().bits, 8192);
    EXPECT_EQ(Certificate::fromFile(vec("openssl-certs/ee-ed25519.pem"))->first().keyInfo().type, QStringLiteral("X25519"));
    EXPECT_EQ(Certificate::fromFile(vec("openssl-certs/ee-client.pem"))->first().extendedKeyUsage(),
              QStringList{QStringLiteral("clientAuth")});

    // The PKITS trust anchor is the same certificate in both sets.
    auto anchor = Certificate::fromFile(vec("pyca/x509/PKITS_data/certs/TrustAnchorRootCertificate.crt"));
    auto pkitsta = Certificate::fromFile(vec("openssl-certs/pkitsta.pem"));
    ASSERT_TRUE(anchor.ok() && pkitsta.ok());
    EXPECT_EQ(anchor->first().sha1(), pkitsta->first().sha1());

    EXPECT_TRUE(Certificate::fromFile(vec("pyca/x509/cryptography.io.old_header.pem")).ok());
    EXPECT_EQ(Certificate::fromFile(vec("pyca/x509/cryptography.io.chain_with_garbage.pem"))->size(), 2);
    EXPECT_FALSE(Certificate::fromFile(vec("pyca/x509/cryptography-scts-tbs-precert.der")).ok());
    EXPECT_FALSE(Certificate::fromFile(vec("pyca/x509/custom/invalid_utf8_common_name.pem")).ok());
    const auto san = Certificate::fromFile(vec("pyca/x509/custom/san_email_dns_ip_dirname_uri.pem"))->first().subjectAltNames();
    EXPECT_FALSE(san.dns.isEmpty());
    EXPECT_FALSE(san.ip.isEmpty());
    EXPECT_FALSE(san.email.isEmpty());
    EXPECT_TRUE(Certificate::fromFile(vec("pyca/x509/badasn1time.pem")).ok()); // parses; time is shown as unknown
}

TEST_F(VectorsTest, DocumentedKeysAndBundles)
{
    EXPECT_TRUE(PrivateKey::fromFile(vec("openssl-certs/key-pass-12345.pem"), QStringLiteral("12345")).ok());
    EXPECT_EQ(PrivateKey::fromFile(vec("openssl-certs/key-pass-12345.pem"), QStringLiteral("1234")).errorKind(),
              ErrorKind::WrongPassword);
    EXPECT_EQ(PrivateKey::fromFile(vec("openssl-certs/key-pass-12345.pem")).errorKind(), ErrorKind::PasswordRequired);
    EXPECT_EQ(PrivateKey::fromFile(vec("openssl-certs/root-ml-dsa-44-key.pem")).errorKind(), ErrorKind::UnsupportedKeyType);
    auto eeKey = PrivateKey::fromFile(vec("openssl-certs/ee-key.pem"));
    ASSERT_TRUE(eeKey.ok());
    EXPECT_TRUE(eeKey->matches(Certificate::fromFile(vec("openssl-certs/ee-cert.pem"))->first()));
    EXPECT_FALSE(eeKey->matches(Certificate::fromFile(vec("openssl-certs/ca-cert.pem"))->first()));

    auto named = Pkcs12Bundle::fromFile(vec("pyca/pkcs12/name-all-no-pwd.p12"), QString());
    ASSERT_TRUE(named.ok());
    ASSERT_EQ(named->certificates().size(), 3);
    EXPECT_TRUE(named->hasPrivateKey());
    QStringList names;
    for (const auto &c : named->certificates())
        names << c.friendlyName();
    names.sort();
    EXPECT_EQ(names, (QStringList{"name", "name2", "name3"}));
    auto java = Pkcs12Bundle::fromFile(vec("pyca/pkcs12/java-truststore.p12"), QString());
    ASSERT_TRUE(java.ok());
    EXPECT_EQ(java->certificates().size(), 2);
    EXPECT_FALSE(java->hasPrivateKey());
    auto keyOnly = Pkcs12Bundle::fromFile(vec("pyca/pkcs12/no-cert-key-aes256cbc.p12"), QStringLiteral("cryptography"));
    ASSERT_TRUE(keyOnly.ok());
    EXPECT_TRUE(keyOnly->certificates().isEmpty());
    EXPECT_TRUE(keyOnly->hasPrivateKey());
    EXPECT_EQ(Pkcs12Bundle::fromFile(vec("pyca/pkcs12/name-all-pwd.p12"), QString()).errorKind(), ErrorKind::PasswordRequired);
    EXPECT_EQ(Pkcs12Bundle::fromFile(vec("openssl-certs/v3-certs-TDES.p12"), QStringLiteral("v3-certs"))->certificates().size(), 2);
}

TEST_F(VectorsTest, DocumentedChains)
{
    auto load = [](const char *rel) { return Certificate::fromFile(vec(QString::fromLatin1(rel))).value(); };
    ChainVerifier good({load("openssl-certs/root-cert.pem").first()}, {load("openssl-certs/ca-cert.pem").first()});
    const auto ok = good.verify(load("openssl-certs/ee-cert.pem").first());
    EXPECT_TRUE(ok.ok) << qPrintable(ok.reason);
    EXPECT_EQ(ok.path.size(), 3);
    const auto expired = good.verify(load("openssl-certs/ee-expired.pem").first());
    EXPECT_FALSE(expired.ok);
    EXPECT_EQ(expired.reason, QStringLiteral("certificate has expired"));

    ChainVerifier wrongRoot({load("openssl-certs/root-cert2.pem").first()}, {load("openssl-certs/ca-cert.pem").first()});
    EXPECT_FALSE(wrongRoot.verify(load("openssl-certs/ee-cert.pem").first()).ok);

    // CVE-2015-1793 set: "bad" must not verify.
    ChainVerifier alt(load("openssl-certs/roots.pem"), load("openssl-certs/untrusted.pem"));
    EXPECT_FALSE(alt.verify(load("openssl-certs/bad.pem").first()).ok);
}
