import { ClassificationSchemeSchema } from "../classification/classification-scheme.js";
import { ClassificationMappingSchema } from "../classification/scheme-mapping.js";
import { z } from "zod";
import { ControlCategorySchema } from "../controls/control-category.js";
import { ClauseRefSchema } from "../definitions/clause.js";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { ProvenanceSchema, ThreatRefSchema } from "../definitions/vocabulary.js";
import { IsoDateSchema } from "../subjects/common.js";
import { SafeguardSchema } from "../subjects/safeguard.js";
import { SubjectKindSchema } from "../subjects/subject.js";
import { SEMVER_WITHOUT_BUILD } from "../internal/semver.js";

// The overlay is the organisation's own standards (対策基準, clause 10) as data, read from JSON
// (the CLI's `--overlay <file>`). This schema checks its shape; `extendPolicy` then checks its
// meaning against the base policy (ids exist, fields exist on the subject kind, parameters only
// tighten, nothing weakens). The fields `remove`, `disable`, `replace` and most of `changes` are
// accepted here on purpose, so that an overlay that tries to weaken the policy is rejected with
// a message that names each offending entry rather than an "unrecognized key".

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Rejects a map with a key `__proto__` (as `JSON.parse` makes one) before the map is checked.
 * zod skips such keys silently in `z.record`, while a JSON Schema validator checks them against
 * the key pattern and rejects them; rejecting them here keeps the two in agreement, and an
 * overlay cannot smuggle an entry past the checks. The JSON Schema is the wrapped map's.
 *
 * @param schema - A map schema (`z.record`).
 * @returns The same schema, refusing `__proto__` keys.
 */
export function withoutProtoKeys<T extends z.ZodType>(schema: T): z.ZodPreprocess<T, unknown> {
  return z.preprocess((value, context) => {
    if (typeof value === "object" && value !== null && Object.hasOwn(value, "__proto__")) {
      context.addIssue({ code: "custom", message: "a key named \"__proto__\" is not allowed", input: value });
    }
    return value;
  }, schema);
}

/**
 * A control id or an overlay id: kebab-case, e.g. `"org-usb-encryption"`.
 *
 * @example
 * ```ts
 * OverlayIdSchema.safeParse("org-usb-encryption").success; // true
 * OverlayIdSchema.safeParse("Org_USB").success; // false
 * ```
 */
export const OverlayIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(KEBAB_ID, "must be kebab-case: lower-case letters and digits separated by single hyphens, e.g. \"org-usb-encryption\"")
  .describe("A kebab-case identifier, e.g. \"org-usb-encryption\".");

/**
 * A semver version without build metadata (`MAJOR.MINOR.PATCH` with an optional pre-release),
 * e.g. `"2026.4.0"` or `"1.2.0-draft.1"`. It becomes the build metadata of the extended policy's
 * version, which is why it cannot carry build metadata of its own.
 *
 * @example
 * ```ts
 * OverlayVersionSchema.safeParse("2026.4.0").success; // true
 * OverlayVersionSchema.safeParse("1.0.0+build.5").success; // false: build metadata is the extended policy's
 * ```
 */
export const OverlayVersionSchema = z
  .string()
  .max(100)
  .regex(
    SEMVER_WITHOUT_BUILD,
    "must be a semver version without build metadata, e.g. \"2026.4.0\" or \"1.0.0-draft.1\"",
  )
  .describe("A semver version without build metadata, e.g. \"2026.4.0\".");

/**
 * The name of a subject field a rule reads: a top-level field of the subject kind (e.g.
 * `"encrypted"`, `"zone"`) or a classification dimension (`"classification.confidentiality"`).
 *
 * @example
 * ```ts
 * RuleFieldSchema.parse("classification.confidentiality"); // a classification dimension
 * RuleFieldSchema.parse("encrypted"); // a field of the subject kind
 * ```
 */
export const RuleFieldSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)?$/, "must be a subject field such as \"encrypted\" or \"classification.confidentiality\"")
  .describe("A field of the subject kind, e.g. \"encrypted\", or a classification dimension, e.g. \"classification.confidentiality\".");

