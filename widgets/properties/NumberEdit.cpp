#include "widgets/properties/NumberEdit.h"

#include <QRegularExpressionValidator>

namespace confman {

NumberEdit::NumberEdit(QWidget *parent) : QLineEdit(parent)
{
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,12}")), this));
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 16);
}

std::optional<int> NumberEdit::value() const
{
    bool ok = false;
    const int v = text().trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

void NumberEdit::setValue(int value) { setText(QString::number(value)); }

} // namespace confman
