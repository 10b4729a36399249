#pragma once
// The Annex / Options area of every object (SPEC S1): named sections of
// key=value options. Section and key names are case-sensitive and may not
// contain '=' or a newline; values are free text.
#include <QMap>
#include <QString>

#include <optional>

namespace confman {

using OptionSection = QMap<QString, QString>;

class OptionSections
{
public:
    using Map = QMap<QString, OptionSection>;

    std::optional<QString> value(const QString &section, const QString &key) const;
    QString value(const QString &section, const QString &key, const QString &fallback) const;
    // An empty value is kept (an option may be present and empty); use remove() to delete.
    void set(const QString &section, const QString &key, const QString &value);
    void remove(const QString &section, const QString &key); // drops the section when it empties
    void removeSection(const QString &section);
    bool contains(const QString &section, const QString &key) const;
    bool isEmpty() const { return m_sections.isEmpty(); }

    const Map &sections() const { return m_sections; }
    Map &sections() { return m_sections; }

    // Why a section or key name is not acceptable, or nullopt when it is.
    static std::optional<QString> nameProblem(const QString &name);

    friend bool operator==(const OptionSections &, const OptionSections &) = default;

private:
    Map m_sections;
};

} // namespace confman
