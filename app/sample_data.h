// Sample data for a dev network (`waybill --screenshots`, demos): orders in
// every state — created, paid, shipped, completed, cancelled, refunded,
// disputed, resolved, expired — with notes and tracking, a few payments and
// some stake, all real signed transactions in real blocks. Dev networks with
// the manual dev clock only (it produces the blocks itself).
#pragma once

#include "chain/core/error.h"
#include "chain/core/schnorr.h"
#include "chain/node/node.h"
#include "wallet/keystore.h"

namespace wb::app {

// Fills `node` (call on its thread) using the dev accounts of `keystore`
// (unlocked, at least four accounts). Fails with the first refused step.
[[nodiscard]] Status makeSampleData(node::Node& node, const SecpContext& ctx, const Keystore& keystore);

}  // namespace wb::app
