#include "widgets/mainwindow/MainWindow.h"


#include "models/auth/PermissionedPersonStore.h"
#include "models/auth/PermissionedStore.h"
#include "models/itemmodels/ObjectTreeModel.h"
#include "models/itemmodels/ProblemsModel.h"
#include "models/store/Store.h"
#include "widgets/history/HistoryDialog.h"
#include "widgets/mainwindow/ObjectActions.h"
#include "widgets/mainwindow/ObjectListPane.h"
#include "widgets/mainwindow/ProblemsPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace confman {

namespace {
// Confman's own icon when the resources are linked in, else the style's.
QIcon themedIcon(const QStyle *style, const char *name, QStyle::StandardPixmap fallback)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    return QFile::exists(path) ? QIcon(path) : style->standardIcon(fallback);
}

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kListsKey = QStringLiteral("mainWindow/lists");
constexpr int kPollIntervalMs = 2000;
} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent) : MainWindow(store, nullptr, parent) {}

MainWindow::MainWindow(Store &store, PersonStore *persons, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_persons(persons),
      m_permissionedStore(qobject_cast<PermissionedStore *>(&store)),
      m_permissionedPersons(qobject_cast<PermissionedPersonStore *>(persons))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Confman \u2014 %1").arg(store.location()));

    m_treeModel = new ObjectTreeModel(store, this);
    m_treeModel->setIcons(themedIcon(style(), "confman-16", QStyle::SP_ComputerIcon),
                          themedIcon(style(), "folder", QStyle::SP_DirIcon));
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->expandToDepth(1);

    m_list = new ObjectListPane(store, persons, this);
    m_actions = new ObjectActions(store, persons, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_list);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 900});
    setCentralWidget(m_splitter);

    m_problems = new ProblemsPanel(store, this);
    auto *dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(QStringLiteral("problemsDock"));
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {150}, Qt::Vertical);
    connect(m_problems, &ProblemsPanel::countChanged, dock, [dock](int n) {
        dock->setWindowTitle(n ? tr("Problems (%1)").arg(n) : tr("Problems"));
    });
    dock->setWindowTitle(m_problems->model()->rowCount() ? tr("Problems (%1)").arg(m_problems->model()->rowCount())
                                                         : tr("Problems"));

    m_locationLabel = new QLabel(tr("Store: %1").arg(store.location()), this);
    m_locationLabel->setObjectName(QStringLiteral("storeLocation"));
    m_locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("objectCounts"));
    statusBar()->addWidget(m_locationLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    createActions();
    createMenusAndToolbar();
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));

    // Tree -> list.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::treeSelectionChanged);
    auto remembered = std::make_shared<std::pair<ObjectKind, DbId>>(ObjectKind::Folder, 0);
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this, [this, remembered] {
        const QModelIndex current = m_tree->currentIndex();
        *remembered = {m_treeModel->kindAt(current), m_treeModel->folderIdAt(current)};
    });
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this, remembered] {
        m_tree->expandToDepth(1);
        if (remembered->first == ObjectKind::Folder || !selectFolder(remembered->first, remembered->second))
            if (!selectFolder(remembered->first, 0))
                m_tree->setCurrentIndex(m_treeModel->environmentIndex());
        treeSelectionChanged();
    });

    connect(m_list, &ObjectListPane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_list, &ObjectListPane::activated, m_actions, &ObjectActions::openProperties);
    connect(m_list, &ObjectListPane::contextMenuRequested, this, &MainWindow::showListContextMenu);
    connect(m_problems, &ProblemsPanel::openObject, m_actions, &ObjectActions::openProperties);
    connect(m_actions, &ObjectActions::objectCreated, this, &MainWindow::selectObject);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_newFolder);
        menu.addSeparator();
        menu.addAction(m_refresh);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });

    // Store -> status bar; coalesced so an import updates the counts once.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(100);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    connect(&store, &Store::objectSaved, m_countsTimer, qOverload<>(&QTimer::start));
    connect(&store, &Store::objectRemoved, m_countsTimer, qOverload<>(&QTimer::start));
    connect(&store, &Store::externallyChanged, this, [this] {
        m_externalReloadSeen = true;
        m_countsTimer->start();
    });
    connect(&store, &Store::objectSaved, this, &MainWindow::updateActions);
    if (persons) {
        connect(persons, &PersonStore::objectSaved, m_countsTimer, qOverload<>(&QTimer::start));
        connect(persons, &PersonStore::objectRemoved, m_countsTimer, qOverload<>(&QTimer::start));
        // A changed membership or grant may change what the acting Person may do.
        connect(persons, &PersonStore::objectSaved, this, &MainWindow::updateActions);
    }

    // Other users' changes arrive through polling the store.
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] { m_store.pollExternalChanges(); });
    m_pollTimer->start();

    selectFolder(ObjectKind::Application);
    updateCounts();
    updateActions();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &text, QStyle::StandardPixmap icon, const QString &name) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        return action;
    };
    m_newHost = make(tr("New &Host..."), QStyle::SP_ComputerIcon, QStringLiteral("newHost"));
    m_newHost->setIcon(themedIcon(style(), "host", QStyle::SP_ComputerIcon));
    m_newHost->setStatusTip(tr("Create a host in the selected folder"));
    m_newApplication = make(tr("New &Application..."), QStyle::SP_FileIcon, QStringLiteral("newApplication"));
    m_newApplication->setIcon(themedIcon(style(), "application", QStyle::SP_FileIcon));
    m_newApplication->setShortcut(QKeySequence::New);
    m_newApplication->setStatusTip(tr("Create an application in the selected folder"));
    m_newPerson = make(tr("New &Person..."), QStyle::SP_DirHomeIcon, QStringLiteral("newPerson"));
    m_newPerson->setStatusTip(tr("Create a person (user) in the selected folder"));
    m_newPerson->setVisible(m_persons != nullptr);
    m_newAccessGroup = make(tr("New A&ccess Group..."), QStyle::SP_DriveNetIcon, QStringLiteral("newAccessGroup"));
    m_newAccessGroup->setStatusTip(tr("Create an access group in the selected folder"));
    m_newAccessGroup->setVisible(m_persons != nullptr);
    m_properties = make(tr("&Properties..."), QStyle::SP_FileDialogDetailedView, QStringLiteral("properties"));
    m_properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_delete = make(tr("&Delete"), QStyle::SP_TrashIcon, QStringLiteral("delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Only while the list has focus: Del in the filter field edits the text.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->hostView()->addAction(m_delete);
    m_list->applicationView()->addAction(m_delete);
    if (m_list->personView()) {
        m_list->personView()->addAction(m_delete);
        m_list->accessGroupView()->addAction(m_delete);
    }
    m_enableDisable = make(tr("Disa&ble"), QStyle::SP_DialogNoButton, QStringLiteral("enableDisable"));
    m_enableDisable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_clone = make(tr("C&lone"), QStyle::SP_FileLinkIcon, QStringLiteral("clone"));
    m_clone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_clone->setStatusTip(tr("Save a disabled copy and open it"));
    m_moveTo = make(tr("&Move To..."), QStyle::SP_ArrowRight, QStringLiteral("moveTo"));
    m_moveTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_newFolder = make(tr("New &Folder..."), QStyle::SP_FileDialogNewFolder, QStringLiteral("newFolder"));
    m_find = make(tr("&Find"), QStyle::SP_FileDialogContentsView, QStringLiteral("find"));
    m_find->setShortcut(QKeySequence::Find);
    m_refresh = make(tr("&Refresh"), QStyle::SP_BrowserReload, QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_history = make(tr("&History..."), QStyle::SP_FileDialogDetailedView, QStringLiteral("history"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setStatusTip(tr("Who changed the selected object, when, and what"));
    m_storeHistory = make(tr("Store Hi&story..."), QStyle::SP_FileDialogInfoView, QStringLiteral("storeHistory"));
    m_storeHistory->setStatusTip(tr("Logins, locks and every change in this store"));
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);

    connect(m_newHost, &QAction::triggered, this, [this] { m_actions->newHost(currentFolderFor(ObjectKind::Host)); });
    connect(m_newApplication, &QAction::triggered, this,
            [this] { m_actions->newApplication(currentFolderFor(ObjectKind::Application)); });
    connect(m_newPerson, &QAction::triggered, this,
            [this] { m_actions->newPerson(currentFolderFor(ObjectKind::Person)); });
    connect(m_newAccessGroup, &QAction::triggered, this,
            [this] { m_actions->newAccessGroup(currentFolderFor(ObjectKind::AccessGroup)); });
    connect(m_properties, &QAction::triggered, this, [this] {
        if (const auto ref = m_list->currentObject())
            m_actions->openProperties(*ref);
    });
    connect(m_delete, &QAction::triggered, this, [this] { m_actions->deleteObjects(m_list->selectedObjects()); });
    connect(m_enableDisable, &QAction::triggered, this, [this] {
        const auto current = m_list->currentObject();
        if (!current)
            return;
        m_actions->setEnabled(m_list->selectedObjects(), !m_list->isObjectEnabled(*current));
        updateActions();
    });
    connect(m_clone, &QAction::triggered, this, [this] {
        if (const auto ref = m_list->currentObject())
            m_actions->cloneObject(*ref);
    });
    connect(m_moveTo, &QAction::triggered, this, [this] { m_actions->moveToFolder(m_list->selectedObjects()); });
    connect(m_newFolder, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid() && !m_treeModel->isEnvironment(current))
            m_actions->newFolder(m_treeModel->kindAt(current), m_treeModel->folderIdAt(current));
    });
    connect(m_find, &QAction::triggered, m_list, &ObjectListPane::focusFilter);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_history, &QAction::triggered, this, [this] {
        if (const auto ref = m_list->currentObject(); ref && m_persons)
            HistoryDialog::showFor(this, *m_persons, *ref);
    });
    connect(m_storeHistory, &QAction::triggered, this, [this] {
        if (m_persons)
            HistoryDialog::showFor(this, *m_persons, std::nullopt);
    });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenusAndToolbar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_refresh);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_newMenu = edit->addMenu(style()->standardIcon(QStyle::SP_FileIcon), tr("&New"));
    m_newMenu->addAction(m_newHost);
    m_newMenu->addAction(m_newApplication);
    m_newMenu->addAction(m_newPerson);
    m_newMenu->addAction(m_newAccessGroup);
    edit->addAction(m_newFolder);
    edit->addSeparator();
    edit->addAction(m_properties);
    edit->addAction(m_enableDisable);
    edit->addAction(m_clone);
    edit->addAction(m_moveTo);
    edit->addSeparator();
    edit->addAction(m_delete);
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    if (m_persons) {
        view->addAction(m_history);
        view->addAction(m_storeHistory);
        view->addSeparator();
    }
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("problemsDock")))
        view->addAction(dock->toggleViewAction());

    QToolBar *bar = addToolBar(tr("Objects"));
    bar->setObjectName(QStringLiteral("objectsToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newHost);
    bar->addAction(m_newApplication);
    if (m_persons) {
        // Persons and Access Groups from a drop-down: they are made less often.
        auto *more = new QToolButton(bar);
        more->setObjectName(QStringLiteral("newDropDown"));
        more->setText(tr("New"));
        more->setIcon(m_newMenu->icon());
        more->setToolTip(tr("New object"));
        more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        more->setPopupMode(QToolButton::InstantPopup);
        more->setMenu(m_newMenu);
        bar->addWidget(more);
    }
    bar->addAction(m_newFolder);
    bar->addSeparator();
    bar->addAction(m_properties);
    bar->addAction(m_enableDisable);
    bar->addAction(m_clone);
    bar->addAction(m_moveTo);
    bar->addAction(m_delete);
    bar->addSeparator();
    bar->addAction(m_refresh);
}

void MainWindow::showListContextMenu(const QPoint &globalPos)
{
    // Only what applies to the kind the list shows.
    const ObjectKind kind = m_list->kind();
    const bool accounts = kind == ObjectKind::Person || kind == ObjectKind::AccessGroup;
    QMenu menu(this);
    menu.addAction(m_properties);
    if (kind != ObjectKind::AccessGroup)
        menu.addAction(m_enableDisable);
    if (!accounts) {
        menu.addAction(m_clone);
        menu.addAction(m_moveTo);
    }
    if (m_persons)
        menu.addAction(m_history);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.addSeparator();
    if (accounts) {
        menu.addAction(m_newPerson);
        menu.addAction(m_newAccessGroup);
    } else {
        menu.addAction(m_newHost);
        menu.addAction(m_newApplication);
    }
    menu.exec(globalPos);
}

bool MainWindow::selectFolder(ObjectKind kind, DbId folderId)
{
    const QModelIndex index = m_treeModel->indexFor(kind, folderId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    return true;
}

bool MainWindow::selectObject(ObjectRef ref)
{
    if (!m_list->listsKind(ref.kind))
        return false;
    if (m_list->kind() != ref.kind)
        selectFolder(ref.kind);
    if (m_list->selectObject(ref))
        return true;
    selectFolder(ref.kind); // it may live in another folder
    if (m_list->selectObject(ref))
        return true;
    m_list->filterEdit()->clear(); // or the filter hides it
    return m_list->selectObject(ref);
}

void MainWindow::treeSelectionChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || m_treeModel->isEnvironment(current)) {
        m_list->showKind(ObjectKind::Application, std::nullopt);
    } else {
        const ObjectKind kind = m_treeModel->kindAt(current);
        const DbId folderId = m_treeModel->folderIdAt(current);
        // A folder shows what it holds and what its sub-folders hold.
        m_list->showKind(kind, folderId == 0 ? std::nullopt
                                             : std::optional(m_treeModel->folderAndDescendants(kind, folderId)));
    }
    updateActions();
}

