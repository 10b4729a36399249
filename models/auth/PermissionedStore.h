#pragma once
// A Store seen through the rights of one acting Person (decorator around any
// Store). Every save, remove, enable/disable and move is checked against the
// Person's AccessRights before it reaches the inner store, whatever the
// caller (dialog, import, script): without the right the call is refused
// with an error finding, code "permission.denied", whose message names the
// missing permission, and nothing changes.
//   new object            Create on its kind in its folder
//   changed object        Change in its current folder (+ Create in the new
//                         folder when it moves)
//   remove                Delete in its folder
//   folders               the rights on the kind the folder holds, at its parent
// Reads only return objects the Person may Read (lists, single objects,
// names). folders(), counts(), problems() and deleteImpact() are passed
// through (structure and numbers, no object content).
// With an AuditLog, every successful change is audited with its old → new
// values; inside runInTransaction the entries are written after the commit
// (and dropped on rollback).
#include "models/auth/AccessRights.h"
#include "models/auth/AuditLog.h"
#include "models/store/Store.h"

namespace confman {

class PermissionedStore : public Store
{
    Q_OBJECT
public:
    PermissionedStore(Store &inner, PersonStore &persons, DbId actingPersonId, AuditLog *audit = nullptr,
                      QObject *parent = nullptr);

    DbId actingPersonId() const { return m_personId; }
    Permissions rightsOn(ObjectKind kind, DbId folderId) const override;

    QString location() const override { return m_inner.location(); }
    QVector<Folder> folders() const override { return m_inner.folders(); }
    QVector<HostSummary> hostSummaries() const override;
    QVector<ApplicationSummary> applicationSummaries() const override;
    std::optional<HostSummary> hostSummary(DbId id) const override;
    std::optional<ApplicationSummary> applicationSummary(DbId id) const override;
    ObjectCounts counts() const override { return m_inner.counts(); }
    std::optional<Host> host(DbId id) const override;
    std::optional<Application> application(DbId id) const override;
    std::optional<DbId> hostIdByName(const QString &name) const override;
    std::optional<DbId> applicationIdByName(const QString &name) const override;
    QVector<Host> allHosts() const override;
    QVector<Application> allApplications() const override;

    SaveResult save(const Host &host, ConflictPolicy policy = ConflictPolicy::Refuse) override;
    SaveResult save(const Application &app, ConflictPolicy policy = ConflictPolicy::Refuse) override;
    SaveResult save(const Folder &folder, ConflictPolicy policy = ConflictPolicy::Refuse) override;
    DeleteImpact deleteImpact(ObjectRef ref) const override { return m_inner.deleteImpact(ref); }
    SaveResult remove(ObjectRef ref) override;
    SaveResult setEnabled(ObjectRef ref, bool enabled) override;
    SaveResult moveToFolder(ObjectRef ref, DbId folderId) override;
    bool runInTransaction(const std::function<bool()> &work) override;
    Findings problems() const override { return m_inner.problems(); }
    void pollExternalChanges() override { m_inner.pollExternalChanges(); }

private:
    struct Located
    {
        bool exists = false;
        DbId folderId = 0;
        QString name;
        ObjectKind rightsKind = ObjectKind::Host; // a folder's rights come from what it holds
    };
    AccessRights rights() const;
    Located locate(ObjectRef ref) const;
    bool mayRead(ObjectKind kind, DbId folderId) const;
    SaveResult denied(Permission missing, ObjectKind kind, DbId folderId, ObjectRef ref, const QString &name) const;
    // The first missing right of a change from `from` (nullptr = new) to folder `to`.
    std::optional<Permission> missingForSave(ObjectKind kind, const Located *from, DbId to) const;
    void audit(AuditAction action, ObjectRef ref, const QString &name, const QStringList &changes);
    template <typename Object>
    SaveResult saveChecked(const Object &object, ConflictPolicy policy);

    Store &m_inner;
    PersonStore &m_persons;
    DbId m_personId;
    AuditLog *m_audit;
    int m_depth = 0;
    QVector<AuditEntry> m_pendingAudit;
};

} // namespace confman