/**
 * A value a rule compares a field with: a boolean, an enum value or a classification level.
 *
 * @example
 * ```ts
 * RuleValueSchema.parse("removable-media"); // an enum value
 * RuleValueSchema.parse(true); // a boolean
 * ```
 */
export const RuleValueSchema = z
  .union([z.boolean(), z.string().max(200), z.number().int().min(0).max(100)])
  .describe("A value of the field: a boolean, a value of its enum, or a classification level.");

/**
 * When a rule applies: for each named field, the values for which it applies. A subject whose
 * field has another value is `not-applicable`; a subject that does not state a named field makes
 * the rule `manual` (a fact it needs is missing).
 *
 * @example
 * ```ts
 * // Applies to transfers on removable media of confidentiality 2 or 3; others are not-applicable.
 * RuleConditionSchema.parse({ channel: ["removable-media"], "classification.confidentiality": [2, 3] });
 * ```
 */
export const RuleConditionSchema = withoutProtoKeys(z.record(RuleFieldSchema, z.array(RuleValueSchema).min(1).max(32))).describe(
  "For each field, the values for which the rule applies. A field the subject does not state makes the finding manual.",
);

/**
 * What an organisation rule requires of a subject it applies to, discriminated by `check`:
 *
 * - `fields`: each named field has the given value (e.g. `{ "encrypted": true }`);
 * - `safeguards`: an asset has every listed safeguard;
 * - `factor-kinds`: a sign-in presents at least `atLeast` different kinds of factor;
 * - `prohibited`: the action is not allowed at all (every subject it applies to fails).
 *
 * A fact the requirement reads and the subject does not give makes the finding `manual`.
 *
 * @example
 * ```ts
 * RuleRequirementSchema.parse({ check: "fields", fields: { encrypted: true, approved: true } });
 * RuleRequirementSchema.parse({ check: "safeguards", safeguards: ["encryption", "locked-storage"] });
 * RuleRequirementSchema.parse({ check: "factor-kinds", atLeast: 2 });
 * RuleRequirementSchema.parse({ check: "prohibited" });
 * ```
 */
export const RuleRequirementSchema = z.discriminatedUnion("check", [
  z
    .object({
      check: z.literal("fields").describe('"fields": each field has a given value.'),
      fields: withoutProtoKeys(z.record(RuleFieldSchema, RuleValueSchema)).describe("For each field, the value it must have."),
    })
    .strict(),
  z
    .object({
      check: z.literal("safeguards").describe('"safeguards": an asset has every safeguard listed.'),
      safeguards: z.array(SafeguardSchema).min(1).max(16).describe("The safeguards the asset must have, all of them."),
    })
    .strict(),
  z
    .object({
      check: z.literal("factor-kinds").describe('"factor-kinds": a sign-in presents enough kinds of factor.'),
      atLeast: z.number().int().min(1).max(3).describe("The least number of different factor kinds a sign-in must present."),
    })
    .strict(),
  z
    .object({
      check: z.literal("prohibited").describe('"prohibited": the action is not allowed where the rule applies.'),
    })
    .strict(),
]);

/** What an organisation rule requires of a subject it applies to. */
export type RuleRequirement = z.infer<typeof RuleRequirementSchema>;

/**
 * A control of the organisation's own standards, as data: a small declarative rule on one
 * subject kind that `extendPolicy` compiles into a control with provenance `organization`.
 *
 * Its verdicts: a fact the rule reads is missing → `manual`; the subject is not one the rule
 * applies to (`when`) → `not-applicable`; the requirement is met → `pass`; otherwise `fail`.
 *
 * @example
 * ```ts
 * const rule = OrganizationControlRuleSchema.parse({
 *   id: "org-removable-media-encrypted",
 *   title: { ja: "可搬記憶媒体の暗号化", en: "Encryption on removable media" },
 *   clause: "7(2)", category: "classification", threats: ["T2.1"],
 *   requirement: { ja: "可搬記憶媒体で移送する情報は暗号化する。", en: "Encrypt information moved on removable media." },
 *   remediation: { ja: "暗号化してから移送する。", en: "Encrypt before moving it." },
 *   appliesTo: "transfer",
 *   when: { channel: ["removable-media"] },
 *   require: { check: "fields", fields: { encrypted: true } },
 * });
 * ```
 */
