#pragma once
// Each field of a host or application as short text, keyed by the names
// changedFields() (models/store/ObjectDifferences.h) reports, so the conflict
// dialog can put "current" next to "yours" for exactly the fields that differ.
#include "models/config/Application.h"
#include "models/config/Host.h"

#include <QMap>

namespace confman {

class Store;

QMap<QString, QString> fieldTexts(const Host &host);
QMap<QString, QString> fieldTexts(const Application &app, const Store &store);

QString optionSectionsText(const OptionSections &options); // "security: certificate=..., ...; log: ..."
QString portsText(const QVector<Port> &ports);            // "default:2020, secure:2021 (Secured)"

} // namespace confman
