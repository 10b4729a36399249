#pragma once
// Export of the whole configuration of a Store as the documented JSON
// (docs/json-format.md) and import of such a document, all or nothing.
#include "models/store/JsonFormat.h"
#include "models/store/Store.h"

#include <QStringList>

namespace confman {

struct ImportResult
{
    enum class Outcome {
        Imported,        // everything is in the store
        InvalidDocument, // not JSON, wrong types, unknown names, dangling references: nothing touched
        Refused,         // the store's validation found errors: rolled back, nothing changed
        StorageFailed,   // the store could not be written: rolled back
    };
    Outcome outcome = Outcome::InvalidDocument;
    QStringList problems; // every problem, one line each, "path: message"
    QStringList warnings; // validation warnings of the imported objects (imported anyway)
    int foldersCreated = 0;
    int hostsCreated = 0;
    int hostsUpdated = 0;
    int applicationsCreated = 0;
    int applicationsUpdated = 0;

    bool ok() const { return outcome == Outcome::Imported; }
};

class JsonExchange
{
public:
    // The configuration as a document: references turned into names.
    static ConfigurationDocument documentOf(const Store &store);
    // The documented JSON bytes: the same configuration always gives the same bytes.
    static QByteArray exportJson(const Store &store);
    // The same bytes written to `out` object by object (a large export never
    // holds the whole text); false when `out` refused a write.
    static bool exportJson(const Store &store, QIODevice &out);

    // Parses strictly, resolves every reference (to the document or to what
    // the store already holds), then applies everything in one transaction:
    // folders, hosts, applications without backups and connections, then the
    // backups and connections. Objects whose name already exists are updated
    // (merge by name); objects the document does not name are left alone.
    // Any problem anywhere leaves the store exactly as it was.
    static ImportResult importJson(Store &store, const QByteArray &json);
    static ImportResult importDocument(Store &store, const ConfigurationDocument &document);
};

} // namespace confman
