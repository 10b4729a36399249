// The certificate wiring of the configuration dialogs over a real SqliteStore
// with the demo configuration (S4.1-S4.3, S4.5, S1.2, S1.3): browse and pick
// from a folder, OK, and what the store then holds.
#include "models/config/EffectiveCertificate.h"
#include "models/itemmodels/CertificateFilterProxy.h"
#include "models/itemmodels/CertificateListModel.h"
#include "tests/widgets/certificates/CertificateFolderFixture.h"
#include "tests/widgets/properties/PropertiesTestSupport.h"
#include "widgets/certificates/CertificateFieldsEditor.h"
#include "widgets/certificates/CertificatePickerDialog.h"
#include "widgets/certificates/CertificatePropertiesDialog.h"
#include "widgets/common/MessageBox.h"
#include "widgets/properties/ApplicationPropertiesDialog.h"
#include "widgets/properties/ConnectionSecurity.h"
#include "widgets/properties/HostPropertiesDialog.h"
#include "widgets/properties/OptionsEditor.h"
#include "widgets/properties/PortDialog.h"
#include "widgets/properties/ServerInfoTab.h"

#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace confman;
using namespace confman::test;

namespace {

class CertificateWiringTest : public DemoStoreTest
{
protected:
    void SetUp() override
    {
        DemoStoreTest::SetUp();
        QSettings().remove(QStringLiteral("certificates"));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::clearHistory();
    }
    void TearDown() override
    {
        CertificatePickerDialog::setRunHook({});
        QSettings().remove(QStringLiteral("certificates"));
    }

    // The picker answers by itself: the folder is added with its button, the
    // row of `file` is clicked (Show all when needed) and OK pressed.
    void pickOnBrowse(const QString &file)
    {
        CertificatePickerDialog::setRunHook([this, file](CertificatePickerDialog &picker) {
            picker.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&picker));
            CertificatePickerDialog::setNextFolder(pki.dir.path());
            QTest::mouseClick(picker.addFolderButton(), Qt::LeftButton);
            if (rowOf(picker, file) < 0)
                QTest::mouseClick(picker.showAllCheck(), Qt::LeftButton);
            const int row = rowOf(picker, file);
            ASSERT_GE(row, 0) << file.toStdString();
            const QRect rect = picker.table()->visualRect(picker.proxy()->index(row, 0));
            QTest::mouseClick(picker.table()->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseClick(picker.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            pickerTitle = picker.windowTitle();
        });
    }
    static void showServerInfo(ApplicationPropertiesDialog &dialog)
    {
        dialog.tabs()->setCurrentIndex(dialog.tabs()->indexOfPage(dialog.serverInfoTab()));
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    }
    static int rowOf(const CertificatePickerDialog &picker, const QString &file)
    {
        for (int r = 0; r < picker.proxy()->rowCount(); ++r)
            if (picker.proxy()->index(r, 0).data(CertificateListModel::FilePathRole).toString() == file)
                return r;
        return -1;
    }

    CertificateFolderFixture pki;
    QString pickerTitle;
};

} // namespace

TEST_F(CertificateWiringTest, UnixHostBrowsePicksTheThreePathsIntoFieldsAnnexAndStore)
{
    HostPropertiesDialog dialog(*store, host(QStringLiteral("cfg-01")));
    pickOnBrowse(pki.cfgCert);
    click(dialog.browseCertificateButton());
    EXPECT_EQ(pickerTitle, QStringLiteral("Select certificate on host cfg-01"));
    EXPECT_EQ(dialog.certificateEdit()->text(), pki.cfgCert);
    EXPECT_EQ(dialog.certificateKeyEdit()->text(), pki.cfgKey);
    EXPECT_EQ(dialog.trustedCaEdit()->text(), pki.caFile);
    // The Annex editor shows the same values before saving.
    EXPECT_EQ(certificateFieldsFrom(dialog.annexEditor()->options()).certificate, pki.cfgCert);
    EXPECT_TRUE(MessageBox::lastTitle().isEmpty()) << "a clean certificate asks nothing";

    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    const Host stored = host(QStringLiteral("cfg-01"));
    EXPECT_EQ(stored.defaultCertificate(), (CertificateFields{pki.cfgCert, pki.cfgKey, pki.caFile}));
    EXPECT_EQ(stored.annex.value(kSecuritySection, kCertificateOption), pki.cfgCert);
    EXPECT_EQ(stored.annex.value(kSecuritySection, kCertificateKeyOption), pki.cfgKey);
    EXPECT_EQ(stored.annex.value(kSecuritySection, kTrustedCaOption), pki.caFile);
}

