#include "widgets/mainwindow/ObjectListPane.h"

#include "models/itemmodels/AccessGroupListModel.h"
#include "models/itemmodels/ApplicationListModel.h"
#include "models/itemmodels/HostListModel.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ObjectFilterProxy.h"
#include "models/itemmodels/PersonListModel.h"

#include <QDataStream>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace confman {

ObjectListPane::ObjectListPane(Store &store, QWidget *parent) : ObjectListPane(store, nullptr, parent) {}

ObjectListPane::ObjectListPane(Store &store, PersonStore *persons, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("objectFilter"));
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F): type to filter on every column"));
    m_filter->setClearButtonEnabled(true);

    m_stack = new QStackedWidget(this);
    // Default widths that show the demo's longest values; saved layouts override them.
    m_hosts = new HostListModel(store, this);
    m_hostView = addList(m_hosts, HostListModel::NameColumn, QStringLiteral("hostList"), {16, 20, 8, 7, 7});
    m_apps = new ApplicationListModel(store, this);
    m_appView = addList(m_apps, ApplicationListModel::NameColumn, QStringLiteral("applicationList"),
                        {14, 15, 8, 6, 30, 10});
    if (persons) {
        m_persons = new PersonListModel(*persons, this);
        m_personView = addList(m_persons, PersonListModel::UserNameColumn, QStringLiteral("personList"),
                               {10, 10, 10, 8, 7, 18, 16});
        m_groups = new AccessGroupListModel(*persons, this);
        m_groupView = addList(m_groups, AccessGroupListModel::NameColumn, QStringLiteral("accessGroupList"),
                              {18, 7, 7, 30});
    }

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);
    m_stack->setCurrentWidget(m_appView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (const List &list : std::as_const(m_lists))
            list.proxy->setFilterText(text);
    });
}

QTableView *ObjectListPane::addList(ObjectListModel *model, int sortColumn, const QString &objectName,
                                    std::initializer_list<int> widthsInEm)
{
    auto *proxy = new ObjectFilterProxy(this);
    proxy->setSourceModel(model);
    QTableView *view = makeView(proxy, sortColumn);
    view->setObjectName(objectName);
    const int em = fontMetrics().horizontalAdvance(u'M');
    int column = 0;
    for (int w : widthsInEm)
        view->horizontalHeader()->resizeSection(column++, w * em);
    keepSelectionAcrossReset(view, proxy, model);
    m_stack->addWidget(view);
    m_lists.insert(model->kind(), List{model, proxy, view});
    return view;
}

ObjectListPane::~ObjectListPane() = default;

QTableView *ObjectListPane::makeView(ObjectFilterProxy *proxy, int sortColumn)
{
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 50,000 rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setHighlightSections(false);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ObjectListPane::selectionChanged);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ObjectListPane::selectionChanged);
    // activated = double-click or Enter, as the platform defines it.
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const auto kind = ObjectKind(index.data(ObjectKindRole).toInt());
        Q_EMIT activated({kind, index.data(ObjectIdRole).toLongLong()});
    });
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { Q_EMIT contextMenuRequested(view->viewport()->mapToGlobal(pos)); });
    return view;
}

void ObjectListPane::keepSelectionAcrossReset(QTableView *view, ObjectFilterProxy *proxy, ObjectListModel *model)
{
    // A reload (external change, F5) resets the model; put the user's
    // selection back by object id afterwards.
    struct Saved
    {
        QVector<DbId> selected;
        DbId current = 0;
    };
    auto saved = std::make_shared<Saved>();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [=] {
        saved->selected.clear();
        saved->current = 0;
        for (const QModelIndex &i : view->selectionModel()->selectedRows())
            saved->selected.append(i.data(ObjectIdRole).toLongLong());
        if (view->currentIndex().isValid())
            saved->current = view->currentIndex().data(ObjectIdRole).toLongLong();
    });
    connect(proxy, &QAbstractItemModel::modelReset, this, [=] {
        QItemSelection selection;
        for (DbId id : std::as_const(saved->selected)) {
            const int row = model->rowOf(id);
            if (row < 0)
                continue;
            const QModelIndex p = proxy->mapFromSource(model->index(row, 0));
            if (p.isValid())
                selection.select(p, p.siblingAtColumn(proxy->columnCount() - 1));
        }
        const int currentRow = saved->current ? model->rowOf(saved->current) : -1;
        const QModelIndex current = currentRow >= 0 ? proxy->mapFromSource(model->index(currentRow, 0)) : QModelIndex();
        if (current.isValid())
            view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        Q_EMIT selectionChanged();
    });
}

