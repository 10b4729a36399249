#pragma once
// A PersonStore seen through the rights of one acting Person (decorator
// around any PersonStore, the counterpart of PermissionedStore). Every save
// and remove is checked against the Person's AccessRights on ObjectKind::
// Person / ObjectKind::AccessGroup before it reaches the inner store, whatever
// the caller: without the right the call is refused with an error finding,
// code "permission.denied", whose message names the missing permission, and
// nothing changes.
//   new Person / Access Group   Create on its kind in its folder
//   changed one                 Change in its current folder (+ Create in
//                               the new folder when it moves)
//   remove                      Delete in its folder
//   who holds which rights      Change Permissions on Access Groups, in the
//                               folder of every group concerned: a group's
//                               grants, its members or its Default flag
//                               (new Persons join default groups), and a
//                               Person's Member Of (each group it joins or
//                               leaves). Access is rights, so editing it is
//                               the Change Permissions right, not Change:
//                               an operator with Change on Persons may fix a
//                               name but cannot make anyone an administrator,
//                               himself included.
//                               Exception (SPEC S8): a new Person joining the
//                               default groups while the Configuration
//                               Server's no-default-access is 1 needs only
//                               Create, because that is what the store's
//                               policy gives every new Person anyway.
//   Read Permissions            on Access Groups: without it, groups are
//                               returned with their grants left out; a save
//                               of such a group with no grants keeps the
//                               stored grants (what the user could not see,
//                               the user did not mean to remove).
// One's own account: the acting Person can always read its own Person (who
// am I, which groups), and may change its own password (a save whose only
// difference is the password hash, or setPasswordHash) without Change on
// Persons — every user must be able to replace a password, and SPEC S3 has
// the password change while logged in. Anything else on one's own account
// (name, state, Member Of) needs the rights above like any other Person.
// Reads return only what the Person may Read. Login state, the audit trail
// and store settings pass through unchecked (login and audit must work for
// everyone; the settings are written by the tools, not by the GUI).
// With an AuditLog, every successful change is audited with its old → new
// values (the password only as "password changed").
#include "models/auth/AccessRights.h"
#include "models/auth/AuditLog.h"
#include "models/store/PersonStore.h"

namespace confman {

class PermissionedPersonStore : public PersonStore
{
    Q_OBJECT
public:
    // `store` gives the folders (rights on folders) and the no-default-access policy.
    PermissionedPersonStore(PersonStore &inner, const Store &store, DbId actingPersonId, AuditLog *audit = nullptr,
                            QObject *parent = nullptr);

    DbId actingPersonId() const { return m_personId; }
    Permissions rightsOn(ObjectKind kind, DbId folderId) const;
    PersonStore &inner() const { return m_inner; }

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
    // The audit entries written inside go to the same store, so they commit or
    // roll back with the work.
    bool runInTransaction(const std::function<bool()> &work) override { return m_inner.runInTransaction(work); }

    LoginRecord lastLogin(DbId personId) const override { return m_inner.lastLogin(personId); }
    bool recordLogin(DbId personId, const LoginRecord &login) override { return m_inner.recordLogin(personId, login); }
    int failedLogins(DbId personId) const override { return m_inner.failedLogins(personId); }
    bool setFailedLogins(DbId personId, int count) override { return m_inner.setFailedLogins(personId, count); }
    bool isLocked(DbId personId) const override { return m_inner.isLocked(personId); }
    bool setLocked(DbId personId, bool locked) override { return m_inner.setLocked(personId, locked); }

    bool appendAudit(const AuditEntry &entry) override { return m_inner.appendAudit(entry); }
    QVector<AuditEntry> audit(const AuditQuery &query = {}) const override { return m_inner.audit(query); }

    std::optional<QString> setting(const QString &key) const override { return m_inner.setting(key); }
    bool setSetting(const QString &key, const QString &value) override { return m_inner.setSetting(key, value); }

private:
    AccessRights rights() const;
    bool mayRead(const AccessRights &r, const Person &p) const;
    std::optional<AccessGroup> readable(const AccessRights &r, std::optional<AccessGroup> g) const;
    SaveResult denied(Permission missing, ObjectKind kind, DbId folderId, ObjectRef ref, const QString &name) const;
    // The first missing Create / Change of saving an object of `kind` from folder `from` (nullopt = new) to `to`.
    static std::optional<std::pair<Permission, DbId>> missingForSave(const AccessRights &r, ObjectKind kind,
                                                                     std::optional<DbId> from, DbId to);
    // The first group (of `groupIds`) whose folder lacks Change Permissions.
    std::optional<AccessGroup> groupWithoutChangePermissions(const AccessRights &r, const QVector<DbId> &groupIds) const;
    void audit(AuditAction action, ObjectRef ref, const QString &name, const QStringList &changes);

    PersonStore &m_inner;
    const Store &m_store;
    DbId m_personId;
    AuditLog *m_audit;
};

} // namespace confman
