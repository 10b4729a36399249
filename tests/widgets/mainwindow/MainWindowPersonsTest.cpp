// The main window with a PersonStore: the Persons and Access Groups folders
// list the demo accounts; Enter opens the properties, New Person / New Access
// Group create, Del asks and removes, Enable/Disable, the filter, the counts;
// and, seen through the permission decorators, a read-only user's commands
// are disabled with a tooltip naming the missing right. Real widgets, real
// key events, a real SQLite file.
#include "models/auth/PermissionedPersonStore.h"
#include "models/auth/PermissionedStore.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ObjectTreeModel.h"
#include "models/store/DemoAccounts.h"
#include "models/store/DemoConfiguration.h"
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"
#include "tests/support/TempStoreFile.h"
#include "widgets/common/MessageBox.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/mainwindow/ObjectListPane.h"
#include "widgets/properties/AccessGroupPropertiesDialog.h"
#include "widgets/properties/PersonPropertiesDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace confman;
using confman::test::TempDir;

namespace {

class MainWindowPersonsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        MessageBox::clearHistory();
        QString error;
        const QString path = dir.file(QStringLiteral("demo.sqlite"));
        store = SqliteStore::open(path, &error);
        ASSERT_TRUE(store) << error.toStdString();
        ASSERT_TRUE(seedDemoConfiguration(*store).ok);
        persons = SqlitePersonStore::open(path, &error);
        ASSERT_TRUE(persons) << error.toStdString();
        ASSERT_TRUE(seedDemoAccounts(*persons).ok);
    }
    void TearDown() override
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        window.reset();
        permissionedPersons.reset();
        permissionedStore.reset();
    }

    void show(Store &s, PersonStore *p)
    {
        window = std::make_unique<MainWindow>(s, p);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void showAs(const char *user)
    {
        const DbId id = persons->personByUserName(QString::fromLatin1(user))->id;
        permissionedStore = std::make_unique<PermissionedStore>(*store, *persons, id);
        permissionedPersons = std::make_unique<PermissionedPersonStore>(*persons, *store, id);
        show(*permissionedStore, permissionedPersons.get());
    }

    ObjectListPane *pane() const { return window->listPane(); }
    QTableView *personView() const { return pane()->personView(); }
    QTableView *groupView() const { return pane()->accessGroupView(); }

    static QStringList column(const QAbstractItemView *view, int c = 0)
    {
        QStringList out;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            out << view->model()->index(r, c).data().toString();
        return out;
    }
    QModelIndex selectRow(QTableView *view, const QString &name)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (i.data().toString() == name) {
                view->setFocus();
                view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
                return i;
            }
        }
        ADD_FAILURE() << "no row " << name.toStdString();
        return {};
    }
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
    std::unique_ptr<SqlitePersonStore> persons;
    std::unique_ptr<PermissionedStore> permissionedStore;
    std::unique_ptr<PermissionedPersonStore> permissionedPersons;
    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowPersonsTest, SelectingThePersonsFolderListsTheDemoPersons)
{
    show(*store, persons.get());
    ASSERT_TRUE(personView());
    ASSERT_TRUE(window->selectFolder(ObjectKind::Person));
    EXPECT_EQ(pane()->currentView(), personView());
    EXPECT_TRUE(personView()->isVisible());
    EXPECT_EQ(column(personView()), QStringList({"agarcia", "jsmith", "mchen"}));
    EXPECT_EQ(personView()->model()->headerData(5, Qt::Horizontal).toString(), "Member Of");

    // Clicking the folder in the tree does the same as selectFolder.
    ASSERT_TRUE(window->selectFolder(ObjectKind::Host));
    QTreeView *tree = window->folderTree();
    const QModelIndex groupsFolder = window->folderModel()->indexFor(ObjectKind::AccessGroup, 0);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(groupsFolder).center());
    EXPECT_EQ(pane()->currentView(), groupView());
    EXPECT_EQ(column(groupView()), QStringList({"Administrators", "Operators"}));

    EXPECT_TRUE(window->countsLabel()->text().contains("3 persons")) << window->countsLabel()->text().toStdString();
    EXPECT_TRUE(window->countsLabel()->text().contains("2 access groups"));
}

