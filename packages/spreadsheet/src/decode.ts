// Decoding a text file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, and CP932
// (Windows' Shift_JIS, which Excel writes for 「CSV（コンマ区切り）」 on Japanese Windows), with the
// platform's TextDecoder: the WHATWG "shift_jis" decoder is CP932 (NEC and IBM extensions
// included), in Node (full ICU) and every browser.

/** The encodings a text file can be read in. */
export type TextEncodingOption = "auto" | "utf-8" | "cp932";

/** Why a file's bytes are not text in the encoding given or detected. */
export class TextEncodingError extends Error {
  override readonly name = "TextEncodingError";
}

/**
 * Decodes a text file.
 *
 * @param bytes - The file's bytes.
 * @param encoding - `auto` (default): a BOM decides, else valid UTF-8 is UTF-8 and anything else is CP932.
 * @returns The text (without a BOM) and the encoding used.
 * @throws TextEncodingError if the bytes are not valid text in the encoding.
 * @example
 * ```ts
 * import { decodeText } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * decodeText(new Uint8Array([0x8e, 0x91, 0x8e, 0x59])); // { text: "資産", encoding: "cp932" }
 * ```
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingOption = "auto"): { text: string; encoding: "utf-8" | "cp932" | "utf-16le" | "utf-16be" } {
  const bom8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding === "auto") {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
    if (bom8) return { text: strict("utf-8", bytes.subarray(3)), encoding: "utf-8" };
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
    } catch {
      return { text: strict("shift_jis", bytes), encoding: "cp932" };
    }
  }
  if (encoding === "utf-8") return { text: strict("utf-8", bom8 ? bytes.subarray(3) : bytes), encoding: "utf-8" };
  return { text: strict("shift_jis", bytes), encoding: "cp932" };
}

function strict(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    const name = label === "shift_jis" ? "CP932 (Shift_JIS)" : label.toUpperCase();
    throw new TextEncodingError(`the file is not valid ${name} text; give the right encoding with --encoding (utf-8 or cp932)`);
  }
}
