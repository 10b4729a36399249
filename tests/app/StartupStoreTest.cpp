#include "app/confman/GuiStartup.h"
#include "app/confman/LoginSession.h"
#include "app/confman/SessionLock.h"
#include "app/confman/StoreOpener.h"
#include "models/auth/PermissionedStore.h"
#include "models/store/DemoAccounts.h"
#include "tests/support/TempStoreFile.h"
#include "widgets/common/MessageBox.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/mainwindow/ObjectListPane.h"

#include "tests/models/platform/RegFileTestUtil.h"
#include "tests/widgets/login/LoginTestSupport.h"
#include "widgets/banner/BannerWindow.h"
#include "widgets/history/HistoryDialog.h"
#include "models/itemmodels/AuditListModel.h"
#include "models/auth/LogMessageFilter.h"
#include "models/auth/PermissionedPersonStore.h"
#include <QAction>
#include "widgets/login/FirstAdministratorDialog.h"
#include "widgets/login/LoginDialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrl>
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

// Types into whichever start-up dialog comes, as a user would: the first
// administrator (on a store without one), then the login. `cancelLogin`
// presses Cancel on the login instead.
struct StartupDialogs
{
    QString userName = QStringLiteral("admin");
    QString password = kAdminPassword;
    bool cancelLogin = false;
    QStringList seen;

    std::function<int(QDialog &)> runner()
    {
        return [this](QDialog &d) {
            seen.append(d.objectName());
            if (auto *first = qobject_cast<FirstAdministratorDialog *>(&d)) {
                QTest::keyClicks(first->userNameEdit(), userName);
                QTest::keyClicks(first->passwordEdit(), password);
                QTest::keyClicks(first->confirmEdit(), password);
                first->accept();
            } else if (auto *login = qobject_cast<LoginDialog *>(&d)) {
                if (cancelLogin) {
                    login->reject();
                } else {
                    login->userNameEdit()->clear();
                    QTest::keyClicks(login->userNameEdit(), userName);
                    QTest::keyClicks(login->passwordEdit(), password);
                    login->accept();
                }
            }
            return d.result();
        };
    }
};

std::unique_ptr<GuiStartup> startupWith(const QString &storePath, StartupDialogs &dialogs)
{
    auto startup = std::make_unique<GuiStartup>(QStringList{"confman", "--store", storePath});
    startup->setDialogRunner(dialogs.runner());
    startup->setPasswordHasher(PasswordHasher(PasswordHasher::kMinimumIterations));
    return startup;
}

TEST(GuiStartupTest, FirstRunCreatesTheStoreAsksForTheAdministratorLogsInAndShowsTheMainWindow)
{
    TempDir dir;
    const QString path = dir.file("gui.sqlite");
    StartupDialogs dialogs;
    auto startup = startupWith(path, dialogs);
    ASSERT_TRUE(startup->start()) << MessageBox::lastText().toStdString();
    EXPECT_EQ(startup->exitCode(), 0);
    EXPECT_TRUE(startup->storeCreated());
    EXPECT_EQ(dialogs.seen, QStringList({"firstAdministratorDialog", "loginDialog"}));
    ASSERT_TRUE(startup->mainWindow());
    EXPECT_TRUE(startup->mainWindow()->isVisible());
    EXPECT_TRUE(startup->mainWindow()->windowTitle().contains(path));
    EXPECT_EQ(startup->mainWindow()->listPane()->applicationView()->model()->rowCount(),
              startup->store()->counts().applications);
    EXPECT_GT(startup->store()->counts().applications, 0);
    // The demo accounts came with the demo configuration, without passwords.
    ASSERT_TRUE(startup->persons()->personByUserName("mchen"));
    EXPECT_TRUE(startup->persons()->personByUserName("mchen")->passwordHash.isEmpty());
    // The session: the window works as the logged-in Person, the status bar says who.
    ASSERT_TRUE(startup->session());
    EXPECT_EQ(startup->sessionStore()->actingPersonId(), startup->persons()->personByUserName("admin")->id);
    auto *info = startup->mainWindow()->statusBar()->findChild<QLabel *>("sessionInfo");
    ASSERT_TRUE(info);
    EXPECT_TRUE(info->text().startsWith("admin")) << info->text().toStdString();
    EXPECT_TRUE(info->text().contains("first login")) << info->text().toStdString();
    ASSERT_TRUE(startup->session()->lock());
}

TEST(GuiStartupTest, TheSecondStartLogsInWithoutAskingForAnAdministratorAndShowsTheLastLogin)
{
    TempDir dir;
    const QString path = dir.file("gui.sqlite");
    {
        StartupDialogs dialogs;
        ASSERT_TRUE(startupWith(path, dialogs)->start());
    }
    StartupDialogs dialogs;
    QString offeredUser;
    auto startup = startupWith(path, dialogs);
    startup->setDialogRunner([&](QDialog &d) {
        if (auto *login = qobject_cast<LoginDialog *>(&d))
            offeredUser = login->userNameEdit()->text();
        return dialogs.runner()(d);
    });
    ASSERT_TRUE(startup->start()) << MessageBox::lastText().toStdString();
    EXPECT_FALSE(startup->storeCreated());
    EXPECT_EQ(dialogs.seen, QStringList({"loginDialog"}));
    EXPECT_EQ(offeredUser, "admin"); // the last user is offered again
    auto *info = startup->mainWindow()->statusBar()->findChild<QLabel *>("sessionInfo");
    ASSERT_TRUE(info);
    EXPECT_TRUE(info->text().contains("last login")) << info->text().toStdString();
    EXPECT_TRUE(info->text().contains("from default")) << info->text().toStdString();
}

