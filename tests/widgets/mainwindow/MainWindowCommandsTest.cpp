#include "tests/widgets/mainwindow/MainWindowFixture.h"

#include "widgets/mainwindow/FolderPickerDialog.h"
#include "widgets/properties/ApplicationPropertiesDialog.h"
#include "widgets/properties/HostPropertiesDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

using namespace confman;
using namespace confman::test;

namespace {

using MainWindowCommandsTest = MainWindowFixture;

bool connectsTo(const Application &client, DbId server)
{
    for (const Connection &c : client.connections)
        if (c.serverId == server)
            return true;
    return false;
}

TEST_F(MainWindowCommandsTest, DeletingAHostWithApplicationsIsRefusedNamingThem)
{
    ASSERT_TRUE(window->selectFolder(ObjectKind::Host));
    ASSERT_TRUE(selectRow(hostView(), "cfg-01").isValid());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(hostView(), Qt::Key_Delete);

    const QString text = MessageBox::lastText();
    EXPECT_TRUE(text.contains("cfg-01")) << text.toStdString();
    for (const char *app : {"confserv", "dbserver"})
        EXPECT_TRUE(text.contains(app)) << text.toStdString();
    EXPECT_TRUE(store->hostIdByName("cfg-01").has_value());
    EXPECT_TRUE(column(hostView()).contains("cfg-01"));
}

TEST_F(MainWindowCommandsTest, DeletingAnApplicationOthersConnectToAsksAndNoKeepsEverything)
{
    const DbId stat = appId("StatServer");
    ASSERT_TRUE(connectsTo(*store->application(appId("OCServer")), stat));
    ASSERT_TRUE(selectRow(appView(), "StatServer").isValid());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(appView(), Qt::Key_Delete);

    EXPECT_TRUE(MessageBox::lastText().contains("OCServer")) << MessageBox::lastText().toStdString();
    EXPECT_TRUE(store->application(stat).has_value());
    EXPECT_TRUE(connectsTo(*store->application(appId("OCServer")), stat));
    EXPECT_TRUE(column(appView()).contains("StatServer"));
}

TEST_F(MainWindowCommandsTest, DeletingAnApplicationOthersConnectToRemovesTheConnectionsOnYes)
{
    const DbId stat = appId("StatServer");
    const int ocsConnections = store->application(appId("OCServer"))->connections.size();
    ASSERT_TRUE(selectRow(appView(), "StatServer").isValid());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(appView(), Qt::Key_Delete);

    EXPECT_TRUE(MessageBox::lastText().contains("OCServer"));
    EXPECT_FALSE(store->application(stat).has_value());
    const Application ocs = *store->application(appId("OCServer"));
    EXPECT_FALSE(connectsTo(ocs, stat));
    EXPECT_EQ(ocs.connections.size(), ocsConnections - 1);
    EXPECT_FALSE(column(appView()).contains("StatServer"));
}

TEST_F(MainWindowCommandsTest, DelInTheFilterFieldEditsTextAndDeletesNothing)
{
    const int applications = store->counts().applications;
    ASSERT_TRUE(selectRow(appView(), "StatServer").isValid());
    pane()->filterEdit()->setFocus();
    QTest::keyClicks(pane()->filterEdit(), "st");
    QTest::keyClick(pane()->filterEdit(), Qt::Key_Home);
    QTest::keyClick(pane()->filterEdit(), Qt::Key_Delete);
    EXPECT_EQ(pane()->filterEdit()->text(), "t");
    EXPECT_TRUE(MessageBox::lastText().isEmpty());
    EXPECT_EQ(store->counts().applications, applications);
    EXPECT_TRUE(store->application(appId("StatServer")).has_value());
}

TEST_F(MainWindowCommandsTest, EnableDisableGreysTheRowAndPersists)
{
    const DbId db = appId("dbserver");
    const QModelIndex row = selectRow(appView(), "dbserver");
    ASSERT_TRUE(row.isValid());
    EXPECT_FALSE(row.data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(window->enableDisableAction()->text().remove(u'&'), "Disable");

    window->enableDisableAction()->trigger();
    EXPECT_FALSE(store->application(db)->enabled);
    QString error;
    auto reopened = SqliteStore::open(store->location(), &error);
    ASSERT_TRUE(reopened);
    EXPECT_FALSE(reopened->application(db)->enabled);
    const QModelIndex greyed = appView()->model()->index(appView()->currentIndex().row(), 0);
    EXPECT_EQ(greyed.data().toString(), "dbserver");
    EXPECT_TRUE(greyed.data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(window->enableDisableAction()->text().remove(u'&'), "Enable");

    window->enableDisableAction()->trigger();
    EXPECT_TRUE(store->application(db)->enabled);
    EXPECT_FALSE(appView()->model()->index(appView()->currentIndex().row(), 0).data(Qt::ForegroundRole).isValid());
}

TEST_F(MainWindowCommandsTest, CloneSavesADisabledCopyAndOpensIt)
{
    const Application original = *store->application(appId("TServer_SIP"));
    ASSERT_TRUE(selectRow(appView(), "TServer_SIP").isValid());
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::Ok); // a refusal would be answered, not hang
    window->cloneAction()->trigger();

    const auto copyId = store->applicationIdByName("Copy of TServer_SIP");
    ASSERT_TRUE(copyId.has_value()) << MessageBox::lastText().toStdString();
    const Application copy = *store->application(*copyId);
    EXPECT_FALSE(copy.enabled);
    EXPECT_EQ(copy.type, original.type);
    EXPECT_EQ(copy.serverInfo.ports, original.serverInfo.ports);
    EXPECT_TRUE(store->application(original.id)->enabled);

    auto *dialog = openDialog<ApplicationPropertiesDialog>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->nameEdit()->text(), "Copy of TServer_SIP");
    EXPECT_EQ(pane()->currentObject()->id, *copyId);
    dialog->reject();

    // A second clone gets a name of its own.
    ASSERT_TRUE(selectRow(appView(), "TServer_SIP").isValid());
    window->cloneAction()->trigger();
    EXPECT_TRUE(store->applicationIdByName("Copy of TServer_SIP (2)").has_value());
}

TEST_F(MainWindowCommandsTest, EnterAndDoubleClickOpenTheProperties)
{
    ASSERT_TRUE(selectRow(appView(), "SCS").isValid());
    QTest::keyClick(appView(), Qt::Key_Return);
    auto *dialog = openDialog<ApplicationPropertiesDialog>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->nameEdit()->text(), "SCS");
    dialog->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return openDialog<ApplicationPropertiesDialog>() == nullptr; }));

    ASSERT_TRUE(window->selectFolder(ObjectKind::Host));
    const QModelIndex host = selectRow(hostView(), "voice-01");
    const QPoint at = hostView()->visualRect(host).center();
    QTest::mouseClick(hostView()->viewport(), Qt::LeftButton, {}, at); // a double-click starts with a press
    QTest::mouseDClick(hostView()->viewport(), Qt::LeftButton, {}, at);
    auto *hostDialog = openDialog<HostPropertiesDialog>();
    ASSERT_TRUE(hostDialog);
    EXPECT_EQ(hostDialog->nameEdit()->text(), "voice-01");

    // What the dialog saves shows in the list at once.
    hostDialog->nameEdit()->setText("voice-01a");
    hostDialog->buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(column(hostView()).contains("voice-01a"));
}