TEST_F(CertificateWiringTest, WindowsHostBrowseStoresTheThumbprint)
{
    HostPropertiesDialog dialog(*store, host(QStringLiteral("voice-01")));
    pickOnBrowse(pki.voiceCert);
    click(dialog.browseCertificateButton());
    const QString thumbprint = testpki::opensslFingerprint(pki.voiceCert, QStringLiteral("sha1"));
    ASSERT_FALSE(thumbprint.isEmpty());
    EXPECT_EQ(dialog.certificateEdit()->text(), thumbprint);
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    const Host stored = host(QStringLiteral("voice-01"));
    EXPECT_EQ(stored.defaultCertificate().certificate, thumbprint);
    EXPECT_TRUE(stored.defaultCertificate().certificateKey.isEmpty());
    EXPECT_EQ(stored.annex.value(kSecuritySection, kCertificateOption), thumbprint);
}

TEST_F(CertificateWiringTest, ExpiredCertificateNeedsAssignAnyway)
{
    HostPropertiesDialog dialog(*store, host(QStringLiteral("cfg-01")));
    const QString before = dialog.certificateEdit()->text();
    pickOnBrowse(pki.expiredCert);
    MessageBox::setNextAnswer(QMessageBox::No);
    click(dialog.browseCertificateButton());
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("Certificate Does Not Meet the Requirements"));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Assign anyway?")));
    EXPECT_EQ(dialog.certificateEdit()->text(), before) << "declined: nothing assigned";

    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(dialog.browseCertificateButton());
    EXPECT_EQ(dialog.certificateEdit()->text(), pki.expiredCert);
    EXPECT_FALSE(dialog.certificateNote()->isHidden());
    EXPECT_TRUE(dialog.certificateNote()->text().contains(QStringLiteral("Error: ")));
}

TEST_F(CertificateWiringTest, CertificateForAnotherHostNeedsAssignAnyway)
{
    HostPropertiesDialog dialog(*store, host(QStringLiteral("cfg-01")));
    pickOnBrowse(pki.otherCert);
    MessageBox::setNextAnswer(QMessageBox::No);
    click(dialog.browseCertificateButton());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("cfg-01.contoso.example"))) << MessageBox::lastText().toStdString();
}

TEST_F(CertificateWiringTest, ClearRemovesTheDefaultCertificateEverywhere)
{
    HostPropertiesDialog dialog(*store, host(QStringLiteral("cfg-01")));
    ASSERT_FALSE(dialog.certificateEdit()->text().isEmpty());
    click(dialog.clearCertificateButton());
    EXPECT_TRUE(certificateFieldsFrom(dialog.annexEditor()->options()).isEmpty());
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    const Host stored = host(QStringLiteral("cfg-01"));
    EXPECT_TRUE(stored.defaultCertificate().isEmpty());
    EXPECT_TRUE(stored.certificateDescription.isEmpty());
    EXPECT_FALSE(stored.annex.contains(kSecuritySection, kCertificateOption));
}

TEST_F(CertificateWiringTest, ApplicationCertificateSetThroughPropertiesIsMirroredInOptions)
{
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("dbserver")));
    showServerInfo(dialog);
    EXPECT_TRUE(dialog.hostCertificateRadio()->isChecked());
    pickOnBrowse(pki.cfgCert);
    click(dialog.applicationCertificateRadio());
    auto *props = dialog.findChild<CertificatePropertiesDialog *>();
    ASSERT_TRUE(props);
    click(props->editor()->browseButton());
    EXPECT_EQ(props->editor()->certificateEdit()->text(), pki.cfgCert);
    clickButton(props->buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(certificateFieldsFrom(dialog.optionsEditor()->options()).certificateKey, pki.cfgKey);
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    const Application stored = app(QStringLiteral("dbserver"));
    EXPECT_EQ(stored.ownCertificate(), (CertificateFields{pki.cfgCert, pki.cfgKey, pki.caFile}));
    EXPECT_EQ(stored.options.value(kSecuritySection, kCertificateOption), pki.cfgCert);
}

