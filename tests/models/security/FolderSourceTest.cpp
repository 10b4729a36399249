// FolderSource: every file is an entry (certificates or the reason), PKCS#12
// passwords go through the PasswordProvider, keys and issuers are found.
#include "models/security/FolderSource.h"
#include "models/security/PasswordProvider.h"
#include "tests/models/security/TestPki.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <openssl/pem.h>

using namespace confman::security;
using namespace testpki;

namespace {

class FakePasswords : public PasswordProvider
{
public:
    QStringList answers; // given in order; nullopt once exhausted
    QStringList askedFor;
    std::optional<QString> password(const QString &filePath, int attempt) override
    {
        askedFor << QStringLiteral("%1#%2").arg(QFileInfo(filePath).fileName()).arg(attempt);
        if (answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
    }
};

class FolderSourceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        caKey = makeKey();
        CertSpec caSpec;
        caSpec.cn = QStringLiteral("Folder CA");
        caSpec.ca = true;
        ca = makeCert(caSpec, caKey);
        key = makeKey(KeyType::EcP256);
        CertSpec s;
        s.eku = QStringLiteral("serverAuth");
        server = makeCert(s, key, ca, caKey);
        ASSERT_TRUE(writeFile(dir.filePath("b_server.pem"), certPem(server)));
        ASSERT_TRUE(writeFile(dir.filePath("a_ca.crt"), certPem(ca)));
        ASSERT_TRUE(writeFile(dir.filePath("c_server.der"), certDer(server)));
        ASSERT_TRUE(writeFile(dir.filePath("d_server_key.pem"), keyPem(key)));
        ASSERT_TRUE(writeFile(dir.filePath("e_locked.pfx"), pkcs12(server, key, QStringLiteral("pw"), {ca})));
        ASSERT_TRUE(writeFile(dir.filePath("f_open.p12"), pkcs12(server, key, QString())));
        ASSERT_TRUE(writeFile(dir.filePath("g_broken.cer"), certDer(server).left(500)));
        ASSERT_TRUE(writeFile(dir.filePath("h_empty.pem"), QByteArray()));
        ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("sub"))); // not recursive
        ASSERT_TRUE(writeFile(dir.filePath("sub/hidden.pem"), certPem(ca)));
    }
    const CertificateEntry *find(const QVector<CertificateEntry> &entries, const QString &name)
    {
        for (const auto &e : entries)
            if (e.fileName == name)
                return &e;
        return nullptr;
    }

    QTemporaryDir dir;
    Key caKey, key;
    Cert ca, server;
};

} // namespace

TEST_F(FolderSourceTest, ListsEveryFileSortedWithCertificatesOrReason)
{
    FakePasswords pw;
    pw.answers = {QStringLiteral("wrong"), QStringLiteral("pw")};
    FolderSource source(dir.path(), &pw);
    const auto entries = source.entries();
    QStringList names;
    for (const auto &e : entries)
        names << e.fileName;
    EXPECT_EQ(names, (QStringList{"a_ca.crt", "b_server.pem", "c_server.der", "d_server_key.pem", "e_locked.pfx",
                                  "f_open.p12", "g_broken.cer", "h_empty.pem"}));
    const Certificate serverCert = Certificate::fromDer(certDer(server)).value();
    EXPECT_EQ(find(entries, "b_server.pem")->certificates, QVector<Certificate>{serverCert});
    EXPECT_EQ(find(entries, "c_server.der")->certificates, QVector<Certificate>{serverCert});
    EXPECT_EQ(find(entries, "d_server_key.pem")->error->kind, ErrorKind::NotACertificate);
    const auto *locked = find(entries, "e_locked.pfx");
    ASSERT_TRUE(locked->ok()) << qPrintable(locked->error->message);
    EXPECT_EQ(locked->certificates.size(), 2);
    EXPECT_TRUE(locked->hasPrivateKey);
    EXPECT_EQ(pw.askedFor, (QStringList{"e_locked.pfx#1", "e_locked.pfx#2"})); // open.p12 needs none
    EXPECT_TRUE(find(entries, "f_open.p12")->ok());
    EXPECT_EQ(find(entries, "g_broken.cer")->error->kind, ErrorKind::Truncated);
    EXPECT_TRUE(find(entries, "g_broken.cer")->error->message.startsWith(QLatin1String("g_broken.cer: truncated DER at byte 500")))
        << qPrintable(find(entries, "g_broken.cer")->error->message);
    EXPECT_EQ(find(entries, "h_empty.pem")->error->kind, ErrorKind::EmptyFile);
}

TEST_F(FolderSourceTest, DeclinedOrMissingPasswordIsAReasonNotACrash)
{
    FakePasswords declines;
    FolderSource asked(dir.path(), &declines);
    const auto entries = asked.entries();
    EXPECT_EQ(find(entries, "e_locked.pfx")->error->kind, ErrorKind::Cancelled);

    FolderSource noProvider(dir.path());
    const auto e2 = noProvider.entries();
    EXPECT_EQ(find(e2, "e_locked.pfx")->error->kind, ErrorKind::PasswordRequired);
    EXPECT_TRUE(find(e2, "e_locked.pfx")->error->message.contains(QLatin1String("e_locked.pfx")));
}