void ObjectListPane::showKind(ObjectKind kind, std::optional<QSet<DbId>> folders)
{
    m_kind = kind;
    if (const auto it = m_lists.constFind(kind); it != m_lists.constEnd()) {
        it->proxy->setFolderFilter(std::move(folders));
        m_stack->setCurrentWidget(it->view);
    } else {
        m_placeholder->setText(tr("%1 are managed under Security (users and permissions); "
                                  "this list shows hosts and applications.")
                                   .arg(objectKindPluralName(kind)));
        m_stack->setCurrentWidget(m_placeholder);
    }
    Q_EMIT selectionChanged();
}

QTableView *ObjectListPane::currentView() const
{
    return qobject_cast<QTableView *>(m_stack->currentWidget());
}

const ObjectListPane::List *ObjectListPane::currentList() const
{
    for (const List &list : m_lists)
        if (m_stack->currentWidget() == list.view)
            return &list;
    return nullptr;
}

ObjectFilterProxy *ObjectListPane::currentProxy() const
{
    const List *list = currentList();
    return list ? list->proxy : nullptr;
}

QVector<ObjectRef> ObjectListPane::selectedObjects() const
{
    QVector<ObjectRef> refs;
    QTableView *view = currentView();
    if (!view)
        return refs;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        refs.append({ObjectKind(i.data(ObjectKindRole).toInt()), i.data(ObjectIdRole).toLongLong()});
    return refs;
}

std::optional<ObjectRef> ObjectListPane::currentObject() const
{
    QTableView *view = currentView();
    if (!view)
        return std::nullopt;
    QModelIndex i = view->currentIndex();
    if (!i.isValid() || !view->selectionModel()->isRowSelected(i.row(), {})) {
        const auto rows = view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return std::nullopt;
        i = rows.first();
    }
    return ObjectRef{ObjectKind(i.data(ObjectKindRole).toInt()), i.data(ObjectIdRole).toLongLong()};
}

bool ObjectListPane::selectObject(ObjectRef ref)
{
    const auto it = m_lists.constFind(ref.kind);
    if (it == m_lists.constEnd())
        return false;
    const int row = it->model->rowOf(ref.id);
    if (row < 0)
        return false;
    const QModelIndex p = it->proxy->mapFromSource(it->model->index(row, 0));
    if (!p.isValid())
        return false;
    it->view->selectionModel()->setCurrentIndex(p, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    it->view->scrollTo(p);
    return true;
}

bool ObjectListPane::isObjectEnabled(ObjectRef ref) const
{
    const auto it = m_lists.constFind(ref.kind);
    const int row = it == m_lists.constEnd() ? -1 : it->model->rowOf(ref.id);
    return row >= 0 && it->model->enabledAt(row);
}

DbId ObjectListPane::folderOf(ObjectRef ref) const
{
    const auto it = m_lists.constFind(ref.kind);
    const int row = it == m_lists.constEnd() ? -1 : it->model->rowOf(ref.id);
    return row >= 0 ? it->model->folderIdAt(row) : 0;
}

void ObjectListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ObjectListPane::reloadModels()
{
    for (const List &list : std::as_const(m_lists))
        list.model->reload();
}

QByteArray ObjectListPane::saveState() const
{
    // Version 1 held hosts and applications; version 2 adds persons and
    // access groups (empty without a PersonStore).
    auto header = [](const QTableView *view) { return view ? view->horizontalHeader()->saveState() : QByteArray(); };
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(2) << header(m_hostView) << header(m_appView) << header(m_personView) << header(m_groupView);
    return state;
}

void ObjectListPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray hosts, apps, persons, groups;
    in >> version >> hosts >> apps;
    if (version == 2)
        in >> persons >> groups;
    if (in.status() != QDataStream::Ok || (version != 1 && version != 2))
        return; // unknown or damaged settings: keep the defaults
    m_hostView->horizontalHeader()->restoreState(hosts);
    m_appView->horizontalHeader()->restoreState(apps);
    if (m_personView && !persons.isEmpty())
        m_personView->horizontalHeader()->restoreState(persons);
    if (m_groupView && !groups.isEmpty())
        m_groupView->horizontalHeader()->restoreState(groups);
}

} // namespace confman
