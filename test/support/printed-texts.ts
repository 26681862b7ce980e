import type { LocalizedText, Policy } from "../../src/index.js";
import { compilePolicy } from "../../src/engine/compile-policy.js";

// Shared by the scheme-wording tests (test/classification/scheme-wording*.test.ts).

/** Every text of a policy that the reports print for its controls and handling requirements. */
export function printedTexts(p: Policy): { where: string; text: LocalizedText }[] {
  const out: { where: string; text: LocalizedText }[] = [];
  for (const control of p.controls) {
    out.push(
      { where: `${control.id} title`, text: control.title },
      { where: `${control.id} requirement`, text: control.requirement },
      { where: `${control.id} remediation`, text: control.remediation }
    );
  }
  for (const requirement of p.handlingRequirements)
    out.push(
      { where: `${requirement.id} title`, text: requirement.title },
      { where: `${requirement.id} description`, text: requirement.description }
    );
  for (const locale of ["ja", "en"] as const) {
    for (const steps of Object.values(compilePolicy(p, locale).steps)) {
      for (const step of steps)
        for (const compiled of Object.values(step.verdicts))
          out.push({
            where: `${step.controlId} finding`,
            text: compiled.finding.message,
          });
    }
  }
  return out;
}
