// The store browser's rows (S4.4) over a real folder of OpenSSL-made
// certificates: columns, expiry colours, unreadable files, the host filter,
// Show all and search.
#include "models/itemmodels/CertificateFilterProxy.h"
#include "models/itemmodels/CertificateListModel.h"
#include "models/security/FolderSource.h"
#include "tests/models/security/TestPki.cpp" // the security tests' certificate factory, built into this binary

#include <QColor>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace confman;

namespace {

class CertificateListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        testpki::CertSpec caSpec;
        caSpec.cn = QStringLiteral("Test CA");
        caSpec.ca = true;
        caSpec.serial = 1;
        ca = testpki::makeCert(caSpec, caKey);
        write(QStringLiteral("ca.pem"), testpki::certPem(ca));
        write(QStringLiteral("a-host.pem"), leaf(QStringLiteral("app-01.example.com"), 365, 2));
        write(QStringLiteral("b-expired.pem"), leaf(QStringLiteral("app-01.example.com"), -1, 3, -100));
        write(QStringLiteral("c-soon.pem"), leaf(QStringLiteral("app-01.example.com"), 12, 4));
        write(QStringLiteral("d-other.pem"), leaf(QStringLiteral("db-02.example.com"), 365, 5));
        write(QStringLiteral("e-broken.pem"), QByteArray("garbage, not a certificate"));
        write(QStringLiteral("f-app-01_priv_key.pem"), testpki::keyPem(key)); // the leaves' key: not a row
        source = std::make_unique<security::FolderSource>(dir.path());
        model.setSources({source.get()});
        proxy.setSourceModel(&model);
    }

    QByteArray leaf(const QString &cn, int notAfterDays, long serial, int notBeforeDays = -1)
    {
        testpki::CertSpec spec;
        spec.cn = cn;
        spec.san = QStringLiteral("DNS:") + cn;
        spec.eku = QStringLiteral("serverAuth,clientAuth");
        spec.notAfterDays = notAfterDays;
        spec.notBeforeDays = notBeforeDays;
        spec.serial = serial;
        return testpki::certPem(testpki::makeCert(spec, key, ca, caKey));
    }
    void write(const QString &name, const QByteArray &data) { ASSERT_TRUE(testpki::writeFile(QDir(dir.path()).filePath(name), data)); }

    int sourceRowOf(const QString &fileName) const
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.rowAt(r).fileName == fileName)
                return r;
        return -1;
    }
    QStringList shownFiles() const
    {
        QStringList files;
        for (int r = 0; r < proxy.rowCount(); ++r)
            files.append(proxy.index(r, 0).data(CertificateListModel::FilePathRole).toString().section(QLatin1Char('/'), -1));
        files.sort();
        return files;
    }

    QTemporaryDir dir;
    testpki::Key caKey = testpki::makeKey();
    testpki::Key key = testpki::makeKey(testpki::KeyType::EcP256);
    testpki::Cert ca;
    std::unique_ptr<security::FolderSource> source;
    CertificateListModel model;
    CertificateFilterProxy proxy;
};

} // namespace

TEST_F(CertificateListModelTest, ColumnsShowWhatTheStoreBrowserLists)
{
    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.headerData(CertificateListModel::IssuedToColumn, Qt::Horizontal).toString(), QStringLiteral("Issued To"));
    EXPECT_EQ(model.headerData(CertificateListModel::ThumbprintColumn, Qt::Horizontal).toString(), QStringLiteral("Thumbprint"));
    const int row = sourceRowOf(QStringLiteral("a-host.pem"));
    ASSERT_GE(row, 0);
    auto cell = [&](int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(cell(CertificateListModel::IssuedToColumn), QStringLiteral("app-01.example.com"));
    EXPECT_EQ(cell(CertificateListModel::IssuedByColumn), QStringLiteral("Test CA"));
    EXPECT_EQ(cell(CertificateListModel::ExpirationColumn),
              QDateTime::currentDateTimeUtc().addDays(365).toString(QStringLiteral("yyyy-MM-dd")));
    EXPECT_EQ(cell(CertificateListModel::PurposesColumn), QStringLiteral("Server Authentication, Client Authentication"));
    EXPECT_EQ(cell(CertificateListModel::ThumbprintColumn),
              testpki::opensslFingerprint(QDir(dir.path()).filePath(QStringLiteral("a-host.pem")), QStringLiteral("sha1")));
    EXPECT_EQ(model.index(sourceRowOf(QStringLiteral("ca.pem")), CertificateListModel::PurposesColumn).data().toString(),
              QStringLiteral("<All>"));
}

