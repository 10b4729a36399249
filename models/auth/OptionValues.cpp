#include "models/auth/OptionValues.h"

#include "models/auth/LogFilter.h"
#include "models/auth/SecurityPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace confman {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("OptionValues", text); }

OptionValueCheck checkAgainst(const QString &key, bool ok, const QStringList &valid)
{
    OptionValueCheck c;
    c.known = true;
    c.ok = ok;
    c.validValues = valid;
    if (!ok)
        c.message = tr("\"%1\" accepts only: %2.").arg(key, valid.join(QStringLiteral(", ")));
    return c;
}

bool isNonNegativeInteger(const QString &value)
{
    static const QRegularExpression digits(QStringLiteral("^(0|[1-9][0-9]{0,8})$"));
    return digits.match(value.trimmed()).hasMatch();
}

} // namespace

OptionValueCheck checkOptionValue(const QString &section, const QString &key, const QString &value)
{
    if (section == QLatin1String("security")) {
        if (key == QLatin1String("inactivity-timeout") || key == kAccountLockoutThresholdOption)
            return checkAgainst(key, isNonNegativeInteger(value), {tr("0 (off)"), tr("a positive whole number")});
        if (key == kNoDefaultAccessOption) {
            const QString v = value.trimmed();
            return checkAgainst(key, v == QLatin1String("0") || v == QLatin1String("1"),
                                {QStringLiteral("0"), QStringLiteral("1")});
        }
    }
    if ((section == kLogFilterSection && key == kDefaultFilterTypeOption) || section == kLogFilterDataSection)
        return checkAgainst(key, LogFilter::parseRule(value).has_value(), LogFilter::validForms());
    return {};
}

} // namespace confman
