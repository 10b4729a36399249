#include "tests/widgets/properties/PropertiesTestSupport.h"
#include "widgets/properties/ApplicationPropertiesDialog.h"
#include "widgets/properties/ConflictDialog.h"
#include "widgets/properties/ConnectionDialog.h"
#include "widgets/properties/ConnectionsTab.h"
#include "widgets/properties/NumberEdit.h"
#include "widgets/properties/PortDialog.h"
#include "widgets/properties/ServerInfoTab.h"
#include "widgets/properties/ServerPickerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

using namespace confman;
using namespace confman::test;

namespace {

class ApplicationPropertiesDialogTest : public DemoStoreTest
{
protected:
    // Opens Add Port, fills it like a user and presses OK on the port dialog.
    static void addPort(ApplicationPropertiesDialog &dialog, const QString &id, const QString &number)
    {
        dialog.tabs()->setCurrentIndex(dialog.tabs()->indexOfPage(dialog.serverInfoTab()));
        click(dialog.serverInfoTab()->addPortButton());
        auto *portDialog = dialog.findChild<PortDialog *>();
        ASSERT_TRUE(portDialog);
        ASSERT_TRUE(portDialog->isVisible());
        retype(portDialog->portIdEdit(), id);
        retype(portDialog->portNumberEdit(), number);
        clickButton(portDialog->buttons(), QDialogButtonBox::Ok);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.findChild<PortDialog *>() == nullptr; }));
    }

    static QStringList comboItems(QComboBox *combo)
    {
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items << combo->itemText(i);
        return items;
    }
};

} // namespace

TEST_F(ApplicationPropertiesDialogTest, okSavesTypedGeneralAndStartInfo)
{
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("StatServer")));
    dialog.show();
    retype(dialog.versionEdit(), QStringLiteral("8.5.2"));
    dialog.tabs()->setCurrentIndex(dialog.tabs()->indexOfPage(dialog.startInfoTab()));
    retype(dialog.commandLineEdit(), QStringLiteral("./statserver64"));
    retype(dialog.startupTimeoutEdit(), QStringLiteral("120"));
    QTest::keyClick(dialog.autoRestartCheck(), Qt::Key_Space);
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);

    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const Application stored = app(QStringLiteral("StatServer"));
    EXPECT_EQ(stored.templateVersion, QStringLiteral("8.5.2"));
    EXPECT_EQ(stored.startInfo.commandLine, QStringLiteral("./statserver64"));
    EXPECT_EQ(stored.startInfo.startupTimeout, 120);
    EXPECT_FALSE(stored.startInfo.autoRestart); // the demo has it on; the click turned it off
}

TEST_F(ApplicationPropertiesDialogTest, addedPortIsSaved)
{
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("StatServer")));
    dialog.show();
    addPort(dialog, QStringLiteral("extra"), QStringLiteral("2061"));
    EXPECT_EQ(dialog.serverInfoTab()->portsTable()->rowCount(), 2);
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const Port *port = app(QStringLiteral("StatServer")).serverInfo.port(QStringLiteral("extra"));
    ASSERT_TRUE(port);
    EXPECT_EQ(port->port, 2061);
}

TEST_F(ApplicationPropertiesDialogTest, duplicatePortIdIsRefusedOnServerInfoAndStoreUnchanged)
{
    const Application before = app(QStringLiteral("TServer_SIP"));
    ApplicationPropertiesDialog dialog(*store, before);
    dialog.show();
    addPort(dialog, QStringLiteral("default"), QStringLiteral("3999"));
    dialog.tabs()->setCurrentIndex(0);
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.tabs()->currentIndex(), dialog.tabs()->indexOfPage(dialog.serverInfoTab()));
    const QString message = stripText(dialog.tabs(), dialog.serverInfoTab());
    EXPECT_TRUE(message.contains(QStringLiteral("Port ID `default`"))) << message.toStdString();
    EXPECT_EQ(dialog.focusWidget(), dialog.serverInfoTab()->portsTable());
    EXPECT_EQ(app(QStringLiteral("TServer_SIP")), before);
}

TEST_F(ApplicationPropertiesDialogTest, port70000IsRefusedNotClamped)
{
    const Application before = app(QStringLiteral("StatServer"));
    ApplicationPropertiesDialog dialog(*store, before);
    dialog.show();
    addPort(dialog, QStringLiteral("big"), QStringLiteral("70000"));
    EXPECT_EQ(dialog.serverInfoTab()->portsTable()->item(1, ServerInfoTab::PortColumn)->text(), QStringLiteral("70000"));
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);

    EXPECT_TRUE(dialog.isVisible());
    const QString message = stripText(dialog.tabs(), dialog.serverInfoTab());
    EXPECT_TRUE(message.contains(QStringLiteral("Communication Port"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("70000"))) << message.toStdString();
    EXPECT_EQ(app(QStringLiteral("StatServer")), before);
}

