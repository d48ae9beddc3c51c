// The messages the application shows while starting or switching its node,
// here so their text goes through tr() with the rest of the GUI.
#pragma once

#include <QString>

class QWidget;

namespace wb::ui {

// "The node could not start: <error>" as a modal error box.
void showNodeStartError(QWidget* parent, const QString& error);

// Says, without blocking, that the network saved for the data directory
// (`networkName`) did not open because of `reason` and the dev network opened
// instead. The box (objectName "networkFallbackMessage") deletes itself.
void showNetworkFallback(QWidget* parent, const QString& networkName, const QString& reason);

}  // namespace wb::ui
