// The messages the application shows while starting or switching its node,
// here so their text goes through tr() with the rest of the GUI.
#pragma once

#include <QString>

class QWidget;

namespace wb::ui {

// "The node could not start: <error>" as a modal error box.
void showNodeStartError(QWidget* parent, const QString& error);

// Tells the user Waybill restarts now to open the wallet just created or restored.
void showRestartForNewWallet(QWidget* parent);

}  // namespace wb::ui
