// A fixture for ui_include_check_catches_a_violation: a GUI file that reaches the node.
#pragma once

#include "wallet/signed_tx_keeper.h"  // which includes chain/node/node.h
