// Certificate, PrivateKey and Pkcs12Bundle on certificates made with OpenSSL
// in the test (TestPki): fields, formats, typed errors, damaged bytes.
#include "models/security/Certificate.h"
#include "models/security/CertificateAccess.h"
#include "models/security/Pkcs12Bundle.h"
#include "models/security/PrivateKey.h"
#include "tests/models/security/TestPki.h"

#include <QCryptographicHash>
#include <openssl/err.h>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace confman::security;
using namespace testpki;

namespace {
// What OpenSSL's own d2i_X509 makes of the bytes: the listing decode
// (CertificateOutline) must accept exactly the same, and the full X509 it
// decodes later must be there.
void expectSameVerdictAsD2iX509(const QByteArray &der, const Result<Certificate> &r)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = d2i_X509(nullptr, &p, long(der.size()));
    ERR_clear_error();
    EXPECT_EQ(r.ok(), x != nullptr) << qPrintable(r.errorMessage());
    if (x && r.ok()) {
        const qsizetype consumed = p - reinterpret_cast<const unsigned char *>(der.constData());
        EXPECT_EQ(r->der(), der.left(consumed));
        EXPECT_EQ(r->sha1().bytes(), QCryptographicHash::hash(der.left(consumed), QCryptographicHash::Sha1));
        X509 *full = CertificateAccess::x509(r.value());
        ASSERT_NE(full, nullptr);
        EXPECT_EQ(X509_cmp(full, x), 0);
    }
    X509_free(x);
}

class CertificateTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        caKey = makeKey();
        CertSpec caSpec;
        caSpec.cn = QStringLiteral("Confman Test CA");
        caSpec.ca = true;
        caSpec.serial = 1;
        ca = makeCert(caSpec, caKey);
        serverKey = makeKey();
        CertSpec s;
        s.cn = QStringLiteral("host.example.com");
        s.eku = QStringLiteral("serverAuth,clientAuth,emailProtection");
        s.san = QStringLiteral("DNS:host.example.com,DNS:*.apps.example.com,IP:127.0.0.1,IP:::1,email:admin@example.com");
        s.serial = 0x1234abcd;
        server = makeCert(s, serverKey, ca, caKey);
    }
    QString path(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    Key caKey, serverKey;
    Cert ca, server;
};
} // namespace

