// Runs slow work (Argon2id, file I/O, BIP39 seed derivation) on Qt's thread pool and
// hands its result back on the GUI thread, so the GUI thread never blocks.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace wb::ui {

// Calls `work()` on a worker thread, then `done(result)` on `context`'s thread. If
// `context` is destroyed first, `done` is never called (the result is dropped). `work`
// must own everything it touches (move data in): it may outlive `context`.
template <class Work, class Done>
void runAsync(QObject* context, Work work, Done done) {
  using R = std::invoke_result_t<Work&>;
  auto slot = std::make_shared<std::optional<R>>();
  auto* watcher = new QFutureWatcher<void>(context);
  QObject::connect(watcher, &QFutureWatcher<void>::finished, context,
                   [watcher, slot, done = std::move(done)]() mutable {
                     watcher->deleteLater();
                     done(std::move(**slot));
                   });
  watcher->setFuture(QtConcurrent::run([slot, work = std::move(work)]() mutable { slot->emplace(work()); }));
}

}  // namespace wb::ui
