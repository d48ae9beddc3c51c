// `waybill --screenshots DIR` (DESIGN §8): starts a private dev PoW network in
// a temporary data directory, fills it with sample data (orders in every state,
// payments, stake), opens the real window on it and writes a PNG of every page
// and of the main dialogs, in English (DIR/en) and Chinese (DIR/zh_CN).
#pragma once

#include <QString>
#include <memory>

#include "chain/core/schnorr.h"

namespace wb::ui {
class LanguageSwitcher;
class UiSettings;
}  // namespace wb::ui

namespace wb::app {

// Writes the screenshots; returns the process exit code (kExitOk, or
// kExitRuntimeError after printing one line to stderr).
int runScreenshots(const QString& outDir, std::shared_ptr<const SecpContext> ctx, ui::UiSettings* settings,
                   ui::LanguageSwitcher* languages);

}  // namespace wb::app
