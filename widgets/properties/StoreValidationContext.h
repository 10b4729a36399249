#pragma once
// ValidationContext answered through the Store interface, so a dialog can
// ask the Validator for the warnings of the object it is editing before any
// save (SPEC S6/S7 warnings on the tab). Reads only; the store's own
// validation inside the saving transaction stays the one that decides.
#include "models/config/ValidationContext.h"

namespace confman {

class Store;

class StoreValidationContext : public ValidationContext
{
public:
    explicit StoreValidationContext(const Store &store) : m_store(store) {}

    std::optional<DbId> hostIdByName(const QString &name) const override;
    std::optional<DbId> applicationIdByName(const QString &name) const override;
    std::optional<Host> host(DbId id) const override;
    std::optional<Application> application(DbId id) const override;
    QVector<PortUser> portUsers(DbId hostId, int port) const override;
    QVector<DbId> primariesOf(DbId backupId) const override;

private:
    const Store &m_store;
};

} // namespace confman
