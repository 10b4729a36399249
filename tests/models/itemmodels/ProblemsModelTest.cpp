#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ProblemsModel.h"
#include "tests/models/itemmodels/StoreFixture.h"

#include <QSignalSpy>

using namespace confman;
using namespace confman::test;

namespace {

using ProblemsModelTest = StoreFixture;

TEST_F(ProblemsModelTest, ListsStoreWarningsWithALinkToTheObject)
{
    const DbId h = addHost(QStringLiteral("Alpha"));
    addApp(QStringLiteral("Clean"), h, {port("default", 3000)});
    ProblemsModel model(*store);
    EXPECT_EQ(model.rowCount(), 0);

    model.setRefreshDelay(0);
    QSignalSpy reloaded(&model, &ProblemsModel::reloaded);
    // A Secured port whose transport says tls=0 is saved but warned about.
    Port p = port("default", 3100, ListeningMode::Secured);
    p.transport = QStringLiteral("tls=0");
    const DbId warned = addApp(QStringLiteral("Warned"), h, {p});
    ASSERT_TRUE(reloaded.wait(2000));

    ASSERT_EQ(model.rowCount(), store->problems().size());
    ASSERT_GE(model.rowCount(), 1);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.objectAt(r) == ObjectRef{ObjectKind::Application, warned})
            row = r;
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, ProblemsModel::SeverityColumn).data().toString(), "Warning");
    EXPECT_TRUE(model.index(row, ProblemsModel::ObjectColumn).data().toString().contains("Warned"));
    EXPECT_FALSE(model.index(row, ProblemsModel::MessageColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(row, 0).data(ObjectIdRole).toLongLong(), warned);

    // Fixing it empties the list again.
    ASSERT_TRUE(store->remove({ObjectKind::Application, warned}).ok);
    ASSERT_TRUE(reloaded.wait(2000));
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
