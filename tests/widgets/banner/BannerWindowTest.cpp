// The banner window against a real loopback HTTP server and real files:
// what is shown, when Accept is usable, and what the user's choice leads to.
#include "tests/widgets/banner/BannerTestSupport.h"

#include "widgets/banner/BannerProgressWindow.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QScreen>

using namespace confman;
using namespace confman::test;
using confman::platform::RegType;

namespace {

class BannerWindowTest : public BannerWindowTestBase
{
};

TEST_F(BannerWindowTest, Status200IsDisplayedAndAcceptEnabledOnlyAfterLoad)
{
    server.route("/terms", LoopbackHttpServer::Response::html(titledPage("Terms of use")));
    configure({.urls = {server.url("/terms").toString()}});
    start();
    // Nothing to accept before the document is there.
    EXPECT_FALSE(window->acceptButton()->isEnabled());
    EXPECT_FALSE(window->isVisible());

    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->page()->url(), server.url("/terms"));
    EXPECT_TRUE(window->acceptButton()->isVisible());
    EXPECT_TRUE(window->acceptButton()->isEnabled());
    EXPECT_TRUE(window->rejectButton()->isVisible());
    EXPECT_FALSE(window->exitButton()->isVisible());
    EXPECT_TRUE(window->doNotShowAgainBox()->isVisible());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Terms of use \u2014 Confman"));
    EXPECT_TRUE(pageText().contains(QStringLiteral("Terms of use.")));

    QTest::mouseClick(window->acceptButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::ProceedToLogin);
    EXPECT_EQ(flow->exitCode(), 0);
    EXPECT_FALSE(window->isVisible());
    // Not asked to remember: the next start shows the banner again.
    EXPECT_FALSE(storedAck(banner::bannerKey()).has_value());
}

TEST_F(BannerWindowTest, ConfiguredTitleWinsAndUrlIsTheLastResort)
{
    server.route("/untitled", LoopbackHttpServer::Response::html("<html><body>No title here</body></html>"));
    configure({.urls = {server.url("/untitled").toString()}});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_EQ(window->windowTitle(), server.url("/untitled").toString() + QStringLiteral(" \u2014 Confman"));

    window.reset();
    flow.reset();
    configure({.urls = {server.url("/untitled").toString()}, .title = QStringLiteral("Legal notice")});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Legal notice \u2014 Confman"));
}

TEST_F(BannerWindowTest, Http404ThenNextUrl)
{
    server.route("/gone", LoopbackHttpServer::Response::html(titledPage("Missing"), 404, "Not Found"));
    server.route("/second", LoopbackHttpServer::Response::html(titledPage("Second")));
    configure({.urls = {server.url("/gone").toString(), server.url("/second").toString()}});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_EQ(server.hits("/gone"), 1);
    EXPECT_EQ(window->page()->url(), server.url("/second"));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Second \u2014 Confman"));
    ASSERT_TRUE(flow->lastError().has_value());
    EXPECT_EQ(flow->lastError()->code, 404);
}

TEST_F(BannerWindowTest, Http500EverywhereProceedsWhenNotMandatory)
{
    server.route("/broken", LoopbackHttpServer::Response::html(titledPage("Oops"), 500, "Internal Server Error"));
    configure({.urls = {server.url("/broken").toString()}, .ackMandatory = 0});
    start();
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::ProceedToLogin);
    EXPECT_EQ(server.hits("/broken"), 1);
    EXPECT_FALSE(window->isVisible());
    ASSERT_TRUE(flow->lastError().has_value());
    EXPECT_EQ(flow->lastError()->code, 500);
}

TEST_F(BannerWindowTest, Http500WhenMandatoryShowsBuiltInErrorPageWithExitOnly)
{
    server.route("/broken", LoopbackHttpServer::Response::html(titledPage("Oops"), 500, "Internal Server Error"));
    configure({.urls = {server.url("/broken").toString()}, .ackMandatory = 1});
    start();
    ASSERT_TRUE(waitFor(Page::BuiltInErrorPage));
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(window->exitButton()->isVisible());
    EXPECT_FALSE(window->acceptButton()->isVisible());
    EXPECT_FALSE(window->rejectButton()->isVisible());
    EXPECT_FALSE(window->doNotShowAgainBox()->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return pageText().contains(QStringLiteral("HTTP 500")); }, 10000))
        << qPrintable(pageText());
    // The built-in page from the resources, not a bare fallback.
    EXPECT_TRUE(pageText().contains(QStringLiteral("contact your administrator")));

    QTest::mouseClick(window->exitButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::Exit);
    EXPECT_EQ(flow->exitCode(), banner::BannerFlow::kExitUnavailable);
}

