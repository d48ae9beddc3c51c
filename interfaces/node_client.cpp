#include "interfaces/node_client.h"

namespace wb::node {

NodeClient::~NodeClient() = default;

}  // namespace wb::node
