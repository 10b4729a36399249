#include "app/confman/GuiStartup.h"
#include "app/confman/StoreOpener.h"
#include "tests/support/TempStoreFile.h"
#include "widgets/common/MessageBox.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/mainwindow/ObjectListPane.h"

#include <QApplication>
#include <QFile>
#include <QTableView>
#include <gtest/gtest.h>

using namespace confman;
using namespace confman::test;

namespace {

TEST(StoreOpenerTest, ANewStoreIsCreatedAndGetsTheDemoConfiguration)
{
    TempDir dir;
    const QString path = dir.file("sub/folder/new.sqlite");
    OpenedStore opened = openOrCreateStore(path);
    ASSERT_TRUE(opened.store) << opened.error.toStdString();
    EXPECT_TRUE(opened.created);
    EXPECT_TRUE(opened.seedProblem.isEmpty()) << opened.seedProblem.toStdString();
    EXPECT_TRUE(QFile::exists(path));
    const ObjectCounts counts = opened.store->counts();
    EXPECT_GT(counts.hosts, 0);
    EXPECT_GT(counts.applications, 0);
}

TEST(StoreOpenerTest, AnExistingStoreIsNotSeededAgain)
{
    TempDir dir;
    const QString path = dir.file("store.sqlite");
    int applications = 0;
    {
        OpenedStore first = openOrCreateStore(path);
        ASSERT_TRUE(first.store);
        const auto id = first.store->applicationIdByName("StatServer");
        ASSERT_TRUE(id);
        ASSERT_TRUE(first.store->remove({ObjectKind::Application, *id}).ok);
        applications = first.store->counts().applications;
    }
    OpenedStore again = openOrCreateStore(path);
    ASSERT_TRUE(again.store);
    EXPECT_FALSE(again.created);
    EXPECT_EQ(again.store->counts().applications, applications); // the deletion stays, nothing re-added
    EXPECT_FALSE(again.store->applicationIdByName("StatServer").has_value());
}

TEST(StoreOpenerTest, AFileThatIsNotAStoreIsRefusedAndLeftAlone)
{
    TempDir dir;
    const QString path = dir.file("notes.txt");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("these are my notes, not a database\n");
    file.close();

    OpenedStore opened = openOrCreateStore(path);
    EXPECT_FALSE(opened.store);
    EXPECT_FALSE(opened.error.isEmpty());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("these are my notes, not a database\n"));
}

TEST(GuiStartupTest, OpensTheStoreAndShowsTheMainWindow)
{
    TempDir dir;
    const QString path = dir.file("gui.sqlite");
    GuiStartup startup({"confman", "--store", path});
    ASSERT_TRUE(startup.start()) << MessageBox::lastText().toStdString();
    EXPECT_EQ(startup.exitCode(), 0);
    EXPECT_TRUE(startup.storeCreated());
    ASSERT_TRUE(startup.mainWindow());
    EXPECT_TRUE(startup.mainWindow()->isVisible());
    EXPECT_TRUE(startup.mainWindow()->windowTitle().contains(path));
    EXPECT_EQ(startup.mainWindow()->listPane()->applicationView()->model()->rowCount(),
              startup.store()->counts().applications);
    EXPECT_GT(startup.store()->counts().applications, 0);
}

TEST(GuiStartupTest, AStoreThatCannotBeOpenedEndsWithAClearErrorAndNonZeroExit)
{
    TempDir dir;
    const QString path = dir.file("garbage.sqlite");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    GuiStartup startup({"confman", "--store", path});
    EXPECT_FALSE(startup.start());
    EXPECT_EQ(startup.exitCode(), GuiStartup::StoreUnavailable);
    EXPECT_FALSE(startup.mainWindow());
    EXPECT_TRUE(MessageBox::lastTitle().contains("cannot open")) << MessageBox::lastTitle().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(path)) << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains("--store"));
}

TEST(GuiStartupTest, ABadCommandLineEndsWithExitCodeTwo)
{
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    GuiStartup startup({"confman", "--no-such-option"});
    EXPECT_FALSE(startup.start());
    EXPECT_EQ(startup.exitCode(), GuiStartup::BadCommandLine);
    EXPECT_TRUE(MessageBox::lastText().contains("no-such-option"));
}

TEST(GuiStartupTest, TheApplicationIconComesFromTheResources)
{
    const QIcon icon = GuiStartup::applicationIcon();
    ASSERT_FALSE(icon.isNull()); // resources/confman.qrc is linked into confman_app
    EXPECT_FALSE(icon.pixmap(32, 32).isNull());
}

} // namespace
