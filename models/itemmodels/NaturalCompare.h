#pragma once
// Case-insensitive comparison where runs of digits compare as numbers
// ("App 2" < "App 10"). Allocation-free so sorting 50,000 rows stays fast.
#include <QStringView>

namespace confman {

int naturalCompare(QStringView a, QStringView b);

} // namespace confman
