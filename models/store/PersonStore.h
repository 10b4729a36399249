#pragma once
// Persons, Access Groups, login state, the audit trail and store-wide
// settings (issue 5). Separate from Store so the configuration objects and
// the accounts can evolve apart; SqlitePersonStore keeps them in the same
// SQLite file as SqliteStore (schema version 2).
//
// Contract shared with Store: one transaction per call, validation first,
// optimistic versions (a stale `version` is refused with a Conflict unless
// ConflictPolicy::Overwrite), refused saves change nothing. Rights are not
// checked here: PermissionedStore / the Authenticator do that.
#include "models/config/AccessGroup.h"
#include "models/config/Person.h"
#include "models/store/AuditEntry.h"
#include "models/store/Store.h"

#include <QObject>

#include <functional>

namespace confman {

// Keys of store_settings (documented values).
// The Configuration Server application whose Options the store's security
// settings come from (`security/no-default-access`, account lockout): its
// name. Unset: the Configuration Server that is nobody's backup, lowest id.
inline const QString kPrimaryConfigServerSetting = QStringLiteral("primary-configuration-server");

class PersonStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PersonStore() override = default;

    virtual QVector<Person> persons() const = 0;
    virtual std::optional<Person> person(DbId id) const = 0;
    virtual std::optional<Person> personByUserName(const QString &userName) const = 0;
    virtual QVector<AccessGroup> accessGroups() const = 0;
    virtual std::optional<AccessGroup> accessGroup(DbId id) const = 0;
    virtual std::optional<AccessGroup> accessGroupByName(const QString &name) const = 0;

    // Insert (id == 0) or update. Person.memberOf replaces the Person's
    // memberships; AccessGroup.members replaces the group's members.
    virtual SaveResult save(const Person &person, ConflictPolicy policy = ConflictPolicy::Refuse) = 0;
    virtual SaveResult save(const AccessGroup &group, ConflictPolicy policy = ConflictPolicy::Refuse) = 0;
    // Sets only the password hash (password change, rehash); bumps the version.
    virtual SaveResult setPasswordHash(DbId personId, const QString &hash) = 0;
    virtual SaveResult removePerson(DbId id) = 0;      // memberships and login state go with it
    virtual SaveResult removeAccessGroup(DbId id) = 0; // memberships and grants go with it

    // Runs `work` as one transaction (like Store::runInTransaction): every
    // save/remove it makes joins it; when `work` returns false everything it
    // did is rolled back. Signals for what it saved come after the commit.
    virtual bool runInTransaction(const std::function<bool()> &work) = 0;

    // Login state per Person (not versioned: logins must not conflict with edits).
    virtual LoginRecord lastLogin(DbId personId) const = 0;
    virtual bool recordLogin(DbId personId, const LoginRecord &login) = 0; // also clears failures
    virtual int failedLogins(DbId personId) const = 0;
    virtual bool setFailedLogins(DbId personId, int count) = 0;
    virtual bool isLocked(DbId personId) const = 0;
    virtual bool setLocked(DbId personId, bool locked) = 0; // unlocking clears failures

    virtual bool appendAudit(const AuditEntry &entry) = 0;
    virtual QVector<AuditEntry> audit(const AuditQuery &query = {}) const = 0;

    virtual std::optional<QString> setting(const QString &key) const = 0;
    virtual bool setSetting(const QString &key, const QString &value) = 0;

Q_SIGNALS:
    void objectSaved(confman::ObjectRef ref);   // Person or AccessGroup
    void objectRemoved(confman::ObjectRef ref);
};

} // namespace confman
