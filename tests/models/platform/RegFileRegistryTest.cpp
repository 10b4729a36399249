#include "models/platform/RegFileParser.h"
#include "models/platform/RegFileRegistry.h"
#include "tests/models/platform/RegFileTestUtil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace confman::platform;
using confman::test::regV4;
using confman::test::regV5;
using confman::test::writeFile;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST(RegFileRegistry, MachineFolderAppliedInFileNameOrder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(writeFile(dir.filePath("20-site.reg"), regV4(QStringLiteral(
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor]\n\"A\"=\"second\"\n"
        "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Old]\n"))));
    ASSERT_TRUE(writeFile(dir.filePath("10-base.reg"), regV5(QStringLiteral(
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor]\n\"A\"=\"first\"\n\"B\"=dword:00000002\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Old\\Deeper]\n\"C\"=\"c\"\n"))));
    ASSERT_TRUE(writeFile(dir.filePath("notes.txt"), "[HKLM\\X]"));
    const RegFileRegistry reg(dir.path(), QString());
    EXPECT_EQ(reg.machineFiles().size(), 2);
    EXPECT_EQ(reg.value(Hive::LocalMachine, "SOFTWARE\\Vendor", "A")->text, QStringLiteral("second"));
    EXPECT_EQ(reg.value(Hive::LocalMachine, "SOFTWARE\\Vendor", "B")->number, 2u);
    EXPECT_FALSE(reg.keyExists(Hive::LocalMachine, "SOFTWARE\\Vendor\\Old"));
    EXPECT_FALSE(reg.keyExists(Hive::LocalMachine, "SOFTWARE\\Vendor\\Old\\Deeper"));
    EXPECT_FALSE(reg.value(Hive::CurrentUser, "SOFTWARE\\Vendor", "A"));
}

TEST(RegFileRegistry, PathsAndNamesAreCaseInsensitive)
{
    QTemporaryDir dir;
    ASSERT_TRUE(writeFile(dir.filePath("a.reg"), regV5(QStringLiteral(
        "[HKEY_LOCAL_MACHINE\\Software\\GCTI\\Unilogin\\Banner\\URLs\\1]\n\"URL\"=\"http://x/\"\n"))));
    const RegFileRegistry reg(dir.path(), QString());
    EXPECT_TRUE(reg.value(Hive::LocalMachine, "SOFTWARE\\gcti\\UNILOGIN\\banner\\urls\\1", "url"));
    EXPECT_EQ(reg.subKeys(Hive::LocalMachine, "software\\gcti\\unilogin\\banner"), QStringList{"URLs"});
    EXPECT_EQ(reg.valueNames(Hive::LocalMachine, "SOFTWARE\\GCTI\\Unilogin\\Banner\\URLs\\1"), QStringList{"URL"});
    EXPECT_TRUE(reg.keyExists(Hive::LocalMachine, "SOFTWARE\\GCTI")); // parents exist
}

TEST(RegFileRegistry, OtherHiveKeysInAFileAreReportedAndSkipped)
{
    QTemporaryDir dir;
    ASSERT_TRUE(writeFile(dir.filePath("a.reg"), regV5(QStringLiteral(
        "[HKEY_CURRENT_USER\\SOFTWARE\\X]\n\"A\"=\"user\"\n[HKEY_CLASSES_ROOT\\Y]\n\"B\"=\"c\"\n"))));
    const RegFileRegistry reg(dir.path(), QString());
    EXPECT_FALSE(reg.value(Hive::CurrentUser, "SOFTWARE\\X", "A"));
    EXPECT_FALSE(reg.value(Hive::LocalMachine, "SOFTWARE\\X", "A"));
    EXPECT_GE(reg.issues().size(), 2);
}

TEST(RegFileRegistry, BrokenFileDoesNotStopTheOthers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(writeFile(dir.filePath("1.reg"), QByteArray("\xFF\xFE\x00\x00garbage", 11)));
    ASSERT_TRUE(writeFile(dir.filePath("2.reg"), regV4(QStringLiteral("[HKLM\\K]\n\"A\"=\"ok\"\n"))));
    const RegFileRegistry reg(dir.path(), QString());
    EXPECT_EQ(reg.value(Hive::LocalMachine, "K", "A")->text, QStringLiteral("ok"));
    ASSERT_FALSE(reg.issues().isEmpty());
    EXPECT_TRUE(reg.issues().first().file.endsWith("1.reg"));
}

