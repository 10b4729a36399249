// Every S2.3 path of the banner flow, with manual timers (no browser, no waiting).
#include "models/banner/BannerFlow.h"
#include "models/platform/RegFileRegistry.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>

using namespace confman::banner;
using namespace confman::platform;
using Page = BannerView::Page;

namespace {

class ManualTimer : public BannerTimer
{
public:
    void start(int ms) override { active = true; interval = ms; ++starts; }
    void stop() override { active = false; }
    bool isActive() const override { return active; }
    void fire()
    {
        ASSERT_TRUE(active) << "fired a timer that is not running";
        active = false;
        onTimeout();
    }
    bool active = false;
    int interval = -1;
    int starts = 0;
};

class RecordingLog : public BannerAcceptanceLog
{
public:
    void record(const BannerAcceptance &a) override { entries.append(a); }
    QList<BannerAcceptance> entries;
};

BannerSettings settings(QStringList urls, QStringList errorPages = {}, bool mandatory = false, int ackMode = 0)
{
    BannerSettings s;
    int seq = 1;
    for (const QString &u : urls)
        s.urls.append(BannerUrl{u, seq++});
    for (const QString &u : errorPages)
        s.errorPages.append(BannerUrl{u, seq++});
    s.ackMandatory = mandatory;
    s.ackMode = ackMode;
    return s;
}

class Flow : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    std::unique_ptr<RegFileRegistry> hive;
    std::unique_ptr<BannerFlow> flow;
    ManualTimer *showUp = nullptr;
    ManualTimer *noComplete = nullptr;
    RecordingLog log;
    QList<QUrl> loads;
    int stops = 0;
    QList<BannerView> views;

    void make(const BannerSettings &s)
    {
        hive = std::make_unique<RegFileRegistry>(QString(), dir.filePath("user.reg"));
        int made = 0;
        flow = std::make_unique<BannerFlow>(s, hive.get(), [&]() -> std::unique_ptr<BannerTimer> {
            auto t = std::make_unique<ManualTimer>();
            (made++ == 0 ? showUp : noComplete) = t.get();
            return t;
        });
        flow->setAcceptanceLog(&log);
        flow->setUserAccount("CORP\\alice");
        QObject::connect(flow.get(), &BannerFlow::loadRequested, [this](const QUrl &u) { loads.append(u); });
        QObject::connect(flow.get(), &BannerFlow::stopRequested, [this] { ++stops; });
        QObject::connect(flow.get(), &BannerFlow::viewChanged, [this](const BannerView &v) { views.append(v); });
    }
    std::optional<RegistryValue> stored(const QString &key)
    {
        return RegFileRegistry(QString(), dir.filePath("user.reg")).value(Hive::CurrentUser, key, "Acknowledged");
    }
};

} // namespace

TEST_F(Flow, NoBannerOrAcknowledgedProceedsAtOnce)
{
    make(settings({}));
    QSignalSpy finished(flow.get(), &BannerFlow::finished);
    flow->start();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::ProceedToLogin);
    EXPECT_TRUE(loads.isEmpty());
    EXPECT_TRUE(views.isEmpty());

    BannerSettings s = settings({"http://h/t"});
    s.acknowledged = true;
    make(s);
    flow->start();
    EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::ProceedToLogin);
    EXPECT_TRUE(loads.isEmpty());
}

TEST_F(Flow, SuccessShowsDocumentWithAcceptEnabledOnlyWhenDisplayed)
{
    BannerSettings s = settings({"http://h/terms"});
    s.showUpTimeoutMs = 3000;
    s.noCompleteTimeoutMs = 2000;
    make(s);
    flow->start();
    ASSERT_EQ(loads, QList<QUrl>{QUrl("http://h/terms")});
    EXPECT_EQ(showUp->interval, 3000);
    EXPECT_EQ(noComplete->interval, 2000);
    EXPECT_TRUE(views.isEmpty()); // nothing shown while loading
    flow->loadStarted(QUrl("http://h/terms"));
    flow->loadProgress(50);
    EXPECT_NE(flow->view().page, Page::Document);
    flow->accept(false); // not displayed yet: ignored
    EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::Pending);
    flow->loadSucceeded("Terms of use");
    ASSERT_EQ(flow->view().page, Page::Document);
    EXPECT_TRUE(flow->view().acceptEnabled);
    EXPECT_TRUE(flow->view().checkboxVisible);
    EXPECT_EQ(flow->view().windowTitle, QStringLiteral("Terms of use \u2014 Confman"));
    EXPECT_FALSE(showUp->active);
    EXPECT_FALSE(noComplete->active);
    flow->accept(false);
    EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::ProceedToLogin);
    EXPECT_EQ(flow->exitCode(), 0);
    EXPECT_EQ(flow->view().page, Page::Hidden);
}

