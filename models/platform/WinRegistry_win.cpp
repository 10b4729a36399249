#include "models/platform/WinRegistry.h"

#include "models/platform/WinRegistryApi.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWinRegistry, "confman.registry")

namespace confman::platform {

namespace {

win::RootKey root(Hive hive)
{
    return hive == Hive::LocalMachine ? win::RootKey::LocalMachine : win::RootKey::CurrentUser;
}

std::wstring wide(const QString &s)
{
    return s.toStdWString();
}

QStringList fromWide(const std::vector<std::wstring> &names)
{
    QStringList out;
    for (const std::wstring &n : names)
        out.append(QString::fromStdWString(n));
    return out;
}

QString describe(long error)
{
    return QString::fromStdWString(win::errorText(error));
}

} // namespace

std::optional<RegistryValue> WinRegistry::value(Hive hive, const QString &key, const QString &name) const
{
    long error = 0;
    const auto raw = win::readValue(root(hive), wide(key), wide(name), &error);
    if (!raw) {
        if (error)
            qCWarning(lcWinRegistry).noquote() << hiveName(hive) + u'\\' + key << name << describe(error);
        return std::nullopt;
    }
    const QByteArray data(reinterpret_cast<const char *>(raw->data.data()), qsizetype(raw->data.size()));
    QString reason;
    auto v = RegistryValue::fromRaw(raw->type, data, true, &reason);
    if (!v)
        qCWarning(lcWinRegistry).noquote() << hiveName(hive) + u'\\' + key << name << reason;
    return v;
}

bool WinRegistry::keyExists(Hive hive, const QString &key) const
{
    return win::keyExists(root(hive), wide(key));
}

QStringList WinRegistry::subKeys(Hive hive, const QString &key) const
{
    return fromWide(win::subKeys(root(hive), wide(key)));
}

QStringList WinRegistry::valueNames(Hive hive, const QString &key) const
{
    return fromWide(win::valueNames(root(hive), wide(key)));
}

bool WinRegistry::setValue(Hive hive, const QString &key, const QString &name, const RegistryValue &value,
                           QString *error)
{
    const QByteArray data = value.toRaw();
    win::RawValue raw;
    raw.type = quint32(value.type);
    raw.data.assign(data.cbegin(), data.cend());
    const long rc = win::writeValue(root(hive), wide(key), wide(name), raw);
    if (rc != 0 && error)
        *error = describe(rc);
    return rc == 0;
}

bool WinRegistry::deleteValue(Hive hive, const QString &key, const QString &name, QString *error)
{
    const long rc = win::deleteValue(root(hive), wide(key), wide(name));
    if (rc != 0 && error)
        *error = describe(rc);
    return rc == 0;
}

} // namespace confman::platform
