// confmanctl cert inspect | list | check (SPEC S4): JSON on stdout, one-line
// errors on stderr.
#include "app/confmanctl/Cli.h"

#include "models/security/CertificateChecks.h"
#include "models/security/FileReader.h"
#include "models/security/FolderSource.h"
#include "models/security/Pkcs12Bundle.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace confman::cli {

using namespace confman::security;

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject certificateJson(const Certificate &c)
{
    const KeyInfo key = c.keyInfo();
    const SubjectAltNames san = c.subjectAltNames();
    QJsonObject o;
    o.insert(QStringLiteral("subject"), c.subject());
    o.insert(QStringLiteral("issuer"), c.issuer());
    o.insert(QStringLiteral("serial"), c.serialNumber());
    o.insert(QStringLiteral("notBefore"), isoOrNull(c.notBefore()));
    o.insert(QStringLiteral("notAfter"), isoOrNull(c.notAfter()));
    o.insert(QStringLiteral("sha1"), c.sha1().toString());
    o.insert(QStringLiteral("sha256"), c.sha256().toString());
    o.insert(QStringLiteral("keyType"), key.curve.isEmpty() ? key.type : key.type + QStringLiteral(" (") + key.curve + QLatin1Char(')'));
    o.insert(QStringLiteral("keyBits"), key.bits);
    o.insert(QStringLiteral("signatureAlgorithm"), c.signatureAlgorithm());
    o.insert(QStringLiteral("san"), QJsonObject{{QStringLiteral("dns"), QJsonArray::fromStringList(san.dns)},
                                                {QStringLiteral("ip"), QJsonArray::fromStringList(san.ip)},
                                                {QStringLiteral("email"), QJsonArray::fromStringList(san.email)}});
    o.insert(QStringLiteral("eku"), QJsonArray::fromStringList(c.extendedKeyUsage()));
    o.insert(QStringLiteral("isCA"), c.isCA());
    if (!c.friendlyName().isEmpty())
        o.insert(QStringLiteral("friendlyName"), c.friendlyName());
    return o;
}

void printJson(Io &io, const QJsonArray &a)
{
    io.out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
}

int badInput(Io &io, const QString &message)
{
    io.err << "confmanctl: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "\n";
    return BadInput;
}

int usageError(Io &io, const QString &message)
{
    io.err << "confmanctl: " << message << "\n";
    return Usage;
}

bool isPkcs12Path(const QString &path)
{
    return path.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive);
}

// Options of the form "--name value" or "--name=value"; positional words apart.
struct Options
{
    QHash<QString, QString> values;
    QStringList positional;
    QString error;
};

Options parseOptions(const QStringList &args, const QStringList &known)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            o.positional << a;
            continue;
        }
        QString name = a.mid(2), value;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            o.error = QStringLiteral("--%1 needs a value").arg(name);
            return o;
        }
        if (!known.contains(name)) {
            o.error = QStringLiteral("unknown option --%1").arg(name);
            return o;
        }
        o.values.insert(name, value);
    }
    return o;
}

int inspect(const QStringList &args, Io &io)
{
    const Options o = parseOptions(args, {QStringLiteral("password")});
    if (!o.error.isEmpty())
        return usageError(io, o.error);
    if (o.positional.size() != 1)
        return usageError(io, QStringLiteral("usage: confmanctl cert inspect FILE [--password P]"));
    const QString path = o.positional.first();
    auto data = readCappedFile(path);
    if (!data)
        return badInput(io, data.errorMessage());
    QJsonArray out;
    if (isPkcs12Path(path) || (!Certificate::fromData(data.value()) && Pkcs12Bundle::looksLikePkcs12(data.value()))) {
        auto bundle = Pkcs12Bundle::fromData(data.value(), o.values.value(QStringLiteral("password")),
                                             QFileInfo(path).fileName());
        if (!bundle)
            return badInput(io, bundle.errorMessage());
        if (bundle->certificates().isEmpty())
            return badInput(io, QStringLiteral("%1: the bundle holds no certificate").arg(QFileInfo(path).fileName()));
        for (const Certificate &c : bundle->certificates()) {
            QJsonObject obj = certificateJson(c);
            obj.insert(QStringLiteral("hasPrivateKey"), bundle->hasPrivateKey() && bundle->privateKey().matches(c));
            out.append(obj);
        }
    } else {
        auto certs = Certificate::fromData(data.value());
        if (!certs)
            return badInput(io, inFile(certs.error(), path).message);
        for (const Certificate &c : certs.value())
            out.append(certificateJson(c));
    }
    printJson(io, out);
    return Ok;
}

