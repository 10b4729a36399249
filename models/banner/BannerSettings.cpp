#include "models/banner/BannerSettings.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcBannerSettings, "confman.banner")

namespace confman::banner {

using platform::Hive;
using platform::Registry;
using platform::RegistryValue;
using platform::RegType;

QString bannerKey()
{
    return QStringLiteral("SOFTWARE\\GCTI\\Unilogin\\Banner");
}

QString bannerTypeKey(int appType)
{
    return bannerKey() + QLatin1Char('\\') + QString::number(appType);
}

QString expandEnvironment(const QString &text, const QProcessEnvironment &env)
{
    // As ExpandEnvironmentStrings: "%A%" known → its value; unknown → kept,
    // and its closing '%' may open the next name.
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('%'), i);
        if (open < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, open - i);
        const qsizetype close = text.indexOf(QLatin1Char('%'), open + 1);
        if (close < 0) {
            out += text.mid(open);
            break;
        }
        const QString name = text.mid(open + 1, close - open - 1);
        if (!name.isEmpty() && env.contains(name)) {
            out += env.value(name);
            i = close + 1;
        } else {
            out += text.mid(open, close - open);
            i = close;
        }
    }
    return out;
}

QUrl BannerUrl::toUrl() const
{
    QString s = url.trimmed();
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    if (s.startsWith(QLatin1String("\\\\"))) {
        s.replace(QLatin1Char('\\'), QLatin1Char('/'));
        return QUrl(QStringLiteral("file:") + s, QUrl::TolerantMode);
    }
    if (drive.match(s).hasMatch()) {
        s.replace(QLatin1Char('\\'), QLatin1Char('/'));
        QUrl u;
        u.setScheme(QStringLiteral("file"));
        u.setPath(QLatin1Char('/') + s);
        return u;
    }
    if (s.startsWith(QLatin1Char('/')))
        return QUrl::fromLocalFile(s);
    QUrl u(s, QUrl::TolerantMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")
                         && scheme != QLatin1String("file")))
        return QUrl();
    if (scheme != QLatin1String("file") && u.host().isEmpty())
        return QUrl();
    return u;
}

namespace {

// Reads values of one resolution, collecting what it ignores.
class Reader
{
public:
    Reader(const Registry &registry, const QProcessEnvironment &env, QList<IgnoredValue> &ignored)
        : m_registry(registry), m_env(env), m_ignored(ignored)
    {
    }

    void ignore(Hive hive, const QString &key, const QString &name, const QString &reason)
    {
        const QString full = platform::hiveName(hive) + QLatin1Char('\\') + key;
        m_ignored.append(IgnoredValue{full, name, reason});
        qCWarning(lcBannerSettings).noquote()
            << QStringLiteral("ignored %1\\%2: %3").arg(full, name, reason);
    }

    // nullopt: missing or ignored.
    std::optional<QString> string(Hive hive, const QString &key, const QString &name)
    {
        const auto v = m_registry.value(hive, key, name);
        if (!v)
            return std::nullopt;
        if (v->type == RegType::String)
            return v->text;
        if (v->type == RegType::ExpandString)
            return expandEnvironment(v->text, m_env);
        ignore(hive, key, name, QStringLiteral("%1 where REG_SZ or REG_EXPAND_SZ is expected")
                                    .arg(platform::regTypeName(v->type)));
        return std::nullopt;
    }

    std::optional<int> integer(Hive hive, const QString &key, const QString &name, qint64 min, qint64 max,
                               const QString &rangeText)
    {
        const auto v = m_registry.value(hive, key, name);
        if (!v)
            return std::nullopt;
        qint64 n = 0;
        if (v->type == RegType::DWord) {
            n = qint64(v->number);
        } else if (v->type == RegType::String) {
            static const QRegularExpression decimal(QStringLiteral("^[+-]?[0-9]{1,12}$"));
            const QString t = v->text.trimmed();
            if (!decimal.match(t).hasMatch()) {
                ignore(hive, key, name, QStringLiteral("\"%1\" is not a decimal number").arg(v->text.left(40)));
                return std::nullopt;
            }
            n = t.toLongLong();
        } else {
            ignore(hive, key, name, QStringLiteral("%1 where REG_DWORD or a decimal REG_SZ is expected")
                                        .arg(platform::regTypeName(v->type)));
            return std::nullopt;
        }
        if (n < min || n > max) {
            ignore(hive, key, name, QStringLiteral("%1 is out of range (%2)").arg(n).arg(rangeText));
            return std::nullopt;
        }
        return int(n);
    }

