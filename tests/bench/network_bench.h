// network: N real waybilld processes of one consensus, each listening on its
// own loopback address 127.0.0.x, joined in a random connected topology with
// --connect (DESIGN §9). The first node makes blocks on request (dev_produce,
// manual clock); the figures are how long each block takes to reach every node
// (p50/p95 over the blocks) and, after half the nodes were stopped while the
// chain went on (a partition), how long from their restart until every node is
// on the same tip again. There is no unban RPC and every outbound connection
// comes from 127.0.0.1, so stopping and restarting is how the network is split.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace wb::bench {

struct NetworkOptions {
  std::size_t nodes = 12;
  std::string consensus = "pow";     // pow, pos or dpos
  std::size_t blocks = 20;           // blocks whose propagation is timed
  std::size_t partitionBlocks = 10;  // blocks made while the other half is down
  std::uint64_t seed = 1;            // the topology's random seed
};

struct NetworkResult {
  std::size_t nodes = 0;
  std::size_t links = 0;  // --connect edges
  std::size_t blocks = 0;
  double p50Ms = 0;
  double p95Ms = 0;
  double maxMs = 0;
  double restartMs = 0;   // restarting the stopped half, one process after another, until each is ready
  double convergeMs = 0;  // from the first restart until every tip matches (restartMs included)
  std::string error;      // empty on success
};

NetworkResult measureNetwork(const NetworkOptions& options);

}  // namespace wb::bench
