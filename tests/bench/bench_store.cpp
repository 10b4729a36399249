// Store benchmark: a large configuration (10,000 hosts, 50,000 applications,
// 200,000 ports, 100,000 connections) opened, listed, filtered, edited and
// exported the way the GUI and confmanctl do it.
//
// Targets: open + application list <= 3x `sqlite3 FILE "SELECT * FROM
// applications"` (timed in the same run), one filter keystroke <= 16 ms, one
// validated application save <= 20 ms, the Problems panel's warnings well
// under 1 s, peak RSS <= 400 MB (the export included).
//
// The store is generated once with direct SQL into the schema SqliteStore
// creates (validated saves would take minutes) and cached in
// $CONFMAN_BENCH_STORE or <temp>/confman-bench/; delete it to regenerate.
//
//   build/tests/bench/bench_store --benchmark_counters_tabular=true
#include "models/itemmodels/ApplicationListModel.h"
#include "models/itemmodels/ObjectFilterProxy.h"
#include "models/store/JsonExchange.h"
#include "models/store/SqliteRecords.h"
#include "models/store/SqliteSchema.h"
#include "models/store/SqliteStore.h"

#include "tests/bench/BenchStoreGenerator.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace confman;
using namespace confman::bench;

namespace {


QString g_storePath;
double g_sqlite3ReadSeconds = 0;    // median wall time of `sqlite3 FILE "SELECT * FROM applications"`
double g_sqlite3ReadCpuSeconds = 0; // median CPU time (user + system) of the same

// CPU seconds of this thread: with other builds on the machine, wall time
// swings; CPU time shows the work itself. Both are reported.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Wall and CPU time of one measured step.
class Stopwatch
{
public:
    Stopwatch() { m_wall.start(); m_cpu = threadCpuSeconds(); }
    double wall() const { return m_wall.nsecsElapsed() / 1e9; }
    double cpu() const { return threadCpuSeconds() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

void addCommonCounters(benchmark::State &state)
{
    state.counters["peak_rss_MB"] = peakRssMb();
}


// Wall time of the sqlite3 command-line shell reading the applications table.
double sqlite3ReadSeconds(QString *error, double *cpuSeconds = nullptr)
{
    const double cpuBefore = childrenCpuSeconds();
    QProcess sqlite;
    sqlite.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {g_storePath, QStringLiteral("SELECT * FROM applications")});
    if (!sqlite.waitForFinished(-1) || sqlite.exitStatus() != QProcess::NormalExit || sqlite.exitCode() != 0) {
        *error = QStringLiteral("sqlite3 failed: %1 %2").arg(sqlite.errorString(),
                                                            QString::fromLocal8Bit(sqlite.readAllStandardError()));
        return -1;
    }
    if (cpuSeconds)
        *cpuSeconds = childrenCpuSeconds() - cpuBefore;
    return timer.nsecsElapsed() / 1e9;
}

std::unique_ptr<SqliteStore> openStore(benchmark::State &state)
{
    QString error;
    auto store = SqliteStore::open(g_storePath, &error);
    if (!store)
        state.SkipWithError(qPrintable(error));
    return store;
}

// Averages of wall and CPU time over the iterations, as counters (ms).
struct Totals
{
    double wall = 0;
    double cpu = 0;
    int count = 0;