TEST_F(BannerWindowTest, StallingResponseAbortsThenNextUrl)
{
    LoopbackHttpServer::Response stall = LoopbackHttpServer::Response::html(
        titledPage("Stalled", "<p>" + QByteArray(20000, 'x') + "</p>"));
    stall.stall = true;
    server.route("/stall", stall);
    server.route("/next", LoopbackHttpServer::Response::html(titledPage("Next")));
    // The same timeout applies to /next: long enough that a loaded CI machine
    // (ctest -j2, WebEngine starting its renderer) loads it in time.
    configure({.urls = {server.url("/stall").toString(), server.url("/next").toString()}, .noCompleteMs = 8000});
    start();
    ASSERT_TRUE(waitFor(Page::Document, 40000)) << qPrintable(server.requests().join(QStringLiteral(", ")))
                                                << " error: "
                                                << qPrintable(flow->lastError() ? flow->lastError()->text
                                                                                : QString());
    EXPECT_EQ(server.hits("/stall"), 1);
    EXPECT_EQ(window->page()->url(), server.url("/next"));
    ASSERT_TRUE(flow->lastError().has_value());
    EXPECT_EQ(flow->lastError()->kind, banner::LoadError::Kind::Aborted);
}

TEST_F(BannerWindowTest, StallingResponseWhenMandatoryShowsOperationAborted)
{
    LoopbackHttpServer::Response stall = LoopbackHttpServer::Response::html(
        titledPage("Stalled", "<p>" + QByteArray(20000, 'x') + "</p>"));
    stall.stall = true;
    server.route("/stall", stall);
    configure({.urls = {server.url("/stall").toString()}, .ackMandatory = 1, .noCompleteMs = 1000});
    start();
    ASSERT_TRUE(waitFor(Page::BuiltInErrorPage));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return pageText().contains(QStringLiteral("0x80004004: Operation aborted")); }, 10000))
        << qPrintable(pageText());
    // Closing the window is an exit too.
    window->close();
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::Exit);
    EXPECT_EQ(flow->exitCode(), banner::BannerFlow::kExitUnavailable);
}

TEST_F(BannerWindowTest, SlowerThanShowUpTimeoutShowsIntermediateWindowThenDocument)
{
    LoopbackHttpServer::Response slow = LoopbackHttpServer::Response::html(titledPage("Slow terms"));
    slow.delayMs = 1500;
    server.route("/slow", slow);
    configure({.urls = {server.url("/slow").toString()}, .showUpMs = 300, .noCompleteMs = 8000});
    start();
    ASSERT_TRUE(waitFor(Page::Intermediate));
    EXPECT_TRUE(window->progressWindow()->isVisible());
    EXPECT_EQ(window->progressWindow()->message(), QStringLiteral("Downloading terms of use... Please wait..."));
    EXPECT_TRUE(window->progressWindow()->cancelButton()->isVisible());
    EXPECT_FALSE(window->isVisible());
    EXPECT_FALSE(window->acceptButton()->isEnabled());

    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_FALSE(window->progressWindow()->isVisible());
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(window->acceptButton()->isEnabled());
    EXPECT_EQ(window->page()->url(), server.url("/slow"));
}

TEST_F(BannerWindowTest, CancelInIntermediateWindowExits)
{
    LoopbackHttpServer::Response slow = LoopbackHttpServer::Response::html(titledPage("Slow terms"));
    slow.delayMs = 4000;
    server.route("/slow", slow);
    configure({.urls = {server.url("/slow").toString()}, .showUpMs = 300, .noCompleteMs = 0});
    start();
    ASSERT_TRUE(waitFor(Page::Intermediate));
    QTest::mouseClick(window->progressWindow()->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::Exit);
    EXPECT_EQ(flow->exitCode(), banner::BannerFlow::kExitDeclined);
    EXPECT_FALSE(window->progressWindow()->isVisible());
    EXPECT_FALSE(window->isVisible());
}

