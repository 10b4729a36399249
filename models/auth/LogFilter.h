#pragma once
// SPEC S8 log filtering of key=value pairs in an application's log.
//
// Section `log-filter`, option `default-filter-type`, and section
// `log-filter-data`, option `<key name>` (overriding the default for that key)
// take one of these forms:
//   copy                        the value as it is (the default)
//   hide                        the value replaced by "****" (its length is not shown)
//   skip                        the whole pair left out
//   hide-first,<n>              the first n characters replaced by '*' (n >= 1)
//   hide-last,<n>               the last n characters replaced by '*' (n >= 1)
//   tag                         the value wrapped in "<#" and "#>"
//   tag(<prefix>,<postfix>)     the value wrapped in the given markers (non-empty,
//                               without ',', '(' or ')')
// Keys that name a secret (isPasswordKey) are never shown whatever the
// options say: copy, tag and hide-first/-last become hide; skip stays skip.
#include "models/config/OptionSections.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace confman {

inline const QString kLogFilterSection = QStringLiteral("log-filter");
inline const QString kLogFilterDataSection = QStringLiteral("log-filter-data");
inline const QString kDefaultFilterTypeOption = QStringLiteral("default-filter-type");

struct FilterRule
{
    enum class Type { Copy, Hide, Skip, HideFirst, HideLast, Tag };
    Type type = Type::Copy;
    int count = 0;        // HideFirst / HideLast
    QString prefix;       // Tag
    QString postfix;      // Tag

    // The value as the log shows it; nullopt = the pair is left out.
    std::optional<QString> apply(const QString &value) const;
    QString toString() const; // the option value form, e.g. "hide-first,3"
    friend bool operator==(const FilterRule &, const FilterRule &) = default;
};

class LogFilter
{
public:
    // Parses one option value; nullopt when it is none of the valid forms.
    static std::optional<FilterRule> parseRule(const QString &text);
    // The valid forms, as the "valid values" list of an option editor.
    static QStringList validForms();
    // password, passwd, pwd, secret, passphrase, credential, private-key / *key*
    // secrets in any case and anywhere in the name (e.g. db-password, PWD).
    static bool isPasswordKey(const QString &key);

    LogFilter() = default;
    // From an application's Options; invalid values fall back to copy for
    // the default and to the default for a key (the editor refuses them first).
    explicit LogFilter(const OptionSections &options);

    FilterRule defaultRule() const { return m_default; }
    FilterRule ruleFor(const QString &key) const; // after the password rule
    std::optional<QString> filterValue(const QString &key, const QString &value) const;

    // The preview: a message of whitespace-separated tokens, where tokens of
    // the form key=value are filtered; everything else is kept as written.
    // A skipped pair takes its following whitespace with it.
    QString filterMessage(const QString &message) const;

private:
    FilterRule m_default;
    QMap<QString, FilterRule> m_perKey;
};

} // namespace confman
