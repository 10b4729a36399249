#include "models/auth/PasswordHasher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QStringList>

#include <algorithm>

namespace confman {

namespace {

const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr auto kBase64 = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

// Wipes the UTF-8 copy of the password when it goes out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

std::optional<QByteArray> derive(const QString &password, const QByteArray &salt, int iterations)
{
    const SecretBytes secret(password);
    QByteArray out(PasswordHasher::kHashBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(secret.bytes().constData(), int(secret.bytes().size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
                          EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> strictBase64(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (QChar c : text)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('+') && c != QLatin1Char('/'))
            return std::nullopt; // no padding, whitespace or URL alphabet: one spelling per value
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64Encoding
                                                                       | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    if (QString::fromLatin1(decoded.decoded.toBase64(kBase64)) != text)
        return std::nullopt; // non-canonical trailing bits
    return decoded.decoded;
}

} // namespace

PasswordHasher::PasswordHasher(int iterations) : m_iterations(std::max(iterations, kMinimumIterations)) {}

QString PasswordHasher::hash(const QString &password) const
{
    PasswordHashParameters p;
    p.scheme = kScheme;
    p.iterations = m_iterations;
    p.salt = QByteArray(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(p.salt.data()), int(p.salt.size())) != 1)
        return {};
    const auto derived = derive(password, p.salt, p.iterations);
    if (!derived)
        return {};
    p.hash = *derived;
    return format(p);
}

bool PasswordHasher::verify(const QString &password, const QString &stored) const
{
    const auto p = parse(stored);
    if (!p)
        return false;
    const auto derived = derive(password, p->salt, p->iterations);
    if (!derived || derived->size() != p->hash.size())
        return false;
    return CRYPTO_memcmp(derived->constData(), p->hash.constData(), size_t(derived->size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &stored) const
{
    const auto p = parse(stored);
    return !p || p->iterations < m_iterations || p->salt.size() < kSaltBytes;
}

std::optional<PasswordHashParameters> PasswordHasher::parse(const QString &stored)
{
    const QStringList fields = stored.split(QLatin1Char('$'));
    if (fields.size() != 4 || fields.at(0) != kScheme)
        return std::nullopt;
    const QString &count = fields.at(1);
    if (count.isEmpty() || count.size() > 9 || count.startsWith(QLatin1Char('0'))
        || !std::all_of(count.cbegin(), count.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return std::nullopt;
    PasswordHashParameters p;
    p.scheme = kScheme;
    p.iterations = count.toInt();
    if (p.iterations < kMinimumIterations || p.iterations > kMaximumIterations)
        return std::nullopt;
    const auto salt = strictBase64(fields.at(2));
    const auto hash = strictBase64(fields.at(3));
    if (!salt || !hash || salt->size() < kSaltBytes || salt->size() > 64 || hash->size() != kHashBytes)
        return std::nullopt;
    p.salt = *salt;
    p.hash = *hash;
    return p;
}

QString PasswordHasher::format(const PasswordHashParameters &p)
{
    return QStringLiteral("%1$%2$%3$%4")
        .arg(p.scheme)
        .arg(p.iterations)
        .arg(QString::fromLatin1(p.salt.toBase64(kBase64)), QString::fromLatin1(p.hash.toBase64(kBase64)));
}

} // namespace confman
