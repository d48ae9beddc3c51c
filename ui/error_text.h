// The sentence a user reads when an action fails (DESIGN §8: "errors from the
// node appear as clear messages next to the action, in the user's language").
// Codes a user can cause from the GUI have their own translated sentence; any
// other code falls back to the library's English message, so nothing is hidden.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "chain/core/error.h"

namespace wb::ui {

// The translated message for `error` (in the language installed at the time of the call).
QString errorText(const Error& error);

// The translated message for `code` alone, or an empty string when the code has none.
QString errorTextForCode(ErrorCode code);

}  // namespace wb::ui
