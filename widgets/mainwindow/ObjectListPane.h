#pragma once
// The right-hand side of the main window: the filter field above the list of
// the kind of object the folder tree selects (hosts or applications), sorted
// and filtered through ObjectFilterProxy. Keeps the selection across reloads.
#include "models/config/ObjectTypes.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace confman {

class ApplicationListModel;
class HostListModel;
class ObjectFilterProxy;
class ObjectListModel;
class Store;

class ObjectListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectListPane(Store &store, QWidget *parent = nullptr);
    ~ObjectListPane() override;

    // Shows objects of `kind` in `folders` (std::nullopt = all of them).
    void showKind(ObjectKind kind, std::optional<QSet<DbId>> folders);
    ObjectKind kind() const { return m_kind; }

    QVector<ObjectRef> selectedObjects() const;
    std::optional<ObjectRef> currentObject() const;
    // Selects `ref` if the list shows it; false when it does not.
    bool selectObject(ObjectRef ref);
    bool isObjectEnabled(ObjectRef ref) const;

    void focusFilter();
    void reloadModels();

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *currentView() const;
    QTableView *hostView() const { return m_hostView; }
    QTableView *applicationView() const { return m_appView; }
    HostListModel *hostModel() const { return m_hosts; }
    ApplicationListModel *applicationModel() const { return m_apps; }
    ObjectFilterProxy *currentProxy() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged();
    void activated(confman::ObjectRef ref);
    void contextMenuRequested(const QPoint &globalPos);

private:
    QTableView *makeView(ObjectFilterProxy *proxy, int sortColumn);
    void keepSelectionAcrossReset(QTableView *view, ObjectFilterProxy *proxy, ObjectListModel *model);
    ObjectListModel *currentModel() const;

    Store &m_store;
    ObjectKind m_kind = ObjectKind::Application;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    HostListModel *m_hosts = nullptr;
    ApplicationListModel *m_apps = nullptr;
    ObjectFilterProxy *m_hostProxy = nullptr;
    ObjectFilterProxy *m_appProxy = nullptr;
    QTableView *m_hostView = nullptr;
    QTableView *m_appView = nullptr;
};

} // namespace confman
