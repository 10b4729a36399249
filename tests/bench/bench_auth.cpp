// Login cost with the production hash parameters (target 150-500 ms per
// login: slow for a guesser, quick enough for a person).
#include "models/auth/PasswordHasher.h"

#include <benchmark/benchmark.h>

namespace {

void BM_HashPassword(benchmark::State &state)
{
    const confman::PasswordHasher hasher;
    for (auto _ : state)
        benchmark::DoNotOptimize(hasher.hash(QStringLiteral("correct horse battery staple")));
}
BENCHMARK(BM_HashPassword)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_VerifyPassword(benchmark::State &state)
{
    const confman::PasswordHasher hasher;
    const QString stored = hasher.hash(QStringLiteral("correct horse battery staple"));
    for (auto _ : state)
        benchmark::DoNotOptimize(hasher.verify(QStringLiteral("correct horse battery staple"), stored));
}
BENCHMARK(BM_VerifyPassword)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

BENCHMARK_MAIN();
