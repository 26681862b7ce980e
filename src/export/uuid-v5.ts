import { sha1, utf8Bytes } from "./sha1.js";

/** The RFC 4122 namespace for URLs, `6ba7b811-9dad-11d1-80b4-00c04fd430c8`. */
export const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidBytes(uuid: string): Uint8Array {
  if (!UUID_PATTERN.test(uuid)) throw new TypeError(`not a UUID: ${JSON.stringify(uuid)}`);
  const hex = uuid.replace(/-/g, "");
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * A name-based UUID, version 5 (RFC 4122 §4.3): the same namespace and name always give the same
 * UUID, and different names give different ones. The OSCAL exports derive every UUID this way from
 * stable ids, so that two exports of the same input are identical.
 *
 * @param namespace - The namespace UUID.
 * @param name - The name within the namespace (its UTF-8 bytes are hashed).
 * @returns The UUID, lower-case, e.g. `"2ed6657d-e927-568b-95e1-2665a8aea6a2"`.
 * @example
 * ```ts
 * uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com"); // "2ed6657d-e927-568b-95e1-2665a8aea6a2"
 * ```
 */
export function uuidV5(namespace: string, name: string): string {
  const ns = uuidBytes(namespace);
  const nameBytes = utf8Bytes(name);
  const message = new Uint8Array(16 + nameBytes.length);
  message.set(ns);
  message.set(nameBytes, 16);
  const hash = sha1(message);
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  let hex = "";
  for (let i = 0; i < 16; i++) hex += (hash[i] as number).toString(16).padStart(2, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The namespace of every UUID this package derives: `uuidV5(URL_NAMESPACE, "urn:npm:@miyagi-kouiki/infosec-policy")`,
 * written out so that nothing is hashed at import (test/export/uuid-v5.test.ts derives it again).
 */
export const PACKAGE_NAMESPACE = "18d63907-1f8d-52d2-b4d5-0f6de699dcad";
