// confmanctl cert inspect | list | check, run as the real binary on the
// shared OpenSSL vectors (openssl-certs: root-cert → ca-cert → ee-cert
// "server.example", serverAuth only; ee-key is its key).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

QString vec(const QString &name)
{
    return QStringLiteral(CONFMAN_SOURCE_DIR "/../shared/vectors/openssl-certs/") + name;
}

struct CertCtlRun
{
    int exitCode = -1;
    QByteArray out, err;
    QJsonArray json() const { return QJsonDocument::fromJson(out).array(); }
};

CertCtlRun confmanctl(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CONFMAN_BINARY_DIR "/bin/confmanctl"), QStringList{QStringLiteral("cert")} + args);
    CertCtlRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList codes(const QJsonArray &a)
{
    QStringList out;
    for (const auto &v : a)
        out << v.toObject().value(QStringLiteral("code")).toString();
    return out;
}

class ConfmanctlCertTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFile::exists(vec("ee-cert.pem"))) << "shared vectors missing beside the repository";
        ASSERT_TRUE(QFile::exists(QStringLiteral(CONFMAN_BINARY_DIR "/bin/confmanctl")));
        ASSERT_TRUE(dir.isValid());
    }
    QString chainFile()
    {
        const QString path = dir.filePath("chain.pem");
        QFile out(path), ee(vec("ee-cert.pem")), ca(vec("ca-cert.pem"));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly) && ee.open(QIODevice::ReadOnly) && ca.open(QIODevice::ReadOnly));
        out.write(ee.readAll() + ca.readAll());
        return path;
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(ConfmanctlCertTest, InspectPrintsOneObjectPerCertificate)
{
    const CertCtlRun r = confmanctl({QStringLiteral("inspect"), vec("ee-cert.pem")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonArray a = r.json();
    ASSERT_EQ(a.size(), 1);
    const QJsonObject o = a.first().toObject();
    EXPECT_EQ(o.value("subject").toString(), QStringLiteral("CN=server.example"));
    EXPECT_EQ(o.value("issuer").toString(), QStringLiteral("CN=CA"));
    EXPECT_EQ(o.value("serial").toString(), QStringLiteral("02"));
    EXPECT_EQ(o.value("notBefore").toString(), QStringLiteral("2016-01-15T08:19:49Z"));
    EXPECT_EQ(o.value("notAfter").toString(), QStringLiteral("2116-01-16T08:19:49Z"));
    EXPECT_EQ(o.value("keyType").toString(), QStringLiteral("RSA"));
    EXPECT_EQ(o.value("keyBits").toInt(), 2048);
    EXPECT_EQ(o.value("signatureAlgorithm").toString(), QStringLiteral("sha256WithRSAEncryption"));
    EXPECT_EQ(o.value("san").toObject().value("dns").toArray(), QJsonArray{QStringLiteral("server.example")});
    EXPECT_EQ(o.value("eku").toArray(), QJsonArray{QStringLiteral("serverAuth")});
    EXPECT_FALSE(o.value("isCA").toBool());
    EXPECT_EQ(o.value("sha1").toString(), QStringLiteral("7b da 12 45 81 d8 81 54 a0 eb 72 ea 50 88 0b a0 81 05 97 de"));
    EXPECT_EQ(o.value("sha256").toString().size(), 32 * 3 - 1);

    const CertCtlRun chain = confmanctl({QStringLiteral("inspect"), vec("leaf-chain.pem")});
    ASSERT_EQ(chain.exitCode, 0);
    EXPECT_EQ(chain.json().size(), 4);
}

TEST_F(ConfmanctlCertTest, InspectPkcs12WithPassword)
{
    const QString p12 = QStringLiteral(CONFMAN_SOURCE_DIR "/../shared/vectors/pyca/pkcs12/name-all-pwd.p12");
    const CertCtlRun r = confmanctl({QStringLiteral("inspect"), p12, QStringLiteral("--password"), QStringLiteral("password")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonArray a = r.json();
    ASSERT_EQ(a.size(), 3);
    EXPECT_TRUE(a.at(0).toObject().value("hasPrivateKey").toBool());
    EXPECT_FALSE(a.at(1).toObject().value("hasPrivateKey").toBool());

    const CertCtlRun wrong = confmanctl({QStringLiteral("inspect"), p12, QStringLiteral("--password"), QStringLiteral("nope")});
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_EQ(wrong.err, QByteArray("confmanctl: wrong password for name-all-pwd.p12\n"));
    EXPECT_TRUE(wrong.out.isEmpty());
}

TEST_F(ConfmanctlCertTest, LegacyBundleWithoutLegacyProviderSaysSo)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENSSL_MODULES"), dir.path()); // no legacy.so there
    const CertCtlRun r = confmanctl({QStringLiteral("inspect"),
                              QStringLiteral(CONFMAN_SOURCE_DIR "/../shared/vectors/pyca/pkcs12/cert-rc2-key-3des.p12"),
                              QStringLiteral("--password"), QStringLiteral("cryptography")}, env);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains("legacy")) << r.err.constData();
    EXPECT_EQ(r.err.count('\n'), 1);
}

TEST_F(ConfmanctlCertTest, InspectUnreadableInputExits3WithOneLine)
{
    for (const QString &file : {vec("ee-key.pem"), dir.filePath("missing.pem")}) {
        const CertCtlRun r = confmanctl({QStringLiteral("inspect"), file});
        EXPECT_EQ(r.exitCode, 3) << qPrintable(file);
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.constData();
        EXPECT_TRUE(r.out.isEmpty());
    }
    const CertCtlRun key = confmanctl({QStringLiteral("inspect"), vec("ee-key.pem")});
    EXPECT_EQ(key.err, QByteArray("confmanctl: ee-key.pem: not a certificate: file is a private key\n"));
}

TEST_F(ConfmanctlCertTest, ListGivesEveryFileSortedWithCertificatesOrError)
{
    QFile::copy(vec("ee-cert.pem"), dir.filePath("b.pem"));
    QFile::copy(vec("root-cert.pem"), dir.filePath("a.crt"));
    QFile::copy(vec("ee-key.pem"), dir.filePath("c_key.pem"));
    QFile junk(dir.filePath("d.der"));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray("\x30\x82\x05\x00\x01", 5));
    junk.close();
    QDir(dir.path()).mkdir(QStringLiteral("nested"));
    QFile::copy(vec("ca-cert.pem"), dir.filePath("nested/x.pem"));

    const CertCtlRun r = confmanctl({QStringLiteral("list"), dir.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonArray a = r.json();
    ASSERT_EQ(a.size(), 4);
    EXPECT_EQ(a.at(0).toObject().value("file").toString(), QStringLiteral("a.crt"));
    EXPECT_EQ(a.at(0).toObject().value("certificates").toArray().first().toObject().value("subject").toString(),
              QStringLiteral("CN=Root CA"));
    EXPECT_EQ(a.at(1).toObject().value("file").toString(), QStringLiteral("b.pem"));
    EXPECT_EQ(a.at(1).toObject().value("certificates").toArray().size(), 1);
    EXPECT_TRUE(a.at(2).toObject().value("error").toString().contains(QLatin1String("private key")));
    EXPECT_TRUE(a.at(3).toObject().value("error").toString().contains(QLatin1String("truncated DER at byte 5")))
        << qPrintable(a.at(3).toObject().value("error").toString());
}

TEST_F(ConfmanctlCertTest, CheckReportsFindingsAndExitCode)
{
    const QString chain = chainFile();
    // serverAuth alone is enough for nothing but the host and trust checks.
    CertCtlRun r = confmanctl({QStringLiteral("check"), QStringLiteral("--cert"), chain, QStringLiteral("--key"), vec("ee-key.pem"),
                        QStringLiteral("--ca"), vec("root-cert.pem"), QStringLiteral("--host"), QStringLiteral("SERVER.example")});
    EXPECT_EQ(r.exitCode, 0) << r.out.constData() << r.err.constData();
    EXPECT_TRUE(r.json().isEmpty());

    r = confmanctl({QStringLiteral("check"), QStringLiteral("--cert"), chain, QStringLiteral("--key"), vec("ca-key.pem"),
                    QStringLiteral("--ca"), vec("root-cert2.pem"), QStringLiteral("--host"), QStringLiteral("other.example"),
                    QStringLiteral("--kind"), QStringLiteral("server"), QStringLiteral("--at"), QStringLiteral("2200-01-01T00:00:00Z")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(codes(r.json()), (QStringList{"cert.expired", "cert.eku-missing", "cert.host-mismatch", "cert.key-mismatch",
                                            "cert.ca-expired", "cert.chain-invalid"}))
        << r.out.constData();
    EXPECT_EQ(r.json().first().toObject().value("severity").toString(), QStringLiteral("error"));

    r = confmanctl({QStringLiteral("check"), QStringLiteral("--cert"), chain, QStringLiteral("--kind"), QStringLiteral("desktop")});
    EXPECT_EQ(r.exitCode, 2);
    r = confmanctl({QStringLiteral("check"), QStringLiteral("--cert"), vec("ee-key.pem")});
    EXPECT_EQ(r.exitCode, 3);
}
