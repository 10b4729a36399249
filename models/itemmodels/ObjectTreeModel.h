#pragma once
// The folder tree: Environment -> Hosts, Applications, Persons, Access Groups
// (the root folders of each kind) with the user folders below them.
// Follows the store: folder saves/removals and external changes reload it.
#include "models/config/Folder.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QSet>
#include <QVector>

namespace confman {

class Store;

class ObjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit ObjectTreeModel(Store &store, QObject *parent = nullptr);

    void reload();
    void setIcons(const QIcon &environment, const QIcon &folder);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex environmentIndex() const;
    // The root folder of `kind` when folderId is 0, else that user folder.
    QModelIndex indexFor(ObjectKind kind, DbId folderId = 0) const;

    bool isEnvironment(const QModelIndex &index) const;
    bool isRootFolder(const QModelIndex &index) const;
    ObjectKind kindAt(const QModelIndex &index) const;  // the kind a folder holds
    DbId folderIdAt(const QModelIndex &index) const;    // 0 for root folders / Environment
    QString pathOf(const QModelIndex &index) const;     // "Applications/Site A/Routing"

    // `folderId` and every folder below it; for folderId 0, 0 and all folders of the kind.
    QSet<DbId> folderAndDescendants(ObjectKind kind, DbId folderId) const;

    static const QVector<ObjectKind> &rootKinds();

private:
    struct Node
    {
        QString name;
        ObjectKind kind = ObjectKind::Folder; // kind the folder holds; Folder for Environment
        DbId folderId = 0;
        int parent = -1;
        QVector<int> children;
    };
    int nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int node) const;
    void onChanged(ObjectRef ref);

    Store &m_store;
    QVector<Node> m_nodes; // 0 = Environment
    QHash<DbId, int> m_nodeByFolder;
    QIcon m_environmentIcon;
    QIcon m_folderIcon;
};

} // namespace confman
