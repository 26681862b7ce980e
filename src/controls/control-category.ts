import { z } from "zod";

/**
 * The category of a control, after the measures of clause 7 and clauses 8 and 9. A closed union:
 * adding one is a compile error wherever categories are handled.
 */
export const ControlCategorySchema = z.enum([
  "organization",
  "classification",
  "system-resilience",
  "physical",
  "human",
  "technical",
  "operations",
  "outsourcing-and-cloud",
  "audit",
  "review",
]);

/** The category of a control. */
export type ControlCategory = z.infer<typeof ControlCategorySchema>;