TEST_F(MainWindowPersonsTest, EnterOpensThePersonAndItsSaveShowsInTheList)
{
    show(*store, persons.get());
    window->selectFolder(ObjectKind::Person);
    ASSERT_TRUE(selectRow(personView(), "jsmith").isValid());
    QTest::keyClick(personView(), Qt::Key_Return);
    auto *dialog = openDialog<PersonPropertiesDialog>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->userNameEdit()->text(), "jsmith");
    dialog->lastNameEdit()->setText("Smythe");
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    const int row = column(personView()).indexOf("jsmith");
    EXPECT_EQ(personView()->model()->index(row, 2).data().toString(), "Smythe");

    window->selectFolder(ObjectKind::AccessGroup);
    ASSERT_TRUE(selectRow(groupView(), "Operators").isValid());
    QTest::keyClick(groupView(), Qt::Key_Return);
    auto *groupDialog = openDialog<AccessGroupPropertiesDialog>();
    ASSERT_TRUE(groupDialog);
    EXPECT_EQ(groupDialog->nameEdit()->text(), "Operators");
    groupDialog->reject();
}

TEST_F(MainWindowPersonsTest, NewPersonAndNewAccessGroupCreateAndSelectTheNewObject)
{
    show(*store, persons.get());
    window->selectFolder(ObjectKind::Person);
    EXPECT_TRUE(window->newMenu()->actions().contains(window->newPersonAction()));
    EXPECT_TRUE(window->newMenu()->actions().contains(window->newAccessGroupAction()));
    auto *dropDown = window->findChild<QToolButton *>("newDropDown");
    ASSERT_TRUE(dropDown);
    EXPECT_EQ(dropDown->menu(), window->newMenu());

    window->newPersonAction()->trigger();
    auto *dialog = openDialog<PersonPropertiesDialog>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->originalPerson().id, 0);
    QTest::keyClicks(dialog->userNameEdit(), "bwong");
    QTest::keyClicks(dialog->firstNameEdit(), "Bo");
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(persons->personByUserName("bwong"));
    EXPECT_EQ(column(personView()), QStringList({"agarcia", "bwong", "jsmith", "mchen"}));
    ASSERT_TRUE(pane()->currentObject());
    EXPECT_EQ(*pane()->currentObject(), (ObjectRef{ObjectKind::Person, persons->personByUserName("bwong")->id}));

    window->newAccessGroupAction()->trigger();
    auto *groupDialog = openDialog<AccessGroupPropertiesDialog>();
    ASSERT_TRUE(groupDialog);
    QTest::keyClicks(groupDialog->nameEdit(), "Auditors");
    groupDialog->buttons()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(persons->accessGroupByName("Auditors"));
    EXPECT_EQ(pane()->currentView(), groupView());
    EXPECT_TRUE(column(groupView()).contains("Auditors"));
    QTest::qWait(150); // the counts are coalesced
    EXPECT_TRUE(window->countsLabel()->text().contains("4 persons"));
    EXPECT_TRUE(window->countsLabel()->text().contains("3 access groups"));
}