    void add(const Stopwatch &w, benchmark::State &state)
    {
        const double seconds = w.wall();
        wall += seconds;
        cpu += w.cpu();
        ++count;
        state.SetIterationTime(seconds);
    }
    void report(benchmark::State &state, const std::string &prefix = {}) const
    {
        if (count == 0)
            return;
        state.counters[prefix + "wall_ms"] = wall / count * 1e3;
        state.counters[prefix + "cpu_ms"] = cpu / count * 1e3;
    }
    // Against sqlite3 reading the applications table: wall to wall, CPU to CPU.
    void reportRatio(benchmark::State &state) const
    {
        if (count == 0 || g_sqlite3ReadSeconds <= 0 || g_sqlite3ReadCpuSeconds <= 0)
            return;
        state.counters["x_sqlite3_wall"] = wall / count / g_sqlite3ReadSeconds;
        state.counters["x_sqlite3_cpu"] = cpu / count / g_sqlite3ReadCpuSeconds;
    }
};

// --- (5) the reference: sqlite3 reading the same table --------------------------

void BM_Sqlite3ReadApplications(benchmark::State &state)
{
    double cpuTotal = 0;
    for (auto _ : state) {
        QString error;
        double cpu = 0;
        const double seconds = sqlite3ReadSeconds(&error, &cpu);
        if (seconds < 0) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        cpuTotal += cpu;
        state.SetIterationTime(seconds);
    }
    if (state.iterations() > 0)
        state.counters["cpu_ms"] = cpuTotal / double(state.iterations()) * 1e3;
    addCommonCounters(state);
}
BENCHMARK(BM_Sqlite3ReadApplications)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

// --- (1) open the store and build the application list --------------------------

void BM_OpenStoreAndApplicationList(benchmark::State &state)
{
    Totals totals;
    int rows = 0;
    for (auto _ : state) {
        Stopwatch watch;
        QString error;
        auto store = SqliteStore::open(g_storePath, &error);
        if (!store) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        ApplicationListModel model(*store);
        rows = model.rowCount();
        totals.add(watch, state); // tearing down is not part of opening
    }
    if (rows != kApplications)
        state.SkipWithError("the list does not show every application");
    state.counters["rows"] = rows;
    totals.report(state);
    totals.reportRatio(state);
    addCommonCounters(state);
}
BENCHMARK(BM_OpenStoreAndApplicationList)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

// The same, plus what the main window adds: the filter proxy sorted by name.
void BM_OpenStoreAndSortedApplicationList(benchmark::State &state)
{
    Totals totals;
    for (auto _ : state) {
        Stopwatch watch;
        QString error;
        auto store = SqliteStore::open(g_storePath, &error);
        if (!store) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        ApplicationListModel model(*store);
        ObjectFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ApplicationListModel::NameColumn);
        benchmark::DoNotOptimize(proxy.rowCount());
        totals.add(watch, state);
    }
    totals.report(state);
    totals.reportRatio(state);
    addCommonCounters(state);
}
BENCHMARK(BM_OpenStoreAndSortedApplicationList)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

// --- (2) one filter keystroke over 50,000 applications --------------------------

void BM_FilterKeystroke(benchmark::State &state)
{
    auto store = openStore(state);
    if (!store)
        return;
    ApplicationListModel model(*store);
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ApplicationListModel::NameColumn);
    // Alternating: "T-Server-12" narrows (rows only go), "T-Server-1" widens
    // again (a full re-filter and re-sort). Both are keystrokes (type / backspace).
    const QString texts[2] = {QStringLiteral("T-Server-1"), QStringLiteral("T-Server-12")};
    proxy.setFilterText(texts[1]);
    Totals all, narrow, widen;
    double worst = 0;
    int visible[2] = {0, 0};
    qint64 i = 0;
    for (auto _ : state) {
        const int which = int(i++ % 2);
        Stopwatch watch;
        proxy.setFilterText(texts[which]);
        visible[which] = proxy.rowCount();
        worst = std::max(worst, watch.wall());
        (which == 1 ? narrow : widen).wall += watch.wall();
        (which == 1 ? narrow : widen).cpu += watch.cpu();
        ++(which == 1 ? narrow : widen).count;
        all.add(watch, state);
    }
    if (visible[0] <= visible[1] || visible[1] == 0)
        state.SkipWithError("the filter does not narrow the list as expected");
    state.counters["rows_T-Server-1"] = visible[0];
    state.counters["rows_T-Server-12"] = visible[1];
    all.report(state);
    narrow.report(state, "narrow_");
    widen.report(state, "widen_");
    state.counters["worst_wall_ms"] = worst * 1e3;
    addCommonCounters(state);
}
BENCHMARK(BM_FilterKeystroke)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(40);

// The first keystroke after opening also builds the lowercase haystacks the
// filter searches (they are not built on opening).
void BM_FirstFilterKeystroke(benchmark::State &state)
{
    auto store = openStore(state);
    if (!store)
        return;
    Totals totals;
    for (auto _ : state) {
        state.PauseTiming();
        ApplicationListModel model(*store);
        ObjectFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ApplicationListModel::NameColumn);
        state.ResumeTiming();
        Stopwatch watch;
        proxy.setFilterText(QStringLiteral("T-Server-1"));
        benchmark::DoNotOptimize(proxy.rowCount());
        totals.add(watch, state);
    }
    totals.report(state);
    addCommonCounters(state);
}
BENCHMARK(BM_FirstFilterKeystroke)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

// --- (3) saving one application edit (validated) --------------------------------

void saveEdits(benchmark::State &state, Store &store)
{
    const DbId id = kApplications / 2 + 1;
    auto app = store.application(id);
    if (!app) {
        state.SkipWithError("application to edit not found");
        return;
    }
    Totals totals;
    qint64 i = 0;
    for (auto _ : state) {
        // A real edit each time: the option value changes, so the row is rewritten.
        app->options.set(QStringLiteral("log"), QStringLiteral("verbose"),
                         (i++ % 2) ? QStringLiteral("standard") : QStringLiteral("debug"));
        Stopwatch watch;
        const SaveResult result = store.save(*app);
        totals.add(watch, state);
        if (!result) {
            QString why = result.error;
            for (const auto &f : result.findings)
                why += QLatin1Char(' ') + f.message;
            state.SkipWithError(qPrintable(QStringLiteral("save refused:") + why));
            break;
        }
        app->version = result.version;
    }
    totals.report(state);
    addCommonCounters(state);
}

void BM_SaveApplicationEdit(benchmark::State &state)
{
    if (auto store = openStore(state))
        saveEdits(state, *store);
}
BENCHMARK(BM_SaveApplicationEdit)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(50);

