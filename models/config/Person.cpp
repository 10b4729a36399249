#include "models/config/Person.h"

namespace confman {

QString Person::displayName() const
{
    const QString full = QStringList{firstName.trimmed(), lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
    return full.isEmpty() ? userName : QStringLiteral("%1 (%2)").arg(full, userName);
}

} // namespace confman
