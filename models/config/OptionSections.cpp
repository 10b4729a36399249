#include "models/config/OptionSections.h"

namespace confman {

std::optional<QString> OptionSections::value(const QString &section, const QString &key) const
{
    const auto s = m_sections.constFind(section);
    if (s == m_sections.cend())
        return std::nullopt;
    const auto v = s->constFind(key);
    if (v == s->cend())
        return std::nullopt;
    return *v;
}

QString OptionSections::value(const QString &section, const QString &key, const QString &fallback) const
{
    return value(section, key).value_or(fallback);
}

void OptionSections::set(const QString &section, const QString &key, const QString &value)
{
    m_sections[section][key] = value;
}

void OptionSections::remove(const QString &section, const QString &key)
{
    auto s = m_sections.find(section);
    if (s == m_sections.end())
        return;
    s->remove(key);
    if (s->isEmpty())
        m_sections.erase(s);
}

void OptionSections::removeSection(const QString &section) { m_sections.remove(section); }

bool OptionSections::contains(const QString &section, const QString &key) const
{
    return value(section, key).has_value();
}

std::optional<QString> OptionSections::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("the name is empty");
    if (name.contains(QLatin1Char('=')))
        return QStringLiteral("the name contains '='");
    if (name.contains(QLatin1Char('\n')) || name.contains(QLatin1Char('\r')))
        return QStringLiteral("the name contains a line break");
    return std::nullopt;
}

} // namespace confman