TEST_F(Flow, TitleSettingOverridesHtmlTitleAndUrlIsLastResort)
{
    BannerSettings s = settings({"http://h/terms"});
    s.title = QStringLiteral("Legal notice");
    make(s);
    flow->start();
    flow->loadSucceeded("Ignored");
    EXPECT_EQ(flow->view().windowTitle, QStringLiteral("Legal notice \u2014 Confman"));

    make(settings({"http://h/terms"}));
    flow->start();
    flow->loadSucceeded(QString());
    EXPECT_EQ(flow->view().windowTitle, QStringLiteral("http://h/terms \u2014 Confman"));
}

TEST_F(Flow, Http404ThenNextUrlSucceeds)
{
    make(settings({"http://h/a", "http://h/b"}));
    flow->start();
    flow->loadFailed(LoadError::http(404));
    ASSERT_EQ(loads.size(), 2);
    EXPECT_EQ(loads[1], QUrl("http://h/b"));
    flow->loadSucceeded("B");
    EXPECT_EQ(flow->view().page, Page::Document);
    EXPECT_EQ(flow->view().url, QUrl("http://h/b"));
}

TEST_F(Flow, SucceededWithErrorStatusCountsAsFailure)
{
    make(settings({"http://h/a", "http://h/b"}));
    flow->start();
    flow->loadSucceeded("Not Found", 500);
    EXPECT_EQ(loads.size(), 2);
    EXPECT_NE(flow->view().page, Page::Document);
}

TEST_F(Flow, AllFailNotMandatoryProceedsToLogin)
{
    make(settings({"http://h/a", "http://h/b"}, {"http://h/err"}, false));
    QSignalSpy finished(flow.get(), &BannerFlow::finished);
    flow->start();
    flow->loadFailed(LoadError::network(-105, "Name not resolved"));
    flow->loadFailed(LoadError::http(503));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::ProceedToLogin);
    EXPECT_EQ(loads.size(), 2); // error pages are not tried when not mandatory
}

TEST_F(Flow, AllFailMandatoryShowsFirstErrorPageThatLoads)
{
    make(settings({"http://h/a"}, {"http://h/err1", "http://h/err2"}, true));
    flow->start();
    flow->loadFailed(LoadError::http(404));
    ASSERT_EQ(loads.last(), QUrl("http://h/err1"));
    flow->loadFailed(LoadError::network(-102, "Connection refused"));
    ASSERT_EQ(loads.last(), QUrl("http://h/err2"));
    flow->loadSucceeded("Sorry");
    ASSERT_EQ(flow->view().page, Page::ErrorPage);
    EXPECT_FALSE(flow->view().acceptEnabled);
    flow->accept(true); // no Accept on an error page
    EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::Pending);
    flow->reject(); // the Exit button
    EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::Exit);
    EXPECT_EQ(flow->exitCode(), BannerFlow::kExitUnavailable);
}

TEST_F(Flow, ErrorPagesFailThenBuiltInPageWithLastBannerError)
{
    make(settings({"http://h/a", "http://h/b"}, {"http://h/err"}, true));
    flow->start();
    flow->loadFailed(LoadError::network(-105, "Name not resolved"));
    flow->loadFailed(LoadError::http(404, "Not Found"));
    flow->loadFailed(LoadError::network(-102, "Connection refused"));
    ASSERT_EQ(flow->view().page, Page::BuiltInErrorPage);
    EXPECT_EQ(flow->view().errorText, QStringLiteral("HTTP 404 Not Found"));
    EXPECT_FALSE(flow->view().acceptEnabled);
    EXPECT_FALSE(showUp->active);
    flow->close();
    EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::Exit);
    EXPECT_EQ(flow->exitCode(), BannerFlow::kExitUnavailable);
}

