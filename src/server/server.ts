import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHandler, type HandlerOptions, type ServiceHandler } from "./handler.js";

/** How to run the decision service: the handler's options, where to listen. */
export interface ServerOptions extends HandlerOptions {
  /** The address to listen on (default `127.0.0.1`: loopback only). */
  readonly host?: string;
  /** The port (default 8080; 0 for any free port). */
  readonly port?: number;
}

/** A running decision service. */
export interface DecisionService {
  /** The `node:http` server. */
  readonly server: Server;
  /** The request handler (metrics, limits, policies). */
  readonly handler: ServiceHandler;
  /** The URL it listens on, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /**
   * Stops gracefully: stops accepting connections, answers 503 to new requests on open ones,
   * waits for the requests in flight, closes idle connections, then flushes and closes the
   * decision log. Resolves when all of it is done.
   */
  close(): Promise<void>;
}

/**
 * Starts the decision service: `createHandler` on a `node:http` server, listening.
 *
 * @param options - Host (default `127.0.0.1`), port (default 8080), and the handler's options.
 * @returns The running service, once it listens.
 * @throws OverlayLoadError if the overlay cannot be applied; the listen error (e.g. `EADDRINUSE`).
 * @example
 * ```ts
 * import { createServer } from "@miyagi-kouiki/infosec-policy/server";
 *
 * const service = await createServer({ port: 0 });
 * const response = await fetch(`${service.url}/v1/decisions`, {
 *   method: "POST",
 *   headers: { "content-type": "application/json" },
 *   body: JSON.stringify({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] }),
 * });
 * (await response.json()).outcome; // "non-compliant"
 * await service.close();
 * ```
 */
export async function createServer(options: ServerOptions = {}): Promise<DecisionService> {
  const handler = createHandler(options);
  // Keep-alive connections (5 s idle), and Nagle's algorithm off (`noDelay`, Node's default since
  // 18, stated so that it stays): an answer goes out in one system call, at once.
  const server = createHttpServer(
    { requestTimeout: handler.limits.requestTimeoutMs + 5_000, headersTimeout: Math.min(10_000, handler.limits.requestTimeoutMs + 5_000), keepAliveTimeout: 5_000, noDelay: true },
    handler,
  );
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    server,
    handler,
    url: `http://${shown}:${address.port}`,
    close() {
      closing ??= (async () => {
        handler.drain();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await handler.idle();
        server.closeIdleConnections();
        await stopped;
        await options.log?.close();
      })();
      return closing;
    },
  };
}