TEST(GuiStartupTest, CancellingTheLoginEndsWithExitCodeThreeAndNoWindow)
{
    TempDir dir;
    const QString path = dir.file("gui.sqlite");
    StartupDialogs dialogs;
    dialogs.cancelLogin = true;
    auto startup = startupWith(path, dialogs);
    EXPECT_FALSE(startup->start());
    EXPECT_EQ(startup->exitCode(), GuiStartup::LoginCancelled);
    EXPECT_FALSE(startup->mainWindow());
}

TEST(GuiStartupTest, TheMainWindowListsTheAccountsAndShowsTheAuditTrailOfAnObject)
{
    TempDir dir;
    const QString path = dir.file("gui.sqlite");
    StartupDialogs dialogs;
    auto startup = startupWith(path, dialogs);
    ASSERT_TRUE(startup->start()) << MessageBox::lastText().toStdString();
    MainWindow *window = startup->mainWindow();
    ASSERT_TRUE(startup->sessionPersons());
    ASSERT_TRUE(window->selectFolder(ObjectKind::Person));
    ASSERT_TRUE(window->listPane()->personView());
    EXPECT_EQ(window->listPane()->personView()->model()->rowCount(), startup->persons()->persons().size());
    EXPECT_EQ(startup->persons()->persons().size(), 4); // three demo accounts + admin

    // A change made in the session is audited under the user's name and shows in the object's history.
    Host host = *startup->sessionStore()->host(startup->store()->hostSummaries().first().id);
    host.name += "-renamed";
    ASSERT_TRUE(startup->sessionStore()->save(host).ok);
    ASSERT_TRUE(window->selectObject({ObjectKind::Host, host.id}));
    ASSERT_TRUE(window->historyAction()->isEnabled());
    window->historyAction()->trigger();
    HistoryDialog *history = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<HistoryDialog *>(w); d && d->isVisible())
            history = d;
    ASSERT_TRUE(history);
    ASSERT_EQ(history->model().rowCount(), 1);
    const QString row = [&] {
        QStringList cells;
        for (int c = 0; c < history->model().columnCount(); ++c)
            cells << history->model().index(0, c).data().toString();
        return cells.join(" | ");
    }();
    EXPECT_TRUE(row.contains("admin")) << row.toStdString();
    EXPECT_TRUE(row.contains("-renamed")) << row.toStdString();
    history->close();

    // The whole store's history has the login too.
    window->storeHistoryAction()->trigger();
    HistoryDialog *all = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<HistoryDialog *>(w); d && d->isVisible())
            all = d;
    ASSERT_TRUE(all);
    EXPECT_GT(all->model().rowCount(), 1);
    all->close();
}

QStringList g_logged;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message) { g_logged << message; }

TEST(GuiStartupTest, ConfmansOwnLogFollowsTheLogFilterOfTheApplicationItLoggedInAs)
{
    TempDir dir;
    const QString path = dir.file("gui.sqlite");
    g_logged.clear();
    const QtMessageHandler before = qInstallMessageHandler(captureMessages);
    {
        StartupDialogs dialogs;
        auto startup = startupWith(path, dialogs);
        ASSERT_TRUE(startup->start()) << MessageBox::lastText().toStdString();
        ASSERT_TRUE(startup->logFilter());
        EXPECT_EQ(startup->logFilter()->applicationId(), *startup->store()->applicationIdByName("default"));
        // The `default` Application hides card numbers; passwords are hidden whatever the options say.
        Application self = *startup->store()->application(startup->logFilter()->applicationId());
        self.options.set("log-filter-data", "card", "hide-first,12");
        ASSERT_TRUE(startup->store()->save(self).ok);
        qInfo("connect user=jsmith password=hunter2 card=4111111111111111");
    }
    qInstallMessageHandler(before);
    ASSERT_FALSE(g_logged.isEmpty());
    const QString line = g_logged.last();
    EXPECT_FALSE(line.contains("hunter2")) << line.toStdString();
    EXPECT_TRUE(line.contains("card=************1111")) << line.toStdString();
    EXPECT_TRUE(line.contains("user=jsmith")) << line.toStdString();
}

