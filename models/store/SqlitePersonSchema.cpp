#include "models/store/SqlitePersonSchema.h"

namespace confman {

// Never edit once released; add a new step to SqliteSchema instead.
// No ';' inside literals: the migration runner splits on it.
QString personSchemaStep()
{
    return QStringLiteral(R"SQL(
CREATE TABLE persons (
    id            INTEGER PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 1,
    user_name     TEXT    NOT NULL,
    first_name    TEXT    NOT NULL DEFAULT '',
    last_name     TEXT    NOT NULL DEFAULT '',
    employee_id   TEXT    NOT NULL DEFAULT '',
    enabled       INTEGER NOT NULL DEFAULT 1,
    folder_id     INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    password_hash TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX persons_user_name ON persons(user_name);

CREATE TABLE access_groups (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL DEFAULT 1,
    name       TEXT    NOT NULL,
    folder_id  INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    is_default INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX access_groups_name ON access_groups(name);

CREATE TABLE memberships (
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    group_id  INTEGER NOT NULL REFERENCES access_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, group_id)
);
CREATE INDEX memberships_group ON memberships(group_id);

CREATE TABLE permissions (
    group_id    INTEGER NOT NULL REFERENCES access_groups(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    object_kind TEXT    NOT NULL,
    folder_id   INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    rights      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX permissions_group ON permissions(group_id, position);

CREATE TABLE logins (
    person_id        INTEGER PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
    last_at          TEXT,
    last_application TEXT    NOT NULL DEFAULT '',
    failed_count     INTEGER NOT NULL DEFAULT 0,
    locked           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    who         TEXT    NOT NULL DEFAULT '',
    action      TEXT    NOT NULL,
    object_kind TEXT,
    object_id   INTEGER,
    object_name TEXT    NOT NULL DEFAULT '',
    application TEXT    NOT NULL DEFAULT '',
    details     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_object ON audit_log(object_kind, object_id);

CREATE TABLE store_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)SQL");
}

} // namespace confman
