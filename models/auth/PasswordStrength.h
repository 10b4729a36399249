#pragma once
// A rough strength estimate for the password fields of the UI (set / change
// password). It only advises: the store accepts any non-empty password, an
// administrator decides the policy.
#include <QString>
#include <QStringList>

namespace confman {

struct PasswordStrength
{
    enum class Level { Empty, VeryWeak, Weak, Fair, Strong, VeryStrong };
    Level level = Level::Empty;
    double bits = 0;      // estimated guessing entropy
    QStringList hints;    // what would make it stronger, one sentence each

    QString levelName() const; // "Very weak", ..., for a label next to the field
};

// `userName` (optional): a password containing the user name is weak.
PasswordStrength estimatePasswordStrength(const QString &password, const QString &userName = {});

} // namespace confman
