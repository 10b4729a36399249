// Listing a folder of 1,000 certificate PEM files through FolderSource (what
// the store browser's model calls) against raw OpenSSL on the same files
// (list + PEM_read_bio_X509 + SHA-1, CertificateBenchFiles.h). Target:
// FolderSource ≤ 1× raw. Both sides are warmed up once before timing; the
// last line compares them interleaved.
#include "models/security/FolderSource.h"
#include "tests/bench/CertificateBenchFiles.h"

#include <QCoreApplication>

namespace {

using certbench::kFiles;

// The same work as the raw loop: every file listed, read, decoded, SHA-1 read.
size_t folderSourceList()
{
    confman::security::FolderSource source(certbench::cacheDir());
    const auto entries = source.entries();
    size_t shown = 0;
    for (const auto &e : entries)
        for (const auto &c : e.certificates)
            shown += size_t(c.sha1().bytes().size());
    return entries.size() == kFiles ? shown : 0;
}

// What a browser row shows: Issued To, Issued By, Expiration, SHA-1.
size_t folderSourceRows()
{
    confman::security::FolderSource source(certbench::cacheDir());
    const auto entries = source.entries();
    size_t shown = 0;
    for (const auto &e : entries)
        for (const auto &c : e.certificates) {
            shown += size_t(c.issuedTo().size() + c.issuedBy().size());
            shown += size_t(c.notAfter().isValid());
            shown += size_t(c.sha1().bytes().size());
        }
    return entries.size() == kFiles ? shown : 0;
}

void BM_FolderSourceList(benchmark::State &state)
{
    for (auto _ : state) {
        const size_t shown = folderSourceList();
        if (!shown)
            state.SkipWithError("wrong number of entries");
        benchmark::DoNotOptimize(shown);
    }
    state.SetItemsProcessed(state.iterations() * kFiles);
}

void BM_FolderSourceRows(benchmark::State &state)
{
    for (auto _ : state) {
        const size_t shown = folderSourceRows();
        if (!shown)
            state.SkipWithError("wrong number of entries");
        benchmark::DoNotOptimize(shown);
    }
    state.SetItemsProcessed(state.iterations() * kFiles);
}

BENCHMARK(BM_FolderSourceList)->Unit(benchmark::kMillisecond);
BENCHMARK(certbench::BM_RawOpenSsl)->Name("BM_RawOpenSsl")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FolderSourceRows)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    certbench::prepare(&folderSourceRows);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    certbench::printInterleaved("FolderSource rows", &folderSourceRows);
    return 0;
}
