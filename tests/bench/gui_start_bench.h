// waybill-bench gui-start (DESIGN §9): the time from starting the desktop
// application to its first painted main window, on a data directory holding a
// large ledger (goal: < 1 s with 1,000,000 transactions).
#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>
#include <string>

namespace wb::bench {

struct GuiStartResult {
  std::size_t blocks = 0;
  std::size_t txs = 0;
  double firstPaintMs = 0;       // process start → first paint, as `waybill` measured it
  double wallMs = 0;             // spawn → the report line, as seen from here
  std::uint64_t guiPeakKib = 0;  // the application's peak resident memory at first paint
  std::string error;             // empty on success
};

// Generates a chain of `blocks` × `txsPerBlock` transactions (transfers and
// order lifecycles) on a PoW network into a fresh data directory, then starts
// `waybill` (the program at `waybillPath`, offscreen) on it with an isolated
// settings directory and reads the first-paint time it reports.
GuiStartResult measureGuiStart(std::size_t blocks, std::size_t txsPerBlock, const QString& waybillPath);

}  // namespace wb::bench