TEST_F(ApplicationPropertiesDialogTest, transportStringWithSpaceBeforeSemicolonIsRefusedWithItsColumn)
{
    const Application before = app(QStringLiteral("TServer_SIP"));
    ApplicationPropertiesDialog dialog(*store, before);
    dialog.show();
    dialog.tabs()->setCurrentIndex(dialog.tabs()->indexOfPage(dialog.serverInfoTab()));
    dialog.serverInfoTab()->portsTable()->selectRow(2); // `secure`
    click(dialog.serverInfoTab()->editPortButton());
    auto *portDialog = dialog.findChild<PortDialog *>();
    ASSERT_TRUE(portDialog);
    EXPECT_EQ(portDialog->portIdEdit()->text(), QStringLiteral("secure"));
    portDialog->tabs()->setCurrentIndex(1);
    retype(portDialog->transportEdit(), QStringLiteral("tls=1 ;certificate=/x.pem"));
    EXPECT_TRUE(portDialog->transportStatus()->text().contains(QStringLiteral("column 6")))
        << portDialog->transportStatus()->text().toStdString();

    clickButton(portDialog->buttons(), QDialogButtonBox::Ok);
    EXPECT_TRUE(portDialog->isVisible());
    EXPECT_TRUE(portDialog->problemLabel()->text().contains(QStringLiteral("Transport")));
    EXPECT_EQ(portDialog->focusWidget(), portDialog->transportEdit());
    clickButton(portDialog->buttons(), QDialogButtonBox::Cancel);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.findChild<PortDialog *>() == nullptr; }));

    EXPECT_EQ(dialog.serverInfoTab()->ports(), before.serverInfo.ports);
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(app(QStringLiteral("TServer_SIP")).serverInfo.ports, before.serverInfo.ports);
}

TEST_F(ApplicationPropertiesDialogTest, autoDetectIsOfferedOnlyOnAConfigurationServer)
{
    auto offersAutoDetect = [this](const QString &name) {
        ApplicationPropertiesDialog dialog(*store, app(name));
        dialog.show();
        dialog.serverInfoTab()->portsTable()->selectRow(0);
        click(dialog.serverInfoTab()->editPortButton());
        auto *portDialog = dialog.findChild<PortDialog *>();
        EXPECT_TRUE(portDialog);
        return portDialog && portDialog->listeningModeCombo()->findText(QStringLiteral("Auto Detect")) >= 0;
    };
    EXPECT_TRUE(offersAutoDetect(QStringLiteral("confserv")));
    EXPECT_FALSE(offersAutoDetect(QStringLiteral("StatServer")));
}

TEST_F(ApplicationPropertiesDialogTest, connectionDialogListsExactlyTheServersPortsAndFollowsTheirMode)
{
    const Application tserver = app(QStringLiteral("TServer_SIP"));
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("OCServer")));
    dialog.show();
    dialog.tabs()->setCurrentIndex(dialog.tabs()->indexOfPage(dialog.connectionsTab()));
    const int rowsBefore = dialog.connectionsTab()->table()->rowCount();
    click(dialog.connectionsTab()->addButton());

    auto *connectionDialog = dialog.findChild<ConnectionDialog *>();
    ASSERT_TRUE(connectionDialog);
    auto *picker = connectionDialog->findChild<ServerPickerDialog *>();
    ASSERT_TRUE(picker);
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("TServer_SIP_B"));
    ASSERT_NE(picker->selectedId(), 0);
    clickButton(picker->buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(connectionDialog->serverEdit()->text(), QStringLiteral("TServer_SIP_B"));

    // Browse again for the primary (the first picker is gone once closed).
    ASSERT_TRUE(QTest::qWaitFor([&] { return connectionDialog->findChild<ServerPickerDialog *>() == nullptr; }));
    click(connectionDialog->browseButton());
    picker = connectionDialog->findChild<ServerPickerDialog *>();
    ASSERT_TRUE(picker);
    picker->list()->clearSelection();
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("tserver_sip"));
    picker->select(tserver.id);
    clickButton(picker->buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(connectionDialog->serverEdit()->text(), QStringLiteral("TServer_SIP"));

    QStringList expected;
    for (const auto &p : tserver.serverInfo.ports)
        expected << p.id;
    EXPECT_EQ(comboItems(connectionDialog->portIdCombo()), expected);

    connectionDialog->portIdCombo()->setCurrentText(QStringLiteral("secure"));
    EXPECT_EQ(connectionDialog->connectionModeEdit()->text(), QStringLiteral("Secure"));
    EXPECT_TRUE(connectionDialog->connectionModeEdit()->isReadOnly());
    connectionDialog->portIdCombo()->setCurrentText(QStringLiteral("default"));
    EXPECT_EQ(connectionDialog->connectionModeEdit()->text(), QStringLiteral("Unsecure"));
    connectionDialog->portIdCombo()->setCurrentText(QStringLiteral("secure"));
    clickButton(connectionDialog->buttons(), QDialogButtonBox::Ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.findChild<ConnectionDialog *>() == nullptr; }));

    auto *table = dialog.connectionsTab()->table();
    ASSERT_EQ(table->rowCount(), rowsBefore + 1);
    EXPECT_EQ(table->item(rowsBefore, ConnectionsTab::PortIdColumn)->text(), QStringLiteral("secure"));
    EXPECT_EQ(table->item(rowsBefore, ConnectionsTab::SecurityColumn)->text(), QStringLiteral("Yes"));
}

