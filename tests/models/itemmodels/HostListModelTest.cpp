#include "models/itemmodels/HostListModel.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ObjectFilterProxy.h"
#include "tests/models/itemmodels/StoreFixture.h"

#include <QBrush>

using namespace confman;
using namespace confman::test;

namespace {

using HostListModelTest = StoreFixture;

QStringList namesInOrder(const QAbstractItemModel &m)
{
    QStringList names;
    for (int r = 0; r < m.rowCount(); ++r)
        names << m.index(r, 0).data().toString();
    return names;
}

TEST_F(HostListModelTest, ShowsColumnsAndGreysDisabledHosts)
{
    addHost(QStringLiteral("Alpha"), true, 0, 5000);
    addHost(QStringLiteral("Beta"), false);
    HostListModel model(*store);
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 5);
    const int a = model.rowOf(*store->hostIdByName("Alpha"));
    const int b = model.rowOf(*store->hostIdByName("Beta"));
    EXPECT_EQ(model.index(a, HostListModel::AddressColumn).data().toString(), "alpha.example.test");
    EXPECT_EQ(model.index(a, HostListModel::OsColumn).data().toString(), "Linux");
    EXPECT_EQ(model.index(a, HostListModel::LcaPortColumn).data().toInt(), 5000);
    EXPECT_FALSE(model.index(a, 0).data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(model.index(b, 0).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.index(b, HostListModel::StateColumn).data().toString(), "Disabled");
}

TEST_F(HostListModelTest, SortsLcaPortsNumericallyAndNamesNaturally)
{
    addHost(QStringLiteral("host 10"), true, 0, 900);
    addHost(QStringLiteral("host 2"), true, 0, 12000);
    addHost(QStringLiteral("Host 1"), true, 0, 4999);
    HostListModel model(*store);
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&model);

    proxy.sort(HostListModel::NameColumn, Qt::AscendingOrder);
    EXPECT_EQ(namesInOrder(proxy), QStringList({"Host 1", "host 2", "host 10"}));
    proxy.sort(HostListModel::LcaPortColumn, Qt::AscendingOrder); // 900 < 4999 < 12000, not as text
    EXPECT_EQ(namesInOrder(proxy), QStringList({"host 10", "Host 1", "host 2"}));
    proxy.sort(HostListModel::LcaPortColumn, Qt::DescendingOrder);
    EXPECT_EQ(namesInOrder(proxy), QStringList({"host 2", "Host 1", "host 10"}));
}

TEST_F(HostListModelTest, FollowsSavesAndRemovals)
{
    const DbId a = addHost(QStringLiteral("Alpha"));
    HostListModel model(*store);
    ASSERT_EQ(model.rowCount(), 1);
    const DbId b = addHost(QStringLiteral("Beta"));
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_TRUE(store->setEnabled({ObjectKind::Host, a}, false).ok);
    EXPECT_FALSE(model.enabledAt(model.rowOf(a)));
    EXPECT_TRUE(model.index(model.rowOf(a), 0).data(Qt::ForegroundRole).isValid());
    ASSERT_TRUE(store->remove({ObjectKind::Host, a}).ok);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowOf(a), -1);
    EXPECT_EQ(model.rowOf(b), 0);
}

} // namespace
