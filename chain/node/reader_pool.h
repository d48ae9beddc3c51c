// The node's reader threads (DESIGN §5): RPC queries and NodeClient queries run
// here, each in its own LMDB read transaction (Chain's reads are safe on any
// thread), so the node's thread only connects blocks, admits transactions and
// runs the network. A read never blocks the writer: LMDB readers see the last
// committed snapshot.
//
// Work posted here may use the Chain and the node's immutable parameters only —
// never the mempool, the peers or anything else that lives on the node's thread.
#pragma once

#include <QThreadPool>
#include <functional>

namespace wb::node {

class ReaderPool {
public:
  // `threads` ≥ 1 reader threads, started on demand.
  explicit ReaderPool(int threads);
  // Waits for the reads still running (they use the chain, which outlives the pool).
  ~ReaderPool();
  ReaderPool(const ReaderPool&) = delete;
  ReaderPool& operator=(const ReaderPool&) = delete;

  // Runs `work` on a reader thread. Thread-safe.
  void post(std::function<void()> work);

  // Reader threads for this machine: all cores but the node's, at least two.
  static int defaultThreads();

private:
  QThreadPool pool_;
};

}  // namespace wb::node
