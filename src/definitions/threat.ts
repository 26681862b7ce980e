import { z } from "zod";
import { ClauseRefSchema } from "./clause.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { ThreatExampleIdSchema, ThreatIdSchema } from "./vocabulary.js";

/**
 * One example a threat of clause 4 lists, e.g. T1.1 不正アクセス (unauthorised access).
 *
 * @example
 * ```ts
 * import { ThreatExampleSchema } from "./threat.js";
 *
 * ThreatExampleSchema.parse({ id: "T3.1", name: { ja: "地震", en: "Earthquakes" } });
 * ```
 */
export const ThreatExampleSchema = z
  .object({
    /** Stable identifier, `T<threat>.<n>` in the order the text lists the examples. */
    id: ThreatExampleIdSchema,
    /** The example, verbatim as the threat's text lists it. */
    name: LocalizedTextSchema,
  })
  .strict();
/**
 * One example a threat of clause 4 lists.
 *
 * @example
 * ```ts
 * import type { ThreatExample } from "./threat.js";
 * import { getThreat } from "./threats.js";
 *
 * const outages: readonly ThreatExample[] = getThreat("T5").examples;
 * ```
 */
export type ThreatExample = z.infer<typeof ThreatExampleSchema>;

/**
 * A threat of clause 4 that the information security measures are taken against.
 *
 * @example
 * ```ts
 * import { ThreatSchema } from "./threat.js";
 * import { threats } from "./threats.js";
 *
 * ThreatSchema.parse(threats[0]).clause; // "4(1)"
 * ```
 */
export const ThreatSchema = z
  .object({
    /** Stable identifier, `T1` … `T5`. */
    id: ThreatIdSchema,
    /** The item of clause 4 that states the threat, `"4(1)"` … `"4(5)"`. */
    clause: ClauseRefSchema,
    /** A short name: a verbatim fragment of the threat's text, e.g. 災害 (disasters). */
    name: LocalizedTextSchema,
    /** The whole threat, verbatim (the item's text). */
    description: LocalizedTextSchema,
    /** The examples the text lists, in its order. */
    examples: z.array(ThreatExampleSchema).min(1).readonly(),
  })
  .strict();
/**
 * A threat of clause 4.
 *
 * @example
 * ```ts
 * import type { Threat } from "./threat.js";
 * import { getThreat } from "./threats.js";
 *
 * const disasters: Threat = getThreat("T3");
 * disasters.name.ja; // "災害"
 * ```
 */
export type Threat = z.infer<typeof ThreatSchema>;
