#include "models/platform/IdleTime.h"

namespace confman {

namespace {

class NoIdleTime final : public IdleTime
{
public:
    std::optional<std::int64_t> idleMilliseconds() const override { return std::nullopt; }
    QString backendName() const override { return QStringLiteral("none"); }
};

} // namespace

std::unique_ptr<IdleTime> makeNoIdleTime()
{
    return std::make_unique<NoIdleTime>();
}

} // namespace confman
