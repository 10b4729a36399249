#pragma once
// The embedded configuration store: one SQLite file (WAL), one transaction
// per user action, validation inside the saving transaction, optimistic
// versions, change notification after commit (Store.h has the contract).
#include "models/store/Store.h"

#include <QSqlDatabase>

#include <memory>

namespace confman {

class SqlValidationContext;

class SqliteStore : public Store
{
    Q_OBJECT
public:
    // Opens the store at `path`, creating the file (and its folder) when
    // missing and bringing an older format up to date. Returns nullptr and a
    // message for the user when the file cannot be used: not a Confman
    // store, written by a newer Confman, unreadable, locked.
    static std::unique_ptr<SqliteStore> open(const QString &path, QString *error);
    ~SqliteStore() override;

    QString location() const override { return m_path; }

    QVector<Folder> folders() const override;
    QVector<HostSummary> hostSummaries() const override;
    QVector<ApplicationSummary> applicationSummaries() const override;
    std::optional<HostSummary> hostSummary(DbId id) const override;
    std::optional<ApplicationSummary> applicationSummary(DbId id) const override;
    ObjectCounts counts() const override;

    std::optional<Host> host(DbId id) const override;
    std::optional<Application> application(DbId id) const override;
    std::optional<DbId> hostIdByName(const QString &name) const override;
    std::optional<DbId> applicationIdByName(const QString &name) const override;
    QVector<Host> allHosts() const override;
    QVector<Application> allApplications() const override;

    SaveResult save(const Host &host, ConflictPolicy policy = ConflictPolicy::Refuse) override;
    SaveResult save(const Application &app, ConflictPolicy policy = ConflictPolicy::Refuse) override;
    SaveResult save(const Folder &folder, ConflictPolicy policy = ConflictPolicy::Refuse) override;

    DeleteImpact deleteImpact(ObjectRef ref) const override;
    SaveResult remove(ObjectRef ref) override;
    SaveResult setEnabled(ObjectRef ref, bool enabled) override;
    SaveResult moveToFolder(ObjectRef ref, DbId folderId) override;

    bool runInTransaction(const std::function<bool()> &work) override;

    Findings problems() const override;
    void pollExternalChanges() override;

    // "ok", or what SQLite's integrity check found (diagnostics, tests).
    QString integrityCheck() const;

private:
    class Transaction;
    class ReadTransaction;
    struct PendingSignal
    {
        bool removed = false;
        ObjectRef ref;
    };

    SqliteStore(const QString &path, const QString &connectionName);

    template <typename Object>
    SaveResult saveObject(const Object &object, ConflictPolicy policy);
    Findings folderFindings(DbId folderId, ObjectKind kind, ObjectRef object, const QString &objectName) const;
    Findings validateFolder(const Folder &folder) const;
    QStringList connectionsTo(DbId applicationId) const;
    SaveResult removeApplication(DbId id);
    SaveResult removeRow(ObjectRef ref);
    int dataVersion() const;

    void queueSignal(bool removed, ObjectRef ref) { m_pending.append({removed, ref}); }

    QString m_path;
    QString m_connectionName;
    mutable QSqlDatabase m_db;
    int m_depth = 0;                 // nesting of open transactions/savepoints
    QVector<PendingSignal> m_pending; // emitted after the outermost commit
    int m_dataVersion = 0;
};

} // namespace confman