    const Registry &registry() const { return m_registry; }

private:
    const Registry &m_registry;
    const QProcessEnvironment &m_env;
    QList<IgnoredValue> &m_ignored;
};

constexpr qint64 kMaxTimeout = std::numeric_limits<int>::max(); // what a timer can hold
constexpr qint64 kMaxPixels = 32767;

struct Lists
{
    QList<BannerUrl> urls;
    QList<BannerUrl> errorPages;
    bool any() const { return !urls.isEmpty() || !errorPages.isEmpty(); }
};

Lists readList(Reader &r, const QString &listKey)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    struct Entry
    {
        qint64 seq;
        QString name;
        BannerUrl url;
        bool errorPage;
    };
    QList<Entry> entries;
    const Hive hklm = Hive::LocalMachine;
    for (const QString &name : r.registry().subKeys(hklm, listKey)) {
        if (!digits.match(name).hasMatch()) {
            r.ignore(hklm, listKey, name, QStringLiteral("subkey name is not a sequence number"));
            continue;
        }
        if (name.size() > 9) {
            r.ignore(hklm, listKey, name, QStringLiteral("sequence number out of range"));
            continue;
        }
        const QString key = listKey + QLatin1Char('\\') + name;
        const auto url = r.string(hklm, key, QStringLiteral("URL"));
        if (!url) {
            if (!r.registry().value(hklm, key, QStringLiteral("URL")))
                r.ignore(hklm, key, QStringLiteral("URL"), QStringLiteral("no URL value"));
            continue;
        }
        BannerUrl entry{url->trimmed(), name.toInt()};
        if (entry.url.isEmpty()) {
            r.ignore(hklm, key, QStringLiteral("URL"), QStringLiteral("empty URL"));
            continue;
        }
        if (!entry.toUrl().isValid()) {
            r.ignore(hklm, key, QStringLiteral("URL"),
                     QStringLiteral("unsupported URL \"%1\" (http, https, file or an absolute path)")
                         .arg(entry.url.left(80)));
            continue;
        }
        const auto errorPage = r.integer(hklm, key, QStringLiteral("ErrorPage"), 0, 1, QStringLiteral("0 or 1"));
        entries.append(Entry{entry.seq, name, entry, errorPage.value_or(0) == 1});
    }
    // Numeric order ("2" before "10"); equal numbers ("2", "02") by name so the
    // result never depends on enumeration order.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.seq != b.seq ? a.seq < b.seq : a.name < b.name;
    });
    Lists out;
    for (const Entry &e : entries)
        (e.errorPage ? out.errorPages : out.urls).append(e.url);
    return out;
}

} // namespace

BannerSettings BannerSettings::resolve(const Registry &registry, int appType, const QProcessEnvironment &env)
{
    BannerSettings s;
    s.appType = appType;
    Reader r(registry, env, s.ignored);
    const Hive hklm = Hive::LocalMachine;
    const QString common = bannerKey();
    const QString perType = bannerTypeKey(appType);

    auto integer = [&](const char *name, qint64 min, qint64 max, const QString &range) -> std::optional<int> {
        const QString n = QString::fromLatin1(name);
        if (auto v = r.integer(hklm, perType, n, min, max, range))
            return v;
        return r.integer(hklm, common, n, min, max, range);
    };
    const QString timeoutRange = QStringLiteral("0 to %1 ms").arg(kMaxTimeout);
    s.ackMandatory = integer("AckMandatory", 0, 1, QStringLiteral("0 or 1")).value_or(0) == 1;
    s.ackMode = integer("AckMode", 0, 2, QStringLiteral("0, 1 or 2")).value_or(0);
    s.showUpTimeoutMs = integer("ShowUpTimeout", 0, kMaxTimeout, timeoutRange).value_or(3000);
    s.noCompleteTimeoutMs = integer("NoCompleteTimeout", 0, kMaxTimeout, timeoutRange).value_or(2000);
    s.height = integer("Height", 181, kMaxPixels, QStringLiteral("181 to %1").arg(kMaxPixels));
    s.width = integer("Width", 360, kMaxPixels, QStringLiteral("360 to %1").arg(kMaxPixels));

    std::optional<QString> title = r.string(hklm, perType, QStringLiteral("Title"));
    if (!title)
        title = r.string(hklm, common, QStringLiteral("Title"));
    if (title && !title->isEmpty())
        s.title = title;

    Lists lists = readList(r, perType);
    if (!lists.any())
        lists = readList(r, common + QStringLiteral("\\URLs"));
    s.urls = lists.urls;
    s.errorPages = lists.errorPages;

    // The stored acknowledgement that applies to this mode.
    if (s.ackMode == 0 || s.ackMode == 1) {
        const QString key = s.ackMode == 0 ? common : perType;
        s.acknowledged = r.integer(Hive::CurrentUser, key, QStringLiteral("Acknowledged"), 0, 1,
                                   QStringLiteral("0 or 1")).value_or(0) == 1;
    }
    return s;
}

bool BannerSettings::storeAcknowledgement(Registry &registry, QString *error) const
{
    if (!checkboxOffered()) {
        if (error)
            *error = QStringLiteral("AckMode %1 does not store acknowledgements").arg(ackMode);
        return false;
    }
    const QString key = ackMode == 0 ? bannerKey() : bannerTypeKey(appType);
    return registry.setValue(Hive::CurrentUser, key, QStringLiteral("Acknowledged"),
                             RegistryValue::dword(1), error);
}

} // namespace confman::banner
