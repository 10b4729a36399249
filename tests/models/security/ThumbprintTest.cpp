#include "models/security/Thumbprint.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace confman::security;

namespace {
const QString kCanonical = QStringLiteral("9a ab db c4 02 29 7e 10 00 ff 12 34 56 78 9a bc de f0 01 02");
}

TEST(Thumbprint, NormalizesEveryPastedForm)
{
    const QStringList inputs = {
        QStringLiteral("9aabdbc402297e1000ff123456789abcdef00102"),
        QStringLiteral("9A AB DB C4 02 29 7E 10 00 FF 12 34 56 78 9A BC DE F0 01 02"),
        QStringLiteral("9a:ab:db:c4:02:29:7e:10:00:ff:12:34:56:78:9a:bc:de:f0:01:02"),
        QStringLiteral("9a-ab-db-c4-02-29-7e-10-00-ff-12-34-56-78-9a-bc-de-f0-01-02"),
        QStringLiteral("  9aab db\tc402 297e1000ff123456789abcdef00102\n"),
        // What Windows' certificate dialog copies: a leading LRM, NBSPs, a BOM.
        QString(QChar(0x200E)) + QStringLiteral("9a") + QChar(0x00A0) + QStringLiteral("ab db c4 02 29 7e 10 00 ff 12 34 56 78 9a bc de f0 01 02")
            + QChar(0x200F) + QChar(0xFEFF),
    };
    for (const QString &in : inputs) {
        auto t = Thumbprint::normalize(in);
        ASSERT_TRUE(t.ok()) << qPrintable(in) << ": " << qPrintable(t.errorMessage());
        EXPECT_EQ(t.value(), kCanonical) << qPrintable(in);
    }
}

TEST(Thumbprint, AcceptsSha256Length)
{
    const QString hex = QString(QStringLiteral("ab")).repeated(32);
    auto t = Thumbprint::parse(hex);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->bytes().size(), 32);
    EXPECT_EQ(t->toString(), QString(QStringLiteral("ab ")).repeated(31) + QStringLiteral("ab"));
    EXPECT_EQ(t->toCompactString(), hex);
}

TEST(Thumbprint, RejectsWrongLengthWithClearMessage)
{
    auto t = Thumbprint::parse(QStringLiteral("9a ab db c4 02 29 7e 10 00 ff 12 34 56 78 9a bc de f0 01"));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.errorKind(), ErrorKind::InvalidThumbprint);
    EXPECT_TRUE(t.errorMessage().contains(QLatin1String("19 bytes"))) << qPrintable(t.errorMessage());

    auto odd = Thumbprint::parse(QStringLiteral("abc"));
    ASSERT_FALSE(odd.ok());
    EXPECT_TRUE(odd.errorMessage().contains(QLatin1String("odd"))) << qPrintable(odd.errorMessage());

    auto empty = Thumbprint::parse(QString(QChar(0x200E)) + QStringLiteral("  "));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.errorMessage().contains(QLatin1String("empty")));
}

TEST(Thumbprint, RejectsNonHexNamingTheCharacter)
{
    auto t = Thumbprint::parse(QStringLiteral("9g ab db c4 02 29 7e 10 00 ff 12 34 56 78 9a bc de f0 01 02"));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.errorKind(), ErrorKind::InvalidThumbprint);
    EXPECT_TRUE(t.errorMessage().contains(QLatin1String("'g'"))) << qPrintable(t.errorMessage());
    EXPECT_TRUE(t.errorMessage().contains(QLatin1String("position 2"))) << qPrintable(t.errorMessage());
}

TEST(Thumbprint, EqualityIsOnBytes)
{
    auto a = Thumbprint::parse(QStringLiteral("9AABDBC402297E1000FF123456789ABCDEF00102"));
    auto b = Thumbprint::parse(kCanonical);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a.value(), b.value());
    EXPECT_TRUE(Thumbprint().isNull());
}
