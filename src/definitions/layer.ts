import { z } from "zod";
import { ClauseRefSchema } from "./clause.js";
import { LocalizedTextSchema } from "./localized-text.js";

/**
 * A layer of the organisation's security documents (2, 10, 11): `basic-policy` (基本方針, this
 * document), `standards` (対策基準) and `procedures` (実施手順).
 *
 * @example
 * ```ts
 * import { LayerIdSchema } from "./layer.js";
 *
 * LayerIdSchema.options; // ["basic-policy", "standards", "procedures"]
 * LayerIdSchema.safeParse("guideline").success; // false
 * ```
 */
export const LayerIdSchema = z.enum(["basic-policy", "standards", "procedures"]);
/**
 * A layer of the organisation's security documents.
 *
 * @example
 * ```ts
 * import type { LayerId } from "./layer.js";
 *
 * const binding: LayerId[] = ["basic-policy", "standards"];
 * ```
 */
export type LayerId = z.infer<typeof LayerIdSchema>;

/**
 * One document layer: what the basic policy says it is, whether it belongs to the
 * 情報セキュリティポリシー, whether it is published, and which layer it is based on.
 *
 * @example
 * ```ts
 * import { LayerSchema } from "./layer.js";
 * import { layers } from "./layers.js";
 *
 * LayerSchema.parse(layers[0]).id; // "basic-policy"
 * ```
 */
export const LayerSchema = z
  .object({
    /** Stable identifier. */
    id: LayerIdSchema,
    /** The full name, verbatim: 情報セキュリティ基本方針, 情報セキュリティ対策基準, 情報セキュリティ共通実施手順. */
    name: LocalizedTextSchema,
    /** The short name the document defines with 「以下「…」という。」: 基本方針, 対策基準, 実施手順. */
    shortName: LocalizedTextSchema,
    /** The clauses that define the layer, in document order. */
    definedIn: z.array(ClauseRefSchema).min(1).readonly(),
    /**
     * Whether the layer is part of the 情報セキュリティポリシー, which consists of the basic policy
     * and the standards (2, 3(7)); the procedures are not (2(2)).
     */
    partOfPolicy: z.boolean(),
    /** Whether the layer is published; the standards and procedures are not (10, 11). */
    public: z.boolean(),
    /** The layer this one is based on, if any. */
    basedOn: LayerIdSchema.optional(),
    /** What the layer is, verbatim from the clause that says so. */
    description: LocalizedTextSchema,
  })
  .strict();
/**
 * One document layer.
 *
 * @example
 * ```ts
 * import type { Layer } from "./layer.js";
 * import { layers } from "./layers.js";
 *
 * const unpublished: readonly Layer[] = layers.filter((layer) => !layer.public);
 * ```
 */
export type Layer = z.infer<typeof LayerSchema>;