TEST_F(FolderSourceTest, FindsKeyIssuerAndThumbprint)
{
    FolderSource source(dir.path());
    const Certificate serverCert = Certificate::fromDer(certDer(server)).value();
    const Certificate caCert = Certificate::fromDer(certDer(ca)).value();
    EXPECT_EQ(QFileInfo(source.findPrivateKeyFile(serverCert)).fileName(), QStringLiteral("d_server_key.pem"));
    EXPECT_EQ(source.findPrivateKeyFile(caCert), QString());
    EXPECT_EQ(QFileInfo(source.findIssuerFile(serverCert)).fileName(), QStringLiteral("a_ca.crt"));
    auto found = source.findByThumbprint(serverCert.sha1());
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, serverCert);
    EXPECT_FALSE(source.findByThumbprint(Thumbprint::parse(QString(QStringLiteral("00")).repeated(20)).value()));

    // Without the PEM key, the key is found in the open bundle.
    ASSERT_TRUE(QFile::remove(dir.filePath("d_server_key.pem")));
    FolderSource again(dir.path());
    EXPECT_EQ(QFileInfo(again.findPrivateKeyFile(serverCert)).fileName(), QStringLiteral("f_open.p12"));
}

TEST_F(FolderSourceTest, KeyFilesAreMarkedKeyOnlyAndBrokenFilesAreNot)
{
    // Other forms of key files: encrypted PKCS#8, traditional EC with its
    // parameters block (`openssl ecparam -genkey`), DER.
    ASSERT_TRUE(writeFile(dir.filePath("i_locked_priv_key.pem"), keyPem(key, QStringLiteral("pw"))));
    QByteArray ecWithParams;
    {
        BIO *bio = BIO_new(BIO_s_mem());
        ASSERT_TRUE(PEM_write_bio_Parameters(bio, key.get()));
        ASSERT_TRUE(PEM_write_bio_PrivateKey_traditional(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr));
        char *p = nullptr;
        const long n = BIO_get_mem_data(bio, &p);
        ecWithParams = QByteArray(p, int(n));
        BIO_free(bio);
    }
    ASSERT_TRUE(ecWithParams.contains("BEGIN EC PARAMETERS") && ecWithParams.contains("BEGIN EC PRIVATE KEY"));
    ASSERT_TRUE(writeFile(dir.filePath("j_ec_priv_key.pem"), ecWithParams));
    unsigned char *der = nullptr;
    const int derLen = i2d_PrivateKey(key.get(), &der);
    ASSERT_GT(derLen, 0);
    ASSERT_TRUE(writeFile(dir.filePath("k_key.der"), QByteArray(reinterpret_cast<const char *>(der), derLen)));
    OPENSSL_free(der);
    // Not key-only: a key beside a certificate request, a damaged key block.
    ASSERT_TRUE(writeFile(dir.filePath("l_key_and_csr.pem"),
                          keyPem(key) + "-----BEGIN CERTIFICATE REQUEST-----\nMAA=\n-----END CERTIFICATE REQUEST-----\n"));
    ASSERT_TRUE(writeFile(dir.filePath("m_cut_priv_key.pem"), keyPem(key).left(120)));

    FolderSource source(dir.path());
    const auto entries = source.entries();
    for (const char *keyOnly : {"d_server_key.pem", "i_locked_priv_key.pem", "j_ec_priv_key.pem", "k_key.der"}) {
        const CertificateEntry *e = find(entries, QString::fromLatin1(keyOnly));
        ASSERT_NE(e, nullptr) << keyOnly;
        EXPECT_TRUE(e->isKeyOnly) << keyOnly;
        EXPECT_EQ(e->error->kind, ErrorKind::NotACertificate) << keyOnly; // still no certificate
    }
    for (const char *other : {"a_ca.crt", "g_broken.cer", "h_empty.pem", "l_key_and_csr.pem", "m_cut_priv_key.pem"})
        EXPECT_FALSE(find(entries, QString::fromLatin1(other))->isKeyOnly) << other;
    EXPECT_EQ(find(entries, "m_cut_priv_key.pem")->error->kind, ErrorKind::Truncated);

    // The listing marks them; key matching still reads them.
    const Certificate serverCert = Certificate::fromDer(certDer(server)).value();
    ASSERT_TRUE(QFile::remove(dir.filePath("d_server_key.pem")));
    ASSERT_TRUE(QFile::remove(dir.filePath("f_open.p12")));
    ASSERT_TRUE(QFile::remove(dir.filePath("e_locked.pfx")));
    FolderSource again(dir.path());
    (void)again.entries();
    EXPECT_EQ(QFileInfo(again.findPrivateKeyFile(serverCert)).fileName(), QStringLiteral("j_ec_priv_key.pem"));
}
