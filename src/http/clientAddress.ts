// Who a client is by address: the address Fastify gives a request (behind the configured proxies only) and the key its budget and socket counts use (an IPv6 client by its /64).
import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import ipaddr from 'ipaddr.js';

/** Which peers are proxies whose X-Forwarded-For is believed; Fastify and the WebSocket use the same. */
export type TrustProxy = (address: string, hop: number) => boolean;

/** The trust function of TRUST_PROXY's list (false: no peer is a proxy). */
export function trustProxyFunction(list: false | string[]): TrustProxy {
  return list === false ? () => false : proxyAddr.compile(list);
}

/**
 * The client's address as Fastify's `request.ip` computes it: the nearest address in
 * X-Forwarded-For that is not a trusted proxy, or the socket's peer. For requests Fastify does not
 * route (the WebSocket upgrade).
 */
export function clientAddressOf(request: IncomingMessage, trust: TrustProxy): string {
  return proxyAddr.all(request, trust).at(-1) ?? request.socket.remoteAddress ?? '';
}

/**
 * The key that counts an address's requests and sockets. An IPv6 host is usually given a whole
 * /64, so keying by /128 would give one client 2^64 budgets: its /64 is the client. An
 * IPv4-mapped IPv6 address is its IPv4 address.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`;
}
