#include "chain/rpc/rpc_endpoint.h"

#include "chain/address/host_port.h"
#include "chain/rpc/rpc_errc.h"

namespace wb::rpc {

Result<RpcEndpoint> parseEndpoint(const QString& text) {
  net::HostPortRules rules;
  rules.defaultHost = "127.0.0.1";
  rules.allowPortZero = true;  // the system picks a free port
  rules.allowLocalhost = true;
  auto parsed = net::parseHostPortText(text.toStdString(), rules);
  if (!parsed) return fail(RpcErrc::BadEndpoint, "bad RPC address " + parsed.error().message);
  RpcEndpoint endpoint;
  endpoint.port = parsed->port;
  if (parsed->kind != net::HostKind::Localhost && !endpoint.host.setAddress(QString::fromStdString(parsed->host)))
    return fail(RpcErrc::BadEndpoint, "bad RPC address '" + parsed->host + "': not an address Qt can use");
  return endpoint;
}

}  // namespace wb::rpc
