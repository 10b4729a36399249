#pragma once
// INTERNAL to models/security: walks DER tag/length headers to say *where*
// bytes stop making sense ("truncated DER at byte 812"), which OpenSSL's
// decoders do not report.
#include "models/security/SecurityError.h"

#include <QByteArray>
#include <optional>

namespace confman::security {

// The first structural defect of data as DER, or nullopt if every
// tag/length nests properly (the content may still be wrong for its type).
std::optional<SecurityError> findDerDefect(const QByteArray &data);

} // namespace confman::security
