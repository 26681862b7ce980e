import { z } from "zod";
import { ClassificationSchema } from "../classification/classification.js";
import { AssetCategorySchema, ZoneSchema } from "../definitions/vocabulary.js";
import { ASSET_LOCATION_VALUES } from "../definitions/vocabulary-values.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";
import { SafeguardSchema } from "./safeguard.js";

/** Where an asset stands: the Union's own premises, or a member municipality's counter. */
export const AssetLocationSchema = z.enum(ASSET_LOCATION_VALUES);

/** Where an asset stands. */
export type AssetLocation = z.infer<typeof AssetLocationSchema>;

/**
 * One entry of an information asset inventory (情報資産台帳): a server, a terminal, a network, a
 * medium, a set of data or a system document, with its safeguards.
 */
export const AssetSubjectSchema = z
  .object({
    kind: z.literal("asset").describe('The subject kind, which selects the controls that apply: always "asset" (情報資産) here.'),
    id: SubjectIdSchema.optional().describe("Your identifier for the asset, echoed in audit results."),
    name: z.string().min(1).max(500).optional().describe("A readable name, for reports."),
    organization: OrganizationRefSchema.describe("The organisation that holds the asset (5(1)). An asset of the Union placed elsewhere names the Union body that owns it."),
    location: AssetLocationSchema.optional().describe(
      'Where the asset stands, if not on the Union\'s own premises: "member-municipality-counter" is a Union asset at a member municipality\'s counter (構成市町村の窓口端末), in scope under 5(2)① with "organization" the Union body that owns it. The municipality\'s own assets name the municipality as their outside organisation instead.',
    ),
    category: AssetCategorySchema.describe("What kind of asset it is (5(2))."),
    zone: ZoneSchema.optional().describe("The zone the asset belongs to, if it belongs to one."),
    classification: ClassificationSchema.optional().describe("Its classification (重要度, 7(2)). An asset without one fails 7(2)."),
    safeguards: z.array(SafeguardSchema).max(64).optional().describe('The safeguards it has. Absent means not recorded (controls that need them are "manual"); an empty list means none.'),
    exception: RecordedExceptionSchema.optional().describe("A recorded exception (例外措置)."),
  })
  .strict();

/** One entry of an information asset inventory. */
export type AssetSubject = z.infer<typeof AssetSubjectSchema>;
