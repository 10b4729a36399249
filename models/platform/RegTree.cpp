#include "models/platform/RegTree.h"

namespace confman::platform {

QString RegTree::normalizePath(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\\'));
}

void RegTree::createKey(const QString &rawPath)
{
    const QString path = normalizePath(rawPath);
    if (path.isEmpty())
        return;
    // Windows creates missing parents; so do we, so subKeys() lists them.
    qsizetype from = 0;
    while (true) {
        const qsizetype sep = path.indexOf(QLatin1Char('\\'), from);
        const QString prefix = sep < 0 ? path : path.left(sep);
        const QString folded = fold(prefix);
        if (!m_keys.contains(folded))
            m_keys.insert(folded, Key{prefix, {}});
        if (sep < 0)
            break;
        from = sep + 1;
    }
}

void RegTree::deleteKeyTree(const QString &rawPath)
{
    const QString folded = fold(normalizePath(rawPath));
    if (folded.isEmpty()) {
        m_keys.clear();
        return;
    }
    const QString prefix = folded + QLatin1Char('\\');
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (it.key() == folded || it.key().startsWith(prefix))
            it = m_keys.erase(it);
        else
            ++it;
    }
}

void RegTree::setValue(const QString &rawPath, const QString &name, const RegistryValue &value)
{
    const QString path = normalizePath(rawPath);
    createKey(path);
    m_keys[fold(path)].values.insert(fold(name), Entry{name, value});
}

void RegTree::deleteValue(const QString &rawPath, const QString &name)
{
    auto it = m_keys.find(fold(normalizePath(rawPath)));
    if (it != m_keys.end())
        it->values.remove(fold(name));
}

bool RegTree::keyExists(const QString &rawPath) const
{
    const QString path = normalizePath(rawPath);
    return path.isEmpty() || m_keys.contains(fold(path));
}

std::optional<RegistryValue> RegTree::value(const QString &rawPath, const QString &name) const
{
    const auto key = m_keys.constFind(fold(normalizePath(rawPath)));
    if (key == m_keys.cend())
        return std::nullopt;
    const auto entry = key->values.constFind(fold(name));
    if (entry == key->values.cend())
        return std::nullopt;
    return entry->value;
}

QStringList RegTree::subKeys(const QString &rawPath) const
{
    const QString folded = fold(normalizePath(rawPath));
    const QString prefix = folded.isEmpty() ? QString() : folded + QLatin1Char('\\');
    QStringList out;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString rest = it.key().mid(prefix.size());
        if (rest.isEmpty() || rest.contains(QLatin1Char('\\')))
            continue;
        out.append(it->path.section(QLatin1Char('\\'), -1));
    }
    return out;
}

QStringList RegTree::valueNames(const QString &rawPath) const
{
    const auto key = m_keys.constFind(fold(normalizePath(rawPath)));
    QStringList out;
    if (key == m_keys.cend())
        return out;
    for (const Entry &e : key->values)
        out.append(e.name);
    return out;
}

QStringList RegTree::keys() const
{
    // QMap order puts "a" before "a\b" for the folded paths ('\\' sorts after
    // nothing shorter), so parents precede children.
    QStringList out;
    for (const Key &k : m_keys)
        out.append(k.path);
    return out;
}

} // namespace confman::platform
