#include "tests/widgets/mainwindow/MainWindowFixture.h"

#include "models/itemmodels/ApplicationListModel.h"
#include "widgets/mainwindow/ProblemsPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTimer>

using namespace confman;
using namespace confman::test;

namespace {

using MainWindowViewTest = MainWindowFixture;

TEST_F(MainWindowViewTest, ShowsTheFolderTreeAndTheApplicationList)
{
    ObjectTreeModel *tree = window->folderModel();
    const QModelIndex env = tree->environmentIndex();
    ASSERT_EQ(tree->rowCount(env), 4);
    EXPECT_EQ(tree->index(1, 0, env).data().toString(), "Applications");
    QStringList appFolders;
    const QModelIndex apps = tree->indexFor(ObjectKind::Application);
    for (int r = 0; r < tree->rowCount(apps); ++r)
        appFolders << tree->index(r, 0, apps).data().toString();
    EXPECT_EQ(appFolders, QStringList({"Framework", "Outbound", "Reporting", "Voice"}));
    EXPECT_TRUE(window->folderTree()->isExpanded(env));

    // The Applications root is selected at start and lists every application, sorted by name.
    ASSERT_TRUE(appView()->isVisible());
    EXPECT_EQ(appView()->model()->rowCount(), store->counts().applications);
    const QStringList names = column(appView());
    EXPECT_TRUE(names.contains("StatServer"));
    EXPECT_LT(names.indexOf("confserv"), names.indexOf("dbserver"));
    EXPECT_EQ(appView()->model()->headerData(ApplicationListModel::HostColumn, Qt::Horizontal).toString(), "Host");
}

TEST_F(MainWindowViewTest, ClickingAFolderShowsWhatItHolds)
{
    QTreeView *tree = window->folderTree();
    const QModelIndex appsRoot = window->folderModel()->indexFor(ObjectKind::Application);
    QModelIndex voice;
    for (int r = 0; r < window->folderModel()->rowCount(appsRoot); ++r)
        if (window->folderModel()->index(r, 0, appsRoot).data().toString() == "Voice")
            voice = window->folderModel()->index(r, 0, appsRoot);
    tree->expand(appsRoot);
    ASSERT_EQ(voice.data().toString(), "Voice");
    tree->scrollTo(voice);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(voice).center());
    EXPECT_EQ(column(appView()), QStringList({"TServer_SIP", "TServer_SIP_B"}));

    const QModelIndex hosts = window->folderModel()->indexFor(ObjectKind::Host);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(hosts).center());
    ASSERT_TRUE(hostView()->isVisible());
    EXPECT_FALSE(appView()->isVisible());
    EXPECT_EQ(column(hostView()), QStringList({"cfg-01", "cfg-02", "voice-01", "voice-02"}));
}

TEST_F(MainWindowViewTest, TypingInTheFilterFiltersAndCtrlFFocusesIt)
{
    appView()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(pane()->filterEdit()->hasFocus());
    QTest::keyClicks(pane()->filterEdit(), "STAT");
    EXPECT_EQ(column(appView()), QStringList({"StatServer"}));
    QTest::keyClicks(pane()->filterEdit(), "x");
    EXPECT_EQ(appView()->model()->rowCount(), 0);
    // A host name filters on the Host column.
    pane()->filterEdit()->clear();
    QTest::keyClicks(pane()->filterEdit(), "voice-02");
    EXPECT_EQ(column(appView()), QStringList({"TServer_SIP_B"}));
    pane()->filterEdit()->clear();
    EXPECT_EQ(appView()->model()->rowCount(), store->counts().applications);
}

TEST_F(MainWindowViewTest, StatusBarShowsTheStoreAndCounts)
{
    EXPECT_TRUE(window->locationLabel()->text().contains(store->location()));
    const ObjectCounts c = store->counts();
    const QString counts = window->countsLabel()->text();
    EXPECT_TRUE(counts.contains(QStringLiteral("%1 hosts").arg(c.hosts))) << counts.toStdString();
    EXPECT_TRUE(counts.contains(QStringLiteral("%1 applications").arg(c.applications))) << counts.toStdString();

    Host h;
    h.name = QStringLiteral("extra");
    h.address = QStringLiteral("extra.contoso.example");
    ASSERT_TRUE(store->save(h).ok);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return window->countsLabel()->text().contains(QStringLiteral("%1 hosts").arg(c.hosts + 1));
    }));
}

TEST_F(MainWindowViewTest, F5ShowsChangesMadeByAnotherStoreInstance)
{
    window->pollTimer()->stop(); // only F5 may notice the change
    QString error;
    auto other = SqliteStore::open(store->location(), &error);
    ASSERT_TRUE(other) << error.toStdString();
    const int before = store->counts().applications;

    Application app = *other->application(*other->applicationIdByName("StatServer"));
    app.id = 0;
    app.version = 0;
    app.name = QStringLiteral("StatServer_2");
    app.enabled = false;
    ASSERT_TRUE(other->save(app).ok);
    EXPECT_FALSE(column(appView()).contains("StatServer_2"));

    QTest::keyClick(window.get(), Qt::Key_F5);
    EXPECT_TRUE(column(appView()).contains("StatServer_2"));
    EXPECT_TRUE(window->countsLabel()->text().contains(QStringLiteral("%1 applications").arg(before + 1)));
}

TEST_F(MainWindowViewTest, PollingPicksUpExternalChangesAndKeepsTheSelection)
{
    const QModelIndex stat = selectRow(appView(), "StatServer");
    ASSERT_TRUE(stat.isValid());
    QString error;
    auto other = SqliteStore::open(store->location(), &error);
    ASSERT_TRUE(other);
    ASSERT_TRUE(other->setEnabled({ObjectKind::Application, appId("SCS")}, false).ok);

    window->pollTimer()->setInterval(20);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        const auto *m = appView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data().toString() == "SCS")
                return !m->index(r, 0).data(EnabledRole).toBool();
        return false;
    }));
    const auto current = pane()->currentObject();
    ASSERT_TRUE(current.has_value());
    EXPECT_EQ(current->id, appId("StatServer"));
    EXPECT_EQ(pane()->selectedObjects().size(), 1);
}

TEST_F(MainWindowViewTest, RemembersGeometryAndSplitterBetweenRuns)
{
    auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    ASSERT_TRUE(splitter);
    window->resize(1100, 700);
    splitter->setSizes({333, 700});
    const QList<int> sizes = splitter->sizes();
    window->close();
    window.reset();

    MainWindow again(*store);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.size(), QSize(1100, 700));
    EXPECT_EQ(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

} // namespace
