#pragma once
// The real Windows registry (Windows builds only): a thin Qt adapter over the
// Qt-free WinRegistryApi. REG_EXPAND_SZ values are returned unexpanded.
#include "models/platform/Registry.h"

namespace confman::platform {

class WinRegistry : public Registry
{
public:
    std::optional<RegistryValue> value(Hive hive, const QString &key, const QString &name) const override;
    bool keyExists(Hive hive, const QString &key) const override;
    QStringList subKeys(Hive hive, const QString &key) const override;
    QStringList valueNames(Hive hive, const QString &key) const override;
    bool setValue(Hive hive, const QString &key, const QString &name, const RegistryValue &value,
                  QString *error = nullptr) override;
    bool deleteValue(Hive hive, const QString &key, const QString &name, QString *error = nullptr) override;
};

} // namespace confman::platform
