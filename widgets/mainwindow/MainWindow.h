#pragma once
// Confman's main window (issue 2): folder tree on the left, the object list
// with its filter on the right, the Problems dock below, commands in the
// toolbar, the Edit menu and the context menus. Follows the store's signals
// and polls it for other users' changes.
// With a PersonStore the Persons and Access Groups folders list them, with
// New / Properties / Delete (and Enable/Disable for Persons). When the Store
// is a PermissionedStore or the PersonStore a PermissionedPersonStore, the
// commands the acting Person's rights refuse are disabled, their tooltip
// saying which permission is missing; the decorators refuse them anyway.
#include "models/config/AccessGroup.h"
#include "models/config/ObjectTypes.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;
class QTreeView;

namespace confman {

class ObjectActions;
class ObjectListPane;
class ObjectTreeModel;
class PermissionedPersonStore;
class PermissionedStore;
class PersonStore;
class ProblemsPanel;
class Store;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, PersonStore *persons = nullptr, QWidget *parent = nullptr);
    MainWindow(Store &store, QWidget *parent);
    ~MainWindow() override;

    // Selects the root folder of `kind` (0) or a user folder in the tree.
    bool selectFolder(ObjectKind kind, DbId folderId = 0);
    // Shows and selects `ref` in the list (switching the tree to its root folder when needed).
    bool selectObject(ObjectRef ref);

    // Re-reads everything (F5).
    void refresh();

    QTreeView *folderTree() const { return m_tree; }
    ObjectTreeModel *folderModel() const { return m_treeModel; }
    ObjectListPane *listPane() const { return m_list; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    ObjectActions *objectActions() const { return m_actions; }
    QLabel *locationLabel() const { return m_locationLabel; }
    QLabel *countsLabel() const { return m_countsLabel; }
    QTimer *pollTimer() const { return m_pollTimer; }

    QAction *newHostAction() const { return m_newHost; }
    QAction *newApplicationAction() const { return m_newApplication; }
    QAction *newPersonAction() const { return m_newPerson; }           // hidden without a PersonStore
    QAction *newAccessGroupAction() const { return m_newAccessGroup; } // hidden without a PersonStore
    QMenu *newMenu() const { return m_newMenu; }
    QAction *propertiesAction() const { return m_properties; }
    QAction *deleteAction() const { return m_delete; }
    QAction *enableDisableAction() const { return m_enableDisable; }
    QAction *cloneAction() const { return m_clone; }
    QAction *moveToAction() const { return m_moveTo; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *findAction() const { return m_find; }
    QAction *refreshAction() const { return m_refresh; }
    // The audit trail (needs a PersonStore): the current object's, the whole store's.
    QAction *historyAction() const { return m_history; }
    QAction *storeHistoryAction() const { return m_storeHistory; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolbar();
    void treeSelectionChanged();
    void updateActions();
    void updateCounts();
    void showListContextMenu(const QPoint &globalPos);
    DbId currentFolderFor(ObjectKind kind) const;
    // The acting Person's rights, from whichever decorator knows them; every
    // right when neither store is one (no login: the caller decides).
    Permissions rightsOn(ObjectKind kind, DbId folderId) const;
    // Enables `action` when `missing` is empty, else disables it with a tooltip naming the missing right.
    void allow(QAction *action, bool applicable, std::optional<std::pair<Permission, ObjectKind>> missing);
    // The first right of `p` missing on any of `refs` (in their folders).
    std::optional<Permission> missingOn(const QVector<ObjectRef> &refs, Permission p) const;
    void saveSettings() const;
    void restoreSettings();

    Store &m_store;
    PersonStore *m_persons = nullptr;
    PermissionedStore *m_permissionedStore = nullptr;
    PermissionedPersonStore *m_permissionedPersons = nullptr;
    ObjectTreeModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    ObjectListPane *m_list = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QSplitter *m_splitter = nullptr;
    ObjectActions *m_actions = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_countsTimer = nullptr;
    bool m_externalReloadSeen = false;

    QAction *m_newHost = nullptr;
    QAction *m_newApplication = nullptr;
    QAction *m_newPerson = nullptr;
    QAction *m_newAccessGroup = nullptr;
    QAction *m_properties = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_enableDisable = nullptr;
    QAction *m_clone = nullptr;
    QAction *m_moveTo = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_history = nullptr;
    QAction *m_storeHistory = nullptr;
    QAction *m_quit = nullptr;
    QMenu *m_newMenu = nullptr;
};

} // namespace confman