TEST_F(CertificateListModelTest, ExpiredRedExpiringSoonAmberValidPlain)
{
    const QColor red = model.index(sourceRowOf(QStringLiteral("b-expired.pem")), 0).data(Qt::ForegroundRole).value<QColor>();
    const QColor amber = model.index(sourceRowOf(QStringLiteral("c-soon.pem")), 0).data(Qt::ForegroundRole).value<QColor>();
    EXPECT_EQ(red, QColor(0xc6, 0x28, 0x28));
    EXPECT_EQ(amber, QColor(0xb2, 0x6a, 0x00));
    EXPECT_FALSE(model.index(sourceRowOf(QStringLiteral("a-host.pem")), 0).data(Qt::ForegroundRole).isValid());
    // The reference time decides: 400 days on, the valid one is expired too.
    model.setReferenceTime(QDateTime::currentDateTimeUtc().addDays(400));
    EXPECT_EQ(model.expiryState(sourceRowOf(QStringLiteral("a-host.pem"))), CertificateListModel::ExpiryState::Expired);
}

TEST_F(CertificateListModelTest, UnreadableFileIsAGreyedRowWithTheReasonAndNotSelectable)
{
    const int row = sourceRowOf(QStringLiteral("e-broken.pem"));
    ASSERT_GE(row, 0);
    EXPECT_FALSE(model.rowAt(row).ok());
    EXPECT_EQ(model.index(row, 0).data().toString(), QStringLiteral("e-broken.pem"));
    EXPECT_TRUE(model.index(row, CertificateListModel::IssuedByColumn).data().toString().startsWith(QStringLiteral("Cannot be read: ")));
    EXPECT_FALSE(model.index(row, 0).data(CertificateListModel::ErrorRole).toString().isEmpty());
    EXPECT_EQ(model.index(row, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    EXPECT_FALSE(model.flags(model.index(row, 0)) & Qt::ItemIsSelectable);
    EXPECT_TRUE(model.flags(model.index(sourceRowOf(QStringLiteral("a-host.pem")), 0)) & Qt::ItemIsSelectable);
}

TEST_F(CertificateListModelTest, KeyOnlyFilesAreNoRowsWhileBrokenFilesStayWithTheirReason)
{
    EXPECT_EQ(sourceRowOf(QStringLiteral("f-app-01_priv_key.pem")), -1);
    write(QStringLiteral("g-encrypted_priv_key.pem"), testpki::keyPem(key, QStringLiteral("pw")));
    write(QStringLiteral("h-cut_priv_key.pem"), testpki::keyPem(key).left(100));
    model.reload();
    EXPECT_EQ(sourceRowOf(QStringLiteral("g-encrypted_priv_key.pem")), -1);
    const int cut = sourceRowOf(QStringLiteral("h-cut_priv_key.pem"));
    ASSERT_GE(cut, 0); // a damaged key file is broken, not a key
    EXPECT_FALSE(model.rowAt(cut).ok());
    EXPECT_TRUE(model.index(cut, CertificateListModel::IssuedByColumn).data().toString().startsWith(QStringLiteral("Cannot be read: ")));
    EXPECT_GE(sourceRowOf(QStringLiteral("e-broken.pem")), 0);
    EXPECT_EQ(model.rowCount(), 7); // five certificates, two unreadable files
}

TEST_F(CertificateListModelTest, HostFilterShowAllAndSearch)
{
    proxy.setHostNames({QStringLiteral("app-01"), QStringLiteral("APP-01.example.com")});
    EXPECT_EQ(shownFiles(), (QStringList{QStringLiteral("a-host.pem"), QStringLiteral("b-expired.pem"),
                                         QStringLiteral("c-soon.pem"), QStringLiteral("e-broken.pem")}));
    proxy.setShowAll(true);
    EXPECT_EQ(proxy.rowCount(), 6);
    proxy.setSearchText(QStringLiteral("DB-02"));
    EXPECT_EQ(shownFiles(), QStringList{QStringLiteral("d-other.pem")});
    proxy.setSearchText(QStringLiteral("no such thing"));
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST_F(CertificateListModelTest, FindsRowsByThumbprintAndReloadsChanges)
{
    const auto sha1 = model.rowAt(sourceRowOf(QStringLiteral("d-other.pem"))).certificate.sha1();
    EXPECT_EQ(model.rowOfThumbprint(sha1), sourceRowOf(QStringLiteral("d-other.pem")));
    ASSERT_TRUE(QFile::remove(QDir(dir.path()).filePath(QStringLiteral("d-other.pem"))));
    model.reload();
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.rowOfThumbprint(sha1), -1);
}
