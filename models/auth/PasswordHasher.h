#pragma once
// Slow salted password hashes (SPEC S1 Person: "stored only as a salted, slow
// hash"). PBKDF2-HMAC-SHA256 (OpenSSL PKCS5_PBKDF2_HMAC), a 16-byte salt from
// RAND_bytes, the parameters kept with the hash in one self-describing string
//
//     pbkdf2-sha256$<iterations>$<salt, base64>$<32-byte hash, base64>
//
// so the cost can be raised later: needsRehash() says when a stored hash uses
// less than this hasher would, and the Authenticator rehashes at the next
// successful login. The string is opaque to everyone else (PasswordHash in
// Person) and never logged, exported or shown.
#include <QByteArray>
#include <QString>

#include <optional>

namespace confman {

struct PasswordHashParameters
{
    QString scheme;      // "pbkdf2-sha256"
    int iterations = 0;
    QByteArray salt;     // >= 16 bytes
    QByteArray hash;     // 32 bytes
};

class PasswordHasher
{
public:
    static constexpr int kDefaultIterations = 600000; // OWASP 2023 for PBKDF2-HMAC-SHA256
    // Lowest cost accepted at all (older stores, fast tests); such hashes
    // verify but needsRehash() is true for a default hasher.
    static constexpr int kMinimumIterations = 1000;
    // Highest cost accepted from a stored string: a tampered huge count must
    // not freeze the login for hours.
    static constexpr int kMaximumIterations = 10000000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    // iterations below kMinimumIterations are raised to it.
    explicit PasswordHasher(int iterations = kDefaultIterations);
    int iterations() const { return m_iterations; }

    // A new hash string with a fresh random salt; empty when the system's
    // random generator or OpenSSL fails (the caller must then refuse).
    QString hash(const QString &password) const;
    // True only when `stored` is a well-formed hash string of `password`.
    // Malformed, truncated or tampered strings are simply false.
    bool verify(const QString &password, const QString &stored) const;
    // True when `stored` should be replaced by hash(password) at the next
    // chance: another scheme, fewer iterations or a shorter salt.
    bool needsRehash(const QString &stored) const;

    // The parameters of a hash string, or nullopt when it is not one this
    // build understands (every field is checked strictly).
    static std::optional<PasswordHashParameters> parse(const QString &stored);
    static QString format(const PasswordHashParameters &parameters);

private:
    int m_iterations;
};

} // namespace confman
