// "Select certificate on host <name>" (S4.4) driven like a user: folders
// added with the button and remembered, host filter and Show all, search as
// you type, colours, unreadable rows (key files are none), PKCS#12 password asked once, details,
// and what choosing gives on UNIX and Windows hosts.
#include "models/itemmodels/CertificateFilterProxy.h"
#include "models/itemmodels/CertificateListModel.h"
#include "models/security/CertificateFolders.h"
#include "tests/widgets/certificates/CertificateFolderFixture.h"
#include "widgets/certificates/CertificateDetailsDialog.h"
#include "widgets/certificates/CertificatePickerDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace confman;

namespace {

Host unixHost()
{
    Host h;
    h.name = QStringLiteral("cfg-01");
    h.address = QStringLiteral("cfg-01.contoso.example");
    h.osType = OsType::Linux;
    return h;
}

Host windowsHost()
{
    Host h;
    h.name = QStringLiteral("voice-01");
    h.address = QStringLiteral("voice-01.contoso.example");
    h.osType = OsType::Windows;
    return h;
}

class CertificatePickerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("certificates")); // each test starts without folders
        DialogPasswordProvider::setNextAnswers({});
    }
    void TearDown() override { QSettings().remove(QStringLiteral("certificates")); }

    // Adds the fixture folder the way a user does: the button (its folder dialog answered by the hook).
    static void addFolderByButton(CertificatePickerDialog &picker, const QString &folder)
    {
        picker.show(); // laid out, so clicks land where a user's would
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&picker));
        CertificatePickerDialog::setNextFolder(folder);
        QTest::mouseClick(picker.addFolderButton(), Qt::LeftButton);
    }

    // The visible row whose file is `path`, -1 if not shown.
    static int visibleRow(const CertificatePickerDialog &picker, const QString &path)
    {
        auto *proxy = picker.proxy();
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data(CertificateListModel::FilePathRole).toString() == path)
                return r;
        return -1;
    }

    static void clickRow(CertificatePickerDialog &picker, int row)
    {
        QTableView *table = picker.table();
        const QRect rect = table->visualRect(picker.proxy()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }
    static void doubleClickRow(CertificatePickerDialog &picker, int row)
    {
        QTableView *table = picker.table();
        table->scrollTo(picker.proxy()->index(row, 0));
        const QRect rect = table->visualRect(picker.proxy()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

    test::CertificateFolderFixture pki;
};

} // namespace

TEST_F(CertificatePickerTest, TitleNamesTheHostAndFolderIsRememberedPerUser)
{
    {
        CertificatePickerDialog picker(unixHost());
        EXPECT_EQ(picker.windowTitle(), QStringLiteral("Select certificate on host cfg-01"));
        EXPECT_EQ(picker.model()->rowCount(), 0);
        addFolderByButton(picker, pki.dir.path());
        EXPECT_EQ(picker.folderList()->count(), 1);
        EXPECT_GT(picker.model()->rowCount(), 0);
    }
    EXPECT_EQ(security::CertificateFolders::folders(), QStringList{QDir::cleanPath(pki.dir.path())});
    CertificatePickerDialog again(unixHost());
    ASSERT_EQ(again.folderList()->count(), 1);
    EXPECT_GT(again.model()->rowCount(), 0);
    // Remove folder forgets it.
    again.folderList()->setCurrentRow(0);
    QTest::mouseClick(again.removeFolderButton(), Qt::LeftButton);
    EXPECT_EQ(again.model()->rowCount(), 0);
    EXPECT_TRUE(security::CertificateFolders::folders().isEmpty());
}

TEST_F(CertificatePickerTest, ListsOnlyTheHostsCertificatesUntilShowAll)
{
    CertificatePickerDialog picker(unixHost());
    addFolderByButton(picker, pki.dir.path());
    EXPECT_GE(visibleRow(picker, pki.cfgCert), 0);
    EXPECT_GE(visibleRow(picker, pki.expiredCert), 0);
    EXPECT_EQ(visibleRow(picker, pki.voiceCert), -1);
    EXPECT_EQ(visibleRow(picker, pki.otherCert), -1);
    EXPECT_EQ(visibleRow(picker, pki.caFile), -1);

    QTest::mouseClick(picker.showAllCheck(), Qt::LeftButton);
    ASSERT_TRUE(picker.showAllCheck()->isChecked());
    EXPECT_GE(visibleRow(picker, pki.voiceCert), 0);
    EXPECT_GE(visibleRow(picker, pki.otherCert), 0);
    EXPECT_GE(visibleRow(picker, pki.caFile), 0);
}

TEST_F(CertificatePickerTest, SearchFiltersAsYouType)
{
    CertificatePickerDialog picker(unixHost());
    addFolderByButton(picker, pki.dir.path());
    QTest::mouseClick(picker.showAllCheck(), Qt::LeftButton);
    const int all = picker.proxy()->rowCount();
    QTest::keyClicks(picker.searchEdit(), QStringLiteral("other.ex"));
    EXPECT_EQ(picker.proxy()->rowCount(), 1);
    EXPECT_GE(visibleRow(picker, pki.otherCert), 0);
    QTest::keyClick(picker.searchEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(picker.searchEdit(), Qt::Key_Delete);
    EXPECT_EQ(picker.proxy()->rowCount(), all);
}

TEST_F(CertificatePickerTest, ExpiredRowsRedExpiringAmber)
{
    CertificatePickerDialog picker(unixHost());
    addFolderByButton(picker, pki.dir.path());
    auto colour = [&](const QString &file) {
        const int row = visibleRow(picker, file);
        EXPECT_GE(row, 0);
        return picker.proxy()->index(row, CertificateListModel::ExpirationColumn).data(Qt::ForegroundRole).value<QColor>();
    };
    EXPECT_EQ(colour(pki.expiredCert), QColor(0xc6, 0x28, 0x28));
    EXPECT_EQ(colour(pki.expiringCert), QColor(0xb2, 0x6a, 0x00));
    EXPECT_FALSE(colour(pki.cfgCert).isValid());
}

TEST_F(CertificatePickerTest, UnreadableFileIsListedWithItsReasonAndCannotBeChosen)
{
    CertificatePickerDialog picker(unixHost());
    addFolderByButton(picker, pki.dir.path());
    const int row = visibleRow(picker, pki.brokenFile);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(picker.proxy()->index(row, CertificateListModel::IssuedByColumn).data().toString().startsWith(QStringLiteral("Cannot be read")));
    clickRow(picker, row);
    EXPECT_FALSE(picker.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_TRUE(picker.table()->selectionModel()->selectedRows().isEmpty());
}

TEST_F(CertificatePickerTest, KeyFilesAreNotListedButStillFillCertificateKey)
{
    CertificatePickerDialog picker(unixHost());
    addFolderByButton(picker, pki.dir.path());
    // The host filter matches "02_cfg-01_priv_key.pem" by its name: still no row.
    EXPECT_EQ(visibleRow(picker, pki.cfgKey), -1);
    QTest::mouseClick(picker.showAllCheck(), Qt::LeftButton);
    QStringList shown;
    for (int r = 0; r < picker.proxy()->rowCount(); ++r)
        shown << picker.proxy()->index(r, 0).data(CertificateListModel::FilePathRole).toString().section(QLatin1Char('/'), -1);
    EXPECT_FALSE(shown.join(QLatin1Char(' ')).contains(QStringLiteral("priv_key"))) << shown.join(QLatin1Char(' ')).toStdString();
    EXPECT_GE(visibleRow(picker, pki.brokenFile), 0); // a really broken file is still listed with its reason
    const int row = visibleRow(picker, pki.cfgCert);
    ASSERT_GE(row, 0);
    doubleClickRow(picker, row);
    ASSERT_EQ(picker.result(), QDialog::Accepted);
    EXPECT_EQ(picker.choice().fields.certificateKey, pki.cfgKey);
}

TEST_F(CertificatePickerTest, Pkcs12PasswordIsAskedOnceForTheDialogsLifetime)
{
    DialogPasswordProvider::setNextAnswers({QStringLiteral("s3cret!")});
    CertificatePickerDialog picker(unixHost());
    addFolderByButton(picker, pki.bundleDir);
    QTest::mouseClick(picker.showAllCheck(), Qt::LeftButton);
    EXPECT_GE(visibleRow(picker, pki.pfxFile), 0);
    EXPECT_TRUE(picker.model()->rowAt(picker.proxy()->mapToSource(picker.proxy()->index(visibleRow(picker, pki.pfxFile), 0)).row()).ok());
    picker.model()->reload(); // listing again uses the remembered password
    EXPECT_EQ(picker.passwords().timesAsked(), 1);
    // Nothing about the password reaches the settings.
    EXPECT_FALSE(QSettings().allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("pass"), Qt::CaseInsensitive));
}

TEST_F(CertificatePickerTest, DeclinedPasswordListsTheBundleAsUnreadable)
{
    DialogPasswordProvider::setNextAnswers({std::nullopt});
    CertificatePickerDialog picker(unixHost());
    addFolderByButton(picker, pki.bundleDir);
    const int row = visibleRow(picker, pki.pfxFile);
    ASSERT_GE(row, 0);
    EXPECT_FALSE(picker.proxy()->index(row, 0).data(CertificateListModel::ErrorRole).toString().isEmpty());
}

TEST_F(CertificatePickerTest, DetailsShowEveryFieldAndTheCertificationPath)
{
    CertificatePickerDialog picker(unixHost());
    addFolderByButton(picker, pki.dir.path());
    const int row = visibleRow(picker, pki.cfgCert);
    ASSERT_GE(row, 0);
    clickRow(picker, row);
    ASSERT_TRUE(picker.detailsButton()->isEnabled());
    QTest::mouseClick(picker.detailsButton(), Qt::LeftButton);
    auto *details = picker.findChild<CertificateDetailsDialog *>();
    ASSERT_TRUE(details);
    EXPECT_EQ(details->tabs()->count(), 3);
    EXPECT_EQ(details->tabs()->tabText(2), QStringLiteral("Certification &Path"));
    EXPECT_EQ(details->fieldValue(QStringLiteral("Serial number")), QStringLiteral("02"));
    EXPECT_EQ(details->fieldValue(QStringLiteral("Subject alternative names")), QStringLiteral("DNS:cfg-01.contoso.example"));
    EXPECT_EQ(details->fieldValue(QStringLiteral("Public key")), QStringLiteral("RSA (2048 bits)"));
    EXPECT_EQ(details->fieldValue(QStringLiteral("Thumbprint (SHA-1)")), testpki::opensslFingerprint(pki.cfgCert, QStringLiteral("sha1")));
    EXPECT_EQ(details->fieldValue(QStringLiteral("Thumbprint (SHA-256)")), testpki::opensslFingerprint(pki.cfgCert, QStringLiteral("sha256")));
    EXPECT_EQ(details->fieldValue(QStringLiteral("Certificate authority")), QStringLiteral("No"));
    EXPECT_TRUE(details->fieldValue(QStringLiteral("Enhanced key usage")).contains(QStringLiteral("serverAuth")));
    // CA at the top, the certificate under it.
    ASSERT_EQ(details->pathTree()->topLevelItemCount(), 1);
    QTreeWidgetItem *top = details->pathTree()->topLevelItem(0);
    EXPECT_EQ(top->text(0), QStringLiteral("Contoso Test CA"));
    ASSERT_EQ(top->childCount(), 1);
    EXPECT_EQ(top->child(0)->text(0), QStringLiteral("cfg-01.contoso.example"));
}

TEST_F(CertificatePickerTest, ChoosingOnAUnixHostGivesCertificateKeyAndCaPaths)
{
    CertificatePickerDialog picker(unixHost());
    addFolderByButton(picker, pki.dir.path());
    const int row = visibleRow(picker, pki.cfgCert);
    ASSERT_GE(row, 0);
    doubleClickRow(picker, row);
    ASSERT_EQ(picker.result(), QDialog::Accepted);
    EXPECT_EQ(picker.choice().fields.certificate, pki.cfgCert);
    EXPECT_EQ(picker.choice().fields.certificateKey, pki.cfgKey);
    EXPECT_EQ(picker.choice().fields.trustedCa, pki.caFile);
    EXPECT_TRUE(picker.choice().notes.isEmpty());
}

TEST_F(CertificatePickerTest, ChoosingACertificateWithoutItsKeyLeavesTheKeyEmptyAndSaysWhy)
{
    CertificatePickerDialog picker(unixHost());
    addFolderByButton(picker, pki.dir.path());
    const int row = visibleRow(picker, pki.keylessCert);
    ASSERT_GE(row, 0);
    clickRow(picker, row);
    QTest::mouseClick(picker.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_EQ(picker.result(), QDialog::Accepted);
    EXPECT_EQ(picker.choice().fields.certificate, pki.keylessCert);
    EXPECT_TRUE(picker.choice().fields.certificateKey.isEmpty());
    EXPECT_EQ(picker.choice().fields.trustedCa, pki.caFile);
    ASSERT_EQ(picker.choice().notes.size(), 1);
    EXPECT_TRUE(picker.choice().notes.first().startsWith(QStringLiteral("Certificate Key left empty")));
}

TEST_F(CertificatePickerTest, ChoosingOnAWindowsHostGivesTheThumbprint)
{
    CertificatePickerDialog picker(windowsHost());
    addFolderByButton(picker, pki.dir.path());
    const int row = visibleRow(picker, pki.voiceCert);
    ASSERT_GE(row, 0);
    doubleClickRow(picker, row);
    ASSERT_EQ(picker.result(), QDialog::Accepted);
    EXPECT_EQ(picker.choice().fields.certificate, testpki::opensslFingerprint(pki.voiceCert, QStringLiteral("sha1")));
    EXPECT_TRUE(picker.choice().fields.certificateKey.isEmpty());
    EXPECT_TRUE(picker.choice().fields.trustedCa.isEmpty());
}

TEST_F(CertificatePickerTest, AFolderThatIsNotThereIsRefusedWithAMessage)
{
    CertificatePickerDialog picker(unixHost());
    EXPECT_FALSE(picker.addFolder(pki.path(QStringLiteral("missing"))));
    EXPECT_TRUE(picker.statusLabel()->text().contains(QStringLiteral("is not a folder")));
    EXPECT_TRUE(security::CertificateFolders::folders().isEmpty());
}