TEST(RegFileRegistry, UserHiveWritesV5AndRoundTrips)
{
    QTemporaryDir dir;
    const QString userFile = dir.filePath("cfg/user.reg");
    {
        RegFileRegistry reg(QString(), userFile);
        QString error;
        ASSERT_TRUE(reg.setValue(Hive::CurrentUser, "SOFTWARE\\GCTI\\Unilogin\\Banner", "Acknowledged",
                                 RegistryValue::dword(1), &error)) << error.toStdString();
        ASSERT_TRUE(reg.setValue(Hive::CurrentUser, "SOFTWARE\\T", "Str", RegistryValue::string("a\\\"b\u00e9")));
        ASSERT_TRUE(reg.setValue(Hive::CurrentUser, "SOFTWARE\\T", "Exp", RegistryValue::expandString("%X%\\y")));
        ASSERT_TRUE(reg.setValue(Hive::CurrentUser, "SOFTWARE\\T", "Multi", RegistryValue::multiString({"a", "b"})));
        ASSERT_TRUE(reg.setValue(Hive::CurrentUser, "SOFTWARE\\T", "Q", RegistryValue::qword(1ull << 40)));
        ASSERT_TRUE(reg.setValue(Hive::CurrentUser, "SOFTWARE\\T", "Bin", RegistryValue::binary(QByteArray(100, '\x7f'))));
        ASSERT_TRUE(reg.setValue(Hive::CurrentUser, "SOFTWARE\\T", "Lines", RegistryValue::string("l1\r\nl2")));
        ASSERT_TRUE(reg.setValue(Hive::CurrentUser, "SOFTWARE\\T", "Gone", RegistryValue::string("x")));
        ASSERT_TRUE(reg.deleteValue(Hive::CurrentUser, "SOFTWARE\\T", "Gone"));
    }
    const QByteArray bytes = readAll(userFile);
    ASSERT_TRUE(bytes.startsWith("\xFF\xFE" "W\0i\0n\0"));
    EXPECT_TRUE(bytes.contains(QByteArray("\r\0\n\0", 4)));
    const RegFileContent parsed = RegFileParser::parse(bytes, userFile);
    EXPECT_EQ(parsed.format, RegFileFormat::Version5);
    EXPECT_TRUE(parsed.issues.isEmpty()) << parsed.issues.value(0).toString().toStdString();

    const RegFileRegistry again(QString(), userFile);
    EXPECT_EQ(*again.value(Hive::CurrentUser, "SOFTWARE\\GCTI\\Unilogin\\Banner", "Acknowledged"), RegistryValue::dword(1));
    EXPECT_EQ(*again.value(Hive::CurrentUser, "SOFTWARE\\T", "Str"), RegistryValue::string("a\\\"b\u00e9"));
    EXPECT_EQ(*again.value(Hive::CurrentUser, "SOFTWARE\\T", "Exp"), RegistryValue::expandString("%X%\\y"));
    EXPECT_EQ(*again.value(Hive::CurrentUser, "SOFTWARE\\T", "Multi"), RegistryValue::multiString({"a", "b"}));
    EXPECT_EQ(*again.value(Hive::CurrentUser, "SOFTWARE\\T", "Q"), RegistryValue::qword(1ull << 40));
    EXPECT_EQ(*again.value(Hive::CurrentUser, "SOFTWARE\\T", "Bin"), RegistryValue::binary(QByteArray(100, '\x7f')));
    EXPECT_EQ(*again.value(Hive::CurrentUser, "SOFTWARE\\T", "Lines"), RegistryValue::string("l1\r\nl2"));
    EXPECT_FALSE(again.value(Hive::CurrentUser, "SOFTWARE\\T", "Gone"));
}

TEST(RegFileRegistry, UserHiveWriteIsAtomic)
{
    // The file is replaced by a rename (a new inode), never rewritten in place,
    // and no temporary file is left behind.
    QTemporaryDir dir;
    const QString userFile = dir.filePath("user.reg");
    RegFileRegistry reg(QString(), userFile);
    ASSERT_TRUE(reg.setValue(Hive::CurrentUser, "K", "A", RegistryValue::string("one")));
    struct stat before {};
    ASSERT_EQ(::stat(QFile::encodeName(userFile).constData(), &before), 0);
    // Hold the old file open: its content must stay the old one.
    QFile old(userFile);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    ASSERT_TRUE(reg.setValue(Hive::CurrentUser, "K", "A", RegistryValue::string("two")));
    struct stat after {};
    ASSERT_EQ(::stat(QFile::encodeName(userFile).constData(), &after), 0);
    EXPECT_NE(before.st_ino, after.st_ino);
    EXPECT_EQ(RegFileParser::parse(old.readAll(), "old").ops.value(1).value.text, QStringLiteral("one"));
    EXPECT_EQ(RegFileRegistry(QString(), userFile).value(Hive::CurrentUser, "K", "A")->text, QStringLiteral("two"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{"user.reg"});
}

TEST(RegFileRegistry, FailedUserHiveWriteKeepsFileAndMemory)
{
    // The user hive path is a folder: the write fails, memory is rolled back.
    QTemporaryDir dir;
    const QString userFile = dir.filePath("user.reg");
    RegFileRegistry reg(QString(), userFile);
    ASSERT_TRUE(QDir().mkpath(userFile));
    QString error;
    EXPECT_FALSE(reg.setValue(Hive::CurrentUser, "K", "A", RegistryValue::string("x"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(reg.value(Hive::CurrentUser, "K", "A"));
    EXPECT_TRUE(QFileInfo(userFile).isDir());
}

TEST(RegFileRegistry, UnreadableUserHiveIsNeverOverwritten)
{
    QTemporaryDir dir;
    const QString userFile = dir.filePath("user.reg");
    ASSERT_TRUE(writeFile(userFile, "precious but not a reg file"));
    RegFileRegistry reg(QString(), userFile);
    QString error;
    EXPECT_FALSE(reg.setValue(Hive::CurrentUser, "K", "A", RegistryValue::dword(1), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(readAll(userFile), QByteArray("precious but not a reg file"));
}

TEST(RegFileRegistry, MachineHiveIsReadOnly)
{
    QTemporaryDir dir;
    RegFileRegistry reg(dir.path(), dir.filePath("user.reg"));
    QString error;
    EXPECT_FALSE(reg.setValue(Hive::LocalMachine, "K", "A", RegistryValue::dword(1), &error));
    EXPECT_TRUE(error.contains(dir.path()));
}

TEST(RegFileRegistry, DefaultMachineDirFollowsEnvironment)
{
    qputenv("CONFMAN_REGISTRY_DIR", "/tmp/some/where");
    EXPECT_EQ(RegFileRegistry::defaultMachineDir(), QStringLiteral("/tmp/some/where"));
    qunsetenv("CONFMAN_REGISTRY_DIR");
    EXPECT_EQ(RegFileRegistry::defaultMachineDir(), QStringLiteral("/etc/confman/registry.d"));
    EXPECT_TRUE(RegFileRegistry::defaultUserHiveFile().endsWith("/user.reg"));
}
