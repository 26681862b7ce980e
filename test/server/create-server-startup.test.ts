import { createServer as createNetServer, type Server } from "node:net";
import { describe, expect, it } from "vitest";
import { canonicalJson, createHandler, createServer } from "../../src/server/index.js";

/** Whether this machine can listen on ::1. */
function ipv6Loopback(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once("error", () => resolve(false));
    probe.listen(0, "::1", () => probe.close(() => resolve(true)));
  });
}

const hasIpv6 = await ipv6Loopback();

describe("createServer: starting up", () => {
  it("rejects when the port is taken, and the service on it keeps answering", async () => {
    const first = await createServer({ host: "127.0.0.1", port: 0 });
    try {
      const port = Number(new URL(first.url).port);
      await expect(createServer({ host: "127.0.0.1", port })).rejects.toMatchObject({ code: "EADDRINUSE" });
      const response = await fetch(`${first.url}/v1/policies`);
      expect(response.status).toBe(200);
    } finally {
      await first.close();
    }
  });

  it("rejects when the port is held by another process's socket (not a DecisionService)", async () => {
    const holder: Server = createNetServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as { port: number };
    try {
      await expect(createServer({ host: "127.0.0.1", port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
  });

  it.skipIf(!hasIpv6)("on an IPv6 host its url brackets the address, and the url answers", async () => {
    const service = await createServer({ host: "::1", port: 0 });
    try {
      expect(service.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      expect((await fetch(`${service.url}/v1/policies`)).status).toBe(200);
    } finally {
      await service.close();
    }
  });

  it("refuses invalid limits before it listens, listing every problem", async () => {
    await expect(createServer({ host: "127.0.0.1", port: 0, limits: { maxBatch: 1.5, maxDepth: "3" as unknown as number } })).rejects.toThrow(
      /maxBatch must be a positive integer, not 1\.5; maxDepth must be a positive integer, not "3"/,
    );
    expect(() => createHandler({ limits: { maxBodyByte: 10 } as unknown as Record<string, number> })).toThrow('unknown limit "maxBodyByte"');
    expect(() => createHandler({ limits: { maxBatch: Number.MAX_SAFE_INTEGER + 1 } })).toThrow("maxBatch must be a positive integer");
  });

  it("a limit given as undefined keeps its default", () => {
    const handler = createHandler({ limits: { maxBatch: undefined, maxConcurrent: 3 } as unknown as Record<string, number> });
    expect(handler.limits.maxConcurrent).toBe(3);
    expect(handler.limits.maxBatch).toBe(createHandler().limits.maxBatch);
  });
});

describe("canonicalJson: undefined as JSON.stringify treats it", () => {
  it("an undefined array item is null, an undefined property is left out, undefined alone is null", () => {
    expect(canonicalJson([1, undefined, 3])).toBe("[1,null,3]");
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(canonicalJson({ b: undefined, a: undefined })).toBe("{}");
    expect(canonicalJson(undefined)).toBe("null");
    const value = { z: [undefined, { y: undefined, x: "1" }], a: undefined };
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