TEST_F(CertificateWiringTest, SwitchingFromApplicationToHostDeletesTheApplicationsValuesAfterConfirmation)
{
    Application a = app(QStringLiteral("dbserver"));
    setCertificateFields(a.options, {pki.cfgCert, pki.cfgKey, pki.caFile});
    ASSERT_TRUE(store->save(a).ok);
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("dbserver")));
    showServerInfo(dialog);
    ASSERT_TRUE(dialog.applicationCertificateRadio()->isChecked());

    MessageBox::setNextAnswer(QMessageBox::No);
    click(dialog.hostCertificateRadio());
    EXPECT_TRUE(dialog.applicationCertificateRadio()->isChecked()) << "declined: stays Application";
    EXPECT_FALSE(certificateFieldsFrom(dialog.optionsEditor()->options()).isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(dialog.hostCertificateRadio());
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("Use the Host's Certificate"));
    EXPECT_TRUE(dialog.hostCertificateRadio()->isChecked());
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    const Application stored = app(QStringLiteral("dbserver"));
    EXPECT_TRUE(stored.ownCertificate().isEmpty());
    EXPECT_FALSE(stored.options.contains(kSecuritySection, kCertificateOption));
    EXPECT_FALSE(stored.options.contains(kSecuritySection, kTrustedCaOption));
    EXPECT_EQ(stored.options.value(QStringLiteral("log"), QStringLiteral("verbose")), QStringLiteral("standard")) << "other options kept";
}

TEST_F(CertificateWiringTest, SecuredPortWithoutAnyCertificateIsARedErrorRow)
{
    // voice-01 loses its default certificate; the T-Server's secure port inherits.
    Host voice = host(QStringLiteral("voice-01"));
    voice.setDefaultCertificate({});
    ASSERT_TRUE(store->save(voice).ok);
    Application tserver = app(QStringLiteral("TServer_SIP"));
    for (Port &p : tserver.serverInfo.ports)
        if (p.id == QStringLiteral("secure"))
            p.transport = QStringLiteral("tls=1");
    ApplicationPropertiesDialog dialog(*store, tserver);
    QTableWidget *ports = dialog.serverInfoTab()->portsTable();
    int secureRow = -1;
    for (int r = 0; r < ports->rowCount(); ++r)
        if (ports->item(r, ServerInfoTab::IdColumn)->text() == QStringLiteral("secure"))
            secureRow = r;
    ASSERT_GE(secureRow, 0);
    QTableWidgetItem *cert = ports->item(secureRow, ServerInfoTab::CertificateColumn);
    EXPECT_EQ(cert->text(), QStringLiteral("none — this secured port has no certificate"));
    EXPECT_EQ(cert->foreground().color(), QColor(0xc6, 0x28, 0x28));
    EXPECT_EQ(ports->item(secureRow, ServerInfoTab::IdColumn)->foreground().color(), QColor(0xc6, 0x28, 0x28));
    // The unsecured default port is not an error.
    EXPECT_NE(ports->item(0, ServerInfoTab::IdColumn)->foreground().color(), QColor(0xc6, 0x28, 0x28));

    // Choosing Application with its own certificate fixes it in place: the source follows.
    OptionSections options = dialog.optionsEditor()->options();
    setCertificateFields(options, {QStringLiteral("aa bb"), {}, {}});
    dialog.optionsEditor()->setOptions(options);
    Q_EMIT dialog.optionsEditor()->changed();
    EXPECT_EQ(ports->item(secureRow, ServerInfoTab::CertificateColumn)->text(), QStringLiteral("Application: aa bb"));
}

