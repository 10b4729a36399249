#pragma once
// One in-memory hive: keys by path (case-insensitive, original spelling
// kept), values by name (case-insensitive). What .reg files are applied to.
#include "models/platform/Registry.h"

#include <QMap>

namespace confman::platform {

class RegTree
{
public:
    // Paths are relative to the hive root ("SOFTWARE\GCTI"); "" is the root.
    void createKey(const QString &path);
    void deleteKeyTree(const QString &path);
    void setValue(const QString &path, const QString &name, const RegistryValue &value);
    void deleteValue(const QString &path, const QString &name);

    bool keyExists(const QString &path) const;
    std::optional<RegistryValue> value(const QString &path, const QString &name) const;
    QStringList subKeys(const QString &path) const;
    QStringList valueNames(const QString &path) const;
    // Every key, original spelling, parents before children.
    QStringList keys() const;

    static QString normalizePath(const QString &path); // trims and drops empty components

private:
    struct Entry
    {
        QString name;
        RegistryValue value;
    };
    struct Key
    {
        QString path; // original spelling
        QMap<QString, Entry> values; // by case-folded name
    };
    static QString fold(const QString &s) { return s.toCaseFolded(); }
    QMap<QString, Key> m_keys; // by case-folded path
};

} // namespace confman::platform
