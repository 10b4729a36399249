#include "models/auth/Authenticator.h"

#include "models/auth/SecurityPolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace confman {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Authenticator", text, disambiguation, n);
}

constexpr int kMaxDelaySeconds = 300;

QString wrongCredentials() { return tr("The user name or password is incorrect."); }

} // namespace

Authenticator::Authenticator(const Store &store, PersonStore &persons, AuditLog &audit, PasswordHasher hasher,
                             const Clock &clock)
    : m_store(store), m_persons(persons), m_audit(audit), m_hasher(hasher), m_clock(clock)
{
}

int Authenticator::delaySecondsAfter(int failures)
{
    if (failures < 2)
        return 0;
    return failures - 2 >= 9 ? kMaxDelaySeconds : std::min(kMaxDelaySeconds, 1 << (failures - 2));
}

std::optional<int> Authenticator::throttled(const QString &userName) const
{
    const auto it = m_throttle.constFind(userName);
    if (it == m_throttle.constEnd() || !it->notBefore.isValid())
        return std::nullopt;
    const qint64 ms = m_clock.now().msecsTo(it->notBefore);
    if (ms <= 0)
        return std::nullopt;
    return int((ms + 999) / 1000);
}

LoginResult Authenticator::refuse(LoginResult::Status status, const QString &message, const QString &userName,
                                  const QString &application, const QString &auditReason)
{
    m_audit.recordFailedLogin(userName, application, auditReason);
    LoginResult r;
    r.status = status;
    r.message = message;
    return r;
}

bool Authenticator::checkPassword(const std::optional<Person> &person, const QString &password) const
{
    if (person && person->hasPassword())
        return m_hasher.verify(password, person->passwordHash);
    // Same work as a real check, so timing does not tell which names exist.
    if (m_dummyHash.isEmpty())
        m_dummyHash = m_hasher.hash(QStringLiteral("confman-dummy-password"));
    m_hasher.verify(password, m_dummyHash);
    return false;
}

void Authenticator::countFailure(const QString &userName, const std::optional<Person> &person)
{
    Throttle &t = m_throttle[userName];
    ++t.failures;
    t.notBefore = m_clock.now().addSecs(delaySecondsAfter(t.failures));
    if (!person)
        return;
    const int failures = m_persons.failedLogins(person->id) + 1;
    m_persons.setFailedLogins(person->id, failures);
    const SecurityPolicy policy = SecurityPolicy::read(m_store, m_persons);
    if (policy.lockoutThreshold > 0 && failures >= policy.lockoutThreshold && !m_persons.isLocked(person->id)) {
        m_persons.setLocked(person->id, true);
        m_audit.recordAccountLocked(person->userName, person->id, failures);
    }
}

LoginResult Authenticator::login(const QString &userName, const QString &password, const QString &applicationName)
{
    const auto appId = m_store.applicationIdByName(applicationName);
    const auto app = appId ? m_store.application(*appId) : std::nullopt;
    if (!app)
        return refuse(LoginResult::Status::NoApplication,
                      tr("The application \"%1\" does not exist in this configuration.").arg(applicationName),
                      userName, applicationName, QStringLiteral("unknown application"));
    if (app->type != AppType::ConfigurationManager)
        return refuse(LoginResult::Status::WrongApplicationType,
                      tr("The application \"%1\" is not an Application of type Configuration Manager.")
                          .arg(applicationName),
                      userName, applicationName, QStringLiteral("application of the wrong type"));
    if (const auto wait = throttled(userName)) {
        LoginResult r = refuse(LoginResult::Status::Throttled,
                               tr("Too many failed attempts. Try again in %n second(s).", nullptr, *wait), userName,
                               applicationName, QStringLiteral("throttled"));
        r.retryAfterSeconds = *wait;
        return r;
    }
    const auto person = m_persons.personByUserName(userName);
    if (person && m_persons.isLocked(person->id))
        return refuse(LoginResult::Status::AccountLocked,
                      tr("This account is locked after too many failed logins. Ask an administrator to unlock it."),
                      userName, applicationName, QStringLiteral("account locked"));
    if (!checkPassword(person, password)) {
        LoginResult r = refuse(LoginResult::Status::WrongCredentials, wrongCredentials(), userName, applicationName,
                               !person ? QStringLiteral("unknown user")
                                       : !person->hasPassword() ? QStringLiteral("no password set")
                                                                : QStringLiteral("wrong password"));
        countFailure(userName, person);
        return r;
    }
    // The password was right: from here on the user may learn why not.
    if (!person->enabled)
        return refuse(LoginResult::Status::Disabled,
                      tr("The user %1 is disabled. Ask an administrator to enable it.").arg(userName), userName,
                      applicationName, QStringLiteral("disabled user"));
    if (person->memberOf.isEmpty())
        return refuse(LoginResult::Status::NoAccessGroup,
                      tr("The user %1 belongs to no access group and cannot log in until an administrator "
                         "adds it to one.")
                          .arg(userName),
                      userName, applicationName, QStringLiteral("no access group"));

    LoginResult r;
    r.status = LoginResult::Status::Ok;
    r.previousLogin = m_persons.lastLogin(person->id);
    if (!m_persons.recordLogin(person->id, {m_clock.now(), applicationName}))
        return refuse(LoginResult::Status::StorageFailed, tr("The login could not be recorded in the store."),
                      userName, applicationName, QStringLiteral("storage failure"));
    m_throttle.remove(userName);
    if (m_hasher.needsRehash(person->passwordHash))
        if (const QString stronger = m_hasher.hash(password); !stronger.isEmpty())
            m_persons.setPasswordHash(person->id, stronger);
    m_personId = person->id;
    m_userName = userName;
    m_application = applicationName;
    m_audit.setSession(userName, applicationName);
    m_audit.recordLogin(userName, applicationName, person->id);
    r.person = m_persons.person(person->id);
    return r;
}

