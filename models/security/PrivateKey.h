#pragma once
// A private key (wraps EVP_PKEY). Loaded from PEM (PKCS#8, traditional RSA /
// EC / DSA, encrypted or not) or DER; only ever held in memory, never
// written to the store (the store keeps paths and thumbprints).
#include "models/security/Certificate.h"
#include "models/security/SecurityError.h"

#include <memory>

namespace confman::security {

class PrivateKey
{
public:
    PrivateKey(); // null
    ~PrivateKey();
    PrivateKey(const PrivateKey &);
    PrivateKey &operator=(const PrivateKey &);
    PrivateKey(PrivateKey &&) noexcept;
    PrivateKey &operator=(PrivateKey &&) noexcept;

    // password: for encrypted keys; an encrypted key without one fails with
    // PasswordRequired, a wrong one with WrongPassword.
    static Result<PrivateKey> fromData(const QByteArray &data, const QString &password = {});
    static Result<PrivateKey> fromFile(const QString &path, const QString &password = {});
    // True when the bytes hold an encrypted PEM/DER private key (ask for a password first).
    static bool isEncrypted(const QByteArray &data);
    // True when the bytes are a key file and nothing else: PEM blocks of
    // private keys (plain or encrypted) and their key parameters only, or one
    // DER private key. The key itself is not decrypted nor checked.
    static bool isKeyOnlyFile(const QByteArray &data);

    enum class Type { Rsa, EcP256, EcP384, Ed25519 };
    static Result<PrivateKey> generate(Type type, int rsaBits = 2048);

    bool isNull() const { return !d; }
    KeyInfo keyInfo() const;
    // Whether cert's public key is this key's public half.
    bool matches(const Certificate &cert) const;
    QByteArray publicKeyDer() const; // SubjectPublicKeyInfo
    // PKCS#8 PEM; encrypted with AES-256-CBC when a password is given.
    QByteArray toPem(const QString &password = {}) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
    friend struct PrivateKeyAccess;
};

} // namespace confman::security
