#include "models/itemmodels/ApplicationListModel.h"
#include "models/itemmodels/ItemRoles.h"
#include "tests/models/itemmodels/StoreFixture.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

using namespace confman;
using namespace confman::test;

namespace {

class ApplicationListModelTest : public StoreFixture
{
protected:
    int rowOfName(const ApplicationListModel &m, const QString &name)
    {
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.index(r, ApplicationListModel::NameColumn).data().toString() == name)
                return r;
        return -1;
    }
};

TEST_F(ApplicationListModelTest, ShowsNameTypeHostStatePortsAndBackupNames)
{
    const DbId h1 = addHost(QStringLiteral("Alpha"));
    const DbId backup = addApp(QStringLiteral("TS Backup"), h1, {port(QStringLiteral("default"), 3001)});
    addApp(QStringLiteral("TS Primary"), h1,
           {port(QStringLiteral("default"), 3000), port(QStringLiteral("secure"), 3443, ListeningMode::Secured)},
           true, AppType::TServer, backup);

    ApplicationListModel model(*store);
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 6);
    EXPECT_EQ(model.headerData(ApplicationListModel::PortsColumn, Qt::Horizontal).toString(), "Ports");

    const int r = rowOfName(model, QStringLiteral("TS Primary"));
    ASSERT_GE(r, 0);
    EXPECT_EQ(model.index(r, ApplicationListModel::TypeColumn).data().toString(), "T-Server");
    EXPECT_EQ(model.index(r, ApplicationListModel::HostColumn).data().toString(), "Alpha");
    EXPECT_EQ(model.index(r, ApplicationListModel::StateColumn).data().toString(), "Enabled");
    EXPECT_EQ(model.index(r, ApplicationListModel::BackupColumn).data().toString(), "TS Backup");
    const QString ports = model.index(r, ApplicationListModel::PortsColumn).data().toString();
    EXPECT_TRUE(ports.contains("3000")) << ports.toStdString();
    EXPECT_TRUE(ports.contains("3443")) << ports.toStdString();
    EXPECT_EQ(model.index(r, 0).data(ObjectIdRole).toLongLong(), store->applicationIdByName("TS Primary").value());
}

TEST_F(ApplicationListModelTest, DisabledRowsAreGreyedAndSayDisabled)
{
    const DbId h = addHost(QStringLiteral("Alpha"));
    addApp(QStringLiteral("On"), h, {port(QStringLiteral("default"), 3000)});
    addApp(QStringLiteral("Off"), h, {port(QStringLiteral("default"), 3001)}, false);

    ApplicationListModel model(*store);
    const int on = rowOfName(model, "On"), off = rowOfName(model, "Off");
    ASSERT_GE(on, 0);
    ASSERT_GE(off, 0);
    for (int c = 0; c < model.columnCount(); ++c) {
        EXPECT_FALSE(model.index(on, c).data(Qt::ForegroundRole).isValid());
        const QVariant grey = model.index(off, c).data(Qt::ForegroundRole);
        ASSERT_TRUE(grey.canConvert<QBrush>());
        EXPECT_EQ(grey.value<QBrush>().color(), QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    }
    EXPECT_EQ(model.index(off, ApplicationListModel::StateColumn).data().toString(), "Disabled");
    EXPECT_FALSE(model.index(off, 0).data(EnabledRole).toBool());
}

TEST_F(ApplicationListModelTest, FollowsSavesRenamesAndRemovals)
{
    const DbId h = addHost(QStringLiteral("Alpha"));
    const DbId backup = addApp(QStringLiteral("Backup"), h, {port(QStringLiteral("default"), 3001)});
    const DbId primary = addApp(QStringLiteral("Primary"), h, {port(QStringLiteral("default"), 3000)}, true,
                                AppType::TServer, backup);
    ApplicationListModel model(*store);
    ASSERT_EQ(model.rowCount(), 2);

    // A new application appears.
    addApp(QStringLiteral("Third"), h, {port(QStringLiteral("default"), 3002)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_GE(rowOfName(model, "Third"), 0);

    // Renaming the host renames the Host column and the filter text.
    Host host = *store->host(h);
    host.name = QStringLiteral("Omega");
    ASSERT_TRUE(store->save(host).ok);
    const int p = rowOfName(model, "Primary");
    EXPECT_EQ(model.index(p, ApplicationListModel::HostColumn).data().toString(), "Omega");
    EXPECT_TRUE(model.haystackAt(p).contains("omega"));
    EXPECT_FALSE(model.haystackAt(p).contains("alpha"));

    // Renaming the backup renames the Backup column of its primary.
    Application b = *store->application(backup);
    b.name = QStringLiteral("Standby");
    ASSERT_TRUE(store->save(b).ok);
    EXPECT_EQ(model.index(rowOfName(model, "Primary"), ApplicationListModel::BackupColumn).data().toString(),
              "Standby");

    // Deleting the backup removes its row and the reference to it.
    ASSERT_TRUE(store->remove({ObjectKind::Application, backup}).ok);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(rowOfName(model, "Standby"), -1);
    EXPECT_EQ(model.index(rowOfName(model, "Primary"), ApplicationListModel::BackupColumn).data().toString(), "");
    EXPECT_EQ(model.rowOf(primary), rowOfName(model, "Primary"));
}

TEST_F(ApplicationListModelTest, ReloadsWhenAnotherInstanceChangesTheStore)
{
    const DbId h = addHost(QStringLiteral("Alpha"));
    ApplicationListModel model(*store);
    ASSERT_EQ(model.rowCount(), 0);

    QString error;
    auto other = SqliteStore::open(store->location(), &error);
    ASSERT_TRUE(other) << error.toStdString();
    Application a;
    a.name = QStringLiteral("From elsewhere");
    a.hostId = h;
    a.serverInfo.ports = {port(QStringLiteral("default"), 4100)};
    ASSERT_TRUE(other->save(a).ok);

    EXPECT_EQ(model.rowCount(), 0); // nothing until the store notices
    store->pollExternalChanges();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data().toString(), "From elsewhere");
}

TEST(ApplicationListModelPorts, FirstPortNumberReadsTheFirstPort)
{
    EXPECT_EQ(ApplicationListModel::firstPortNumber(u"default:2020, secure:2021 (secured)"), 2020);
    EXPECT_EQ(ApplicationListModel::firstPortNumber(u"default:900"), 900);
    EXPECT_EQ(ApplicationListModel::firstPortNumber(u""), -1);
    EXPECT_EQ(ApplicationListModel::firstPortNumber(u"no ports"), -1);
}

} // namespace
