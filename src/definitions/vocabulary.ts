import { z } from "zod";
import {
  ASSET_CATEGORY_VALUES,
  FACTOR_KIND_VALUES,
  ORGANIZATION_ID_VALUES,
  PERSON_CATEGORY_VALUES,
  TRANSFER_CHANNEL_VALUES,
  ZONE_VALUES,
} from "./vocabulary-values.js";

/**
 * Where a rule comes from.
 *
 * - `basic-policy`: stated in the basic policy itself.
 * - `guideline`: a default from 総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」,
 *   used because the organisation's own standards (対策基準) are not public.
 * - `organization`: added by the organisation's own standards through an overlay.
 */
export const ProvenanceSchema = z.enum(["basic-policy", "guideline", "organization"]);
/** Where a rule comes from: `basic-policy`, `guideline` or `organization`. */
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * A network zone of 7(3): `mynumber` (マイナンバー利用事務系, 3(13)), `lgwan` (LGWAN接続系, from the
 * guideline), `internet` (インターネット接続系, 3(14)).
 */
export const ZoneSchema = z.enum(ZONE_VALUES);
/** A network zone of 7(3). */
export type Zone = z.infer<typeof ZoneSchema>;

/**
 * An organisation in the scope of 5(1): 広域連合事務局, 議会事務局, 監査委員事務局, 選挙管理委員会.
 */
export const OrganizationIdSchema = z.enum(ORGANIZATION_ID_VALUES);
/** An organisation in the scope of 5(1). */
export type OrganizationId = z.infer<typeof OrganizationIdSchema>;

/** A category of information asset, from 5(2) and the definitions of 3. */
export const AssetCategorySchema = z.enum(ASSET_CATEGORY_VALUES);
/** A category of information asset, from 5(2) and 3. */
export type AssetCategory = z.infer<typeof AssetCategorySchema>;

/**
 * A category of person: `regular`, `fiscal-year-appointed` (会計年度任用職員) and `part-time`
 * (非常勤職員) are 職員 (3(15)); `municipal-staff` (構成市町村の職員 who use the Union's systems,
 * e.g. at a member municipality's counter), `contractor` (委託事業者) and `outsider` (部外者) are
 * not. Municipal staff are not bound by clause 6 (they are not 職員) but are subject to the
 * Union's access rules.
 */
export const PersonCategorySchema = z.enum(PERSON_CATEGORY_VALUES);
/** A category of person (3(15)). */
export type PersonCategory = z.infer<typeof PersonCategorySchema>;

/** The five threats of clause 4, `T1` … `T5`. */
export const ThreatIdSchema = z.enum(["T1", "T2", "T3", "T4", "T5"]);
/** One of the five threats of clause 4. */
export type ThreatId = z.infer<typeof ThreatIdSchema>;

/**
 * A listed example of a threat of clause 4, as `T<threat>.<n>` in the order the text lists them.
 */
export const ThreatExampleIdSchema = z.enum([
  "T1.1", "T1.2", "T1.3", "T1.4", "T1.5", "T1.6",
  "T2.1", "T2.2", "T2.3", "T2.4", "T2.5", "T2.6", "T2.7", "T2.8", "T2.9", "T2.10",
  "T3.1", "T3.2", "T3.3",
  "T4.1",
  "T5.1", "T5.2", "T5.3",
]);
/** A listed example of a threat of clause 4. */
export type ThreatExampleId = z.infer<typeof ThreatExampleIdSchema>;

/** Either a threat of clause 4 or one of its listed examples. */
export const ThreatRefSchema = z.union([ThreatIdSchema, ThreatExampleIdSchema]);
/** Either a threat of clause 4 or one of its listed examples. */
export type ThreatRef = z.infer<typeof ThreatRefSchema>;

/** An authentication factor kind: something known, possessed, or inherent (biometric). */
export const FactorKindSchema = z.enum(FACTOR_KIND_VALUES);
/** An authentication factor kind. */
export type FactorKind = z.infer<typeof FactorKindSchema>;

/** How information moves between zones. */
export const TransferChannelSchema = z.enum(TRANSFER_CHANNEL_VALUES);
/** How information moves between zones. */
export type TransferChannel = z.infer<typeof TransferChannelSchema>;