TEST_F(CertificateTest, ReadsEveryFieldFromPem)
{
    auto certs = Certificate::fromPem(certPem(server));
    ASSERT_TRUE(certs.ok()) << qPrintable(certs.errorMessage());
    ASSERT_EQ(certs->size(), 1);
    const Certificate &c = certs->first();
    EXPECT_EQ(c.subject(), QStringLiteral("CN=host.example.com, O=Confman Test, C=US"));
    EXPECT_EQ(c.issuer(), QStringLiteral("CN=Confman Test CA, O=Confman Test, C=US"));
    EXPECT_EQ(c.issuedTo(), QStringLiteral("host.example.com"));
    EXPECT_EQ(c.issuedBy(), QStringLiteral("Confman Test CA"));
    EXPECT_EQ(c.serialNumber(), QStringLiteral("1234abcd"));
    EXPECT_EQ(c.notBefore().timeSpec(), Qt::UTC);
    EXPECT_LT(qAbs(c.notAfter().secsTo(QDateTime::currentDateTimeUtc().addDays(365))), 120);
    EXPECT_EQ(c.keyInfo().type, QStringLiteral("RSA"));
    EXPECT_EQ(c.keyInfo().bits, 2048);
    EXPECT_EQ(c.signatureAlgorithm(), QStringLiteral("sha256WithRSAEncryption"));
    const SubjectAltNames san = c.subjectAltNames();
    EXPECT_EQ(san.dns, (QStringList{QStringLiteral("host.example.com"), QStringLiteral("*.apps.example.com")}));
    EXPECT_EQ(san.ip, (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));
    EXPECT_EQ(san.email, QStringList{QStringLiteral("admin@example.com")});
    EXPECT_EQ(c.extendedKeyUsage(), (QStringList{QStringLiteral("serverAuth"), QStringLiteral("clientAuth"),
                                                 QStringLiteral("emailProtection")}));
    EXPECT_EQ(c.keyUsage(), (QStringList{QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")}));
    EXPECT_FALSE(c.isCA());
    EXPECT_EQ(c.der(), certDer(server));
    EXPECT_EQ(c.sha1().bytes().size(), 20);
    EXPECT_EQ(c.sha256().bytes().size(), 32);

    auto caCert = Certificate::fromPem(certPem(ca));
    ASSERT_TRUE(caCert.ok());
    EXPECT_TRUE(caCert->first().isCA());
    EXPECT_TRUE(caCert->first().isIssuerOf(c));
    EXPECT_FALSE(c.isIssuerOf(caCert->first()));
}

TEST_F(CertificateTest, EcAndEd25519KeysAreNamed)
{
    Key ec = makeKey(KeyType::EcP256), ed = makeKey(KeyType::Ed25519);
    CertSpec s;
    auto ecCert = Certificate::fromDer(certDer(makeCert(s, ec)));
    auto edCert = Certificate::fromDer(certDer(makeCert(s, ed)));
    ASSERT_TRUE(ecCert.ok() && edCert.ok());
    EXPECT_EQ(ecCert->keyInfo().type, QStringLiteral("EC"));
    EXPECT_EQ(ecCert->keyInfo().curve, QStringLiteral("prime256v1"));
    EXPECT_EQ(ecCert->keyInfo().bits, 256);
    EXPECT_EQ(ecCert->signatureAlgorithm(), QStringLiteral("ecdsa-with-SHA256"));
    EXPECT_EQ(edCert->keyInfo().type, QStringLiteral("Ed25519"));
    EXPECT_EQ(edCert->keyInfo().display(), QStringLiteral("Ed25519"));
    EXPECT_EQ(edCert->signatureAlgorithm(), QStringLiteral("ED25519"));
}

TEST_F(CertificateTest, ThumbprintsEqualOpensslFingerprints)
{
    Key ec = makeKey(KeyType::EcP256);
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("server.pem"), certPem(server)},
        {QStringLiteral("ca.pem"), certPem(ca)},
        {QStringLiteral("ec.pem"), certPem(makeCert(CertSpec(), ec))},
    };
    for (const auto &[name, pem] : files) {
        ASSERT_TRUE(writeFile(path(name), pem));
        auto c = Certificate::fromFile(path(name));
        ASSERT_TRUE(c.ok());
        const QString sha1 = opensslFingerprint(path(name), QStringLiteral("sha1"));
        const QString sha256 = opensslFingerprint(path(name), QStringLiteral("sha256"));
        ASSERT_FALSE(sha1.isEmpty()) << "openssl command failed";
        EXPECT_EQ(c->first().sha1().toString(), sha1) << qPrintable(name);
        EXPECT_EQ(c->first().sha256().toString(), sha256) << qPrintable(name);
    }
}

TEST_F(CertificateTest, PemBundleWithTextAndKeysYieldsTheCertificatesInOrder)
{
    const QByteArray pem = "subject=whatever\n" + certPem(server) + "some notes\n" + keyPem(serverKey) + certPem(ca);
    auto certs = Certificate::fromData(pem);
    ASSERT_TRUE(certs.ok()) << qPrintable(certs.errorMessage());
    ASSERT_EQ(certs->size(), 2);
    EXPECT_EQ(certs->at(0).issuedTo(), QStringLiteral("host.example.com"));
    EXPECT_EQ(certs->at(1).issuedTo(), QStringLiteral("Confman Test CA"));
}

TEST_F(CertificateTest, TypedErrorsForWhatIsNotACertificate)
{
    auto key = Certificate::fromData(keyPem(serverKey));
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.errorKind(), ErrorKind::NotACertificate);
    EXPECT_EQ(key.errorMessage(), QStringLiteral("not a certificate: file is a private key"));

    ASSERT_TRUE(writeFile(path("empty.pem"), QByteArray("\n  \n")));
    auto empty = Certificate::fromFile(path("empty.pem"));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.errorKind(), ErrorKind::EmptyFile);
    EXPECT_TRUE(empty.errorMessage().contains(QLatin1String("empty file")));

    ASSERT_TRUE(writeFile(path("big.pem"), QByteArray(int(kMaxFileSize + 1), 'A')));
    auto big = Certificate::fromFile(path("big.pem"));
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.errorKind(), ErrorKind::FileTooLarge);
    EXPECT_TRUE(big.errorMessage().contains(QLatin1String("file too large")));

    auto missing = Certificate::fromFile(path("nope.pem"));
    EXPECT_EQ(missing.errorKind(), ErrorKind::FileNotFound);

    const QByteArray der = certDer(server);
    auto truncated = Certificate::fromDer(der.left(812));
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.errorKind(), ErrorKind::Truncated);
    EXPECT_TRUE(truncated.errorMessage().startsWith(QLatin1String("truncated DER at byte 812")))
        << qPrintable(truncated.errorMessage());

    auto text = Certificate::fromData("hello, this is not a certificate\n");
    EXPECT_EQ(text.errorKind(), ErrorKind::NotACertificate);

    QByteArray pem = certPem(server);
    pem.truncate(pem.size() - 30);
    auto cut = Certificate::fromData(pem);
    EXPECT_EQ(cut.errorKind(), ErrorKind::Truncated) << qPrintable(cut.errorMessage());
}

