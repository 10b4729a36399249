// Certificate: value semantics and the fields a person reads. Decoding from
// bytes lives in CertificateDecoding.cpp.
#include "models/security/Certificate.h"

#include "models/security/CertificateAccess.h"
#include "models/security/CertificateOutline.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <QTimeZone>

#include <mutex>

namespace confman::security {

// The list columns (names, validity, extensions, thumbprints) come from the
// outline and the DER bytes; the full X509, whose public key OpenSSL 3
// decodes at great cost, is made the first time a key, a signature or a
// chain needs it.
struct Certificate::Data
{
    QByteArray der;
    ossl::CertOutlinePtr outline;
    ossl::X509Ptr adopted; // built from an X509 (PKCS#12, chain, trusted PEM): keeps its aux, e.g. the friendly name
    mutable std::once_flag decodeOnce;
    mutable ossl::X509Ptr decoded;

    X509 *x509() const
    {
        if (adopted)
            return adopted.get();
        std::call_once(decodeOnce, [this] {
            const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
            decoded.reset(d2i_X509(nullptr, &p, long(der.size())));
            ERR_clear_error();
        });
        return decoded.get();
    }
    const CONFMAN_TBS_OUTLINE *tbs() const { return outline ? outline->tbs : nullptr; }
};

Certificate::Certificate() = default;
Certificate::~Certificate() = default;
Certificate::Certificate(const Certificate &) = default;
Certificate &Certificate::operator=(const Certificate &) = default;
Certificate::Certificate(Certificate &&) noexcept = default;
Certificate &Certificate::operator=(Certificate &&) noexcept = default;

X509 *CertificateAccess::x509(const Certificate &c)
{
    return c.d ? c.d->x509() : nullptr;
}

namespace {
ossl::CertOutlinePtr outlineOf(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::CertOutlinePtr outline(d2i_CONFMAN_CERT_OUTLINE(nullptr, &p, long(der.size())));
    ERR_clear_error();
    return outline;
}
} // namespace

Certificate CertificateAccess::adopt(ossl::X509Ptr x, QByteArray der)
{
    Certificate c;
    if (!x)
        return c;
    auto data = std::make_shared<Certificate::Data>();
    if (der.isEmpty())
        der = ossl::i2dBytes(x.get());
    data->outline = outlineOf(der);
    data->der = std::move(der);
    data->adopted = std::move(x);
    c.d = std::move(data);
    return c;
}

Certificate CertificateAccess::fromOutline(ossl::CertOutlinePtr outline, QByteArray der)
{
    Certificate c;
    if (!outline)
        return c;
    auto data = std::make_shared<Certificate::Data>();
    data->outline = std::move(outline);
    data->der = std::move(der);
    c.d = std::move(data);
    return c;
}

namespace {

QString windowsAttributeName(const ASN1_OBJECT *obj)
{
    switch (OBJ_obj2nid(obj)) {
    case NID_commonName: return QStringLiteral("CN");
    case NID_organizationName: return QStringLiteral("O");
    case NID_organizationalUnitName: return QStringLiteral("OU");
    case NID_countryName: return QStringLiteral("C");
    case NID_stateOrProvinceName: return QStringLiteral("S");
    case NID_localityName: return QStringLiteral("L");
    case NID_pkcs9_emailAddress: return QStringLiteral("E");
    case NID_streetAddress: return QStringLiteral("STREET");
    case NID_domainComponent: return QStringLiteral("DC");
    case NID_serialNumber: return QStringLiteral("SERIALNUMBER");
    case NID_givenName: return QStringLiteral("G");
    case NID_surname: return QStringLiteral("SN");
    case NID_title: return QStringLiteral("T");
    case NID_initials: return QStringLiteral("I");
    case NID_undef: return QStringLiteral("OID.") + ossl::objectName(obj);
    default: return ossl::objectName(obj, true);
    }
}

QString quoteValue(const QString &v)
{
    static const QString special = QStringLiteral(",+=\"\n<>#;");
    bool quote = v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '));
    for (QChar c : v)
        quote = quote || special.contains(c);
    if (!quote)
        return v;
    QString q = v;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Most specific first (the reverse of the encoded order), as Windows shows it.
QString windowsName(const X509_NAME *name)
{
    if (!name)
        return {};
    QStringList rdns;
    int lastSet = -1;
    for (int i = X509_NAME_entry_count(name) - 1; i >= 0; --i) {
        const X509_NAME_ENTRY *e = X509_NAME_get_entry(name, i);
        const QString part = windowsAttributeName(X509_NAME_ENTRY_get_object(e)) + QLatin1Char('=')
                             + quoteValue(ossl::asn1StringToQString(X509_NAME_ENTRY_get_data(e)));
        const int set = X509_NAME_ENTRY_set(e);
        if (set == lastSet && !rdns.isEmpty())
            rdns.last() = part + QStringLiteral(" + ") + rdns.last();
        else
            rdns.append(part);
        lastSet = set;
    }
    return rdns.join(QStringLiteral(", "));
}

QString lastEntry(const X509_NAME *name, int nid)
{
    if (!name)
        return {};
    int found = -1;
    for (int i = X509_NAME_get_index_by_NID(name, nid, -1); i >= 0;
         i = X509_NAME_get_index_by_NID(name, nid, i))
        found = i;
    if (found < 0)
        return {};
    return ossl::asn1StringToQString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, found)));
}

