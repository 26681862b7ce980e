/**
 * A deterministic, realistic information asset inventory (情報資産台帳) for benchmarks and tests.
 *
 * `generateInventory(count, seed)` returns `asset` subjects across the four organisations of 5(1),
 * every asset category and the three zones, with safeguards that mostly match what the controls
 * ask of each category and zone, some gaps (so that some assets fail), and some missing facts
 * (no classification, safeguards not recorded, zone not recorded) so that some need review.
 *
 * Same `count` and `seed`, same inventory (deep-equal). The sequence is a stream: the first `k`
 * assets of `generateInventory(n, seed)` equal `generateInventory(k, seed)` for `k <= n`.
 *
 * @example
 * ```ts
 * import { generateInventory } from "../bench/generate-inventory.js";
 * const assets = generateInventory(100_000, 2026);
 * ```
 */
import type { Classification } from "../src/classification/classification.js";
import type { AssetCategory, OrganizationId, Zone } from "../src/definitions/vocabulary.js";
import type { AssetSubject } from "../src/subjects/asset.js";
import type { Safeguard } from "../src/subjects/safeguard.js";
import { createPrng, type Prng } from "./prng.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The default seed used by the benchmark. */
export const DEFAULT_INVENTORY_SEED = 20_260_401;

const ORGANIZATIONS: readonly (readonly [OrganizationId, number])[] = [
  ["secretariat", 72],
  ["election-commission", 11],
  ["assembly-secretariat", 9],
  ["audit-secretariat", 8],
];

const CATEGORIES: readonly (readonly [AssetCategory, number])[] = [
  ["terminal", 34],
  ["information", 24],
  ["media", 12],
  ["server", 8],
  ["network", 7],
  ["information-system", 6],
  ["system-document", 6],
  ["facility", 3],
];

const SYSTEM_ZONES: readonly (readonly [Zone, number])[] = [
  ["lgwan", 50],
  ["mynumber", 27],
  ["internet", 23],
];

const CATEGORY_LABEL: Readonly<Record<AssetCategory, string>> = {
  network: "ネットワーク機器",
  "information-system": "情報システム",
  server: "サーバ",
  terminal: "端末",
  media: "電磁的記録媒体",
  facility: "施設",
  information: "情報",
  "system-document": "システム関連文書",
};

const ORGANIZATION_LABEL: Readonly<Record<OrganizationId, string>> = {
  secretariat: "事務局",
  "assembly-secretariat": "議会事務局",
  "audit-secretariat": "監査委員事務局",
  "election-commission": "選挙管理委員会",
};

const IS_SYSTEM: ReadonlySet<AssetCategory> = new Set(["network", "information-system", "server", "terminal"]);

function zoneFor(prng: Prng, category: AssetCategory): Zone | undefined {
  if (IS_SYSTEM.has(category)) return prng.chance(0.02) ? undefined : prng.weighted(SYSTEM_ZONES);
  const recorded = category === "media" || category === "information" ? 0.7 : 0.3;
  return prng.chance(recorded) ? prng.weighted(SYSTEM_ZONES) : undefined;
}

function classificationFor(prng: Prng, category: AssetCategory, zone: Zone | undefined): Classification | undefined {
  if (prng.chance(0.04)) return undefined; // not classified: a finding of 7(2)
  const confidentiality =
    zone === "mynumber"
      ? prng.weighted([[3, 85], [2, 15]] as const)
      : zone === "lgwan"
        ? prng.weighted([[2, 60], [3, 20], [1, 20]] as const)
        : zone === "internet"
          ? prng.weighted([[1, 50], [2, 45], [3, 5]] as const)
          : prng.weighted([[2, 60], [1, 30], [3, 10]] as const);
  const dataHeavy = category === "server" || category === "information-system" || category === "information";
  const integrity = prng.chance(dataHeavy ? 0.6 : 0.3) ? 2 : 1;
  const serving = category === "server" || category === "network" || category === "information-system";
  const availability = prng.chance(serving ? 0.55 : 0.25) ? 2 : 1;
  return { confidentiality, integrity, availability };
}

/**
 * The safeguards a well-run asset of this kind would have; each is then kept with probability `keep`.
 * When a control asks for a new safeguard, add it here, or every asset it applies to fails.
 */
