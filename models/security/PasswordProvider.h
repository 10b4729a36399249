#pragma once
// Asks for the password of an encrypted file (PKCS#12 bundle, encrypted key).
// The GUI implements it with a dialog; tests fake it.
#include <QString>

#include <optional>

namespace confman::security {

class PasswordProvider
{
public:
    virtual ~PasswordProvider() = default;
    // attempt: 1 on the first request for filePath, 2+ after a wrong one.
    // nullopt = the user declined; the file is then listed with that reason.
    virtual std::optional<QString> password(const QString &filePath, int attempt) = 0;
};

} // namespace confman::security
