#pragma once
// A small, realistic contact-center configuration for first starts, demos,
// screenshots and tests: hosts, folders, a framework (Configuration Server
// pair, DB Server, Message Server, Solution Control Server), a T-Server pair
// in Hot Standby with HA sync ports, a Stat Server, an Outbound Contact
// Server and Confman's own application `default` (Configuration Manager).
#include "models/store/Store.h"

namespace confman {

// Saves the demo objects through `store` in one transaction (all or nothing,
// with the store's validation). ok=false with the refusing findings or the
// storage error when it could not, e.g. because the names are taken.
SaveResult seedDemoConfiguration(Store &store);

} // namespace confman