TEST_F(ApplicationPropertiesDialogTest, autoDetectPortIsSecureOnlyWithACertificate)
{
    // confserv's `secure` port is Auto Detect with a port certificate in its transport string.
    ConnectionDialog connection(*store, app(QStringLiteral("StatServer")).id, Connection{});
    connection.setServer(app(QStringLiteral("confserv")).id);
    connection.portIdCombo()->setCurrentText(QStringLiteral("secure"));
    EXPECT_EQ(connection.connectionModeEdit()->text(), QStringLiteral("Secure"));

    // Without any certificate (port, application, host) Auto Detect stays unsecure.
    Application confserv = app(QStringLiteral("confserv"));
    for (auto &p : confserv.serverInfo.ports)
        if (p.id == QStringLiteral("secure"))
            p.transport = QStringLiteral("tls=1");
    Host cfg01 = host(QStringLiteral("cfg-01"));
    cfg01.setDefaultCertificate({});
    ASSERT_TRUE(store->save(confserv).ok);
    ASSERT_TRUE(store->save(cfg01).ok);
    connection.setServer(confserv.id);
    connection.portIdCombo()->setCurrentText(QStringLiteral("secure"));
    EXPECT_EQ(connection.connectionModeEdit()->text(), QStringLiteral("Unsecure"));
}

TEST_F(ApplicationPropertiesDialogTest, securityColumnSaysYesForSecuredAndNoForUnsecured)
{
    // StatServer connects to TServer_SIP `secure` (Secured) and MessageServer `default` (Unsecured).
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("StatServer")));
    auto *table = dialog.connectionsTab()->table();
    ASSERT_EQ(table->rowCount(), 2);
    QMap<QString, QString> security;
    for (int row = 0; row < table->rowCount(); ++row)
        security.insert(table->item(row, ConnectionsTab::ServerColumn)->text(),
                        table->item(row, ConnectionsTab::SecurityColumn)->text());
    EXPECT_EQ(security.value(QStringLiteral("TServer_SIP")), QStringLiteral("Yes"));
    EXPECT_EQ(security.value(QStringLiteral("MessageServer")), QStringLiteral("No"));
}

TEST_F(ApplicationPropertiesDialogTest, invalidTransportProtocolParametersKeepTheConnectionDialogOpen)
{
    ConnectionDialog connection(*store, app(QStringLiteral("StatServer")).id, Connection{});
    connection.show();
    connection.setServer(app(QStringLiteral("MessageServer")).id);
    QTest::keyClicks(connection.transportParamsEdit(), QStringLiteral("port=70000"));
    EXPECT_TRUE(connection.transportParamsStatus()->text().startsWith(QStringLiteral("Not valid")));
    clickButton(connection.buttons(), QDialogButtonBox::Ok);
    EXPECT_TRUE(connection.isVisible());
    EXPECT_TRUE(connection.problemLabel()->text().contains(QStringLiteral("Transport Protocol Parameters")));
    retype(connection.transportParamsEdit(), QStringLiteral("port=5000;address=127.0.0.1"));
    EXPECT_TRUE(connection.transportParamsStatus()->text().startsWith(QStringLiteral("Valid")));
    clickButton(connection.buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(connection.result(), QDialog::Accepted);
    EXPECT_EQ(connection.connection().transportParams, QStringLiteral("port=5000;address=127.0.0.1"));
}

TEST_F(ApplicationPropertiesDialogTest, guiTypeHasNoServerInfoTab)
{
    ApplicationPropertiesDialog gui(*store, app(QStringLiteral("default")));
    EXPECT_FALSE(gui.tabs()->isPageVisible(gui.serverInfoTab()));

    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("StatServer")));
    EXPECT_TRUE(dialog.tabs()->isPageVisible(dialog.serverInfoTab()));
    dialog.typeCombo()->setCurrentText(QStringLiteral("Configuration Manager"));
    EXPECT_FALSE(dialog.tabs()->isPageVisible(dialog.serverInfoTab()));
    dialog.typeCombo()->setCurrentText(QStringLiteral("Stat Server"));
    EXPECT_TRUE(dialog.tabs()->isPageVisible(dialog.serverInfoTab()));
}

