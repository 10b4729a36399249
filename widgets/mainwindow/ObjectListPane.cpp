#include "widgets/mainwindow/ObjectListPane.h"

#include "models/itemmodels/ApplicationListModel.h"
#include "models/itemmodels/HostListModel.h"
#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/ObjectFilterProxy.h"

#include <QDataStream>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace confman {

ObjectListPane::ObjectListPane(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("objectFilter"));
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F): type to filter on every column"));
    m_filter->setClearButtonEnabled(true);

    m_hosts = new HostListModel(store, this);
    m_apps = new ApplicationListModel(store, this);
    m_hostProxy = new ObjectFilterProxy(this);
    m_hostProxy->setSourceModel(m_hosts);
    m_appProxy = new ObjectFilterProxy(this);
    m_appProxy->setSourceModel(m_apps);

    m_hostView = makeView(m_hostProxy, HostListModel::NameColumn);
    m_hostView->setObjectName(QStringLiteral("hostList"));
    m_appView = makeView(m_appProxy, ApplicationListModel::NameColumn);
    m_appView->setObjectName(QStringLiteral("applicationList"));
    // Default widths that show the demo's longest values; saved layouts override them.
    const int em = fontMetrics().horizontalAdvance(u'M');
    auto widths = [](QTableView *view, std::initializer_list<int> sizes) {
        int c = 0;
        for (int w : sizes)
            view->horizontalHeader()->resizeSection(c++, w);
    };
    widths(m_hostView, {16 * em, 20 * em, 8 * em, 7 * em, 7 * em});
    widths(m_appView, {14 * em, 15 * em, 8 * em, 6 * em, 30 * em, 10 * em});
    keepSelectionAcrossReset(m_hostView, m_hostProxy, m_hosts);
    keepSelectionAcrossReset(m_appView, m_appProxy, m_apps);

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_hostView);
    m_stack->addWidget(m_appView);
    m_stack->addWidget(m_placeholder);
    m_stack->setCurrentWidget(m_appView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_hostProxy->setFilterText(text);
        m_appProxy->setFilterText(text);
    });
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
    switch (kind) {
    case ObjectKind::Host:
        m_hostProxy->setFolderFilter(std::move(folders));
        m_stack->setCurrentWidget(m_hostView);
        break;
    case ObjectKind::Application:
        m_appProxy->setFolderFilter(std::move(folders));
        m_stack->setCurrentWidget(m_appView);
        break;
    default:
        m_placeholder->setText(tr("%1 are managed under Security (users and permissions); "
                                  "this list shows hosts and applications.")
                                   .arg(objectKindPluralName(kind)));
        m_stack->setCurrentWidget(m_placeholder);
        break;
    }
    Q_EMIT selectionChanged();
}

QTableView *ObjectListPane::currentView() const
{
    return qobject_cast<QTableView *>(m_stack->currentWidget());
}

ObjectFilterProxy *ObjectListPane::currentProxy() const
{
    if (m_stack->currentWidget() == m_hostView)
        return m_hostProxy;
    if (m_stack->currentWidget() == m_appView)
        return m_appProxy;
    return nullptr;
}

ObjectListModel *ObjectListPane::currentModel() const
{
    if (m_stack->currentWidget() == m_hostView)
        return m_hosts;
    if (m_stack->currentWidget() == m_appView)
        return m_apps;
    return nullptr;
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
    ObjectListModel *model = ref.kind == ObjectKind::Host ? static_cast<ObjectListModel *>(m_hosts) : m_apps;
    ObjectFilterProxy *proxy = ref.kind == ObjectKind::Host ? m_hostProxy : m_appProxy;
    QTableView *view = ref.kind == ObjectKind::Host ? m_hostView : m_appView;
    const int row = model->rowOf(ref.id);
    if (row < 0)
        return false;
    const QModelIndex p = proxy->mapFromSource(model->index(row, 0));
    if (!p.isValid())
        return false;
    view->selectionModel()->setCurrentIndex(
        p, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(p);
    return true;
}

bool ObjectListPane::isObjectEnabled(ObjectRef ref) const
{
    const ObjectListModel *model = ref.kind == ObjectKind::Host ? static_cast<ObjectListModel *>(m_hosts) : m_apps;
    const int row = model->rowOf(ref.id);
    return row >= 0 && model->enabledAt(row);
}

void ObjectListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ObjectListPane::reloadModels()
{
    m_hosts->reload();
    m_apps->reload();
}

QByteArray ObjectListPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_hostView->horizontalHeader()->saveState() << m_appView->horizontalHeader()->saveState();
    return state;
}

void ObjectListPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray hosts, apps;
    in >> version >> hosts >> apps;
    if (in.status() != QDataStream::Ok || version != 1)
        return; // unknown or damaged settings: keep the defaults
    m_hostView->horizontalHeader()->restoreState(hosts);
    m_appView->horizontalHeader()->restoreState(apps);
}

} // namespace confman
