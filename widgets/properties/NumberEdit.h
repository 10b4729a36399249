#pragma once
// A whole-number field that never clamps: what the user typed is what the
// store's validation judges (a spin box would silently turn 70000 into 65535).
// Only digits and a leading minus can be typed; value() is nullopt for an
// empty field or a number too large for an int.
#include <QLineEdit>

#include <optional>

namespace confman {

class NumberEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit NumberEdit(QWidget *parent = nullptr);

    std::optional<int> value() const;
    void setValue(int value);
};

} // namespace confman
