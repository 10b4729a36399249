#pragma once
// The rules of SPEC S1, S5, S6 and S7 as one function per object kind. The
// store calls these inside the saving transaction and refuses the save when
// any finding is an error; warnings are kept and shown, never block.
#include "models/config/Application.h"
#include "models/config/Finding.h"
#include "models/config/Folder.h"
#include "models/config/Host.h"
#include "models/config/ValidationContext.h"

namespace confman {

class Validator
{
public:
    // Errors and warnings for saving `host` (id 0 = new) into the configuration `ctx` describes.
    static Findings validate(const Host &host, const ValidationContext &ctx);
    // Errors and warnings for saving `app`, including its ports and connections.
    static Findings validate(const Application &app, const ValidationContext &ctx);
    // Only the warnings of SPEC S6/S7 for an application already stored (Problems panel).
    static Findings warnings(const Application &app, const ValidationContext &ctx);
};

} // namespace confman