TEST_F(ApplicationPropertiesDialogTest, redundancyTypesAndBackupsFollowTheType)
{
    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("TServer_SIP")));
    auto *info = dialog.serverInfoTab();
    EXPECT_EQ(comboItems(info->redundancyCombo()),
              (QStringList{QStringLiteral("Not Specified"), QStringLiteral("Warm Standby"), QStringLiteral("Hot Standby")}));
    EXPECT_EQ(comboItems(info->backupCombo()), (QStringList{QStringLiteral("(none)"), QStringLiteral("TServer_SIP_B")}));
    EXPECT_EQ(info->backupCombo()->currentText(), QStringLiteral("TServer_SIP_B"));
    dialog.typeCombo()->setCurrentText(QStringLiteral("SIP Server"));
    QStringList offered = comboItems(info->redundancyCombo());
    EXPECT_FALSE(offered.contains(QStringLiteral("Warm Standby")));
    EXPECT_TRUE(offered.contains(QStringLiteral("Hot Standby")));
}

TEST_F(ApplicationPropertiesDialogTest, storedWarningsAreShownOnTheirTabWithoutBlocking)
{
    Application tserver = app(QStringLiteral("TServer_SIP"));
    tserver.serverInfo.redundancyType = RedundancyType::NotSpecified;
    const SaveResult r = store->save(tserver);
    ASSERT_TRUE(r.ok);
    ASSERT_FALSE(r.findings.isEmpty()) << "the Validator warns about a backup without a redundancy type";

    ApplicationPropertiesDialog dialog(*store, app(QStringLiteral("TServer_SIP")));
    dialog.show();
    const QString text = stripText(dialog.tabs(), dialog.serverInfoTab());
    EXPECT_TRUE(text.startsWith(QStringLiteral("Warning"))) << text.toStdString();
    retype(dialog.versionEdit(), QStringLiteral("9.0"));
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(app(QStringLiteral("TServer_SIP")).templateVersion, QStringLiteral("9.0"));
}

TEST_F(ApplicationPropertiesDialogTest, conflictReloadAndOverwrite)
{
    const Application start = app(QStringLiteral("StatServer"));
    ApplicationPropertiesDialog first(*store, start);
    ApplicationPropertiesDialog second(*store, start);
    retype(first.commandLineEdit(), QStringLiteral("./first"));
    ASSERT_TRUE(first.apply());
    // Apply twice in a row from the same dialog: no conflict with itself.
    retype(first.versionEdit(), QStringLiteral("8.6"));
    ASSERT_TRUE(first.apply());

    second.show();
    retype(second.commandLineEdit(), QStringLiteral("./second"));
    ConflictDialog::setNextChoice(ConflictDialog::Choice::Reload);
    clickButton(second.buttons(), QDialogButtonBox::Ok);
    EXPECT_TRUE(second.isVisible());
    EXPECT_TRUE(ConflictDialog::lastChangedFields().contains(QStringLiteral("Command Line")));
    EXPECT_EQ(second.commandLineEdit()->text(), QStringLiteral("./first"));
    EXPECT_EQ(app(QStringLiteral("StatServer")).startInfo.commandLine, QStringLiteral("./first"));

    ApplicationPropertiesDialog stale(*store, start);
    stale.show();
    retype(stale.commandLineEdit(), QStringLiteral("./stale"));
    ConflictDialog::setNextChoice(ConflictDialog::Choice::Overwrite);
    clickButton(stale.buttons(), QDialogButtonBox::Ok);
    EXPECT_EQ(stale.result(), QDialog::Accepted);
    const Application after = app(QStringLiteral("StatServer"));
    EXPECT_EQ(after.startInfo.commandLine, QStringLiteral("./stale"));
    EXPECT_EQ(after.templateVersion, start.templateVersion);
}

TEST_F(ApplicationPropertiesDialogTest, newApplicationIsCreated)
{
    Application fresh;
    fresh.type = AppType::StatServer;
    fresh.serverInfo.ports = {Port{}};
    fresh.serverInfo.ports[0].port = 2070;
    ApplicationPropertiesDialog dialog(*store, fresh);
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("StatServer_2"));
    dialog.hostCombo()->setCurrentIndex(dialog.hostCombo()->findData(host(QStringLiteral("cfg-01")).id));
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << stripText(dialog.tabs(), dialog.generalTab()).toStdString();
    EXPECT_EQ(app(QStringLiteral("StatServer_2")).serverInfo.ports.value(0).port, 2070);
}
