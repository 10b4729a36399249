// S4.3: the effective certificate of a port (port > application > host),
// where it comes from, and the findings for secured ports without one and
// for port-level certificates on HA sync ports.
#include "models/config/EffectiveCertificate.h"

#include <gtest/gtest.h>

using namespace confman;

namespace {
const CertificateFields kHostCert{QStringLiteral("/pki/host.pem"), QStringLiteral("/pki/host.key"), QStringLiteral("/pki/ca.pem")};
const CertificateFields kAppCert{QStringLiteral("/pki/app.pem"), QStringLiteral("/pki/app.key"), QStringLiteral("/pki/ca.pem")};

Host hostWith(const CertificateFields &f)
{
    Host h;
    h.name = QStringLiteral("cfg-01");
    h.setDefaultCertificate(f);
    return h;
}

Application appWith(const CertificateFields &f)
{
    Application a;
    a.id = 7;
    a.name = QStringLiteral("confserv");
    setCertificateFields(a.options, f);
    return a;
}

Port securedPort(const QString &transport = QStringLiteral("tls=1"))
{
    Port p;
    p.id = QStringLiteral("secure");
    p.port = 2021;
    p.listeningMode = ListeningMode::Secured;
    p.transport = transport;
    return p;
}

bool hasCode(const Findings &f, const QString &code, Severity severity)
{
    return std::any_of(f.cbegin(), f.cend(), [&](const Finding &x) { return x.code == code && x.severity == severity; });
}
} // namespace

TEST(EffectiveCertificate, PortCertificateWinsOverApplicationAndHost)
{
    const Host host = hostWith(kHostCert);
    const auto e = EffectiveCertificate::of(securedPort(QStringLiteral("tls=1;certificate=/pki/port.pem;certificate-key=/pki/port.key")),
                                            appWith(kAppCert), &host);
    EXPECT_EQ(e.origin, CertificateOrigin::Port);
    EXPECT_EQ(e.fields.certificate, QStringLiteral("/pki/port.pem"));
    EXPECT_EQ(e.fields.certificateKey, QStringLiteral("/pki/port.key"));
    EXPECT_EQ(e.describe(), QStringLiteral("Port: /pki/port.pem"));
    EXPECT_TRUE(e.findings.isEmpty());
}

TEST(EffectiveCertificate, ApplicationCertificateWinsOverHost)
{
    const Host host = hostWith(kHostCert);
    const auto e = EffectiveCertificate::of(securedPort(), appWith(kAppCert), &host);
    EXPECT_EQ(e.origin, CertificateOrigin::Application);
    EXPECT_EQ(e.fields, kAppCert);
    EXPECT_EQ(e.describe(), QStringLiteral("Application: /pki/app.pem"));
}

TEST(EffectiveCertificate, HostCertificateWhenNothingCloser)
{
    const Host host = hostWith(kHostCert);
    const auto e = EffectiveCertificate::of(securedPort(), appWith({}), &host);
    EXPECT_EQ(e.origin, CertificateOrigin::Host);
    EXPECT_EQ(e.fields, kHostCert);
    EXPECT_TRUE(e.findings.isEmpty());
}

TEST(EffectiveCertificate, KeyWithoutCertificateDoesNotHideTheNextLevel)
{
    const Host host = hostWith(kHostCert);
    const auto e = EffectiveCertificate::of(securedPort(), appWith({QString(), QStringLiteral("/pki/stray.key"), QString()}), &host);
    EXPECT_EQ(e.origin, CertificateOrigin::Host);
}

TEST(EffectiveCertificate, SecuredPortWithoutAnyCertificateIsAnError)
{
    const Host host = hostWith({});
    const auto e = EffectiveCertificate::of(securedPort(), appWith({}), &host);
    EXPECT_FALSE(e.hasCertificate());
    EXPECT_TRUE(e.secured);
    EXPECT_TRUE(hasCode(e.findings, kNoCertificateOnSecuredPort, Severity::Error));
    EXPECT_EQ(e.describe(), QStringLiteral("none — this secured port has no certificate"));
    EXPECT_EQ(e.findings.first().field, QStringLiteral("ports[secure].transport"));

    const auto noHost = EffectiveCertificate::of(securedPort(), appWith({}), nullptr);
    EXPECT_TRUE(hasCode(noHost.findings, kNoCertificateOnSecuredPort, Severity::Error));
}

TEST(EffectiveCertificate, TlsOnAnUnsecuredListeningModeCountsAsSecured)
{
    Port p = securedPort();
    p.listeningMode = ListeningMode::Unsecured;
    const auto e = EffectiveCertificate::of(p, appWith({}), nullptr);
    EXPECT_TRUE(e.secured);
    EXPECT_TRUE(hasCode(e.findings, kNoCertificateOnSecuredPort, Severity::Error));
}

TEST(EffectiveCertificate, UnsecuredAndAutoDetectPortsWithoutCertificateAreFine)
{
    Port plain;
    plain.port = 2020;
    const auto e = EffectiveCertificate::of(plain, appWith({}), nullptr);
    EXPECT_FALSE(e.secured);
    EXPECT_TRUE(e.findings.isEmpty());
    EXPECT_EQ(e.describe(), QString());

    Port autoDetect = plain;
    autoDetect.listeningMode = ListeningMode::AutoDetect;
    EXPECT_TRUE(EffectiveCertificate::of(autoDetect, appWith({}), nullptr).findings.isEmpty());
    const Host host = hostWith(kHostCert);
    EXPECT_EQ(EffectiveCertificate::of(autoDetect, appWith({}), &host).origin, CertificateOrigin::Host);
}

TEST(EffectiveCertificate, PortCertificateOnHaSyncPortIsAWarning)
{
    Port ha = securedPort(QStringLiteral("tls=1;certificate=/pki/port.pem"));
    ha.haSync = true;
    const auto e = EffectiveCertificate::of(ha, appWith({}), nullptr);
    EXPECT_TRUE(hasCode(e.findings, kPortCertificateOnHaSync, Severity::Warning));
    EXPECT_FALSE(hasErrors(e.findings));

    // Inherited on the HA sync port: what is recommended, no warning.
    Port inherited = securedPort();
    inherited.haSync = true;
    const Host host = hostWith(kHostCert);
    EXPECT_TRUE(EffectiveCertificate::of(inherited, appWith({}), &host).findings.isEmpty());
}

TEST(EffectiveCertificate, InvalidTransportStringFallsBackAndSaysSo)
{
    Port p = securedPort(QStringLiteral("tls=1; certificate=/x.pem"));
    const Host host = hostWith(kHostCert);
    const auto e = EffectiveCertificate::of(p, appWith({}), &host);
    EXPECT_FALSE(e.transportValid);
    EXPECT_EQ(e.origin, CertificateOrigin::Host);
}