// As in the GUI: the sorted application list is open and follows the save.
void BM_SaveApplicationEditWithListOpen(benchmark::State &state)
{
    auto store = openStore(state);
    if (!store)
        return;
    ApplicationListModel model(*store);
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ApplicationListModel::NameColumn);
    saveEdits(state, *store);
}
BENCHMARK(BM_SaveApplicationEditWithListOpen)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);

// --- (6) the Problems panel: warnings across the whole configuration ---------------

// The generated store has 2,500 primaries with a backup whose Redundancy Type
// is Not Specified: each of them is one warning.
void BM_Problems(benchmark::State &state)
{
    auto store = openStore(state);
    if (!store)
        return;
    Totals totals;
    qsizetype found = 0;
    for (auto _ : state) {
        Stopwatch watch;
        const Findings problems = store->problems();
        totals.add(watch, state);
        found = problems.size();
    }
    if (found == 0)
        state.SkipWithError("no problems found in a store that has some");
    state.counters["problems"] = double(found);
    totals.report(state);
    addCommonCounters(state);
}
BENCHMARK(BM_Problems)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2);

// --- (4) exporting everything ---------------------------------------------------

// Diagnostic for the export's memory: building the name-based document alone
// (every object loaded), before it is turned into JSON. Runs first so its
// peak_rss_MB shows what the document costs without the JSON text.
void BM_ExportDocumentOnly(benchmark::State &state)
{
    auto store = openStore(state);
    if (!store)
        return;
    Totals totals;
    for (auto _ : state) {
        Stopwatch watch;
        const ConfigurationDocument document = JsonExchange::documentOf(*store);
        totals.add(watch, state);
        if (document.applications.size() != kApplications)
            state.SkipWithError("the document does not hold every application");
    }
    totals.report(state);
    addCommonCounters(state);
}
BENCHMARK(BM_ExportDocumentOnly)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2);

// What confmanctl's export does with the streaming form: the JSON written to
// a file object by object, never held whole. Runs before the in-memory export
// so its peak_rss_MB is its own.
void BM_ExportJsonToFile(benchmark::State &state)
{
    auto store = openStore(state);
    if (!store)
        return;
    QTemporaryDir dir;
    Totals totals;
    qint64 bytes = 0;
    for (auto _ : state) {
        QFile file(dir.filePath(QStringLiteral("export.json")));
        if (!file.open(QIODevice::WriteOnly)) {
            state.SkipWithError(qPrintable(file.errorString()));
            break;
        }
        Stopwatch watch;
        const bool ok = JsonExchange::exportJson(*store, file);
        file.close();
        totals.add(watch, state);
        bytes = file.size();
        if (!ok) {
            state.SkipWithError("the export could not be written");
            break;
        }
    }
    if (bytes == 0)
        state.SkipWithError("empty export");
    state.counters["json_MB"] = double(bytes) / (1024.0 * 1024.0);
    totals.report(state);
    addCommonCounters(state);
}
BENCHMARK(BM_ExportJsonToFile)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_ExportJson(benchmark::State &state)
{
    auto store = openStore(state);
    if (!store)
        return;
    Totals totals;
    qint64 bytes = 0;
    for (auto _ : state) {
        Stopwatch watch;
        const QByteArray json = JsonExchange::exportJson(*store);
        totals.add(watch, state);
        bytes = json.size();
    }
    if (bytes == 0)
        state.SkipWithError("empty export");
    state.counters["json_MB"] = double(bytes) / (1024.0 * 1024.0);
    totals.report(state);
    addCommonCounters(state);
}
BENCHMARK(BM_ExportJson)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    g_storePath = defaultStorePath();
    bool generated = false;
    QString error;
    if (!prepareStore(g_storePath, &generated, &error)) {
        std::fprintf(stderr, "Cannot prepare the benchmark store %s: %s\n", qPrintable(g_storePath),
                     qPrintable(error));
        return 1;
    }
    // Reference for the open target: medians of five sqlite3 reads, warm cache.
    std::vector<double> walls, cpus;
    for (int i = 0; i < 6; ++i) {
        double cpu = 0;
        const double wall = sqlite3ReadSeconds(&error, &cpu);
        if (wall < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (i > 0) { // the first read warms the page cache
            walls.push_back(wall);
            cpus.push_back(cpu);
        }
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    g_sqlite3ReadSeconds = walls[walls.size() / 2];
    g_sqlite3ReadCpuSeconds = cpus[cpus.size() / 2];
    std::fprintf(stderr, "Store: %s\nsqlite3 SELECT * FROM applications: %.1f ms wall, %.1f ms CPU (medians of 5)\n",
                 qPrintable(g_storePath), g_sqlite3ReadSeconds * 1e3, g_sqlite3ReadCpuSeconds * 1e3);

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::fprintf(stderr, "Peak RSS: %.1f MB%s\n", peakRssMb(),
                 generated ? " (this run also generated the store; rerun for the figure without it)" : "");
    return 0;
}
