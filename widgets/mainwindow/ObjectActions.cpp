#include "widgets/mainwindow/ObjectActions.h"

#include "widgets/common/MessageBox.h"
#include "widgets/mainwindow/FolderPickerDialog.h"
#include "widgets/properties/AccessGroupPropertiesDialog.h"
#include "widgets/properties/ApplicationPropertiesDialog.h"
#include "widgets/properties/HostPropertiesDialog.h"
#include "widgets/properties/PersonPropertiesDialog.h"

#include <QInputDialog>

namespace confman {

namespace {
// Long dependent lists (a host with thousands of applications) stay readable:
// the first few in the text, all of them in the details.
QString bulletList(const QStringList &items, int limit = 15)
{
    QString text;
    for (int i = 0; i < items.size() && i < limit; ++i)
        text += QStringLiteral("\n  \u2022 ") + items.at(i);
    if (items.size() > limit)
        text += QStringLiteral("\n  ") + QObject::tr("... and %n more", nullptr, int(items.size() - limit));
    return text;
}
} // namespace

ObjectActions::ObjectActions(Store &store, QWidget *parentWindow) : ObjectActions(store, nullptr, parentWindow) {}

ObjectActions::ObjectActions(Store &store, PersonStore *persons, QWidget *parentWindow)
    : QObject(parentWindow), m_store(store), m_persons(persons), m_window(parentWindow)
{
}

QString ObjectActions::displayName(ObjectRef ref) const
{
    switch (ref.kind) {
    case ObjectKind::Host:
        if (const auto h = m_store.hostSummary(ref.id))
            return h->name;
        break;
    case ObjectKind::Application:
        if (const auto a = m_store.applicationSummary(ref.id))
            return a->name;
        break;
    case ObjectKind::Person:
        if (const auto p = m_persons ? m_persons->person(ref.id) : std::nullopt)
            return p->userName;
        break;
    case ObjectKind::AccessGroup:
        if (const auto g = m_persons ? m_persons->accessGroup(ref.id) : std::nullopt)
            return g->name;
        break;
    default:
        break;
    }
    return QString::number(ref.id);
}

QDialog *ObjectActions::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, returns at once: the main window keeps its event loop
    return dialog;
}

void ObjectActions::showRefusal(const QString &title, const SaveResult &result)
{
    QStringList lines;
    for (const Finding &f : result.findings)
        if (f.isError())
            lines << f.message;
    if (!result.error.isEmpty())
        lines << result.error;
    if (result.conflict)
        lines << tr("Someone else changed or deleted it meanwhile; the list shows the current state.");
    MessageBox::warning(m_window, title, lines.isEmpty() ? tr("The store refused the change.") : lines.join(u'\n'));
}

QDialog *ObjectActions::openProperties(ObjectRef ref)
{
    switch (ref.kind) {
    case ObjectKind::Host:
        if (auto host = m_store.host(ref.id))
            return showDialog(new HostPropertiesDialog(m_store, *host, m_window));
        break;
    case ObjectKind::Application:
        if (auto app = m_store.application(ref.id))
            return showDialog(new ApplicationPropertiesDialog(m_store, *app, m_window));
        break;
    case ObjectKind::Person:
        if (!m_persons)
            return nullptr;
        // No AuditLog here: a PermissionedPersonStore audits every save itself.
        if (auto person = m_persons->person(ref.id))
            return showDialog(new PersonPropertiesDialog(*m_persons, m_store, *person, PasswordHasher(), nullptr,
                                                         m_window));
        break;
    case ObjectKind::AccessGroup:
        if (!m_persons)
            return nullptr;
        if (auto group = m_persons->accessGroup(ref.id))
            return showDialog(new AccessGroupPropertiesDialog(*m_persons, m_store, *group, m_window));
        break;
    default:
        return nullptr;
    }
    MessageBox::warning(m_window, tr("Properties"), tr("The object no longer exists; someone deleted it."));
    return nullptr;
}

QDialog *ObjectActions::newHost(DbId folderId)
{
    Host host;
    host.folderId = folderId;
    auto *dialog = new HostPropertiesDialog(m_store, host, m_window);
    connect(dialog, &HostPropertiesDialog::saved, this, &ObjectActions::objectCreated);
    return showDialog(dialog);
}