TEST_F(MainWindowCommandsTest, MoveToPutsTheObjectInThePickedFolder)
{
    ASSERT_TRUE(selectRow(appView(), "dbserver").isValid());
    window->moveToAction()->trigger();
    auto *picker = openDialog<FolderPickerDialog>();
    ASSERT_TRUE(picker);
    const QVector<Folder> folders = store->folders();
    DbId reporting = 0;
    for (const Folder &f : folders)
        if (f.name == "Reporting")
            reporting = f.id;
    ASSERT_TRUE(picker->selectFolder(reporting));
    picker->buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(store->applicationSummary(appId("dbserver"))->folderId, reporting);

    // The Reporting folder now lists it.
    ASSERT_TRUE(window->selectFolder(ObjectKind::Application, reporting));
    EXPECT_TRUE(column(appView()).contains("dbserver"));
}

TEST_F(MainWindowCommandsTest, NewFolderAppearsBelowTheSelectedFolder)
{
    ASSERT_TRUE(window->selectFolder(ObjectKind::Host));
    ASSERT_TRUE(window->newFolderAction()->isEnabled());
    window->newFolderAction()->trigger();
    auto *input = openDialog<QInputDialog>();
    ASSERT_TRUE(input);
    input->setTextValue("Lab");
    input->accept();

    const QModelIndex hosts = window->folderModel()->indexFor(ObjectKind::Host);
    QStringList names;
    for (int r = 0; r < window->folderModel()->rowCount(hosts); ++r)
        names << window->folderModel()->index(r, 0, hosts).data().toString();
    EXPECT_TRUE(names.contains("Lab"));
    // The tree keeps the folder the user was in.
    EXPECT_EQ(window->folderTree()->currentIndex(), window->folderModel()->indexFor(ObjectKind::Host));
}

TEST_F(MainWindowCommandsTest, NewApplicationOpensAnEmptyDialogInTheCurrentFolder)
{
    window->newApplicationAction()->trigger();
    auto *dialog = openDialog<ApplicationPropertiesDialog>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->nameEdit()->text().isEmpty());
    EXPECT_EQ(dialog->originalApplication().id, 0);
    dialog->reject();
}

} // namespace
