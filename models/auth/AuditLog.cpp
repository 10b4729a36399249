#include "models/auth/AuditLog.h"

#include <QCoreApplication>

namespace confman {

namespace {

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

AuditLog::AuditLog(PersonStore &store, const Clock &clock) : m_store(store), m_clock(clock) {}

void AuditLog::setSession(const QString &userName, const QString &applicationName)
{
    m_user = userName;
    m_application = applicationName;
}

bool AuditLog::append(AuditEntry entry)
{
    if (!entry.at.isValid())
        entry.at = m_clock.now();
    if (entry.who.isEmpty())
        entry.who = m_user;
    if (entry.application.isEmpty())
        entry.application = m_application;
    return m_store.appendAudit(entry);
}

bool AuditLog::recordLogin(const QString &userName, const QString &applicationName, DbId personId)
{
    return append({0, {}, userName, AuditAction::Login, ObjectRef{ObjectKind::Person, personId}, userName,
                   applicationName, {}});
}

bool AuditLog::recordFailedLogin(const QString &userName, const QString &applicationName, const QString &reason)
{
    // The typed user name may be anything (even a password typed in the
    // wrong field): keep it, it is what an investigator needs, but never
    // the password field's content.
    return append({0, {}, userName, AuditAction::LoginFailed, std::nullopt, userName, applicationName, reason});
}

bool AuditLog::recordLogout() { return append({0, {}, {}, AuditAction::Logout, std::nullopt, {}, {}, {}}); }

bool AuditLog::recordSessionLocked(const QString &why)
{
    return append({0, {}, {}, AuditAction::SessionLocked, std::nullopt, {}, {}, why});
}

bool AuditLog::recordSessionUnlocked()
{
    return append({0, {}, {}, AuditAction::SessionUnlocked, std::nullopt, {}, {}, {}});
}

bool AuditLog::recordAccountLocked(const QString &userName, DbId personId, int failures)
{
    return append({0, {}, userName, AuditAction::AccountLocked, ObjectRef{ObjectKind::Person, personId}, userName, {},
                   QCoreApplication::translate("AuditLog", "locked after %n failed logins", nullptr, failures)});
}

bool AuditLog::recordAccountUnlocked(const QString &userName, DbId personId)
{
    return append({0, {}, {}, AuditAction::AccountUnlocked, ObjectRef{ObjectKind::Person, personId}, userName, {}, {}});
}

bool AuditLog::recordPasswordChanged(const QString &userName, DbId personId)
{
    return append({0, {}, {}, AuditAction::PasswordChanged, ObjectRef{ObjectKind::Person, personId}, userName, {}, {}});
}

bool AuditLog::recordBannerAccepted(const QString &details)
{
    return append({0, {}, {}, AuditAction::BannerAccepted, std::nullopt, {}, {}, details});
}

bool AuditLog::recordObjectChange(AuditAction action, ObjectRef object, const QString &objectName,
                                  const QString &details)
{
    return append({0, {}, {}, action, object, objectName, {}, details});
}

QVector<AuditEntry> AuditLog::entriesFor(ObjectRef object) const
{
    AuditQuery q;
    q.object = object;
    return m_store.audit(q);
}

} // namespace confman
