// confmanctl user add / passwd: Persons and their passwords from scripts.
// The password is only ever read from stdin (never argv, which other users
// can see in the process list), and never printed.
#include "app/confmanctl/Cli.h"

#include "models/auth/AuditLog.h"
#include "models/auth/Authenticator.h"
#include "models/auth/SecurityPolicy.h"
#include "models/store/DemoAccounts.h"
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace confman::cli {

namespace {

int fail(Io &io, int code, const QString &message)
{
    io.err << "confmanctl: " << message << '\n';
    return code;
}

struct Stores
{
    std::unique_ptr<SqliteStore> config;
    std::unique_ptr<SqlitePersonStore> persons;
};

std::optional<Stores> openStores(const QString &path, Io &io, int *code)
{
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        *code = fail(io, StoreError,
                     QStringLiteral("no store at %1 (create one with: confmanctl --store %1 init)").arg(path));
        return std::nullopt;
    }
    QString error;
    Stores s;
    s.config = SqliteStore::open(path, &error);
    if (s.config)
        s.persons = SqlitePersonStore::open(path, &error);
    if (!s.config || !s.persons) {
        *code = fail(io, StoreError, QStringLiteral("cannot open the store %1: %2").arg(path, error));
        return std::nullopt;
    }
    return s;
}

// The first line of stdin, without its line end. Refuses an empty one.
std::optional<QString> readPassword(Io &io)
{
    QString line = io.in.readLine();
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

QString firstProblem(const SaveResult &r)
{
    for (const auto &f : r.findings)
        if (f.isError())
            return f.message;
    if (r.conflict)
        return QStringLiteral("the Person was changed or deleted meanwhile");
    return r.error;
}

QString actor()
{
    const QString os = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return os.isEmpty() ? QStringLiteral("confmanctl") : QStringLiteral("confmanctl (%1)").arg(os);
}

struct Parsed
{
    QString userName;
    bool passwordStdin = false;
    QStringList groups;
    QString problem;
};

Parsed parse(const QStringList &args, bool allowGroups)
{
    Parsed p;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--password-stdin")) {
            p.passwordStdin = true;
        } else if (allowGroups && a == QLatin1String("--group")) {
            if (i + 1 >= args.size()) {
                p.problem = QStringLiteral("--group needs an access group name");
                return p;
            }
            p.groups.append(args.at(++i));
        } else if (allowGroups && a.startsWith(QLatin1String("--group="))) {
            p.groups.append(a.mid(8));
        } else if (a.startsWith(QLatin1String("--"))) {
            p.problem = QStringLiteral("unexpected option \"%1\"").arg(a);
            return p;
        } else if (p.userName.isEmpty()) {
            p.userName = a;
        } else {
            p.problem = QStringLiteral("unexpected argument \"%1\"").arg(a);
            return p;
        }
    }
    if (p.userName.isEmpty())
        p.problem = QStringLiteral("a user name is needed");
    else if (!p.passwordStdin)
        p.problem = QStringLiteral("the password is read from stdin only: add --password-stdin");
    return p;
}

void printJson(Io &io, const QJsonObject &o) { io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)); }

