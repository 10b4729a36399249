// The History view's model and filter, and the audit CSV writer, over a real
// SqlitePersonStore file.
#include "models/itemmodels/AuditListModel.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/store/AuditCsv.h"
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace confman;
using confman::test::TempDir;

namespace {

const ObjectRef kHost{ObjectKind::Host, 7};
const ObjectRef kApp{ObjectKind::Application, 3};

QDateTime utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC(); }

class AuditListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        config = SqliteStore::open(dir.file(QStringLiteral("audit.sqlite")), &error);
        ASSERT_TRUE(config) << error.toStdString();
        persons = SqlitePersonStore::open(dir.file(QStringLiteral("audit.sqlite")), &error);
        ASSERT_TRUE(persons) << error.toStdString();
        append({0, utc("2024-03-01T09:00:00Z"), QStringLiteral("mchen"), AuditAction::Login, std::nullopt, {},
                QStringLiteral("default"), {}});
        append({0, utc("2024-03-01T09:05:00Z"), QStringLiteral("mchen"), AuditAction::ObjectChanged, kHost,
                QStringLiteral("cfg-host-1"), QStringLiteral("default"),
                QStringLiteral("LCA Port: 4999 → 5000\nAddress: a → b")});
        append({0, utc("2024-03-01T10:00:00Z"), QStringLiteral("jsmith"), AuditAction::ObjectCreated, kApp,
                QStringLiteral("StatServer_1"), QStringLiteral("default"), {}});
        append({0, utc("2024-03-01T10:30:00Z"), QStringLiteral("jsmith"), AuditAction::ObjectDeleted, kHost,
                QStringLiteral("cfg-host-1"), QStringLiteral("default"), {}});
    }
    void append(const AuditEntry &e) { ASSERT_TRUE(persons->appendAudit(e)); }

    TempDir dir;
    std::unique_ptr<SqliteStore> config;
    std::unique_ptr<SqlitePersonStore> persons;
};

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

} // namespace

TEST_F(AuditListModelTest, WholeStoreShowsEveryEntryOldestFirstWithLocalTimes)
{
    AuditListModel model(*persons);
    ASSERT_EQ(model.rowCount(), 4);
    ASSERT_EQ(model.columnCount(), 6);
    EXPECT_EQ(model.headerData(AuditListModel::WhenColumn, Qt::Horizontal).toString(), QStringLiteral("When"));
    EXPECT_EQ(model.headerData(AuditListModel::DetailsColumn, Qt::Horizontal).toString(), QStringLiteral("Details"));

    EXPECT_EQ(cell(model, 0, AuditListModel::WhenColumn),
              utc("2024-03-01T09:00:00Z").toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    EXPECT_EQ(cell(model, 0, AuditListModel::WhenColumn, Qt::ToolTipRole), QStringLiteral("2024-03-01T09:00:00Z"));
    EXPECT_EQ(cell(model, 0, AuditListModel::ActionColumn), QStringLiteral("Login"));
    EXPECT_EQ(cell(model, 0, AuditListModel::ObjectColumn), QString());
    EXPECT_EQ(cell(model, 1, AuditListModel::WhoColumn), QStringLiteral("mchen"));
    EXPECT_EQ(cell(model, 1, AuditListModel::ActionColumn), QStringLiteral("Changed"));
    EXPECT_EQ(cell(model, 1, AuditListModel::ObjectColumn), QStringLiteral("Host cfg-host-1"));
    EXPECT_EQ(cell(model, 1, AuditListModel::ApplicationColumn), QStringLiteral("default"));
    EXPECT_EQ(cell(model, 1, AuditListModel::DetailsColumn), QStringLiteral("LCA Port: 4999 → 5000; Address: a → b"));
    EXPECT_EQ(cell(model, 1, AuditListModel::DetailsColumn, Qt::ToolTipRole),
              QStringLiteral("LCA Port: 4999 → 5000\nAddress: a → b"));
    EXPECT_EQ(model.index(2, 0).data(ObjectKindRole).toInt(), int(ObjectKind::Application));
    EXPECT_EQ(model.index(2, 0).data(ObjectIdRole).toLongLong(), 3);
    EXPECT_EQ(cell(model, 3, AuditListModel::ActionColumn), QStringLiteral("Deleted"));
    EXPECT_EQ(model.users(), (QStringList{QStringLiteral("jsmith"), QStringLiteral("mchen")}));
}

TEST_F(AuditListModelTest, OneObjectShowsOnlyItsEntries)
{
    AuditQuery q;
    q.object = kHost;
    AuditListModel model(*persons, q);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, AuditListModel::ActionColumn), QStringLiteral("Changed"));
    EXPECT_EQ(cell(model, 1, AuditListModel::ActionColumn), QStringLiteral("Deleted"));

    q.object = ObjectRef{ObjectKind::Host, 999};
    model.setQuery(q);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(AuditListModelTest, RefreshAppendsNewEntriesWithoutAReset)
{
    AuditListModel model(*persons);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    EXPECT_EQ(inserted.count(), 0); // nothing new

    append({0, utc("2024-03-01T11:00:00Z"), QStringLiteral("agarcia"), AuditAction::Logout, std::nullopt, {}, {}, {}});
    append({0, utc("2024-03-01T11:01:00Z"), QStringLiteral("agarcia"), AuditAction::Login, std::nullopt, {}, {}, {}});
    model.refresh();
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 4);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 5);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(cell(model, 5, AuditListModel::WhoColumn), QStringLiteral("agarcia"));
}

