#include "models/auth/LogFilter.h"

#include <QRegularExpression>

namespace confman {

namespace {

const QString kDefaultTagPrefix = QStringLiteral("<#");
const QString kDefaultTagPostfix = QStringLiteral("#>");
const QString kHidden = QStringLiteral("****");

std::optional<int> positiveCount(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,5}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

bool validMarker(const QString &m)
{
    return !m.isEmpty() && !m.contains(QLatin1Char(',')) && !m.contains(QLatin1Char('('))
        && !m.contains(QLatin1Char(')')) && !m.contains(QLatin1Char('\n'));
}

} // namespace

std::optional<QString> FilterRule::apply(const QString &value) const
{
    switch (type) {
    case Type::Copy: return value;
    case Type::Hide: return kHidden;
    case Type::Skip: return std::nullopt;
    case Type::HideFirst: {
        const int n = std::min<int>(count, int(value.size()));
        return QString(n, QLatin1Char('*')) + value.mid(n);
    }
    case Type::HideLast: {
        const int n = std::min<int>(count, int(value.size()));
        return value.left(value.size() - n) + QString(n, QLatin1Char('*'));
    }
    case Type::Tag: return prefix + value + postfix;
    }
    return value;
}

QString FilterRule::toString() const
{
    switch (type) {
    case Type::Copy: return QStringLiteral("copy");
    case Type::Hide: return QStringLiteral("hide");
    case Type::Skip: return QStringLiteral("skip");
    case Type::HideFirst: return QStringLiteral("hide-first,%1").arg(count);
    case Type::HideLast: return QStringLiteral("hide-last,%1").arg(count);
    case Type::Tag:
        return prefix == kDefaultTagPrefix && postfix == kDefaultTagPostfix
            ? QStringLiteral("tag")
            : QStringLiteral("tag(%1,%2)").arg(prefix, postfix);
    }
    return {};
}

std::optional<FilterRule> LogFilter::parseRule(const QString &input)
{
    const QString text = input.trimmed();
    FilterRule rule;
    if (text == QLatin1String("copy"))
        return rule;
    if (text == QLatin1String("hide")) {
        rule.type = FilterRule::Type::Hide;
        return rule;
    }
    if (text == QLatin1String("skip")) {
        rule.type = FilterRule::Type::Skip;
        return rule;
    }
    for (const auto &[name, type] : {std::pair{QStringLiteral("hide-first,"), FilterRule::Type::HideFirst},
                                     std::pair{QStringLiteral("hide-last,"), FilterRule::Type::HideLast}}) {
        if (text.startsWith(name)) {
            const auto n = positiveCount(text.mid(name.size()).trimmed());
            if (!n)
                return std::nullopt;
            rule.type = type;
            rule.count = *n;
            return rule;
        }
    }
    if (text == QLatin1String("tag")) {
        rule.type = FilterRule::Type::Tag;
        rule.prefix = kDefaultTagPrefix;
        rule.postfix = kDefaultTagPostfix;
        return rule;
    }
    if (text.startsWith(QLatin1String("tag(")) && text.endsWith(QLatin1Char(')'))) {
        const QStringList markers = text.mid(4, text.size() - 5).split(QLatin1Char(','));
        if (markers.size() != 2 || !validMarker(markers.at(0)) || !validMarker(markers.at(1)))
            return std::nullopt;
        rule.type = FilterRule::Type::Tag;
        rule.prefix = markers.at(0);
        rule.postfix = markers.at(1);
        return rule;
    }
    return std::nullopt;
}

QStringList LogFilter::validForms()
{
    return {QStringLiteral("copy"),           QStringLiteral("hide"),
            QStringLiteral("skip"),           QStringLiteral("hide-first,<n>"),
            QStringLiteral("hide-last,<n>"),  QStringLiteral("tag"),
            QStringLiteral("tag(<prefix>,<postfix>)")};
}

bool LogFilter::isPasswordKey(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral("passw|pwd|secret|passphrase|credential|private-?key|api-?key|token"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

LogFilter::LogFilter(const OptionSections &options)
{
    if (const auto text = options.value(kLogFilterSection, kDefaultFilterTypeOption))
        m_default = parseRule(*text).value_or(FilterRule{});
    const auto sections = options.sections();
    const auto data = sections.find(kLogFilterDataSection);
    if (data == sections.end())
        return;
    for (auto it = data->cbegin(); it != data->cend(); ++it)
        if (const auto rule = parseRule(it.value()))
            m_perKey.insert(it.key(), *rule);
}

FilterRule LogFilter::ruleFor(const QString &key) const
{
    FilterRule rule = m_perKey.value(key, m_default);
    if (isPasswordKey(key) && rule.type != FilterRule::Type::Skip)
        rule = FilterRule{FilterRule::Type::Hide, 0, {}, {}};
    return rule;
}

std::optional<QString> LogFilter::filterValue(const QString &key, const QString &value) const
{
    return ruleFor(key).apply(value);
}

QString LogFilter::filterMessage(const QString &message) const
{
    // token (non-space run) and the whitespace after it
    static const QRegularExpression token(QStringLiteral("(\\S+)(\\s*)"));
    QString out;
    int pos = 0;
    // Leading whitespace is kept as written.
    while (pos < message.size() && message.at(pos).isSpace())
        out.append(message.at(pos++));
    auto it = token.globalMatch(message, pos);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString word = m.captured(1);
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            out += m.captured(0);
            continue;
        }
        const QString key = word.left(eq);
        const auto value = filterValue(key, word.mid(eq + 1));
        if (!value)
            continue; // skipped with its separator
        out += key + QLatin1Char('=') + *value + m.captured(2);
    }
    // A skipped last pair must not leave a trailing separator behind.
    if (!message.isEmpty() && !message.back().isSpace())
        while (!out.isEmpty() && out.back().isSpace())
            out.chop(1);
    return out;
}

} // namespace confman
