#pragma once
// The audit trail (issue 5): every login, failed login, logout, session lock
// and unlock, account lockout, banner acceptance, password change and object
// change, kept in the store (table audit_log) through a PersonStore.
// Passwords never reach it: no method takes one, and object changes are
// described by AuditDetails, which masks secret-looking option values.
#include "models/auth/Clock.h"
#include "models/store/PersonStore.h"

namespace confman {

class AuditLog
{
public:
    explicit AuditLog(PersonStore &store, const Clock &clock = Clock::system());

    // Who is acting (after login) and as which Application; "" before login.
    void setSession(const QString &userName, const QString &applicationName);
    QString userName() const { return m_user; }
    QString applicationName() const { return m_application; }

    bool recordLogin(const QString &userName, const QString &applicationName, DbId personId);
    bool recordFailedLogin(const QString &userName, const QString &applicationName, const QString &reason);
    bool recordLogout();
    bool recordSessionLocked(const QString &why);
    bool recordSessionUnlocked();
    bool recordAccountLocked(const QString &userName, DbId personId, int failures);
    bool recordAccountUnlocked(const QString &userName, DbId personId);
    bool recordPasswordChanged(const QString &userName, DbId personId);
    bool recordBannerAccepted(const QString &details = {});
    // details: "field: old → new" lines (AuditDetails).
    bool recordObjectChange(AuditAction action, ObjectRef object, const QString &objectName, const QString &details);

    QVector<AuditEntry> entries(const AuditQuery &query = {}) const { return m_store.audit(query); }
    QVector<AuditEntry> entriesFor(ObjectRef object) const;

    // CSV export: models/store/AuditCsv (what the History view writes).

    bool append(AuditEntry entry); // fills `at` and the session's who/application when empty

private:
    PersonStore &m_store;
    const Clock &m_clock;
    QString m_user;
    QString m_application;
};

} // namespace confman
