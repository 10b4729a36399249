// The History window over a real store: the whole store or one object, the
// user and text filters, Export CSV through the file-dialog hook, and the
// error when the file cannot be written.
#include "models/itemmodels/AuditListModel.h"
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"
#include "widgets/common/MessageBox.h"
#include "widgets/common/SaveFileDialog.h"
#include "widgets/history/HistoryDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace confman;
using confman::test::TempDir;

namespace {

const ObjectRef kHost{ObjectKind::Host, 7};

QDateTime utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC(); }

class HistoryDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        const QString path = dir.file(QStringLiteral("history.sqlite"));
        config = SqliteStore::open(path, &error);
        ASSERT_TRUE(config) << error.toStdString();
        persons = SqlitePersonStore::open(path, &error);
        ASSERT_TRUE(persons) << error.toStdString();
        append({0, utc("2024-03-01T09:00:00Z"), QStringLiteral("mchen"), AuditAction::Login, std::nullopt, {},
                QStringLiteral("default"), {}});
        append({0, utc("2024-03-01T09:05:00Z"), QStringLiteral("mchen"), AuditAction::ObjectChanged, kHost,
                QStringLiteral("cfg-host-1"), QStringLiteral("default"), QStringLiteral("LCA Port: 4999 → 5000")});
        append({0, utc("2024-03-01T10:00:00Z"), QStringLiteral("jsmith"), AuditAction::ObjectChanged, kHost,
                QStringLiteral("=cfg-host-1"), QStringLiteral("default"), QStringLiteral("Address: a → b")});
        append({0, utc("2024-03-01T10:30:00Z"), QStringLiteral("jsmith"), AuditAction::Logout, std::nullopt, {},
                QStringLiteral("default"), {}});
        MessageBox::clearHistory();
    }
    void append(const AuditEntry &e) { ASSERT_TRUE(persons->appendAudit(e)); }

    template <typename W>
    static W *child(QWidget &dialog, const char *name)
    {
        auto *w = dialog.findChild<W *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    static int visibleRows(QWidget &dialog) { return child<QTableView>(dialog, "historyTable")->model()->rowCount(); }

    TempDir dir;
    std::unique_ptr<SqliteStore> config;
    std::unique_ptr<SqlitePersonStore> persons;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_F(HistoryDialogTest, WholeStoreVersusOneObject)
{
    QPointer<HistoryDialog> whole = HistoryDialog::showFor(nullptr, *persons, std::nullopt);
    ASSERT_TRUE(whole);
    EXPECT_TRUE(whole->isVisible());
    EXPECT_TRUE(whole->testAttribute(Qt::WA_DeleteOnClose));
    EXPECT_EQ(whole->windowTitle(), QStringLiteral("History of the whole store"));
    EXPECT_EQ(visibleRows(*whole), 4);
    EXPECT_EQ(child<QLabel>(*whole, "countLabel")->text(), QStringLiteral("4 entries"));

    HistoryDialog one(*persons, kHost, QStringLiteral("cfg-host-1"));
    EXPECT_EQ(one.windowTitle(), QStringLiteral("History of Host cfg-host-1"));
    ASSERT_EQ(visibleRows(one), 2);
    const auto *table = child<QTableView>(one, "historyTable");
    EXPECT_EQ(table->model()->index(0, AuditListModel::DetailsColumn).data().toString(), QStringLiteral("LCA Port: 4999 → 5000"));
    EXPECT_EQ(table->model()->index(1, AuditListModel::WhoColumn).data().toString(), QStringLiteral("jsmith"));

    // Without a name the title comes from the newest entry.
    HistoryDialog unnamed(*persons, kHost);
    EXPECT_EQ(unnamed.windowTitle(), QStringLiteral("History of Host =cfg-host-1"));

    whole->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(whole.isNull());
}

TEST_F(HistoryDialogTest, FiltersByUserAndTextAndFollowsNewEntries)
{
    HistoryDialog dialog(*persons, std::nullopt);
    dialog.show();
    auto *users = child<QComboBox>(dialog, "userFilter");
    ASSERT_EQ(users->count(), 3); // All users, jsmith, mchen
    EXPECT_EQ(users->itemText(0), QStringLiteral("All users"));
    users->setCurrentIndex(users->findText(QStringLiteral("mchen")));
    EXPECT_EQ(visibleRows(dialog), 2);
    EXPECT_EQ(child<QLabel>(dialog, "countLabel")->text(), QStringLiteral("2 of 4 entries"));

    auto *text = child<QLineEdit>(dialog, "textFilter");
    QTest::keyClicks(text, QStringLiteral("lca"));
    EXPECT_EQ(visibleRows(dialog), 1);
    text->clear();
    users->setCurrentIndex(0);
    EXPECT_EQ(visibleRows(dialog), 4);

    // A new user appears after a refresh, and the chosen filter survives it.
    users->setCurrentIndex(users->findText(QStringLiteral("jsmith")));
    append({0, utc("2024-03-01T11:00:00Z"), QStringLiteral("agarcia"), AuditAction::Login, std::nullopt, {}, {}, {}});
    QTest::mouseClick(child<QPushButton>(dialog, "refreshButton"), Qt::LeftButton);
    EXPECT_EQ(users->count(), 4);
    EXPECT_EQ(users->currentText(), QStringLiteral("jsmith"));
    EXPECT_EQ(dialog.model().rowCount(), 5);
    users->setCurrentIndex(0);
    EXPECT_EQ(visibleRows(dialog), 5);
}

TEST_F(HistoryDialogTest, ExportCsvWritesTheShownRowsExactly)
{
    HistoryDialog dialog(*persons, kHost, QStringLiteral("cfg-host-1"));
    dialog.show();
    const QString out = dir.file(QStringLiteral("host-history.csv"));
    const int asked = SaveFileDialog::questionsAsked();
    SaveFileDialog::setNextSaveFileName(out);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    EXPECT_EQ(SaveFileDialog::questionsAsked(), asked + 1);
    EXPECT_EQ(readAll(out), QByteArray("When (UTC),Who,Action,Object Type,Object,Application,Details\r\n"
                                       "2024-03-01T09:05:00Z,mchen,Changed,Host,cfg-host-1,default,"
                                       "LCA Port: 4999 \xe2\x86\x92 5000\r\n"
                                       "2024-03-01T10:00:00Z,jsmith,Changed,Host,'=cfg-host-1,default,"
                                       "Address: a \xe2\x86\x92 b\r\n"));
    EXPECT_TRUE(MessageBox::lastText().isEmpty());
    EXPECT_TRUE(child<QLabel>(dialog, "countLabel")->text().startsWith(QStringLiteral("Exported 2 entries to ")));

    // Filtered: only what is shown.
    child<QComboBox>(dialog, "userFilter")->setCurrentIndex(
        child<QComboBox>(dialog, "userFilter")->findText(QStringLiteral("jsmith")));
    SaveFileDialog::setNextSaveFileName(out);
    ASSERT_TRUE(dialog.exportCsv());
    EXPECT_EQ(readAll(out).count("\r\n"), 2); // header + one entry
    EXPECT_TRUE(readAll(out).contains("'=cfg-host-1"));
}

TEST_F(HistoryDialogTest, CancelledExportWritesNothing)
{
    HistoryDialog dialog(*persons, std::nullopt);
    SaveFileDialog::setNextSaveFileName(QString());
    EXPECT_FALSE(dialog.exportCsv());
    EXPECT_TRUE(MessageBox::lastText().isEmpty());
}

TEST_F(HistoryDialogTest, UnwritablePathGivesAClearErrorAndLeavesNoFile)
{
    HistoryDialog dialog(*persons, std::nullopt);
    dialog.show();
    const QString out = dir.file(QStringLiteral("no-such-folder/history.csv"));
    SaveFileDialog::setNextSaveFileName(out);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(dialog.exportCsv());
    EXPECT_EQ(MessageBox::lastTitle(), QStringLiteral("Export CSV"));
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("The history could not be written to ")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("history.csv")));
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(child<QLabel>(dialog, "countLabel")->text(), QStringLiteral("4 entries"));
}