int list(const QStringList &args, Io &io)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return usageError(io, QStringLiteral("usage: confmanctl cert list DIR"));
    const QFileInfo dir(args.first());
    if (!dir.isDir())
        return badInput(io, QStringLiteral("not a folder: %1").arg(args.first()));
    FolderSource source(args.first()); // no password provider: bundles with one are listed as such
    QJsonArray out;
    for (const CertificateEntry &e : source.entries()) {
        QJsonObject o{{QStringLiteral("file"), e.fileName}};
        if (e.error) {
            o.insert(QStringLiteral("error"), e.error->message);
        } else {
            QJsonArray certs;
            for (const Certificate &c : e.certificates)
                certs.append(certificateJson(c));
            o.insert(QStringLiteral("certificates"), certs);
            if (e.hasPrivateKey)
                o.insert(QStringLiteral("hasPrivateKey"), true);
        }
        out.append(o);
    }
    printJson(io, out);
    return Ok;
}

int check(const QStringList &args, Io &io)
{
    const Options o = parseOptions(args, {QStringLiteral("cert"), QStringLiteral("key"), QStringLiteral("ca"),
                                          QStringLiteral("host"), QStringLiteral("kind"), QStringLiteral("at"),
                                          QStringLiteral("password")});
    if (!o.error.isEmpty())
        return usageError(io, o.error);
    if (!o.positional.isEmpty() || !o.values.contains(QStringLiteral("cert")))
        return usageError(io, QStringLiteral("usage: confmanctl cert check --cert FILE [--key FILE] [--ca FILE] "
                                             "[--host FQDN] [--kind server|gui] [--at ISO8601]"));
    const QString password = o.values.value(QStringLiteral("password"));
    CertificateCheckInput in;
    const QString certPath = o.values.value(QStringLiteral("cert"));
    if (isPkcs12Path(certPath)) {
        auto bundle = Pkcs12Bundle::fromFile(certPath, password);
        if (!bundle)
            return badInput(io, bundle.errorMessage());
        if (bundle->certificates().isEmpty())
            return badInput(io, QStringLiteral("%1: the bundle holds no certificate").arg(QFileInfo(certPath).fileName()));
        in.certificate = bundle->certificates().first();
        in.intermediates = bundle->certificates().mid(1);
        if (bundle->hasPrivateKey())
            in.privateKey = bundle->privateKey();
    } else {
        auto certs = Certificate::fromFile(certPath);
        if (!certs)
            return badInput(io, certs.errorMessage());
        in.certificate = certs->first();
        in.intermediates = certs->mid(1); // a chain file: leaf first
    }
    if (o.values.contains(QStringLiteral("key"))) {
        auto key = PrivateKey::fromFile(o.values.value(QStringLiteral("key")), password);
        if (!key)
            return badInput(io, key.errorMessage());
        in.privateKey = key.value();
    }
    if (o.values.contains(QStringLiteral("ca"))) {
        auto ca = Certificate::fromFile(o.values.value(QStringLiteral("ca")));
        if (!ca)
            return badInput(io, ca.errorMessage());
        in.trustedCa = ca.value();
    }
    in.hostFqdn = o.values.value(QStringLiteral("host"));
    if (o.values.contains(QStringLiteral("kind"))) {
        const QString kind = o.values.value(QStringLiteral("kind")).toLower();
        if (kind == QLatin1String("server"))
            in.kind = ApplicationKind::Server;
        else if (kind == QLatin1String("gui"))
            in.kind = ApplicationKind::Gui;
        else
            return usageError(io, QStringLiteral("--kind must be server or gui, not \"%1\"").arg(kind));
    }
    if (o.values.contains(QStringLiteral("at"))) {
        QDateTime at = QDateTime::fromString(o.values.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid())
            return usageError(io, QStringLiteral("--at wants an ISO 8601 time such as 2030-01-31T12:00:00Z, not \"%1\"")
                                      .arg(o.values.value(QStringLiteral("at"))));
        in.at = at.toUTC();
    }
    const confman::Findings findings = CertificateChecks::check(in);
    QJsonArray out;
    for (const Finding &f : findings)
        out.append(QJsonObject{{QStringLiteral("severity"), f.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                               {QStringLiteral("code"), f.code},
                               {QStringLiteral("message"), f.message}});
    printJson(io, out);
    return hasErrors(findings) ? ExitCode::Findings : Ok;
}

} // namespace

int runCertCommand(const QStringList &args, Io &io)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("inspect"))
        return inspect(args.mid(1), io);
    if (sub == QLatin1String("list"))
        return list(args.mid(1), io);
    if (sub == QLatin1String("check"))
        return check(args.mid(1), io);
    return usageError(io, QStringLiteral("usage: confmanctl cert inspect|list|check ... (see --help)"));
}

} // namespace confman::cli
