#pragma once
// SPEC S3: the login and re-login windows open on the screen the user is
// working on (the one under the mouse pointer) and never off-screen.
class QScreen;
class QWidget;

namespace confman {

// The screen under the cursor, else the primary screen.
QScreen *workingScreen();
// Centres `window` on `screen` (workingScreen() when nullptr), shrinking it
// to the available area when it is larger, so every edge is visible.
void placeOnScreen(QWidget *window, QScreen *screen = nullptr);

} // namespace confman