QString displayName(const X509_NAME *name)
{
    QString cn = lastEntry(name, NID_commonName);
    if (!cn.isEmpty())
        return cn;
    const int n = name ? X509_NAME_entry_count(name) : 0;
    if (n == 0)
        return {};
    return ossl::asn1StringToQString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, n - 1)));
}

QDateTime toDateTime(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1) {
        ERR_clear_error();
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString ipToString(const ASN1_OCTET_STRING *s)
{
    const unsigned char *b = ASN1_STRING_get0_data(s);
    const int n = ASN1_STRING_length(s);
    if (n == 4)
        return QStringLiteral("%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]);
    if (n != 16)
        return QStringLiteral("(%1-byte address %2)").arg(n).arg(
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(b), n).toHex()));
    int groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = (b[2 * i] << 8) | b[2 * i + 1];
    // RFC 5952: compress the longest run (>= 2) of zero groups.
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(':')))
            out += QLatin1Char(':');
        out += QString::number(groups[i], 16);
    }
    return out;
}

QString ekuName(const ASN1_OBJECT *obj)
{
    switch (OBJ_obj2nid(obj)) {
    case NID_server_auth: return QStringLiteral("serverAuth");
    case NID_client_auth: return QStringLiteral("clientAuth");
    case NID_email_protect: return QStringLiteral("emailProtection");
    case NID_code_sign: return QStringLiteral("codeSigning");
    case NID_time_stamp: return QStringLiteral("timeStamping");
    case NID_OCSP_sign: return QStringLiteral("OCSPSigning");
    case NID_anyExtendedKeyUsage: return QStringLiteral("anyExtendedKeyUsage");
    default: {
        char buf[128];
        const int n = OBJ_obj2txt(buf, sizeof buf, obj, 1);
        return n > 0 && n < int(sizeof buf) ? QString::fromLatin1(buf, n) : QStringLiteral("(invalid OID)");
    }
    }
}

// A thumbprint is the digest of the certificate's encoded bytes (what
// Windows shows and `openssl x509 -fingerprint` prints).
Thumbprint digestOf(const QByteArray &der, const EVP_MD *md)
{
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (der.isEmpty() || EVP_Digest(der.constData(), size_t(der.size()), buf, &n, md, nullptr) != 1) {
        ERR_clear_error();
        return {};
    }
    return Thumbprint::fromBytes(QByteArray(reinterpret_cast<const char *>(buf), int(n)));
}

