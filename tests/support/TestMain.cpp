// The one main() of every test executable: a real QApplication on the
// offscreen platform (works as root, without a display), WebEngine's sandbox
// off, then GoogleTest. gtest_discover_tests runs this at build time too, so
// it must work with no environment set.
#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cstdlib>

#ifdef CONFMAN_HAVE_WEBENGINE
#include <QtWebEngineCore/qtwebenginecoreglobal.h>
#endif

namespace {
void setDefault(const char *name, const char *value)
{
    if (qEnvironmentVariableIsEmpty(name))
        qputenv(name, value);
}
} // namespace

int main(int argc, char **argv)
{
    setDefault("QT_QPA_PLATFORM", "offscreen");
    setDefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu");
    setDefault("QTWEBENGINE_DISABLE_SANDBOX", "1");
    setDefault("QT_LOGGING_RULES", "qt.webenginecontext.info=false");
    // Tests never touch the real user's settings, data or registry hive.
    QTemporaryDir home;
    const QByteArray runtime = (home.path() + "/runtime").toUtf8();
    QDir().mkpath(QString::fromUtf8(runtime));
    QFile::setPermissions(QString::fromUtf8(runtime),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime);
    // QStandardPaths' test mode puts settings and data under $HOME/.qttest,
    // which every test process would share: ctest -j runs them in parallel,
    // so one test's QSettings writes would race another's. A private HOME
    // keeps each process apart.
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + "/config").toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + "/data").toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + "/cache").toUtf8());
    QStandardPaths::setTestModeEnabled(true);

    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("Confman");
    QApplication::setApplicationName("confman-tests");
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
