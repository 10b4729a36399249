#pragma once
// The documented JSON form of a whole configuration (docs/json-format.md):
// the value types with their references written as names, and the strict
// reader that reports every problem with the JSON path to it. No store here:
// JsonExchange resolves names against a Store.
#include "models/config/AccessGroup.h"
#include "models/config/Application.h"
#include "models/config/Folder.h"
#include "models/config/Host.h"
#include "models/config/Person.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace confman {

inline constexpr int kJsonFormatVersion = 1;

// Folder names from the root folder of its kind down, e.g. {"Site A", "Rack 1"};
// empty = directly in the root folder.
using FolderPath = QStringList;

struct JsonFolder
{
    ObjectKind contains = ObjectKind::Host;
    FolderPath path; // never empty
};

// Value types keep their ids 0; the references live here as names.
struct JsonHost
{
    Host host;
    FolderPath folder;
};

struct JsonApplication
{
    Application app;
    FolderPath folder;
    QString hostName;              // empty = no host
    QString backupName;            // empty = no backup server
    QStringList connectionServers; // server name of each of app.connections, same order
};

// A Person without anything secret: passwordHash stays empty, login state
// and failures are not part of the document at all.
struct JsonPerson
{
    Person person;        // ids, version, folderId, memberOf and passwordHash unused
    FolderPath folder;    // a Person folder
    QStringList memberOf; // access group names
};

struct JsonAccessGroup
{
    AccessGroup group;             // ids, version, folderId, members unused; grants' folderId unused
    FolderPath folder;             // an Access Group folder
    QStringList members;           // user names
    QVector<FolderPath> grantFolders; // folder of each of group.permissions, same order
    // The kind of folder each grant's folder is: the grant's kind, except for
    // grants on Folder objects, whose folder may be of any kind.
    QVector<ObjectKind> grantFolderKinds;
};

struct ConfigurationDocument
{
    QVector<JsonFolder> folders;
    QVector<JsonHost> hosts;
    QVector<JsonApplication> applications;
    // Persons and Access Groups are written only when the export had a
    // PersonStore (hasAccounts); without one the document is exactly the
    // configuration-only form.
    bool hasAccounts = false;
    QVector<JsonPerson> persons;
    QVector<JsonAccessGroup> accessGroups;
};

// Something wrong with the document, where it is: `path` like
// "applications[3].ports[1].listeningMode" ("" for the document itself).
struct DocumentProblem
{
    QString path;
    QString message;
    QString toString() const;
};

// Folders by kind then path, hosts and applications by name, Persons by user
// name, Access Groups by name (ports, connections and grants keep their order;
// memberOf and members are sorted): the same configuration always gives the
// same bytes. Indented UTF-8, ending with a newline.
QJsonObject toJsonObject(const ConfigurationDocument &document);
QByteArray toJsonBytes(const ConfigurationDocument &document);
// The same bytes as toJsonBytes written to `out` one object at a time, so a
// large configuration is never held as one text or one JSON tree. False when
// `out` refused a write.
bool writeJson(const ConfigurationDocument &document, QIODevice &out);

struct ParsedDocument
{
    ConfigurationDocument document; // meaningful only without problems
    QVector<DocumentProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// Strict: not JSON, an unknown formatVersion, a wrong type, an unknown key or
// enumeration name, a missing required key and duplicate names are all
// problems, every one of them reported. References are not resolved here.
ParsedDocument parseConfigurationDocument(const QByteArray &json);

// Names used by the format (docs/json-format.md).
QString folderKindKey(ObjectKind kind); // "Host", "Application", "Person", "Access Group"
QString folderPathText(const FolderPath &path); // "Site A/Rack 1", for messages

} // namespace confman
