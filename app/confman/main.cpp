// confman: the administration GUI. GuiStartup does the work so tests can run
// the same start-up in-process.
#include "app/confman/GuiStartup.h"
#include "app/confman/StartupFlow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // WebEngine (the security banner) needs a shared context set before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    confman::GuiStartup::applyIdentity();
    confman::GuiStartup startup(QApplication::arguments());
    // The security banner (and later the login) before anything else is shown.
    confman::app::StartupFlow flow(confman::app::StartupFlowOptions::parse(QApplication::arguments()));
    if (const std::optional<int> code = flow.runBeforeMainWindow())
        return *code;
    if (!startup.start())
        return startup.exitCode();
    return app.exec();
}
