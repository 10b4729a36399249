#pragma once
// What the main window's commands do to stored objects: open properties,
// create, delete (refusing or asking as the store's DeleteImpact says),
// enable/disable, clone, move, new folder. Every question goes through
// confman::MessageBox; dialogs open window-modal without blocking.
#include "models/config/ObjectTypes.h"
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

    // Each returns the dialog it opened (nullptr when it opened none).
    QDialog *openProperties(ObjectRef ref);
    QDialog *newHost(DbId folderId);
    QDialog *newApplication(DbId folderId);
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

    Store &m_store;
    QPointer<QWidget> m_window;
};

} // namespace confman
