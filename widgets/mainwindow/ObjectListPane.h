#pragma once
// The right-hand side of the main window: the filter field above the list of
// the kind of object the folder tree selects (hosts, applications and, with a
// PersonStore, persons and access groups), sorted and filtered through
// ObjectFilterProxy. Keeps the selection across reloads. Without a
// PersonStore the Persons and Access Groups folders show a placeholder.
#include "models/config/ObjectTypes.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace confman {

class AccessGroupListModel;
class ApplicationListModel;
class HostListModel;
class PersonListModel;
class PersonStore;
class ObjectFilterProxy;
class ObjectListModel;
class Store;

class ObjectListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectListPane(Store &store, QWidget *parent = nullptr);
    // With `persons` the pane also lists Persons and Access Groups.
    ObjectListPane(Store &store, PersonStore *persons, QWidget *parent = nullptr);
    ~ObjectListPane() override;

    // Shows objects of `kind` in `folders` (std::nullopt = all of them).
    void showKind(ObjectKind kind, std::optional<QSet<DbId>> folders);
    ObjectKind kind() const { return m_kind; }

    QVector<ObjectRef> selectedObjects() const;
    std::optional<ObjectRef> currentObject() const;
    // Selects `ref` if the list shows it; false when it does not.
    bool selectObject(ObjectRef ref);
    bool isObjectEnabled(ObjectRef ref) const;
    // The folder holding `ref` as the list knows it (0 = the root of its kind, or not listed).
    DbId folderOf(ObjectRef ref) const;
    // True when the pane has a list for `kind`.
    bool listsKind(ObjectKind kind) const { return m_lists.contains(kind); }

    void focusFilter();
    void reloadModels();

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *currentView() const;
    QTableView *hostView() const { return m_hostView; }
    QTableView *applicationView() const { return m_appView; }
    QTableView *personView() const { return m_personView; }           // nullptr without a PersonStore
    QTableView *accessGroupView() const { return m_groupView; }        // nullptr without a PersonStore
    HostListModel *hostModel() const { return m_hosts; }
    ApplicationListModel *applicationModel() const { return m_apps; }
    PersonListModel *personModel() const { return m_persons; }         // nullptr without a PersonStore
    AccessGroupListModel *accessGroupModel() const { return m_groups; } // nullptr without a PersonStore
    ObjectFilterProxy *currentProxy() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged();
    void activated(confman::ObjectRef ref);
    void contextMenuRequested(const QPoint &globalPos);

private:
    // One kind's model, its filter and its view.
    struct List
    {
        ObjectListModel *model = nullptr;
        ObjectFilterProxy *proxy = nullptr;
        QTableView *view = nullptr;
    };
    QTableView *addList(ObjectListModel *model, int sortColumn, const QString &objectName,
                        std::initializer_list<int> widthsInEm);
    QTableView *makeView(ObjectFilterProxy *proxy, int sortColumn);
    void keepSelectionAcrossReset(QTableView *view, ObjectFilterProxy *proxy, ObjectListModel *model);
    const List *currentList() const;

    Store &m_store;
    ObjectKind m_kind = ObjectKind::Application;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QHash<ObjectKind, List> m_lists;
    HostListModel *m_hosts = nullptr;
    ApplicationListModel *m_apps = nullptr;
    PersonListModel *m_persons = nullptr;
    AccessGroupListModel *m_groups = nullptr;
    QTableView *m_hostView = nullptr;
    QTableView *m_appView = nullptr;
    QTableView *m_personView = nullptr;
    QTableView *m_groupView = nullptr;
};

} // namespace confman