// The digests are fetched once: an implicit fetch per call takes a lock.
const EVP_MD *sha1Md()
{
    static const EVP_MD *md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    return md ? md : EVP_sha1();
}
const EVP_MD *sha256Md()
{
    static const EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md ? md : EVP_sha256();
}

} // namespace

QString KeyInfo::display() const
{
    QString s = type;
    QStringList details;
    if (!curve.isEmpty())
        details << curve;
    if (bits > 0 && type != QLatin1String("Ed25519") && type != QLatin1String("Ed448"))
        details << QStringLiteral("%1 bits").arg(bits);
    if (!details.isEmpty())
        s += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    return s;
}

// The full X509 (decoded on first use) and the outline's parts.
#define X (d ? d->x509() : nullptr)
#define TBS (d ? d->tbs() : nullptr)

QString Certificate::subject() const { return windowsName(TBS ? TBS->subject : nullptr); }
QString Certificate::issuer() const { return windowsName(TBS ? TBS->issuer : nullptr); }
QString Certificate::subjectCommonName() const { return lastEntry(TBS ? TBS->subject : nullptr, NID_commonName); }
QString Certificate::issuerCommonName() const { return lastEntry(TBS ? TBS->issuer : nullptr, NID_commonName); }
QString Certificate::issuedTo() const { return displayName(TBS ? TBS->subject : nullptr); }
QString Certificate::issuedBy() const { return displayName(TBS ? TBS->issuer : nullptr); }
QDateTime Certificate::notBefore() const { return toDateTime(TBS ? TBS->validity->notBefore : nullptr); }
QDateTime Certificate::notAfter() const { return toDateTime(TBS ? TBS->validity->notAfter : nullptr); }

bool Certificate::isValidAt(const QDateTime &when) const
{
    const QDateTime from = notBefore(), to = notAfter();
    return from.isValid() && to.isValid() && when >= from && when <= to;
}

QString Certificate::serialNumber() const
{
    if (!TBS)
        return {};
    ossl::BignumPtr bn(ASN1_INTEGER_to_BN(TBS->serialNumber, nullptr));
    if (!bn) {
        ERR_clear_error();
        return {};
    }
    char *hex = BN_bn2hex(bn.get());
    std::unique_ptr<char, ossl::OpenSslStringFree> hold(hex);
    QString s = QString::fromLatin1(hex).toLower();
    const bool negative = s.startsWith(QLatin1Char('-'));
    if (negative)
        s.remove(0, 1);
    if (s.size() % 2)
        s.prepend(QLatin1Char('0'));
    return negative ? QLatin1Char('-') + s : s;
}

KeyInfo Certificate::keyInfo() const
{
    KeyInfo info;
    if (!X)
        return info;
    EVP_PKEY *key = X509_get0_pubkey(X);
    if (!key) {
        // A key algorithm this OpenSSL cannot decode: still name it.
        ERR_clear_error();
        ASN1_OBJECT *alg = nullptr;
        if (X509_PUBKEY_get0_param(&alg, nullptr, nullptr, nullptr, X509_get_X509_PUBKEY(X)) == 1)
            info.type = ossl::objectName(alg);
        return info;
    }
    return ossl::describeKey(key);
}

QString Certificate::signatureAlgorithm() const
{
    if (!d || !d->outline)
        return {};
    const ASN1_OBJECT *obj = nullptr;
    X509_ALGOR_get0(&obj, nullptr, nullptr, d->outline->signatureAlgorithm);
    return ossl::objectName(obj);
}

SubjectAltNames Certificate::subjectAltNames() const
{
    SubjectAltNames out;
    if (!TBS)
        return out;
    ossl::GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(
        X509V3_get_d2i(TBS->extensions, NID_subject_alt_name, nullptr, nullptr)));
    ERR_clear_error();
    if (!names)
        return out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names.get(), i);
        switch (gn->type) {
        case GEN_DNS: out.dns << ossl::asn1StringToQString(gn->d.dNSName); break;
        case GEN_EMAIL: out.email << ossl::asn1StringToQString(gn->d.rfc822Name); break;
        case GEN_IPADD: out.ip << ipToString(gn->d.iPAddress); break;
        default: break;
        }
    }
    return out;
}

