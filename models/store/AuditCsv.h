#pragma once
// The audit trail as CSV (issue 5, S8 "CSV export"): RFC 4180 (comma
// separated, CRLF between records, a field quoted when it holds a comma, a
// quote, CR or LF, quotes doubled), UTF-8 without a byte order mark, one
// header row, timestamps ISO 8601 in UTC ("2024-03-01T09:30:00Z").
//
// Guard against CSV formula injection: a spreadsheet runs a cell that starts
// with = + - @ (or a tab / carriage return) as a formula, and audit fields
// hold text anyone could type (object names, user names, details). Such a
// cell gets a leading apostrophe ("'=cmd|..."), which spreadsheets show as
// text; the rest of the value is unchanged.
#include "models/store/AuditEntry.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace confman {

// The header row's fields, in column order.
QStringList auditCsvHeader();
// The fields of one entry, before quoting and the formula guard.
QStringList auditCsvFields(const AuditEntry &entry);

// One field as it appears in the file: formula-guarded, then quoted if needed.
QString csvField(const QString &value);
// One record: the fields joined with commas, ending with CRLF.
QString csvRecord(const QStringList &fields);

// The header and every entry, in the order given.
QByteArray auditCsv(const QVector<AuditEntry> &entries);
// The same bytes written to `out` record by record; false when a write failed.
bool writeAuditCsv(const QVector<AuditEntry> &entries, QIODevice &out);

} // namespace confman
