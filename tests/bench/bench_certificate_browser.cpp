// The certificate store browser's listing (S4.4): a folder of 1,000
// certificate PEM files read into CertificateListModel and every cell a row
// shows pulled (Issued To, Issued By, Expiration, Thumbprint, colour),
// against raw OpenSSL on the same files (PEM_read_bio_X509 + SHA-1), in the
// same binary. Target: model ≤ 1× raw. Prints both medians and the ratio.
// The files are generated once into a cache folder (shared with bench_certificates).
#include "models/itemmodels/CertificateFilterProxy.h"
#include "models/itemmodels/CertificateListModel.h"
#include "models/security/FolderSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <benchmark/benchmark.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

namespace {

constexpr int kFiles = 1000;

QString cacheDir() { return QDir::tempPath() + QStringLiteral("/confman-bench-certificates-%1").arg(kFiles); }

// One RSA key for every leaf: key generation is not what is measured.
void generateOnce()
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

// What the browser shows for every row.
size_t listIntoModel()
{
    confman::security::FolderSource source(cacheDir());
    confman::CertificateListModel model;
    model.setSources({&source});
    size_t shown = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c : {confman::CertificateListModel::IssuedToColumn, confman::CertificateListModel::IssuedByColumn,
                      confman::CertificateListModel::ExpirationColumn, confman::CertificateListModel::ThumbprintColumn})
            shown += size_t(model.index(r, c).data().toString().size());
        shown += size_t(model.index(r, 0).data(Qt::ForegroundRole).isValid());
    }
    return model.rowCount() == kFiles ? shown : 0;
}

size_t rawOpenSsl()
{
    const std::string dir = cacheDir().toStdString();
    size_t shown = 0;
    int count = 0;
    for (const auto &f : std::filesystem::directory_iterator(dir)) {
        std::unique_ptr<BIO, decltype(&BIO_free)> in(BIO_new_file(f.path().c_str(), "r"), &BIO_free);
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

void BM_CertificateListModel(benchmark::State &state)
{
    generateOnce();
    for (auto _ : state) {
        const size_t shown = listIntoModel();
        if (!shown)
            state.SkipWithError("wrong number of rows");
        benchmark::DoNotOptimize(shown);
    }
    state.SetItemsProcessed(state.iterations() * kFiles);
}

void BM_RawOpenSsl(benchmark::State &state)
{
    generateOnce();
    for (auto _ : state) {
        const size_t shown = rawOpenSsl();
        if (!shown)
            state.SkipWithError("wrong number of certificates");
        benchmark::DoNotOptimize(shown);
    }
    state.SetItemsProcessed(state.iterations() * kFiles);
}

// A keystroke in the search box over the 1,000 listed rows.
void BM_SearchKeystroke(benchmark::State &state)
{
    generateOnce();
    confman::security::FolderSource source(cacheDir());
    confman::CertificateListModel model;
    model.setSources({&source});
    confman::CertificateFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setShowAll(true);
    bool flip = false;
    for (auto _ : state) {
        proxy.setSearchText(flip ? QStringLiteral("host99") : QStringLiteral("host9"));
        flip = !flip;
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}

BENCHMARK(BM_CertificateListModel)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawOpenSsl)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchKeystroke)->Unit(benchmark::kMillisecond);

double medianMs(size_t (*run)(), int repeats)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        benchmark::DoNotOptimize(run());
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    // The comparison the target is about, interleaved so both see the same machine load.
    generateOnce();
    std::vector<double> model, raw;
    for (int i = 0; i < 7; ++i) {
        model.push_back(medianMs(&listIntoModel, 1));
        raw.push_back(medianMs(&rawOpenSsl, 1));
    }
    std::sort(model.begin(), model.end());
    std::sort(raw.begin(), raw.end());
    const double m = model[model.size() / 2];
    const double r = raw[raw.size() / 2];
    std::printf("\n1,000 certificates: CertificateListModel %.1f ms, raw OpenSSL %.1f ms, ratio %.2fx (target <= 1x)\n", m, r,
                m / r);
    return 0;
}
