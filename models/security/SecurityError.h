#pragma once
// Typed errors of the certificate model: what went wrong (for code) and one
// sentence a person understands (for the screen). Nothing here throws.
#include <QString>

#include <utility>
#include <variant>

namespace confman::security {

enum class ErrorKind {
    FileNotFound,       // the path does not exist or is not a regular file
    FileUnreadable,     // permissions, I/O error
    EmptyFile,
    FileTooLarge,       // over the 10 MiB cap (kMaxFileSize)
    NotACertificate,    // the file holds something else (a key, a CSR, a CRL, ...)
    NoPrivateKey,       // asked for a key, the file holds none
    Truncated,          // DER or PEM ends before its structure does
    Malformed,          // bytes that do not decode
    PasswordRequired,   // encrypted and no password was given
    WrongPassword,
    UnsupportedAlgorithm, // e.g. RC2-40 without the OpenSSL legacy provider
    UnsupportedKeyType, // a key OpenSSL cannot decode (e.g. ML-DSA on 3.0)
    InvalidThumbprint,
    Cancelled,          // the user declined to give a password
    WriteFailed,        // CertificateAuthority could not write a file
    InvalidArgument,
};

struct SecurityError
{
    ErrorKind kind = ErrorKind::Malformed;
    QString message;
};

// The files this model reads are capped: anything larger is refused before
// it is parsed.
inline constexpr qint64 kMaxFileSize = 10 * 1024 * 1024;

// A value or the error that prevented it (std::expected is C++23).
template <class T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(SecurityError error) : m_v(std::move(error)) {}
    static Result failure(ErrorKind kind, QString message)
    {
        return Result(SecurityError{kind, std::move(message)});
    }

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &value(); }
    const SecurityError &error() const { return std::get<SecurityError>(m_v); }
    ErrorKind errorKind() const { return error().kind; }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, SecurityError> m_v;
};

} // namespace confman::security