TEST_F(MainWindowPersonsTest, DelAsksAndNoKeepsYesRemoves)
{
    show(*store, persons.get());
    window->selectFolder(ObjectKind::Person);
    ASSERT_TRUE(selectRow(personView(), "agarcia").isValid());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(personView(), Qt::Key_Delete);
    EXPECT_TRUE(MessageBox::lastText().contains("agarcia")) << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains("Operators")); // the membership goes with it
    EXPECT_TRUE(persons->personByUserName("agarcia"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(personView(), Qt::Key_Delete);
    EXPECT_FALSE(persons->personByUserName("agarcia"));
    EXPECT_EQ(column(personView()), QStringList({"jsmith", "mchen"}));

    window->selectFolder(ObjectKind::AccessGroup);
    ASSERT_TRUE(selectRow(groupView(), "Operators").isValid());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(groupView(), Qt::Key_Delete);
    EXPECT_TRUE(MessageBox::lastText().contains("jsmith")) << MessageBox::lastText().toStdString();
    EXPECT_FALSE(persons->accessGroupByName(kOperatorsGroup));
    EXPECT_EQ(column(groupView()), QStringList({"Administrators"}));
}

TEST_F(MainWindowPersonsTest, EnableDisableAppliesToPersonsOnlyAndTheFilterWorks)
{
    show(*store, persons.get());
    window->selectFolder(ObjectKind::Person);
    const QModelIndex row = selectRow(personView(), "mchen");
    ASSERT_TRUE(row.isValid());
    EXPECT_TRUE(window->enableDisableAction()->isEnabled());
    EXPECT_EQ(window->enableDisableAction()->text().remove(u'&'), "Disable");
    EXPECT_FALSE(window->cloneAction()->isEnabled());
    EXPECT_FALSE(window->moveToAction()->isEnabled());
    window->enableDisableAction()->trigger();
    EXPECT_FALSE(persons->personByUserName("mchen")->enabled);
    EXPECT_TRUE(personView()->model()->index(personView()->currentIndex().row(), 0).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(window->enableDisableAction()->text().remove(u'&'), "Enable");

    pane()->filterEdit()->setFocus();
    QTest::keyClicks(pane()->filterEdit(), "garc");
    EXPECT_EQ(column(personView()), QStringList({"agarcia"}));
    pane()->filterEdit()->clear();

    window->selectFolder(ObjectKind::AccessGroup);
    ASSERT_TRUE(selectRow(groupView(), "Administrators").isValid());
    EXPECT_FALSE(window->enableDisableAction()->isEnabled()); // groups have no state
    EXPECT_TRUE(window->deleteAction()->isEnabled());
}

TEST_F(MainWindowPersonsTest, AReadOnlyUserSeesDisabledCommandsThatSayWhy)
{
    showAs("jsmith"); // Operators: Read and Execute
    window->selectFolder(ObjectKind::Person);
    EXPECT_EQ(column(personView()), QStringList({"agarcia", "jsmith", "mchen"}));
    ASSERT_TRUE(selectRow(personView(), "agarcia").isValid());
    EXPECT_TRUE(window->propertiesAction()->isEnabled());
    EXPECT_FALSE(window->deleteAction()->isEnabled());
    EXPECT_TRUE(window->deleteAction()->toolTip().contains("Delete permission on Persons"))
        << window->deleteAction()->toolTip().toStdString();
    EXPECT_FALSE(window->enableDisableAction()->isEnabled());
    EXPECT_TRUE(window->enableDisableAction()->toolTip().contains("Change"));
    EXPECT_FALSE(window->newPersonAction()->isEnabled());
    EXPECT_TRUE(window->newPersonAction()->toolTip().contains("Create permission on Persons"));
    EXPECT_FALSE(window->newAccessGroupAction()->isEnabled());
    EXPECT_FALSE(window->newHostAction()->isEnabled());
    EXPECT_TRUE(window->newHostAction()->toolTip().contains("Create permission on Hosts"));

    // Del does nothing: no question, nothing removed.
    QTest::keyClick(personView(), Qt::Key_Delete);
    EXPECT_TRUE(MessageBox::lastText().isEmpty());
    EXPECT_TRUE(persons->personByUserName("agarcia"));

    // The properties dialog opens, but its save is refused by the model.
    QTest::keyClick(personView(), Qt::Key_Return);
    auto *dialog = openDialog<PersonPropertiesDialog>();
    ASSERT_TRUE(dialog);
    dialog->lastNameEdit()->setText("Changed");
    dialog->buttons()->button(QDialogButtonBox::Apply)->click();
    EXPECT_TRUE(dialog->messageLabel()->text().contains("Change")) << dialog->messageLabel()->text().toStdString();
    EXPECT_EQ(persons->personByUserName("agarcia")->lastName, "Garcia");
    dialog->reject();
}

TEST_F(MainWindowPersonsTest, AnAdministratorHasEveryCommandWithTheDefaultTooltips)
{
    showAs("mchen");
    window->selectFolder(ObjectKind::Person);
    ASSERT_TRUE(selectRow(personView(), "agarcia").isValid());
    EXPECT_TRUE(window->deleteAction()->isEnabled());
    EXPECT_EQ(window->deleteAction()->toolTip(), "Delete");
    EXPECT_TRUE(window->newPersonAction()->isEnabled());
    EXPECT_TRUE(window->newHostAction()->isEnabled());
}

TEST_F(MainWindowPersonsTest, WithoutAPersonStoreThePersonsFolderKeepsItsPlaceholder)
{
    show(*store, nullptr);
    EXPECT_FALSE(personView());
    EXPECT_FALSE(window->newPersonAction()->isVisible());
    EXPECT_FALSE(window->findChild<QToolButton *>("newDropDown"));
    ASSERT_TRUE(window->selectFolder(ObjectKind::Person));
    EXPECT_FALSE(pane()->currentView());
    EXPECT_FALSE(window->deleteAction()->isEnabled());
    EXPECT_FALSE(window->countsLabel()->text().contains("persons"));
}

} // namespace
