#pragma once
// One line of the audit trail (issue 5, SPEC S3/S8): who did what, when, to
// which object, with the old -> new values as text. Passwords and password
// hashes never appear in an entry (the writers guarantee it; see AuditLog).
#include "models/config/ObjectTypes.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace confman {

enum class AuditAction {
    Login,           // successful login (application in `application`)
    LoginFailed,     // any refused login or re-login; details say why
    Logout,
    SessionLocked,   // inactivity lock (S3); details say why it fired
    SessionUnlocked, // re-login succeeded
    AccountLocked,   // lockout after too many failures
    AccountUnlocked, // an administrator lifted the lockout
    PasswordChanged, // details never hold the password or its hash
    BannerAccepted,  // S2 banner accepted
    ObjectCreated,
    ObjectChanged,
    ObjectDeleted,
};
QString auditActionKey(AuditAction action);   // stored: "login", "login-failed", ...
std::optional<AuditAction> auditActionFromKey(const QString &key);
QString auditActionName(AuditAction action);  // for the user: "Login", "Failed login", ...

struct AuditEntry
{
    qint64 id = 0;          // set by the store
    QDateTime at;           // UTC; the store sets "now" when invalid
    QString who;            // user name ("" before anyone logged in, e.g. the banner)
    AuditAction action = AuditAction::ObjectChanged;
    std::optional<ObjectRef> object;
    QString objectName;
    QString application;    // the Application object the session logged in as
    QString details;        // one change per line: "field: old → new"
};

struct AuditQuery
{
    std::optional<ObjectRef> object; // only the entries of this object
    QString who;                     // only this user's entries ("" = everyone)
    int limit = 0;                   // newest N (0 = all); results are oldest first
};

} // namespace confman
