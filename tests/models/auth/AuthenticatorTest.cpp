#include "tests/models/auth/AuthFixture.h"

#include "models/store/AuditCsv.h"
#include "models/store/JsonExchange.h"

using namespace confman;
using confman::test::AuthFixture;

namespace {

const QString kApp = QStringLiteral("default"); // the demo's Configuration Manager application

class AuthenticatorTest : public AuthFixture
{
};

TEST_F(AuthenticatorTest, RightPasswordLogsInAndRecordsTheLogin)
{
    addUser(QStringLiteral("alice"), QStringLiteral("alice-pw-1"));
    auto auth = authenticator();
    const LoginResult first = auth->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), kApp);
    ASSERT_TRUE(first.ok()) << first.message.toStdString();
    EXPECT_TRUE(first.previousLogin.isNull());
    EXPECT_EQ(auth->currentUserName(), QStringLiteral("alice"));
    auth->logout();
    EXPECT_FALSE(auth->isLoggedIn());

    const QDateTime firstAt = clock.now();
    clock.advance(3600 * 1000);
    const LoginResult second = auth->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), kApp);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.previousLogin.at, firstAt);
    EXPECT_EQ(second.previousLogin.applicationName, kApp);
    EXPECT_EQ(persons->lastLogin(second.person->id).at, clock.now());
}

TEST_F(AuthenticatorTest, UnknownUserAndWrongPasswordGetTheSameMessage)
{
    addUser(QStringLiteral("alice"), QStringLiteral("alice-pw-1"));
    auto auth = authenticator();
    const LoginResult wrong = auth->login(QStringLiteral("alice"), QStringLiteral("nope"), kApp);
    const LoginResult unknown = auth->login(QStringLiteral("mallory"), QStringLiteral("nope"), kApp);
    const LoginResult noPassword = auth->login(QStringLiteral("jsmith"), QString(), kApp); // demo user, no password
    EXPECT_EQ(wrong.status, LoginResult::Status::WrongCredentials);
    EXPECT_EQ(unknown.status, LoginResult::Status::WrongCredentials);
    EXPECT_EQ(noPassword.status, LoginResult::Status::WrongCredentials);
    EXPECT_EQ(wrong.message, unknown.message);
    EXPECT_EQ(wrong.message, noPassword.message);
    EXPECT_FALSE(auth->isLoggedIn());
}

TEST_F(AuthenticatorTest, DisabledAndGrouplessUsersAreToldWhyOnlyWithTheRightPassword)
{
    const DbId bob = addUser(QStringLiteral("bob"), QStringLiteral("bob-pw"));
    auto p = *persons->person(bob);
    p.enabled = false;
    ASSERT_TRUE(persons->save(p).ok);
    addUser(QStringLiteral("carol"), QStringLiteral("carol-pw"), {});
    auto auth = authenticator();

    EXPECT_EQ(auth->login(QStringLiteral("bob"), QStringLiteral("wrong"), kApp).status,
              LoginResult::Status::WrongCredentials);
    const LoginResult disabled = auth->login(QStringLiteral("bob"), QStringLiteral("bob-pw"), kApp);
    EXPECT_EQ(disabled.status, LoginResult::Status::Disabled);
    EXPECT_TRUE(disabled.message.contains(QStringLiteral("disabled")));
    const LoginResult noGroup = auth->login(QStringLiteral("carol"), QStringLiteral("carol-pw"), kApp);
    EXPECT_EQ(noGroup.status, LoginResult::Status::NoAccessGroup);
    EXPECT_TRUE(noGroup.message.contains(QStringLiteral("access group")));
    EXPECT_FALSE(auth->isLoggedIn());
}

TEST_F(AuthenticatorTest, TheApplicationMustExistAndBeAConfigurationManager)
{
    addUser(QStringLiteral("alice"), QStringLiteral("alice-pw-1"));
    auto auth = authenticator();
    const LoginResult missing = auth->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), QStringLiteral("nosuch"));
    EXPECT_EQ(missing.status, LoginResult::Status::NoApplication);
    EXPECT_TRUE(missing.message.contains(QStringLiteral("nosuch")));
    const LoginResult wrongType = auth->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), QStringLiteral("confserv"));
    EXPECT_EQ(wrongType.status, LoginResult::Status::WrongApplicationType);
    EXPECT_TRUE(wrongType.message.contains(QStringLiteral("Configuration Manager")));
}

