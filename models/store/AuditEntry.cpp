#include "models/store/AuditEntry.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace confman {

namespace {

struct ActionNames
{
    AuditAction action;
    const char *key;
    const char *name;
};

constexpr std::array<ActionNames, 12> kActions = {{
    {AuditAction::Login, "login", "Login"},
    {AuditAction::LoginFailed, "login-failed", "Failed login"},
    {AuditAction::Logout, "logout", "Logout"},
    {AuditAction::SessionLocked, "session-locked", "Session locked"},
    {AuditAction::SessionUnlocked, "session-unlocked", "Session unlocked"},
    {AuditAction::AccountLocked, "account-locked", "Account locked"},
    {AuditAction::AccountUnlocked, "account-unlocked", "Account unlocked"},
    {AuditAction::PasswordChanged, "password-changed", "Password changed"},
    {AuditAction::BannerAccepted, "banner-accepted", "Banner accepted"},
    {AuditAction::ObjectCreated, "object-created", "Created"},
    {AuditAction::ObjectChanged, "object-changed", "Changed"},
    {AuditAction::ObjectDeleted, "object-deleted", "Deleted"},
}};

} // namespace

QString auditActionKey(AuditAction action)
{
    for (const auto &a : kActions)
        if (a.action == action)
            return QString::fromLatin1(a.key);
    return {};
}

std::optional<AuditAction> auditActionFromKey(const QString &key)
{
    for (const auto &a : kActions)
        if (key == QLatin1String(a.key))
            return a.action;
    return std::nullopt;
}

QString auditActionName(AuditAction action)
{
    for (const auto &a : kActions)
        if (a.action == action)
            return QCoreApplication::translate("AuditAction", a.name);
    return {};
}

} // namespace confman
