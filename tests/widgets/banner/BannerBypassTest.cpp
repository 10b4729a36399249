// The banner document is hostile: every way it could move the window
// elsewhere, open a window or download something is tried, and each leaves
// the same banner displayed with Accept the only way on.
#include "tests/widgets/banner/BannerTestSupport.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>

using namespace confman;
using namespace confman::test;

namespace {

const QByteArray kHostileBody =
    "<a id='link' href='/elsewhere'>elsewhere</a><br>"
    "<a id='blank' href='/popup' target='_blank' style='display:block;width:300px;height:40px;"
    "background:#ccc'>new window</a><br>"
    "<a id='dl' href='/file.bin' download>download</a><br>"
    "<a id='dlplain' href='/file.bin'>download without attribute</a><br>"
    "<form id='f' method='post' action='/post'><input name='a' value='b'></form>"
    "<iframe id='frame' src='/inner' width='200' height='60'></iframe>";

class BannerBypassTest : public BannerWindowTestBase
{
protected:
    QUrl bannerUrl;
    std::unique_ptr<QSignalSpy> refused;

    void SetUp() override
    {
        BannerWindowTestBase::SetUp();
        server.route("/first", LoopbackHttpServer::Response::html(titledPage("Missing"), 404, "Not Found"));
        server.route("/banner", LoopbackHttpServer::Response::html(titledPage("Terms", kHostileBody)));
        server.route("/inner", LoopbackHttpServer::Response::html(titledPage("Inner", "<a id='in' href='/elsewhere'>x</a>")));
        server.route("/elsewhere", LoopbackHttpServer::Response::html(titledPage("Elsewhere")));
        server.route("/popup", LoopbackHttpServer::Response::html(titledPage("Popup")));
        server.route("/post", LoopbackHttpServer::Response::html(titledPage("Posted")));
        server.route("/refresh", LoopbackHttpServer::Response::html(
                                     titledPage("Refreshing terms", "<p>terms</p>")
                                         .replace("<title>", "<meta http-equiv='refresh' content='0;url=/elsewhere'><title>")));
        LoopbackHttpServer::Response file;
        file.contentType = "application/octet-stream";
        file.body = QByteArray(4096, 'z');
        file.headers = {{"Content-Disposition", "attachment; filename=file.bin"}};
        server.route("/file.bin", file);
        bannerUrl = server.url("/banner");
    }

    void startBanner(const QString &path = QStringLiteral("/banner"))
    {
        bannerUrl = server.url(path);
        // A failed URL first, so the page has an earlier history entry to go back to.
        configure({.urls = {server.url("/first").toString(), bannerUrl.toString()}});
        start();
        ASSERT_TRUE(waitFor(Page::Document));
        refused = std::make_unique<QSignalSpy>(window->page(), &widgets::BannerPage::navigationRefused);
    }

    // Still the same banner, still waiting for the user, Accept still the way on.
    void expectBannerStillShown()
    {
        EXPECT_EQ(window->shownView().page, Page::Document);
        EXPECT_EQ(window->page()->url().adjusted(QUrl::RemoveFragment), bannerUrl);
        EXPECT_TRUE(window->isVisible());
        EXPECT_TRUE(window->acceptButton()->isEnabled());
        EXPECT_EQ(flow->outcome(), Outcome::Pending);
        EXPECT_EQ(server.hits("/elsewhere"), 0);
        EXPECT_EQ(server.hits("/popup"), 0);
        EXPECT_EQ(server.hits("/post"), 0);
        EXPECT_TRUE(pageText().contains(QStringLiteral("elsewhere")) || bannerUrl.path() != "/banner");

        QTest::mouseClick(window->acceptButton(), Qt::LeftButton);
        ASSERT_TRUE(waitFinished());
        EXPECT_EQ(flow->outcome(), Outcome::ProceedToLogin);
    }

    bool waitRefused(int atLeast = 1) { return QTest::qWaitFor([&] { return refused->count() >= atLeast; }, 10000); }

