#pragma once
// Login and re-login (SPEC S3, S8, issue 5).
//
// login(user, password, application) checks, in this order:
//   1. the application: it must exist and be of type Configuration Manager
//      (Confman logs in as such an Application object, S1.1);
//   2. throttling: after the 2nd failure in a row for a user name, the next
//      attempt is refused for 1 s, then 2, 4, 8 ... up to 5 minutes, without
//      looking at the password (per user name, known or not; in memory);
//   3. lockout: a locked account is refused (SecurityPolicy lockout threshold);
//   4. the password: a wrong password, an unknown user and a Person without
//      a password all get the same message ("The user name or password is
//      incorrect.") and take about the same time (a dummy hash is checked);
//   5. only then, for the right password: a disabled Person and a Person in
//      no access group get their own message.
// Every attempt is audited (never the password). A success records the login
// time and application (S8: LoginResult::previousLogin is what the status bar
// shows), resets the failures and rehashes a hash made with weaker
// parameters.
//
// verifyCurrentUser(password) is the re-login (S3): only the logged-in user,
// checked against the hash in the store now, so a password changed while
// logged in means only the new one works. It is throttled and audited too.
#include "models/auth/AuditLog.h"
#include "models/auth/Clock.h"
#include "models/auth/PasswordHasher.h"
#include "models/store/PersonStore.h"
#include "models/store/Store.h"

#include <QHash>

#include <optional>

namespace confman {

struct LoginResult
{
    enum class Status {
        Ok,
        WrongCredentials,     // unknown user, wrong password or no password set
        Throttled,            // too soon after failures: retryAfterSeconds
        AccountLocked,
        Disabled,
        NoAccessGroup,
        NoApplication,        // the application name is not in the configuration
        WrongApplicationType, // not a Configuration Manager application
        NotLoggedIn,          // verifyCurrentUser without a session
        StorageFailed,
    };
    Status status = Status::WrongCredentials;
    QString message;                // for the user, one sentence
    std::optional<Person> person;   // on success
    LoginRecord previousLogin;      // on success: the login before this one (null if first)
    int retryAfterSeconds = 0;      // Throttled

    bool ok() const { return status == Status::Ok; }
};

class Authenticator
{
public:
    Authenticator(const Store &store, PersonStore &persons, AuditLog &audit,
                  PasswordHasher hasher = PasswordHasher(), const Clock &clock = Clock::system());

    LoginResult login(const QString &userName, const QString &password, const QString &applicationName);
    LoginResult verifyCurrentUser(const QString &password);
    void logout();

    bool isLoggedIn() const { return m_personId != 0; }
    DbId currentPersonId() const { return m_personId; }
    QString currentUserName() const { return m_userName; }
    QString currentApplication() const { return m_application; }

    // Sets a new password (hash) for a Person and audits it; refuses an
    // empty password. The old hash stops working at once.
    SaveResult setPassword(DbId personId, const QString &newPassword);
    // Lifts a lockout and audits it.
    bool unlock(DbId personId);

    // The throttling delay after `failures` failures in a row (0 for 0 or 1).
    static int delaySecondsAfter(int failures);

private:
    struct Throttle
    {
        int failures = 0;
        QDateTime notBefore;
    };
    LoginResult refuse(LoginResult::Status status, const QString &message, const QString &userName,
                       const QString &application, const QString &auditReason);
    std::optional<int> throttled(const QString &userName) const;
    void countFailure(const QString &userName, const std::optional<Person> &person);
    bool checkPassword(const std::optional<Person> &person, const QString &password) const;

    const Store &m_store;
    PersonStore &m_persons;
    AuditLog &m_audit;
    PasswordHasher m_hasher;
    const Clock &m_clock;
    mutable QString m_dummyHash; // checked for unknown users so they take as long as known ones
    QHash<QString, Throttle> m_throttle;
    DbId m_personId = 0;
    QString m_userName;
    QString m_application;
};

} // namespace confman
