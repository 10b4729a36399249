#pragma once
// Confman's main window (issue 2): folder tree on the left, the object list
// with its filter on the right, the Problems dock below, commands in the
// toolbar, the Edit menu and the context menus. Follows the store's signals
// and polls it for other users' changes.
#include "models/config/ObjectTypes.h"

#include <QMainWindow>

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
class ProblemsPanel;
class Store;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
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
    QAction *propertiesAction() const { return m_properties; }
    QAction *deleteAction() const { return m_delete; }
    QAction *enableDisableAction() const { return m_enableDisable; }
    QAction *cloneAction() const { return m_clone; }
    QAction *moveToAction() const { return m_moveTo; }
    QAction *newFolderAction() const { return m_newFolder; }
    QAction *findAction() const { return m_find; }
    QAction *refreshAction() const { return m_refresh; }

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
    void saveSettings() const;
    void restoreSettings();

    Store &m_store;
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
    QAction *m_properties = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_enableDisable = nullptr;
    QAction *m_clone = nullptr;
    QAction *m_moveTo = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_quit = nullptr;
    QMenu *m_newMenu = nullptr;
};

} // namespace confman