TEST_F(AuditListModelTest, FilterByUserAndTextAnyColumnCaseInsensitive)
{
    AuditListModel model(*persons);
    AuditFilterProxy filter;
    filter.setSourceModel(&model);
    filter.setUser(QStringLiteral("jsmith"));
    ASSERT_EQ(filter.rowCount(), 2);
    filter.setText(QStringLiteral("  STATSERVER "));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(cell(filter, 0, AuditListModel::ActionColumn), QStringLiteral("Created"));
    filter.setUser({});
    filter.setText(QStringLiteral("4999"));
    ASSERT_EQ(filter.rowCount(), 1); // the details
    EXPECT_EQ(filter.visibleEntries().size(), 1);
    EXPECT_EQ(filter.visibleEntries().first().who, QStringLiteral("mchen"));
    filter.setText(QStringLiteral("nothing like this"));
    EXPECT_EQ(filter.rowCount(), 0);
}

TEST(AuditCsv, ExactBytesWithHeaderQuotingAndUtcTimes)
{
    AuditEntry changed{1, utc("2024-03-01T09:05:00Z"), QStringLiteral("mchen"), AuditAction::ObjectChanged, kHost,
                       QStringLiteral("host, \"east\""), QStringLiteral("default"),
                       QStringLiteral("LCA Port: 4999 → 5000\nAddress: a → b")};
    AuditEntry login{2, QDateTime(QDate(2024, 3, 1), QTime(10, 0), QTimeZone(3600)), QStringLiteral("jsmith"),
                     AuditAction::LoginFailed, std::nullopt, {}, QStringLiteral("default"), QStringLiteral("wrong password")};
    const QByteArray csv = auditCsv({changed, login});
    EXPECT_EQ(csv, QByteArray("When (UTC),Who,Action,Object Type,Object,Application,Details\r\n"
                              "2024-03-01T09:05:00Z,mchen,Changed,Host,\"host, \"\"east\"\"\",default,"
                              "\"LCA Port: 4999 \xe2\x86\x92 5000\nAddress: a \xe2\x86\x92 b\"\r\n"
                              "2024-03-01T09:00:00Z,jsmith,Failed login,,,default,wrong password\r\n"));
}

TEST(AuditCsv, FormulaLikeCellsGetALeadingApostrophe)
{
    EXPECT_EQ(csvField(QStringLiteral("=HYPERLINK(\"http://x\")")), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    EXPECT_EQ(csvField(QStringLiteral("+1")), QStringLiteral("'+1"));
    EXPECT_EQ(csvField(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(csvField(QStringLiteral("\tcmd")), QStringLiteral("'\tcmd"));
    EXPECT_EQ(csvField(QStringLiteral("a=b")), QStringLiteral("a=b")); // only at the start
    EXPECT_EQ(csvField(QString()), QString());

    AuditEntry evil{1, utc("2024-03-01T09:05:00Z"), QStringLiteral("=cmd|' /C calc'!A0"), AuditAction::ObjectCreated,
                    kHost, QStringLiteral("@evil"), QStringLiteral("-app"), QStringLiteral("+details")};
    const QByteArray csv = auditCsv({evil});
    EXPECT_TRUE(csv.endsWith("2024-03-01T09:05:00Z,'=cmd|' /C calc'!A0,Created,Host,'@evil,'-app,'+details\r\n"))
        << csv.constData();
}