TEST_F(CertificateTest, DamagedBytesNeverCrash)
{
    const QByteArray der = certDer(server);
    const QByteArray pem = certPem(server);
    int rejected = 0;
    for (int len = 0; len < der.size(); len += 7) {
        auto r = Certificate::fromDer(der.left(len));
        expectSameVerdictAsD2iX509(der.left(len), r);
        rejected += r.ok() ? 0 : 1;
        if (!r.ok())
            EXPECT_FALSE(r.errorMessage().isEmpty());
    }
    EXPECT_EQ(rejected, (der.size() + 6) / 7); // every strict prefix is refused
    for (int i = 0; i < der.size(); i += 3) {
        for (int bit : {0, 3, 7}) {
            QByteArray flipped = der;
            flipped[i] = char(flipped.at(i) ^ (1 << bit));
            auto r = Certificate::fromDer(flipped);
            expectSameVerdictAsD2iX509(flipped, r);
            if (r.ok()) { // content-only flips may still parse: every accessor must cope
                const Certificate &c = r.value();
                (void)c.subject(); (void)c.issuer(); (void)c.serialNumber(); (void)c.notAfter();
                (void)c.keyInfo(); (void)c.subjectAltNames(); (void)c.extendedKeyUsage(); (void)c.sha256();
            } else {
                EXPECT_FALSE(r.errorMessage().isEmpty());
            }
        }
    }
    for (int len = 0; len < pem.size(); len += 11)
        (void)Certificate::fromData(pem.left(len));
    for (int i = 30; i < pem.size() - 30; i += 5) {
        QByteArray flipped = pem;
        flipped[i] = char(flipped.at(i) ^ 0x20);
        (void)Certificate::fromData(flipped);
    }
}