LoginResult Authenticator::verifyCurrentUser(const QString &password)
{
    if (!isLoggedIn()) {
        LoginResult r;
        r.status = LoginResult::Status::NotLoggedIn;
        r.message = tr("Nobody is logged in.");
        return r;
    }
    if (const auto wait = throttled(m_userName)) {
        LoginResult r = refuse(LoginResult::Status::Throttled,
                               tr("Too many failed attempts. Try again in %n second(s).", nullptr, *wait), m_userName,
                               m_application, QStringLiteral("re-login throttled"));
        r.retryAfterSeconds = *wait;
        return r;
    }
    const auto person = m_persons.person(m_personId); // the hash as it is now
    if (person && m_persons.isLocked(person->id))
        return refuse(LoginResult::Status::AccountLocked,
                      tr("This account is locked after too many failed logins. Ask an administrator to unlock it."),
                      m_userName, m_application, QStringLiteral("re-login: account locked"));
    if (!checkPassword(person, password)) {
        LoginResult r = refuse(LoginResult::Status::WrongCredentials, tr("The password is incorrect."), m_userName,
                               m_application, QStringLiteral("re-login: wrong password"));
        countFailure(m_userName, person);
        return r;
    }
    if (!person->enabled)
        return refuse(LoginResult::Status::Disabled,
                      tr("The user %1 has been disabled meanwhile.").arg(m_userName), m_userName, m_application,
                      QStringLiteral("re-login: disabled user"));
    m_throttle.remove(m_userName);
    m_persons.setFailedLogins(person->id, 0);
    m_audit.recordSessionUnlocked();
    LoginResult r;
    r.status = LoginResult::Status::Ok;
    r.person = person;
    r.previousLogin = m_persons.lastLogin(person->id);
    return r;
}

void Authenticator::logout()
{
    if (!isLoggedIn())
        return;
    m_audit.recordLogout();
    m_audit.setSession({}, {});
    m_personId = 0;
    m_userName.clear();
    m_application.clear();
}

SaveResult Authenticator::setPassword(DbId personId, const QString &newPassword)
{
    SaveResult r;
    const auto person = m_persons.person(personId);
    if (!person) {
        r.error = tr("The Person does not exist.");
        return r;
    }
    if (newPassword.isEmpty()) {
        r.findings.append(Finding{Severity::Error, QStringLiteral("person.password-empty"),
                                  tr("The password must not be empty."), {ObjectKind::Person, personId},
                                  QStringLiteral("password"), person->userName});
        return r;
    }
    const QString hash = m_hasher.hash(newPassword);
    if (hash.isEmpty()) {
        r.error = tr("The password could not be hashed (no random numbers available).");
        return r;
    }
    r = m_persons.setPasswordHash(personId, hash);
    if (r.ok)
        m_audit.recordPasswordChanged(person->userName, personId);
    return r;
}

bool Authenticator::unlock(DbId personId)
{
    const auto person = m_persons.person(personId);
    if (!person || !m_persons.setLocked(personId, false))
        return false;
    m_throttle.remove(person->userName);
    m_audit.recordAccountUnlocked(person->userName, personId);
    return true;
}

} // namespace confman
