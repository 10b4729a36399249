#pragma once
// What the main window's commands do to stored objects: open properties,
// create, delete (refusing or asking as the store's DeleteImpact says),
// enable/disable, clone, move, new folder. With a PersonStore also Persons
// (new, properties, delete, enable/disable) and Access Groups (new,
// properties, delete). Every question goes through confman::MessageBox;
// dialogs open window-modal without blocking.
#include "models/config/ObjectTypes.h"
#include "models/store/PersonStore.h"
#include "models/store/Store.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace confman {

class ObjectActions : public QObject
{
    Q_OBJECT
public:
    ObjectActions(Store &store, QWidget *parentWindow);
    ObjectActions(Store &store, PersonStore *persons, QWidget *parentWindow);

    PersonStore *personStore() const { return m_persons; }

    // Each returns the dialog it opened (nullptr when it opened none).
    QDialog *openProperties(ObjectRef ref);
    QDialog *newHost(DbId folderId);
    QDialog *newApplication(DbId folderId);
    // nullptr without a PersonStore.
    QDialog *newPerson(DbId folderId);
    QDialog *newAccessGroup(DbId folderId);
    // Saves a disabled "Copy of <name>" and opens its properties.
    QDialog *cloneObject(ObjectRef ref);
    QDialog *moveToFolder(const QVector<ObjectRef> &refs);
    QDialog *newFolder(ObjectKind kind, DbId parentFolderId);

    // True when everything asked for was deleted.
    bool deleteObjects(const QVector<ObjectRef> &refs);
    bool setEnabled(const QVector<ObjectRef> &refs, bool enabled);

    QString displayName(ObjectRef ref) const;
    // "Copy of X", or "Copy of X (2)", ... when that name is taken.
    QString cloneName(ObjectKind kind, const QString &name) const;

Q_SIGNALS:
    // A new or cloned object was saved: the window selects it.
    void objectCreated(confman::ObjectRef ref);

private:
    QDialog *showDialog(QDialog *dialog);
    void showRefusal(const QString &title, const SaveResult &result);
    DeleteImpact deleteImpact(ObjectRef ref) const;
    SaveResult remove(ObjectRef ref);
    SaveResult setObjectEnabled(ObjectRef ref, bool enabled);

    Store &m_store;
    PersonStore *m_persons = nullptr;
    QPointer<QWidget> m_window;
};

} // namespace confman