TEST_F(CertificateTest, PrivateKeyPlainEncryptedAndMatching)
{
    ASSERT_TRUE(writeFile(path("key.pem"), keyPem(serverKey)));
    ASSERT_TRUE(writeFile(path("enc.pem"), keyPem(serverKey, QStringLiteral("s3cret"))));
    auto plain = PrivateKey::fromFile(path("key.pem"));
    ASSERT_TRUE(plain.ok()) << qPrintable(plain.errorMessage());
    auto cert = Certificate::fromDer(certDer(server));
    auto caCert = Certificate::fromDer(certDer(ca));
    EXPECT_TRUE(plain->matches(cert.value()));
    EXPECT_FALSE(plain->matches(caCert.value()));
    EXPECT_EQ(plain->keyInfo().type, QStringLiteral("RSA"));

    auto noPassword = PrivateKey::fromFile(path("enc.pem"));
    EXPECT_EQ(noPassword.errorKind(), ErrorKind::PasswordRequired);
    auto wrong = PrivateKey::fromFile(path("enc.pem"), QStringLiteral("guess"));
    EXPECT_EQ(wrong.errorKind(), ErrorKind::WrongPassword);
    EXPECT_TRUE(wrong.errorMessage().contains(QLatin1String("wrong password")));
    auto right = PrivateKey::fromFile(path("enc.pem"), QStringLiteral("s3cret"));
    ASSERT_TRUE(right.ok()) << qPrintable(right.errorMessage());
    EXPECT_TRUE(right->matches(cert.value()));
    EXPECT_TRUE(PrivateKey::isEncrypted(keyPem(serverKey, QStringLiteral("x"))));
    EXPECT_FALSE(PrivateKey::isEncrypted(keyPem(serverKey)));

    auto notKey = PrivateKey::fromData(certPem(server));
    EXPECT_EQ(notKey.errorKind(), ErrorKind::NoPrivateKey);
    EXPECT_EQ(notKey.errorMessage(), QStringLiteral("not a private key: file is a certificate"));

    Key ed = makeKey(KeyType::Ed25519);
    auto edKey = PrivateKey::fromData(keyPem(ed));
    ASSERT_TRUE(edKey.ok());
    EXPECT_EQ(edKey->keyInfo().type, QStringLiteral("Ed25519"));
}

TEST_F(CertificateTest, Pkcs12WithAndWithoutPassword)
{
    ASSERT_TRUE(writeFile(path("bundle.pfx"), pkcs12(server, serverKey, QStringLiteral("pfxpass"), {ca})));
    ASSERT_TRUE(writeFile(path("open.p12"), pkcs12(server, serverKey, QString())));

    auto wrong = Pkcs12Bundle::fromFile(path("bundle.pfx"), QStringLiteral("nope"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.errorKind(), ErrorKind::WrongPassword);
    EXPECT_EQ(wrong.errorMessage(), QStringLiteral("wrong password for bundle.pfx"));
    auto none = Pkcs12Bundle::fromFile(path("bundle.pfx"), QString());
    EXPECT_EQ(none.errorKind(), ErrorKind::PasswordRequired);

    auto ok = Pkcs12Bundle::fromFile(path("bundle.pfx"), QStringLiteral("pfxpass"));
    ASSERT_TRUE(ok.ok()) << qPrintable(ok.errorMessage());
    ASSERT_EQ(ok->certificates().size(), 2);
    EXPECT_EQ(ok->certificates().first().issuedTo(), QStringLiteral("host.example.com"));
    EXPECT_EQ(ok->certificates().first().friendlyName(), QStringLiteral("test"));
    ASSERT_TRUE(ok->hasPrivateKey());
    EXPECT_TRUE(ok->privateKey().matches(ok->certificates().first()));

    auto open = Pkcs12Bundle::fromFile(path("open.p12"), QString());
    ASSERT_TRUE(open.ok()) << qPrintable(open.errorMessage());
    EXPECT_TRUE(open->hasPrivateKey());

    // Our own writer round-trips, empty password included.
    auto pkey = PrivateKey::fromData(keyPem(serverKey));
    auto cert = Certificate::fromDer(certDer(server));
    auto made = Pkcs12Bundle::create(cert.value(), pkey.value(), {}, QString(), QStringLiteral("mine"));
    ASSERT_TRUE(made.ok());
    auto back = Pkcs12Bundle::fromData(made.value(), QString());
    ASSERT_TRUE(back.ok()) << qPrintable(back.errorMessage());
    EXPECT_EQ(back->certificates().first(), cert.value());
    EXPECT_EQ(back->certificates().first().friendlyName(), QStringLiteral("mine"));

    auto notBundle = Pkcs12Bundle::fromData(certPem(server), QString(), QStringLiteral("x.pfx"));
    EXPECT_FALSE(notBundle.ok());
}
