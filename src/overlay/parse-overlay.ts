import { z } from "zod";
import type { Control } from "../controls/control.js";
import { lazy } from "../internal/lazy.js";
import { issuesFromZod } from "../validation/input-error.js";
import { OverlayIdSchema, OverlaySchema, type Overlay } from "./overlay-schema.js";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { ProvenanceSchema } from "../definitions/vocabulary.js";
import { Issues, type Path } from "./overlay-issues.js";

// Step 1 of `extendPolicy`, parse: the overlay's shell by its zod schema, each control entry on
// its own (a rule by the rule schema, a control made in code by its shape), and the sections that
// are well-formed even when another is not.

// The overlay's shape without `controls`: each control entry is checked on its own (a rule by the
// rule schema, a `defineControl` control by `checkDefinedControl`), so that every problem keeps
// the entry's own index in its path. Built on first use (`lazy`): only `extendPolicy` needs it,
// and not every program that imports the package extends a policy.
export const overlayShellSchema = /* @__PURE__ */ lazy(() => OverlaySchema.extend({ controls: z.array(z.unknown()).max(500).optional() }));

/** Whether an entry of `controls` is a control made with `defineControl` (frozen, with checks and verdicts), not a rule. */
export function isDefinedControl(value: unknown): value is Control {
  if (typeof value !== "object" || value === null || !Object.isFrozen(value)) return false;
  const candidate = value as Partial<Record<keyof Control, unknown>>;
  return (
    typeof candidate.id === "string" &&
    typeof candidate.checks === "object" &&
    candidate.checks !== null &&
    Object.values(candidate.checks).some((check) => typeof check === "function") &&
    Array.isArray(candidate.verdicts)
  );
}

// The shape of a control made with `defineControl` (checked on the overlay's snapshot, so that a
// malformed one is refused with its paths instead of failing later). Built on first use (`lazy`),
// like the shell's schema.
const definedControlShapeSchema = /* @__PURE__ */ lazy(() => {
  const isFunction = z.custom<(...args: never[]) => unknown>((value) => typeof value === "function", "must be a function");
  return z
    .object({
      // Kebab-case like a rule's id: an id is printed in reports, Markdown code spans and OSCAL tokens.
      id: OverlayIdSchema,
      title: LocalizedTextSchema,
      clause: z.string().max(20),
      provenance: ProvenanceSchema,
      category: z.string().max(100),
      threats: z.array(z.string().max(20)).max(32),
      requirement: LocalizedTextSchema,
      remediation: LocalizedTextSchema,
      admitsException: z.boolean(),
      gate: z.boolean(),
      parameters: z.record(
        z.string().max(64),
        z.object({ default: z.number(), stricter: z.enum(["lower", "higher"]), unit: z.string(), description: LocalizedTextSchema, min: z.number(), max: z.number() }).loose(),
      ),
      facts: z.record(z.string(), z.array(z.string())),
      verdicts: z.array(z.object({}).loose()),
      checks: z.record(z.string(), isFunction),
    })
    .loose();
});

/** Checks a control made in code; `false` if it is malformed (then nothing else is checked of it). */
export function checkDefinedControl(control: Control, path: Path, issues: Issues): boolean {
  const shape = definedControlShapeSchema().safeParse(control);
  if (!shape.success) {
    for (const problem of issuesFromZod(shape.error, path)) {
      issues.add(problem.path, "invalid-control", `control ${JSON.stringify(control.id)} made in code: ${problem.message}`, control.id);
    }
    return false;
  }
  if (control.provenance !== "organization") {
    issues.add(
      [...path, "provenance"],
      "organization-provenance-only",
      `control ${JSON.stringify(control.id)} has provenance ${JSON.stringify(control.provenance)}: an overlay adds only controls with provenance "organization"`,
      control.id,
    );
  }
  if (control.gate) {
    issues.add(
      [...path, "gate"],
      "gate-not-allowed",
      `control ${JSON.stringify(control.id)} is a scope gate: its "not-applicable" would hide every other finding, so an overlay cannot add one`,
      control.id,
    );
  }
  for (const [name, spec] of Object.entries(control.parameters)) {
    if (!(spec.min <= spec.default && spec.default <= spec.max)) {
      issues.add([...path, "parameters", name], "invalid-control", `control ${JSON.stringify(control.id)}: parameter ${name} has default ${spec.default} outside [${spec.min}, ${spec.max}]`, control.id);
    }
  }
  return true;
}

/** The sections of a malformed overlay that are well-formed on their own. */
export function wellFormedSections(overlay: unknown): Partial<Overlay> {
  if (typeof overlay !== "object" || overlay === null || Array.isArray(overlay)) return {};
  const sections: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(OverlaySchema.shape)) {
    if (key === "controls" || !Object.hasOwn(overlay, key)) continue;
    const parsed = (schema as z.ZodType).safeParse((overlay as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) sections[key] = parsed.data;
  }
  return sections as Partial<Overlay>;
}

/** The overlay's id, if it has a readable one (for the rejection), even when the overlay is malformed. */
export function readableId(overlay: unknown): string | undefined {
  if (typeof overlay !== "object" || overlay === null) return undefined;
  const id = (overlay as { id?: unknown }).id;
  return typeof id === "string" && id.length <= 100 ? id : undefined;
}
