import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha1, utf8Bytes } from "../../src/export/sha1.js";
import { derivedUuid, GUIDELINE_RESOURCE_UUID, UNION_PARTY } from "../../src/export/oscal-common.js";
import { PACKAGE_NAMESPACE, URL_NAMESPACE, uuidV5 } from "../../src/export/uuid-v5.js";

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

describe("sha1 (pure, for name-based UUIDs)", () => {
  it("agrees with node:crypto on the padding boundaries and on any string", () => {
    for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) {
      const text = "あa".repeat(length).slice(0, length);
      expect(hex(sha1(utf8Bytes(text)))).toBe(createHash("sha1").update(text, "utf8").digest("hex"));
    }
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(hex(sha1(utf8Bytes(text)))).toBe(createHash("sha1").update(text, "utf8").digest("hex"));
      }),
    );
  });
});

describe("uuidV5", () => {
  it("gives RFC 4122's example and Python's uuid5 for the DNS namespace", () => {
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(uuidV5(URL_NAMESPACE, "https://example.com/")).toBe("dd2c1780-811a-5296-81c5-178a0ef488bc");
  });

  it("is a version 5, RFC 4122 variant UUID, the same for the same name and different for different names", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ua = uuidV5(PACKAGE_NAMESPACE, a);
        expect(ua).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(uuidV5(PACKAGE_NAMESPACE, a)).toBe(ua);
        if (a !== b) expect(uuidV5(PACKAGE_NAMESPACE, b)).not.toBe(ua);
      }),
    );
  });

  it("rejects a namespace that is not a UUID", () => {
    expect(() => uuidV5("not-a-uuid", "x")).toThrow(TypeError);
  });
});

describe("the UUIDs written out as constants (so that nothing is hashed at import)", () => {
  it("are the UUIDs their comments say they are derived from", () => {
    expect(PACKAGE_NAMESPACE).toBe(uuidV5(URL_NAMESPACE, "urn:npm:@miyagi-kouiki/infosec-policy"));
    expect(GUIDELINE_RESOURCE_UUID).toBe(derivedUuid("document/soumu-local-government-security-policy-guideline"));
    expect(UNION_PARTY.uuid).toBe(derivedUuid("party/miyagi-kouiki"));
  });
});
