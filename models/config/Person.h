#pragma once
// SPEC S1 Person (a user of the configuration). The password is never held in
// clear: passwordHash is the opaque self-describing string PasswordHasher
// (models/auth) makes, e.g. "pbkdf2-sha256$600000$<salt>$<hash>". It is never
// exported, logged or shown; an empty hash means "no password set", and such
// a Person cannot log in.
#include "models/config/ObjectTypes.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace confman {

struct Person
{
    DbId id = 0;
    int version = 0; // store version; 0 = never saved
    QString userName; // unique, case-sensitive, trimmed, non-empty
    QString firstName;
    QString lastName;
    QString employeeId;
    bool enabled = true;
    DbId folderId = 0;
    QVector<DbId> memberOf; // access group ids, ascending
    QString passwordHash;   // PasswordHash string; "" = no password

    bool hasPassword() const { return !passwordHash.isEmpty(); }
    QString displayName() const; // "First Last (user)" or the user name alone

    friend bool operator==(const Person &, const Person &) = default;
};

// What the store keeps about a Person's logins (SPEC S8: "last logged in
// when and from which application"). Kept apart from Person so that saving a
// Person in a dialog never races with a login updating these.
struct LoginRecord
{
    QDateTime at;            // UTC
    QString applicationName; // the Application object the user logged in as
    bool isNull() const { return !at.isValid(); }
};

} // namespace confman
