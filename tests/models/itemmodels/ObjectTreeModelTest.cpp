#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ObjectTreeModel.h"
#include "tests/models/itemmodels/StoreFixture.h"

using namespace confman;
using namespace confman::test;

namespace {

using ObjectTreeModelTest = StoreFixture;

QStringList childNames(const QAbstractItemModel &m, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, 0, parent).data().toString();
    return out;
}

TEST_F(ObjectTreeModelTest, EnvironmentHoldsTheRootFoldersOfEachKind)
{
    ObjectTreeModel model(*store);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex env = model.index(0, 0);
    EXPECT_EQ(env.data().toString(), "Environment");
    EXPECT_TRUE(model.isEnvironment(env));
    EXPECT_EQ(childNames(model, env), QStringList({"Hosts", "Applications", "Persons", "Access Groups"}));
    const QModelIndex apps = model.indexFor(ObjectKind::Application);
    EXPECT_TRUE(model.isRootFolder(apps));
    EXPECT_EQ(model.kindAt(apps), ObjectKind::Application);
    EXPECT_EQ(model.parent(apps), env);
}

TEST_F(ObjectTreeModelTest, UserFoldersNestBelowTheirRootSortedByName)
{
    const DbId site = addFolder(ObjectKind::Application, QStringLiteral("Site B"));
    addFolder(ObjectKind::Application, QStringLiteral("Site A"));
    const DbId routing = addFolder(ObjectKind::Application, QStringLiteral("Routing"), site);
    const DbId dc = addFolder(ObjectKind::Host, QStringLiteral("DC 1"));

    ObjectTreeModel model(*store);
    EXPECT_EQ(childNames(model, model.indexFor(ObjectKind::Application)), QStringList({"Site A", "Site B"}));
    const QModelIndex r = model.indexFor(ObjectKind::Application, routing);
    ASSERT_TRUE(r.isValid());
    EXPECT_EQ(model.parent(r), model.indexFor(ObjectKind::Application, site));
    EXPECT_EQ(model.pathOf(r), "Applications/Site B/Routing");
    EXPECT_EQ(model.folderIdAt(r), routing);
    EXPECT_EQ(childNames(model, model.indexFor(ObjectKind::Host)), QStringList({"DC 1"}));
    EXPECT_FALSE(model.indexFor(ObjectKind::Application, dc).isValid()); // a host folder

    EXPECT_EQ(model.folderAndDescendants(ObjectKind::Application, site), QSet<DbId>({site, routing}));
    const QSet<DbId> all = model.folderAndDescendants(ObjectKind::Application, 0);
    EXPECT_TRUE(all.contains(0));
    EXPECT_TRUE(all.contains(routing));
    EXPECT_FALSE(all.contains(dc));
}

TEST_F(ObjectTreeModelTest, FollowsNewFoldersAndExternalChanges)
{
    ObjectTreeModel model(*store);
    addFolder(ObjectKind::Host, QStringLiteral("Lab"));
    EXPECT_EQ(childNames(model, model.indexFor(ObjectKind::Host)), QStringList({"Lab"}));

    QString error;
    auto other = SqliteStore::open(store->location(), &error);
    ASSERT_TRUE(other) << error.toStdString();
    Folder f;
    f.contains = ObjectKind::Host;
    f.name = QStringLiteral("Annex");
    ASSERT_TRUE(other->save(f).ok);
    store->pollExternalChanges();
    EXPECT_EQ(childNames(model, model.indexFor(ObjectKind::Host)), QStringList({"Annex", "Lab"}));
}

} // namespace