    QPoint elementCenter(const QString &id)
    {
        const QVariantList r = runInPage(QStringLiteral("(function(){var b=document.getElementById('%1')"
                                                        ".getBoundingClientRect();return [b.left+b.width/2,"
                                                        "b.top+b.height/2];})()")
                                             .arg(id))
                                   .toList();
        return r.size() == 2 ? QPoint(r.at(0).toInt(), r.at(1).toInt()) : QPoint();
    }
};

TEST_F(BannerBypassTest, LinkClickedByScriptIsRefused)
{
    startBanner();
    runInPage(QStringLiteral("document.getElementById('link').click()"));
    ASSERT_TRUE(waitRefused());
    expectBannerStillShown();
}

TEST_F(BannerBypassTest, LinkClickedWithTheMouseIsRefused)
{
    startBanner();
    const QPoint at = elementCenter(QStringLiteral("link"));
    ASSERT_FALSE(at.isNull());
    QWidget *target = window->view()->focusProxy() ? window->view()->focusProxy() : window->view();
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
    ASSERT_TRUE(waitRefused());
    expectBannerStillShown();
}

TEST_F(BannerBypassTest, ScriptLocationChangeAfterLoadIsRefused)
{
    startBanner();
    runInPage(QStringLiteral("location.href = '/elsewhere'"));
    ASSERT_TRUE(waitRefused());
    expectBannerStillShown();
}

TEST_F(BannerBypassTest, WindowOpenGetsNoWindow)
{
    startBanner();
    // Without a gesture: the popup blocker (JavascriptCanOpenWindows off).
    EXPECT_EQ(runInPage(QStringLiteral("String(window.open('/popup'))")).toString(), QStringLiteral("null"));
    // With a real click (a user gesture): createWindow refuses.
    const QPoint at = elementCenter(QStringLiteral("blank"));
    ASSERT_FALSE(at.isNull());
    QWidget *target = window->view()->focusProxy() ? window->view()->focusProxy() : window->view();
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
    ASSERT_TRUE(waitRefused());
    expectBannerStillShown();
}

TEST_F(BannerBypassTest, MetaRefreshIsRefused)
{
    startBanner(QStringLiteral("/refresh"));
    ASSERT_TRUE(waitRefused());
    expectBannerStillShown();
}

TEST_F(BannerBypassTest, FormPostIsRefused)
{
    startBanner();
    runInPage(QStringLiteral("document.getElementById('f').submit()"));
    ASSERT_TRUE(waitRefused());
    expectBannerStillShown();
}

TEST_F(BannerBypassTest, DownloadIsCancelled)
{
    startBanner();
    QList<QWebEngineDownloadRequest *> downloads;
    // Connected after the window's own handler, so it sees the request after the refusal.
    QObject::connect(window->page()->profile(), &QWebEngineProfile::downloadRequested,
                     [&](QWebEngineDownloadRequest *d) { downloads.append(d); });
    runInPage(QStringLiteral("document.getElementById('dl').click()"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !downloads.isEmpty() || refused->count() > 0; }, 10000));
    for (QWebEngineDownloadRequest *d : std::as_const(downloads))
        EXPECT_EQ(d->state(), QWebEngineDownloadRequest::DownloadCancelled);
    // A plain link to the file is a navigation: refused before reaching the server.
    const int before = refused->count();
    runInPage(QStringLiteral("document.getElementById('dlplain').click()"));
    ASSERT_TRUE(waitRefused(before + 1));
    expectBannerStillShown();
}

TEST_F(BannerBypassTest, HistoryBackAfterPushStateIsRefused)
{
    startBanner();
    runInPage(QStringLiteral("history.pushState({}, '', '/pushed'); history.back();"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->page()->url() == bannerUrl; }, 10000));
    // One more step back would leave the document (to the failed first URL).
    runInPage(QStringLiteral("history.back()"));
    ASSERT_TRUE(waitRefused());
    expectBannerStillShown();
}

TEST_F(BannerBypassTest, FrameCannotBeClickedElsewhere)
{
    startBanner();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.hits("/inner") == 1; }, 10000));
    // The page's script reaches into its same-origin frame and clicks a link there.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return runInPage(QStringLiteral("(function(){var d=document.getElementById('frame').contentDocument;"
                                            "var a=d&&d.getElementById('in');if(!a)return false;a.click();return true;})()"))
                .toBool();
        },
        10000));
    ASSERT_TRUE(waitRefused());
    EXPECT_FALSE(refused->last().at(2).toBool()); // refused in the frame
    expectBannerStillShown();
}

} // namespace