QDialog *ObjectActions::newApplication(DbId folderId)
{
    Application app;
    app.folderId = folderId;
    app.serverInfo.ports = {Port{}}; // the first port's id is `default` (SPEC S1)
    auto *dialog = new ApplicationPropertiesDialog(m_store, app, m_window);
    connect(dialog, &ApplicationPropertiesDialog::saved, this, &ObjectActions::objectCreated);
    return showDialog(dialog);
}

QDialog *ObjectActions::newPerson(DbId folderId)
{
    if (!m_persons)
        return nullptr;
    Person person;
    person.folderId = folderId;
    auto *dialog = new PersonPropertiesDialog(*m_persons, m_store, person, PasswordHasher(), nullptr, m_window);
    connect(dialog, &PersonPropertiesDialog::saved, this, &ObjectActions::objectCreated);
    return showDialog(dialog);
}

QDialog *ObjectActions::newAccessGroup(DbId folderId)
{
    if (!m_persons)
        return nullptr;
    AccessGroup group;
    group.folderId = folderId;
    auto *dialog = new AccessGroupPropertiesDialog(*m_persons, m_store, group, m_window);
    connect(dialog, &AccessGroupPropertiesDialog::saved, this, &ObjectActions::objectCreated);
    return showDialog(dialog);
}

QString ObjectActions::cloneName(ObjectKind kind, const QString &name) const
{
    auto taken = [&](const QString &candidate) {
        return kind == ObjectKind::Host ? m_store.hostIdByName(candidate).has_value()
                                        : m_store.applicationIdByName(candidate).has_value();
    };
    const QString base = tr("Copy of %1").arg(name);
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return candidate;
}

QDialog *ObjectActions::cloneObject(ObjectRef ref)
{
    SaveResult result;
    if (ref.kind == ObjectKind::Host) {
        auto host = m_store.host(ref.id);
        if (!host)
            return nullptr;
        Host copy = *host;
        copy.id = 0;
        copy.version = 0;
        copy.name = cloneName(ref.kind, host->name);
        copy.enabled = false; // a copy must not go live by accident
        result = m_store.save(copy);
    } else if (ref.kind == ObjectKind::Application) {
        auto app = m_store.application(ref.id);
        if (!app)
            return nullptr;
        Application copy = *app;
        copy.id = 0;
        copy.version = 0;
        copy.name = cloneName(ref.kind, app->name);
        copy.enabled = false; // disabled: its ports do not collide with the original's
        // A backup serves one primary: the copy starts without one.
        copy.serverInfo.backupId = 0;
        copy.serverInfo.redundancyType = RedundancyType::NotSpecified;
        result = m_store.save(copy);
    } else {
        return nullptr;
    }
    if (!result.ok) {
        showRefusal(tr("Clone"), result);
        return nullptr;
    }
    const ObjectRef created{ref.kind, result.id};
    Q_EMIT objectCreated(created);
    return openProperties(created);
}