TEST_F(Flow, MandatoryWithoutErrorPagesShowsBuiltInPage)
{
    make(settings({"http://h/a"}, {}, true));
    flow->start();
    flow->loadFailed(LoadError::network(-6, "File not found"));
    ASSERT_EQ(flow->view().page, Page::BuiltInErrorPage);
    EXPECT_EQ(flow->view().errorText, QStringLiteral("-6: File not found"));
}

TEST_F(Flow, NoCompleteTimeoutAbortsAndReportsAbortCode)
{
    BannerSettings s = settings({"http://h/slow"}, {}, true);
    s.noCompleteTimeoutMs = 2000;
    make(s);
    flow->start();
    const int armed = noComplete->starts;
    flow->loadProgress(10); // progress restarts the no-progress timer
    EXPECT_EQ(noComplete->starts, armed + 1);
    noComplete->fire();
    EXPECT_EQ(stops, 1);
    ASSERT_EQ(flow->view().page, Page::BuiltInErrorPage);
    EXPECT_EQ(flow->view().errorText, QStringLiteral("0x80004004: Operation aborted"));
    EXPECT_EQ(LoadError::aborted().displayText(), QStringLiteral("0x80004004: Operation aborted"));
}

TEST_F(Flow, NoCompleteTimeoutMovesToNextUrl)
{
    make(settings({"http://h/slow", "http://h/fast"}));
    flow->start();
    noComplete->fire();
    ASSERT_EQ(loads.size(), 2);
    EXPECT_TRUE(noComplete->active); // re-armed for the next URL
    flow->loadSucceeded("Fast");
    EXPECT_EQ(flow->view().url, QUrl("http://h/fast"));
}

TEST_F(Flow, NoCompleteTimeoutZeroDisablesTheCheck)
{
    BannerSettings s = settings({"http://h/slow"});
    s.noCompleteTimeoutMs = 0;
    make(s);
    flow->start();
    flow->loadProgress(5);
    EXPECT_FALSE(noComplete->active);
}

TEST_F(Flow, ShowUpTimeoutShowsIntermediateWindowUntilDisplayed)
{
    make(settings({"http://h/a", "http://h/b"}));
    flow->start();
    showUp->fire();
    ASSERT_EQ(flow->view().page, Page::Intermediate);
    flow->loadFailed(LoadError::http(404));
    EXPECT_EQ(flow->view().page, Page::Intermediate); // still waiting on the next URL
    flow->loadSucceeded("B");
    EXPECT_EQ(flow->view().page, Page::Document);
    EXPECT_TRUE(flow->view().acceptEnabled);
}

TEST_F(Flow, CancelInIntermediateWindowExits)
{
    make(settings({"http://h/a"}));
    QSignalSpy finished(flow.get(), &BannerFlow::finished);
    flow->start();
    showUp->fire();
    flow->cancel();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished[0][0].value<BannerFlow::Outcome>(), BannerFlow::Outcome::Exit);
    EXPECT_EQ(finished[0][1].toInt(), BannerFlow::kExitDeclined);
    EXPECT_EQ(stops, 1); // the pending load is stopped
    EXPECT_EQ(flow->view().page, Page::Hidden);
    flow->loadSucceeded("late"); // late events change nothing
    EXPECT_EQ(flow->view().page, Page::Hidden);
    EXPECT_EQ(finished.size(), 1);
}

TEST_F(Flow, RejectAndCloseExitWithoutStoring)
{
    for (bool close : {false, true}) {
        make(settings({"http://h/a"}));
        flow->start();
        flow->loadSucceeded("T");
        close ? flow->close() : flow->reject();
        EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::Exit);
        EXPECT_EQ(flow->exitCode(), BannerFlow::kExitDeclined);
        EXPECT_TRUE(log.entries.isEmpty());
        EXPECT_FALSE(stored("SOFTWARE\\GCTI\\Unilogin\\Banner"));
    }
}

