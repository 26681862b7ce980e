import type { ClassificationScheme } from "../classification/classification-scheme.js";
import { rewordForScheme } from "../classification/reword-policy.js";
import type { Control } from "../controls/control.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { AppliedOverlay, OrganizationTerm, Policy } from "../policy/policy.js";
import type { Overlay } from "./overlay-schema.js";

// Step 4 of `extendPolicy`, build: the extended, deeply frozen policy from a base and an overlay
// that passed every check.

/**
 * A control made in code, as the extended policy holds it: its snapshot (plain, frozen data). Its
 * checks are the caller's functions, kept by reference: they return verdict names, which the
 * engine looks up in the snapshot's verdict table.
 */
export function fromSnapshot(control: Control): Control {
  // A control made in code has no rule: its check is code, whatever a `rule` field on it says.
  const { rule: _rule, ...data } = control;
  return deepFreeze(data) as Control;
}

/** The extended policy, from a base and an overlay that passed every check. */
export function build(base: Policy, data: Overlay, overlayControls: readonly Control[], scheme: ClassificationScheme | undefined): Policy {
  // Build: base controls in canonical order (with withdrawn exception admissions), then the overlay's.
  const controls: Control[] = base.controls.map((control) =>
    data.changes?.[control.id]?.admitsException === false && control.admitsException ? { ...control, admitsException: false } : control,
  );
  // A replaced scheme words the base's controls and handling requirements in its own labels (see rewordForScheme).
  const worded = rewordForScheme(controls, base.handlingRequirements, base.classificationScheme, scheme ?? base.classificationScheme);
  controls.splice(0, controls.length, ...worded.controls);
  controls.push(...overlayControls);

  const parameters: Record<string, Record<string, number>> = {};
  for (const [id, values] of Object.entries(base.parameters)) parameters[id] = { ...values };
  for (const control of overlayControls) {
    const values: Record<string, number> = {};
    for (const [name, spec] of Object.entries(control.parameters)) values[name] = spec.default;
    parameters[control.id] = values;
  }
  for (const [id, values] of Object.entries(data.parameters ?? {})) parameters[id] = { ...parameters[id], ...values };

  const glossary: OrganizationTerm[] = (data.glossary ?? []).map((term) =>
    term.clause === undefined ? { id: term.id, term: term.term, definition: term.definition } : { id: term.id, term: term.term, definition: term.definition, clause: term.clause },
  );
  const applied: AppliedOverlay =
    data.effectiveDate === undefined
      ? { id: data.id, version: data.version, name: data.name, glossary }
      : { id: data.id, version: data.version, name: data.name, effectiveDate: data.effectiveDate, glossary };
  const effectiveDate = data.effectiveDate !== undefined && data.effectiveDate > base.effectiveDate ? data.effectiveDate : base.effectiveDate;

  const extended: Policy = {
    ...base,
    id: `${base.id}+${data.id}`,
    version: `${base.version}+${data.version}`,
    effectiveDate,
    controls,
    parameters,
    overlays: [...base.overlays, applied],
    classificationScheme: scheme ?? base.classificationScheme,
    handlingRequirements: worded.handlingRequirements,
  };
  return deepFreeze(extended) as Policy;
}