QStringList Certificate::keyUsage() const
{
    QStringList out;
    if (!X)
        return out;
    const uint32_t ku = X509_get_key_usage(X);
    ERR_clear_error();
    if (ku == UINT32_MAX)
        return out; // no keyUsage extension
    static const std::pair<uint32_t, const char *> bits[] = {
        {KU_DIGITAL_SIGNATURE, "digitalSignature"}, {KU_NON_REPUDIATION, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, "keyEncipherment"},   {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
        {KU_KEY_AGREEMENT, "keyAgreement"},         {KU_KEY_CERT_SIGN, "keyCertSign"},
        {KU_CRL_SIGN, "cRLSign"},                   {KU_ENCIPHER_ONLY, "encipherOnly"},
        {KU_DECIPHER_ONLY, "decipherOnly"}};
    for (const auto &[bit, name] : bits)
        if (ku & bit)
            out << QString::fromLatin1(name);
    return out;
}

QStringList Certificate::extendedKeyUsage() const
{
    QStringList out;
    if (!TBS)
        return out;
    ossl::EkuPtr eku(static_cast<EXTENDED_KEY_USAGE *>(
        X509V3_get_d2i(TBS->extensions, NID_ext_key_usage, nullptr, nullptr)));
    ERR_clear_error();
    if (!eku)
        return out;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i)
        out << ekuName(sk_ASN1_OBJECT_value(eku.get(), i));
    return out;
}

bool Certificate::hasExtendedKeyUsageExtension() const
{
    return TBS && X509v3_get_ext_by_NID(TBS->extensions, NID_ext_key_usage, -1) >= 0;
}

bool Certificate::isCA() const
{
    if (!TBS)
        return false;
    ossl::BasicConstraintsPtr bc(static_cast<BASIC_CONSTRAINTS *>(
        X509V3_get_d2i(TBS->extensions, NID_basic_constraints, nullptr, nullptr)));
    ERR_clear_error();
    return bc && bc->ca;
}

bool Certificate::isSelfIssued() const
{
    return TBS && X509_NAME_cmp(TBS->subject, TBS->issuer) == 0;
}

bool Certificate::isIssuerOf(const Certificate &child) const
{
    // Names first: they need no full decode, and most candidates fail there.
    const CONFMAN_TBS_OUTLINE *childTbs = child.d ? child.d->tbs() : nullptr;
    if (!TBS || !childTbs || X509_NAME_cmp(TBS->subject, childTbs->issuer) != 0)
        return false;
    X509 *c = child.d->x509();
    if (!X || !c || X509_check_issued(X, c) != X509_V_OK)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(X);
    const bool ok = key && X509_verify(c, key) == 1;
    ERR_clear_error();
    return ok;
}

QString Certificate::friendlyName() const
{
    // Only an adopted X509 can carry an alias (DER and PEM CERTIFICATE blocks have none).
    if (!d || !d->adopted)
        return {};
    int len = 0;
    const unsigned char *alias = X509_alias_get0(d->adopted.get(), &len);
    return alias ? QString::fromUtf8(reinterpret_cast<const char *>(alias), len) : QString();
}

Thumbprint Certificate::sha1() const { return d ? digestOf(d->der, sha1Md()) : Thumbprint(); }
Thumbprint Certificate::sha256() const { return d ? digestOf(d->der, sha256Md()) : Thumbprint(); }
QByteArray Certificate::der() const { return d ? d->der : QByteArray(); }

QByteArray Certificate::toPem() const
{
    if (!d)
        return {};
    QByteArray out = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray b64 = d->der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += "-----END CERTIFICATE-----\n";
    return out;
}

#undef X
#undef TBS

} // namespace confman::security
