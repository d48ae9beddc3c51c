// Progress while the desktop app opens its node (DESIGN §8, §12): preparing the
// network and wallet files, unlocking with --passphrase-file (Argon2id) and
// opening the block store run on a worker thread; meanwhile this small window
// says what is happening and the GUI thread keeps serving events. It appears
// only when a step takes longer than `delayMs`, so a quick start shows nothing.
#pragma once

#include <QDialog>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <optional>
#include <type_traits>
#include <utility>

class QLabel;
class QTimer;

namespace wb::ui {

class StartupProgress : public QDialog {
  Q_OBJECT
public:
  enum class Step { PreparingFiles, OpeningStore };

  explicit StartupProgress(int delayMs, QWidget* parent = nullptr);

  // Runs `work()` on a worker thread and returns its result, showing `step`
  // meanwhile. The calling (GUI) thread runs its event loop while it waits, so
  // windows repaint and timers fire; `work` must not touch widgets.
  template <class Work>
  std::invoke_result_t<Work&> run(Step step, Work work) {
    using R = std::invoke_result_t<Work&>;
    std::optional<R> result;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&result, &work] { result.emplace(work()); }));
    begin(step);
    if (!watcher.isFinished()) loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    end();
    return std::move(*result);
  }

protected:
  void changeEvent(QEvent* event) override;

private:
  void begin(Step step);
  void end();
  void retranslateUi();

  Step step_ = Step::PreparingFiles;
  QLabel* text_;
  QTimer* delay_;
};

}  // namespace wb::ui