TEST_F(CertificateWiringTest, PortsListShowsEffectiveCertificateSourceAndHaSyncWarning)
{
    Application tserver = app(QStringLiteral("TServer_SIP"));
    for (Port &p : tserver.serverInfo.ports)
        if (p.haSync)
            p.transport = QStringLiteral("tls=1;certificate=") + testpki::opensslFingerprint(pki.voiceCert, QStringLiteral("sha1"));
    ApplicationPropertiesDialog dialog(*store, tserver);
    QTableWidget *ports = dialog.serverInfoTab()->portsTable();
    bool sawHa = false;
    for (int r = 0; r < ports->rowCount(); ++r) {
        const QString id = ports->item(r, ServerInfoTab::IdColumn)->text();
        const QString text = ports->item(r, ServerInfoTab::CertificateColumn)->text();
        if (id == QStringLiteral("secure")) {
            EXPECT_TRUE(text.startsWith(QStringLiteral("Port: "))) << text.toStdString();
        }
        if (id == QStringLiteral("ha")) {
            sawHa = true;
            EXPECT_TRUE(text.startsWith(QStringLiteral("Port: ")));
            EXPECT_EQ(ports->item(r, ServerInfoTab::CertificateColumn)->foreground().color(), QColor(0xb2, 0x6a, 0x00));
            EXPECT_TRUE(ports->item(r, ServerInfoTab::CertificateColumn)->toolTip().contains(QStringLiteral("HA sync")));
        }
    }
    EXPECT_TRUE(sawHa);
}

TEST_F(CertificateWiringTest, PortCertificateTabAndAdvancedTabEditTheSameTransportString)
{
    Port port;
    port.id = QStringLiteral("secure");
    port.port = 2021;
    port.listeningMode = ListeningMode::Secured;
    PortDialog dialog(port, false);
    dialog.setCertificateContext(host(QStringLiteral("cfg-01")), security::ApplicationKind::Server);
    CertificateFieldsEditor *editor = dialog.certificateEditor();
    retype(editor->certificateEdit(), pki.cfgCert);
    retype(editor->certificateKeyEdit(), pki.cfgKey);
    EXPECT_EQ(dialog.transportEdit()->text(),
              QStringLiteral("tls=1;certificate=%1;certificate-key=%2").arg(pki.cfgCert, pki.cfgKey));
    retype(dialog.transportEdit(), QStringLiteral("tls=1;certificate=/pki/x.pem;trusted-ca=/pki/ca.pem"));
    EXPECT_EQ(editor->certificateEdit()->text(), QStringLiteral("/pki/x.pem"));
    EXPECT_TRUE(editor->certificateKeyEdit()->text().isEmpty());
    EXPECT_EQ(editor->trustedCaEdit()->text(), QStringLiteral("/pki/ca.pem"));

    // A file that does not exist is an error of the checks: declining keeps the dialog open.
    MessageBox::setNextAnswer(QMessageBox::No);
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Assign anyway?")));

    // Browsing picks a real certificate; OK then needs no question.
    pickOnBrowse(pki.cfgCert);
    click(editor->browseButton());
    EXPECT_EQ(dialog.transportEdit()->text(),
              QStringLiteral("tls=1;certificate=%1;certificate-key=%2;trusted-ca=%3").arg(pki.cfgCert, pki.cfgKey, pki.caFile));
    MessageBox::clearHistory();
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(MessageBox::lastTitle().isEmpty());
    EXPECT_EQ(dialog.port().transport, dialog.transportEdit()->text());
}

TEST_F(CertificateWiringTest, AutoDetectConnectionIsSecureOnlyWhenTheServerHasACertificate)
{
    // confserv's `secure` port is Auto Detect with a port certificate.
    Application confserv = app(QStringLiteral("confserv"));
    EXPECT_TRUE(isSecureConnection(confserv, QStringLiteral("secure"), *store));
    for (Port &p : confserv.serverInfo.ports)
        if (p.id == QStringLiteral("secure"))
            p.transport.clear();
    EXPECT_TRUE(isSecureConnection(confserv, QStringLiteral("secure"), *store)) << "cfg-01's default certificate";
    Host cfg = host(QStringLiteral("cfg-01"));
    cfg.setDefaultCertificate({});
    ASSERT_TRUE(store->save(cfg).ok);
    EXPECT_FALSE(isSecureConnection(confserv, QStringLiteral("secure"), *store));
    setCertificateFields(confserv.options, {pki.cfgCert, {}, {}});
    EXPECT_TRUE(isSecureConnection(confserv, QStringLiteral("secure"), *store));
    EXPECT_FALSE(isSecureConnection(confserv, QStringLiteral("default"), *store));
}
