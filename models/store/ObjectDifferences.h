#pragma once
// The fields, by the names the user sees in the properties dialogs, that
// differ between two versions of one object (for Conflict::changedFields).
#include "models/config/Application.h"
#include "models/config/Folder.h"
#include "models/config/Host.h"

#include <QStringList>

namespace confman {

QStringList changedFields(const Host &a, const Host &b);
QStringList changedFields(const Application &a, const Application &b);
QStringList changedFields(const Folder &a, const Folder &b);

} // namespace confman
