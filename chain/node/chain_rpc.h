// The node's chain RPC methods (DESIGN §7): node_info, node_peers, node_connect,
// node_ban, chain_block, chain_tx, account_get, tx_submit, tx_status,
// mempool_info, order_get, order_list, delegate_list, state_proof and dev_produce.
// Each checks all its params first (RpcParams). Chain-only reads (chain_block,
// order_get, order_list, delegate_list, state_proof) answer from the node's reader
// threads, the rest on the node's thread.
// Formats: see rpc_json.h. README.md documents every method with a curl example.
#pragma once

#include "chain/core/error.h"
#include "chain/rpc/rpc_dispatcher.h"

namespace wb::node {

class Node;

// Registers the methods above on `dispatcher`, reading and acting on `node`
// (which must outlive the dispatcher). Fails with RpcErrc::MethodExists.
[[nodiscard]] Status registerChainRpc(Node& node, rpc::RpcDispatcher& dispatcher);

}  // namespace wb::node
