// Properties dialogs opened through the logged-in Person's PermissionedStore:
// without Change (or Create for a new object) they are read-only and say why;
// with it they edit as before. The store refuses a save either way; these
// tests are about the dialog not pretending otherwise.
#include "models/auth/PermissionedStore.h"
#include "models/store/DemoAccounts.h"
#include "tests/widgets/login/LoginTestSupport.h"
#include "tests/widgets/properties/PropertiesTestSupport.h"
#include "widgets/properties/ApplicationPropertiesDialog.h"
#include "widgets/properties/HostPropertiesDialog.h"
#include "widgets/properties/NumberEdit.h"
#include "widgets/properties/ReadOnlyMode.h"
#include "widgets/properties/ServerInfoTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

using namespace confman;
using namespace confman::test;

namespace {

class ReadOnlyPropertiesTest : public AccountsTest
{
protected:
    void SetUp() override
    {
        AccountsTest::SetUp();
        ASSERT_TRUE(seedDemoAccounts(*persons).ok);
        adminId = addAdmin();
        // jsmith: a demo Operator (Read + Execute on every kind).
        operatorId = persons->personByUserName("jsmith")->id;
        operatorView = std::make_unique<PermissionedStore>(*store, *persons, operatorId, audit.get());
        adminView = std::make_unique<PermissionedStore>(*store, *persons, adminId, audit.get());
    }
    Host storedHost(const QString &name) const { return *store->host(*store->hostIdByName(name)); }
    static QLabel *notice(QDialog &d) { return d.findChild<QLabel *>("readOnlyNotice"); }

    DbId adminId = 0;
    DbId operatorId = 0;
    std::unique_ptr<PermissionedStore> operatorView;
    std::unique_ptr<PermissionedStore> adminView;
};

TEST_F(ReadOnlyPropertiesTest, HostWithoutChangeIsReadOnlyAndSaysWhy)
{
    const Host before = storedHost("cfg-01");
    HostPropertiesDialog dialog(*operatorView, before);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(ReadOnlyMode::isReadOnly(&dialog));
    ASSERT_TRUE(notice(dialog));
    EXPECT_TRUE(notice(dialog)->isVisible());
    EXPECT_TRUE(notice(dialog)->text().contains("Change permission on Hosts")) << notice(dialog)->text().toStdString();

    // Typing changes nothing; choices and buttons that change something are off.
    QTest::keyClicks(dialog.nameEdit(), "-renamed");
    EXPECT_EQ(dialog.nameEdit()->text(), before.name);
    EXPECT_TRUE(dialog.nameEdit()->isReadOnly());
    EXPECT_TRUE(dialog.nameEdit()->toolTip().contains("Change permission"));
    EXPECT_FALSE(dialog.osTypeCombo()->isEnabled());
    EXPECT_FALSE(dialog.enabledCheck()->isEnabled());
    EXPECT_FALSE(dialog.browseCertificateButton()->isEnabled());
    EXPECT_TRUE(dialog.lcaPortEdit()->isReadOnly());
    // One Close button instead of OK / Cancel / Apply; the tabs still switch.
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok));
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Apply));
    ASSERT_TRUE(dialog.buttons()->button(QDialogButtonBox::Close));
    dialog.tabs()->setCurrentIndex(1);
    EXPECT_EQ(dialog.tabs()->currentIndex(), 1);
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Close), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(storedHost("cfg-01").version, before.version);
}

TEST_F(ReadOnlyPropertiesTest, NewHostWithoutCreateIsReadOnly)
{
    HostPropertiesDialog dialog(*operatorView, Host{});
    EXPECT_TRUE(ReadOnlyMode::isReadOnly(&dialog));
    ASSERT_TRUE(notice(dialog));
    EXPECT_TRUE(notice(dialog)->text().contains("Create permission on Hosts"));
}

TEST_F(ReadOnlyPropertiesTest, WithChangeTheDialogEditsAsBefore)
{
    HostPropertiesDialog dialog(*adminView, storedHost("cfg-01"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(ReadOnlyMode::isReadOnly(&dialog));
    EXPECT_FALSE(notice(dialog));
    EXPECT_FALSE(dialog.nameEdit()->isReadOnly());
    EXPECT_TRUE(dialog.osTypeCombo()->isEnabled());
    ASSERT_TRUE(dialog.buttons()->button(QDialogButtonBox::Ok));
    retype(dialog.nameEdit(), "cfg-01-renamed");
    clickButton(dialog.buttons(), QDialogButtonBox::Ok);
    EXPECT_TRUE(store->hostIdByName("cfg-01-renamed"));
}

TEST_F(ReadOnlyPropertiesTest, ApplicationPortButtonsStayOffWhenARowIsSelected)
{
    const auto id = store->applicationIdByName("confserv");
    ASSERT_TRUE(id);
    ApplicationPropertiesDialog dialog(*operatorView, *store->application(*id));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(ReadOnlyMode::isReadOnly(&dialog));
    EXPECT_TRUE(notice(dialog)->text().contains("Change permission on Applications"));
    ServerInfoTab *ports = dialog.serverInfoTab();
    EXPECT_FALSE(ports->addPortButton()->isEnabled());
    // Selecting a port would enable Edit / Remove in an editable dialog.
    ASSERT_GT(ports->portsTable()->rowCount(), 0);
    ports->portsTable()->selectRow(0);
    EXPECT_FALSE(ports->editPortButton()->isEnabled());
    EXPECT_FALSE(ports->removePortButton()->isEnabled());
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok));
}

} // namespace
