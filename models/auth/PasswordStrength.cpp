#include "models/auth/PasswordStrength.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace confman {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PasswordStrength", text); }

// The few passwords every guesser tries first.
bool isCommon(const QString &lower)
{
    static const QSet<QString> common = {
        QStringLiteral("password"), QStringLiteral("123456"),    QStringLiteral("12345678"),
        QStringLiteral("qwerty"),   QStringLiteral("letmein"),   QStringLiteral("admin"),
        QStringLiteral("welcome"),  QStringLiteral("iloveyou"),  QStringLiteral("changeme"),
        QStringLiteral("secret"),   QStringLiteral("passw0rd"),  QStringLiteral("password1"),
        QStringLiteral("abc123"),   QStringLiteral("111111"),    QStringLiteral("administrator"),
        QStringLiteral("qwertz"),   QStringLiteral("azerty"),    QStringLiteral("123456789"),
    };
    return common.contains(lower);
}

// Characters that repeat or continue a run (aaa, abc, 123) add little.
double effectiveLength(const QString &password)
{
    double length = 0;
    for (int i = 0; i < password.size(); ++i) {
        if (i >= 1) {
            const int d = password.at(i).unicode() - password.at(i - 1).unicode();
            if (d == 0 || d == 1 || d == -1) {
                length += 0.25;
                continue;
            }
        }
        length += 1;
    }
    return length;
}

} // namespace

QString PasswordStrength::levelName() const
{
    switch (level) {
    case Level::Empty: return tr("Empty");
    case Level::VeryWeak: return tr("Very weak");
    case Level::Weak: return tr("Weak");
    case Level::Fair: return tr("Fair");
    case Level::Strong: return tr("Strong");
    case Level::VeryStrong: return tr("Very strong");
    }
    return {};
}

PasswordStrength estimatePasswordStrength(const QString &password, const QString &userName)
{
    PasswordStrength s;
    if (password.isEmpty()) {
        s.hints.append(tr("Enter a password."));
        return s;
    }
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    s.bits = effectiveLength(password) * std::log2(double(std::max(alphabet, 2)));

    const QString folded = password.toLower();
    if (isCommon(folded)) {
        s.bits = std::min(s.bits, 5.0);
        s.hints.append(tr("This is one of the most common passwords."));
    }
    if (!userName.isEmpty() && userName.size() >= 3 && folded.contains(userName.toLower())) {
        s.bits = std::min(s.bits, 20.0);
        s.hints.append(tr("Do not use the user name in the password."));
    }
    if (password.size() < 12)
        s.hints.append(tr("Use at least 12 characters."));
    if (int(lower) + int(upper) + int(digit) + int(other) < 3)
        s.hints.append(tr("Mix upper and lower case letters, digits and symbols."));

    if (s.bits < 28)
        s.level = PasswordStrength::Level::VeryWeak;
    else if (s.bits < 40)
        s.level = PasswordStrength::Level::Weak;
    else if (s.bits < 60)
        s.level = PasswordStrength::Level::Fair;
    else if (s.bits < 80)
        s.level = PasswordStrength::Level::Strong;
    else
        s.level = PasswordStrength::Level::VeryStrong;
    return s;
}

} // namespace confman
