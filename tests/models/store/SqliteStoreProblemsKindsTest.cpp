// problems() lists every warning of every application, in name order: the
// same findings as Validator::warnings over all applications, one kind of
// warning each from several applications, none from the clean ones.
#include "models/config/Validator.h"
#include "models/store/SqlValidationContext.h"
#include "tests/models/store/StoreTestSupport.h"

using namespace confman;
using namespace confman::test;

namespace {

Connection connectionWithParams(DbId serverId, const QString &params)
{
    Connection c = makeConnection(serverId);
    c.transportParams = params;
    return c;
}

DbId saved(SqliteStore &store, const Application &app)
{
    const SaveResult r = store.save(app);
    EXPECT_TRUE(r.ok) << app.name.toStdString() << ": " << r.error.toStdString()
                      << (r.findings.isEmpty() ? std::string() : r.findings.first().message.toStdString());
    EXPECT_FALSE(hasErrors(r.findings));
    return r.id;
}

// The warnings the slow way: every application through SQL, by name.
Findings warningsOfEveryApplication(const QString &path)
{
    return withConnection(path, [](QSqlDatabase &db) {
        const SqlValidationContext context(db);
        QStringList names;
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id FROM applications ORDER BY name")));
        Findings all;
        while (q.next()) {
            const auto app = context.application(q.value(0).toLongLong());
            EXPECT_TRUE(app);
            for (auto f : Validator::warnings(*app, context)) {
                if (f.object.id == 0)
                    f.object = ObjectRef{ObjectKind::Application, app->id};
                if (f.objectName.isEmpty())
                    f.objectName = app->name;
                all.append(f);
            }
        }
        return all;
    });
}

QStringList codesOf(const Findings &findings)
{
    QStringList codes;
    for (const auto &f : findings)
        codes << f.code;
    return codes;
}

} // namespace

TEST(SqliteStoreProblemsKinds, EveryKindOfWarningIsListedInNameOrder)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("s.sqlite"));
    auto store = openStore(path);
    const DbId h1 = store->save(makeHost(QStringLiteral("host-1"))).id;
    const DbId h2 = store->save(makeHost(QStringLiteral("host-2"))).id;
    const DbId confServ = saved(*store, makeServer(QStringLiteral("confserv"), h1, 2020, AppType::ConfigurationServer));

    // Clean ones, including a GUI application and one connected without parameters.
    Application quiet = makeServer(QStringLiteral("a-quiet"), h1, 2100);
    quiet.startInfo.commandLineArguments = QStringLiteral("-host cfg -port 2020 -transport-port 5000");
    quiet.connections = {makeConnection(confServ)};
    saved(*store, quiet);
    Application gui;
    gui.name = QStringLiteral("b-gui");
    gui.type = AppType::ConfigurationManager;
    saved(*store, gui);

    // A secured port with tls=0.
    Application tlsOff = makeServer(QStringLiteral("z-tls-off"), h1, 2200);
    tlsOff.serverInfo.ports = {makePort(QStringLiteral("default"), 2200, ListeningMode::Secured)};
    tlsOff.serverInfo.ports[0].transport = QStringLiteral("tls=0");
    saved(*store, tlsOff);

    // A port certificate on the HA sync port.
    Application haCert = makeServer(QStringLiteral("m-ha-cert"), h1, 2300, AppType::TServer);
    haCert.serverInfo.ports = {makePort(QStringLiteral("default"), 2300, ListeningMode::Secured)};
    haCert.serverInfo.ports[0].haSync = true;
    haCert.serverInfo.ports[0].transport = QStringLiteral("tls=1;certificate=/c.pem");
    saved(*store, haCert);

    // Start Info arguments that do not parse.
    Application badArgs = makeServer(QStringLiteral("c-bad-args"), h1, 2400);
    badArgs.startInfo.commandLineArguments = QStringLiteral("-transport-port abc");
    saved(*store, badArgs);

    // Client-side port: arguments and the connection's parameters disagree.
    Application mismatch = makeServer(QStringLiteral("k-client-port"), h1, 2500);
    mismatch.startInfo.commandLineArguments = QStringLiteral("-transport-port 5000");
    mismatch.connections = {connectionWithParams(confServ, QStringLiteral("port=5001"))};
    saved(*store, mismatch);

    // A backup pair with Not Specified redundancy and a missing HA port: the
    // warnings show on both sides.
    const DbId backupId = saved(*store, makeServer(QStringLiteral("d-backup"), h2, 2600, AppType::TServer));
    Application primary = makeServer(QStringLiteral("y-primary"), h1, 2600, AppType::TServer);
    primary.serverInfo.ports.append(makePort(QStringLiteral("ha"), 2601));
    primary.serverInfo.ports[1].haSync = true;
    primary.serverInfo.backupId = backupId;
    saved(*store, primary);

    const Findings problems = store->problems();
    const QStringList codes = codesOf(problems);
    for (const char *code : {"port.transport-tls-off-on-secured", "port.ha-sync-port-certificate",
                             "startinfo.transport-args-invalid", "s7.client-port-mismatch",
                             "backup.redundancy-not-specified", "ha.port-missing"})
        EXPECT_TRUE(codes.contains(QLatin1String(code))) << code << " missing from " << codes.join(u' ').toStdString();
    QStringList names;
    for (const auto &f : problems) {
        EXPECT_EQ(f.severity, Severity::Warning);
        names << f.objectName;
    }
    EXPECT_FALSE(names.contains(QStringLiteral("a-quiet")));
    EXPECT_FALSE(names.contains(QStringLiteral("b-gui")));
    EXPECT_TRUE(names.contains(QStringLiteral("d-backup"))) << names.join(u' ').toStdString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(names, sorted);

    EXPECT_EQ(problems, warningsOfEveryApplication(path));
}