TEST_F(BannerWindowTest, ClosedPortFailsOverToNextUrl)
{
    const quint16 closed = LoopbackHttpServer::closedPort();
    ASSERT_NE(closed, 0);
    server.route("/terms", LoopbackHttpServer::Response::html(titledPage("Terms")));
    const QString refused = QStringLiteral("http://127.0.0.1:%1/terms").arg(closed);
    configure({.urls = {refused, server.url("/terms").toString()}});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_EQ(window->page()->url(), server.url("/terms"));
    ASSERT_TRUE(flow->lastError().has_value());
    EXPECT_EQ(flow->lastError()->code, -102); // connection refused
}

TEST_F(BannerWindowTest, LocalFileIsDisplayedAndMissingFileFails)
{
    const QString file = dir.filePath(QStringLiteral("terms.html"));
    ASSERT_TRUE(writeFile(file, titledPage("Local terms")));
    const QString missing = dir.filePath(QStringLiteral("no-such-terms.html"));
    configure({.urls = {missing, file}});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_EQ(window->page()->url(), QUrl::fromLocalFile(file));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Local terms \u2014 Confman"));
    ASSERT_TRUE(flow->lastError().has_value());
    EXPECT_EQ(flow->lastError()->code, -6); // file not found
}

TEST_F(BannerWindowTest, MissingFileMandatoryShowsConfiguredErrorPageWithExitOnly)
{
    server.route("/sorry", LoopbackHttpServer::Response::html(titledPage("Sorry")));
    configure({.urls = {dir.filePath(QStringLiteral("missing.html"))},
               .errorPages = {server.url("/sorry").toString()},
               .ackMandatory = 1});
    start();
    ASSERT_TRUE(waitFor(Page::ErrorPage));
    EXPECT_EQ(window->page()->url(), server.url("/sorry"));
    EXPECT_TRUE(window->exitButton()->isVisible());
    EXPECT_FALSE(window->acceptButton()->isVisible());
    EXPECT_FALSE(window->rejectButton()->isVisible());
    EXPECT_FALSE(window->doNotShowAgainBox()->isVisible());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Sorry \u2014 Confman"));
    QTest::mouseClick(window->exitButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::Exit);
    EXPECT_EQ(flow->exitCode(), banner::BannerFlow::kExitUnavailable);
}

TEST_F(BannerWindowTest, RejectExitsWithoutLogin)
{
    server.route("/terms", LoopbackHttpServer::Response::html(titledPage("Terms")));
    configure({.urls = {server.url("/terms").toString()}});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    QTest::mouseClick(window->rejectButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::Exit);
    EXPECT_EQ(flow->exitCode(), banner::BannerFlow::kExitDeclined);
    EXPECT_FALSE(window->isVisible());
}

TEST_F(BannerWindowTest, EscapeAndClosingTheWindowExit)
{
    server.route("/terms", LoopbackHttpServer::Response::html(titledPage("Terms")));
    configure({.urls = {server.url("/terms").toString()}});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    QTest::keyClick(window->acceptButton(), Qt::Key_Escape);
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::Exit);
    EXPECT_EQ(flow->exitCode(), banner::BannerFlow::kExitDeclined);

    window.reset();
    flow.reset();
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    window->close();
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::Exit);
    EXPECT_EQ(flow->exitCode(), banner::BannerFlow::kExitDeclined);
}

TEST_F(BannerWindowTest, DoNotShowAgainStoredForAllApplicationsInAckMode0)
{
    server.route("/terms", LoopbackHttpServer::Response::html(titledPage("Terms")));
    configure({.urls = {server.url("/terms").toString()}, .ackMode = 0});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    QTest::mouseClick(window->doNotShowAgainBox(), Qt::LeftButton);
    ASSERT_TRUE(window->doNotShowAgainBox()->isChecked());
    QTest::mouseClick(window->acceptButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::ProceedToLogin);

    const auto all = storedAck(banner::bannerKey());
    ASSERT_TRUE(all.has_value());
    EXPECT_EQ(all->type, RegType::DWord);
    EXPECT_EQ(all->number, 1u);
    EXPECT_FALSE(storedAck(banner::bannerTypeKey(19)).has_value());

    // The next start shows nothing and goes straight on.
    window.reset();
    flow.reset();
    start();
    EXPECT_EQ(flow->outcome(), Outcome::ProceedToLogin);
    EXPECT_FALSE(window->isVisible());
    EXPECT_EQ(server.hits("/terms"), 1);
}

