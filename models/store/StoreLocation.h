#pragma once
// Which store file confman and confmanctl open: an explicit --store value,
// else the CONFMAN_STORE environment variable, else confman.sqlite in the
// per-user application data folder.
#include <QString>

namespace confman {

class StoreLocation
{
public:
    static QString resolve(const QString &explicitPath = {});
    static QString defaultPath();
    static constexpr const char *kEnvironmentVariable = "CONFMAN_STORE";
};

} // namespace confman
