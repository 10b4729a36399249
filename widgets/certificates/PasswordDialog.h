#pragma once
// Asks for the password of an encrypted certificate file (PKCS#12 bundle,
// encrypted key). DialogPasswordProvider remembers a password that worked
// for the lifetime of its owner (the picker dialog), in memory only: it is
// never stored or logged.
#include "models/security/PasswordProvider.h"

#include <QDialog>
#include <QHash>

#include <deque>
#include <optional>

class QLabel;
class QLineEdit;

namespace confman {

class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &filePath, int attempt, QWidget *parent = nullptr);
    QString password() const;
    QLineEdit *passwordEdit() const { return m_edit; }

private:
    QLineEdit *m_edit = nullptr;
};

class DialogPasswordProvider : public security::PasswordProvider
{
public:
    explicit DialogPasswordProvider(QWidget *parent = nullptr) : m_parent(parent) {}
    ~DialogPasswordProvider() override;

    std::optional<QString> password(const QString &filePath, int attempt) override;

    // How many times the user was asked (for tests: "asked once").
    int timesAsked() const { return m_asked; }

    // Test hook: the next requests are answered from this queue (nullopt =
    // the user cancelled) without showing the dialog.
    static void setNextAnswers(std::deque<std::optional<QString>> answers);

private:
    QWidget *m_parent = nullptr;
    QHash<QString, QString> m_remembered; // file path -> the last password given for it
    int m_asked = 0;
};

} // namespace confman