TEST_F(Flow, AcceptWithCheckboxAckMode0StoresForAllApplications)
{
    make(settings({"http://h/a"}, {}, false, 0));
    flow->start();
    flow->loadSucceeded("T");
    flow->accept(true);
    EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::ProceedToLogin);
    EXPECT_EQ(stored("SOFTWARE\\GCTI\\Unilogin\\Banner"), RegistryValue::dword(1));
    EXPECT_FALSE(stored("SOFTWARE\\GCTI\\Unilogin\\Banner\\19"));
    ASSERT_EQ(log.entries.size(), 1);
    EXPECT_EQ(log.entries[0].userAccount, QStringLiteral("CORP\\alice"));
    EXPECT_EQ(log.entries[0].url, QStringLiteral("http://h/a"));
    EXPECT_EQ(log.entries[0].ackMode, 0);
    EXPECT_TRUE(log.entries[0].doNotShowAgain);
    EXPECT_LE(qAbs(log.entries[0].time.secsTo(QDateTime::currentDateTimeUtc())), 5);
}

TEST_F(Flow, AcceptWithCheckboxAckMode1StoresForThisType)
{
    make(settings({"http://h/a"}, {}, false, 1));
    flow->start();
    flow->loadSucceeded("T");
    flow->accept(true);
    EXPECT_EQ(stored("SOFTWARE\\GCTI\\Unilogin\\Banner\\19"), RegistryValue::dword(1));
    EXPECT_FALSE(stored("SOFTWARE\\GCTI\\Unilogin\\Banner"));
}

TEST_F(Flow, AcceptWithoutCheckboxStoresNothingButIsLogged)
{
    for (int mode : {0, 1}) {
        make(settings({"http://h/a"}, {}, false, mode));
        flow->start();
        flow->loadSucceeded("T");
        flow->accept(false);
        EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::ProceedToLogin);
        EXPECT_FALSE(stored("SOFTWARE\\GCTI\\Unilogin\\Banner"));
        EXPECT_FALSE(stored("SOFTWARE\\GCTI\\Unilogin\\Banner\\19"));
    }
    EXPECT_EQ(log.entries.size(), 2);
}

TEST_F(Flow, AckMode2HasNoCheckboxAndNeverStores)
{
    make(settings({"http://h/a"}, {}, false, 2));
    flow->start();
    flow->loadSucceeded("T");
    EXPECT_FALSE(flow->view().checkboxVisible);
    flow->accept(true);
    EXPECT_EQ(flow->outcome(), BannerFlow::Outcome::ProceedToLogin);
    EXPECT_FALSE(stored("SOFTWARE\\GCTI\\Unilogin\\Banner"));
    EXPECT_FALSE(stored("SOFTWARE\\GCTI\\Unilogin\\Banner\\19"));
    ASSERT_EQ(log.entries.size(), 1);
    EXPECT_EQ(log.entries[0].ackMode, 2);
    EXPECT_FALSE(log.entries[0].doNotShowAgain);
}

TEST_F(Flow, HostileHtmlTitleIsCleaned)
{
    make(settings({"http://h/a"}));
    flow->start();
    flow->loadSucceeded(QStringLiteral("Evil\n\r\x01title") + QString(1000, 'x'));
    const QString t = flow->view().windowTitle;
    EXPECT_FALSE(t.contains('\n'));
    EXPECT_LT(t.size(), 260);
    EXPECT_TRUE(t.endsWith(" \u2014 Confman"));
}

TEST(FlowRealTimers, QTimersFireWithoutInjection)
{
    BannerSettings s = settings({"http://127.0.0.1:1/a"}, {}, true);
    s.showUpTimeoutMs = 10;
    s.noCompleteTimeoutMs = 60;
    BannerFlow flow(s, nullptr);
    QSignalSpy views(&flow, &BannerFlow::viewChanged);
    flow.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return flow.view().page == Page::Intermediate; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return flow.view().page == Page::BuiltInErrorPage; }, 5000));
    EXPECT_EQ(flow.view().errorText, QStringLiteral("0x80004004: Operation aborted"));
}
