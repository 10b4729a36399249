#include "models/platform/RegFileRegistry.h"

#include "models/platform/RegFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRegFile, "confman.registry")

namespace confman::platform {

RegFileRegistry::RegFileRegistry(const QString &machineDir, const QString &userHiveFile)
    : m_machineDir(machineDir), m_userFile(userHiveFile)
{
    loadMachine();
    loadUser();
    for (const RegFileIssue &i : std::as_const(m_issues))
        qCWarning(lcRegFile).noquote() << i.toString();
}

QString RegFileRegistry::defaultMachineDir()
{
    const QString env = qEnvironmentVariable("CONFMAN_REGISTRY_DIR");
    return env.isEmpty() ? QStringLiteral("/etc/confman/registry.d") : env;
}

QString RegFileRegistry::defaultUserHiveFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/user.reg");
}

void RegFileRegistry::loadMachine()
{
    if (m_machineDir.isEmpty())
        return;
    QDir dir(m_machineDir);
    if (!dir.exists())
        return; // no machine configuration: every value takes its default
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable | QDir::Hidden);
    QStringList files;
    for (const QFileInfo &fi : entries) {
        if (fi.fileName().endsWith(QLatin1String(".reg"), Qt::CaseInsensitive))
            files.append(fi.absoluteFilePath());
    }
    // Plain code-unit order, so "10-x.reg" < "20-y.reg" whatever the locale.
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).fileName() < QFileInfo(b).fileName();
    });
    m_machineFiles = files;
    for (const QString &f : std::as_const(files))
        apply(RegFileParser::parseFile(f), Hive::LocalMachine, m_machine, f);
}

void RegFileRegistry::loadUser()
{
    if (m_userFile.isEmpty() || !QFileInfo::exists(m_userFile))
        return;
    const RegFileContent content = RegFileParser::parseFile(m_userFile);
    // Never overwrite a user hive we could not read: it would lose its values.
    m_userWritable = content.readable;
    apply(content, Hive::CurrentUser, m_user, m_userFile);
}

void RegFileRegistry::apply(const RegFileContent &content, Hive hive, RegTree &tree, const QString &file)
{
    m_issues.append(content.issues);
    for (const RegFileOp &op : content.ops) {
        if (op.hive != hive) {
            if (op.kind == RegFileOp::CreateKey || op.kind == RegFileOp::DeleteKeyTree)
                m_issues.append(RegFileIssue{file, op.line,
                    QStringLiteral("key of %1 in a %2 file; skipped").arg(hiveName(op.hive), hiveName(hive))});
            continue;
        }
        switch (op.kind) {
        case RegFileOp::CreateKey: tree.createKey(op.key); break;
        case RegFileOp::DeleteKeyTree: tree.deleteKeyTree(op.key); break;
        case RegFileOp::SetValue: tree.setValue(op.key, op.name, op.value); break;
        case RegFileOp::DeleteValue: tree.deleteValue(op.key, op.name); break;
        }
    }
}

std::optional<RegistryValue> RegFileRegistry::value(Hive hive, const QString &key, const QString &name) const
{
    return tree(hive).value(key, name);
}

bool RegFileRegistry::keyExists(Hive hive, const QString &key) const
{
    return tree(hive).keyExists(key);
}

QStringList RegFileRegistry::subKeys(Hive hive, const QString &key) const
{
    return tree(hive).subKeys(key);
}

QStringList RegFileRegistry::valueNames(Hive hive, const QString &key) const
{
    return tree(hive).valueNames(key);
}

bool RegFileRegistry::canWrite(Hive hive, QString *error) const
{
    QString why;
    if (hive == Hive::LocalMachine)
        why = QStringLiteral("the machine hive is read-only here; deploy a .reg file in %1").arg(m_machineDir);
    else if (m_userFile.isEmpty())
        why = QStringLiteral("no user hive file");
    else if (!m_userWritable)
        why = QStringLiteral("%1 could not be read; not overwritten").arg(m_userFile);
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}

bool RegFileRegistry::setValue(Hive hive, const QString &key, const QString &name,
                               const RegistryValue &value, QString *error)
{
    if (!canWrite(hive, error))
        return false;
    if (RegTree::normalizePath(key).isEmpty()) {
        if (error)
            *error = QStringLiteral("values cannot be written at the root of a hive");
        return false;
    }
    const RegTree before = m_user;
    m_user.setValue(key, name, value);
    if (saveUser(error))
        return true;
    m_user = before;
    return false;
}

bool RegFileRegistry::deleteValue(Hive hive, const QString &key, const QString &name, QString *error)
{
    if (!canWrite(hive, error))
        return false;
    if (!m_user.value(key, name))
        return true;
    const RegTree before = m_user;
    m_user.deleteValue(key, name);
    if (saveUser(error))
        return true;
    m_user = before;
    return false;
}

bool RegFileRegistry::saveUser(QString *error)
{
    QDir().mkpath(QFileInfo(m_userFile).absolutePath());
    QSaveFile file(m_userFile);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_userFile, file.errorString());
        return false;
    }
    const QByteArray bytes = RegFileWriter::write(m_user, Hive::CurrentUser);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_userFile, file.errorString());
        return false;
    }
    return true;
}

} // namespace confman::platform