export const OrganizationControlRuleSchema = z
  .object({
    id: OverlayIdSchema.describe('Stable id, unique in the extended policy. Prefix it (e.g. "org-") so that it cannot collide with a future shipped control.'),
    title: LocalizedTextSchema.describe("A short title in Japanese and English."),
    clause: ClauseRefSchema.describe('The clause of the basic policy the standard elaborates, e.g. "7(2)". It must exist.'),
    provenance: ProvenanceSchema.optional().describe("Always \"organization\" if given; any other value is rejected."),
    category: ControlCategorySchema.describe("Which measure it belongs to."),
    threats: z.array(ThreatRefSchema).min(1).max(32).describe("The threats of clause 4 (and their examples) it counters."),
    requirement: LocalizedTextSchema.describe("What it requires, in words (the text of the standard)."),
    remediation: LocalizedTextSchema.describe("What to do when it fails or needs review."),
    admitsException: z.boolean().optional().describe("Whether a CISO-approved recorded exception can turn its fail into pass. Default true."),
    appliesTo: SubjectKindSchema.describe("The subject kind it applies to."),
    when: RuleConditionSchema.optional().describe("When it applies; absent means every subject of the kind."),
    require: RuleRequirementSchema.describe("What it requires."),
    messages: z
      .object({
        pass: LocalizedTextSchema.optional().describe('The message of a "pass" finding.'),
        fail: LocalizedTextSchema.optional().describe('The message of a "fail" finding.'),
      })
      .strict()
      .optional()
      .describe("Optional wording of the pass and fail findings; by default they are worded from the title."),
  })
  .strict()
  .describe("A control of the organisation's own standards, as a declarative rule on one subject kind (provenance organization).");

/** A control of the organisation's own standards, as data. */
export type OrganizationControlRule = z.infer<typeof OrganizationControlRuleSchema>;

/**
 * A term defined by the organisation's own standards.
 *
 * @example
 * ```ts
 * OrganizationTermSchema.parse({
 *   id: "removable-media",
 *   term: { ja: "可搬記憶媒体", en: "Removable media" },
 *   definition: { ja: "USBメモリ等", en: "USB memory and the like" },
 *   clause: "3(2)",
 * });
 * ```
 */
export const OrganizationTermSchema = z
  .object({
    id: OverlayIdSchema.describe("Stable id, kebab-case, unique within the overlay."),
    term: LocalizedTextSchema.describe("The term, in Japanese and English."),
    definition: LocalizedTextSchema.describe("Its definition in the organisation's standards."),
    clause: ClauseRefSchema.optional().describe("The clause of the basic policy whose subject it elaborates, if any. It must exist."),
  })
  .strict()
  .describe("A term defined by the organisation's own standards (provenance organization).");

/**
 * A requested change to a control of the base policy. Only one is ever accepted: withdrawing the
 * exception admission of a `guideline` control (`admitsException: false`), which makes it
 * stricter. Every other change is rejected, with a message naming the control and the field: an
 * overlay cannot relabel, re-cite, recategorise or loosen a control, and cannot change a
 * `basic-policy` control at all.
 *
 * @example
 * ```ts
 * // Accepted by extendPolicy: the guideline control no longer admits exceptions.
 * const overlayChanges = { "confidential-encryption": ControlChangeSchema.parse({ admitsException: false }) };
 * ```
 */
export const ControlChangeSchema = z
  .object({
    admitsException: z.boolean().optional().describe('false withdraws the exception admission of a "guideline" control (accepted); true is rejected.'),
    provenance: ProvenanceSchema.optional().describe("Always rejected: an overlay cannot relabel a control."),
    clause: z.string().max(20).optional().describe("Always rejected: an overlay cannot move a control to another clause."),
    category: z.string().max(100).optional().describe("Always rejected: an overlay cannot change a control's category."),
    threats: z.array(z.string().max(20)).max(64).optional().describe("Always rejected: an overlay cannot change the threats a control counters."),
    title: LocalizedTextSchema.optional().describe("Always rejected: an overlay cannot reword a control's title."),
    requirement: LocalizedTextSchema.optional().describe("Always rejected: an overlay cannot reword a control's requirement."),
    remediation: LocalizedTextSchema.optional().describe("Always rejected: an overlay cannot reword a control's remediation."),
    gate: z.boolean().optional().describe("Always rejected: an overlay cannot make a control a scope gate or unmake one."),
  })
  .strict()
  .describe("A change to a base control. Only { admitsException: false } on a guideline control is accepted; every other change is rejected.");

