#pragma once
// SPEC S8 "Option values are validated against their valid values when
// edited; an invalid value is refused with the list of valid ones": the
// security-related options Confman knows. Unknown options are accepted as
// free text.
#include <QString>
#include <QStringList>

namespace confman {

struct OptionValueCheck
{
    bool known = false;      // Confman knows this option
    bool ok = true;          // the value is acceptable
    QString message;         // why not, naming the valid values
    QStringList validValues; // the valid forms, for a drop-down or the message
};

// section/key as stored in Options; value as typed.
//   security/inactivity-timeout          non-negative integer (minutes, S3)
//   security/no-default-access           0 or 1 (S8)
//   security/account-lockout-threshold   non-negative integer (0 = off)
//   log-filter/default-filter-type       LogFilter::validForms()
//   log-filter-data/<any key>            LogFilter::validForms()
OptionValueCheck checkOptionValue(const QString &section, const QString &key, const QString &value);

} // namespace confman
