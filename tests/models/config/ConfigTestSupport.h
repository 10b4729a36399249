#pragma once
// Builders and matchers for the Validator tests: a small configuration in an
// InMemoryConfiguration and "exactly this finding" assertions.
#include "models/config/InMemoryConfiguration.h"
#include "models/config/Validator.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }

namespace confman::test {

inline Port makePort(const QString &id, int number, ListeningMode mode = ListeningMode::Unsecured, bool haSync = false,
                     const QString &transport = QString())
{
    Port p;
    p.id = id;
    p.port = number;
    p.listeningMode = mode;
    p.haSync = haSync;
    p.transport = transport;
    return p;
}

inline Host makeHost(const QString &name, const QString &address = QStringLiteral("10.0.0.1"))
{
    Host h;
    h.name = name;
    h.address = address;
    return h;
}

inline Application makeServer(const QString &name, DbId hostId, AppType type = AppType::TServer,
                              QVector<Port> ports = {})
{
    Application a;
    a.name = name;
    a.type = type;
    a.hostId = hostId;
    a.serverInfo.ports = ports.isEmpty() ? QVector<Port>{makePort(QStringLiteral("default"), 7000)} : ports;
    return a;
}

inline Application makeGui(const QString &name, AppType type = AppType::ConfigurationManager)
{
    Application a;
    a.name = name;
    a.type = type;
    return a;
}

inline Findings errorsOf(const Findings &all)
{
    Findings out;
    for (const auto &f : all)
        if (f.isError())
            out << f;
    return out;
}

inline Findings warningsOf(const Findings &all)
{
    Findings out;
    for (const auto &f : all)
        if (!f.isError())
            out << f;
    return out;
}

inline QStringList codesOf(const Findings &all)
{
    QStringList out;
    for (const auto &f : all)
        out << f.code;
    return out;
}

inline std::string describe(const Findings &all)
{
    std::string s;
    for (const auto &f : all)
        s += (f.isError() ? "E " : "W ") + f.code.toStdString() + " [" + f.field.toStdString() + "] "
            + f.message.toStdString() + "\n";
    return s;
}

// Exactly one finding of `severity` in `all`, with this code and field, and
// a message containing every fragment.
inline ::testing::AssertionResult onlyFinding(const Findings &all, Severity severity, const QString &code,
                                              const QString &field, const QStringList &fragments = {})
{
    const Findings matching = severity == Severity::Error ? errorsOf(all) : warningsOf(all);
    if (matching.size() != 1)
        return ::testing::AssertionFailure() << "expected exactly one finding " << code.toStdString() << ", got:\n"
                                             << describe(all);
    const Finding &f = matching.first();
    if (f.code != code || f.field != field)
        return ::testing::AssertionFailure() << "expected " << code.toStdString() << " [" << field.toStdString()
                                             << "], got:\n"
                                             << describe(all);
    for (const auto &fragment : fragments)
        if (!f.message.contains(fragment))
            return ::testing::AssertionFailure() << "message lacks \"" << fragment.toStdString()
                                                 << "\": " << f.message.toStdString();
    return ::testing::AssertionSuccess();
}

inline ::testing::AssertionResult onlyError(const Findings &all, const QString &code, const QString &field,
                                            const QStringList &fragments = {})
{
    return onlyFinding(all, Severity::Error, code, field, fragments);
}

inline ::testing::AssertionResult onlyWarning(const Findings &all, const QString &code, const QString &field,
                                              const QStringList &fragments = {})
{
    return onlyFinding(all, Severity::Warning, code, field, fragments);
}

inline ::testing::AssertionResult clean(const Findings &all)
{
    if (all.isEmpty())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "expected no findings, got:\n" << describe(all);
}

} // namespace confman::test
