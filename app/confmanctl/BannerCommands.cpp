// confmanctl banner resolve: the banner settings exactly as Confman would
// resolve them at start, as JSON (for administrators checking their .reg files).
#include "app/confmanctl/Cli.h"

#include "models/banner/BannerSettings.h"
#include "models/platform/RegFileRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace confman::cli {

namespace {

QJsonArray urlArray(const QList<banner::BannerUrl> &urls)
{
    QJsonArray out;
    for (const banner::BannerUrl &u : urls)
        out.append(QJsonObject{{QStringLiteral("url"), u.url}, {QStringLiteral("seq"), u.seq}});
    return out;
}

QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

int resolve(const QStringList &args, Io &io)
{
    QString machineDir = platform::RegFileRegistry::defaultMachineDir();
    QString userHive = platform::RegFileRegistry::defaultUserHiveFile();
    int appType = banner::kConfmanAppType;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto next = [&](QString &target) {
            if (i + 1 >= args.size())
                return false;
            target = args.at(++i);
            return true;
        };
        QString number;
        if (a == QLatin1String("--registry-dir")) {
            if (!next(machineDir)) {
                io.err << "confmanctl: --registry-dir needs a folder\n";
                return Usage;
            }
        } else if (a == QLatin1String("--user-hive")) {
            if (!next(userHive)) {
                io.err << "confmanctl: --user-hive needs a file\n";
                return Usage;
            }
        } else if (a == QLatin1String("--app-type")) {
            bool ok = false;
            if (next(number))
                appType = number.toInt(&ok);
            if (!ok || appType < 0) {
                io.err << "confmanctl: --app-type needs a non-negative number\n";
                return Usage;
            }
        } else {
            io.err << "confmanctl: unknown banner resolve option " << a << "\n";
            return Usage;
        }
    }
    const platform::RegFileRegistry registry(machineDir, userHive);
    // Problems in the files go to stderr; the JSON still describes what applies.
    for (const platform::RegFileIssue &issue : registry.issues())
        io.err << "confmanctl: " << issue.toString() << "\n";
    const banner::BannerSettings s = banner::BannerSettings::resolve(registry, appType);

    QJsonArray ignored;
    for (const banner::IgnoredValue &v : s.ignored)
        ignored.append(QJsonObject{{QStringLiteral("key"), v.key},
                                   {QStringLiteral("value"), v.value},
                                   {QStringLiteral("reason"), v.reason}});
    const QJsonObject out{
        {QStringLiteral("enabled"), s.enabled()},
        {QStringLiteral("urls"), urlArray(s.urls)},
        {QStringLiteral("errorPages"), urlArray(s.errorPages)},
        {QStringLiteral("ackMandatory"), s.ackMandatory},
        {QStringLiteral("ackMode"), s.ackMode},
        {QStringLiteral("showUpTimeout"), s.showUpTimeoutMs},
        {QStringLiteral("noCompleteTimeout"), s.noCompleteTimeoutMs},
        {QStringLiteral("title"), s.title ? QJsonValue(*s.title) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("height"), optionalInt(s.height)},
        {QStringLiteral("width"), optionalInt(s.width)},
        {QStringLiteral("acknowledged"), s.acknowledged},
        {QStringLiteral("ignored"), ignored},
    };
    io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace

int runBannerCommand(const QStringList &args, Io &io)
{
    if (args.value(0) == QLatin1String("resolve"))
        return resolve(args.mid(1), io);
    io.err << "confmanctl: usage: banner resolve [--registry-dir DIR] [--user-hive FILE] [--app-type N]\n";
    return Usage;
}

} // namespace confman::cli
