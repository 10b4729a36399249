#include "models/platform/RegFileParser.h"
#include "tests/models/platform/RegFileTestUtil.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace confman::platform;
using confman::test::regV4;
using confman::test::regV5;

namespace {

const RegFileOp *findSet(const RegFileContent &c, const QString &name)
{
    for (const RegFileOp &op : c.ops) {
        if (op.kind == RegFileOp::SetValue && op.name == name)
            return &op;
    }
    return nullptr;
}

bool hasIssueAt(const RegFileContent &c, int line)
{
    for (const RegFileIssue &i : c.issues) {
        if (i.line == line)
            return true;
    }
    return false;
}

} // namespace

TEST(RegFileParser, Version5Utf16AllValueKinds)
{
    // hex(2) "%TEMP%\a" in UTF-16LE, split over lines as regedit wraps it.
    const QString body = QStringLiteral(
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\n"
        "@=\"default\"\n"
        "\"Str\"=\"C:\\\\dir\\\\\\\"q\\\"\"\n"
        "\"Dw\"=dword:0000000a\n"
        "\"Bin\"=hex:01,02,ff\n"
        "\"Exp\"=hex(2):25,00,54,00,45,00,4d,00,50,00,25,00,5c,00,\\\n"
        "  61,00,00,00,62,00\n"
        "\"Multi\"=hex(7):61,00,00,00,62,00,63,00,00,00,00,00\n"
        "\"Q\"=hex(b):01,00,00,00,00,00,00,80\n"
        "\"Unicode\"=\"\u00e9\u4e2d\"\n");
    const RegFileContent c = RegFileParser::parse(regV5(body), QStringLiteral("t.reg"));
    ASSERT_TRUE(c.readable);
    EXPECT_EQ(c.format, RegFileFormat::Version5);
    EXPECT_TRUE(c.issues.isEmpty()) << c.issues.value(0).toString().toStdString();
    ASSERT_TRUE(findSet(c, QString()));
    EXPECT_EQ(findSet(c, QString())->value.text, QStringLiteral("default"));
    EXPECT_EQ(findSet(c, "Str")->value.text, QStringLiteral("C:\\dir\\\"q\""));
    EXPECT_EQ(findSet(c, "Dw")->value, RegistryValue::dword(10));
    EXPECT_EQ(findSet(c, "Bin")->value, RegistryValue::binary(QByteArray("\x01\x02\xff", 3)));
    EXPECT_EQ(findSet(c, "Exp")->value, RegistryValue::expandString(QStringLiteral("%TEMP%\\a")));
    EXPECT_EQ(findSet(c, "Multi")->value, RegistryValue::multiString({"a", "bc"}));
    EXPECT_EQ(findSet(c, "Q")->value, RegistryValue::qword(0x8000000000000001ull));
    EXPECT_EQ(findSet(c, "Unicode")->value.text, QStringLiteral("\u00e9\u4e2d"));
    EXPECT_EQ(findSet(c, "Exp")->line, 8);
}

TEST(RegFileParser, Regedit4AnsiHexStrings)
{
    // In REGEDIT4, hex(2) bytes are ANSI: "%X%é" with é = 0xE9; 0x80 is the euro sign.
    const QByteArray bytes = regV4(QStringLiteral(
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\n"
        "\"Exp\"=hex(2):25,58,25,e9,80,00,41\n"
        "\"Name\"=\"caf\u00e9\"\n"));
    const RegFileContent c = RegFileParser::parse(bytes, "old.reg");
    ASSERT_TRUE(c.readable);
    EXPECT_EQ(c.format, RegFileFormat::Regedit4);
    EXPECT_EQ(findSet(c, "Exp")->value, RegistryValue::expandString(QStringLiteral("%X%\u00e9\u20ac")));
    EXPECT_EQ(findSet(c, "Name")->value.text, QStringLiteral("caf\u00e9"));
}

TEST(RegFileParser, Utf8FileWithVersion5Header)
{
    const QByteArray bytes = QStringLiteral("\ufeffWindows Registry Editor Version 5.00\n[HKCU\\K]\n\"A\"=\"\u00e9\"\n").toUtf8();
    const RegFileContent c = RegFileParser::parse(bytes, "u8.reg");
    ASSERT_TRUE(c.readable);
    ASSERT_TRUE(findSet(c, "A"));
    EXPECT_EQ(findSet(c, "A")->hive, Hive::CurrentUser);
    EXPECT_EQ(findSet(c, "A")->value.text, QStringLiteral("\u00e9"));
}

TEST(RegFileParser, DeletionsAndComments)
{
    const RegFileContent c = RegFileParser::parse(regV5(QStringLiteral(
        "; a comment\n"
        "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Gone]\n"
        "\"Ignored\"=\"x\"\n"
        "\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Kept]\n"
        "  ; indented comment\n"
        "\"Old\"=-\n")), "d.reg");
    ASSERT_EQ(c.ops.size(), 3);
    EXPECT_EQ(c.ops[0].kind, RegFileOp::DeleteKeyTree);
    EXPECT_EQ(c.ops[0].key, QStringLiteral("SOFTWARE\\Gone"));
    EXPECT_EQ(c.ops[1].kind, RegFileOp::CreateKey);
    EXPECT_EQ(c.ops[2].kind, RegFileOp::DeleteValue);
    EXPECT_EQ(c.ops[2].name, QStringLiteral("Old"));
    // The value under the deleted key is reported on its line (header=1, blank=2, comment=3).
    EXPECT_TRUE(hasIssueAt(c, 5));
}