function expectedSafeguards(category: AssetCategory, zone: Zone | undefined, classification: Classification | undefined): Safeguard[] {
  const important = classification === undefined || classification.integrity === 2 || classification.availability === 2;
  const confidential = classification === undefined || classification.confidentiality >= 2;
  const list: Safeguard[] = [];
  switch (category) {
    case "terminal":
      list.push("access-control", "malware-protection", "anti-theft", "physical-protection");
      if (zone === "mynumber") list.push("isolation", "carry-out-blocked", "multi-factor-sign-in");
      break;
    case "server":
      list.push("access-control", "malware-protection", "entry-control", "physical-protection");
      if (classification === undefined || classification.availability === 2) list.push("power-backup");
      if (important) list.push("backup");
      break;
    case "network":
      list.push("intrusion-prevention", "entry-control", "physical-protection");
      break;
    case "information-system":
      list.push("access-control");
      if (important) list.push("backup");
      break;
    case "media":
      if (confidential) list.push("locked-storage", "encryption");
      if (important) list.push("backup");
      break;
    case "information":
      list.push("access-control");
      if (important) list.push("backup");
      if (confidential) list.push("encryption");
      break;
    case "facility":
      list.push("entry-control", "physical-protection", "power-backup");
      break;
    case "system-document":
      list.push("locked-storage");
      break;
  }
  if (IS_SYSTEM.has(category)) list.push("security-updates");
  if (IS_SYSTEM.has(category) && category !== "terminal" && zone === "mynumber") list.push("isolation");
  if ((category === "network" || category === "server" || category === "information-system") && zone === "internet") {
    list.push("traffic-monitoring");
  }
  return list;
}

function safeguardsFor(
  prng: Prng,
  category: AssetCategory,
  zone: Zone | undefined,
  classification: Classification | undefined,
): Safeguard[] | undefined {
  if (prng.chance(0.03)) return undefined; // safeguards not recorded: controls that need them are manual
  // Most assets are well kept; a few departments are sloppier than others.
  const keep = prng.chance(0.8) ? 0.985 : 0.85;
  const safeguards: Safeguard[] = [];
  for (const safeguard of expectedSafeguards(category, zone, classification)) {
    if (prng.chance(keep)) safeguards.push(safeguard);
  }
  if (prng.chance(0.05)) safeguards.push("encryption");
  if (prng.chance(0.02) && !safeguards.includes("backup")) safeguards.push("backup");
  return [...new Set(safeguards)];
}

/**
 * Generates an asset inventory.
 *
 * @param count - How many assets.
 * @param seed - The seed: the same seed gives the same inventory.
 * @returns `count` asset subjects, with ids `asset-000001`, `asset-000002`, ….
 */
export function generateInventory(count: number, seed: number = DEFAULT_INVENTORY_SEED): AssetSubject[] {
  const prng = createPrng(seed);
  const assets: AssetSubject[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const organization = prng.weighted(ORGANIZATIONS);
    const category = prng.weighted(CATEGORIES);
    const zone = zoneFor(prng, category);
    const classification = classificationFor(prng, category, zone);
    const safeguards = safeguardsFor(prng, category, zone, classification);
    const id = `asset-${String(i + 1).padStart(6, "0")}`;
    const asset: Mutable<AssetSubject> = {
      kind: "asset",
      id,
      name: `${ORGANIZATION_LABEL[organization]} ${CATEGORY_LABEL[category]} ${String(i + 1).padStart(6, "0")}`,
      organization,
      category,
    };
    if (zone !== undefined) asset.zone = zone;
    if (classification !== undefined) asset.classification = classification;
    if (safeguards !== undefined) asset.safeguards = safeguards;
    // A few My Number zone systems that must talk to another zone run under a recorded exception.
    if (zone === "mynumber" && IS_SYSTEM.has(category) && category !== "terminal" && prng.chance(0.03)) {
      asset.exception = prng.chance(0.8)
        ? {
            reference: `EX-2026-${String(prng.int(1000)).padStart(3, "0")}`,
            approverRole: "ciso",
            approvedBy: "CISO",
            controls: ["mynumber-isolation"],
            validUntil: "2027-03-31",
            link: { from: "mynumber", to: "lgwan" },
          }
        : { reference: `EX-2026-${String(prng.int(1000)).padStart(3, "0")}`, approverRole: "security-manager", controls: ["mynumber-isolation"], validUntil: "2027-03-31" };
      if (asset.safeguards !== undefined) asset.safeguards = asset.safeguards.filter((s) => s !== "isolation");
    }
    assets[i] = asset;
  }
  return assets;
}
