#include "models/auth/PasswordHasher.h"
#include "models/auth/PasswordStrength.h"

#include <gtest/gtest.h>

using namespace confman;

namespace {

const PasswordHasher fast(PasswordHasher::kMinimumIterations);

TEST(PasswordHasher, DefaultCostIsAtLeast600000Iterations)
{
    const PasswordHasher hasher;
    EXPECT_GE(hasher.iterations(), 600000);
    const QString stored = hasher.hash(QStringLiteral("correct horse"));
    const auto p = PasswordHasher::parse(stored);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->scheme, QStringLiteral("pbkdf2-sha256"));
    EXPECT_GE(p->iterations, 600000);
    EXPECT_GE(p->salt.size(), 16);
    EXPECT_EQ(p->hash.size(), 32);
    EXPECT_TRUE(hasher.verify(QStringLiteral("correct horse"), stored));
}

TEST(PasswordHasher, RightPasswordVerifiesWrongOnesDoNot)
{
    const QString stored = fast.hash(QStringLiteral("Tr0ub4dor&3"));
    EXPECT_TRUE(fast.verify(QStringLiteral("Tr0ub4dor&3"), stored));
    EXPECT_FALSE(fast.verify(QStringLiteral("Tr0ub4dor&4"), stored));
    EXPECT_FALSE(fast.verify(QStringLiteral("tr0ub4dor&3"), stored));
    EXPECT_FALSE(fast.verify(QString(), stored));
    EXPECT_FALSE(fast.verify(QStringLiteral("Tr0ub4dor&3 "), stored));
}

TEST(PasswordHasher, NonAsciiPasswordsWork)
{
    const QString stored = fast.hash(QStringLiteral("Grüße-密码"));
    EXPECT_TRUE(fast.verify(QStringLiteral("Grüße-密码"), stored));
    EXPECT_FALSE(fast.verify(QStringLiteral("Grusse-密码"), stored));
}

TEST(PasswordHasher, SaltIsFreshEachTimeAndNoPasswordInTheString)
{
    const QString a = fast.hash(QStringLiteral("same password"));
    const QString b = fast.hash(QStringLiteral("same password"));
    EXPECT_NE(a, b);
    EXPECT_NE(PasswordHasher::parse(a)->salt, PasswordHasher::parse(b)->salt);
    EXPECT_FALSE(a.contains(QStringLiteral("same")));
    EXPECT_FALSE(a.contains(QString::fromLatin1(QByteArray("same password").toBase64())));
}

TEST(PasswordHasher, ParametersAreParsedBackAndFormatRoundTrips)
{
    const PasswordHasher h(12345);
    const QString stored = h.hash(QStringLiteral("x"));
    EXPECT_TRUE(stored.startsWith(QStringLiteral("pbkdf2-sha256$12345$")));
    const auto p = PasswordHasher::parse(stored);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->iterations, 12345);
    EXPECT_EQ(PasswordHasher::format(*p), stored);
}

TEST(PasswordHasher, WeakerStoredHashesNeedRehash)
{
    const PasswordHasher strong(50000);
    EXPECT_TRUE(strong.needsRehash(fast.hash(QStringLiteral("x"))));
    EXPECT_FALSE(strong.needsRehash(strong.hash(QStringLiteral("x"))));
    EXPECT_FALSE(fast.needsRehash(strong.hash(QStringLiteral("x"))));
    EXPECT_TRUE(strong.needsRehash(QStringLiteral("garbage")));
}

TEST(PasswordHasher, TamperedStringsAreRejectedSafely)
{
    const QString good = fast.hash(QStringLiteral("pw"));
    const QStringList fields = good.split(QLatin1Char('$'));
    ASSERT_EQ(fields.size(), 4);
    QString flippedHash = fields[3];
    flippedHash[0] = flippedHash[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QString flippedSalt = fields[2];
    flippedSalt[0] = flippedSalt[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QStringList bad = {
        QString(),
        QStringLiteral("$$$"),
        QStringLiteral("pbkdf2-sha1$1000$%1$%2").arg(fields[2], fields[3]),       // other scheme
        QStringLiteral("pbkdf2-sha256$1001$%1$%2").arg(fields[2], fields[3]),     // other count
        QStringLiteral("pbkdf2-sha256$999$%1$%2").arg(fields[2], fields[3]),      // below the floor
        QStringLiteral("pbkdf2-sha256$99999999999$%1$%2").arg(fields[2], fields[3]), // absurd cost
        QStringLiteral("pbkdf2-sha256$-1000$%1$%2").arg(fields[2], fields[3]),
        QStringLiteral("pbkdf2-sha256$01000$%1$%2").arg(fields[2], fields[3]),
        QStringLiteral("pbkdf2-sha256$1000$%1$%2").arg(flippedSalt, fields[3]),
        QStringLiteral("pbkdf2-sha256$1000$%1$%2").arg(fields[2], flippedHash),
        QStringLiteral("pbkdf2-sha256$1000$%1$%2").arg(fields[2], fields[3].left(20)), // truncated
        QStringLiteral("pbkdf2-sha256$1000$%1$%2").arg(fields[2].left(8), fields[3]),  // short salt
        QStringLiteral("pbkdf2-sha256$1000$%1$%2!").arg(fields[2], fields[3]),         // not base64
        QStringLiteral("pbkdf2-sha256$1000$%1$%2$extra").arg(fields[2], fields[3]),
        QStringLiteral("pbkdf2-sha256$1000$ %1$%2").arg(fields[2], fields[3]),
        QStringLiteral("pw"), // a clear-text password where a hash belongs
    };
    for (const QString &s : bad) {
        SCOPED_TRACE(s.toStdString());
        EXPECT_FALSE(fast.verify(QStringLiteral("pw"), s));
    }
    EXPECT_FALSE(PasswordHasher::parse(QStringLiteral("pbkdf2-sha256$99999999999$%1$%2").arg(fields[2], fields[3])));
    EXPECT_TRUE(fast.verify(QStringLiteral("pw"), good)); // the original still does
}

TEST(PasswordStrength, RatesLongMixedPasswordsAboveCommonOrShortOnes)
{
    EXPECT_EQ(estimatePasswordStrength({}).level, PasswordStrength::Level::Empty);
    EXPECT_EQ(estimatePasswordStrength(QStringLiteral("password")).level, PasswordStrength::Level::VeryWeak);
    EXPECT_EQ(estimatePasswordStrength(QStringLiteral("aaaaaaaaaaaa")).level, PasswordStrength::Level::VeryWeak);
    const auto withName = estimatePasswordStrength(QStringLiteral("mchen-Summer-2024!"), QStringLiteral("mchen"));
    EXPECT_LE(withName.level, PasswordStrength::Level::Weak);
    EXPECT_FALSE(withName.hints.isEmpty());
    const auto strong = estimatePasswordStrength(QStringLiteral("v7#Qe9!zLp2@Wm4$"));
    EXPECT_GE(strong.level, PasswordStrength::Level::Strong);
    EXPECT_GT(strong.bits, estimatePasswordStrength(QStringLiteral("v7#Qe9")).bits);
}

} // namespace