bool ObjectActions::deleteObjects(const QVector<ObjectRef> &refs)
{
    if (refs.isEmpty())
        return false;
    QStringList refused;      // "name: reason"
    QStringList refusedItems; // the dependents that block
    QStringList names;
    QStringList goesWith;     // connections and backup references removed too
    QVector<ObjectRef> deletable;
    for (const ObjectRef &ref : refs) {
        const DeleteImpact impact = deleteImpact(ref);
        const QString name = displayName(ref);
        if (!impact.allowed) {
            refused << impact.reason;
            refusedItems += impact.dependents;
            continue;
        }
        deletable.append(ref);
        names << QStringLiteral("%1 \"%2\"").arg(objectKindName(ref.kind).toLower(), name);
        goesWith += impact.dependents;
    }
    if (!refused.isEmpty()) {
        QString text = refused.join(u'\n');
        if (!refusedItems.isEmpty())
            text += QStringLiteral("\n\n") + tr("Used by:") + bulletList(refusedItems);
        MessageBox::warning(m_window, tr("Cannot Delete"), text, QMessageBox::Ok, QMessageBox::Ok,
                            refusedItems.join(u'\n'));
        if (deletable.isEmpty())
            return false;
    }

    QString question = deletable.size() == 1 ? tr("Delete %1?").arg(names.first())
                                             : tr("Delete these %n objects?", nullptr, int(deletable.size())) +
                                                   bulletList(names);
    if (!goesWith.isEmpty())
        question += QStringLiteral("\n\n") + tr("These references to it are deleted with it:") + bulletList(goesWith);
    if (MessageBox::question(m_window, tr("Delete"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                             goesWith.join(u'\n')) != QMessageBox::Yes)
        return false;

    bool allDeleted = refused.isEmpty();
    for (const ObjectRef &ref : std::as_const(deletable)) {
        const SaveResult result = remove(ref);
        if (!result.ok) {
            showRefusal(tr("Delete"), result);
            allDeleted = false;
        }
    }
    return allDeleted;
}

bool ObjectActions::setEnabled(const QVector<ObjectRef> &refs, bool enabled)
{
    bool all = true;
    for (const ObjectRef &ref : refs) {
        const SaveResult result = setObjectEnabled(ref, enabled);
        if (!result.ok) {
            showRefusal(enabled ? tr("Enable %1").arg(displayName(ref)) : tr("Disable %1").arg(displayName(ref)),
                        result);
            all = false;
        }
    }
    return all;
}

DeleteImpact ObjectActions::deleteImpact(ObjectRef ref) const
{
    if (ref.kind != ObjectKind::Person && ref.kind != ObjectKind::AccessGroup)
        return m_store.deleteImpact(ref);
    DeleteImpact impact;
    if (ref.kind == ObjectKind::Person) {
        const auto person = m_persons ? m_persons->person(ref.id) : std::nullopt;
        impact.allowed = person.has_value();
        if (person)
            for (DbId g : person->memberOf)
                if (const auto group = m_persons->accessGroup(g))
                    impact.dependents << tr("membership in %1").arg(group->name);
    } else {
        const auto group = m_persons ? m_persons->accessGroup(ref.id) : std::nullopt;
        impact.allowed = group.has_value();
        // Its members lose the rights the group gives them.
        if (group)
            for (DbId p : group->members)
                if (const auto person = m_persons->person(p))
                    impact.dependents << tr("membership of %1").arg(person->userName);
    }
    if (!impact.allowed)
        impact.reason = tr("The %1 no longer exists.").arg(objectKindName(ref.kind).toLower());
    return impact;
}

SaveResult ObjectActions::remove(ObjectRef ref)
{
    switch (ref.kind) {
    case ObjectKind::Person: return m_persons ? m_persons->removePerson(ref.id) : SaveResult{};
    case ObjectKind::AccessGroup: return m_persons ? m_persons->removeAccessGroup(ref.id) : SaveResult{};
    default: return m_store.remove(ref);
    }
}

SaveResult ObjectActions::setObjectEnabled(ObjectRef ref, bool enabled)
{
    if (ref.kind == ObjectKind::AccessGroup)
        return {}; // access groups have no state
    if (ref.kind != ObjectKind::Person)
        return m_store.setEnabled(ref, enabled);
    auto person = m_persons ? m_persons->person(ref.id) : std::nullopt;
    if (!person) {
        SaveResult gone;
        gone.error = tr("The Person no longer exists; someone deleted it.");
        return gone;
    }
    if (person->enabled == enabled) {
        SaveResult same;
        same.ok = true;
        same.id = person->id;
        return same;
    }
    person->enabled = enabled;
    return m_persons->save(*person);
}

QDialog *ObjectActions::moveToFolder(const QVector<ObjectRef> &refs)
{
    if (refs.isEmpty())
        return nullptr;
    const ObjectKind kind = refs.first().kind;
    DbId current = 0;
    if (kind == ObjectKind::Host) {
        if (const auto h = m_store.hostSummary(refs.first().id))
            current = h->folderId;
    } else if (const auto a = m_store.applicationSummary(refs.first().id)) {
        current = a->folderId;
    }
    auto *dialog = new FolderPickerDialog(m_store, kind, current, m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, refs] {
        const DbId target = dialog->selectedFolder();
        for (const ObjectRef &ref : refs) {
            const SaveResult result = m_store.moveToFolder(ref, target);
            if (!result.ok)
                showRefusal(tr("Move %1").arg(displayName(ref)), result);
        }
    });
    return showDialog(dialog);
}

QDialog *ObjectActions::newFolder(ObjectKind kind, DbId parentFolderId)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(tr("Name of the new folder in %1:").arg(objectKindPluralName(kind)));
    dialog->setTextValue(tr("New Folder"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, kind, parentFolderId](const QString &name) {
        Folder folder;
        folder.contains = kind;
        folder.name = name.trimmed();
        folder.parentId = parentFolderId;
        const SaveResult result = m_store.save(folder);
        if (!result.ok)
            showRefusal(tr("New Folder"), result);
    });
    return showDialog(dialog);
}

} // namespace confman
