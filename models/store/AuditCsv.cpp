#include "models/store/AuditCsv.h"

#include <QBuffer>

namespace confman {

namespace {

bool startsLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace

QStringList auditCsvHeader()
{
    return {QStringLiteral("When (UTC)"), QStringLiteral("Who"),         QStringLiteral("Action"),
            QStringLiteral("Object Type"), QStringLiteral("Object"),     QStringLiteral("Application"),
            QStringLiteral("Details")};
}

QStringList auditCsvFields(const AuditEntry &e)
{
    return {e.at.toUTC().toString(Qt::ISODate),
            e.who,
            auditActionName(e.action),
            e.object ? objectKindName(e.object->kind) : QString(),
            e.objectName,
            e.application,
            e.details};
}

QString csvField(const QString &value)
{
    const QString guarded = startsLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool needsQuotes = guarded.contains(QLatin1Char(',')) || guarded.contains(QLatin1Char('"'))
        || guarded.contains(QLatin1Char('\r')) || guarded.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return guarded;
    QString quoted = guarded;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRecord(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &f : fields)
        cells.append(csvField(f));
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

bool writeAuditCsv(const QVector<AuditEntry> &entries, QIODevice &out)
{
    if (out.write(csvRecord(auditCsvHeader()).toUtf8()) < 0)
        return false;
    for (const AuditEntry &e : entries)
        if (out.write(csvRecord(auditCsvFields(e)).toUtf8()) < 0)
            return false;
    return true;
}

QByteArray auditCsv(const QVector<AuditEntry> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeAuditCsv(entries, buffer);
    return bytes;
}

} // namespace confman
