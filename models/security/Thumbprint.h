#pragma once
// A certificate thumbprint (SHA-1 or SHA-256 of the DER bytes). The canonical
// text form is lower-case hex pairs separated by single spaces, the way
// S4.1 stores it: "9a ab db c4 02 29 ...".
#include "models/security/SecurityError.h"

#include <QByteArray>
#include <QString>

namespace confman::security {

class Thumbprint
{
public:
    Thumbprint() = default; // null
    static Thumbprint fromBytes(const QByteArray &digest) { return Thumbprint(digest); }

    // Accepts what people paste: upper/lower case, spaces, colons, dashes,
    // and the invisible marks Windows dialogs copy along (U+200E, U+200F,
    // U+FEFF, NBSP, ...). Rejects non-hex characters and any length other
    // than 20 bytes (SHA-1) or 32 bytes (SHA-256) with a clear message.
    static Result<Thumbprint> parse(const QString &text);
    // parse(text) turned back into text; the error message if invalid.
    static Result<QString> normalize(const QString &text);

    bool isNull() const { return m_bytes.isEmpty(); }
    QByteArray bytes() const { return m_bytes; }
    QString toString() const; // "9a ab db ..."
    QString toCompactString() const; // "9aabdb..."

    friend bool operator==(const Thumbprint &, const Thumbprint &) = default;

private:
    explicit Thumbprint(QByteArray b) : m_bytes(std::move(b)) {}
    QByteArray m_bytes;
};

} // namespace confman::security