TEST_F(BannerWindowTest, DoNotShowAgainStoredForThisTypeInAckMode1)
{
    server.route("/terms", LoopbackHttpServer::Response::html(titledPage("Terms")));
    configure({.urls = {server.url("/terms").toString()}, .ackMode = 1});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_TRUE(window->doNotShowAgainBox()->isVisible());
    QTest::mouseClick(window->doNotShowAgainBox(), Qt::LeftButton);
    QTest::mouseClick(window->acceptButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFinished());
    const auto typed = storedAck(banner::bannerTypeKey(19));
    ASSERT_TRUE(typed.has_value());
    EXPECT_EQ(typed->number, 1u);
    EXPECT_FALSE(storedAck(banner::bannerKey()).has_value());
}

TEST_F(BannerWindowTest, AckMode2HasNoCheckboxAndStoresNothing)
{
    server.route("/terms", LoopbackHttpServer::Response::html(titledPage("Terms")));
    configure({.urls = {server.url("/terms").toString()}, .ackMode = 2});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_FALSE(window->doNotShowAgainBox()->isVisible());
    QTest::mouseClick(window->acceptButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFinished());
    EXPECT_EQ(flow->outcome(), Outcome::ProceedToLogin);
    EXPECT_FALSE(QFile::exists(userHiveFile()) && storedAck(banner::bannerKey()).has_value());
    EXPECT_FALSE(storedAck(banner::bannerTypeKey(19)).has_value());
}

TEST_F(BannerWindowTest, ConfiguredSizeIsTheDocumentAreaAndNeverLargerThanTheScreen)
{
    server.route("/terms", LoopbackHttpServer::Response::html(titledPage("Terms")));
    configure({.urls = {server.url("/terms").toString()}, .width = 400, .height = 250});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_EQ(window->view()->size(), QSize(400, 250));

    window.reset();
    flow.reset();
    QSettings().remove(widgets::BannerWindow::sizeSettingsKey());
    configure({.urls = {server.url("/terms").toString()}, .width = 9000, .height = 7000});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    const QRect area = window->targetScreen()->availableGeometry();
    EXPECT_TRUE(area.contains(window->frameGeometry()))
        << area.width() << "x" << area.height() << " vs " << window->frameGeometry().width() << "x"
        << window->frameGeometry().height();
}

TEST_F(BannerWindowTest, UnsetSizeFitsTheContentWithinTheScreen)
{
    server.route("/short", LoopbackHttpServer::Response::html(
                               titledPage("Short", "<div style='width:500px;height:220px'>Short terms</div>")));
    configure({.urls = {server.url("/short").toString()}});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    // Fitted once the document's size is known: about 220 px of content, not the 600 px default.
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->view()->height() < 400; }, 10000))
        << window->view()->height();
    EXPECT_GE(window->view()->height(), 181);
    EXPECT_TRUE(window->targetScreen()->availableGeometry().contains(window->frameGeometry()));
}

TEST_F(BannerWindowTest, SizeTheUserLeavesIsRestoredNextTime)
{
    server.route("/terms", LoopbackHttpServer::Response::html(titledPage("Terms")));
    configure({.urls = {server.url("/terms").toString()}, .width = 400, .height = 250});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    window->resize(window->size() + QSize(60, 40));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->view()->size() == QSize(460, 290); }, 5000));
    QTest::mouseClick(window->acceptButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFinished());

    window.reset();
    flow.reset();
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_EQ(window->view()->size(), QSize(460, 290));
}

TEST_F(BannerWindowTest, OpensOnTheScreenAndNeverOffScreen)
{
    server.route("/terms", LoopbackHttpServer::Response::html(titledPage("Terms")));
    configure({.urls = {server.url("/terms").toString()}, .width = 400, .height = 250});
    start();
    ASSERT_TRUE(waitFor(Page::Document));
    EXPECT_EQ(window->screen(), window->targetScreen());
    EXPECT_TRUE(window->targetScreen()->availableGeometry().contains(window->frameGeometry()));
}

} // namespace
