// The certificate store browser's listing (S4.4): a folder of 1,000
// certificate PEM files read into CertificateListModel and every cell a row
// shows pulled (Issued To, Issued By, Expiration, Thumbprint, colour),
// against raw OpenSSL on the same files (list + PEM_read_bio_X509 + SHA-1,
// CertificateBenchFiles.h, the same baseline as bench_certificates), in the
// same binary. Target: model ≤ 1× raw. Both sides are warmed up once before
// timing; the last line compares them interleaved.
#include "models/itemmodels/CertificateFilterProxy.h"
#include "models/itemmodels/CertificateListModel.h"
#include "models/security/FolderSource.h"
#include "tests/bench/CertificateBenchFiles.h"

#include <QCoreApplication>

namespace {

using certbench::cacheDir;
using certbench::kFiles;

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

void BM_CertificateListModel(benchmark::State &state)
{
    for (auto _ : state) {
        const size_t shown = listIntoModel();
        if (!shown)
            state.SkipWithError("wrong number of rows");
        benchmark::DoNotOptimize(shown);
    }
    state.SetItemsProcessed(state.iterations() * kFiles);
}

// A keystroke in the search box over the 1,000 listed rows.
void BM_SearchKeystroke(benchmark::State &state)
{
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
BENCHMARK(certbench::BM_RawOpenSsl)->Name("BM_RawOpenSsl")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchKeystroke)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    certbench::prepare(&listIntoModel);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    certbench::printInterleaved("CertificateListModel", &listIntoModel);
    return 0;
}
