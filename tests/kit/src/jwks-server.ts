import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload, type KeyLike } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  jwk: JWK;
}

export async function signingKey(kid: string, alg = 'RS256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** A token as the identity provider signs it: kid in the header, exp 10 minutes out. */
export async function providerToken(
  key: SigningKey,
  claims: JWTPayload & { role?: string; org?: string },
  audience = 'ehelse-graph',
  issuer = 'ehelse-graph-development',
) {
  return new SignJWT({ sub: 'helseid-client-1', role: 'admin', ...claims })
    .setProtectedHeader({ alg: key.jwk.alg!, kid: key.kid })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key.privateKey);
}

/**
 * A JWKS endpoint on 127.0.0.1, port 0, for tests: publish keys, count fetches, hang (accept
 * connections and never answer) or stop, as an identity provider in trouble would.
 */
export async function startJwksServer(keys: SigningKey[]) {
  let published = keys;
  let hanging = false;
  let fetches = 0;
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((_req, res) => {
    fetches++;
    if (hanging) return;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: published.map((k) => k.jwk) }));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks`,
    fetches: () => fetches,
    publish(next: SigningKey[]) {
      published = next;
    },
    hang() {
      hanging = true;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