int runAdd(const GlobalOptions &global, const QStringList &args, Io &io)
{
    const Parsed p = parse(args, true);
    if (!p.problem.isEmpty())
        return fail(io, Usage, QStringLiteral("user add: %1").arg(p.problem));
    int code = Ok;
    auto stores = openStores(global.storePath, io, &code);
    if (!stores)
        return code;
    if (stores->persons->personByUserName(p.userName))
        return fail(io, Findings, QStringLiteral("user add: the user %1 already exists (use: user passwd)").arg(p.userName));
    const auto password = readPassword(io);
    if (!password)
        return fail(io, BadInput, QStringLiteral("user add: no password on stdin (an empty password is refused)"));

    AuditLog audit(*stores->persons);
    audit.setSession(actor(), {});
    Authenticator auth(*stores->config, *stores->persons, audit);
    Person person;
    person.userName = p.userName;
    QJsonArray groupNames;
    for (const QString &name : p.groups) {
        auto group = stores->persons->accessGroupByName(name);
        if (!group) {
            const auto standard = standardAccessGroup(name);
            if (!standard)
                return fail(io, BadInput, QStringLiteral("user add: there is no access group \"%1\"").arg(name));
            const SaveResult created = stores->persons->save(*standard);
            if (!created)
                return fail(io, StoreError, QStringLiteral("user add: cannot create the group %1: %2").arg(name, firstProblem(created)));
            group = stores->persons->accessGroup(created.id);
        }
        person.memberOf.append(group->id);
    }
    if (p.groups.isEmpty())
        applyNoDefaultAccess(person, *stores->persons, SecurityPolicy::read(*stores->config, *stores->persons));
    // Hash first: a Person never exists without the password the caller gave.
    PasswordHasher hasher;
    person.passwordHash = hasher.hash(*password);
    if (person.passwordHash.isEmpty())
        return fail(io, StoreError, QStringLiteral("user add: the password could not be hashed"));
    const SaveResult saved = stores->persons->save(person);
    if (!saved)
        return fail(io, saved.findings.isEmpty() ? StoreError : Findings, QStringLiteral("user add: %1").arg(firstProblem(saved)));
    audit.recordObjectChange(AuditAction::ObjectCreated, {ObjectKind::Person, saved.id}, person.userName,
                             QStringLiteral("user name: → %1\npassword set").arg(person.userName));
    for (DbId g : person.memberOf)
        if (const auto group = stores->persons->accessGroup(g))
            groupNames.append(group->name);
    QJsonObject result{{QStringLiteral("user"), person.userName},
                       {QStringLiteral("id"), saved.id},
                       {QStringLiteral("groups"), groupNames},
                       {QStringLiteral("passwordSet"), true}};
    if (groupNames.isEmpty())
        result.insert(QStringLiteral("note"), QStringLiteral("no access group: cannot log in until added to one"));
    printJson(io, result);
    return Ok;
}

int runPasswd(const GlobalOptions &global, const QStringList &args, Io &io)
{
    const Parsed p = parse(args, false);
    if (!p.problem.isEmpty())
        return fail(io, Usage, QStringLiteral("user passwd: %1").arg(p.problem));
    int code = Ok;
    auto stores = openStores(global.storePath, io, &code);
    if (!stores)
        return code;
    const auto person = stores->persons->personByUserName(p.userName);
    if (!person)
        return fail(io, Findings, QStringLiteral("user passwd: there is no user %1").arg(p.userName));
    const auto password = readPassword(io);
    if (!password)
        return fail(io, BadInput, QStringLiteral("user passwd: no password on stdin (an empty password is refused)"));
    AuditLog audit(*stores->persons);
    audit.setSession(actor(), {});
    Authenticator auth(*stores->config, *stores->persons, audit);
    const SaveResult saved = auth.setPassword(person->id, *password);
    if (!saved)
        return fail(io, StoreError, QStringLiteral("user passwd: %1").arg(firstProblem(saved)));
    printJson(io, QJsonObject{{QStringLiteral("user"), person->userName},
                              {QStringLiteral("id"), person->id},
                              {QStringLiteral("passwordChanged"), true}});
    return Ok;
}

} // namespace

int runUserCommand(const GlobalOptions &global, const QStringList &args, Io &io)
{
    if (args.isEmpty())
        return fail(io, Usage, QStringLiteral("user: add or passwd expected"));
    if (args.first() == QLatin1String("add"))
        return runAdd(global, args.mid(1), io);
    if (args.first() == QLatin1String("passwd"))
        return runPasswd(global, args.mid(1), io);
    return fail(io, Usage, QStringLiteral("user: unknown command \"%1\" (add, passwd)").arg(args.first()));
}

} // namespace confman::cli
