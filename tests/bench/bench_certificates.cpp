// Listing a folder of 1,000 certificate PEM files through FolderSource (what
// the store browser's model calls) against raw OpenSSL on the same files
// (PEM_read_bio_X509 + SHA-1). Target: FolderSource ≤ 1× raw.
// The files are generated once into a cache folder beside the binary.
#include "models/security/FolderSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <filesystem>

namespace {

constexpr int kFiles = 1000;

QString cacheDir()
{
    return QDir::tempPath() + QStringLiteral("/confman-bench-certificates-%1").arg(kFiles);
}

// One CA key signs 1,000 leaf certificates (RSA-2048 leaves share one key:
// key generation is not what is measured).
void generateOnce()
{
    const QString dir = cacheDir();
    if (QFile::exists(dir + QStringLiteral("/cert-%1.pem").arg(kFiles - 1, 4, 10, QLatin1Char('0'))))
        return;
    QDir().mkpath(dir);
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    for (int i = 0; i < kFiles; ++i) {
        X509 *x = X509_new();
        X509_set_version(x, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(x), 1000 + i);
        X509_gmtime_adj(X509_getm_notBefore(x), 0);
        X509_gmtime_adj(X509_getm_notAfter(x), 86400L * (30 + i));
        X509_set_pubkey(x, key);
        X509_NAME *name = X509_get_subject_name(x);
        const QByteArray cn = QStringLiteral("host%1.example.com").arg(i).toUtf8();
        X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("US"), -1, -1, 0);
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Bench"), -1, -1, 0);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
        X509_set_issuer_name(x, name);
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
        const QByteArray san = "DNS:" + cn;
        for (auto [nid, value] : {std::pair{NID_ext_key_usage, QByteArray("serverAuth,clientAuth,emailProtection")},
                                  std::pair{NID_subject_alt_name, san}}) {
            if (X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData())) {
                X509_add_ext(x, ext, -1);
                X509_EXTENSION_free(ext);
            }
        }
        X509_sign(x, key, EVP_sha256());
        const QByteArray path = (dir + QStringLiteral("/cert-%1.pem").arg(i, 4, 10, QLatin1Char('0'))).toUtf8();
        BIO *out = BIO_new_file(path.constData(), "w");
        PEM_write_bio_X509(out, x);
        BIO_free(out);
        X509_free(x);
    }
    EVP_PKEY_free(key);
}

// The same work as the raw loop: every file decoded, every SHA-1 read.
void BM_FolderSourceList(benchmark::State &state)
{
    generateOnce();
    for (auto _ : state) {
        confman::security::FolderSource source(cacheDir());
        const auto entries = source.entries();
        size_t shown = 0;
        for (const auto &e : entries)
            for (const auto &c : e.certificates)
                shown += size_t(c.sha1().bytes().size());
        benchmark::DoNotOptimize(shown);
        if (entries.size() != kFiles)
            state.SkipWithError("wrong number of entries");
    }
    state.SetItemsProcessed(state.iterations() * kFiles);
}

// What a browser row shows: Issued To, Issued By, Expiration, SHA-1.
void BM_FolderSourceRows(benchmark::State &state)
{
    generateOnce();
    for (auto _ : state) {
        confman::security::FolderSource source(cacheDir());
        const auto entries = source.entries();
        size_t shown = 0;
        for (const auto &e : entries)
            for (const auto &c : e.certificates) {
                shown += size_t(c.issuedTo().size() + c.issuedBy().size());
                shown += size_t(c.notAfter().isValid());
                shown += size_t(c.sha1().bytes().size());
            }
        benchmark::DoNotOptimize(shown);
        if (entries.size() != kFiles)
            state.SkipWithError("wrong number of entries");
    }
    state.SetItemsProcessed(state.iterations() * kFiles);
}

void BM_RawOpenSslList(benchmark::State &state)
{
    generateOnce();
    const std::string dir = cacheDir().toStdString();
    for (auto _ : state) {
        size_t shown = 0;
        int count = 0;
        for (const auto &f : std::filesystem::directory_iterator(dir)) {
            BIO *in = BIO_new_file(f.path().c_str(), "r");
            X509 *x = in ? PEM_read_bio_X509(in, nullptr, nullptr, nullptr) : nullptr;
            if (x) {
                unsigned char md[EVP_MAX_MD_SIZE];
                unsigned int n = 0;
                X509_digest(x, EVP_sha1(), md, &n);
                shown += n;
                ++count;
            }
            X509_free(x);
            BIO_free(in);
        }
        benchmark::DoNotOptimize(shown);
        if (count != kFiles)
            state.SkipWithError("wrong number of certificates");
    }
    state.SetItemsProcessed(state.iterations() * kFiles);
}

BENCHMARK(BM_FolderSourceList)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawOpenSslList)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FolderSourceRows)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