TEST(GuiStartupTest, TheMainWindowsStoreRefusesWhatTheLoggedInPersonMayNotDo)
{
    TempDir dir;
    const QString path = dir.file("gui.sqlite");
    {
        StartupDialogs dialogs;
        ASSERT_TRUE(startupWith(path, dialogs)->start());
    }
    // jsmith, a demo Operator (Read + Execute), gets a password.
    {
        QString error;
        auto persons = SqlitePersonStore::open(path, &error);
        ASSERT_TRUE(persons) << error.toStdString();
        std::optional<Person> jsmith = persons->personByUserName("jsmith");
        ASSERT_TRUE(jsmith);
        ASSERT_TRUE(persons->setPasswordHash(jsmith->id,
                                             PasswordHasher(PasswordHasher::kMinimumIterations).hash(kOtherPassword))
                        .ok);
    }
    StartupDialogs dialogs;
    dialogs.userName = "jsmith";
    dialogs.password = kOtherPassword;
    auto startup = startupWith(path, dialogs);
    ASSERT_TRUE(startup->start()) << MessageBox::lastText().toStdString();
    Store &seen = *startup->sessionStore();
    ASSERT_FALSE(seen.hostSummaries().isEmpty()); // Read
    std::optional<Host> host = seen.host(seen.hostSummaries().first().id);
    ASSERT_TRUE(host);
    const QString before = host->name;
    host->name += "-renamed";
    const SaveResult refused = seen.save(*host);
    EXPECT_FALSE(refused.ok);
    ASSERT_FALSE(refused.findings.isEmpty());
    EXPECT_EQ(refused.findings.first().code, "permission.denied");
    EXPECT_EQ(startup->store()->host(host->id)->name, before);
}

TEST(GuiStartupTest, TheBannerComesFirstAndItsAcceptanceIsInTheAuditTrail)
{
    TempDir dir;
    const QString path = dir.file("gui.sqlite");
    ASSERT_TRUE(QDir().mkpath(dir.file("registry")));
    ASSERT_TRUE(writeFile(dir.file("terms.html"),
                          "<html><head><title>Terms</title></head><body>Authorized use only.</body></html>"));
    const QString url = QUrl::fromLocalFile(dir.file("terms.html")).toString();
    ASSERT_TRUE(writeFile(dir.file("registry/10-banner.reg"),
                          regV4(QStringLiteral("[HKEY_LOCAL_MACHINE\\SOFTWARE\\GCTI\\Unilogin\\Banner]\n"
                                               "\"AckMandatory\"=dword:00000001\n\n"
                                               "[HKEY_LOCAL_MACHINE\\SOFTWARE\\GCTI\\Unilogin\\Banner\\URLs\\1]\n"
                                               "\"URL\"=\"%1\"\n")
                                    .arg(url))));
    // The user clicks Accept once the document is displayed; nothing of the
    // store may exist while the banner is up.
    bool storeExistedDuringBanner = false;
    bool accepted = false;
    QTimer clicker;
    QObject::connect(&clicker, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *banner = qobject_cast<widgets::BannerWindow *>(w);
            if (!banner || !banner->isVisible() || !banner->acceptButton()->isEnabled() || accepted)
                continue;
            storeExistedDuringBanner = QFileInfo::exists(path);
            accepted = true;
            QTest::mouseClick(banner->acceptButton(), Qt::LeftButton);
        }
    });
    clicker.start(50);

    StartupDialogs dialogs;
    GuiStartup startup({"confman", "--store", path, "--registry-dir", dir.file("registry"), "--user-hive",
                        dir.file("user.reg")});
    startup.setDialogRunner(dialogs.runner());
    startup.setPasswordHasher(PasswordHasher(PasswordHasher::kMinimumIterations));
    ASSERT_TRUE(startup.start()) << MessageBox::lastText().toStdString();
    clicker.stop();
    EXPECT_TRUE(accepted);
    EXPECT_FALSE(storeExistedDuringBanner);
    EXPECT_EQ(dialogs.seen, QStringList({"firstAdministratorDialog", "loginDialog"}));

    const QVector<AuditEntry> trail = startup.persons()->audit();
    int bannerAt = -1, loginAt = -1;
    for (int i = 0; i < trail.size(); ++i) {
        if (trail[i].action == AuditAction::BannerAccepted && bannerAt < 0) {
            bannerAt = i;
            EXPECT_TRUE(trail[i].details.contains(url)) << trail[i].details.toStdString();
        }
        if (trail[i].action == AuditAction::Login && loginAt < 0)
            loginAt = i;
    }
    ASSERT_GE(bannerAt, 0);
    ASSERT_GE(loginAt, 0);
    EXPECT_LT(bannerAt, loginAt);
}

TEST(GuiStartupTest, LeavingConfmanIsAuditedAsALogout)
{
    TempDir dir;
    const QString path = dir.file("gui.sqlite");
    {
        StartupDialogs dialogs;
        auto startup = startupWith(path, dialogs);
        ASSERT_TRUE(startup->start());
    }
    QString error;
    auto persons = SqlitePersonStore::open(path, &error);
    ASSERT_TRUE(persons);
    const QVector<AuditEntry> trail = persons->audit();
    ASSERT_FALSE(trail.isEmpty());
    EXPECT_EQ(trail.last().action, AuditAction::Logout);
    EXPECT_EQ(trail.last().who, "admin");
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
