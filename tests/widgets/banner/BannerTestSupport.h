#pragma once
// A banner window over a real BannerFlow, real .reg files in a temp folder
// and a real loopback HTTP server.
#include "models/banner/BannerFlow.h"
#include "models/platform/RegFileRegistry.h"
#include "tests/models/platform/RegFileTestUtil.h"
#include "tests/support/LoopbackHttpServer.h"
#include "widgets/banner/BannerPage.h"
#include "widgets/banner/BannerWindow.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineScript>
#include <QWebEngineView>

// Tests name only the BannerConfig fields they set (designated initializers).
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <memory>

namespace confman::test {

struct BannerConfig
{
    QStringList urls;
    QStringList errorPages;
    int ackMandatory = 0;
    int ackMode = 0;
    int showUpMs = 300;
    int noCompleteMs = 5000;
    QString title;      // empty: not set
    int width = 0;      // 0: not set
    int height = 0;

    QString regBody() const
    {
        auto dword = [](const char *name, int v) {
            return QStringLiteral("\"%1\"=dword:%2\n").arg(QLatin1String(name)).arg(v, 8, 16, QLatin1Char('0'));
        };
        QString b = QStringLiteral("[HKEY_LOCAL_MACHINE\\SOFTWARE\\GCTI\\Unilogin\\Banner]\n");
        b += dword("AckMandatory", ackMandatory) + dword("AckMode", ackMode) + dword("ShowUpTimeout", showUpMs)
             + dword("NoCompleteTimeout", noCompleteMs);
        if (!title.isEmpty())
            b += QStringLiteral("\"Title\"=\"%1\"\n").arg(title);
        if (width)
            b += dword("Width", width);
        if (height)
            b += dword("Height", height);
        int seq = 1;
        auto entry = [&](const QString &url, bool errorPage) {
            QString e = QStringLiteral("\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\GCTI\\Unilogin\\Banner\\URLs\\%1]\n"
                                       "\"URL\"=\"%2\"\n")
                            .arg(seq++)
                            .arg(url);
            if (errorPage)
                e += QStringLiteral("\"ErrorPage\"=dword:00000001\n");
            return e;
        };
        for (const QString &u : urls)
            b += entry(u, false);
        for (const QString &u : errorPages)
            b += entry(u, true);
        return b;
    }
};

class BannerWindowTestBase : public ::testing::Test
{
protected:
    using Page = banner::BannerView::Page;
    using Outcome = banner::BannerFlow::Outcome;

    QTemporaryDir dir;
    LoopbackHttpServer server;
    std::unique_ptr<platform::RegFileRegistry> registry;
    std::unique_ptr<banner::BannerFlow> flow;
    std::unique_ptr<widgets::BannerWindow> window;

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(server.listen());
        QSettings().remove(widgets::BannerWindow::sizeSettingsKey());
    }
    void TearDown() override
    {
        window.reset();
        flow.reset();
    }

    QString machineDir() const { return dir.filePath(QStringLiteral("machine")); }
    QString userHiveFile() const { return dir.filePath(QStringLiteral("user.reg")); }

    void configure(const BannerConfig &c)
    {
        QDir().mkpath(machineDir());
        ASSERT_TRUE(writeFile(machineDir() + QStringLiteral("/10-banner.reg"), regV5(c.regBody())));
    }

    // Resolves the settings from the .reg files and starts a window on them.
    void start()
    {
        registry = std::make_unique<platform::RegFileRegistry>(machineDir(), userHiveFile());
        flow = std::make_unique<banner::BannerFlow>(banner::BannerSettings::resolve(*registry), registry.get());
        window = std::make_unique<widgets::BannerWindow>(flow.get());
        flow->start();
    }

    bool waitFor(Page page, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return window->shownView().page == page; }, ms);
    }
    bool waitFinished(int ms = 20000)
    {
        return QTest::qWaitFor([&] { return flow->outcome() != Outcome::Pending; }, ms);
    }

    // Runs script in the document's own world (as the document would) and
    // returns its result.
    QVariant runInPage(const QString &script)
    {
        QVariant out;
        bool done = false;
        window->page()->runJavaScript(script, QWebEngineScript::MainWorld, [&](const QVariant &v) {
            out = v;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 10000)) << qPrintable(script);
        return out;
    }

    // The text the page shows (read in an isolated world).
    QString pageText()
    {
        QVariant out;
        bool done = false;
        window->page()->runJavaScript(QStringLiteral("document.body ? document.body.innerText : ''"),
                                      QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                                          out = v;
                                          done = true;
                                      });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 10000));
        return out.toString();
    }

    // The user hive as written on disk, read back fresh.
    std::optional<platform::RegistryValue> storedAck(const QString &key) const
    {
        platform::RegFileRegistry fresh(QString(), userHiveFile());
        return fresh.value(platform::Hive::CurrentUser, key, QStringLiteral("Acknowledged"));
    }
};

inline QByteArray titledPage(const QByteArray &title, const QByteArray &body = "<p>Terms of use.</p>")
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" + body
           + "</body></html>";
}

} // namespace confman::test
