#pragma once
// The configuration store (DESIGN.md store/): load, save one object per
// transaction with validation and optimistic versions, change notification.
// SqliteStore is the embedded default; a PostgreSQL store comes later behind
// the same interface.
#include "models/config/AccessGroup.h"
#include "models/config/Application.h"
#include "models/config/Finding.h"
#include "models/config/Folder.h"
#include "models/config/Host.h"
#include "models/config/Summaries.h"

#include <QObject>
#include <QVector>

#include <functional>
#include <optional>
#include <variant>

namespace confman {

// The object as it is in the store now, when a save found a newer version
// than the one the editor started from (someone else saved meanwhile).
struct Conflict
{
    int expectedVersion = 0;       // what the editor had
    int currentVersion = 0;        // what the store has
    QStringList changedFields;     // fields that differ between the two, for the user
    bool deleted = false;          // the object was deleted meanwhile
    std::variant<std::monostate, Host, Application, Folder> current;
};

struct SaveResult
{
    bool ok = false;
    DbId id = 0;             // id of the saved object (new objects get theirs here)
    int version = 0;         // its version after the save
    Findings findings;       // errors (when refused) and warnings (kept either way)
    std::optional<Conflict> conflict;
    QString error;           // a storage failure (disk full, locked, ...), for the user

    explicit operator bool() const { return ok; }
};

// What deleting an object would take with it (SPEC issue: deleting).
struct DeleteImpact
{
    bool allowed = true;
    QString reason;               // why not, when !allowed
    QStringList dependents;       // e.g. applications on a host (refusal) or
                                  // connections from other applications (asked)
};

enum class ConflictPolicy { Refuse, Overwrite };

struct ObjectCounts
{
    int hosts = 0;
    int applications = 0;
    int ports = 0;
    int connections = 0;
    int folders = 0;
};

class Store : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Store() override = default;

    virtual QString location() const = 0; // file path or connection description
    // What the acting Person may do with objects of `kind` in `folderId`
    // (0 = the kind's root). A plain store has no notion of users: everything.
    // PermissionedStore answers with the Person's rights, so widgets can
    // disable what would be refused anyway.
    virtual Permissions rightsOn(ObjectKind kind, DbId folderId) const
    {
        Q_UNUSED(kind);
        Q_UNUSED(folderId);
        return allPermissions();
    }

    virtual QVector<Folder> folders() const = 0;
    virtual QVector<HostSummary> hostSummaries() const = 0;
    virtual QVector<ApplicationSummary> applicationSummaries() const = 0;
    virtual std::optional<HostSummary> hostSummary(DbId id) const = 0;
    virtual std::optional<ApplicationSummary> applicationSummary(DbId id) const = 0;
    virtual ObjectCounts counts() const = 0;

    virtual std::optional<Host> host(DbId id) const = 0;
    virtual std::optional<Application> application(DbId id) const = 0;
    virtual std::optional<DbId> hostIdByName(const QString &name) const = 0;
    virtual std::optional<DbId> applicationIdByName(const QString &name) const = 0;
    // Full objects, for export and whole-configuration checks.
    virtual QVector<Host> allHosts() const = 0;
    virtual QVector<Application> allApplications() const = 0;

    // Insert (id == 0) or update; one transaction each; validated first.
    // Refused saves leave the store unchanged and say why in findings/conflict/error.
    virtual SaveResult save(const Host &host, ConflictPolicy policy = ConflictPolicy::Refuse) = 0;
    virtual SaveResult save(const Application &app, ConflictPolicy policy = ConflictPolicy::Refuse) = 0;
    virtual SaveResult save(const Folder &folder, ConflictPolicy policy = ConflictPolicy::Refuse) = 0;

    virtual DeleteImpact deleteImpact(ObjectRef ref) const = 0;
    // Deletes the object; for an application also the connections others have to it
    // and backup references to it (the caller asked the user first).
    virtual SaveResult remove(ObjectRef ref) = 0;
    virtual SaveResult setEnabled(ObjectRef ref, bool enabled) = 0;
    virtual SaveResult moveToFolder(ObjectRef ref, DbId folderId) = 0;

    // Runs `work` as one transaction: every save/remove it makes joins it and
    // nothing is visible to others until it returns. When `work` returns false
    // everything it did is rolled back and the store is exactly as before.
    // Signals for the objects it changed are emitted after the commit only.
    virtual bool runInTransaction(const std::function<bool()> &work) = 0;

    // Warnings across the whole configuration (the Problems panel).
    virtual Findings problems() const = 0;

    // Checks whether another connection / process changed the store and, if
    // so, emits externallyChanged(). Cheap; the GUI calls it on a timer.
    virtual void pollExternalChanges() = 0;

Q_SIGNALS:
    void objectSaved(confman::ObjectRef ref);
    void objectRemoved(confman::ObjectRef ref);
    void externallyChanged(); // reload what you show
};

} // namespace confman