DbId MainWindow::currentFolderFor(ObjectKind kind) const
{
    const QModelIndex current = m_tree->currentIndex();
    return m_treeModel->kindAt(current) == kind ? m_treeModel->folderIdAt(current) : 0;
}

Permissions MainWindow::rightsOn(ObjectKind kind, DbId folderId) const
{
    if (m_permissionedPersons)
        return m_permissionedPersons->rightsOn(kind, folderId);
    if (m_permissionedStore)
        return m_permissionedStore->rightsOn(kind, folderId);
    return allPermissions();
}

std::optional<Permission> MainWindow::missingOn(const QVector<ObjectRef> &refs, Permission p) const
{
    QSet<std::pair<int, DbId>> checked; // (kind, folder): a selection usually spans one folder
    for (const ObjectRef &ref : refs) {
        const DbId folder = m_list->folderOf(ref);
        if (checked.contains({int(ref.kind), folder}))
            continue;
        checked.insert({int(ref.kind), folder});
        if (!rightsOn(ref.kind, folder).testFlag(p))
            return p;
    }
    return std::nullopt;
}

void MainWindow::allow(QAction *action, bool applicable, std::optional<std::pair<Permission, ObjectKind>> missing)
{
    action->setEnabled(applicable && !missing);
    // An empty tooltip is the action's text again.
    action->setToolTip(applicable && missing ? tr("%1: you do not have the %2 permission on %3.")
                                                   .arg(action->text().remove(u'&').remove(QStringLiteral("...")),
                                                        permissionName(missing->first),
                                                        objectKindPluralName(missing->second))
                                             : QString());
}

