import { z } from "zod";
import { ClauseRefSchema } from "./clause.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { AssetCategorySchema, OrganizationIdSchema } from "./vocabulary.js";

/**
 * An administrative body the basic policy applies to (5(1)).
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from "./scope-schema.js";
 *
 * OrganizationSchema.parse({ id: "assembly-secretariat", name: { ja: "議会事務局", en: "Assembly Secretariat" } });
 * ```
 */
export const OrganizationSchema = z
  .object({
    /** Stable identifier, e.g. `"secretariat"`. */
    id: OrganizationIdSchema,
    /** The body's name, verbatim as 5(1) gives it. */
    name: LocalizedTextSchema,
  })
  .strict();
/**
 * An administrative body the basic policy applies to.
 *
 * @example
 * ```ts
 * import type { Organization } from "./scope-schema.js";
 * import { scope } from "./scope.js";
 *
 * const bodies: readonly Organization[] = scope.organizations;
 * ```
 */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * One range of information assets the basic policy covers, a circled sub-item of 5(2).
 *
 * @example
 * ```ts
 * import { AssetRangeSchema } from "./scope-schema.js";
 * import { scope } from "./scope.js";
 *
 * AssetRangeSchema.parse(scope.assetRanges[2]).categories; // ["system-document"]
 * ```
 */
export const AssetRangeSchema = z
  .object({
    /** The sub-item that states the range, `"5(2)①"` … `"5(2)③"`. */
    clause: ClauseRefSchema,
    /** The range, verbatim (the sub-item's text). */
    text: LocalizedTextSchema,
    /** The asset categories the range covers. */
    categories: z.array(AssetCategorySchema).min(1).readonly(),
  })
  .strict();
/**
 * One range of information assets the basic policy covers.
 *
 * @example
 * ```ts
 * import type { AssetRange } from "./scope-schema.js";
 * import { scope } from "./scope.js";
 *
 * const ranges: readonly AssetRange[] = scope.assetRanges;
 * ```
 */
export type AssetRange = z.infer<typeof AssetRangeSchema>;

/**
 * The scope of the basic policy (5): the bodies it applies to and the assets it covers.
 *
 * @example
 * ```ts
 * import { ScopeSchema } from "./scope-schema.js";
 * import { scope } from "./scope.js";
 *
 * ScopeSchema.parse(scope).organizations.length; // 4
 * ```
 */
export const ScopeSchema = z
  .object({
    /** The administrative bodies of 5(1), in the order the text names them. */
    organizations: z.array(OrganizationSchema).min(1).readonly(),
    /** The asset ranges of 5(2)①②③, in document order. */
    assetRanges: z.array(AssetRangeSchema).min(1).readonly(),
  })
  .strict();
/**
 * The scope of the basic policy.
 *
 * @example
 * ```ts
 * import type { Scope } from "./scope-schema.js";
 * import { scope } from "./scope.js";
 *
 * const current: Scope = scope;
 * ```
 */
export type Scope = z.infer<typeof ScopeSchema>;