TEST_F(AuthenticatorTest, FailuresAreThrottledWithAGrowingDelay)
{
    addUser(QStringLiteral("alice"), QStringLiteral("alice-pw-1"));
    auto auth = authenticator();
    EXPECT_EQ(auth->login(QStringLiteral("alice"), QStringLiteral("x"), kApp).status, LoginResult::Status::WrongCredentials);
    // One failure: no delay yet.
    EXPECT_EQ(auth->login(QStringLiteral("alice"), QStringLiteral("x"), kApp).status, LoginResult::Status::WrongCredentials);
    int previousDelay = 0;
    for (int round = 0; round < 4; ++round) {
        // Even the right password is refused while throttled.
        const LoginResult t = auth->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), kApp);
        ASSERT_EQ(t.status, LoginResult::Status::Throttled) << round;
        EXPECT_GT(t.retryAfterSeconds, previousDelay);
        previousDelay = t.retryAfterSeconds;
        clock.advance(qint64(t.retryAfterSeconds) * 1000);
        EXPECT_EQ(auth->login(QStringLiteral("alice"), QStringLiteral("x"), kApp).status,
                  LoginResult::Status::WrongCredentials);
    }
    EXPECT_EQ(previousDelay, 8);
    // Other names are not slowed down by alice's failures.
    addUser(QStringLiteral("bob"), QStringLiteral("bob-pw"));
    EXPECT_TRUE(auth->login(QStringLiteral("bob"), QStringLiteral("bob-pw"), kApp).ok());
    EXPECT_EQ(Authenticator::delaySecondsAfter(50), 300);
}

TEST_F(AuthenticatorTest, AccountLocksAfterTheConfiguredNumberOfFailures)
{
    setConfigServerOption(QStringLiteral("account-lockout-threshold"), QStringLiteral("3"));
    const DbId alice = addUser(QStringLiteral("alice"), QStringLiteral("alice-pw-1"));
    auto auth = authenticator();
    for (int i = 0; i < 3; ++i) {
        clock.advance(600 * 1000); // past any throttling
        EXPECT_EQ(auth->login(QStringLiteral("alice"), QStringLiteral("x"), kApp).status,
                  LoginResult::Status::WrongCredentials);
    }
    EXPECT_TRUE(persons->isLocked(alice));
    clock.advance(600 * 1000);
    const LoginResult locked = auth->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), kApp);
    EXPECT_EQ(locked.status, LoginResult::Status::AccountLocked);
    // A new Authenticator (a restart) still sees the lock: it is in the store.
    EXPECT_EQ(authenticator()->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), kApp).status,
              LoginResult::Status::AccountLocked);
    ASSERT_TRUE(auth->unlock(alice));
    EXPECT_TRUE(auth->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), kApp).ok());

    bool lockAudited = false, unlockAudited = false;
    for (const auto &e : audit->entries()) {
        lockAudited |= e.action == AuditAction::AccountLocked && e.objectName == QStringLiteral("alice");
        unlockAudited |= e.action == AuditAction::AccountUnlocked && e.objectName == QStringLiteral("alice");
    }
    EXPECT_TRUE(lockAudited);
    EXPECT_TRUE(unlockAudited);
}

TEST_F(AuthenticatorTest, WithoutLockoutOptionAccountsNeverLock)
{
    const DbId alice = addUser(QStringLiteral("alice"), QStringLiteral("alice-pw-1"));
    auto auth = authenticator();
    for (int i = 0; i < 10; ++i) {
        clock.advance(600 * 1000);
        auth->login(QStringLiteral("alice"), QStringLiteral("x"), kApp);
    }
    EXPECT_FALSE(persons->isLocked(alice));
    clock.advance(600 * 1000);
    EXPECT_TRUE(auth->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), kApp).ok());
    EXPECT_EQ(persons->failedLogins(alice), 0);
}

