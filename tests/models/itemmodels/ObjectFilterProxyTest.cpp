#include "models/itemmodels/ApplicationListModel.h"
#include "models/itemmodels/ObjectFilterProxy.h"
#include "tests/models/itemmodels/StoreFixture.h"

using namespace confman;
using namespace confman::test;

namespace {

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data().toString();
    return out;
}

class ObjectFilterProxyTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        alpha = addHost(QStringLiteral("Alpha"));
        beta = addHost(QStringLiteral("Beta"));
        site = addFolder(ObjectKind::Application, QStringLiteral("Site"));
        sub = addFolder(ObjectKind::Application, QStringLiteral("Sub"), site);
        addApp(QStringLiteral("App 10"), alpha, {port("default", 900)});
        addApp(QStringLiteral("app 2"), beta, {port("default", 2020)}, true, AppType::StatServer, 0, site);
        addApp(QStringLiteral("App 1"), beta, {port("default", 12000)}, false, AppType::TServer, 0, sub);
        model = std::make_unique<ApplicationListModel>(*store);
        proxy.setSourceModel(model.get());
        proxy.sort(ApplicationListModel::NameColumn);
    }
    DbId alpha = 0, beta = 0, site = 0, sub = 0;
    std::unique_ptr<ApplicationListModel> model;
    ObjectFilterProxy proxy;
};

TEST_F(ObjectFilterProxyTest, SortsNamesNaturallyAndPortsNumerically)
{
    EXPECT_EQ(names(proxy), QStringList({"App 1", "app 2", "App 10"}));
    proxy.sort(ApplicationListModel::PortsColumn, Qt::AscendingOrder);
    EXPECT_EQ(names(proxy), QStringList({"App 10", "app 2", "App 1"})); // 900, 2020, 12000
    proxy.sort(ApplicationListModel::StateColumn, Qt::AscendingOrder);
    EXPECT_EQ(names(proxy).last(), "App 1"); // the disabled one after the enabled ones
}

TEST_F(ObjectFilterProxyTest, FiltersOnEveryVisibleColumnIgnoringCase)
{
    proxy.setFilterText(QStringLiteral("BETA"));      // Host column
    EXPECT_EQ(names(proxy), QStringList({"App 1", "app 2"}));
    proxy.setFilterText(QStringLiteral("stat serv")); // Type column
    EXPECT_EQ(names(proxy), QStringList({"app 2"}));
    proxy.setFilterText(QStringLiteral("12000"));     // Ports column
    EXPECT_EQ(names(proxy), QStringList({"App 1"}));
    proxy.setFilterText(QStringLiteral("disabled"));  // State column
    EXPECT_EQ(names(proxy), QStringList({"App 1"}));
    proxy.setFilterText(QStringLiteral("nothing like this"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST_F(ObjectFilterProxyTest, FiltersNarrowingAndWideningAsYouType)
{
    const QString typed = QStringLiteral("app 1");
    QString text;
    for (QChar c : typed) {
        text += c;
        proxy.setFilterText(text);
    }
    EXPECT_EQ(names(proxy), QStringList({"App 1", "App 10"}));
    text.chop(1); // backspace: "app " widens again
    proxy.setFilterText(text);
    EXPECT_EQ(names(proxy), QStringList({"App 1", "app 2", "App 10"}));
}

TEST_F(ObjectFilterProxyTest, FolderFilterKeepsOnlyThoseFolders)
{
    proxy.setFolderFilter(QSet<DbId>{site, sub});
    EXPECT_EQ(names(proxy), QStringList({"App 1", "app 2"}));
    proxy.setFolderFilter(QSet<DbId>{0});
    EXPECT_EQ(names(proxy), QStringList({"App 10"}));
    proxy.setFilterText(QStringLiteral("app 2"));
    EXPECT_EQ(proxy.rowCount(), 0); // both filters apply
    proxy.setFolderFilter(std::nullopt);
    EXPECT_EQ(names(proxy), QStringList({"app 2"}));
}

TEST_F(ObjectFilterProxyTest, KeepsSortOrderWhenObjectsChange)
{
    addApp(QStringLiteral("App 3"), alpha, {port("default", 3333)});
    EXPECT_EQ(names(proxy), QStringList({"App 1", "app 2", "App 3", "App 10"}));
    Application a = *store->application(*store->applicationIdByName("App 10"));
    a.name = QStringLiteral("App 0");
    ASSERT_TRUE(store->save(a).ok);
    EXPECT_EQ(names(proxy), QStringList({"App 0", "App 1", "app 2", "App 3"}));
}

// Filtering 50,000 applications keystroke by keystroke gives the right rows
// when typing and when deleting. How fast is bench_store's BM_FilterKeystroke
// (target: one 16 ms frame); timing is not asserted here, where parallel
// tests share the CPU.
TEST_F(ObjectFilterProxyTest, FilterKeystrokesOverFiftyThousandRowsFindTheRightRows)
{
    const int n = 50000;
    const DbId host = addHost(QStringLiteral("Bulk"));
    ASSERT_TRUE(store->runInTransaction([&] {
        for (int i = 0; i < n; ++i) {
            Application a;
            a.name = QStringLiteral("Bulk app %1").arg(i);
            a.hostId = host;
            a.enabled = i % 7 != 0;
            a.serverInfo.ports = {port("default", 10000 + i)};
            if (!store->save(a).ok)
                return false;
        }
        return true;
    }));
    model->reload();
    ASSERT_EQ(model->rowCount(), n + 3);
    proxy.setFilterText(QString());
    ASSERT_EQ(proxy.rowCount(), n + 3);

    QString text;
    for (QChar c : QStringLiteral("app 4999")) {
        text += c;
        proxy.setFilterText(text);
        ASSERT_GT(proxy.rowCount(), 0);
    }
    EXPECT_EQ(names(proxy), QStringList({"Bulk app 4999", "Bulk app 49990", "Bulk app 49991", "Bulk app 49992",
                                         "Bulk app 49993", "Bulk app 49994", "Bulk app 49995", "Bulk app 49996",
                                         "Bulk app 49997", "Bulk app 49998", "Bulk app 49999"}));
    // Deleting characters widens the filter again (re-sort included): "app "
    // matches every application.
    for (int i = 0; i < 4; ++i) {
        text.chop(1);
        proxy.setFilterText(text);
    }
    EXPECT_EQ(proxy.rowCount(), n + 3);
    int bulk = 0;
    for (const QString &name : names(proxy))
        bulk += name.startsWith(QLatin1String("Bulk app ")) ? 1 : 0;
    EXPECT_EQ(bulk, n);
}

} // namespace
