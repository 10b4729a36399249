// SPEC S1 rules for Hosts.
#include "ConfigTestSupport.h"

using namespace confman;
using namespace confman::test;

namespace {

class ValidatorHost : public ::testing::Test
{
protected:
    InMemoryConfiguration config;
};

} // namespace

TEST_F(ValidatorHost, ValidHostHasNoFindings)
{
    EXPECT_TRUE(clean(Validator::validate(makeHost(QStringLiteral("host-a")), config)));
    EXPECT_TRUE(clean(Validator::validate(makeHost(QStringLiteral("host-b"), QStringLiteral("tserver.example.com")), config)));
    EXPECT_TRUE(clean(Validator::validate(makeHost(QStringLiteral("host-c"), QStringLiteral("::1")), config)));
}

TEST_F(ValidatorHost, EmptyOrBlankNameIsRefused)
{
    for (const QString &name : {QString(), QStringLiteral("   ")}) {
        const auto f = Validator::validate(makeHost(name), config);
        EXPECT_TRUE(hasErrors(f));
        EXPECT_TRUE(onlyError(f, QStringLiteral("name.empty"), QStringLiteral("name"), {QStringLiteral("Name")}));
    }
}

TEST_F(ValidatorHost, NameWithOuterSpacesIsRefused)
{
    for (const QString &name : {QStringLiteral(" host"), QStringLiteral("host "), QStringLiteral("\thost")})
        EXPECT_TRUE(onlyError(Validator::validate(makeHost(name), config), QStringLiteral("name.untrimmed"),
                              QStringLiteral("name"), {QStringLiteral("Name"), QStringLiteral("spaces")}));
    EXPECT_TRUE(clean(Validator::validate(makeHost(QStringLiteral("my host")), config))); // inner space is fine
}

TEST_F(ValidatorHost, DuplicateNameIsRefusedButNotAgainstItself)
{
    const DbId id = config.add(makeHost(QStringLiteral("host-a")));
    EXPECT_TRUE(onlyError(Validator::validate(makeHost(QStringLiteral("host-a")), config), QStringLiteral("name.duplicate"),
                          QStringLiteral("name"), {QStringLiteral("host-a"), QStringLiteral("unique")}));
    Host self = *config.host(id);
    self.address = QStringLiteral("10.0.0.9");
    EXPECT_TRUE(clean(Validator::validate(self, config)));
    // Names are case-sensitive like option names.
    EXPECT_TRUE(clean(Validator::validate(makeHost(QStringLiteral("HOST-A")), config)));
}

TEST_F(ValidatorHost, HostAndApplicationNamesAreSeparateNamespaces)
{
    const DbId hostId = config.add(makeHost(QStringLiteral("shared")));
    config.add(makeServer(QStringLiteral("app-only"), hostId));
    EXPECT_TRUE(clean(Validator::validate(makeHost(QStringLiteral("app-only")), config)));
    EXPECT_FALSE(codesOf(Validator::validate(makeServer(QStringLiteral("shared"), hostId), config))
                     .contains(QStringLiteral("name.duplicate")));
}

TEST_F(ValidatorHost, AddressRequired)
{
    EXPECT_TRUE(onlyError(Validator::validate(makeHost(QStringLiteral("h"), QStringLiteral(" ")), config),
                          QStringLiteral("host.address-empty"), QStringLiteral("address"), {QStringLiteral("IP Address")}));
}

TEST_F(ValidatorHost, AddressMustBeIpOrDnsName)
{
    for (const QString &bad : {QStringLiteral("10.0.0.256"), QStringLiteral("host name"), QStringLiteral("-host"),
                               QStringLiteral("under_score.example.com"), QStringLiteral("1::2::3")})
        EXPECT_TRUE(onlyError(Validator::validate(makeHost(QStringLiteral("h"), bad), config),
                              QStringLiteral("host.address-invalid"), QStringLiteral("address"),
                              {QStringLiteral("IP Address"), bad}))
            << bad.toStdString();
}

TEST_F(ValidatorHost, LcaPortRange)
{
    Host h = makeHost(QStringLiteral("h"));
    for (int good : {1, 4999, 65535}) {
        h.lcaPort = good;
        EXPECT_TRUE(clean(Validator::validate(h, config))) << good;
    }
    for (int bad : {0, -1, 65536}) {
        h.lcaPort = bad;
        EXPECT_TRUE(onlyError(Validator::validate(h, config), QStringLiteral("host.lca-port-range"),
                              QStringLiteral("lcaPort"), {QStringLiteral("LCA Port"), QString::number(bad)}));
    }
}

TEST_F(ValidatorHost, AnnexNamesMustBeValid)
{
    Host h = makeHost(QStringLiteral("h"));
    h.annex.set(QStringLiteral("security"), QStringLiteral("certificate"), QStringLiteral("/c.pem"));
    EXPECT_TRUE(clean(Validator::validate(h, config)));
    h.annex.set(QStringLiteral("security"), QStringLiteral("a=b"), QStringLiteral("x"));
    EXPECT_TRUE(onlyError(Validator::validate(h, config), QStringLiteral("option.key-name-invalid"),
                          QStringLiteral("annex[security].a=b"), {QStringLiteral("a=b"), QStringLiteral("'='")}));
    Host g = makeHost(QStringLiteral("g"));
    g.annex.set(QStringLiteral("bad\nsection"), QStringLiteral("k"), QStringLiteral("v"));
    EXPECT_TRUE(onlyError(Validator::validate(g, config), QStringLiteral("option.section-name-invalid"),
                          QStringLiteral("annex[bad\nsection]"), {QStringLiteral("line break")}));
}

TEST_F(ValidatorHost, FindingsCarryTheObject)
{
    Host h = makeHost(QString());
    h.id = 42;
    const auto f = Validator::validate(h, config);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f.first().object, (ObjectRef{ObjectKind::Host, 42}));
    EXPECT_EQ(f.first().severity, Severity::Error);
}
