#pragma once
// Store-wide security settings read from the Options of the primary
// Configuration Server application (SPEC S8), section `security`:
//
//   no-default-access          0 (default, also when absent or invalid): a new
//                              Person belongs to no access group and cannot
//                              log in until added to one. 1: a new Person
//                              joins every access group marked "default"
//                              (AccessGroup::isDefault, column is_default).
//   account-lockout-threshold  N >= 1: the account is locked after N failed
//                              logins in a row (an administrator unlocks it);
//                              0 or absent: no lockout (throttling only).
//
// Which application is the primary Configuration Server: the store setting
// `primary-configuration-server` (kPrimaryConfigServerSetting, its name; the
// demo sets "confserv"). When unset or naming nothing: the Configuration
// Server application that is no other one's backup, lowest id.
#include "models/config/Application.h"
#include "models/config/Person.h"
#include "models/store/PersonStore.h"
#include "models/store/Store.h"

#include <optional>

namespace confman {

inline const QString kNoDefaultAccessOption = QStringLiteral("no-default-access");
inline const QString kAccountLockoutThresholdOption = QStringLiteral("account-lockout-threshold");

struct SecurityPolicy
{
    int noDefaultAccess = 0;   // 0 or 1, see above
    int lockoutThreshold = 0;  // 0 = off
    QString configServerName;  // where the values came from ("" = none found, defaults)

    bool newPersonsJoinDefaultGroups() const { return noDefaultAccess == 1; }

    static SecurityPolicy read(const Store &store, const PersonStore &persons);
    static std::optional<Application> primaryConfigurationServer(const Store &store, const PersonStore &persons);
};

// SPEC S8 no-default-access for a Person about to be created: with 1 and an
// empty Member Of, fills memberOf with the default access groups; with 0 it
// leaves the Person as it is (no access until an administrator adds it).
void applyNoDefaultAccess(Person &newPerson, const PersonStore &persons, const SecurityPolicy &policy);

} // namespace confman
