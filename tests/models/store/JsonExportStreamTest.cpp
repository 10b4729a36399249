// Exporting to a device writes exactly the bytes of exportJson, object by
// object, and says so when the device refuses to be written.
#include "models/store/DemoConfiguration.h"
#include "models/store/JsonExchange.h"
#include "tests/models/store/StoreTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>

using namespace confman;
using namespace confman::test;

TEST(JsonExportStream, WritesTheSameBytesAsExportJson)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("demo.sqlite")));
    ASSERT_TRUE(seedDemoConfiguration(*store).ok);

    QFile file(dir.file(QStringLiteral("export.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(JsonExchange::exportJson(*store, file));
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray streamed = file.readAll();
    EXPECT_EQ(streamed, JsonExchange::exportJson(*store));
    EXPECT_EQ(streamed, QJsonDocument(toJsonObject(JsonExchange::documentOf(*store))).toJson(QJsonDocument::Indented));
    // And what it wrote reads back as the same configuration.
    EXPECT_TRUE(parseConfigurationDocument(streamed).ok());
}

TEST(JsonExportStream, EmptyStoreGivesTheEmptyDocument)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("empty.sqlite")));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    ASSERT_TRUE(JsonExchange::exportJson(*store, buffer));
    EXPECT_EQ(bytes, QJsonDocument(toJsonObject(ConfigurationDocument{})).toJson(QJsonDocument::Indented));
    EXPECT_EQ(bytes, JsonExchange::exportJson(*store));
}

TEST(JsonExportStream, ADeviceThatRefusesWritesIsAFailure)
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("demo.sqlite")));
    ASSERT_TRUE(seedDemoConfiguration(*store).ok);
    QBuffer readOnly;
    ASSERT_TRUE(readOnly.open(QIODevice::ReadOnly));
    EXPECT_FALSE(JsonExchange::exportJson(*store, readOnly));
}