/** A requested change to a control of the base policy. */
export type ControlChange = z.infer<typeof ControlChangeSchema>;

/** A parameter name of a control, e.g. `"trainingIntervalMonths"`. */
const ParameterNameSchema = z.string().max(64).regex(/^[a-z][A-Za-z0-9]*$/, "must be a parameter name such as \"trainingIntervalMonths\"");

/**
 * The organisation's own standards (対策基準) as an overlay on the public basic policy: what
 * `extendPolicy` takes. It may add `organization` controls, tighten the parameters of `guideline`
 * (and its own) controls, withdraw exception admission from `guideline` controls and add terms.
 * It may never remove, disable, replace, relabel or loosen anything: such entries are accepted
 * by this schema only so that `extendPolicy` can reject each one by name.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { OverlaySchema } from "@miyagi-kouiki/infosec-policy";
 * 
 * const overlay = OverlaySchema.parse(JSON.parse(readFileSync("examples/overlay.sample.json", "utf8")));
 * overlay.controls?.length; // 6
 * ```
 */
export const OverlaySchema = z
  .object({
    $schema: z.string().max(500).optional().describe("The JSON Schema this file follows, for editors; ignored."),
    id: OverlayIdSchema.describe('Stable id of the overlay, kebab-case, e.g. "miyagi-kouiki-standards".'),
    version: OverlayVersionSchema.describe("Semver version of the overlay, without build metadata."),
    name: LocalizedTextSchema.describe("Its name, e.g. the title of the organisation's standards."),
    description: LocalizedTextSchema.optional().describe("What it is, e.g. which standards and whether it is a sample."),
    effectiveDate: IsoDateSchema.optional().describe("The date from which the overlay applies to decisions (YYYY-MM-DD)."),
    controls: z.array(OrganizationControlRuleSchema).max(500).optional().describe("Controls of the organisation's own standards, as rules."),
    parameters: withoutProtoKeys(z.record(OverlayIdSchema, withoutProtoKeys(z.record(ParameterNameSchema, z.number().int()))))
      .optional()
      .describe("Tightened parameters by control id, then parameter name. Only guideline and organization controls; never looser than the base."),
    changes: withoutProtoKeys(z.record(OverlayIdSchema, ControlChangeSchema)).optional().describe('Requested changes to base controls; see "ControlChangeSchema".'),
    glossary: z.array(OrganizationTermSchema).max(500).optional().describe("Terms defined by the organisation's standards."),
    classificationScheme: z
      .union([
        z.string().min(1).max(100).describe('The id of a shipped scheme: "guideline" (default), "guideline-r6" or "importance-i-iv".'),
        ClassificationSchemeSchema,
      ])
      .optional()
      .describe("The classification scheme of the extended policy, replacing the base's: a shipped scheme's id, or a scheme of the organisation's own."),
    classificationMapping: ClassificationMappingSchema.optional().describe(
      "How each level of the base policy's scheme maps to the new scheme's levels; needed for a scheme of the organisation's own (a shipped pair has a shipped mapping). No level may map to a less strict one.",
    ),
    remove: z.array(z.string().max(100)).max(500).optional().describe("Always rejected: an overlay cannot remove a control."),
    disable: z.array(z.string().max(100)).max(500).optional().describe("Always rejected: an overlay cannot disable a control."),
    replace: z
      .array(
        z
          .object({
            id: z.string().max(100).describe("The id of the control to replace."),
          })
          .loose(),
      )
      .max(500)
      .optional()
      .describe("Always rejected: an overlay cannot replace a control; add an organization control instead."),
  })
  .strict()
  .describe("The organisation's own standards (対策基準) as an overlay on the basic policy: it can only add and tighten.");

/** The organisation's own standards as an overlay, as read from JSON (after validation). */
export type Overlay = z.infer<typeof OverlaySchema>;
