#include "chain/node/reader_pool.h"

#include <QThread>
#include <algorithm>

namespace wb::node {

ReaderPool::ReaderPool(int threads) {
  pool_.setMaxThreadCount(std::max(1, threads));
  pool_.setObjectName(QStringLiteral("readers"));
}

ReaderPool::~ReaderPool() { pool_.waitForDone(); }

void ReaderPool::post(std::function<void()> work) { pool_.start(std::move(work)); }

int ReaderPool::defaultThreads() { return std::max(2, QThread::idealThreadCount() - 1); }

}  // namespace wb::node
