#pragma once
// PersonStore in the SQLite file of a SqliteStore. It uses a connection of
// its own to the same file (WAL: readers never wait, writers take turns), so
// SqliteStore stays untouched. Open it after the SqliteStore: both run the
// same migrations, whichever comes first creates the tables.
#include "models/store/PersonStore.h"

#include <QSqlDatabase>

#include <memory>

namespace confman {

class SqlitePersonStore : public PersonStore
{
    Q_OBJECT
public:
    // nullptr and a message for the user when the file cannot be used.
    static std::unique_ptr<SqlitePersonStore> open(const QString &path, QString *error);
    ~SqlitePersonStore() override;

    QVector<Person> persons() const override;
    std::optional<Person> person(DbId id) const override;
    std::optional<Person> personByUserName(const QString &userName) const override;
    QVector<AccessGroup> accessGroups() const override;
    std::optional<AccessGroup> accessGroup(DbId id) const override;
    std::optional<AccessGroup> accessGroupByName(const QString &name) const override;

    SaveResult save(const Person &person, ConflictPolicy policy = ConflictPolicy::Refuse) override;
    SaveResult save(const AccessGroup &group, ConflictPolicy policy = ConflictPolicy::Refuse) override;
    SaveResult setPasswordHash(DbId personId, const QString &hash) override;
    SaveResult removePerson(DbId id) override;
    SaveResult removeAccessGroup(DbId id) override;
    bool runInTransaction(const std::function<bool()> &work) override;

    LoginRecord lastLogin(DbId personId) const override;
    bool recordLogin(DbId personId, const LoginRecord &login) override;
    int failedLogins(DbId personId) const override;
    bool setFailedLogins(DbId personId, int count) override;
    bool isLocked(DbId personId) const override;
    bool setLocked(DbId personId, bool locked) override;

    bool appendAudit(const AuditEntry &entry) override;
    QVector<AuditEntry> audit(const AuditQuery &query = {}) const override;

    std::optional<QString> setting(const QString &key) const override;
    bool setSetting(const QString &key, const QString &value) override;

private:
    explicit SqlitePersonStore(const QString &connectionName);
    Findings validate(const Person &person) const;
    Findings validate(const AccessGroup &group) const;
    bool ensureLoginRow(DbId personId);
    // Nest: the outermost is BEGIN IMMEDIATE / COMMIT, inner ones savepoints.
    bool begin();
    bool commit();
    void rollback();
    // Emits at once, or after the outermost commit inside runInTransaction.
    void notify(ObjectRef ref, bool removed);

    QString m_connectionName;
    mutable QSqlDatabase m_db;
    int m_depth = 0;
    QVector<QPair<ObjectRef, bool>> m_pendingSignals; // (object, removed)
};

} // namespace confman
