#pragma once
// A main window over a real SqliteStore seeded with the demo configuration,
// shown on the offscreen platform and driven with real key and mouse events.
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ObjectTreeModel.h"
#include "models/store/DemoConfiguration.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"
#include "widgets/common/MessageBox.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/mainwindow/ObjectListPane.h"

#include <QApplication>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

#include <memory>

namespace confman::test {

class MainWindowFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        MessageBox::clearHistory();
        QString error;
        store = SqliteStore::open(dir.file(QStringLiteral("demo.sqlite")), &error);
        ASSERT_TRUE(store) << error.toStdString();
        const SaveResult seeded = seedDemoConfiguration(*store);
        ASSERT_TRUE(seeded.ok) << seeded.error.toStdString();
        window = std::make_unique<MainWindow>(*store);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void TearDown() override
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        window.reset();
        store.reset();
    }

    ObjectListPane *pane() const { return window->listPane(); }
    QTableView *appView() const { return pane()->applicationView(); }
    QTableView *hostView() const { return pane()->hostView(); }

    static QStringList column(const QAbstractItemView *view, int column = 0)
    {
        QStringList out;
        const auto *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, column).data().toString();
        return out;
    }

    // Selects the row named `name` in `view` and gives the view the focus.
    QModelIndex selectRow(QTableView *view, const QString &name)
    {
        const auto *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, 0);
            if (i.data().toString() == name) {
                view->setFocus();
                view->selectionModel()->setCurrentIndex(
                    i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return i;
            }
        }
        ADD_FAILURE() << "no row " << name.toStdString();
        return {};
    }

    DbId appId(const QString &name) const { return store->applicationIdByName(name).value_or(0); }

    template <typename Dialog>
    Dialog *openDialog() const
    {
        for (Dialog *d : window->findChildren<Dialog *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }

    TempDir dir;
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<MainWindow> window;
};

} // namespace confman::test