TEST(RegFileParser, MalformedLinesReportedWithLineNumbersAndSkipped)
{
    const RegFileContent c = RegFileParser::parse(regV5(QStringLiteral(
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]\n" // 3
        "\"A\"=dword:xyz\n"                    // 4 bad
        "\"B\"=\"unterminated\n"               // 5 bad
        "garbage line\n"                       // 6 bad
        "\"C\"=hex:01,zz\n"                    // 7 bad
        "\"D\"=dword:00000001\n"               // 8 good
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\T\n"   // 9 bad
        "\"E\"=hex(4):01,02\n"                 // 10 bad: DWORD of 2 bytes
        "\"F\"=\"ok\"\n")), "bad.reg");        // 11: still under T? no: line 9 invalidated the section
    ASSERT_TRUE(c.readable);
    for (int line : {4, 5, 6, 7, 9, 10, 11})
        EXPECT_TRUE(hasIssueAt(c, line)) << "line " << line;
    EXPECT_FALSE(hasIssueAt(c, 8));
    ASSERT_TRUE(findSet(c, "D"));
    EXPECT_EQ(findSet(c, "D")->value.number, 1u);
    EXPECT_FALSE(findSet(c, "A"));
    EXPECT_FALSE(findSet(c, "F"));
    for (const RegFileIssue &i : c.issues) {
        EXPECT_EQ(i.file, QStringLiteral("bad.reg"));
        EXPECT_FALSE(i.reason.isEmpty());
    }
}

TEST(RegFileParser, MissingHeaderIsNotARegFile)
{
    const RegFileContent c = RegFileParser::parse("[HKEY_LOCAL_MACHINE\\X]\r\n\"A\"=\"b\"\r\n", "x.reg");
    EXPECT_FALSE(c.readable);
    EXPECT_TRUE(c.ops.isEmpty());
    ASSERT_FALSE(c.issues.isEmpty());
}

TEST(RegFileParser, HostileInputNeverCrashes)
{
    // NULs, unpaired surrogates, odd byte counts.
    QByteArray nul = regV5(QStringLiteral("[HKLM\\A]\n\"X\"=\"a"));
    nul.append(QByteArray("\0\0b\0\"\0\r\0\n\0", 10));
    RegFileContent c = RegFileParser::parse(nul, "nul.reg");
    EXPECT_TRUE(c.readable);
    EXPECT_FALSE(findSet(c, "X"));

    QByteArray surrogates = regV5(QStringLiteral("[HKLM\\A]\n\"Y\"=\""));
    surrogates.append(QByteArray("\x00\xD8\x00\xDC\x00\xDC\"\x00\x0D\x00", 10));
    surrogates.append('\x41'); // odd trailing byte
    c = RegFileParser::parse(surrogates, "sur.reg");
    EXPECT_TRUE(c.readable);

    // Absurd hex length: over the cap, reported, not allocated.
    QString huge = QStringLiteral("[HKLM\\A]\n\"H\"=hex:");
    huge += QStringLiteral("00,").repeated(RegFileParser::kMaxValueBytes + 10);
    huge += QStringLiteral("00\n\"After\"=dword:00000002\n");
    c = RegFileParser::parse(regV4(huge), "huge.reg");
    EXPECT_FALSE(findSet(c, "H"));
    EXPECT_TRUE(findSet(c, "After"));

    // Deep nesting.
    QString deep = QStringLiteral("[HKLM");
    for (int i = 0; i < 2000; ++i)
        deep += QStringLiteral("\\k");
    deep += QStringLiteral("]\n\"V\"=\"x\"\n");
    c = RegFileParser::parse(regV5(deep), "deep.reg");
    EXPECT_TRUE(c.ops.isEmpty());
    EXPECT_FALSE(c.issues.isEmpty());

    // Over the file cap: refused as a whole.
    c = RegFileParser::parse(QByteArray(RegFileParser::kMaxFileBytes + 1, 'a'), "big.reg");
    EXPECT_FALSE(c.readable);

    // Random garbage after a valid header, many times.
    QRandomGenerator rng(42);
    for (int round = 0; round < 200; ++round) {
        QByteArray junk = round % 2 ? regV5(QString()) : regV4(QString());
        const int n = int(rng.bounded(2000));
        for (int i = 0; i < n; ++i)
            junk.append(char(rng.bounded(256)));
        c = RegFileParser::parse(junk, "junk.reg");
        EXPECT_LE(c.issues.size(), RegFileParser::kMaxIssues + 1);
    }
}

TEST(RegFileParser, HexContinuationAtEndOfFileIsReported)
{
    const RegFileContent c = RegFileParser::parse(regV5(QStringLiteral("[HKLM\\A]\n\"H\"=hex:01,\\\n")), "eof.reg");
    EXPECT_FALSE(findSet(c, "H"));
    EXPECT_TRUE(hasIssueAt(c, 4));
}
