#include "models/config/Validator.h"

namespace confman {

namespace {

Finding error(const QString &code, const QString &message, ObjectRef object, const QString &objectName,
              const QString &field)
{
    Finding f;
    f.severity = Severity::Error;
    f.code = code;
    f.message = message;
    f.object = object;
    f.objectName = objectName;
    f.field = field;
    return f;
}

// S1: non-empty after trimming and already trimmed.
void checkName(const QString &name, const QString &kind, ObjectRef ref, Findings &out)
{
    if (name.trimmed().isEmpty()) {
        out << error(QStringLiteral("name.empty"), QStringLiteral("Name: a %1 needs a name.").arg(kind), ref, name,
                     QStringLiteral("name"));
    } else if (name != name.trimmed()) {
        out << error(QStringLiteral("name.untrimmed"),
                     QStringLiteral("Name: \"%1\" must not start or end with spaces.").arg(name), ref, name,
                     QStringLiteral("name"));
    }
}

} // namespace

Findings Validator::validate(const Host &host, const ValidationContext &ctx)
{
    Findings out;
    const ObjectRef ref{ObjectKind::Host, host.id};
    checkName(host.name, QStringLiteral("host"), ref, out);
    if (!host.name.trimmed().isEmpty()) {
        const auto other = ctx.hostIdByName(host.name);
        if (other && *other != host.id)
            out << error(QStringLiteral("name.duplicate"),
                         QStringLiteral("Name: another host is already named \"%1\".").arg(host.name), ref, host.name,
                         QStringLiteral("name"));
    }
    if (host.lcaPort < 1 || host.lcaPort > 65535)
        out << error(QStringLiteral("host.lca-port-range"),
                     QStringLiteral("LCA Port: %1 is not a port number (1..65535).").arg(host.lcaPort), ref,
                     host.name, QStringLiteral("lcaPort"));
    return out;
}

Findings Validator::validate(const Application &app, const ValidationContext &ctx)
{
    Findings out;
    const ObjectRef ref{ObjectKind::Application, app.id};
    checkName(app.name, QStringLiteral("application"), ref, out);
    if (!app.name.trimmed().isEmpty()) {
        const auto other = ctx.applicationIdByName(app.name);
        if (other && *other != app.id)
            out << error(QStringLiteral("name.duplicate"),
                         QStringLiteral("Name: another application is already named \"%1\".").arg(app.name), ref,
                         app.name, QStringLiteral("name"));
    }
    return out;
}

Findings Validator::warnings(const Application &, const ValidationContext &)
{
    return {};
}

} // namespace confman