TEST_F(AuthenticatorTest, ReloginAcceptsOnlyTheCurrentUsersCurrentPassword)
{
    const DbId alice = addUser(QStringLiteral("alice"), QStringLiteral("old-password"));
    addUser(QStringLiteral("bob"), QStringLiteral("bob-pw"));
    auto auth = authenticator();
    EXPECT_EQ(auth->verifyCurrentUser(QStringLiteral("old-password")).status, LoginResult::Status::NotLoggedIn);
    ASSERT_TRUE(auth->login(QStringLiteral("alice"), QStringLiteral("old-password"), kApp).ok());
    EXPECT_TRUE(auth->verifyCurrentUser(QStringLiteral("old-password")).ok());
    EXPECT_FALSE(auth->verifyCurrentUser(QStringLiteral("bob-pw")).ok()); // another user's password

    // Changed while logged in (e.g. by an administrator elsewhere): only the new one works.
    auto admin = authenticator();
    ASSERT_TRUE(admin->setPassword(alice, QStringLiteral("new-password")).ok);
    clock.advance(600 * 1000);
    EXPECT_EQ(auth->verifyCurrentUser(QStringLiteral("old-password")).status, LoginResult::Status::WrongCredentials);
    clock.advance(600 * 1000);
    EXPECT_TRUE(auth->verifyCurrentUser(QStringLiteral("new-password")).ok());
    EXPECT_EQ(auth->currentUserName(), QStringLiteral("alice"));
}

TEST_F(AuthenticatorTest, EveryAttemptIsAuditedWithoutThePassword)
{
    addUser(QStringLiteral("alice"), QStringLiteral("Sup3r-Secret-Pw"));
    auto auth = authenticator();
    auth->login(QStringLiteral("alice"), QStringLiteral("Typo-Secret-Pw"), kApp);
    auth->login(QStringLiteral("nobody"), QStringLiteral("Other-Secret-Pw"), kApp);
    clock.advance(600 * 1000);
    ASSERT_TRUE(auth->login(QStringLiteral("alice"), QStringLiteral("Sup3r-Secret-Pw"), kApp).ok());
    auth->logout();

    QStringList actions;
    for (const auto &e : audit->entries())
        actions.append(auditActionKey(e.action) + QLatin1Char(':') + e.who);
    EXPECT_EQ(actions, (QStringList{QStringLiteral("login-failed:alice"), QStringLiteral("login-failed:nobody"),
                                    QStringLiteral("login:alice"), QStringLiteral("logout:alice")}));
    const QByteArray csv = auditCsv(audit->entries());
    const QByteArray bytes = allStoreBytes() + csv + JsonExchange::exportJson(*store);
    for (const char *secret : {"Sup3r-Secret-Pw", "Typo-Secret-Pw", "Other-Secret-Pw"})
        EXPECT_FALSE(bytes.contains(secret)) << secret;
}

TEST_F(AuthenticatorTest, WeakHashIsReplacedAtTheNextLogin)
{
    const DbId alice = addUser(QStringLiteral("alice"), QStringLiteral("alice-pw-1")); // 1000 iterations
    auto strongerAuth = std::make_unique<Authenticator>(*store, *persons, *audit, PasswordHasher(2000), clock);
    ASSERT_TRUE(strongerAuth->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), kApp).ok());
    const auto p = PasswordHasher::parse(persons->person(alice)->passwordHash);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->iterations, 2000);
    EXPECT_TRUE(authenticator()->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), kApp).ok());
}

TEST_F(AuthenticatorTest, EmptyNewPasswordIsRefusedAndTheOldOneKept)
{
    const DbId alice = addUser(QStringLiteral("alice"), QStringLiteral("alice-pw-1"));
    auto auth = authenticator();
    const SaveResult r = auth->setPassword(alice, QString());
    EXPECT_FALSE(r.ok);
    ASSERT_FALSE(r.findings.isEmpty());
    EXPECT_TRUE(auth->login(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), kApp).ok());
}

} // namespace