void MainWindow::updateActions()
{
    const QVector<ObjectRef> selected = m_list->selectedObjects();
    const auto current = m_list->currentObject();
    const bool any = !selected.isEmpty();
    const ObjectKind kind = m_list->kind();
    const bool accounts = kind == ObjectKind::Person || kind == ObjectKind::AccessGroup;
    auto lacking = [&](const QVector<ObjectRef> &refs, Permission p) -> std::optional<std::pair<Permission, ObjectKind>> {
        if (const auto missing = missingOn(refs, p))
            return std::pair(*missing, kind);
        return std::nullopt;
    };
    auto lackingIn = [&](ObjectKind k, DbId folder, Permission p) -> std::optional<std::pair<Permission, ObjectKind>> {
        if (!rightsOn(k, folder).testFlag(p))
            return std::pair(p, k);
        return std::nullopt;
    };
    const QVector<ObjectRef> currentOnly = current ? QVector<ObjectRef>{*current} : QVector<ObjectRef>{};

    // Properties opens read-only when Change is missing: the dialog's save is refused.
    allow(m_properties, current.has_value(), std::nullopt);
    allow(m_history, current.has_value() && m_persons != nullptr, std::nullopt);
    allow(m_storeHistory, m_persons != nullptr, std::nullopt);
    allow(m_delete, any, lacking(selected, Permission::Delete));
    allow(m_clone, current.has_value() && !accounts,
          current ? lackingIn(kind, m_list->folderOf(*current), Permission::Create) : std::nullopt);
    allow(m_moveTo, any && !accounts, lacking(selected, Permission::Change));
    allow(m_enableDisable, current.has_value() && kind != ObjectKind::AccessGroup,
          lacking(currentOnly, Permission::Change));
    const bool enabled = current && m_list->isObjectEnabled(*current);
    m_enableDisable->setText(current && !enabled ? tr("Ena&ble") : tr("Disa&ble"));
    m_enableDisable->setIcon(style()->standardIcon(current && !enabled ? QStyle::SP_DialogYesButton
                                                                        : QStyle::SP_DialogNoButton));
    allow(m_newHost, true, lackingIn(ObjectKind::Host, currentFolderFor(ObjectKind::Host), Permission::Create));
    allow(m_newApplication, true,
          lackingIn(ObjectKind::Application, currentFolderFor(ObjectKind::Application), Permission::Create));
    allow(m_newPerson, m_persons != nullptr,
          lackingIn(ObjectKind::Person, currentFolderFor(ObjectKind::Person), Permission::Create));
    allow(m_newAccessGroup, m_persons != nullptr,
          lackingIn(ObjectKind::AccessGroup, currentFolderFor(ObjectKind::AccessGroup), Permission::Create));

    const QModelIndex folder = m_tree->currentIndex();
    const ObjectKind folderKind = m_treeModel->kindAt(folder);
    const bool folderApplies = folder.isValid() && !m_treeModel->isEnvironment(folder) &&
                               (folderKind == ObjectKind::Host || folderKind == ObjectKind::Application);
    // A folder is created with the Create right on what it holds, at its parent.
    allow(m_newFolder, folderApplies,
          folderApplies ? lackingIn(folderKind, m_treeModel->folderIdAt(folder), Permission::Create) : std::nullopt);
}

void MainWindow::updateCounts()
{
    const ObjectCounts c = m_store.counts();
    QString text = tr("%1 hosts \u00b7 %2 applications \u00b7 %3 ports \u00b7 %4 connections \u00b7 %5 folders")
                       .arg(c.hosts)
                       .arg(c.applications)
                       .arg(c.ports)
                       .arg(c.connections)
                       .arg(c.folders);
    if (m_persons)
        text += tr(" \u00b7 %1 persons \u00b7 %2 access groups")
                    .arg(m_persons->persons().size())
                    .arg(m_persons->accessGroups().size());
    m_countsLabel->setText(text);
}

void MainWindow::refresh()
{
    m_externalReloadSeen = false;
    m_store.pollExternalChanges();
    if (!m_externalReloadSeen) {
        // Nothing detected: reload anyway, the user asked for it.
        m_treeModel->reload();
        m_list->reloadModels();
        m_problems->model()->reload();
    }
    updateCounts();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kListsKey, m_list->saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_list->restoreState(settings.value(kListsKey).toByteArray());
}

} // namespace confman
