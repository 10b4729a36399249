#pragma once
#include "models/config/ObjectTypes.h"

namespace confman {

// A user folder below one of the Environment's root folders (Hosts,
// Applications, ...). parentId 0 = directly below the root of its kind.
struct Folder
{
    DbId id = 0;
    int version = 0;
    ObjectKind contains = ObjectKind::Host; // which kind of object the folder holds
    QString name;
    DbId parentId = 0;

    friend bool operator==(const Folder &, const Folder &) = default;
};

} // namespace confman
