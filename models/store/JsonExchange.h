#pragma once
// Export of the whole configuration of a Store as the documented JSON
// (docs/json-format.md) and import of such a document, all or nothing.
#include "models/store/JsonFormat.h"
#include "models/store/PersonStore.h"
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
    int personsCreated = 0;
    int personsUpdated = 0;
    int accessGroupsCreated = 0;
    int accessGroupsUpdated = 0;
    // Only with StorageFailed: the configuration objects were committed, the
    // Persons and Access Groups after them could not be (none of them changed).
    bool configurationImported = false;

    bool ok() const { return outcome == Outcome::Imported; }
};

// `persons` is optional everywhere: without a PersonStore the document is the
// configuration alone (no "persons" / "accessGroups" keys), as before issue 5.
class JsonExchange
{
public:
    // The configuration as a document: references turned into names. With
    // `persons`, also every Person and Access Group, never a password hash,
    // login state or failure count.
    static ConfigurationDocument documentOf(const Store &store, const PersonStore *persons = nullptr);
    // The documented JSON bytes: the same configuration always gives the same bytes.
    static QByteArray exportJson(const Store &store, const PersonStore *persons = nullptr);
    // The same bytes written to `out` object by object (a large export never
    // holds the whole text); false when `out` refused a write.
    static bool exportJson(const Store &store, QIODevice &out, const PersonStore *persons = nullptr);

    // Parses strictly, resolves every reference (to the document or to what
    // the store already holds), then applies everything in one transaction:
    // folders, hosts, applications without backups and connections, then the
    // backups and connections. Objects whose name already exists are updated
    // (merge by name); objects the document does not name are left alone.
    // Any problem anywhere leaves the store exactly as it was.
    //
    // Persons and Access Groups (merged by user name / name) go to `persons`
    // after the configuration, in a transaction of their own: the two live
    // behind separate connections that cannot share one. Everything that can
    // refuse them (names, references, folders) is checked before the
    // configuration is written; only a storage failure between the two
    // commits could leave the configuration imported without them, and the
    // result says so. A document with Persons or Access Groups and no
    // `persons` is refused. Imported Persons get no password; an updated one
    // keeps the one it had.
    static ImportResult importJson(Store &store, const QByteArray &json, PersonStore *persons = nullptr);
    static ImportResult importDocument(Store &store, const ConfigurationDocument &document,
                                       PersonStore *persons = nullptr);
};

} // namespace confman
