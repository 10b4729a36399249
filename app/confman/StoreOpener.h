#pragma once
// Opens the store confman works on, creating it when missing; a store made
// just now gets the demo configuration (objects and accounts, none with a
// password) so a first start shows something real. The accounts live in the
// same file (SqlitePersonStore).
#include "models/store/SqlitePersonStore.h"
#include "models/store/SqliteStore.h"

#include <memory>

namespace confman {

struct OpenedStore
{
    std::unique_ptr<SqliteStore> store; // nullptr when it could not be opened
    std::unique_ptr<SqlitePersonStore> persons; // set whenever store is
    bool created = false;               // the file did not exist before
    QString error;                      // why it could not be opened, for the user
    QString seedProblem;                // the demo configuration was refused (the store stays usable)
};

OpenedStore openOrCreateStore(const QString &path);

} // namespace confman
