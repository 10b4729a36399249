#pragma once
// What bench_certificates and bench_certificate_browser share, so both
// compare against the same baseline on the same files:
// - 1,000 certificate PEM files, generated once into a cache folder;
// - the raw OpenSSL baseline: list the folder, sort the names (as the
//   store browser does), read each file with PEM_read_bio_X509, SHA-1 it;
// - one untimed warm-up pass of both sides before anything is timed (page
//   cache, OpenSSL's provider and method caches, lazily made statics), and
//   an interleaved comparison so both sides see the same machine load.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <benchmark/benchmark.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace certbench {

constexpr int kFiles = 1000;

inline QString cacheDir() { return QDir::tempPath() + QStringLiteral("/confman-bench-certificates-%1").arg(kFiles); }

// One RSA-2048 key for every leaf: key generation is not what is measured.
inline void generateOnce()
{
    const QString dir = cacheDir();
    if (QFile::exists(dir + QStringLiteral("/cert-%1.pem").arg(kFiles - 1, 4, 10, QLatin1Char('0'))))
        return;
    QDir().mkpath(dir);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)),
                                                            &EVP_PKEY_free);
    for (int i = 0; i < kFiles; ++i) {
        std::unique_ptr<X509, decltype(&X509_free)> x(X509_new(), &X509_free);
        X509_set_version(x.get(), 2);
        ASN1_INTEGER_set(X509_get_serialNumber(x.get()), 1000 + i);
        X509_gmtime_adj(X509_getm_notBefore(x.get()), 0);
        X509_gmtime_adj(X509_getm_notAfter(x.get()), 86400L * (30 + i));
        X509_set_pubkey(x.get(), key.get());
        X509_NAME *name = X509_get_subject_name(x.get());
        const QByteArray cn = QStringLiteral("host%1.example.com").arg(i).toUtf8();
        X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("US"), -1, -1, 0);
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Bench"), -1, -1, 0);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
        X509_set_issuer_name(x.get(), name);
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, x.get(), x.get(), nullptr, nullptr, 0);
        const QByteArray san = "DNS:" + cn;
        for (auto [nid, value] : {std::pair{NID_ext_key_usage, QByteArray("serverAuth,clientAuth,emailProtection")},
                                  std::pair{NID_subject_alt_name, san}}) {
            if (X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData())) {
                X509_add_ext(x.get(), ext, -1);
                X509_EXTENSION_free(ext);
            }
        }
        X509_sign(x.get(), key.get(), EVP_sha256());
        const QByteArray path = (dir + QStringLiteral("/cert-%1.pem").arg(i, 4, 10, QLatin1Char('0'))).toUtf8();
        std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new_file(path.constData(), "w"), &BIO_free);
        PEM_write_bio_X509(out.get(), x.get());
    }
}

// The baseline: list + sort + read + PEM_read_bio_X509 + SHA-1 per file.
// Returns the digest bytes produced (0 when a file did not decode).
inline size_t rawOpenSsl()
{
    std::vector<std::filesystem::path> files;
    for (const auto &f : std::filesystem::directory_iterator(cacheDir().toStdString()))
        files.push_back(f.path());
    std::sort(files.begin(), files.end());
    size_t shown = 0;
    int count = 0;
    for (const auto &path : files) {
        std::unique_ptr<BIO, decltype(&BIO_free)> in(BIO_new_file(path.c_str(), "r"), &BIO_free);
        std::unique_ptr<X509, decltype(&X509_free)> x(in ? PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr) : nullptr,
                                                      &X509_free);
        if (x) {
            unsigned char md[EVP_MAX_MD_SIZE];
            unsigned int n = 0;
            X509_digest(x.get(), EVP_sha1(), md, &n);
            shown += n;
            ++count;
        }
    }
    return count == kFiles ? shown : 0;
}

inline void BM_RawOpenSsl(benchmark::State &state)
{
    for (auto _ : state) {
        const size_t shown = rawOpenSsl();
        if (!shown)
            state.SkipWithError("wrong number of certificates");
        benchmark::DoNotOptimize(shown);
    }
    state.SetItemsProcessed(state.iterations() * kFiles);
}

inline double elapsedMs(size_t (*run)())
{
    QElapsedTimer timer;
    timer.start();
    benchmark::DoNotOptimize(run());
    return double(timer.nsecsElapsed()) / 1e6;
}

// Files generated, then both sides run once untimed.
inline void prepare(size_t (*measured)())
{
    generateOnce();
    benchmark::DoNotOptimize(rawOpenSsl());
    benchmark::DoNotOptimize(measured());
}

// Medians of `rounds` interleaved runs (measured, raw, measured, raw, ...).
inline void printInterleaved(const char *what, size_t (*measured)(), int rounds = 9)
{
    std::vector<double> m, r;
    for (int i = 0; i < rounds; ++i) {
        m.push_back(elapsedMs(measured));
        r.push_back(elapsedMs(&rawOpenSsl));
    }
    std::sort(m.begin(), m.end());
    std::sort(r.begin(), r.end());
    const double mm = m[m.size() / 2], rr = r[r.size() / 2];
    std::printf("\n%d certificates, interleaved medians of %d: %s %.1f ms, raw OpenSSL %.1f ms, ratio %.2fx (target <= 1x)\n",
                kFiles, rounds, what, mm, rr, mm / rr);
}

} // namespace certbench
