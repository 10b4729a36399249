#pragma once
// Opens the store confman works on, creating it when missing; a store made
// just now gets the demo configuration so a first start shows something real.
#include "models/store/SqliteStore.h"

#include <memory>

namespace confman {

struct OpenedStore
{
    std::unique_ptr<SqliteStore> store; // nullptr when it could not be opened
    bool created = false;               // the file did not exist before
    QString error;                      // why it could not be opened, for the user
    QString seedProblem;                // the demo configuration was refused (the store stays usable)
};

OpenedStore openOrCreateStore(const QString &path);

} // namespace confman
