#pragma once
// A folder of real certificates made with OpenSSL for the browser tests,
// laid out like S4.6's repository: a CA, host certificates of the demo
// hosts (cfg-01 UNIX, voice-01 Windows) with their keys, one for another
// host, an expired and an expiring one, a damaged file, and (in bundles/) a password-protected
// PKCS#12 bundle.
#include "tests/models/security/TestPki.h"

#include <QDir>
#include <QTemporaryDir>

namespace confman::test {

struct CertificateFolderFixture
{
    static constexpr const char *kDomain = ".contoso.example";
    static inline const QString kServerEku = QStringLiteral("serverAuth,clientAuth,emailProtection");

    QTemporaryDir dir;
    testpki::Key caKey = testpki::makeKey();
    testpki::Cert ca;
    QString caFile, cfgCert, cfgKey, voiceCert, otherCert, expiredCert, expiringCert, pfxFile, brokenFile, keylessCert, bundleDir;

    QString path(const QString &name) const { return QDir(dir.path()).filePath(name); }

    testpki::Cert leaf(const QString &fqdn, long serial, int notAfterDays, const testpki::Key &key, int notBeforeDays = -1)
    {
        testpki::CertSpec spec;
        spec.cn = fqdn;
        spec.eku = kServerEku;
        spec.san = QStringLiteral("DNS:") + fqdn;
        spec.serial = serial;
        spec.notAfterDays = notAfterDays;
        spec.notBeforeDays = notBeforeDays;
        return testpki::makeCert(spec, key, ca, caKey);
    }

    CertificateFolderFixture()
    {
        testpki::CertSpec caSpec;
        caSpec.cn = QStringLiteral("Contoso Test CA");
        caSpec.ca = true;
        caSpec.serial = 1;
        caSpec.notAfterDays = 3650;
        ca = testpki::makeCert(caSpec, caKey);
        caFile = path(QStringLiteral("ca_cert.pem"));
        testpki::writeFile(caFile, testpki::certPem(ca));

        const auto cfgKeyObj = testpki::makeKey();
        cfgCert = path(QStringLiteral("02_cfg-01_cert.pem"));
        cfgKey = path(QStringLiteral("02_cfg-01_priv_key.pem"));
        testpki::writeFile(cfgCert, testpki::certPem(leaf(QStringLiteral("cfg-01") + kDomain, 2, 365, cfgKeyObj)));
        testpki::writeFile(cfgKey, testpki::keyPem(cfgKeyObj));

        const auto voiceKey = testpki::makeKey(testpki::KeyType::EcP256);
        voiceCert = path(QStringLiteral("03_voice-01_cert.pem"));
        testpki::writeFile(voiceCert, testpki::certPem(leaf(QStringLiteral("voice-01") + kDomain, 3, 365, voiceKey)));
        testpki::writeFile(path(QStringLiteral("03_voice-01_priv_key.pem")), testpki::keyPem(voiceKey));

        const auto otherKey = testpki::makeKey(testpki::KeyType::EcP256);
        otherCert = path(QStringLiteral("04_other_cert.pem"));
        testpki::writeFile(otherCert, testpki::certPem(leaf(QStringLiteral("other.example.com"), 4, 365, otherKey)));

        expiredCert = path(QStringLiteral("05_cfg-01_old_cert.pem"));
        testpki::writeFile(expiredCert, testpki::certPem(leaf(QStringLiteral("cfg-01") + kDomain, 5, -2, otherKey, -400)));

        expiringCert = path(QStringLiteral("06_cfg-01_soon_cert.pem"));
        testpki::writeFile(expiringCert, testpki::certPem(leaf(QStringLiteral("cfg-01") + kDomain, 6, 10, otherKey)));

        // A certificate whose key is nowhere in the folder.
        keylessCert = path(QStringLiteral("07_cfg-01_nokey_cert.pem"));
        testpki::writeFile(keylessCert, testpki::certPem(leaf(QStringLiteral("cfg-01") + kDomain, 7, 200, testpki::makeKey(testpki::KeyType::EcP256))));

        const auto pfxKey = testpki::makeKey(testpki::KeyType::EcP256);
        // In a folder of its own: listing it asks for the password, which only its tests answer.
        QDir(dir.path()).mkdir(QStringLiteral("bundles"));
        bundleDir = path(QStringLiteral("bundles"));
        pfxFile = path(QStringLiteral("bundles/08_bundle.pfx"));
        testpki::writeFile(pfxFile, testpki::pkcs12(leaf(QStringLiteral("bundle") + QString::fromLatin1(kDomain), 8, 300, pfxKey),
                                                    pfxKey, QStringLiteral("s3cret!")));

        brokenFile = path(QStringLiteral("09_broken.pem"));
        testpki::writeFile(brokenFile, QByteArray("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"));
    }
};

} // namespace confman::test
