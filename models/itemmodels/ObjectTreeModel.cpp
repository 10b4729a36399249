#include "models/itemmodels/ObjectTreeModel.h"

#include "models/itemmodels/ItemRoles.h"
#include "models/itemmodels/NaturalCompare.h"
#include "models/store/Store.h"

#include <algorithm>

namespace confman {

ObjectTreeModel::ObjectTreeModel(Store &store, QObject *parent) : QAbstractItemModel(parent), m_store(store)
{
    connect(&store, &Store::objectSaved, this, &ObjectTreeModel::onChanged);
    connect(&store, &Store::objectRemoved, this, &ObjectTreeModel::onChanged);
    connect(&store, &Store::externallyChanged, this, &ObjectTreeModel::reload);
    reload();
}

const QVector<ObjectKind> &ObjectTreeModel::rootKinds()
{
    static const QVector<ObjectKind> kinds = {ObjectKind::Host, ObjectKind::Application, ObjectKind::Person,
                                              ObjectKind::AccessGroup};
    return kinds;
}

void ObjectTreeModel::onChanged(ObjectRef ref)
{
    if (ref.kind == ObjectKind::Folder)
        reload();
}

void ObjectTreeModel::setIcons(const QIcon &environment, const QIcon &folder)
{
    m_environmentIcon = environment;
    m_folderIcon = folder;
    if (!m_nodes.isEmpty())
        Q_EMIT dataChanged(environmentIndex(), environmentIndex());
}

void ObjectTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_nodeByFolder.clear();
    m_nodes.append(Node{tr("Environment"), ObjectKind::Folder, 0, -1, {}});
    QHash<ObjectKind, int> roots;
    for (ObjectKind kind : rootKinds()) {
        const int n = m_nodes.size();
        m_nodes.append(Node{objectKindPluralName(kind), kind, 0, 0, {}});
        m_nodes[0].children.append(n);
        roots.insert(kind, n);
    }

    const QVector<Folder> folders = m_store.folders();
    QHash<DbId, const Folder *> byId;
    for (const Folder &f : folders)
        if (roots.contains(f.contains) && f.id != 0)
            byId.insert(f.id, &f);
    // Attach breadth-first from each root so a folder whose parent is missing,
    // of another kind or part of a cycle ends up directly below its root.
    QHash<DbId, QVector<const Folder *>> childrenOf;
    for (const Folder *f : byId) {
        const Folder *p = byId.value(f->parentId);
        const bool validParent = p && p->contains == f->contains && f->parentId != f->id;
        childrenOf[validParent ? f->parentId : -int(f->contains) - 1].append(f);
    }
    auto attach = [&](int parentNode, QVector<const Folder *> kids) {
        std::sort(kids.begin(), kids.end(),
                  [](const Folder *a, const Folder *b) { return naturalCompare(a->name, b->name) < 0; });
        QVector<int> added;
        for (const Folder *f : kids) {
            if (m_nodeByFolder.contains(f->id))
                continue;
            const int n = m_nodes.size();
            m_nodes.append(Node{f->name, f->contains, f->id, parentNode, {}});
            m_nodes[parentNode].children.append(n);
            m_nodeByFolder.insert(f->id, n);
            added.append(n);
        }
        return added;
    };
    for (ObjectKind kind : rootKinds()) {
        QVector<int> queue = attach(roots.value(kind), childrenOf.value(-int(kind) - 1));
        while (!queue.isEmpty()) {
            const int n = queue.takeFirst();
            queue += attach(n, childrenOf.value(m_nodes.at(n).folderId));
        }
        // Cycles never reach a root: hang their members below the root.
        QVector<const Folder *> orphans;
        for (const Folder *f : byId)
            if (f->contains == kind && !m_nodeByFolder.contains(f->id))
                orphans.append(f);
        queue = attach(roots.value(kind), orphans);
        while (!queue.isEmpty()) {
            const int n = queue.takeFirst();
            queue += attach(n, childrenOf.value(m_nodes.at(n).folderId));
        }
    }
    endResetModel();
}

int ObjectTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex ObjectTreeModel::indexOfNode(int node) const
{
    if (node < 0 || node >= m_nodes.size())
        return {};
    const int parent = m_nodes.at(node).parent;
    const int row = parent < 0 ? 0 : int(m_nodes.at(parent).children.indexOf(node));
    return createIndex(row, 0, quintptr(node));
}

QModelIndex ObjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_nodes.isEmpty() ? createIndex(0, 0, quintptr(0)) : QModelIndex();
    const int p = nodeOf(parent);
    if (p < 0 || row >= m_nodes.at(p).children.size())
        return {};
    return createIndex(row, 0, quintptr(m_nodes.at(p).children.at(row)));
}

QModelIndex ObjectTreeModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n <= 0)
        return {};
    return indexOfNode(m_nodes.at(n).parent);
}

int ObjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return m_nodes.at(nodeOf(parent)).children.size();
}

int ObjectTreeModel::columnCount(const QModelIndex &) const { return 1; }

QVariant ObjectTreeModel::data(const QModelIndex &index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0)
        return {};
    const Node &node = m_nodes.at(n);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node.name;
    case Qt::ToolTipRole:
        return pathOf(index);
    case Qt::DecorationRole:
        return n == 0 ? m_environmentIcon : m_folderIcon;
    case ObjectIdRole:
        return node.folderId;
    case ObjectKindRole:
        return int(node.kind);
    default:
        return {};
    }
}

QVariant ObjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Folders");
    return {};
}

QModelIndex ObjectTreeModel::environmentIndex() const { return indexOfNode(0); }

QModelIndex ObjectTreeModel::indexFor(ObjectKind kind, DbId folderId) const
{
    if (folderId != 0) {
        const int n = m_nodeByFolder.value(folderId, -1);
        return n >= 0 && m_nodes.at(n).kind == kind ? indexOfNode(n) : QModelIndex();
    }
    for (int n : m_nodes.value(0).children)
        if (m_nodes.at(n).kind == kind)
            return indexOfNode(n);
    return {};
}

bool ObjectTreeModel::isEnvironment(const QModelIndex &index) const { return nodeOf(index) == 0; }

bool ObjectTreeModel::isRootFolder(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n > 0 && m_nodes.at(n).parent == 0;
}

ObjectKind ObjectTreeModel::kindAt(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n < 0 ? ObjectKind::Folder : m_nodes.at(n).kind;
}

DbId ObjectTreeModel::folderIdAt(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n < 0 ? 0 : m_nodes.at(n).folderId;
}

QString ObjectTreeModel::pathOf(const QModelIndex &index) const
{
    QStringList parts;
    for (int n = nodeOf(index); n > 0; n = m_nodes.at(n).parent)
        parts.prepend(m_nodes.at(n).name);
    return parts.join(u'/');
}

QSet<DbId> ObjectTreeModel::folderAndDescendants(ObjectKind kind, DbId folderId) const
{
    QSet<DbId> ids{folderId};
    const QModelIndex start = indexFor(kind, folderId);
    if (!start.isValid())
        return ids;
    QVector<int> stack{nodeOf(start)};
    while (!stack.isEmpty()) {
        const int n = stack.takeLast();
        for (int c : m_nodes.at(n).children) {
            ids.insert(m_nodes.at(c).folderId);
            stack.append(c);
        }
    }
    return ids;
}

} // namespace confman
