// The engine of commit d64df0a472d46a818b8644ce26594cf8fc5b012f (src/index.ts plus evaluateUnguarded), bundled by bench/make-baseline.mjs. Generated: do not edit.

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/guideline-basis-text.ts
var GUIDELINE_DOCUMENT = "\u7DCF\u52D9\u7701\u300C\u5730\u65B9\u516C\u5171\u56E3\u4F53\u306B\u304A\u3051\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306B\u95A2\u3059\u308B\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u300D", BASIS_SOURCES = {
  S1: {
    id: "S1",
    title: "\u30E9\u30F3\u30A8\u30AF\u30B7\u30FC/\u30B8\u30A7\u30A4\u30CA\u30B9\u30CD\u30C3\u30C8\u300C\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u300D: the guideline's classification table (\u6A5F\u5BC6\u6027\u30FB\u5B8C\u5168\u6027\u30FB\u53EF\u7528\u6027\u306B\u3088\u308B\u5206\u985E)",
    url: "https://www.runexy-janusnet.com/solution/securitypolicy.html"
  },
  S4: { id: "S4", title: "\u65E5\u5411\u5E02\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\uFF08\u4EE4\u548C7\u5E74\u544A\u793A\u7B2C78\u53F7\uFF09: table of contents", url: "https://www.hyugacity.jp/reiki_new/reiki_honbun/q607RG00002587.html" },
  S5: { id: "S5", title: "\u5317\u898B\u5E02\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u57FA\u6E96\u306B\u95A2\u3059\u308B\u898F\u7A0B: table of contents", url: "https://public2.legalcrud.com/kitami_city/reiki/act/110002827.html" },
  S6: { id: "S6", title: "\u5742\u795D\u753A\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u898F\u7A0B\uFF08\u4EE4\u548C6\u5E74\u8A13\u4EE4\u7B2C44\u53F7\uFF09: table of contents", url: "https://reiki.town.sakahogi.gifu.jp/reiki_honbun/i361RG00000964.html" },
  S7: { id: "S7", title: "\u5927\u5D0E\u5E02\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u57FA\u6E96\uFF08\u4EE4\u548C3\u5E74\u8A13\u4EE4\u7532\u7B2C14\u53F7\uFF09: \u7D44\u7E54\u4F53\u5236", url: "https://www.city.osaki.miyagi.jp/section/reiki/reiki_honbun/r294RG00001923.html" },
  S9: { id: "S9", title: "\u5BCC\u58EB\u96FB\u6A5F column on \u30D5\u30A1\u30A4\u30EB\u7121\u5BB3\u5316\u30C4\u30FC\u30EB", url: "https://www.fujielectric.co.jp/products/government/column/column008.html" },
  S10: { id: "S10", title: "TechTarget white-paper summary on \u7121\u5BB3\u5316\u901A\u4FE1\u8981\u4EF6", url: "https://wp.techtarget.itmedia.co.jp/contents/65656" },
  S11: { id: "S11", title: "IPA\u300C\u81EA\u6CBB\u4F53\u30C6\u30EC\u30EF\u30FC\u30AF\u30B7\u30B9\u30C6\u30E0 for LGWAN\u300D\u5229\u7528\u6761\u4EF6 (restating the \u7DCF\u52D9\u7701 LGWAN telework requirements)", url: "https://telework.cyber.ipa.go.jp/lgwan/terms/" },
  S21: {
    id: "S21",
    title: "\u9CE5\u53D6\u770C \u5E73\u621028\u5E74\u5EA6 budget sheet quoting the \u81EA\u6CBB\u4F53\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u691C\u8A0E\u30C1\u30FC\u30E0 report (2015)",
    url: "http://db.pref.tottori.jp/yosan/28Yosan_Koukai.nsf/7b91dd2d124f2644492574820038e28f/ea6b18d8fa27637349257f54003403cd"
  },
  S28: { id: "S28", title: "\u300C\u707D\u5BB3\u306B\u5F37\u3044\u60C5\u5831\u901A\u4FE1\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF \u5C0E\u5165\u30AC\u30A4\u30C9\u30D6\u30C3\u30AF2024\u300D p.54", url: "https://bousailog.com/book/pageindices/index54.html" },
  S29: { id: "S29", title: "PassLogic: table of guidelines that require \u591A\u8981\u7D20\u8A8D\u8A3C (\u7DCF\u52D9\u7701, \u4EE4\u548C5\u5E743\u6708\u7248)", url: "https://passlogic.jp/passlogic_blog/guideline_multi_factor_authentication" },
  LEAD: {
    id: "S0",
    title: "issue-tracker lead recorded in docs/research/guideline-basis.md (issue #13; not verified against the guideline PDF)"
  }
}, CONFIDENCE_WORDS = {
  quoted: { ja: "\u5F15\u7528\uFF08\u4E8C\u6B21\u8CC7\u6599\u304C\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u6587\u8A00\u3092\u63B2\u8F09\uFF09", en: "quoted (a secondary source reproduces the guideline's wording)" },
  paraphrased: { ja: "\u8981\u65E8\uFF08\u4E8C\u6B21\u8CC7\u6599\u304C\u5185\u5BB9\u3092\u8A18\u8FF0\u3002\u6587\u8A00\u306F\u672A\u78BA\u8A8D\uFF09", en: "paraphrased (a secondary source states the substance; wording not verified)" },
  inferred: { ja: "\u63A8\u5B9A\uFF08\u3053\u308C\u3092\u8FF0\u3079\u308B\u8CC7\u6599\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u306A\u3044\uFF09", en: "inferred (no source found that states it)" }
};
function describeBasis(basis, locale) {
  let ja2 = locale === "ja", edition = basis.edition === "unknown" ? ja2 ? "\u7248\u306F\u4E0D\u660E" : "edition unknown" : basis.edition, lines = [`${ja2 ? "\u6587\u66F8" : "Document"}: ${basis.document}, ${edition}`];
  basis.section !== void 0 && lines.push(`${ja2 ? "\u7B87\u6240" : "Section"}: ${basis.section}`), lines.push(`${ja2 ? "\u78BA\u5EA6" : "Confidence"}: ${basis.confidence} \u2014 ${CONFIDENCE_WORDS[basis.confidence][locale]}`), basis.confidence === "quoted" && lines.push(`${ja2 ? "\u5F15\u7528" : "Quote"}: \u300C${basis.quote}\u300D`);
  for (let source of basis.sources) lines.push(`${ja2 ? "\u51FA\u5178" : "Source"} ${source.id}: ${source.title}${source.url === void 0 ? "" : ` <${source.url}>`}`);
  return basis.note !== void 0 && lines.push(`${ja2 ? "\u6CE8" : "Note"}: ${basis.note[locale]}`), lines;
}

// ../../tmp/infosec-baseline-UtWtyv/src/internal/deep-freeze.ts
function deepFreeze(value2) {
  return freezeAll(value2, /* @__PURE__ */ new WeakSet()), value2;
}
function freezeAll(value2, seen) {
  if (value2 === null || typeof value2 != "object" && typeof value2 != "function") return;
  let target = value2;
  if (!seen.has(target)) {
    seen.add(target), ArrayBuffer.isView(target) || Object.freeze(target);
    for (let key of Reflect.ownKeys(target)) {
      let descriptor = Reflect.getOwnPropertyDescriptor(target, key);
      descriptor !== void 0 && "value" in descriptor && freezeAll(descriptor.value, seen);
    }
  }
}

// ../../tmp/infosec-baseline-UtWtyv/src/classification/guideline-classification-scheme.ts
function quotedLevel(quote4) {
  return {
    document: GUIDELINE_DOCUMENT,
    edition: "\u4EE4\u548C5\u5E743\u6708\u7248",
    section: "\u7B2C2\u7DE8 2.\uFF081\uFF09\u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E \u2014 verify against the guideline PDF",
    confidence: "quoted",
    quote: quote4,
    sources: [BASIS_SOURCES.S1],
    note: {
      ja: "S1 \u306F\u7248\u3092\u660E\u8A18\u3057\u3066\u3044\u306A\u3044\u30023\u6BB5\u968E\u306E\u6A5F\u5BC6\u6027\u306E\u5206\u985E\u306F\u4EE4\u548C6\u5E7410\u6708\u7248\u3088\u308A\u524D\u306E\u7248\uFF08\u4EE4\u548C4\u5E743\u6708\u7248\u30FB\u4EE4\u548C5\u5E743\u6708\u7248\uFF09\u306E\u3082\u306E\uFF08\u63A8\u5B9A\uFF09\u3002",
      en: "S1 does not name the edition. The three confidentiality levels are those of the editions before \u4EE4\u548C6\u5E7410\u6708 (\u4EE4\u548C4\u5E743\u6708\u7248, \u4EE4\u548C5\u5E743\u6708\u7248; inferred)."
    }
  };
}
var scheme = {
  id: "guideline",
  name: {
    ja: "\u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E\uFF08\u7DCF\u52D9\u7701\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u4F8B\uFF09",
    en: "Classification of information assets (national guideline default)"
  },
  provenance: "guideline",
  clause: "7(2)",
  note: {
    ja: "\u57FA\u672C\u65B9\u91DD7(2)\u306F\u3001\u60C5\u5831\u8CC7\u7523\u3092\u6A5F\u5BC6\u6027\u3001\u5B8C\u5168\u6027\u53CA\u3073\u53EF\u7528\u6027\u306B\u5FDC\u3058\u3066\u300C\u91CD\u8981\u5EA6\u300D\u3068\u3057\u3066\u5206\u985E\u3059\u308B\u3053\u3068\u3092\u5B9A\u3081\u308B\u304C\u3001\u5206\u985E\u306E\u6BB5\u968E\u306F\u5B9A\u3081\u3066\u3044\u306A\u3044\u3002\u3053\u3053\u3067\u306E\u6BB5\u968E\u3068\u305D\u306E\u5B9A\u7FA9\u306F\u3001\u7DCF\u52D9\u7701\u300C\u5730\u65B9\u516C\u5171\u56E3\u4F53\u306B\u304A\u3051\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306B\u95A2\u3059\u308B\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u300D\u306E\u4F8B\u306B\u3088\u308B\u65E2\u5B9A\u5024\u3067\u3042\u308A\u3001\u5BFE\u7B56\u57FA\u6E96\u304C\u975E\u516C\u958B\uFF0810\uFF09\u3067\u3042\u308B\u305F\u3081\u7528\u3044\u308B\u3082\u306E\u3067\u3042\u308B\u3002",
    en: "Clause 7(2) of the basic policy requires information assets to be classified into levels of importance (\u91CD\u8981\u5EA6) by confidentiality, integrity and availability, but does not fix the levels. The levels and definitions here are defaults taken from the national guideline (\u7DCF\u52D9\u7701\u300C\u5730\u65B9\u516C\u5171\u56E3\u4F53\u306B\u304A\u3051\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306B\u95A2\u3059\u308B\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u300D), used because the organisation's own standards are not public (10)."
  },
  dimensions: {
    confidentiality: {
      name: { ja: "\u6A5F\u5BC6\u6027", en: "Confidentiality" },
      term: "3(10)",
      levels: [
        {
          level: 1,
          label: { ja: "\u6A5F\u5BC6\u60271", en: "Confidentiality 1" },
          definition: {
            ja: "\u6A5F\u5BC6\u60272\u53C8\u306F\u6A5F\u5BC6\u60273\u306E\u60C5\u5831\u8CC7\u7523\u4EE5\u5916\u306E\u60C5\u5831\u8CC7\u7523",
            en: "Information assets other than those of confidentiality 2 or confidentiality 3."
          },
          basis: quotedLevel("\u6A5F\u5BC6\u60272\u53C8\u306F\u6A5F\u5BC6\u60273\u306E\u60C5\u5831\u8CC7\u7523\u4EE5\u5916\u306E\u60C5\u5831\u8CC7\u7523")
        },
        {
          level: 2,
          label: { ja: "\u6A5F\u5BC6\u60272", en: "Confidentiality 2" },
          definition: {
            ja: "\u884C\u653F\u4E8B\u52D9\u3067\u53D6\u308A\u6271\u3046\u60C5\u5831\u8CC7\u7523\u306E\u3046\u3061\u3001\u79D8\u5BC6\u6587\u66F8\u306B\u76F8\u5F53\u3059\u308B\u6A5F\u5BC6\u6027\u306F\u8981\u3057\u306A\u3044\u304C\u3001\u76F4\u3061\u306B\u4E00\u822C\u306B\u516C\u8868\u3059\u308B\u3053\u3068\u3092\u524D\u63D0\u3068\u3057\u3066\u3044\u306A\u3044\u60C5\u5831\u8CC7\u7523",
            en: "Information assets handled in administrative work that do not require the confidentiality of classified documents but are not intended for immediate public disclosure."
          },
          basis: quotedLevel("\u884C\u653F\u4E8B\u52D9\u3067\u53D6\u308A\u6271\u3046\u60C5\u5831\u8CC7\u7523\u306E\u3046\u3061\u3001\u79D8\u5BC6\u6587\u66F8\u306B\u76F8\u5F53\u3059\u308B\u6A5F\u5BC6\u6027\u306F\u8981\u3057\u306A\u3044\u304C\u3001\u76F4\u3061\u306B\u4E00\u822C\u306B\u516C\u8868\u3059\u308B\u3053\u3068\u3092\u524D\u63D0\u3068\u3057\u3066\u3044\u306A\u3044\u60C5\u5831\u8CC7\u7523")
        },
        {
          level: 3,
          label: { ja: "\u6A5F\u5BC6\u60273", en: "Confidentiality 3" },
          definition: {
            ja: "\u884C\u653F\u4E8B\u52D9\u3067\u53D6\u308A\u6271\u3046\u60C5\u5831\u8CC7\u7523\u306E\u3046\u3061\u3001\u79D8\u5BC6\u6587\u66F8\u306B\u76F8\u5F53\u3059\u308B\u6A5F\u5BC6\u6027\u3092\u8981\u3059\u308B\u60C5\u5831\u8CC7\u7523",
            en: "Information assets handled in administrative work that require the confidentiality of classified documents (\u79D8\u5BC6\u6587\u66F8)."
          },
          basis: quotedLevel("\u884C\u653F\u4E8B\u52D9\u3067\u53D6\u308A\u6271\u3046\u60C5\u5831\u8CC7\u7523\u306E\u3046\u3061\u3001\u79D8\u5BC6\u6587\u66F8\u306B\u76F8\u5F53\u3059\u308B\u6A5F\u5BC6\u6027\u3092\u8981\u3059\u308B\u60C5\u5831\u8CC7\u7523")
        }
      ]
    },
    integrity: {
      name: { ja: "\u5B8C\u5168\u6027", en: "Integrity" },
      term: "3(11)",
      levels: [
        {
          level: 1,
          label: { ja: "\u5B8C\u5168\u60271", en: "Integrity 1" },
          definition: {
            ja: "\u5B8C\u5168\u60272\u306E\u60C5\u5831\u8CC7\u7523\u4EE5\u5916\u306E\u60C5\u5831\u8CC7\u7523",
            en: "Information assets other than those of integrity 2."
          },
          basis: quotedLevel("\u5B8C\u5168\u60272\u306E\u60C5\u5831\u8CC7\u7523\u4EE5\u5916\u306E\u60C5\u5831\u8CC7\u7523")
        },
        {
          level: 2,
          label: { ja: "\u5B8C\u5168\u60272", en: "Integrity 2" },
          definition: {
            ja: "\u884C\u653F\u4E8B\u52D9\u3067\u53D6\u308A\u6271\u3046\u60C5\u5831\u8CC7\u7523\u306E\u3046\u3061\u3001\u6539\u3056\u3093\u3001\u8AA4\u3073\u3085\u3046\u53C8\u306F\u7834\u640D\u306B\u3088\u308A\u3001\u4F4F\u6C11\u306E\u6A29\u5229\u304C\u4FB5\u5BB3\u3055\u308C\u308B\u53C8\u306F\u884C\u653F\u4E8B\u52D9\u306E\u9069\u78BA\u306A\u9042\u884C\u306B\u652F\u969C\uFF08\u8EFD\u5FAE\u306A\u3082\u306E\u3092\u9664\u304F\u3002\uFF09\u3092\u53CA\u307C\u3059\u304A\u305D\u308C\u304C\u3042\u308B\u60C5\u5831\u8CC7\u7523",
            en: "Information assets handled in administrative work whose alteration, error or damage could infringe residents' rights or hinder (other than trivially) the proper performance of administrative work."
          },
          basis: quotedLevel("\u884C\u653F\u4E8B\u52D9\u3067\u53D6\u308A\u6271\u3046\u60C5\u5831\u8CC7\u7523\u306E\u3046\u3061\u3001\u6539\u3056\u3093\u3001\u8AA4\u3073\u3085\u3046\u53C8\u306F\u7834\u640D\u306B\u3088\u308A\u3001\u4F4F\u6C11\u306E\u6A29\u5229\u304C\u4FB5\u5BB3\u3055\u308C\u308B\u53C8\u306F\u884C\u653F\u4E8B\u52D9\u306E\u9069\u78BA\u306A\u9042\u884C\u306B\u652F\u969C(\u8EFD\u5FAE\u306A\u3082\u306E\u3092\u9664\u304F\u3002)\u3092\u53CA\u307C\u3059\u304A\u305D\u308C\u304C\u3042\u308B\u60C5\u5831\u8CC7\u7523")
        }
      ]
    },
    availability: {
      name: { ja: "\u53EF\u7528\u6027", en: "Availability" },
      term: "3(12)",
      levels: [
        {
          level: 1,
          label: { ja: "\u53EF\u7528\u60271", en: "Availability 1" },
          definition: {
            ja: "\u53EF\u7528\u60272\u306E\u60C5\u5831\u8CC7\u7523\u4EE5\u5916\u306E\u60C5\u5831\u8CC7\u7523",
            en: "Information assets other than those of availability 2."
          },
          basis: {
            document: GUIDELINE_DOCUMENT,
            edition: "\u4EE4\u548C5\u5E743\u6708\u7248",
            section: "\u7B2C2\u7DE8 2.\uFF081\uFF09\u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E \u2014 verify against the guideline PDF",
            confidence: "paraphrased",
            sources: [BASIS_SOURCES.S1],
            note: {
              ja: "S1 \u306E\u629C\u7C8B\u306F\u300C\u53EF\u7528\u60272\u306E\u60C5\u5831\u8CC7\u7523\u4EE5\u5916\u306E\u60C5\u5831\u2026\u300D\u3067\u5207\u308C\u3066\u304A\u308A\u3001\u672B\u5C3E\u306E\u300C\u8CC7\u7523\u300D\u306F\u4ED6\u306E\u884C\u304B\u3089\u306E\u63A8\u5B9A\u3002",
              en: "S1's excerpt is cut after \u300C\u53EF\u7528\u60272\u306E\u60C5\u5831\u8CC7\u7523\u4EE5\u5916\u306E\u60C5\u5831\u2026\u300D; the final \u300C\u8CC7\u7523\u300D is inferred from the parallel rows."
            }
          }
        },
        {
          level: 2,
          label: { ja: "\u53EF\u7528\u60272", en: "Availability 2" },
          definition: {
            ja: "\u884C\u653F\u4E8B\u52D9\u3067\u53D6\u308A\u6271\u3046\u60C5\u5831\u8CC7\u7523\u306E\u3046\u3061\u3001\u6EC5\u5931\u3001\u7D1B\u5931\u53C8\u306F\u5F53\u8A72\u60C5\u5831\u8CC7\u7523\u304C\u5229\u7528\u4E0D\u53EF\u80FD\u3067\u3042\u308B\u3053\u3068\u306B\u3088\u308A\u3001\u4F4F\u6C11\u306E\u6A29\u5229\u304C\u4FB5\u5BB3\u3055\u308C\u308B\u53C8\u306F\u884C\u653F\u4E8B\u52D9\u306E\u5B89\u5B9A\u7684\u306A\u9042\u884C\u306B\u652F\u969C\uFF08\u8EFD\u5FAE\u306A\u3082\u306E\u3092\u9664\u304F\u3002\uFF09\u3092\u53CA\u307C\u3059\u304A\u305D\u308C\u304C\u3042\u308B\u60C5\u5831\u8CC7\u7523",
            en: "Information assets handled in administrative work whose destruction or loss, or whose being unavailable, could infringe residents' rights or hinder (other than trivially) the stable performance of administrative work."
          },
          basis: quotedLevel("\u884C\u653F\u4E8B\u52D9\u3067\u53D6\u308A\u6271\u3046\u60C5\u5831\u8CC7\u7523\u306E\u3046\u3061\u3001\u6EC5\u5931\u3001\u7D1B\u5931\u53C8\u306F\u5F53\u8A72\u60C5\u5831\u8CC7\u7523\u304C\u5229\u7528\u4E0D\u53EF\u80FD\u3067\u3042\u308B\u3053\u3068\u306B\u3088\u308A\u3001\u4F4F\u6C11\u306E\u6A29\u5229\u304C\u4FB5\u5BB3\u3055\u308C\u308B\u53C8\u306F\u884C\u653F\u4E8B\u52D9\u306E\u5B89\u5B9A\u7684\u306A\u9042\u884C\u306B\u652F\u969C(\u8EFD\u5FAE\u306A\u3082\u306E\u3092\u9664\u304F\u3002)\u3092\u53CA\u307C\u3059\u304A\u305D\u308C\u304C\u3042\u308B\u60C5\u5831\u8CC7\u7523")
        }
      ]
    }
  }
};
deepFreeze(scheme);
var guidelineClassificationScheme = scheme;

// ../../tmp/infosec-baseline-UtWtyv/src/classification/handling-requirements.ts
function guidelineDefault(ja2, en) {
  return {
    ja: `${ja2}\uFF08\u7DCF\u52D9\u7701\u300C\u5730\u65B9\u516C\u5171\u56E3\u4F53\u306B\u304A\u3051\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306B\u95A2\u3059\u308B\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u300D\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3002\u57FA\u672C\u65B9\u91DD\u81EA\u4F53\u306E\u898F\u5B9A\u3067\u306F\u306A\u3044\u3002\uFF09`,
    en: `${en} (A default from the national guideline, \u7DCF\u52D9\u7701\u300C\u5730\u65B9\u516C\u5171\u56E3\u4F53\u306B\u304A\u3051\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306B\u95A2\u3059\u308B\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u300D, not a provision of the basic policy itself.)`
  };
}
var handlingRequirements = deepFreeze([
  {
    id: "encrypt-in-transit",
    dimension: "confidentiality",
    minimumLevel: 2,
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "\u9001\u4FE1\u30FB\u904B\u642C\u30FB\u63D0\u4F9B\u6642\u306E\u6697\u53F7\u5316\u7B49",
      en: "Encryption or equivalent protection when sending, carrying or providing"
    },
    description: guidelineDefault(
      "\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u8CC7\u7523\u3092\u9001\u4FE1\u3057\u3001\u904B\u642C\u3057\u3001\u53C8\u306F\u63D0\u4F9B\u3059\u308B\u3068\u304D\u306F\u3001\u6697\u53F7\u5316\u3001\u30D1\u30B9\u30EF\u30FC\u30C9\u306E\u8A2D\u5B9A\u3001\u9375\u4ED8\u304D\u30B1\u30FC\u30B9\u3078\u306E\u683C\u7D0D\u7B49\u306B\u3088\u308A\u4FDD\u8B77\u3059\u308B\u3002",
      "When sending, carrying or providing information assets of confidentiality 2 or above, protect them by encryption, a password, a locked case or an equivalent measure."
    ),
    parameters: {}
  },
  {
    id: "approval-before-carry-out",
    dimension: "confidentiality",
    minimumLevel: 2,
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "\u5916\u90E8\u3078\u306E\u6301\u51FA\u3057\u30FB\u63D0\u4F9B\u306E\u4E8B\u524D\u627F\u8A8D",
      en: "Approval before carrying out or providing outside"
    },
    description: guidelineDefault(
      "\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u8CC7\u7523\u3092\u5916\u90E8\u306B\u6301\u3061\u51FA\u3057\u3001\u53C8\u306F\u5916\u90E8\u306B\u63D0\u4F9B\u3059\u308B\u3068\u304D\u306F\u3001\u3042\u3089\u304B\u3058\u3081\u8A31\u53EF\u3092\u5F97\u308B\u3002",
      "Obtain approval before taking information assets of confidentiality 2 or above outside, or providing them to anyone outside."
    ),
    parameters: {}
  },
  {
    id: "no-unnecessary-copies",
    dimension: "confidentiality",
    minimumLevel: 2,
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "\u5FC5\u8981\u4EE5\u4E0A\u306E\u8907\u88FD\u53CA\u3073\u914D\u4ED8\u306E\u7981\u6B62",
      en: "No unnecessary copies or distribution"
    },
    description: guidelineDefault(
      "\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u8CC7\u7523\u306F\u3001\u696D\u52D9\u4E0A\u5FC5\u8981\u306A\u7BC4\u56F2\u3092\u8D85\u3048\u3066\u8907\u88FD\u3057\u3001\u53C8\u306F\u914D\u4ED8\u3057\u306A\u3044\u3002",
      "Do not copy or distribute information assets of confidentiality 2 or above beyond what the work requires."
    ),
    parameters: {}
  },
  {
    id: "locked-media-storage",
    dimension: "confidentiality",
    minimumLevel: 2,
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53\u306E\u65BD\u9320\u4FDD\u7BA1",
      en: "Locked storage of storage media"
    },
    description: guidelineDefault(
      "\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u8CC7\u7523\u3092\u8A18\u9332\u3057\u305F\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53\u306F\u3001\u65BD\u9320\u53EF\u80FD\u306A\u5834\u6240\u306B\u4FDD\u7BA1\u3059\u308B\u3002",
      "Keep storage media holding information assets of confidentiality 2 or above in a place that can be locked."
    ),
    parameters: {}
  },
  {
    id: "unrecoverable-disposal",
    dimension: "confidentiality",
    minimumLevel: 2,
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "\u5FA9\u5143\u4E0D\u53EF\u80FD\u306A\u51E6\u7406\u3092\u65BD\u3057\u3066\u306E\u5EC3\u68C4",
      en: "Disposal that leaves nothing recoverable"
    },
    description: guidelineDefault(
      "\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u8CC7\u7523\u3092\u8A18\u9332\u3057\u305F\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53\u53C8\u306F\u6587\u66F8\u3092\u5EC3\u68C4\u3059\u308B\u3068\u304D\u306F\u3001\u60C5\u5831\u3092\u5FA9\u5143\u3067\u304D\u306A\u3044\u3088\u3046\u306B\u51E6\u7406\u3057\u3066\u304B\u3089\u5EC3\u68C4\u3059\u308B\u3002",
      "When disposing of storage media or documents holding information assets of confidentiality 2 or above, first make the information unrecoverable."
    ),
    parameters: {}
  },
  {
    id: "issued-terminals-only",
    dimension: "confidentiality",
    minimumLevel: 3,
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "\u652F\u7D66\u4EE5\u5916\u306E\u7AEF\u672B\u3067\u306E\u4F5C\u696D\u306E\u539F\u5247\u7981\u6B62",
      en: "No work on terminals the organisation did not issue"
    },
    description: guidelineDefault(
      "\u6A5F\u5BC6\u60273\u306E\u60C5\u5831\u8CC7\u7523\u306F\u3001\u539F\u5247\u3068\u3057\u3066\u3001\u5E83\u57DF\u9023\u5408\u304C\u652F\u7D66\u3057\u305F\u7AEF\u672B\u4EE5\u5916\u306E\u7AEF\u672B\u3067\u53D6\u308A\u6271\u308F\u306A\u3044\u3002",
      "In principle, do not work on information assets of confidentiality 3 on any terminal that the organisation did not issue."
    ),
    parameters: {}
  },
  {
    id: "integrity-backup",
    dimension: "integrity",
    minimumLevel: 2,
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\uFF08\u5B8C\u5168\u6027\uFF09",
      en: "Backup (integrity)"
    },
    description: guidelineDefault(
      "\u5B8C\u5168\u60272\u306E\u60C5\u5831\u8CC7\u7523\u306F\u3001\u6539\u3056\u3093\u3001\u8AA4\u3073\u3085\u3046\u53C8\u306F\u7834\u640D\u304B\u3089\u56DE\u5FA9\u3067\u304D\u308B\u3088\u3046\u3001\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u3092\u53D6\u5F97\u3059\u308B\u3002",
      "Back up information assets of integrity 2 so that they can be restored after alteration, error or damage."
    ),
    parameters: {}
  },
  {
    id: "tamper-protection",
    dimension: "integrity",
    minimumLevel: 2,
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "\u6539\u3056\u3093\u9632\u6B62\u63AA\u7F6E",
      en: "Protection against tampering"
    },
    description: guidelineDefault(
      "\u5B8C\u5168\u60272\u306E\u60C5\u5831\u8CC7\u7523\u306B\u306F\u3001\u96FB\u5B50\u7F72\u540D\u306E\u4ED8\u4E0E\u7B49\u306B\u3088\u308A\u3001\u6539\u3056\u3093\u3092\u9632\u6B62\u3057\u3001\u53C8\u306F\u691C\u77E5\u3059\u308B\u63AA\u7F6E\u3092\u8B1B\u3058\u308B\u3002",
      "Protect information assets of integrity 2 against tampering, e.g. with an electronic signature, so that any alteration is prevented or detected."
    ),
    parameters: {}
  },
  {
    id: "availability-backup",
    dimension: "availability",
    minimumLevel: 2,
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\uFF08\u53EF\u7528\u6027\uFF09",
      en: "Backup (availability)"
    },
    description: guidelineDefault(
      "\u53EF\u7528\u60272\u306E\u60C5\u5831\u8CC7\u7523\u306F\u3001\u6EC5\u5931\u3001\u7D1B\u5931\u53C8\u306F\u5229\u7528\u4E0D\u53EF\u80FD\u3068\u306A\u308B\u5834\u5408\u306B\u5099\u3048\u3001\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u3092\u53D6\u5F97\u3059\u308B\u3002",
      "Back up information assets of availability 2 against destruction, loss or unavailability."
    ),
    parameters: {}
  },
  {
    id: "recovery-time",
    dimension: "availability",
    minimumLevel: 2,
    provenance: "guideline",
    clause: "7(2)",
    title: {
      ja: "\u6307\u5B9A\u6642\u9593\u4EE5\u5185\u306E\u5FA9\u65E7",
      en: "Recovery within a set time"
    },
    description: guidelineDefault(
      "\u53EF\u7528\u60272\u306E\u60C5\u5831\u8CC7\u7523\u306F\u3001\u5229\u7528\u3067\u304D\u306A\u304F\u306A\u3063\u305F\u3068\u304D\u306B\u3001\u6307\u5B9A\u3059\u308B\u6642\u9593\uFF08recoveryTimeHours\uFF09\u4EE5\u5185\u306B\u5FA9\u65E7\u3067\u304D\u308B\u3088\u3046\u306B\u3059\u308B\u3002\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306F\u6642\u9593\u306E\u9577\u3055\u3092\u5B9A\u3081\u3066\u304A\u3089\u305A\u3001\u65E2\u5B9A\u306E24\u6642\u9593\u306F\u5BFE\u7B56\u57FA\u6E96\u3067\u5B9A\u3081\u308B\u307E\u3067\u306E\u4EEE\u306E\u5024\u3067\u3042\u308B\u3002",
      "Make sure information assets of availability 2 can be recovered within a set time (recoveryTimeHours) after becoming unavailable. The guideline does not fix the length; the default of 24 hours is a placeholder until the organisation's standards set it."
    ),
    parameters: {
      recoveryTimeHours: {
        default: 24,
        stricter: "lower",
        unit: "hours",
        description: {
          ja: "\u5229\u7528\u3067\u304D\u306A\u304F\u306A\u3063\u3066\u304B\u3089\u5FA9\u65E7\u3059\u308B\u307E\u3067\u306E\u76EE\u6A19\u6642\u9593\uFF08\u6642\u9593\uFF09",
          en: "Target time from becoming unavailable to recovery, in hours"
        },
        min: 1,
        max: 8760,
        integer: !0
      }
    }
  }
]);

// ../../tmp/infosec-baseline-UtWtyv/src/controls/control.ts
function defineControl(definition) {
  let checkedKinds = Object.keys(definition.checks).sort().join(","), factKinds = Object.keys(definition.facts).sort().join(",");
  if (checkedKinds !== factKinds)
    throw new Error(`control ${definition.id}: facts are declared for [${factKinds}] but checks for [${checkedKinds}]`);
  let control = {
    ...definition,
    gate: definition.gate ?? !1,
    parameters: definition.parameters,
    verdicts: Object.values(definition.verdicts),
    checks: definition.checks
  };
  return deepFreeze(control);
}
function controlKinds(control) {
  return Object.keys(control.checks);
}

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/bases.ts
var document = GUIDELINE_DOCUMENT, VERIFY = "verify against the guideline PDF", CONTROL_BASES = {
  "confidential-carry-out-approval": {
    document,
    edition: "\u4EE4\u548C5\u5E743\u6708\u7248",
    section: `\u5BFE\u7B56\u57FA\u6E96 2 \u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E\u3068\u7BA1\u7406\uFF08\u60C5\u5831\u8CC7\u7523\u306E\u63D0\u4F9B\u30FB\u6301\u51FA\u3057\uFF09 \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.LEAD],
    note: {
      ja: "\u5916\u90E8\u63D0\u4F9B\u304C\u627F\u8A8D\u306B\u57FA\u3065\u304F\u3053\u3068\u306F\u8AB2\u984C\u7BA1\u7406\u4E0A\u306E\u6307\u6458\u306B\u3088\u308B\uFF08\u672A\u691C\u8A3C\uFF09\u3002\u627F\u8A8D\u8005\uFF08\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u7BA1\u7406\u8005\uFF09\u306F\u7814\u7A76\u8005\u306E\u8A18\u61B6\u3067\u3042\u308A\u3001\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u672C\u6587\u3067\u78BA\u8A8D\u3057\u3066\u3044\u306A\u3044\u3002",
      en: "That external provision is approval-based comes from the issue-tracker lead (unverified). The approver (\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u7BA1\u7406\u8005) is the researcher's recollection, not checked against the guideline text."
    }
  },
  "confidential-carry-out-approval.appliesFromConfidentiality": {
    document,
    edition: "\u4EE4\u548C5\u5E743\u6708\u7248",
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.LEAD],
    note: { ja: "\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u3068\u3044\u3046\u95BE\u5024\u306F\u8AB2\u984C\u7BA1\u7406\u4E0A\u306E\u6307\u6458\u306B\u3088\u308B\uFF08\u672A\u691C\u8A3C\uFF09\u3002", en: "The threshold \u6A5F\u5BC6\u60272\u4EE5\u4E0A comes from the issue-tracker lead (unverified)." }
  },
  "confidential-encryption": {
    document,
    edition: "unknown",
    section: `\u7B2C2\u7DE8 2.\uFF081\uFF09\u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E\u306E\u8868\uFF08\u53D6\u6271\u5236\u9650\uFF09 \u2014 ${VERIFY}`,
    confidence: "inferred",
    sources: [BASIS_SOURCES.S1],
    note: {
      ja: "S1 \u306E\u5206\u985E\u8868\u306E\u53D6\u6271\u5236\u9650\u6B04\u306F\u8AAD\u307F\u53D6\u308C\u305A\u3001\u6697\u53F7\u5316\u306E\u6587\u8A00\u306F\u78BA\u8A8D\u3067\u304D\u3066\u3044\u306A\u3044\u3002\u9818\u57DF\u3092\u307E\u305F\u3050\u79FB\u52D5\u3092\u3059\u3079\u3066\u6697\u53F7\u5316\u306E\u5BFE\u8C61\u3068\u3059\u308B\u898F\u5247\u306F\u672C\u30E9\u30A4\u30D6\u30E9\u30EA\u306E\u63A8\u5B9A\u3067\u3042\u308A\u3001\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u9818\u57DF\u306B\u95A2\u3059\u308B\u898F\u5B9A\u306F\u5206\u96E2\u3068\u7121\u5BB3\u5316\u3067\u3042\u308B\u3002",
      en: "The \u53D6\u6271\u5236\u9650 cells of S1's table were not readable, so the encryption wording is unconfirmed. Treating every cross-zone transfer as needing encryption is the library's inference; the guideline's zone rules are about separation and \u7121\u5BB3\u5316."
    }
  },
  "confidential-encryption.appliesFromConfidentiality": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [BASIS_SOURCES.S1],
    note: { ja: "\u95BE\u5024\uFF08\u6A5F\u5BC6\u60272\u4EE5\u4E0A\uFF09\u306F\u5206\u985E\u8868\u306E\u69CB\u9020\u304B\u3089\u306E\u63A8\u5B9A\u3002", en: "The threshold (\u6A5F\u5BC6\u60272\u4EE5\u4E0A) is inferred from the structure of the classification table." }
  },
  "backup-of-important-assets": {
    document,
    edition: "unknown",
    section: `\u7B2C2\u7DE8 2.\uFF081\uFF09\u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E\u306E\u8868\uFF08\u53D6\u6271\u5236\u9650\uFF09 \u2014 ${VERIFY}`,
    confidence: "inferred",
    sources: [BASIS_SOURCES.S1],
    note: {
      ja: "\u5B8C\u5168\u60272\u30FB\u53EF\u7528\u60272\u306E\u53D6\u6271\u5236\u9650\u6B04\u306F\u8AAD\u307F\u53D6\u308C\u3066\u3044\u306A\u3044\u3002\u7AEF\u672B\u3092\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u306E\u5BFE\u8C61\u5916\u3068\u3059\u308B\u306E\u306F\u672C\u30E9\u30A4\u30D6\u30E9\u30EA\u306E\u9078\u629E\u3002",
      en: "The \u53D6\u6271\u5236\u9650 cells for \u5B8C\u5168\u60272 and \u53EF\u7528\u60272 were not readable. Exempting terminals from backup is the library's own choice."
    }
  },
  "locked-storage-of-media": {
    document,
    edition: "\u4EE4\u548C5\u5E743\u6708\u7248",
    section: `\u7B2C2\u7DE8 2.\uFF081\uFF09\u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E\u306E\u8868\uFF08\u53D6\u6271\u5236\u9650\uFF09\u30012.\uFF082\uFF09\u60C5\u5831\u8CC7\u7523\u306E\u7BA1\u7406\uFF08\u4FDD\u7BA1\uFF09 \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.LEAD],
    note: {
      ja: "\u65BD\u9320\u4FDD\u7BA1\u304C\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u3001\u5B8C\u5168\u60272\u53CA\u3073\u53EF\u7528\u60272\u306E\u5A92\u4F53\u306B\u53CA\u3076\u3053\u3068\u306F\u8AB2\u984C\u7BA1\u7406\u4E0A\u306E\u6307\u6458\u306B\u3088\u308B\uFF08\u672A\u691C\u8A3C\uFF09\u3002",
      en: "That locked storage covers media of \u6A5F\u5BC6\u60272\u4EE5\u4E0A, \u5B8C\u5168\u60272 and \u53EF\u7528\u60272 alike comes from the issue-tracker lead (unverified)."
    }
  },
  "locked-storage-of-media.appliesFromConfidentiality": {
    document,
    edition: "\u4EE4\u548C5\u5E743\u6708\u7248",
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.LEAD]
  },
  "confidential-information-handling": {
    document,
    edition: "unknown",
    section: `\u7B2C2\u7DE8 2.\uFF081\uFF09\u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E\u306E\u8868\uFF08\u53D6\u6271\u5236\u9650\uFF09 \u2014 ${VERIFY}`,
    confidence: "inferred",
    sources: [BASIS_SOURCES.S1],
    note: {
      ja: "\u5206\u985E\u8868\u306B\u53D6\u6271\u5236\u9650\u306E\u6B04\u304C\u3042\u308B\u3053\u3068\uFF08S1\uFF09\u304B\u3089\u306E\u63A8\u5B9A\u3002\u3044\u305A\u308C\u304B\u4E00\u3064\u306E\u63AA\u7F6E\u3067\u8DB3\u308A\u308B\u3068\u3059\u308B\u306E\u306F\u672C\u30E9\u30A4\u30D6\u30E9\u30EA\u306E\u5224\u65AD\u3002",
      en: "Inferred from the classification table having a \u53D6\u6271\u5236\u9650 column (S1). That any one of the measures suffices is the library's judgement."
    }
  },
  "confidential-information-handling.appliesFromConfidentiality": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [BASIS_SOURCES.S1]
  },
  "training-interval": {
    document,
    edition: "\u4EE4\u548C5\u5E743\u6708\u7248",
    section: `\u5BFE\u7B56\u57FA\u6E96 5.2 \u7814\u4FEE\u30FB\u8A13\u7DF4 \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.LEAD, BASIS_SOURCES.S4, BASIS_SOURCES.S6],
    note: {
      ja: "\u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D\u306F\u8AB2\u984C\u7BA1\u7406\u4E0A\u306E\u6307\u6458\u306B\u3088\u308B\uFF08\u672A\u691C\u8A3C\uFF09\u3002\u7814\u4FEE\u30FB\u8A13\u7DF4\u306E\u7BC0\u304C\u3042\u308B\u3053\u3068\u306F S4\u30FBS6 \u306E\u76EE\u6B21\u306B\u3088\u308B\u300212\u304B\u6708\u3054\u3068\u306E\u6839\u62E0\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u306A\u3044\u3002",
      en: "\u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D comes from the issue-tracker lead (unverified); that a \u7814\u4FEE\u30FB\u8A13\u7DF4 section exists, from the tables of contents of S4 and S6. Nothing supports a rolling 12 months."
    }
  },
  "continuity-plan": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [],
    note: {
      ja: "\u57FA\u672C\u65B9\u91DD4(3)\uFF5E(5)\u306E\u8105\u5A01\u304B\u3089\u306E\u63A8\u5B9A\u3002\u696D\u52D9\u7D99\u7D9A\u8A08\u753B\u306F\u7DCF\u52D9\u7701\u306E\u5225\u306E\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\uFF08ICT\u90E8\u9580\u306E\u696D\u52D9\u7D99\u7D9A\u8A08\u753B\uFF09\u306B\u3088\u308B\u3082\u306E\u304B\u3082\u3057\u308C\u306A\u3044\uFF08\u672A\u691C\u8A3C\uFF09\u3002",
      en: "Inferred from the threats of 4(3)\u2013(5) of the basic policy. The continuity plan may come from another \u7DCF\u52D9\u7701 guideline (ICT-BCP), unverified."
    }
  },
  "server-room-entry-control": {
    document,
    edition: "\u4EE4\u548C6\u5E7410\u6708\u7248",
    section: `\u7B2C2\u7DE8 4.2 \u7BA1\u7406\u533A\u57DF\uFF08\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u5BA4\u7B49\uFF09\u306E\u7BA1\u7406 \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.S4, BASIS_SOURCES.S5, BASIS_SOURCES.S6],
    note: { ja: "\u7BC0\u304C\u3042\u308B\u3053\u3068\u306F\u76EE\u6B21\u306B\u3088\u308B\u3002\u6761\u6587\u306F\u8AAD\u3081\u3066\u3044\u306A\u3044\u3002", en: "The section exists (tables of contents); its wording was not read." }
  },
  "terminal-anti-theft": {
    document,
    edition: "\u4EE4\u548C6\u5E7410\u6708\u7248",
    section: `\u7B2C2\u7DE8 4.4 \u8077\u54E1\u7B49\u306E\u5229\u7528\u3059\u308B\u7AEF\u672B\u3084\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53\u7B49\u306E\u7BA1\u7406 \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.S4, BASIS_SOURCES.S6],
    note: { ja: "\u7BC0\u304C\u3042\u308B\u3053\u3068\u306F\u76EE\u6B21\u306B\u3088\u308B\u3002\u6761\u6587\u306F\u8AAD\u3081\u3066\u3044\u306A\u3044\u3002", en: "The section exists (tables of contents); its wording was not read." }
  },
  "server-power-backup": {
    document,
    edition: "\u4EE4\u548C6\u5E7410\u6708\u7248",
    section: `\u7B2C2\u7DE8 4.1 \u30B5\u30FC\u30D0\u7B49\u306E\u7BA1\u7406 \u2014 ${VERIFY}`,
    confidence: "inferred",
    sources: [BASIS_SOURCES.S4, BASIS_SOURCES.S6],
    note: {
      ja: "\u30B5\u30FC\u30D0\u7B49\u306E\u7BA1\u7406\u306E\u7BC0\u304C\u3042\u308B\u3053\u3068\u306F\u76EE\u6B21\u306B\u3088\u308B\uFF08S4\u30FBS6\uFF09\u3002\u53EF\u7528\u60272\u306E\u30B5\u30FC\u30D0\u306B\u9650\u308B\u95BE\u5024\u306B\u306F\u6839\u62E0\u304C\u306A\u304F\u3001\u672C\u30E9\u30A4\u30D6\u30E9\u30EA\u306E\u63A8\u5B9A\u3067\u3042\u308B\u3002\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306F\u5168\u3066\u306E\u30B5\u30FC\u30D0\u7B49\u306B\u4E88\u5099\u96FB\u6E90\u3092\u6C42\u3081\u3066\u3044\u308B\u53EF\u80FD\u6027\u304C\u3042\u308B\uFF08\u672A\u691C\u8A3C\uFF09\u3002",
      en: "That a \u30B5\u30FC\u30D0\u7B49\u306E\u7BA1\u7406 section exists comes from the tables of contents (S4, S6). Limiting the rule to servers of \u53EF\u7528\u60272 has no support and is the library's inference; the guideline may ask backup power for every server (unverified)."
    }
  },
  "facility-entry-control": {
    document,
    edition: "\u4EE4\u548C6\u5E7410\u6708\u7248",
    section: `\u7B2C2\u7DE8 4.2 \u7BA1\u7406\u533A\u57DF\uFF08\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u5BA4\u7B49\uFF09\u306E\u7BA1\u7406 \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.S4, BASIS_SOURCES.S5, BASIS_SOURCES.S6]
  },
  "facility-power-backup": {
    document,
    edition: "\u4EE4\u548C6\u5E7410\u6708\u7248",
    section: `\u7B2C2\u7DE8 4.1 \u30B5\u30FC\u30D0\u7B49\u306E\u7BA1\u7406 \u2014 ${VERIFY}`,
    confidence: "inferred",
    sources: [BASIS_SOURCES.S4, BASIS_SOURCES.S6]
  },
  "facility-environment": {
    document,
    edition: "unknown",
    section: `\u7B2C2\u7DE8 4 \u7269\u7406\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3 \u2014 ${VERIFY}`,
    confidence: "inferred",
    sources: [BASIS_SOURCES.S4],
    note: { ja: "\u57FA\u672C\u65B9\u91DD4(3)\u306E\u707D\u5BB3\u306E\u8105\u5A01\u3068\u7269\u7406\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306E\u7AE0\u304B\u3089\u306E\u63A8\u5B9A\u3002", en: "Inferred from the disasters of 4(3) and the physical-security chapter." }
  },
  "internet-sanitization": {
    document,
    edition: "unknown",
    section: `\u7B2C2\u7DE8 3 \u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u5168\u4F53\u306E\u5F37\u976D\u6027\u306E\u5411\u4E0A \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.S21, BASIS_SOURCES.S9, BASIS_SOURCES.S10, BASIS_SOURCES.S28, BASIS_SOURCES.S11],
    note: {
      ja: "\u51FA\u5178\u306F\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u304B\u3089LGWAN\u63A5\u7D9A\u7CFB\u3078\u306E\u53D6\u8FBC\u307F\u306B\u3064\u3044\u3066\u8FF0\u3079\u308B\u3002\u753B\u9762\u8EE2\u9001\u3092\u30D5\u30A1\u30A4\u30EB\u3092\u79FB\u3055\u306A\u3044\u7D4C\u8DEF\u3068\u3059\u308B\u306E\u306F2020\u5E74\u306ELGWAN\u30C6\u30EC\u30EF\u30FC\u30AF\u8981\u4EF6\uFF08S11\uFF09\u306B\u3088\u308B\u3002",
      en: "The sources speak of bringing files from the Internet zone into the LGWAN zone. Screen transfer as a route that moves no file comes from the 2020 LGWAN telework requirements (S11), not from the guideline's table."
    }
  },
  "mynumber-internet-separation": {
    document,
    edition: "unknown",
    section: `\u7B2C2\u7DE8 3 \u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u5168\u4F53\u306E\u5F37\u976D\u6027\u306E\u5411\u4E0A \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.S9, BASIS_SOURCES.S21],
    note: {
      ja: "\u5FB3\u5CF6\u770C\u306E\u904B\u7528\uFF08S8\uFF09\u3001\u30D9\u30F3\u30C0\u30FC\u306E\u8981\u7D04\uFF08S9\u3001S23\uFF09\u306B\u3088\u308B\u3002\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u6587\u8A00\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u306A\u3044\u3002",
      en: "From a prefecture's description of its implementation (S8) and vendor summaries (S9, S23); the guideline's wording was not found."
    }
  },
  "approved-software-only": {
    document,
    edition: "unknown",
    section: `\u5BFE\u7B56\u57FA\u6E96 6.1 \u30B3\u30F3\u30D4\u30E5\u30FC\u30BF\u53CA\u3073\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u306E\u7BA1\u7406 \u2014 ${VERIFY}`,
    confidence: "inferred",
    sources: [],
    note: { ja: "\u57FA\u672C\u65B9\u91DD4(2)\u306E\u300C\u7121\u8A31\u53EF\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u4F7F\u7528\u300D\u304B\u3089\u306E\u63A8\u5B9A\u3002", en: "Inferred from \u300C\u7121\u8A31\u53EF\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u4F7F\u7528\u300D in 4(2) of the basic policy." }
  },
  "outsider-confidential-access": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [BASIS_SOURCES.S1],
    note: {
      ja: "\u6839\u62E0\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u306A\u3044\u3002\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u5916\u90E8\u63D0\u4F9B\u306F\u627F\u8A8D\u306B\u57FA\u3065\u304F\u305F\u3081\u3001\u7981\u6B62\u3067\u306F\u306A\u304F\u627F\u8A8D\u306E\u78BA\u8A8D\uFF08\u8981\u78BA\u8A8D\uFF09\u3068\u3059\u308B\u3002",
      en: "No support was found. The guideline's rule on providing information outside is approval-based, so this asks a person to confirm the approval (manual) rather than banning access."
    }
  },
  "sign-in-authentication": {
    document,
    edition: "unknown",
    section: `\u5BFE\u7B56\u57FA\u6E96 6.2 \u30A2\u30AF\u30BB\u30B9\u5236\u5FA1 \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.S11],
    note: {
      ja: "\u30ED\u30B0\u30A4\u30F3\u6642\u306E\u5229\u7528\u8005\u8A8D\u8A3C\u306F2020\u5E74\u306ELGWAN\u30C6\u30EC\u30EF\u30FC\u30AF\u8981\u4EF6\uFF08S11\uFF09\u306B\u3088\u308B\u3002\u65E2\u5B9A\u50241\u306F\u305D\u306E\u5E30\u7D50\uFF08\u63A8\u5B9A\uFF09\u3002",
      en: "User authentication at sign-in comes from the 2020 LGWAN telework requirements (S11); the default of one factor follows from it (inferred)."
    }
  },
  "sign-in-authentication.minimumFactorKinds": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [BASIS_SOURCES.S11]
  },
  "vulnerability-management": {
    document,
    edition: "\u4EE4\u548C6\u5E7410\u6708\u7248",
    section: `\u5BFE\u7B56\u57FA\u6E96 6.6 \u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u60C5\u5831\u306E\u53CE\u96C6 \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.S4, BASIS_SOURCES.S6]
  },
  "secure-development": {
    document,
    edition: "\u4EE4\u548C6\u5E7410\u6708\u7248",
    section: `\u5BFE\u7B56\u57FA\u6E96 6.3 \u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u958B\u767A\u3001\u5C0E\u5165\u3001\u4FDD\u5B88\u7B49 \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.S4, BASIS_SOURCES.S6]
  },
  "mynumber-sign-in-person": {
    document,
    edition: "unknown",
    section: `\u5BFE\u7B56\u57FA\u6E96 6.2 \u30A2\u30AF\u30BB\u30B9\u5236\u5FA1 \u2014 ${VERIFY}`,
    confidence: "inferred",
    sources: [],
    note: { ja: "\u57FA\u672C\u65B9\u91DD3(10)\u30FB7(3)\u2460\u3068\u5229\u7528\u8005\u306E\u533A\u5206\u304B\u3089\u306E\u63A8\u5B9A\u3002", en: "Inferred from 3(10) and 7(3)\u2460 of the basic policy and the person categories." }
  },
  "audit-interval": {
    document,
    edition: "\u4EE4\u548C5\u5E743\u6708\u7248",
    section: `\u5BFE\u7B56\u57FA\u6E96 9.1 \u76E3\u67FB \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.LEAD, BASIS_SOURCES.S4, BASIS_SOURCES.S6],
    note: {
      ja: "\u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D\u306F\u8AB2\u984C\u7BA1\u7406\u4E0A\u306E\u6307\u6458\u306B\u3088\u308B\uFF08\u672A\u691C\u8A3C\uFF09\u300212\u304B\u6708\u3054\u3068\u306E\u6839\u62E0\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u306A\u3044\u3002",
      en: "\u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D comes from the issue-tracker lead (unverified). Nothing supports a rolling 12 months."
    }
  },
  "self-inspection-interval": {
    document,
    edition: "\u4EE4\u548C5\u5E743\u6708\u7248",
    section: `\u5BFE\u7B56\u57FA\u6E96 9.2 \u81EA\u5DF1\u70B9\u691C \u2014 ${VERIFY}`,
    confidence: "paraphrased",
    sources: [BASIS_SOURCES.LEAD, BASIS_SOURCES.S4, BASIS_SOURCES.S6],
    note: {
      ja: "\u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D\u306F\u8AB2\u984C\u7BA1\u7406\u4E0A\u306E\u6307\u6458\u306B\u3088\u308B\uFF08\u672A\u691C\u8A3C\uFF09\u300212\u304B\u6708\u3054\u3068\u306E\u6839\u62E0\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u306A\u3044\u3002",
      en: "\u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D comes from the issue-tracker lead (unverified). Nothing supports a rolling 12 months."
    }
  },
  "training-interval.trainingIntervalMonths": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [BASIS_SOURCES.LEAD],
    note: {
      ja: "12\u304B\u6708\u3068\u3044\u3046\u5024\u3092\u652F\u3048\u308B\u8CC7\u6599\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u306A\u3044\u3002\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u300C\u6BCE\u5E74\u5EA6\u300D\uFF08\u8AB2\u984C\u7BA1\u7406\u4E0A\u306E\u6307\u6458\u3001\u672A\u691C\u8A3C\uFF09\u3092\u5224\u5B9A\u57FA\u6E96\u65E5\u524D12\u304B\u6708\u3067\u8FD1\u4F3C\u3057\u305F\u672C\u30E9\u30A4\u30D6\u30E9\u30EA\u306E\u5024\u3067\u3042\u308B\u3002",
      en: "Nothing found supports the value 12 months. It is the library's approximation, as the 12 months before the as-of date, of the guideline's \u300C\u6BCE\u5E74\u5EA6\u300D (issue-tracker lead, unverified)."
    }
  },
  "audit-interval.auditIntervalMonths": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [BASIS_SOURCES.LEAD],
    note: {
      ja: "12\u304B\u6708\u3068\u3044\u3046\u5024\u3092\u652F\u3048\u308B\u8CC7\u6599\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u306A\u3044\u3002\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u300C\u6BCE\u5E74\u5EA6\u300D\uFF08\u8AB2\u984C\u7BA1\u7406\u4E0A\u306E\u6307\u6458\u3001\u672A\u691C\u8A3C\uFF09\u3092\u5224\u5B9A\u57FA\u6E96\u65E5\u524D12\u304B\u6708\u3067\u8FD1\u4F3C\u3057\u305F\u672C\u30E9\u30A4\u30D6\u30E9\u30EA\u306E\u5024\u3067\u3042\u308B\u3002",
      en: "Nothing found supports the value 12 months. It is the library's approximation, as the 12 months before the as-of date, of the guideline's \u300C\u6BCE\u5E74\u5EA6\u300D (issue-tracker lead, unverified)."
    }
  },
  "self-inspection-interval.selfInspectionIntervalMonths": {
    document,
    edition: "unknown",
    confidence: "inferred",
    sources: [BASIS_SOURCES.LEAD],
    note: {
      ja: "12\u304B\u6708\u3068\u3044\u3046\u5024\u3092\u652F\u3048\u308B\u8CC7\u6599\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u306A\u3044\u3002\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u300C\u6BCE\u5E74\u5EA6\u300D\uFF08\u8AB2\u984C\u7BA1\u7406\u4E0A\u306E\u6307\u6458\u3001\u672A\u691C\u8A3C\uFF09\u3092\u5224\u5B9A\u57FA\u6E96\u65E5\u524D12\u304B\u6708\u3067\u8FD1\u4F3C\u3057\u305F\u672C\u30E9\u30A4\u30D6\u30E9\u30EA\u306E\u5024\u3067\u3042\u308B\u3002",
      en: "Nothing found supports the value 12 months. It is the library's approximation, as the 12 months before the as-of date, of the guideline's \u300C\u6BCE\u5E74\u5EA6\u300D (issue-tracker lead, unverified)."
    }
  }
};

// ../../tmp/infosec-baseline-UtWtyv/src/internal/calendar.ts
function dayNumber(isoDate) {
  let year = Number(isoDate.slice(0, 4)), month = Number(isoDate.slice(5, 7)), day = Number(isoDate.slice(8, 10));
  return utcDay(year, month - 1, day);
}
function utcDay(year, monthIndex, day) {
  let date3 = /* @__PURE__ */ new Date(0);
  return date3.setUTCFullYear(year, monthIndex, day), date3.getTime() / 864e5;
}
function dayNumberAfterMonths(isoDate, months) {
  let year = Number(isoDate.slice(0, 4)), monthIndex = Number(isoDate.slice(5, 7)) - 1 + months, day = Number(isoDate.slice(8, 10)), endOfTarget = /* @__PURE__ */ new Date(0);
  return endOfTarget.setUTCFullYear(year, monthIndex + 1, 0), utcDay(year, monthIndex, Math.min(day, endOfTarget.getUTCDate()));
}

// ../../tmp/infosec-baseline-UtWtyv/src/controls/verdict.ts
function verdict(status, message) {
  return deepFreeze({ status, message });
}
function pass(message) {
  return verdict("pass", message);
}
function fail(message) {
  return verdict("fail", message);
}
function manual(message) {
  return verdict("manual", message);
}
function notApplicable(message) {
  return verdict("not-applicable", message);
}

// ../../tmp/infosec-baseline-UtWtyv/src/controls/judge.ts
function judgeFlag(value2, verdicts) {
  return value2 === !0 ? verdicts.yes : value2 === !1 ? verdicts.no : verdicts.unknown;
}
function judgeSafeguard(safeguards2, safeguard, verdicts) {
  return Array.isArray(safeguards2) ? safeguards2.includes(safeguard) ? verdicts.yes : verdicts.no : verdicts.unknown;
}
function countFactorKinds(factors2) {
  if (!Array.isArray(factors2)) return 0;
  let count = 0;
  for (let i = 0; i < factors2.length; i++) {
    let factor = factors2[i];
    (factor === "knowledge" || factor === "possession" || factor === "inherence") && factors2.indexOf(factor) === i && count++;
  }
  return count;
}
function countDistinct(items) {
  let count = 0;
  for (let i = 0; i < items.length; i++)
    items.indexOf(items[i]) === i && count++;
  return count;
}
function judgeInterval(last, months, context, verdicts) {
  return last === null ? verdicts.never : last === void 0 ? verdicts.unknown : context.asOfDay === void 0 ? verdicts.noAsOf : dayNumber(last) > context.asOfDay ? verdicts.afterAsOf : dayNumberAfterMonths(last, months) >= context.asOfDay ? verdicts.within : verdicts.overdue;
}
function intervalVerdicts(what, parameter) {
  let months = (p) => p[parameter];
  return {
    within: pass((p) => ({
      ja: `${what.ja}\u304C\u5224\u5B9A\u57FA\u6E96\u65E5\u524D${months(p)}\u304B\u6708\u4EE5\u5185\u306B\u5B9F\u65BD\u3055\u308C\u3066\u3044\u308B\u3002`,
      en: `The ${what.en} took place within ${months(p)} months before the as-of date.`
    })),
    overdue: fail((p) => ({
      ja: `${what.ja}\u304C\u5224\u5B9A\u57FA\u6E96\u65E5\u524D${months(p)}\u304B\u6708\u4EE5\u5185\u306B\u5B9F\u65BD\u3055\u308C\u3066\u3044\u306A\u3044\u3002`,
      en: `The ${what.en} has not taken place within ${months(p)} months before the as-of date.`
    })),
    never: fail({ ja: `${what.ja}\u304C\u5B9F\u65BD\u3055\u308C\u305F\u3053\u3068\u304C\u306A\u3044\u3002`, en: `The ${what.en} has never taken place.` }),
    unknown: manual({ ja: `${what.ja}\u306E\u76F4\u8FD1\u306E\u5B9F\u65BD\u65E5\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002`, en: `The date of the last ${what.en} is not stated.` }),
    noAsOf: manual({
      ja: "\u5224\u5B9A\u57FA\u6E96\u65E5\u304C\u6307\u5B9A\u3055\u308C\u3066\u3044\u306A\u3044\u305F\u3081\u3001\u671F\u9593\u3092\u5224\u5B9A\u3067\u304D\u306A\u3044\u3002",
      en: "No as-of date was given, so the interval cannot be judged."
    }),
    afterAsOf: manual({
      ja: `${what.ja}\u306E\u5B9F\u65BD\u65E5\u304C\u5224\u5B9A\u57FA\u6E96\u65E5\u3088\u308A\u5F8C\u306B\u306A\u3063\u3066\u3044\u308B\u3002\u65E5\u4ED8\u3092\u78BA\u8A8D\u3059\u308B\u3053\u3068\u3002`,
      en: `The date of the ${what.en} is after the as-of date. Check the dates.`
    })
  };
}

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/audit.ts
var performedVerdicts = {
  yes: pass({ ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u304C\u5B9F\u65BD\u3055\u308C\u3066\u3044\u308B\u3002", en: "Information security audits and self-inspections are carried out." }),
  noAudit: fail({ ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u304C\u5B9F\u65BD\u3055\u308C\u305F\u3053\u3068\u304C\u306A\u3044\u3002", en: "No information security audit has ever been carried out." }),
  noSelfInspection: fail({ ja: "\u81EA\u5DF1\u70B9\u691C\u304C\u5B9F\u65BD\u3055\u308C\u305F\u3053\u3068\u304C\u306A\u3044\u3002", en: "No self-inspection has ever been carried out." }),
  unknown: manual({ ja: "\u76E3\u67FB\u53C8\u306F\u81EA\u5DF1\u70B9\u691C\u306E\u5B9F\u65BD\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether audits or self-inspections are carried out is not stated." })
}, auditAndSelfInspection = defineControl({
  id: "audit-and-self-inspection",
  title: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u306E\u5B9F\u65BD", en: "Audit and self-inspection carried out" },
  clause: "8",
  provenance: "basic-policy",
  category: "audit",
  threats: ["T2", "T2.7"],
  requirement: {
    ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u9075\u5B88\u72B6\u6CC1\u3092\u691C\u8A3C\u3059\u308B\u305F\u3081\u3001\u5B9A\u671F\u7684\u53C8\u306F\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u3092\u5B9F\u65BD\u3059\u308B\u3002",
    en: "To verify compliance with the policy, carry out information security audits and self-inspections regularly or as needed."
  },
  remediation: { ja: "\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u306E\u8A08\u753B\u3092\u7ACB\u3066\u3066\u5B9F\u65BD\u3059\u308B\u3002", en: "Plan and carry out audits and self-inspections." },
  admitsException: !1,
  parameters: {},
  facts: { organization: ["lastAudit", "lastSelfInspection"] },
  verdicts: performedVerdicts,
  checks: {
    organization: (s) => s.lastAudit === null ? performedVerdicts.noAudit : s.lastSelfInspection === null ? performedVerdicts.noSelfInspection : s.lastAudit === void 0 || s.lastSelfInspection === void 0 ? performedVerdicts.unknown : performedVerdicts.yes
  }
}), auditVerdicts = intervalVerdicts({ ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB", en: "information security audit" }, "auditIntervalMonths"), auditInterval = defineControl({
  id: "audit-interval",
  title: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u306E\u5B9A\u671F\u5B9F\u65BD", en: "Regular security audit" },
  clause: "8",
  provenance: "guideline",
  basis: CONTROL_BASES["audit-interval"],
  category: "audit",
  threats: ["T2", "T2.7"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u57FA\u672C\u65B9\u91DD8\u306F\u300C\u5B9A\u671F\u7684\u53C8\u306F\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D\u3068\u5B9A\u3081\u3001\u983B\u5EA6\u306F\u5B9A\u3081\u3066\u3044\u306A\u3044\u3002\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u5023\u3044\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u3092\u5B9A\u671F\u7684\u306B\u5B9F\u65BD\u3059\u308B\u3002\u65E2\u5B9A\u3067\u306F\u5224\u5B9A\u57FA\u6E96\u65E5\u524D12\u304B\u6708\u4EE5\u5185\u306E\u5B9F\u65BD\u3092\u6C42\u3081\u308B\uFF08\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D\u306E\u8FD1\u4F3C\u3002\u5E74\u5EA6\u5358\u4F4D\u306E\u5224\u5B9A\u3067\u306F\u306A\u3044\uFF09\u3002",
    en: `[Guideline default] Clause 8 says "regularly or as needed" and sets no frequency. Following the guideline, carry out an information security audit regularly: by default within the 12 months before the as-of date (an approximation of the guideline's \u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D, not a fiscal-year judgement).`
  },
  remediation: { ja: "\u76E3\u67FB\u3092\u5B9F\u65BD\u3057\u3001\u5B9F\u65BD\u65E5\u3092\u8A18\u9332\u3059\u308B\u3002", en: "Carry out an audit and record the date." },
  admitsException: !0,
  parameters: {
    auditIntervalMonths: {
      default: 12,
      stricter: "lower",
      unit: "months",
      min: 1,
      max: 60,
      description: { ja: "\u76E3\u67FB\u306E\u5B9F\u65BD\u9593\u9694\u306E\u4E0A\u9650\uFF08\u6708\uFF09", en: "Longest interval between audits (months)" },
      basis: CONTROL_BASES["audit-interval.auditIntervalMonths"]
    }
  },
  facts: { organization: ["lastAudit"] },
  verdicts: auditVerdicts,
  checks: { organization: (s, p, context) => judgeInterval(s.lastAudit, p.auditIntervalMonths, context, auditVerdicts) }
}), selfInspectionVerdicts = intervalVerdicts({ ja: "\u81EA\u5DF1\u70B9\u691C", en: "self-inspection" }, "selfInspectionIntervalMonths"), selfInspectionInterval = defineControl({
  id: "self-inspection-interval",
  title: { ja: "\u81EA\u5DF1\u70B9\u691C\u306E\u5B9A\u671F\u5B9F\u65BD", en: "Regular self-inspection" },
  clause: "8",
  provenance: "guideline",
  basis: CONTROL_BASES["self-inspection-interval"],
  category: "audit",
  threats: ["T2", "T2.7"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u81EA\u5DF1\u70B9\u691C\u3092\u5B9A\u671F\u7684\u306B\u5B9F\u65BD\u3059\u308B\u3002\u65E2\u5B9A\u3067\u306F\u5224\u5B9A\u57FA\u6E96\u65E5\u524D12\u304B\u6708\u4EE5\u5185\u306E\u5B9F\u65BD\u3092\u6C42\u3081\u308B\uFF08\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D\u306E\u8FD1\u4F3C\u3002\u5E74\u5EA6\u5358\u4F4D\u306E\u5224\u5B9A\u3067\u306F\u306A\u3044\uFF09\u3002",
    en: "[Guideline default] Carry out a self-inspection regularly: by default within the 12 months before the as-of date (an approximation of the guideline's \u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D, not a fiscal-year judgement)."
  },
  remediation: { ja: "\u81EA\u5DF1\u70B9\u691C\u30C1\u30A7\u30C3\u30AF\u30EA\u30B9\u30C8\u306B\u3088\u308A\u70B9\u691C\u3057\u3001\u5B9F\u65BD\u65E5\u3092\u8A18\u9332\u3059\u308B\u3002", en: "Inspect with the self-inspection checklist and record the date." },
  admitsException: !0,
  parameters: {
    selfInspectionIntervalMonths: {
      default: 12,
      stricter: "lower",
      unit: "months",
      min: 1,
      max: 60,
      description: { ja: "\u81EA\u5DF1\u70B9\u691C\u306E\u5B9F\u65BD\u9593\u9694\u306E\u4E0A\u9650\uFF08\u6708\uFF09", en: "Longest interval between self-inspections (months)" },
      basis: CONTROL_BASES["self-inspection-interval.selfInspectionIntervalMonths"]
    }
  },
  facts: { organization: ["lastSelfInspection"] },
  verdicts: selfInspectionVerdicts,
  checks: {
    organization: (s, p, context) => judgeInterval(s.lastSelfInspection, p.selfInspectionIntervalMonths, context, selfInspectionVerdicts)
  }
});

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/classification.ts
var classifiedVerdicts = {
  classified: pass({ ja: "\u91CD\u8981\u5EA6\uFF08\u6A5F\u5BC6\u6027\u30FB\u5B8C\u5168\u6027\u30FB\u53EF\u7528\u6027\uFF09\u304C\u5206\u985E\u3055\u308C\u3066\u3044\u308B\u3002", en: "The asset is classified by confidentiality, integrity and availability." }),
  unclassified: fail({ ja: "\u91CD\u8981\u5EA6\u304C\u5206\u985E\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "The asset is not classified into an importance level." })
}, assetClassified = defineControl({
  id: "asset-classified",
  title: { ja: "\u60C5\u5831\u8CC7\u7523\u306E\u91CD\u8981\u5EA6\u5206\u985E", en: "Assets classified by importance" },
  clause: "7(2)",
  provenance: "basic-policy",
  category: "classification",
  threats: ["T1", "T2"],
  requirement: {
    ja: "\u5E83\u57DF\u9023\u5408\u306E\u4FDD\u6709\u3059\u308B\u60C5\u5831\u8CC7\u7523\u3092\u6A5F\u5BC6\u6027\u3001\u5B8C\u5168\u6027\u53CA\u3073\u53EF\u7528\u6027\u306B\u5FDC\u3058\u3066\u300C\u91CD\u8981\u5EA6\u300D\u3068\u3057\u3066\u5206\u985E\u3057\u3001\u5F53\u8A72\u5206\u985E\u306B\u57FA\u3065\u304D\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
    en: "Classify the Union's information assets into importance levels by confidentiality, integrity and availability, and take measures based on that classification."
  },
  remediation: {
    ja: "\u60C5\u5831\u8CC7\u7523\u53F0\u5E33\u306B\u6A5F\u5BC6\u6027\u30FB\u5B8C\u5168\u6027\u30FB\u53EF\u7528\u6027\u306E\u5206\u985E\u3092\u8A18\u5165\u3059\u308B\u3002",
    en: "Record the confidentiality, integrity and availability levels in the asset inventory."
  },
  admitsException: !1,
  parameters: {},
  facts: { asset: [] },
  verdicts: classifiedVerdicts,
  checks: { asset: (s) => s.classification === void 0 ? classifiedVerdicts.unclassified : classifiedVerdicts.classified }
}), confidentialityThreshold = {
  appliesFromConfidentiality: {
    default: 2,
    stricter: "lower",
    unit: "confidentiality level",
    min: 1,
    max: 3,
    description: { ja: "\u3053\u306E\u7BA1\u7406\u7B56\u3092\u9069\u7528\u3059\u308B\u6A5F\u5BC6\u6027\u306E\u6700\u4F4E\u30EC\u30D9\u30EB", en: "The lowest confidentiality level this control applies to" }
  }
}, approvalVerdicts = {
  yes: pass({ ja: "\u6301\u51FA\u3057\u306F\u4E8B\u524D\u306B\u627F\u8A8D\u3055\u308C\u3066\u3044\u308B\u3002", en: "The carry-out was approved beforehand." }),
  no: fail({ ja: "\u6A5F\u5BC6\u6027\u306E\u9AD8\u3044\u60C5\u5831\u306E\u6301\u51FA\u3057\u304C\u627F\u8A8D\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Confidential information is carried out without approval." }),
  unknown: manual({ ja: "\u6301\u51FA\u3057\u306E\u627F\u8A8D\u306E\u6709\u7121\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the carry-out was approved is not stated." }),
  unclassified: manual({ ja: "\u6301\u3061\u51FA\u3059\u60C5\u5831\u306E\u5206\u985E\u304C\u4E0D\u660E\u306A\u305F\u3081\u3001\u627F\u8A8D\u306E\u8981\u5426\u3092\u5224\u5B9A\u3067\u304D\u306A\u3044\u3002", en: "The classification of what is carried out is not stated, so whether approval is needed cannot be judged." }),
  belowThreshold: notApplicable((p) => ({
    ja: `\u6A5F\u5BC6\u6027${p.appliesFromConfidentiality}\u672A\u6E80\u306E\u60C5\u5831\u3067\u3042\u308A\u3001\u6301\u51FA\u3057\u306E\u627F\u8A8D\u306F\u6C42\u3081\u3089\u308C\u306A\u3044\u3002`,
    en: `The information is below confidentiality ${p.appliesFromConfidentiality}, so no approval is required.`
  }))
}, confidentialCarryOutApproval = defineControl({
  id: "confidential-carry-out-approval",
  title: { ja: "\u6A5F\u5BC6\u60C5\u5831\u306E\u6301\u51FA\u3057\u627F\u8A8D", en: "Approval to carry out confidential information" },
  clause: "7(2)",
  provenance: "guideline",
  basis: CONTROL_BASES["confidential-carry-out-approval"],
  category: "classification",
  threats: ["T2", "T2.1", "T1", "T1.6"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u8CC7\u7523\u3092\u5916\u90E8\u306B\u6301\u3061\u51FA\u3057\u3001\u53C8\u306F\u63D0\u4F9B\u3059\u308B\u5834\u5408\u306F\u3001\u4E8B\u524D\u306B\u627F\u8A8D\u3092\u5F97\u308B\u3002",
    en: "[Guideline default] Carrying out or providing information assets of confidentiality 2 or higher requires prior approval."
  },
  remediation: { ja: "\u6301\u51FA\u3057\u524D\u306B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u7BA1\u7406\u8005\u306E\u627F\u8A8D\u3092\u5F97\u3066\u8A18\u9332\u3059\u308B\u3002", en: "Obtain and record the security manager's approval before carrying out." },
  admitsException: !0,
  parameters: { appliesFromConfidentiality: { ...confidentialityThreshold.appliesFromConfidentiality, basis: CONTROL_BASES["confidential-carry-out-approval.appliesFromConfidentiality"] } },
  facts: { "carry-out": ["classification", "approved"] },
  verdicts: approvalVerdicts,
  checks: {
    "carry-out": (s, p) => s.classification === void 0 ? approvalVerdicts.unclassified : s.classification.confidentiality < p.appliesFromConfidentiality ? approvalVerdicts.belowThreshold : judgeFlag(s.approved, approvalVerdicts)
  }
}), encryptionVerdicts = {
  yes: pass({ ja: "\u6697\u53F7\u5316\u7B49\u306B\u3088\u308A\u4FDD\u8B77\u3055\u308C\u3066\u3044\u308B\u3002", en: "It is protected by encryption or equivalent." }),
  no: fail({ ja: "\u6A5F\u5BC6\u6027\u306E\u9AD8\u3044\u60C5\u5831\u304C\u6697\u53F7\u5316\u7B49\u306B\u3088\u308A\u4FDD\u8B77\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Confidential information is not protected by encryption or equivalent." }),
  unknown: manual({ ja: "\u6697\u53F7\u5316\u306E\u6709\u7121\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether it is encrypted is not stated." }),
  unclassified: manual({ ja: "\u60C5\u5831\u306E\u5206\u985E\u304C\u4E0D\u660E\u306A\u305F\u3081\u3001\u6697\u53F7\u5316\u306E\u8981\u5426\u3092\u5224\u5B9A\u3067\u304D\u306A\u3044\u3002", en: "The classification is not stated, so whether encryption is needed cannot be judged." }),
  belowThreshold: notApplicable((p) => ({
    ja: `\u6A5F\u5BC6\u6027${p.appliesFromConfidentiality}\u672A\u6E80\u306E\u60C5\u5831\u3067\u3042\u308A\u3001\u6697\u53F7\u5316\u306F\u6C42\u3081\u3089\u308C\u306A\u3044\u3002`,
    en: `The information is below confidentiality ${p.appliesFromConfidentiality}, so encryption is not required.`
  })),
  channelUnknown: manual({
    ja: "\u540C\u3058\u9818\u57DF\u5185\u306E\u79FB\u52D5\u3060\u304C\u3001\u79FB\u52D5\u306E\u624B\u6BB5\uFF08\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u3001\u96FB\u5B50\u30E1\u30FC\u30EB\u3001\u5916\u90E8\u8A18\u9332\u5A92\u4F53\u7B49\uFF09\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u305F\u3081\u3001\u6697\u53F7\u5316\u306E\u8981\u5426\u3092\u5224\u5B9A\u3067\u304D\u306A\u3044\u3002",
    en: "The information stays within one zone, but how it moves (network, email, removable media\u2026) is not stated, so whether encryption is needed cannot be judged."
  }),
  staysInside: notApplicable({
    ja: "\u540C\u3058\u9818\u57DF\u5185\u306E\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u4E0A\u306E\u79FB\u52D5\u3067\u3042\u308A\u3001\u9001\u4FE1\u6642\u306E\u6697\u53F7\u5316\u306E\u5BFE\u8C61\u5916\u3002",
    en: "The information moves over the network within one zone, so encryption in transit does not apply."
  })
}, confidentialEncryption = defineControl({
  id: "confidential-encryption",
  title: { ja: "\u6A5F\u5BC6\u60C5\u5831\u306E\u6697\u53F7\u5316", en: "Encryption of confidential information" },
  clause: "7(2)",
  provenance: "guideline",
  basis: CONTROL_BASES["confidential-encryption"],
  category: "classification",
  threats: ["T1", "T1.1", "T2", "T2.1"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u8CC7\u7523\u3092\u9001\u4FE1\u3001\u904B\u642C\u53C8\u306F\u63D0\u4F9B\u3059\u308B\u5834\u5408\u306F\u3001\u6697\u53F7\u5316\u7B49\u306E\u63AA\u7F6E\u3092\u8B1B\u3058\u308B\u3002",
    en: "[Guideline default] Sending, carrying or providing information assets of confidentiality 2 or higher requires encryption or equivalent protection."
  },
  remediation: {
    ja: "\u6697\u53F7\u5316\uFF08\u6697\u53F7\u5316\u3057\u305F\u5A92\u4F53\u3092\u542B\u3080\uFF09\u3057\u3066\u304B\u3089\u9001\u4FE1\u30FB\u6301\u51FA\u3057\u3059\u308B\u3002\u30D5\u30A1\u30A4\u30EB\u306B\u30D1\u30B9\u30EF\u30FC\u30C9\u3092\u8A2D\u5B9A\u3057\u305F\u3060\u3051\u306E\u3082\u306E\uFF08\u30D1\u30B9\u30EF\u30FC\u30C9\u4ED8\u304DZIP\u7B49\uFF09\u306F\u6697\u53F7\u5316\u3068\u307F\u306A\u3055\u306A\u3044\u3002",
    en: "Encrypt it (an encrypted medium counts) before sending or carrying out. A file that only has a password set (a password-protected ZIP and the like) does not count as encrypted."
  },
  admitsException: !0,
  parameters: { appliesFromConfidentiality: { ...confidentialityThreshold.appliesFromConfidentiality, basis: CONTROL_BASES["confidential-encryption.appliesFromConfidentiality"] } },
  facts: { transfer: ["classification", "encrypted", "channel"], "carry-out": ["classification", "encrypted"] },
  verdicts: encryptionVerdicts,
  checks: {
    transfer: (s, p) => s.classification === void 0 ? encryptionVerdicts.unclassified : s.classification.confidentiality < p.appliesFromConfidentiality ? encryptionVerdicts.belowThreshold : s.from !== s.to ? judgeFlag(s.encrypted, encryptionVerdicts) : s.channel === void 0 ? encryptionVerdicts.channelUnknown : s.channel === "network" || s.channel === "screen-transfer" ? encryptionVerdicts.staysInside : judgeFlag(s.encrypted, encryptionVerdicts),
    "carry-out": (s, p) => s.classification === void 0 ? encryptionVerdicts.unclassified : s.classification.confidentiality < p.appliesFromConfidentiality ? encryptionVerdicts.belowThreshold : judgeFlag(s.encrypted, encryptionVerdicts)
  }
}), backupVerdicts = {
  yes: pass({ ja: "\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u304C\u53D6\u5F97\u3055\u308C\u3066\u3044\u308B\u3002", en: "It is backed up." }),
  no: fail({ ja: "\u5B8C\u5168\u60272\u53C8\u306F\u53EF\u7528\u60272\u306E\u60C5\u5831\u8CC7\u7523\u306E\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u304C\u306A\u3044\u3002", en: "An asset of integrity 2 or availability 2 has no backup." }),
  unknown: manual({ ja: "\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether it is backed up is not recorded." }),
  unclassified: manual({ ja: "\u5206\u985E\u304C\u4E0D\u660E\u306A\u305F\u3081\u3001\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u306E\u8981\u5426\u3092\u5224\u5B9A\u3067\u304D\u306A\u3044\u3002", en: "The classification is not recorded, so whether a backup is needed cannot be judged." }),
  notRequired: notApplicable({ ja: "\u5B8C\u5168\u60271\u304B\u3064\u53EF\u7528\u60271\u306E\u60C5\u5831\u8CC7\u7523\u3067\u3042\u308A\u3001\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u306F\u6C42\u3081\u3089\u308C\u306A\u3044\u3002", en: "The asset is integrity 1 and availability 1, so no backup is required." }),
  notData: notApplicable({ ja: "\u30C7\u30FC\u30BF\u3092\u4FDD\u6301\u3057\u306A\u3044\u7A2E\u5225\u306E\u8CC7\u7523\u3067\u3042\u308A\u3001\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u306E\u5BFE\u8C61\u5916\u3002", en: "This kind of asset holds no data, so backup does not apply." })
}, backupOfImportantAssets = defineControl({
  id: "backup-of-important-assets",
  title: { ja: "\u91CD\u8981\u306A\u60C5\u5831\u8CC7\u7523\u306E\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7", en: "Backup of important assets" },
  clause: "7(2)",
  provenance: "guideline",
  basis: CONTROL_BASES["backup-of-important-assets"],
  category: "classification",
  threats: ["T1", "T1.2", "T2", "T2.10", "T3", "T3.1", "T3.3", "T5", "T5.1"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u5B8C\u5168\u60272\u53C8\u306F\u53EF\u7528\u60272\u306E\u60C5\u5831\u8CC7\u7523\u306F\u3001\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u3092\u53D6\u5F97\u3057\u3001\u6539\u3056\u3093\u30FB\u6EC5\u5931\u6642\u306B\u5FA9\u65E7\u3067\u304D\u308B\u3088\u3046\u306B\u3059\u308B\u3002",
    en: "[Guideline default] Information assets of integrity 2 or availability 2 are backed up so that they can be restored after tampering or loss."
  },
  remediation: { ja: "\u5B9A\u671F\u7684\u306A\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u3092\u53D6\u5F97\u3057\u3001\u5FA9\u65E7\u624B\u9806\u3092\u78BA\u8A8D\u3059\u308B\u3002", en: "Take regular backups and check the restore procedure." },
  admitsException: !0,
  parameters: {},
  facts: { asset: ["classification", "safeguards"] },
  verdicts: backupVerdicts,
  checks: {
    asset: (s) => s.category === "network" || s.category === "facility" || s.category === "terminal" ? backupVerdicts.notData : s.classification === void 0 ? backupVerdicts.unclassified : s.classification.integrity < 2 && s.classification.availability < 2 ? backupVerdicts.notRequired : judgeSafeguard(s.safeguards, "backup", backupVerdicts)
  }
}), lockedMediaVerdicts = {
  yes: pass({ ja: "\u5A92\u4F53\u306F\u65BD\u9320\u4FDD\u7BA1\u3055\u308C\u3066\u3044\u308B\u3002", en: "The medium is kept in locked storage." }),
  no: fail({
    ja: "\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u3001\u5B8C\u5168\u60272\u53C8\u306F\u53EF\u7528\u60272\u306E\u60C5\u5831\u3092\u8A18\u9332\u3057\u305F\u5A92\u4F53\u304C\u65BD\u9320\u4FDD\u7BA1\u3055\u308C\u3066\u3044\u306A\u3044\u3002",
    en: "A medium holding information of confidentiality 2 or higher, integrity 2 or availability 2 is not kept in locked storage."
  }),
  unknown: manual({ ja: "\u65BD\u9320\u4FDD\u7BA1\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the medium is kept locked is not recorded." }),
  unclassified: manual({ ja: "\u5A92\u4F53\u306E\u5206\u985E\u304C\u4E0D\u660E\u306A\u305F\u3081\u3001\u65BD\u9320\u4FDD\u7BA1\u306E\u8981\u5426\u3092\u5224\u5B9A\u3067\u304D\u306A\u3044\u3002", en: "The medium's classification is not recorded, so whether locked storage is needed cannot be judged." }),
  belowThreshold: notApplicable((p) => ({
    ja: `\u6A5F\u5BC6\u6027${p.appliesFromConfidentiality}\u672A\u6E80\u3001\u5B8C\u5168\u60271\u304B\u3064\u53EF\u7528\u60271\u306E\u5A92\u4F53\u3067\u3042\u308A\u3001\u65BD\u9320\u4FDD\u7BA1\u306F\u6C42\u3081\u3089\u308C\u306A\u3044\u3002`,
    en: `The medium is below confidentiality ${p.appliesFromConfidentiality} and is integrity 1 and availability 1, so locked storage is not required.`
  })),
  notMedia: notApplicable({ ja: "\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53\u3067\u306F\u306A\u3044\u3002", en: "Not an electromagnetic recording medium." })
}, lockedStorageOfMedia = defineControl({
  id: "locked-storage-of-media",
  title: { ja: "\u8A18\u9332\u5A92\u4F53\u306E\u65BD\u9320\u4FDD\u7BA1", en: "Locked storage of media" },
  clause: "7(2)",
  provenance: "guideline",
  basis: CONTROL_BASES["locked-storage-of-media"],
  category: "classification",
  threats: ["T1", "T1.4", "T1.6", "T2", "T2.1"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u3001\u5B8C\u5168\u60272\u53C8\u306F\u53EF\u7528\u60272\u306E\u60C5\u5831\u3092\u8A18\u9332\u3057\u305F\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53\u306F\u3001\u65BD\u9320\u53EF\u80FD\u306A\u5834\u6240\u306B\u4FDD\u7BA1\u3059\u308B\u3002",
    en: "[Guideline default] Electromagnetic media holding information of confidentiality 2 or higher, integrity 2 or availability 2 are kept in lockable storage."
  },
  remediation: { ja: "\u5A92\u4F53\u3092\u65BD\u9320\u3067\u304D\u308B\u30AD\u30E3\u30D3\u30CD\u30C3\u30C8\u7B49\u306B\u4FDD\u7BA1\u3059\u308B\u3002", en: "Keep the medium in a lockable cabinet." },
  admitsException: !0,
  parameters: { appliesFromConfidentiality: { ...confidentialityThreshold.appliesFromConfidentiality, basis: CONTROL_BASES["locked-storage-of-media.appliesFromConfidentiality"] } },
  facts: { asset: ["classification", "safeguards"] },
  verdicts: lockedMediaVerdicts,
  checks: {
    asset: (s, p) => s.category !== "media" ? lockedMediaVerdicts.notMedia : s.classification === void 0 ? lockedMediaVerdicts.unclassified : s.classification.confidentiality < p.appliesFromConfidentiality && s.classification.integrity < 2 && s.classification.availability < 2 ? lockedMediaVerdicts.belowThreshold : judgeSafeguard(s.safeguards, "locked-storage", lockedMediaVerdicts)
  }
}), HANDLING_SAFEGUARDS = ["access-control", "encryption", "locked-storage"], handlingVerdicts = {
  yes: pass({
    ja: "\u6A5F\u5BC6\u6027\u306B\u5FDC\u3058\u305F\u53D6\u6271\u5236\u9650\uFF08\u30A2\u30AF\u30BB\u30B9\u5236\u9650\u3001\u6697\u53F7\u5316\u53C8\u306F\u65BD\u9320\u4FDD\u7BA1\uFF09\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002",
    en: "Handling restrictions for its confidentiality (access control, encryption or locked storage) are in place."
  }),
  no: fail((p) => ({
    ja: `\u6A5F\u5BC6\u6027${p.appliesFromConfidentiality}\u4EE5\u4E0A\u306E\u60C5\u5831\u53C8\u306F\u30B7\u30B9\u30C6\u30E0\u95A2\u9023\u6587\u66F8\u306B\u3001\u30A2\u30AF\u30BB\u30B9\u5236\u9650\u30FB\u6697\u53F7\u5316\u30FB\u65BD\u9320\u4FDD\u7BA1\u306E\u3044\u305A\u308C\u306E\u53D6\u6271\u5236\u9650\u3082\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002`,
    en: `Information or a system document of confidentiality ${p.appliesFromConfidentiality} or higher has no handling restriction: no access control, encryption or locked storage.`
  })),
  unknown: manual({ ja: "\u53D6\u6271\u5236\u9650\uFF08\u5B89\u5168\u7BA1\u7406\u63AA\u7F6E\uFF09\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether handling restrictions are in place is not recorded." }),
  unclassified: manual({
    ja: "\u5206\u985E\u304C\u4E0D\u660E\u306A\u305F\u3081\u3001\u6A5F\u5BC6\u6027\u306B\u5FDC\u3058\u305F\u53D6\u6271\u5236\u9650\u306E\u8981\u5426\u3092\u5224\u5B9A\u3067\u304D\u306A\u3044\u3002",
    en: "The classification is not recorded, so whether handling restrictions are needed cannot be judged."
  }),
  belowThreshold: notApplicable((p) => ({
    ja: `\u6A5F\u5BC6\u6027${p.appliesFromConfidentiality}\u672A\u6E80\u306E\u60C5\u5831\u3067\u3042\u308A\u3001\u53D6\u6271\u5236\u9650\u306F\u6C42\u3081\u3089\u308C\u306A\u3044\u3002`,
    en: `The information is below confidentiality ${p.appliesFromConfidentiality}, so no handling restriction is required.`
  })),
  otherCategory: notApplicable({ ja: "\u60C5\u5831\u53C8\u306F\u30B7\u30B9\u30C6\u30E0\u95A2\u9023\u6587\u66F8\u3067\u306F\u306A\u3044\u3002", en: "Not information or a system document." })
}, confidentialInformationHandling = defineControl({
  id: "confidential-information-handling",
  title: { ja: "\u6A5F\u5BC6\u60C5\u5831\u30FB\u6587\u66F8\u306E\u53D6\u6271\u5236\u9650", en: "Handling restrictions for confidential information and documents" },
  clause: "7(2)",
  provenance: "guideline",
  basis: CONTROL_BASES["confidential-information-handling"],
  category: "classification",
  threats: ["T1", "T1.5", "T1.6", "T2", "T2.1"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\uFF08\u30C7\u30FC\u30BF\u53CA\u3073\u5370\u5237\u7269\uFF09\u53CA\u3073\u30B7\u30B9\u30C6\u30E0\u95A2\u9023\u6587\u66F8\uFF08\u4ED5\u69D8\u66F8\u3001\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u56F3\u7B49\uFF09\u306F\u3001\u5206\u985E\u306B\u5FDC\u3058\u305F\u53D6\u6271\u5236\u9650\u3068\u3057\u3066\u3001\u30A2\u30AF\u30BB\u30B9\u3092\u8A8D\u3081\u3089\u308C\u305F\u8005\u306B\u9650\u308B\u63AA\u7F6E\u3001\u6697\u53F7\u5316\u53C8\u306F\u65BD\u9320\u4FDD\u7BA1\u306E\u3044\u305A\u308C\u304B\u3092\u8B1B\u3058\u308B\u3002",
    en: "[Guideline default] Information (data and printouts) and system documents (specifications, network diagrams) of confidentiality 2 or higher have a handling restriction for their classification: access limited to those allowed, encryption, or locked storage."
  },
  remediation: {
    ja: "\u30A2\u30AF\u30BB\u30B9\u6A29\u9650\u306E\u8A2D\u5B9A\u3001\u6697\u53F7\u5316\u3001\u53C8\u306F\u65BD\u9320\u3067\u304D\u308B\u5834\u6240\u3067\u306E\u4FDD\u7BA1\u3092\u884C\u3046\u3002",
    en: "Restrict access, encrypt it, or keep it in lockable storage."
  },
  admitsException: !0,
  parameters: { appliesFromConfidentiality: { ...confidentialityThreshold.appliesFromConfidentiality, basis: CONTROL_BASES["confidential-information-handling.appliesFromConfidentiality"] } },
  facts: { asset: ["classification", "safeguards"] },
  verdicts: handlingVerdicts,
  checks: {
    asset: (s, p) => s.category !== "information" && s.category !== "system-document" ? handlingVerdicts.otherCategory : s.classification === void 0 ? handlingVerdicts.unclassified : s.classification.confidentiality < p.appliesFromConfidentiality ? handlingVerdicts.belowThreshold : s.safeguards === void 0 ? handlingVerdicts.unknown : HANDLING_SAFEGUARDS.some((safeguard) => s.safeguards?.includes(safeguard)) ? handlingVerdicts.yes : handlingVerdicts.no
  }
});

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/staff-categories.ts
var STAFF_CATEGORIES = Object.freeze([
  "regular",
  "fiscal-year-appointed",
  "part-time"
]);

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/human.ts
var obligationVerdicts = {
  allBound: pass({
    ja: "\u8077\u54E1\u3001\u4F1A\u8A08\u5E74\u5EA6\u4EFB\u7528\u8077\u54E1\u53CA\u3073\u975E\u5E38\u52E4\u8077\u54E1\u306E\u5168\u3066\u306B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u7B49\u306E\u9075\u5B88\u7FA9\u52D9\u304C\u8AB2\u3055\u308C\u3066\u3044\u308B\u3002",
    en: "Every kind of staff (regular, fiscal-year-appointed and part-time) is bound to comply with the policy and procedures."
  }),
  someUnbound: fail({
    ja: "\u9075\u5B88\u7FA9\u52D9\u304C\u8AB2\u3055\u308C\u3066\u3044\u306A\u3044\u8077\u54E1\u306E\u533A\u5206\u304C\u3042\u308B\uFF083(15)\u306B\u3088\u308A\u3001\u8077\u54E1\u306B\u306F\u4F1A\u8A08\u5E74\u5EA6\u4EFB\u7528\u8077\u54E1\u53CA\u3073\u975E\u5E38\u52E4\u8077\u54E1\u3092\u542B\u3080\uFF09\u3002",
    en: "Some kind of staff is not bound to comply (under 3(15), staff includes fiscal-year-appointed and part-time staff)."
  }),
  unknown: manual({
    ja: "\u9075\u5B88\u7FA9\u52D9\u3092\u8AB2\u3057\u3066\u3044\u308B\u8077\u54E1\u306E\u533A\u5206\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002",
    en: "Which kinds of staff are bound to comply is not stated."
  })
}, staffObligations = defineControl({
  id: "staff-obligations",
  title: { ja: "\u8077\u54E1\u306E\u9075\u5B88\u7FA9\u52D9", en: "Staff obligation to comply" },
  clause: "6",
  provenance: "basic-policy",
  category: "human",
  threats: ["T1", "T1.6", "T2", "T2.1", "T2.2"],
  requirement: {
    ja: "\u8077\u54E1\uFF08\u4F1A\u8A08\u5E74\u5EA6\u4EFB\u7528\u8077\u54E1\u3001\u975E\u5E38\u52E4\u8077\u54E1\u3092\u542B\u3080\u5168\u8077\u54E1\uFF09\u306F\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u53CA\u3073\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806\u3092\u9075\u5B88\u3057\u306A\u3051\u308C\u3070\u306A\u3089\u306A\u3044\u3002",
    en: "All staff, including fiscal-year-appointed and part-time staff, must comply with the information security policy and the common implementation procedures."
  },
  remediation: {
    ja: "\u4F1A\u8A08\u5E74\u5EA6\u4EFB\u7528\u8077\u54E1\u53CA\u3073\u975E\u5E38\u52E4\u8077\u54E1\u3092\u542B\u3080\u5168\u3066\u306E\u8077\u54E1\u306B\u3001\u9075\u5B88\u4E8B\u9805\u3092\u5468\u77E5\u3057\u3001\u9075\u5B88\u3092\u6C42\u3081\u308B\u3002",
    en: "Inform every member of staff, including fiscal-year-appointed and part-time staff, of what they must comply with, and require compliance."
  },
  admitsException: !1,
  parameters: {},
  facts: { organization: ["staffCategoriesBound"] },
  verdicts: obligationVerdicts,
  checks: {
    organization: (s) => s.staffCategoriesBound === void 0 ? obligationVerdicts.unknown : STAFF_CATEGORIES.every((category) => s.staffCategoriesBound?.includes(category)) ? obligationVerdicts.allBound : obligationVerdicts.someUnbound
  }
}), educationVerdicts = {
  yes: pass({
    ja: "\u8077\u54E1\u304C\u9075\u5B88\u3059\u3079\u304D\u4E8B\u9805\u304C\u5B9A\u3081\u3089\u308C\u3001\u6559\u80B2\u304C\u5B9F\u65BD\u3055\u308C\u3066\u3044\u308B\u3002",
    en: "The rules staff must follow are defined and training has been given."
  }),
  noRules: fail({ ja: "\u8077\u54E1\u304C\u9075\u5B88\u3059\u3079\u304D\u4E8B\u9805\u304C\u5B9A\u3081\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "The rules staff must follow are not defined." }),
  noTraining: fail({ ja: "\u8077\u54E1\u3078\u306E\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u6559\u80B2\u304C\u5B9F\u65BD\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "No information security training has been given to staff." }),
  unknown: manual({
    ja: "\u9075\u5B88\u4E8B\u9805\u306E\u6574\u5099\u72B6\u6CC1\u53C8\u306F\u6559\u80B2\u306E\u5B9F\u65BD\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002",
    en: "Whether staff rules are defined, or whether training has been given, is not stated."
  })
}, staffRulesAndEducation = defineControl({
  id: "staff-rules-and-education",
  title: { ja: "\u9075\u5B88\u4E8B\u9805\u306E\u7B56\u5B9A\u3068\u6559\u80B2\u30FB\u5553\u767A", en: "Staff rules, education and awareness" },
  clause: "7(5)",
  provenance: "basic-policy",
  category: "human",
  threats: ["T1", "T1.6", "T2", "T2.5"],
  requirement: {
    ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306B\u95A2\u3057\u3001\u8077\u54E1\u304C\u9075\u5B88\u3059\u3079\u304D\u4E8B\u9805\u3092\u5B9A\u3081\u308B\u3068\u3068\u3082\u306B\u3001\u5341\u5206\u306A\u6559\u80B2\u53CA\u3073\u5553\u767A\u3092\u884C\u3046\u3002",
    en: "Define what staff must comply with regarding information security, and give sufficient education and awareness."
  },
  remediation: {
    ja: "\u8077\u54E1\u304C\u9075\u5B88\u3059\u3079\u304D\u4E8B\u9805\u3092\u5B9A\u3081\u3001\u5168\u8077\u54E1\u306B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u6559\u80B2\u3092\u5B9F\u65BD\u3059\u308B\u3002",
    en: "Define the rules staff must follow and give information security training to all staff."
  },
  admitsException: !1,
  parameters: {},
  facts: { organization: ["staffRulesDefined", "lastTraining"] },
  verdicts: educationVerdicts,
  checks: {
    organization: (s) => s.staffRulesDefined === !1 ? educationVerdicts.noRules : s.lastTraining === null ? educationVerdicts.noTraining : s.staffRulesDefined === void 0 || s.lastTraining === void 0 ? educationVerdicts.unknown : educationVerdicts.yes
  }
}), trainingVerdicts = intervalVerdicts({ ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u6559\u80B2", en: "information security training" }, "trainingIntervalMonths"), trainingInterval = defineControl({
  id: "training-interval",
  title: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u6559\u80B2\u306E\u5B9A\u671F\u5B9F\u65BD", en: "Regular security training" },
  clause: "7(5)",
  provenance: "guideline",
  basis: CONTROL_BASES["training-interval"],
  category: "human",
  threats: ["T1", "T1.6", "T2", "T2.5"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u57FA\u672C\u65B9\u91DD7(5)\u306F\u5341\u5206\u306A\u6559\u80B2\u3092\u6C42\u3081\u308B\u304C\u983B\u5EA6\u306F\u5B9A\u3081\u3066\u3044\u306A\u3044\u3002\u7DCF\u52D9\u7701\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u5023\u3044\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u6559\u80B2\u3092\u5B9A\u671F\u7684\u306B\u5B9F\u65BD\u3059\u308B\u3002\u65E2\u5B9A\u3067\u306F\u5224\u5B9A\u57FA\u6E96\u65E5\u524D12\u304B\u6708\u4EE5\u5185\u306E\u5B9F\u65BD\u3092\u6C42\u3081\u308B\uFF08\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D\u306E\u8FD1\u4F3C\u3002\u5E74\u5EA6\u5358\u4F4D\u306E\u5224\u5B9A\u3067\u306F\u306A\u3044\uFF09\u3002",
    en: "[Guideline default] 7(5) requires sufficient education but sets no frequency. Following the MIC guideline, give information security training regularly: by default within the 12 months before the as-of date (an approximation of the guideline's \u300C\u6BCE\u5E74\u5EA6\u53CA\u3073\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u300D, not a fiscal-year judgement)."
  },
  remediation: {
    ja: "\u5168\u8077\u54E1\u3092\u5BFE\u8C61\u3068\u3057\u305F\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u6559\u80B2\u3092\u5B9F\u65BD\u3057\u3001\u5B9F\u65BD\u65E5\u3092\u8A18\u9332\u3059\u308B\u3002",
    en: "Give information security training to all staff and record the date."
  },
  admitsException: !0,
  parameters: {
    trainingIntervalMonths: {
      default: 12,
      stricter: "lower",
      unit: "months",
      min: 1,
      max: 60,
      description: { ja: "\u6559\u80B2\u306E\u5B9F\u65BD\u9593\u9694\u306E\u4E0A\u9650\uFF08\u6708\uFF09", en: "Longest interval between trainings (months)" },
      basis: CONTROL_BASES["training-interval.trainingIntervalMonths"]
    }
  },
  facts: { organization: ["lastTraining"] },
  verdicts: trainingVerdicts,
  checks: { organization: (s, p, context) => judgeInterval(s.lastTraining, p.trainingIntervalMonths, context, trainingVerdicts) }
});

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/operations.ts
var monitoringVerdicts = {
  yes: pass({ ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u76E3\u8996\u304C\u884C\u308F\u308C\u3066\u3044\u308B\u3002", en: "Information systems are monitored." }),
  no: fail({ ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u76E3\u8996\u304C\u884C\u308F\u308C\u3066\u3044\u306A\u3044\u3002", en: "Information systems are not monitored." }),
  unknown: manual({ ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u76E3\u8996\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether information systems are monitored is not stated." })
}, systemMonitoring = defineControl({
  id: "system-monitoring",
  title: { ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u76E3\u8996", en: "Monitoring of information systems" },
  clause: "7(7)",
  provenance: "basic-policy",
  category: "operations",
  threats: ["T1", "T1.1", "T1.3", "T2", "T2.6", "T2.10"],
  requirement: {
    ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u76E3\u8996\u7B49\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u904B\u7528\u9762\u306E\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
    en: "Take operational measures such as monitoring information systems."
  },
  remediation: { ja: "\u7A3C\u50CD\u72B6\u6CC1\u3068\u30ED\u30B0\u3092\u76E3\u8996\u3059\u308B\u4F53\u5236\u3092\u6574\u3048\u308B\u3002", en: "Set up monitoring of operation and logs." },
  admitsException: !1,
  parameters: {},
  facts: { organization: ["monitoringInPlace"] },
  verdicts: monitoringVerdicts,
  checks: { organization: (s) => judgeFlag(s.monitoringInPlace, monitoringVerdicts) }
}), incidentVerdicts = {
  yes: pass({ ja: "\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u4FB5\u5BB3\u3078\u306E\u5BFE\u5FDC\u306E\u63AA\u7F6E\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002", en: "Measures to respond to security incidents are in place." }),
  no: fail({ ja: "\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u4FB5\u5BB3\u306B\u8FC5\u901F\u304B\u3064\u9069\u5207\u306B\u5BFE\u5FDC\u3059\u308B\u305F\u3081\u306E\u63AA\u7F6E\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "No measures are in place to respond quickly and properly to security incidents." }),
  unknown: manual({ ja: "\u4FB5\u5BB3\u6642\u306E\u5BFE\u5FDC\u306E\u6E96\u5099\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether incident response is ready is not stated." })
}, incidentResponse = defineControl({
  id: "incident-response",
  title: { ja: "\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u4FB5\u5BB3\u3078\u306E\u5BFE\u5FDC", en: "Incident response" },
  clause: "7(7)",
  provenance: "basic-policy",
  category: "operations",
  threats: ["T1", "T2"],
  requirement: {
    ja: "\u60C5\u5831\u8CC7\u7523\u306B\u5BFE\u3059\u308B\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u4FB5\u5BB3\u304C\u767A\u751F\u3057\u305F\u5834\u5408\u7B49\u306B\u8FC5\u901F\u304B\u3064\u9069\u5207\u306B\u5BFE\u5FDC\u3059\u308B\u305F\u3081\u306E\u63AA\u7F6E\u3092\u8B1B\u3058\u308B\u3002",
    en: "Take measures to respond quickly and properly when, for example, a security breach of information assets occurs."
  },
  remediation: { ja: "\u9023\u7D61\u4F53\u5236\u3068\u5BFE\u5FDC\u624B\u9806\u3092\u5B9A\u3081\u3001\u8A13\u7DF4\u3059\u308B\u3002", en: "Define the contact chain and response procedure, and practise them." },
  admitsException: !1,
  parameters: {},
  facts: { organization: ["incidentResponseReady"] },
  verdicts: incidentVerdicts,
  checks: { organization: (s) => judgeFlag(s.incidentResponseReady, incidentVerdicts) }
}), continuityVerdicts = {
  yes: pass({ ja: "\u696D\u52D9\u7D99\u7D9A\u8A08\u753B\u304C\u6574\u5099\u3055\u308C\u3066\u3044\u308B\u3002", en: "A business continuity plan is in place." }),
  no: fail({ ja: "\u707D\u5BB3\u3001\u8981\u54E1\u4E0D\u8DB3\u3001\u30A4\u30F3\u30D5\u30E9\u969C\u5BB3\u306B\u5099\u3048\u305F\u696D\u52D9\u7D99\u7D9A\u8A08\u753B\u304C\u6574\u5099\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "No business continuity plan covers disasters, staff shortage and infrastructure outages." }),
  unknown: manual({ ja: "\u696D\u52D9\u7D99\u7D9A\u8A08\u753B\u306E\u6574\u5099\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether a business continuity plan is in place is not stated." })
}, continuityPlan = defineControl({
  id: "continuity-plan",
  title: { ja: "\u696D\u52D9\u7D99\u7D9A\u8A08\u753B", en: "Business continuity plan" },
  clause: "7(7)",
  provenance: "guideline",
  basis: CONTROL_BASES["continuity-plan"],
  category: "operations",
  threats: ["T3", "T3.1", "T3.2", "T3.3", "T4", "T4.1", "T5", "T5.1", "T5.2", "T5.3"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u707D\u5BB3\uFF084(3)\uFF09\u3001\u5927\u898F\u6A21\u306A\u75BE\u75C5\u306B\u3088\u308B\u8981\u54E1\u4E0D\u8DB3\uFF084(4)\uFF09\u3001\u30A4\u30F3\u30D5\u30E9\u306E\u969C\u5BB3\uFF084(5)\uFF09\u306B\u5099\u3048\u3001\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u696D\u52D9\u7D99\u7D9A\u8A08\u753B\u3092\u6574\u5099\u3059\u308B\u3002",
    en: "[Guideline default] Keep a business continuity plan for information systems covering disasters (4(3)), staff shortage from a large-scale epidemic (4(4)) and infrastructure outages (4(5))."
  },
  remediation: { ja: "\u4EE3\u66FF\u8981\u54E1\u3001\u4EE3\u66FF\u624B\u6BB5\u3001\u5FA9\u65E7\u624B\u9806\u3092\u542B\u3080\u696D\u52D9\u7D99\u7D9A\u8A08\u753B\u3092\u7B56\u5B9A\u3059\u308B\u3002", en: "Draw up a continuity plan with substitute staff, fallback means and recovery steps." },
  admitsException: !0,
  parameters: {},
  facts: { organization: ["continuityPlanInPlace"] },
  verdicts: continuityVerdicts,
  checks: { organization: (s) => judgeFlag(s.continuityPlanInPlace, continuityVerdicts) }
});

// ../../tmp/infosec-baseline-UtWtyv/src/internal/edit-distance.ts
function editDistance(a, b) {
  let row2 = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row2[0];
    row2[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let above = row2[j];
      row2[j] = Math.min(above + 1, row2[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1)), diagonal = above;
    }
  }
  return row2[b.length];
}

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/scope.ts
var scope = deepFreeze({
  organizations: [
    { id: "secretariat", name: { ja: "\u5E83\u57DF\u9023\u5408\u4E8B\u52D9\u5C40", en: "Union Secretariat" } },
    { id: "assembly-secretariat", name: { ja: "\u8B70\u4F1A\u4E8B\u52D9\u5C40", en: "Assembly Secretariat" } },
    { id: "audit-secretariat", name: { ja: "\u76E3\u67FB\u59D4\u54E1\u4E8B\u52D9\u5C40", en: "Audit Commissioners' Secretariat" } },
    { id: "election-commission", name: { ja: "\u9078\u6319\u7BA1\u7406\u59D4\u54E1\u4F1A", en: "Election Administration Commission" } }
  ],
  assetRanges: [
    {
      clause: "5(2)\u2460",
      text: {
        ja: "\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u53CA\u3073\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u4E26\u3073\u306B\u3053\u308C\u3089\u306B\u95A2\u3059\u308B\u8A2D\u5099\u53CA\u3073\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53",
        en: "Networks and information systems, and the facilities and electromagnetic recording media relating to them"
      },
      categories: ["network", "information-system", "server", "terminal", "facility", "media"]
    },
    {
      clause: "5(2)\u2461",
      text: {
        ja: "\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u53CA\u3073\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u3067\u53D6\u308A\u6271\u3046\u60C5\u5831\uFF08\u3053\u308C\u3089\u3092\u5370\u5237\u3057\u305F\u6587\u66F8\u3092\u542B\u3080\u3002\uFF09",
        en: "Information handled on networks and information systems (including documents on which it is printed)"
      },
      categories: ["information"]
    },
    {
      clause: "5(2)\u2462",
      text: {
        ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u4ED5\u69D8\u66F8\u53CA\u3073\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u56F3\u7B49\u306E\u30B7\u30B9\u30C6\u30E0\u95A2\u9023\u6587\u66F8",
        en: "System-related documents such as information system specifications and network diagrams"
      },
      categories: ["system-document"]
    }
  ]
});
function isInScope(orgId) {
  return typeof orgId != "string" ? !1 : (scopeIds ??= new Set(scope.organizations.map((organization2) => organization2.id)), scopeIds.has(orgId));
}
var scopeIds;

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/vocabulary-values.ts
function frozen(values) {
  return Object.freeze(values);
}
var ZONE_VALUES = frozen(["mynumber", "lgwan", "internet"]), ORGANIZATION_ID_VALUES = frozen([
  "secretariat",
  "assembly-secretariat",
  "audit-secretariat",
  "election-commission"
]), ASSET_CATEGORY_VALUES = frozen([
  "network",
  "information-system",
  "server",
  "terminal",
  "media",
  "facility",
  "information",
  "system-document"
]), PERSON_CATEGORY_VALUES = frozen([
  "regular",
  "fiscal-year-appointed",
  "part-time",
  "municipal-staff",
  "contractor",
  "outsider"
]), FACTOR_KIND_VALUES = frozen(["knowledge", "possession", "inherence"]), TRANSFER_CHANNEL_VALUES = frozen(["network", "email", "removable-media", "screen-transfer"]), SAFEGUARD_VALUES = frozen([
  "isolation",
  "carry-out-blocked",
  "multi-factor-sign-in",
  "traffic-monitoring",
  "physical-protection",
  "entry-control",
  "anti-theft",
  "access-control",
  "malware-protection",
  "intrusion-prevention",
  "security-updates",
  "backup",
  "encryption",
  "locked-storage",
  "power-backup",
  "environmental-protection"
]), ASSET_LOCATION_VALUES = frozen(["union-premises", "member-municipality-counter"]), APPROVER_ROLE_VALUES = frozen(["ciso", "security-officer", "security-manager", "other"]), ACCESS_OPERATION_VALUES = frozen(["read", "change", "delete"]), SOFTWARE_ACTION_VALUES = frozen(["install", "use"]);

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/organization-ref.ts
var OUTSIDE_NAME_MAX_LENGTH = 200, OUTSIDE_NAME_PATTERN = /^(?![\s\p{Cc}\p{Cf}])[^\p{Cc}\p{Cf}]*(?<![\s\p{Cc}\p{Cf}])$/u, ID_SET = new Set(ORGANIZATION_ID_VALUES);
function isOrganizationId(value2) {
  return typeof value2 == "string" && ID_SET.has(value2);
}
var SIMPLIFIED = Object.freeze({
  \u52A1: "\u52D9",
  \u5E7F: "\u5E83",
  \u8FDE: "\u9023",
  \u8BAE: "\u8B70",
  \u76D1: "\u76E3",
  \u5458: "\u54E1",
  \u9009: "\u9078",
  \u4E3E: "\u6319",
  \u67E5: "\u67FB",
  \u8D2F: "\u8CAB"
});
function normalize(text3) {
  let folded = text3.normalize("NFKC").replace(/[\s\p{Cc}\p{Cf}]+/gu, " ").trim().toLowerCase();
  return folded = [...folded].map((char) => SIMPLIFIED[char] ?? char).join(""), folded.replace(/[\s_.・]+/g, "-");
}
function compact(text3) {
  return normalize(text3).replace(/[-'’()（）]/g, "");
}
function suggestOrganizationId(text3) {
  let key = compact(text3);
  if (key === "") return;
  for (let organization2 of scope.organizations) {
    let id2 = organization2.id;
    if (key === compact(id2) || key === compact(organization2.name.ja) || key === compact(organization2.name.en)) return id2;
  }
  let best, bestDistance = 3;
  for (let id2 of ORGANIZATION_ID_VALUES) {
    let d = editDistance(normalize(text3), id2);
    d < bestDistance && (best = id2, bestDistance = d);
  }
  for (let organization2 of scope.organizations)
    if (editDistance(key, compact(organization2.name.ja)) === 1) return organization2.id;
  return best;
}
var EXPECTED = 'one of "secretariat", "assembly-secretariat", "audit-secretariat", "election-commission" (the organisations of 5(1)), or { "outside": "<name>" } for a body outside 5(1)';
function quoted(text3) {
  let shown3 = text3.length > 60 ? `${text3.slice(0, 60)}\u2026` : text3;
  return JSON.stringify(shown3).replace(/[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function describeValue(value2) {
  return value2 === null ? "null" : Array.isArray(value2) ? "an array" : typeof value2 == "object" ? "an object" : `a ${typeof value2}`;
}
function outsideNameProblem(name) {
  if (typeof name == "string" && name.length <= 2 * OUTSIDE_NAME_MAX_LENGTH) {
    let known = outsideNames.get(name);
    if (known !== void 0) return known === !0 ? void 0 : known;
    let problem = findOutsideNameProblem(name);
    return outsideNames.size >= 4096 && outsideNames.clear(), outsideNames.set(name, problem ?? !0), problem;
  }
  return findOutsideNameProblem(name);
}
var outsideNames = /* @__PURE__ */ new Map();
function findOutsideNameProblem(name) {
  if (typeof name != "string") return `"outside" must be the name of the body outside 5(1), not ${describeValue(name)}`;
  if (name.trim() === "") return '"outside" must name the body outside 5(1): it is blank';
  if (name.length > OUTSIDE_NAME_MAX_LENGTH && [...name].length > OUTSIDE_NAME_MAX_LENGTH) return `"outside" must be at most ${OUTSIDE_NAME_MAX_LENGTH} characters`;
  if (!OUTSIDE_NAME_PATTERN.test(name)) return `"outside" ${quoted(name)} has white space at an end or a control or invisible character: write the name as it is`;
  let meant = suggestOrganizationId(name);
  if (meant !== void 0) return `"outside" ${quoted(name)} looks like "${meant}", which is in the scope of 5(1): write "${meant}" (or the outside body's own name)`;
}
function organizationRefProblem(value2) {
  if (typeof value2 == "string") {
    if (ID_SET.has(value2)) return;
    if (value2.trim() === "") return `an organisation reference must not be blank: expected ${EXPECTED}`;
    let meant = suggestOrganizationId(value2);
    return meant === void 0 ? `unknown organisation ${quoted(value2)}: expected ${EXPECTED}; if it is a body outside 5(1), write { "outside": ${quoted(value2)} }` : `unknown organisation ${quoted(value2)}: did you mean "${meant}"? Expected ${EXPECTED}`;
  }
  if (typeof value2 != "object" || value2 === null || Array.isArray(value2)) return `expected ${EXPECTED}, not ${describeValue(value2)}`;
  let prototype = Object.getPrototypeOf(value2);
  if (prototype !== Object.prototype && prototype !== null) return `expected ${EXPECTED}, not an object of another class`;
  let extra = Reflect.ownKeys(value2).filter((key) => key !== "outside");
  if (extra.length > 0) return `an outside body is declared as { "outside": "<name>" } only: unexpected ${extra.map((key) => quoted(String(key))).join(", ")}`;
  let descriptor = Object.getOwnPropertyDescriptor(value2, "outside");
  return descriptor === void 0 ? `expected ${EXPECTED}: "outside" is missing` : "value" in descriptor ? outsideNameProblem(descriptor.value) : '"outside" must be a data property, not an accessor';
}

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/organization.ts
var scopeVerdicts = {
  inScope: pass({
    ja: "5(1)\u306E\u9069\u7528\u7BC4\u56F2\uFF08\u5E83\u57DF\u9023\u5408\u4E8B\u52D9\u5C40\u3001\u8B70\u4F1A\u4E8B\u52D9\u5C40\u3001\u76E3\u67FB\u59D4\u54E1\u4E8B\u52D9\u5C40\u3001\u9078\u6319\u7BA1\u7406\u59D4\u54E1\u4F1A\uFF09\u306B\u542B\u307E\u308C\u308B\u7D44\u7E54\u3067\u3042\u308B\u3002",
    en: "The organisation is within the scope of 5(1) (the Secretariat, the Assembly Secretariat, the Audit Commissioners' Secretariat, the Election Administration Commission)."
  }),
  ownByDefault: pass({
    ja: "\u7D44\u7E54\u306E\u6307\u5B9A\u304C\u306A\u3044\u305F\u3081\u3001\u5E83\u57DF\u9023\u5408\u81EA\u8EAB\u306E\u884C\u70BA\u3068\u3057\u3066\u6271\u3046\uFF085(1)\u306E\u9069\u7528\u7BC4\u56F2\u5185\uFF09\u3002",
    en: "No organisation is named, so this is taken as the Union's own action (within the scope of 5(1))."
  }),
  unionAssetAtCounter: pass({
    ja: "\u69CB\u6210\u5E02\u753A\u6751\u306E\u7A93\u53E3\u306B\u8A2D\u7F6E\u3055\u308C\u305F\u5E83\u57DF\u9023\u5408\u306E\u60C5\u5831\u8CC7\u7523\u3067\u3042\u308A\u30015(2)\u2460\u306B\u3088\u308A\u57FA\u672C\u65B9\u91DD\u306E\u5BFE\u8C61\u3067\u3042\u308B\uFF08\u69CB\u6210\u5E02\u753A\u6751\u81EA\u8EAB\u306E\u8CC7\u7523\u3067\u306F\u306A\u3044\uFF09\u3002",
    en: "A Union asset placed at a member municipality's counter: within the scope of 5(2)\u2460 (it is not the municipality's own asset)."
  }),
  outOfScope: notApplicable({
    ja: "5(1)\u306E\u9069\u7528\u7BC4\u56F2\u306B\u542B\u307E\u308C\u306A\u3044\u7D44\u7E54\uFF08outside \u3068\u3057\u3066\u660E\u793A\u3055\u308C\u305F\u7D44\u7E54\uFF09\u3067\u3042\u308B\u305F\u3081\u3001\u57FA\u672C\u65B9\u91DD\u306F\u9069\u7528\u3055\u308C\u306A\u3044\u3002",
    en: "The organisation is declared (as outside) to be outside the scope of 5(1), so the basic policy does not apply."
  })
};
function judgeScope(subject3) {
  if (!Object.hasOwn(subject3, "organization") || subject3.organization === void 0) return scopeVerdicts.ownByDefault;
  let organization2 = subject3.organization;
  if (isOrganizationId(organization2)) return scopeVerdicts.inScope;
  if (typeof organization2 == "object" && organization2 !== null && Object.hasOwn(organization2, "outside") && typeof organization2.outside == "string" && organization2.outside.trim() !== "")
    return scopeVerdicts.outOfScope;
  throw new TypeError("scope-organization: the organisation is neither an id of 5(1) nor { outside: name }");
}
function judgeAssetScope(subject3) {
  let verdict2 = judgeScope(subject3);
  return verdict2 === scopeVerdicts.inScope && subject3.location === "member-municipality-counter" ? scopeVerdicts.unionAssetAtCounter : verdict2;
}
var everyKind = (_kind) => (subject3) => judgeScope(subject3), scopeOrganization = defineControl({
  id: "scope-organization",
  title: { ja: "\u9069\u7528\u7BC4\u56F2\uFF08\u884C\u653F\u6A5F\u95A2\uFF09", en: "Scope: organisations" },
  clause: "5(1)",
  provenance: "basic-policy",
  category: "organization",
  threats: [],
  requirement: {
    ja: "\u57FA\u672C\u65B9\u91DD\u306F\u3001\u5E83\u57DF\u9023\u5408\u4E8B\u52D9\u5C40\u3001\u8B70\u4F1A\u4E8B\u52D9\u5C40\u3001\u76E3\u67FB\u59D4\u54E1\u4E8B\u52D9\u5C40\u53CA\u3073\u9078\u6319\u7BA1\u7406\u59D4\u54E1\u4F1A\u306B\u9069\u7528\u3055\u308C\u308B\u3002\u305D\u308C\u4EE5\u5916\u306E\u7D44\u7E54\u306E\u5BFE\u8C61\u306F\u5224\u5B9A\u3057\u306A\u3044\u3002",
    en: "The basic policy applies to the Secretariat, the Assembly Secretariat, the Audit Commissioners' Secretariat and the Election Administration Commission. Subjects of any other organisation are not judged."
  },
  remediation: {
    ja: "\u5BFE\u8C61\u306E\u7D44\u7E54\u540D\u3092\u78BA\u8A8D\u3059\u308B\u3002\u9069\u7528\u7BC4\u56F2\u5916\u306E\u7D44\u7E54\u306E\u5834\u5408\u306F\u3001\u305D\u306E\u7D44\u7E54\u306E\u898F\u7A0B\u306B\u5F93\u3046\u3002",
    en: "Check the organisation named. An organisation outside the scope follows its own rules."
  },
  admitsException: !1,
  gate: !0,
  parameters: {},
  facts: {
    transfer: [],
    "carry-out": [],
    "sign-in": [],
    "software-use": [],
    access: [],
    outsourcing: [],
    "cloud-use": [],
    asset: ["organization"],
    organization: ["organization"]
  },
  verdicts: scopeVerdicts,
  checks: {
    transfer: everyKind("transfer"),
    "carry-out": everyKind("carry-out"),
    "sign-in": everyKind("sign-in"),
    "software-use": everyKind("software-use"),
    access: everyKind("access"),
    outsourcing: everyKind("outsourcing"),
    "cloud-use": everyKind("cloud-use"),
    asset: judgeAssetScope,
    organization: everyKind("organization")
  }
}), securityOrganizationVerdicts = {
  yes: pass({ ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u63A8\u9032\u3059\u308B\u4F53\u5236\u304C\u78BA\u7ACB\u3055\u308C\u3066\u3044\u308B\u3002", en: "An organisation to promote information security measures is established." }),
  no: fail({ ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u63A8\u9032\u3059\u308B\u4F53\u5236\u304C\u78BA\u7ACB\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "No organisation to promote information security measures is established." }),
  unknown: manual({ ja: "\u63A8\u9032\u4F53\u5236\u306E\u78BA\u7ACB\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the security organisation is established is not stated." })
}, securityOrganization = defineControl({
  id: "security-organization",
  title: { ja: "\u7D44\u7E54\u4F53\u5236\u306E\u78BA\u7ACB", en: "Security organisation established" },
  clause: "7(1)",
  provenance: "basic-policy",
  category: "organization",
  threats: ["T2", "T2.9"],
  requirement: {
    ja: "\u5E83\u57DF\u9023\u5408\u306E\u60C5\u5831\u8CC7\u7523\u306B\u3064\u3044\u3066\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u63A8\u9032\u3059\u308B\u4F53\u5236\u3092\u78BA\u7ACB\u3059\u308B\u3002",
    en: "Establish an organisation that promotes information security measures for the Union's information assets."
  },
  remediation: {
    ja: "\u6700\u9AD8\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8CAC\u4EFB\u8005\uFF08CISO\uFF09\u3092\u306F\u3058\u3081\u3068\u3059\u308B\u63A8\u9032\u4F53\u5236\u3092\u5B9A\u3081\u3001\u5F79\u5272\u3068\u8CAC\u4EFB\u3092\u660E\u78BA\u306B\u3059\u308B\u3002",
    en: "Set up the organisation, starting with the CISO, and make roles and responsibilities clear."
  },
  admitsException: !1,
  parameters: {},
  facts: { organization: ["securityOrganizationEstablished"] },
  verdicts: securityOrganizationVerdicts,
  checks: { organization: (s) => judgeFlag(s.securityOrganizationEstablished, securityOrganizationVerdicts) }
}), standardsVerdicts = {
  yes: pass({ ja: "\u5BFE\u7B56\u57FA\u6E96\u304C\u7B56\u5B9A\u3055\u308C\u3066\u3044\u308B\u3002", en: "The standards (\u5BFE\u7B56\u57FA\u6E96) are established." }),
  no: fail({ ja: "\u5BFE\u7B56\u57FA\u6E96\u304C\u7B56\u5B9A\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "The standards (\u5BFE\u7B56\u57FA\u6E96) are not established." }),
  unknown: manual({ ja: "\u5BFE\u7B56\u57FA\u6E96\u306E\u7B56\u5B9A\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the standards are established is not stated." })
}, standardsEstablished = defineControl({
  id: "standards-established",
  title: { ja: "\u5BFE\u7B56\u57FA\u6E96\u306E\u7B56\u5B9A", en: "Standards established" },
  clause: "10",
  provenance: "basic-policy",
  category: "organization",
  threats: ["T2", "T2.9"],
  requirement: {
    ja: "7\u30018\u53CA\u30739\u306E\u5BFE\u7B56\u7B49\u3092\u5B9F\u65BD\u3059\u308B\u305F\u3081\u3001\u5177\u4F53\u7684\u306A\u9075\u5B88\u4E8B\u9805\u3001\u5224\u65AD\u57FA\u6E96\u7B49\u3092\u5B9A\u3081\u308B\u5BFE\u7B56\u57FA\u6E96\u3092\u7B56\u5B9A\u3059\u308B\u3002",
    en: "Establish standards setting out concrete rules and criteria to carry out the measures of 7, 8 and 9."
  },
  remediation: {
    ja: "\u5BFE\u7B56\u57FA\u6E96\u3092\u7B56\u5B9A\u3057\u3001\u975E\u516C\u958B\u3068\u3057\u3066\u7BA1\u7406\u3059\u308B\u3002",
    en: "Establish the standards and keep them non-public."
  },
  admitsException: !1,
  parameters: {},
  facts: { organization: ["standardsInPlace"] },
  verdicts: standardsVerdicts,
  checks: { organization: (s) => judgeFlag(s.standardsInPlace, standardsVerdicts) }
}), proceduresVerdicts = {
  yes: pass({ ja: "\u5B9F\u65BD\u624B\u9806\u304C\u7B56\u5B9A\u3055\u308C\u3066\u3044\u308B\u3002", en: "The procedures (\u5B9F\u65BD\u624B\u9806) are established." }),
  no: fail({ ja: "\u5B9F\u65BD\u624B\u9806\u304C\u7B56\u5B9A\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "The procedures (\u5B9F\u65BD\u624B\u9806) are not established." }),
  unknown: manual({ ja: "\u5B9F\u65BD\u624B\u9806\u306E\u7B56\u5B9A\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the procedures are established is not stated." })
}, proceduresEstablished = defineControl({
  id: "procedures-established",
  title: { ja: "\u5B9F\u65BD\u624B\u9806\u306E\u7B56\u5B9A", en: "Procedures established" },
  clause: "11",
  provenance: "basic-policy",
  category: "organization",
  threats: ["T2", "T2.5", "T2.9"],
  requirement: {
    ja: "\u5BFE\u7B56\u57FA\u6E96\u306B\u57FA\u3065\u304D\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u5B9F\u65BD\u3059\u308B\u305F\u3081\u306E\u5177\u4F53\u7684\u306A\u624B\u9806\u3092\u5B9A\u3081\u305F\u5B9F\u65BD\u624B\u9806\u3092\u7B56\u5B9A\u3059\u308B\u3002",
    en: "Establish procedures that set out concrete steps to carry out the measures, based on the standards."
  },
  remediation: {
    ja: "\u5BFE\u7B56\u57FA\u6E96\u306B\u6CBF\u3063\u3066\u5B9F\u65BD\u624B\u9806\u3092\u7B56\u5B9A\u3057\u3001\u975E\u516C\u958B\u3068\u3057\u3066\u7BA1\u7406\u3059\u308B\u3002",
    en: "Establish procedures in line with the standards and keep them non-public."
  },
  admitsException: !1,
  parameters: {},
  facts: { organization: ["proceduresInPlace"] },
  verdicts: proceduresVerdicts,
  checks: { organization: (s) => judgeFlag(s.proceduresInPlace, proceduresVerdicts) }
});

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/outsourcing-and-cloud.ts
var OUTSOURCING_REQUIREMENT = {
  ja: "\u696D\u52D9\u59D4\u8A17\u3092\u884C\u3046\u5834\u5408\u306B\u306F\u3001\u59D4\u8A17\u4E8B\u696D\u8005\u3092\u9078\u5B9A\u3057\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u3092\u660E\u8A18\u3057\u305F\u5951\u7D04\u3092\u7DE0\u7D50\u3057\u3001\u59D4\u8A17\u4E8B\u696D\u8005\u306B\u304A\u3044\u3066\u5FC5\u8981\u306A\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u304C\u78BA\u4FDD\u3055\u308C\u3066\u3044\u308B\u3053\u3068\u3092\u78BA\u8A8D\u3057\u3001\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u5951\u7D04\u306B\u57FA\u3065\u304D\u63AA\u7F6E\u3092\u8B1B\u3058\u308B\u3002",
  en: "When outsourcing, select the contractor, conclude a contract stating the information security requirements, confirm that the contractor has the necessary measures in place, and take measures under the contract where needed."
}, selectionVerdicts = {
  yes: pass({ ja: "\u59D4\u8A17\u4E8B\u696D\u8005\u306F\u9078\u5B9A\u57FA\u6E96\u306B\u57FA\u3065\u304D\u9078\u5B9A\u3055\u308C\u3066\u3044\u308B\u3002", en: "The contractor was selected against criteria." }),
  no: fail({ ja: "\u59D4\u8A17\u4E8B\u696D\u8005\u304C\u9078\u5B9A\u57FA\u6E96\u306B\u57FA\u3065\u304D\u9078\u5B9A\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "The contractor was not selected against criteria." }),
  unknown: manual({ ja: "\u59D4\u8A17\u4E8B\u696D\u8005\u306E\u9078\u5B9A\u65B9\u6CD5\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "How the contractor was selected is not stated." })
}, contractorSelection = defineControl({
  id: "contractor-selection",
  title: { ja: "\u59D4\u8A17\u4E8B\u696D\u8005\u306E\u9078\u5B9A", en: "Selection of contractors" },
  clause: "7(8)",
  provenance: "basic-policy",
  category: "outsourcing-and-cloud",
  threats: ["T2", "T2.8"],
  requirement: OUTSOURCING_REQUIREMENT,
  remediation: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u306E\u6C34\u6E96\u3092\u542B\u3080\u9078\u5B9A\u57FA\u6E96\u306B\u3088\u308A\u59D4\u8A17\u4E8B\u696D\u8005\u3092\u9078\u5B9A\u3059\u308B\u3002", en: "Select the contractor against criteria that include its security measures." },
  admitsException: !1,
  parameters: {},
  facts: { outsourcing: ["selectedByCriteria"] },
  verdicts: selectionVerdicts,
  checks: { outsourcing: (s) => judgeFlag(s.selectedByCriteria, selectionVerdicts) }
}), contractVerdicts = {
  yes: pass({ ja: "\u5951\u7D04\u306B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u304C\u660E\u8A18\u3055\u308C\u3066\u3044\u308B\u3002", en: "The contract states the security requirements." }),
  no: fail({ ja: "\u5951\u7D04\u306B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u304C\u660E\u8A18\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "The contract does not state the security requirements." }),
  unknown: manual({ ja: "\u5951\u7D04\u3078\u306E\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u306E\u8A18\u8F09\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the contract states the security requirements is not stated." })
}, contractSecurityRequirements = defineControl({
  id: "contract-security-requirements",
  title: { ja: "\u5951\u7D04\u3078\u306E\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u306E\u660E\u8A18", en: "Security requirements in the contract" },
  clause: "7(8)",
  provenance: "basic-policy",
  category: "outsourcing-and-cloud",
  threats: ["T2", "T2.8", "T1", "T1.6"],
  requirement: OUTSOURCING_REQUIREMENT,
  remediation: { ja: "\u5951\u7D04\u66F8\u306B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\uFF08\u5B88\u79D8\u7FA9\u52D9\u3001\u518D\u59D4\u8A17\u306E\u5236\u9650\u3001\u4E8B\u6545\u6642\u306E\u5831\u544A\u7B49\uFF09\u3092\u660E\u8A18\u3059\u308B\u3002", en: "Write the security requirements (confidentiality, limits on subcontracting, incident reporting, etc.) into the contract." },
  admitsException: !1,
  parameters: {},
  facts: { outsourcing: ["securityRequirementsInContract"] },
  verdicts: contractVerdicts,
  checks: { outsourcing: (s) => judgeFlag(s.securityRequirementsInContract, contractVerdicts) }
}), confirmationVerdicts = {
  yes: pass({ ja: "\u59D4\u8A17\u4E8B\u696D\u8005\u306E\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u304C\u78BA\u8A8D\u3055\u308C\u3066\u3044\u308B\u3002", en: "The contractor's measures have been confirmed." }),
  no: fail({ ja: "\u59D4\u8A17\u4E8B\u696D\u8005\u306B\u304A\u3044\u3066\u5FC5\u8981\u306A\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u304C\u78BA\u4FDD\u3055\u308C\u3066\u3044\u308B\u3053\u3068\u3092\u78BA\u8A8D\u3057\u3066\u3044\u306A\u3044\u3002", en: "It has not been confirmed that the contractor has the necessary measures in place." }),
  unknown: manual({ ja: "\u59D4\u8A17\u4E8B\u696D\u8005\u306E\u5BFE\u7B56\u306E\u78BA\u8A8D\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the contractor's measures were confirmed is not stated." })
}, contractorMeasuresConfirmed = defineControl({
  id: "contractor-measures-confirmed",
  title: { ja: "\u59D4\u8A17\u4E8B\u696D\u8005\u306E\u5BFE\u7B56\u306E\u78BA\u8A8D", en: "Contractor's measures confirmed" },
  clause: "7(8)",
  provenance: "basic-policy",
  category: "outsourcing-and-cloud",
  threats: ["T2", "T2.8"],
  requirement: OUTSOURCING_REQUIREMENT,
  remediation: { ja: "\u5831\u544A\u306E\u5FB4\u53CE\u3084\u7ACB\u5165\u8ABF\u67FB\u7B49\u306B\u3088\u308A\u3001\u59D4\u8A17\u4E8B\u696D\u8005\u306E\u5BFE\u7B56\u3092\u78BA\u8A8D\u3059\u308B\u3002", en: "Confirm the contractor's measures, e.g. by reports or on-site checks." },
  admitsException: !1,
  parameters: {},
  facts: { outsourcing: ["measuresConfirmed"] },
  verdicts: confirmationVerdicts,
  checks: { outsourcing: (s) => judgeFlag(s.measuresConfirmed, confirmationVerdicts) }
}), CLOUD_REQUIREMENT = {
  ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\uFF08\u30AF\u30E9\u30A6\u30C9\u30B5\u30FC\u30D3\u30B9\uFF09\u3092\u5229\u7528\u3059\u308B\u5834\u5408\u306B\u306F\u3001\u5229\u7528\u306B\u4FC2\u308B\u898F\u5B9A\u3092\u6574\u5099\u3057\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
  en: "When using external (cloud) services, put rules for their use in place and take measures."
}, cloudRulesVerdicts = {
  yes: pass({ ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\u306E\u5229\u7528\u306B\u4FC2\u308B\u898F\u5B9A\u304C\u6574\u5099\u3055\u308C\u3066\u3044\u308B\u3002", en: "Rules for using the external service are in place." }),
  no: fail({ ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\u306E\u5229\u7528\u306B\u4FC2\u308B\u898F\u5B9A\u304C\u6574\u5099\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "No rules for using the external service are in place." }),
  unknown: manual({ ja: "\u5229\u7528\u306B\u4FC2\u308B\u898F\u5B9A\u306E\u6574\u5099\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether usage rules are in place is not stated." })
}, cloudUsageRules = defineControl({
  id: "cloud-usage-rules",
  title: { ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\u5229\u7528\u898F\u5B9A\u306E\u6574\u5099", en: "Rules for using cloud services" },
  clause: "7(8)",
  provenance: "basic-policy",
  category: "outsourcing-and-cloud",
  threats: ["T2", "T2.8", "T2.9"],
  requirement: CLOUD_REQUIREMENT,
  remediation: { ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\u306E\u5229\u7528\u306B\u4FC2\u308B\u898F\u5B9A\u3092\u6574\u5099\u3059\u308B\u3002", en: "Put rules for using external services in place." },
  admitsException: !1,
  parameters: {},
  facts: { "cloud-use": ["usageRulesInPlace"] },
  verdicts: cloudRulesVerdicts,
  checks: { "cloud-use": (s) => judgeFlag(s.usageRulesInPlace, cloudRulesVerdicts) }
}), cloudMeasuresVerdicts = {
  yes: pass({ ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\u306E\u5229\u7528\u306B\u5FC5\u8981\u306A\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002", en: "The measures for using the external service are taken." }),
  no: fail({ ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\u306E\u5229\u7528\u306B\u5FC5\u8981\u306A\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "The measures for using the external service are not taken." }),
  unknown: manual({ ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\u5229\u7528\u306E\u5BFE\u7B56\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the measures are taken is not stated." })
}, cloudMeasures = defineControl({
  id: "cloud-measures",
  title: { ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\u5229\u7528\u6642\u306E\u5BFE\u7B56", en: "Measures for cloud services" },
  clause: "7(8)",
  provenance: "basic-policy",
  category: "outsourcing-and-cloud",
  threats: ["T1", "T1.1", "T2", "T2.8"],
  requirement: CLOUD_REQUIREMENT,
  remediation: { ja: "\u898F\u5B9A\u306B\u5F93\u3044\u3001\u30A2\u30AF\u30BB\u30B9\u7BA1\u7406\u3001\u6697\u53F7\u5316\u3001\u4E8B\u696D\u8005\u306E\u5BFE\u7B56\u78BA\u8A8D\u7B49\u3092\u884C\u3046\u3002", en: "Following the rules, manage access, encrypt, and confirm the provider's measures." },
  admitsException: !1,
  parameters: {},
  facts: { "cloud-use": ["measuresTaken"] },
  verdicts: cloudMeasuresVerdicts,
  checks: { "cloud-use": (s) => judgeFlag(s.measuresTaken, cloudMeasuresVerdicts) }
});

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/physical.ts
var PHYSICAL_SAFEGUARDS = ["physical-protection", "entry-control", "anti-theft", "locked-storage"], physicalVerdicts = {
  yes: pass({ ja: "\u7269\u7406\u7684\u306A\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002", en: "Physical measures are in place." }),
  no: fail({ ja: "\u30B5\u30FC\u30D0\u3001\u901A\u4FE1\u56DE\u7DDA\u53C8\u306F\u30D1\u30BD\u30B3\u30F3\u7B49\u306B\u7269\u7406\u7684\u306A\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "No physical measure protects this server, line or PC." }),
  unknown: manual({ ja: "\u7269\u7406\u7684\u306A\u5BFE\u7B56\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether physical measures are in place is not recorded." }),
  otherCategory: notApplicable({ ja: "\u30B5\u30FC\u30D0\u3001\u901A\u4FE1\u56DE\u7DDA\u3001\u30D1\u30BD\u30B3\u30F3\u7B49\u3067\u306F\u306A\u3044\u3002", en: "Not a server, line or PC." })
}, physicalMeasures = defineControl({
  id: "physical-measures",
  title: { ja: "\u7269\u7406\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Physical security" },
  clause: "7(4)",
  provenance: "basic-policy",
  category: "physical",
  threats: ["T1", "T1.4", "T3", "T3.1", "T3.2", "T3.3"],
  requirement: {
    ja: "\u30B5\u30FC\u30D0\u3001\u901A\u4FE1\u56DE\u7DDA\u3001\u8077\u54E1\u306E\u30D1\u30BD\u30B3\u30F3\u7B49\u306E\u7BA1\u7406\u306B\u3064\u3044\u3066\u3001\u7269\u7406\u7684\u306A\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002\uFF08\u57FA\u672C\u65B9\u91DD\u306F\u76EE\u6A19\u306E\u307F\u3092\u5B9A\u3081\u3001\u5177\u4F53\u7684\u306A\u5BFE\u7B56\u306F\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u7BA1\u7406\u7B56\u3067\u78BA\u8A8D\u3059\u308B\u3002\uFF09",
    en: "Take physical measures for managing servers, communication lines, staff PCs and the like. (The basic policy states only this goal; the concrete measures are checked by the guideline controls.)"
  },
  remediation: { ja: "\u8A2D\u7F6E\u5834\u6240\u306E\u65BD\u9320\u3001\u5165\u9000\u5BA4\u7BA1\u7406\u3001\u76D7\u96E3\u9632\u6B62\u7B49\u306E\u7269\u7406\u7684\u306A\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002", en: "Lock the location, control entry, fix against theft, or take other physical measures." },
  admitsException: !1,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: physicalVerdicts,
  checks: {
    asset: (s) => s.category !== "server" && s.category !== "network" && s.category !== "terminal" ? physicalVerdicts.otherCategory : s.safeguards === void 0 ? physicalVerdicts.unknown : PHYSICAL_SAFEGUARDS.some((safeguard) => s.safeguards?.includes(safeguard)) ? physicalVerdicts.yes : physicalVerdicts.no
  }
}), entryVerdicts = {
  yes: pass({ ja: "\u8A2D\u7F6E\u5834\u6240\u306E\u5165\u9000\u5BA4\u304C\u7BA1\u7406\u3055\u308C\u3066\u3044\u308B\u3002", en: "Entry to where it stands is controlled." }),
  no: fail({ ja: "\u30B5\u30FC\u30D0\u30FB\u901A\u4FE1\u6A5F\u5668\u306E\u8A2D\u7F6E\u5834\u6240\u306E\u5165\u9000\u5BA4\u304C\u7BA1\u7406\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Entry to where the server or network equipment stands is not controlled." }),
  unknown: manual({ ja: "\u5165\u9000\u5BA4\u7BA1\u7406\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether entry is controlled is not recorded." }),
  otherCategory: notApplicable({ ja: "\u30B5\u30FC\u30D0\u53C8\u306F\u901A\u4FE1\u6A5F\u5668\u3067\u306F\u306A\u3044\u3002", en: "Not a server or network equipment." })
}, serverRoomEntryControl = defineControl({
  id: "server-room-entry-control",
  title: { ja: "\u30B5\u30FC\u30D0\u5BA4\u7B49\u306E\u5165\u9000\u5BA4\u7BA1\u7406", en: "Entry control for server rooms" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["server-room-entry-control"],
  category: "physical",
  threats: ["T1", "T1.4", "T1.6"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u30B5\u30FC\u30D0\u53CA\u3073\u901A\u4FE1\u6A5F\u5668\u306F\u3001\u5165\u9000\u5BA4\u3092\u7BA1\u7406\u3059\u308B\u533A\u57DF\uFF08\u30B5\u30FC\u30D0\u5BA4\u7B49\uFF09\u306B\u8A2D\u7F6E\u3059\u308B\u3002",
    en: "[Guideline default] Servers and network equipment are placed in an area with controlled entry (a server room)."
  },
  remediation: { ja: "\u30B5\u30FC\u30D0\u5BA4\u7B49\u306B\u8A2D\u7F6E\u3057\u3001\u5165\u9000\u5BA4\u306E\u7BA1\u7406\u3068\u8A18\u9332\u3092\u884C\u3046\u3002", en: "Place it in a server room, and control and record entry." },
  admitsException: !0,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: entryVerdicts,
  checks: {
    asset: (s) => s.category === "server" || s.category === "network" ? judgeSafeguard(s.safeguards, "entry-control", entryVerdicts) : entryVerdicts.otherCategory
  }
}), antiTheftVerdicts = {
  yes: pass({ ja: "\u76D7\u96E3\u9632\u6B62\u63AA\u7F6E\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002", en: "It is fixed against theft." }),
  no: fail({ ja: "\u30D1\u30BD\u30B3\u30F3\u7B49\u7AEF\u672B\u306B\u76D7\u96E3\u9632\u6B62\u63AA\u7F6E\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "The terminal is not fixed against theft." }),
  unknown: manual({ ja: "\u76D7\u96E3\u9632\u6B62\u63AA\u7F6E\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether it is fixed against theft is not recorded." }),
  otherCategory: notApplicable({ ja: "\u30D1\u30BD\u30B3\u30F3\u7B49\u7AEF\u672B\u3067\u306F\u306A\u3044\u3002", en: "Not a terminal." })
}, terminalAntiTheft = defineControl({
  id: "terminal-anti-theft",
  title: { ja: "\u7AEF\u672B\u306E\u76D7\u96E3\u9632\u6B62", en: "Terminals fixed against theft" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["terminal-anti-theft"],
  category: "physical",
  threats: ["T1", "T1.4", "T2", "T2.1"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u30D1\u30BD\u30B3\u30F3\u7B49\u7AEF\u672B\u306B\u306F\u3001\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30EF\u30A4\u30E4\u30FC\u7B49\u306E\u76D7\u96E3\u9632\u6B62\u63AA\u7F6E\u3092\u8B1B\u3058\u308B\u3002",
    en: "[Guideline default] Terminals are fixed against theft, for example with a security wire."
  },
  remediation: { ja: "\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30EF\u30A4\u30E4\u30FC\u7B49\u3067\u56FA\u5B9A\u3059\u308B\u3002", en: "Fix it with a security wire or similar." },
  admitsException: !0,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: antiTheftVerdicts,
  checks: {
    asset: (s) => s.category === "terminal" ? judgeSafeguard(s.safeguards, "anti-theft", antiTheftVerdicts) : antiTheftVerdicts.otherCategory
  }
}), powerVerdicts = {
  yes: pass({ ja: "\u505C\u96FB\u5BFE\u7B56\uFF08\u7121\u505C\u96FB\u96FB\u6E90\u88C5\u7F6E\u7B49\uFF09\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002", en: "It is protected against power loss (UPS or similar)." }),
  no: fail({ ja: "\u53EF\u7528\u60272\u306E\u30B5\u30FC\u30D0\u306B\u505C\u96FB\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "A server of availability 2 is not protected against power loss." }),
  unknown: manual({ ja: "\u505C\u96FB\u5BFE\u7B56\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether it is protected against power loss is not recorded." }),
  unclassified: manual({ ja: "\u5206\u985E\u304C\u4E0D\u660E\u306A\u305F\u3081\u3001\u505C\u96FB\u5BFE\u7B56\u306E\u8981\u5426\u3092\u5224\u5B9A\u3067\u304D\u306A\u3044\u3002", en: "The classification is not recorded, so whether power protection is needed cannot be judged." }),
  notRequired: notApplicable({ ja: "\u53EF\u7528\u60271\u306E\u30B5\u30FC\u30D0\u3067\u3042\u308A\u3001\u505C\u96FB\u5BFE\u7B56\u306F\u6C42\u3081\u3089\u308C\u306A\u3044\u3002", en: "The server is availability 1, so power protection is not required." }),
  otherCategory: notApplicable({ ja: "\u30B5\u30FC\u30D0\u3067\u306F\u306A\u3044\u3002", en: "Not a server." })
}, serverPowerBackup = defineControl({
  id: "server-power-backup",
  title: { ja: "\u30B5\u30FC\u30D0\u306E\u505C\u96FB\u5BFE\u7B56", en: "Power protection for servers" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["server-power-backup"],
  category: "physical",
  threats: ["T3", "T3.2", "T5", "T5.1"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u53EF\u7528\u60272\u306E\u60C5\u5831\u8CC7\u7523\u3092\u6271\u3046\u30B5\u30FC\u30D0\u306B\u306F\u3001\u7121\u505C\u96FB\u96FB\u6E90\u88C5\u7F6E\u7B49\u306E\u505C\u96FB\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\uFF08\u53EF\u7528\u60272\u306E\u30B5\u30FC\u30D0\u306B\u9650\u308B\u306E\u306F\u672C\u30E9\u30A4\u30D6\u30E9\u30EA\u306E\u63A8\u5B9A\u3067\u3042\u308A\u3001\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u6839\u62E0\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u306A\u3044\uFF09\u3002",
    en: "[Guideline default] Servers handling availability-2 assets are protected against power loss, e.g. by a UPS (limiting this to availability-2 servers is the library's inference; no support for it was found in the guideline)."
  },
  remediation: { ja: "\u7121\u505C\u96FB\u96FB\u6E90\u88C5\u7F6E\u3092\u8A2D\u7F6E\u3057\u3001\u505C\u96FB\u6642\u306E\u505C\u6B62\u624B\u9806\u3092\u5B9A\u3081\u308B\u3002", en: "Install a UPS and define the shutdown procedure for power loss." },
  admitsException: !0,
  parameters: {},
  facts: { asset: ["classification", "safeguards"] },
  verdicts: powerVerdicts,
  checks: {
    asset: (s) => s.category !== "server" ? powerVerdicts.otherCategory : s.classification === void 0 ? powerVerdicts.unclassified : s.classification.availability < 2 ? powerVerdicts.notRequired : judgeSafeguard(s.safeguards, "power-backup", powerVerdicts)
  }
}), facilityEntryVerdicts = {
  yes: pass({ ja: "\u8A2D\u5099\u306E\u8A2D\u7F6E\u533A\u57DF\u306E\u5165\u9000\u5BA4\u304C\u7BA1\u7406\u3055\u308C\u3066\u3044\u308B\u3002", en: "Entry to where the facility stands is controlled." }),
  no: fail({ ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306B\u95A2\u3059\u308B\u8A2D\u5099\uFF08\u96FB\u7B97\u5BA4\u30FB\u914D\u7DDA\u5BA4\u7B49\uFF09\u306E\u5165\u9000\u5BA4\u304C\u7BA1\u7406\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Entry to the facility (computer room, wiring room\u2026) is not controlled." }),
  unknown: manual({ ja: "\u8A2D\u5099\u306E\u5165\u9000\u5BA4\u7BA1\u7406\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether entry to the facility is controlled is not recorded." }),
  otherCategory: notApplicable({ ja: "\u8A2D\u5099\u3067\u306F\u306A\u3044\u3002", en: "Not a facility." })
}, facilityEntryControl = defineControl({
  id: "facility-entry-control",
  title: { ja: "\u8A2D\u5099\u306E\u5165\u9000\u5BA4\u7BA1\u7406", en: "Entry control for facilities" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["facility-entry-control"],
  category: "physical",
  threats: ["T1", "T1.4", "T1.6"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306B\u95A2\u3059\u308B\u8A2D\u5099\uFF08\u96FB\u7B97\u5BA4\u3001\u914D\u7DDA\u5BA4\u7B49\u30025(2)\u2460\u306E\u300C\u3053\u308C\u3089\u306B\u95A2\u3059\u308B\u8A2D\u5099\u300D\uFF09\u306F\u3001\u5165\u9000\u5BA4\u3092\u7BA1\u7406\u3057\u8A18\u9332\u3059\u308B\u533A\u57DF\u3068\u3059\u308B\u3002",
    en: "[Guideline default] Facilities for the information systems (computer rooms, wiring rooms; \u300C\u3053\u308C\u3089\u306B\u95A2\u3059\u308B\u8A2D\u5099\u300D of 5(2)\u2460) are areas whose entry is controlled and recorded."
  },
  remediation: { ja: "\u8A2D\u5099\u306E\u533A\u57DF\u306B\u65BD\u9320\u30FB\u5165\u9000\u5BA4\u7BA1\u7406\u3092\u5C0E\u5165\u3057\u3001\u8A18\u9332\u3059\u308B\u3002", en: "Lock the facility's area, control entry and record it." },
  admitsException: !0,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: facilityEntryVerdicts,
  checks: {
    asset: (s) => s.category === "facility" ? judgeSafeguard(s.safeguards, "entry-control", facilityEntryVerdicts) : facilityEntryVerdicts.otherCategory
  }
}), facilityPowerVerdicts = {
  yes: pass({ ja: "\u8A2D\u5099\u306B\u505C\u96FB\u5BFE\u7B56\uFF08\u7121\u505C\u96FB\u96FB\u6E90\u88C5\u7F6E\u30FB\u81EA\u5BB6\u767A\u96FB\u7B49\uFF09\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002", en: "The facility is protected against power loss (UPS, generator\u2026)." }),
  no: fail({ ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306B\u95A2\u3059\u308B\u8A2D\u5099\u306B\u505C\u96FB\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "The facility has no protection against power loss." }),
  unknown: manual({ ja: "\u8A2D\u5099\u306E\u505C\u96FB\u5BFE\u7B56\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the facility is protected against power loss is not recorded." }),
  otherCategory: notApplicable({ ja: "\u8A2D\u5099\u3067\u306F\u306A\u3044\u3002", en: "Not a facility." })
}, facilityPowerBackup = defineControl({
  id: "facility-power-backup",
  title: { ja: "\u8A2D\u5099\u306E\u96FB\u6E90\u5BFE\u7B56", en: "Power protection for facilities" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["facility-power-backup"],
  category: "physical",
  threats: ["T3", "T3.2", "T5", "T5.1"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306B\u95A2\u3059\u308B\u8A2D\u5099\u306B\u306F\u3001\u505C\u96FB\u306B\u5099\u3048\u3066\u7121\u505C\u96FB\u96FB\u6E90\u88C5\u7F6E\u3001\u4E88\u5099\u96FB\u6E90\u7B49\u306E\u96FB\u6E90\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
    en: "[Guideline default] Facilities for the information systems are protected against power loss by a UPS, backup power or similar."
  },
  remediation: { ja: "\u7121\u505C\u96FB\u96FB\u6E90\u88C5\u7F6E\u3084\u4E88\u5099\u96FB\u6E90\u3092\u6574\u5099\u3059\u308B\u3002", en: "Provide a UPS or backup power." },
  admitsException: !0,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: facilityPowerVerdicts,
  checks: {
    asset: (s) => s.category === "facility" ? judgeSafeguard(s.safeguards, "power-backup", facilityPowerVerdicts) : facilityPowerVerdicts.otherCategory
  }
}), facilityEnvironmentVerdicts = {
  yes: pass({ ja: "\u8A2D\u5099\u306B\u9632\u707D\u30FB\u74B0\u5883\u5BFE\u7B56\uFF08\u9632\u706B\u3001\u9632\u6C34\u3001\u8010\u9707\u3001\u7A7A\u8ABF\u7B49\uFF09\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002", en: "The facility is protected against fire, water, earthquake and heat." }),
  no: fail({ ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306B\u95A2\u3059\u308B\u8A2D\u5099\u306B\u9632\u707D\u30FB\u74B0\u5883\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "The facility has no protection against fire, water, earthquake or heat." }),
  unknown: manual({ ja: "\u8A2D\u5099\u306E\u9632\u707D\u30FB\u74B0\u5883\u5BFE\u7B56\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the facility is protected against disasters is not recorded." }),
  otherCategory: notApplicable({ ja: "\u8A2D\u5099\u3067\u306F\u306A\u3044\u3002", en: "Not a facility." })
}, facilityEnvironment = defineControl({
  id: "facility-environment",
  title: { ja: "\u8A2D\u5099\u306E\u9632\u707D\u30FB\u74B0\u5883\u5BFE\u7B56", en: "Environmental protection for facilities" },
  clause: "7(4)",
  provenance: "guideline",
  basis: CONTROL_BASES["facility-environment"],
  category: "physical",
  threats: ["T3", "T3.1", "T3.2", "T3.3"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306B\u95A2\u3059\u308B\u8A2D\u5099\u306F\u3001\u706B\u707D\u3001\u6C34\u5BB3\u3001\u5730\u9707\u7B49\u306E\u707D\u5BB3\u53CA\u3073\u6E29\u5EA6\u30FB\u6E7F\u5EA6\u306B\u5BFE\u3059\u308B\u5BFE\u7B56\uFF08\u9632\u706B\u30FB\u9632\u6C34\u30FB\u8010\u9707\u30FB\u7A7A\u8ABF\u8A2D\u5099\u7B49\uFF09\u3092\u8B1B\u3058\u305F\u5834\u6240\u3068\u3059\u308B\uFF08\u57FA\u672C\u65B9\u91DD4(3)\u306F\u707D\u5BB3\u3092\u8105\u5A01\u3068\u3057\u3066\u6319\u3052\u3066\u3044\u308B\uFF09\u3002",
    en: "[Guideline default] Facilities for the information systems are protected against fire, flood, earthquake and temperature and humidity (fire protection, water protection, seismic measures, air conditioning); 4(3) of the basic policy names disasters as a threat."
  },
  remediation: { ja: "\u9632\u706B\u30FB\u9632\u6C34\u30FB\u8010\u9707\u30FB\u7A7A\u8ABF\u7B49\u306E\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002", en: "Provide fire, water and seismic protection and air conditioning." },
  admitsException: !0,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: facilityEnvironmentVerdicts,
  checks: {
    asset: (s) => s.category === "facility" ? judgeSafeguard(s.safeguards, "environmental-protection", facilityEnvironmentVerdicts) : facilityEnvironmentVerdicts.otherCategory
  }
});

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/review.ts
var REVIEW_REQUIREMENT = {
  ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u306E\u7D50\u679C\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u898B\u76F4\u3057\u304C\u5FC5\u8981\u3068\u306A\u3063\u305F\u5834\u5408\u53CA\u3073\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306B\u95A2\u3059\u308B\u72B6\u6CC1\u306E\u5909\u5316\u306B\u5BFE\u5FDC\u3059\u308B\u305F\u3081\u65B0\u305F\u306B\u5BFE\u7B56\u304C\u5FC5\u8981\u306B\u306A\u3063\u305F\u5834\u5408\u306B\u306F\u3001\u4FDD\u6709\u3059\u308B\u60C5\u5831\u53CA\u3073\u5229\u7528\u3059\u308B\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306B\u4FC2\u308B\u8105\u5A01\u306E\u767A\u751F\u306E\u53EF\u80FD\u6027\u53CA\u3073\u767A\u751F\u6642\u306E\u640D\u5931\u3092\u5206\u6790\u3057\u3001\u30EA\u30B9\u30AF\u3092\u691C\u8A0E\u3057\u305F\u4E0A\u3067\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u3092\u898B\u76F4\u3059\u3002",
  en: "Where audit and self-inspection show that the policy needs review, or new measures are needed because circumstances have changed, analyse the likelihood of threats to the information held and the systems used and the loss if they occur, consider the risks, and then review the policy."
}, reviewVerdicts = {
  yes: pass({ ja: "\u5FC5\u8981\u3068\u306A\u3063\u305F\u898B\u76F4\u3057\u304C\u884C\u308F\u308C\u3066\u3044\u308B\u3002", en: "The review that became necessary was carried out." }),
  no: fail({ ja: "\u898B\u76F4\u3057\u304C\u5FC5\u8981\u3068\u306A\u3063\u305F\u304C\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u304C\u898B\u76F4\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "A review became necessary but the policy has not been reviewed." }),
  unknown: manual({ ja: "\u898B\u76F4\u3057\u306E\u5B9F\u65BD\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the policy was reviewed is not stated." }),
  notNeeded: notApplicable({ ja: "\u898B\u76F4\u3057\u304C\u5FC5\u8981\u3068\u306A\u308B\u7D50\u679C\u3084\u72B6\u6CC1\u306E\u5909\u5316\u306F\u306A\u3044\u3002", en: "No finding or change of circumstances called for a review." }),
  needUnknown: manual({ ja: "\u898B\u76F4\u3057\u306E\u5FC5\u8981\u306E\u6709\u7121\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether a review became necessary is not stated." })
}, policyReview = defineControl({
  id: "policy-review",
  title: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u898B\u76F4\u3057", en: "Review of the policy" },
  clause: "9",
  provenance: "basic-policy",
  category: "review",
  threats: ["T2", "T2.9"],
  requirement: REVIEW_REQUIREMENT,
  remediation: { ja: "\u76E3\u67FB\u30FB\u81EA\u5DF1\u70B9\u691C\u306E\u7D50\u679C\u7B49\u3092\u8E0F\u307E\u3048\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u3092\u898B\u76F4\u3059\u3002", en: "Review the policy in the light of the audit and self-inspection results." },
  admitsException: !1,
  parameters: {},
  facts: { organization: ["reviewNeeded", "reviewed"] },
  verdicts: reviewVerdicts,
  checks: {
    organization: (s) => s.reviewNeeded === void 0 ? reviewVerdicts.needUnknown : s.reviewNeeded ? judgeFlag(s.reviewed, reviewVerdicts) : reviewVerdicts.notNeeded
  }
}), riskVerdicts = {
  yes: pass({ ja: "\u8105\u5A01\u306E\u767A\u751F\u306E\u53EF\u80FD\u6027\u53CA\u3073\u767A\u751F\u6642\u306E\u640D\u5931\u3092\u5206\u6790\u3057\u3066\u3044\u308B\u3002", en: "The likelihood of threats and the loss if they occur were analysed." }),
  no: fail({ ja: "\u898B\u76F4\u3057\u306B\u5F53\u305F\u308A\u3001\u8105\u5A01\u306E\u767A\u751F\u306E\u53EF\u80FD\u6027\u53CA\u3073\u767A\u751F\u6642\u306E\u640D\u5931\u3092\u5206\u6790\u3057\u3066\u3044\u306A\u3044\u3002", en: "The review did not analyse the likelihood of threats and the loss if they occur." }),
  unknown: manual({ ja: "\u30EA\u30B9\u30AF\u5206\u6790\u306E\u5B9F\u65BD\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the risks were analysed is not stated." }),
  notNeeded: notApplicable({ ja: "\u898B\u76F4\u3057\u304C\u5FC5\u8981\u3068\u306A\u308B\u7D50\u679C\u3084\u72B6\u6CC1\u306E\u5909\u5316\u306F\u306A\u3044\u3002", en: "No finding or change of circumstances called for a review." }),
  needUnknown: manual({ ja: "\u898B\u76F4\u3057\u306E\u5FC5\u8981\u306E\u6709\u7121\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether a review became necessary is not stated." })
}, riskAnalysis = defineControl({
  id: "risk-analysis",
  title: { ja: "\u898B\u76F4\u3057\u6642\u306E\u30EA\u30B9\u30AF\u5206\u6790", en: "Risk analysis for the review" },
  clause: "9",
  provenance: "basic-policy",
  category: "review",
  threats: ["T1", "T2", "T3", "T4", "T5"],
  requirement: REVIEW_REQUIREMENT,
  remediation: { ja: "\u8105\u5A01\u3054\u3068\u306B\u767A\u751F\u306E\u53EF\u80FD\u6027\u3068\u640D\u5931\u3092\u8A55\u4FA1\u3057\u3001\u30EA\u30B9\u30AF\u3092\u691C\u8A0E\u3059\u308B\u3002", en: "Assess likelihood and loss for each threat, and consider the risks." },
  admitsException: !1,
  parameters: {},
  facts: { organization: ["reviewNeeded", "riskAnalyzed"] },
  verdicts: riskVerdicts,
  checks: {
    organization: (s) => s.reviewNeeded === void 0 ? riskVerdicts.needUnknown : s.reviewNeeded ? judgeFlag(s.riskAnalyzed, riskVerdicts) : riskVerdicts.notNeeded
  }
});

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/system-resilience.ts
var ZONE_UNKNOWN_MESSAGE = {
  ja: "\u8CC7\u7523\u306E\u5C5E\u3059\u308B\u9818\u57DF\uFF08\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u30FBLGWAN\u63A5\u7D9A\u7CFB\u30FB\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\uFF09\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002",
  en: "The zone the asset belongs to (My Number, LGWAN or Internet) is not recorded."
};
function judgeZoneSafeguard(asset, zone2, categories, safeguard, verdicts) {
  return categories.includes(asset.category) ? asset.zone === void 0 ? verdicts.assetZoneUnknown : asset.zone !== zone2 ? verdicts.otherZone : judgeSafeguard(asset.safeguards, safeguard, verdicts) : verdicts.otherCategory;
}
var SYSTEM_CATEGORIES = ["network", "information-system", "server", "terminal"], isolationVerdicts = {
  crossing: fail({
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u3068\u4ED6\u306E\u9818\u57DF\u3068\u306E\u9593\u306E\u901A\u4FE1\u3067\u3042\u308B\u3002\u539F\u5247\u3068\u3057\u3066\u3001\u4ED6\u306E\u9818\u57DF\u3068\u306E\u901A\u4FE1\u306F\u3067\u304D\u306A\u3044\u3088\u3046\u306B\u3057\u306A\u3051\u308C\u3070\u306A\u3089\u306A\u3044\u3002",
    en: "This crosses between the My Number zone and another zone. In principle, the My Number zone must not be able to communicate with other zones."
  }),
  within: pass({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u4E2D\u3067\u5B8C\u7D50\u3057\u3066\u3044\u308B\u3002", en: "It stays within the My Number zone." }),
  otherZones: notApplicable({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306B\u95A2\u308F\u3089\u306A\u3044\u79FB\u52D5\u3067\u3042\u308B\u3002", en: "It does not involve the My Number zone." }),
  yes: pass({ ja: "\u4ED6\u306E\u9818\u57DF\u3068\u306E\u901A\u4FE1\u304C\u3067\u304D\u306A\u3044\u3088\u3046\u5206\u96E2\u3055\u308C\u3066\u3044\u308B\u3002", en: "It is isolated from communication with other zones." }),
  no: fail({
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u6A5F\u5668\u304C\u4ED6\u306E\u9818\u57DF\u304B\u3089\u5206\u96E2\u3055\u308C\u3066\u3044\u306A\u3044\u3002",
    en: "Equipment of the My Number zone is not isolated from other zones."
  }),
  unknown: manual({ ja: "\u5206\u96E2\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether it is isolated is not recorded." }),
  otherCategory: notApplicable({ ja: "\u901A\u4FE1\u3092\u884C\u3046\u6A5F\u5668\u3067\u306F\u306A\u3044\u3002", en: "Not equipment that communicates." }),
  otherZone: notApplicable({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u8CC7\u7523\u3067\u306F\u306A\u3044\u3002", en: "Not an asset of the My Number zone." }),
  assetZoneUnknown: manual(ZONE_UNKNOWN_MESSAGE)
}, mynumberIsolation = defineControl({
  id: "mynumber-isolation",
  title: { ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u5206\u96E2", en: "Isolation of the My Number zone" },
  clause: "7(3)\u2460",
  provenance: "basic-policy",
  category: "system-resilience",
  threats: ["T1", "T1.1", "T1.2", "T1.3", "T1.5"],
  requirement: {
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306B\u304A\u3044\u3066\u306F\u3001\u539F\u5247\u3068\u3057\u3066\u3001\u4ED6\u306E\u9818\u57DF\u3068\u306E\u901A\u4FE1\u3092\u3067\u304D\u306A\u3044\u3088\u3046\u306B\u3057\u305F\u4E0A\u3067\u3001\u4F4F\u6C11\u60C5\u5831\u306E\u6D41\u51FA\u3092\u9632\u3050\u3002",
    en: "In principle, make the My Number zone unable to communicate with other zones, to prevent residents' information from leaking."
  },
  remediation: {
    ja: "\u9818\u57DF\u9593\u306E\u901A\u4FE1\u7D4C\u8DEF\u3092\u906E\u65AD\u3059\u308B\u3002\u696D\u52D9\u4E0A\u3084\u3080\u3092\u5F97\u306A\u3044\u5834\u5408\u306F\u3001CISO\u306E\u627F\u8A8D\u306B\u3088\u308B\u4F8B\u5916\u63AA\u7F6E\u3068\u3057\u3066\u8A18\u9332\u3059\u308B\u3002",
    en: "Cut the communication path between the zones. Where the work truly needs it, record it as an exception approved by the CISO."
  },
  admitsException: !0,
  parameters: {},
  facts: { transfer: [], asset: ["zone", "safeguards"] },
  verdicts: isolationVerdicts,
  checks: {
    transfer: (s) => s.from === "mynumber" || s.to === "mynumber" ? s.from === s.to ? isolationVerdicts.within : isolationVerdicts.crossing : isolationVerdicts.otherZones,
    asset: (s) => judgeZoneSafeguard(s, "mynumber", SYSTEM_CATEGORIES, "isolation", isolationVerdicts)
  }
}), carryOutVerdicts = {
  fromTerminal: fail({
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u304B\u3089\u306E\u60C5\u5831\u6301\u51FA\u3057\u306F\u8A8D\u3081\u3089\u308C\u306A\u3044\uFF08\u6301\u51FA\u3057\u4E0D\u53EF\u8A2D\u5B9A\uFF09\u3002",
    en: "Taking information off a My Number zone terminal is not allowed (carry-out must be disabled)."
  }),
  notFromTerminal: pass({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u304B\u3089\u306E\u6301\u51FA\u3057\u3067\u306F\u306A\u3044\u3002", en: "It does not take information off a My Number zone terminal." }),
  terminalUnknown: manual({ ja: "\u7AEF\u672B\u304B\u3089\u306E\u6301\u51FA\u3057\u304B\u3069\u3046\u304B\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the information leaves a terminal is not stated." }),
  zoneUnknown: manual({ ja: "\u6301\u3061\u51FA\u3059\u60C5\u5831\u306E\u9818\u57DF\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "The zone the information comes from is not stated." }),
  otherZones: notApplicable({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u304B\u3089\u306E\u6301\u51FA\u3057\u3067\u306F\u306A\u3044\u3002", en: "It is not a carry-out from the My Number zone." }),
  toMedium: fail({
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u304B\u3089\u5916\u90E8\u8A18\u9332\u5A92\u4F53\u3078\u306E\u66F8\u51FA\u3057\u306F\u3001\u884C\u304D\u5148\u306E\u9818\u57DF\u3092\u554F\u308F\u305A\u7AEF\u672B\u304B\u3089\u306E\u60C5\u5831\u6301\u51FA\u3057\u3067\u3042\u308A\u3001\u8A8D\u3081\u3089\u308C\u306A\u3044\uFF08\u6301\u51FA\u3057\u4E0D\u53EF\u8A2D\u5B9A\uFF09\u3002",
    en: "Writing information from the My Number zone to removable media is carrying it off a terminal, whatever zone it goes to, and is not allowed (carry-out must be disabled)."
  }),
  notToMedium: pass({
    ja: "\u5916\u90E8\u8A18\u9332\u5A92\u4F53\u3078\u306E\u66F8\u51FA\u3057\u3067\u306F\u306A\u3044\uFF08\u9818\u57DF\u9593\u306E\u901A\u4FE1\u306F\u5206\u96E2\u306E\u7BA1\u7406\u7B56\u3067\u5224\u5B9A\u3059\u308B\uFF09\u3002",
    en: "Nothing is written to removable media (communication between zones is judged by the isolation controls)."
  }),
  channelUnknown: manual({
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u304B\u3089\u306E\u79FB\u52D5\u3060\u304C\u3001\u79FB\u52D5\u306E\u624B\u6BB5\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u305F\u3081\u3001\u5916\u90E8\u8A18\u9332\u5A92\u4F53\u3078\u306E\u66F8\u51FA\u3057\uFF08\u6301\u51FA\u3057\uFF09\u304B\u3069\u3046\u304B\u3092\u5224\u5B9A\u3067\u304D\u306A\u3044\u3002",
    en: "The information leaves the My Number zone, but how it moves is not stated, so whether it is written to removable media (a carry-out) cannot be judged."
  }),
  yes: pass({ ja: "\u7AEF\u672B\u306B\u6301\u51FA\u3057\u4E0D\u53EF\u8A2D\u5B9A\u304C\u3055\u308C\u3066\u3044\u308B\u3002", en: "The terminal is set so that information cannot be carried out." }),
  no: fail({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u306B\u6301\u51FA\u3057\u4E0D\u53EF\u8A2D\u5B9A\u304C\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "The My Number zone terminal is not set to block carrying information out." }),
  unknown: manual({ ja: "\u6301\u51FA\u3057\u4E0D\u53EF\u8A2D\u5B9A\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether carry-out is blocked is not recorded." }),
  otherCategory: notApplicable({ ja: "\u7AEF\u672B\u3067\u306F\u306A\u3044\u3002", en: "Not a terminal." }),
  otherZone: notApplicable({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u3067\u306F\u306A\u3044\u3002", en: "Not a My Number zone terminal." }),
  assetZoneUnknown: manual(ZONE_UNKNOWN_MESSAGE)
}, mynumberNoCarryOut = defineControl({
  id: "mynumber-no-carry-out",
  title: { ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u7AEF\u672B\u306E\u6301\u51FA\u3057\u4E0D\u53EF\u8A2D\u5B9A", en: "No carry-out from My Number zone terminals" },
  clause: "7(3)\u2460",
  provenance: "basic-policy",
  category: "system-resilience",
  threats: ["T1", "T1.6", "T2", "T2.1"],
  requirement: {
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306B\u304A\u3044\u3066\u306F\u3001\u7AEF\u672B\u304B\u3089\u306E\u60C5\u5831\u6301\u51FA\u3057\u4E0D\u53EF\u8A2D\u5B9A\u306B\u3088\u308A\u3001\u4F4F\u6C11\u60C5\u5831\u306E\u6D41\u51FA\u3092\u9632\u3050\u3002",
    en: "In the My Number zone, set terminals so that information cannot be carried out, to prevent residents' information from leaking."
  },
  remediation: {
    ja: "\u7AEF\u672B\u306E\u5916\u90E8\u8A18\u9332\u5A92\u4F53\u3078\u306E\u66F8\u51FA\u3057\u7B49\u3092\u7981\u6B62\u3059\u308B\u8A2D\u5B9A\u3092\u884C\u3046\u3002\u3053\u306E\u7BA1\u7406\u7B56\u306F\u4F8B\u5916\u63AA\u7F6E\u306E\u5BFE\u8C61\u5916\u3002",
    en: "Configure the terminal to block writing to external media. This control admits no exception."
  },
  admitsException: !1,
  parameters: {},
  facts: { transfer: ["channel"], "carry-out": ["zone", "fromTerminal"], asset: ["zone", "safeguards"] },
  verdicts: carryOutVerdicts,
  checks: {
    // Whatever the subject calls itself: a transfer out of マイナンバー利用事務系 on removable media is
    // information leaving a マイナンバー系 terminal, also when the medium is taken to another
    // マイナンバー系 terminal.
    transfer: (s) => s.from !== "mynumber" ? carryOutVerdicts.otherZones : s.channel === void 0 ? carryOutVerdicts.channelUnknown : s.channel === "removable-media" ? carryOutVerdicts.toMedium : carryOutVerdicts.notToMedium,
    "carry-out": (s) => s.zone === void 0 ? carryOutVerdicts.zoneUnknown : s.zone !== "mynumber" ? carryOutVerdicts.otherZones : s.fromTerminal === !1 ? carryOutVerdicts.notFromTerminal : s.fromTerminal === !0 ? carryOutVerdicts.fromTerminal : carryOutVerdicts.terminalUnknown,
    asset: (s) => judgeZoneSafeguard(s, "mynumber", ["terminal"], "carry-out-blocked", carryOutVerdicts)
  }
}), multiFactorVerdicts = {
  enough: pass({ ja: "2\u7A2E\u985E\u4EE5\u4E0A\u306E\u8A8D\u8A3C\u8981\u7D20\u3067\u8A8D\u8A3C\u3057\u3066\u3044\u308B\uFF08\u591A\u8981\u7D20\u8A8D\u8A3C\uFF09\u3002", en: "Two or more kinds of factor were presented (multi-factor)." }),
  tooFew: fail({
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u306B\u30012\u7A2E\u985E\u4EE5\u4E0A\u306E\u8A8D\u8A3C\u8981\u7D20\u306B\u3088\u3089\u305A\u306B\u30ED\u30B0\u30A4\u30F3\u3057\u3066\u3044\u308B\u3002",
    en: "Signing in to a My Number zone terminal with fewer than two kinds of factor."
  }),
  factorsUnknown: manual({ ja: "\u63D0\u793A\u3055\u308C\u305F\u8A8D\u8A3C\u8981\u7D20\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "The factors presented are not stated." }),
  otherZones: notApplicable({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u3067\u306F\u306A\u3044\u3002", en: "Not a My Number zone terminal." }),
  yes: pass({ ja: "\u7AEF\u672B\u306B\u591A\u8981\u7D20\u8A8D\u8A3C\u304C\u5C0E\u5165\u3055\u308C\u3066\u3044\u308B\u3002", en: "Multi-factor sign-in is in place on the terminal." }),
  no: fail({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u306B\u591A\u8981\u7D20\u8A8D\u8A3C\u304C\u5C0E\u5165\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "The My Number zone terminal has no multi-factor sign-in." }),
  unknown: manual({ ja: "\u591A\u8981\u7D20\u8A8D\u8A3C\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether multi-factor sign-in is in place is not recorded." }),
  otherCategory: notApplicable({ ja: "\u7AEF\u672B\u3067\u306F\u306A\u3044\u3002", en: "Not a terminal." }),
  otherZone: notApplicable({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u3067\u306F\u306A\u3044\u3002", en: "Not a My Number zone terminal." }),
  assetZoneUnknown: manual(ZONE_UNKNOWN_MESSAGE)
}, mynumberMultiFactor = defineControl({
  id: "mynumber-multi-factor",
  title: { ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u7AEF\u672B\u306E\u591A\u8981\u7D20\u8A8D\u8A3C", en: "Multi-factor sign-in on My Number zone terminals" },
  clause: "7(3)\u2460",
  provenance: "basic-policy",
  category: "system-resilience",
  threats: ["T1", "T1.1", "T1.6"],
  requirement: {
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306B\u304A\u3044\u3066\u306F\u3001\u7AEF\u672B\u3078\u306E\u591A\u8981\u7D20\u8A8D\u8A3C\u306E\u5C0E\u5165\u306B\u3088\u308A\u3001\u4F4F\u6C11\u60C5\u5831\u306E\u6D41\u51FA\u3092\u9632\u3050\u3002",
    en: "In the My Number zone, introduce multi-factor authentication on terminals, to prevent residents' information from leaking."
  },
  remediation: {
    ja: "\u77E5\u8B58\u30FB\u6240\u6301\u30FB\u751F\u4F53\u306E\u3046\u30612\u7A2E\u985E\u4EE5\u4E0A\u306E\u8981\u7D20\u306B\u3088\u308B\u8A8D\u8A3C\u3092\u5C0E\u5165\u3059\u308B\u3002\u3053\u306E\u7BA1\u7406\u7B56\u306F\u4F8B\u5916\u63AA\u7F6E\u306E\u5BFE\u8C61\u5916\u3002",
    en: "Require two or more of knowledge, possession and inherence factors. This control admits no exception."
  },
  admitsException: !1,
  parameters: {},
  facts: { "sign-in": ["factors"], asset: ["zone", "safeguards"] },
  verdicts: multiFactorVerdicts,
  checks: {
    "sign-in": (s) => s.zone !== "mynumber" ? multiFactorVerdicts.otherZones : s.factors === void 0 ? multiFactorVerdicts.factorsUnknown : countFactorKinds(s.factors) >= 2 ? multiFactorVerdicts.enough : multiFactorVerdicts.tooFew,
    asset: (s) => judgeZoneSafeguard(s, "mynumber", ["terminal"], "multi-factor-sign-in", multiFactorVerdicts)
  }
}), monitoringVerdicts2 = {
  yes: pass({ ja: "\u4E0D\u6B63\u901A\u4FE1\u306E\u76E3\u8996\u304C\u884C\u308F\u308C\u3066\u3044\u308B\u3002", en: "Unauthorised traffic is monitored." }),
  no: fail({ ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u3067\u4E0D\u6B63\u901A\u4FE1\u306E\u76E3\u8996\u304C\u884C\u308F\u308C\u3066\u3044\u306A\u3044\u3002", en: "Unauthorised traffic is not monitored in the Internet zone." }),
  unknown: manual({ ja: "\u4E0D\u6B63\u901A\u4FE1\u306E\u76E3\u8996\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether unauthorised traffic is monitored is not recorded." }),
  otherCategory: notApplicable({ ja: "\u901A\u4FE1\u3092\u76E3\u8996\u3059\u308B\u5BFE\u8C61\u306E\u6A5F\u5668\u3067\u306F\u306A\u3044\u3002", en: "Not equipment whose traffic is monitored." }),
  otherZone: notApplicable({ ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u306E\u8CC7\u7523\u3067\u306F\u306A\u3044\u3002", en: "Not an asset of the Internet zone." }),
  assetZoneUnknown: manual(ZONE_UNKNOWN_MESSAGE)
}, internetTrafficMonitoring = defineControl({
  id: "internet-traffic-monitoring",
  title: { ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u306E\u4E0D\u6B63\u901A\u4FE1\u76E3\u8996", en: "Monitoring of unauthorised traffic in the Internet zone" },
  clause: "7(3)\u2461",
  provenance: "basic-policy",
  category: "system-resilience",
  threats: ["T1", "T1.1", "T1.2", "T1.3"],
  requirement: {
    ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u306B\u304A\u3044\u3066\u306F\u3001\u4E0D\u6B63\u901A\u4FE1\u306E\u76E3\u8996\u6A5F\u80FD\u306E\u5F37\u5316\u7B49\u306E\u9AD8\u5EA6\u306A\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u5B9F\u65BD\u3059\u308B\u3002",
    en: "In the Internet zone, take advanced measures such as strengthened monitoring of unauthorised traffic."
  },
  remediation: { ja: "\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u6A5F\u5668\u30FB\u30B5\u30FC\u30D0\u306E\u901A\u4FE1\u3092\u76E3\u8996\u3059\u308B\u4ED5\u7D44\u307F\u3092\u5C0E\u5165\u3059\u308B\u3002", en: "Put monitoring of the traffic of network equipment and servers in place." },
  admitsException: !1,
  parameters: {},
  facts: { asset: ["zone", "safeguards"] },
  verdicts: monitoringVerdicts2,
  checks: {
    asset: (s) => judgeZoneSafeguard(s, "internet", ["network", "information-system", "server"], "traffic-monitoring", monitoringVerdicts2)
  }
}), sanitizationVerdicts = {
  yes: pass({ ja: "\u53D6\u308A\u8FBC\u3080\u524D\u306B\u7121\u5BB3\u5316\u3055\u308C\u3066\u3044\u308B\u3002", en: "It was sanitised before entering." }),
  screenTransfer: pass({
    ja: "\u753B\u9762\u8EE2\u9001\u306B\u3088\u308B\u53D6\u8FBC\u307F\u3067\u3042\u308A\u3001\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306F\u753B\u9762\u8EE2\u9001\u3092\u7121\u5BB3\u5316\u306E\u65B9\u6CD5\u3068\u3057\u3066\u3044\u308B\uFF08\u30D5\u30A1\u30A4\u30EB\u305D\u306E\u3082\u306E\u306F\u53D6\u308A\u8FBC\u307E\u308C\u306A\u3044\uFF09\u3002",
    en: "It enters by screen transfer, which the guideline counts as a sanitisation method (the file itself does not enter)."
  }),
  no: fail({ ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u304B\u3089\u306E\u60C5\u5831\u304C\u7121\u5BB3\u5316\u3055\u308C\u305A\u306B\u53D6\u308A\u8FBC\u307E\u308C\u3066\u3044\u308B\u3002", en: "Information from the Internet zone enters without sanitisation." }),
  unknown: manual({ ja: "\u7121\u5BB3\u5316\u306E\u6709\u7121\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether it was sanitised is not stated." }),
  otherDirection: notApplicable({ ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u304B\u3089\u4ED6\u306E\u9818\u57DF\u3078\u306E\u53D6\u8FBC\u307F\u3067\u306F\u306A\u3044\u3002", en: "Not information entering another zone from the Internet zone." })
}, internetSanitization = defineControl({
  id: "internet-sanitization",
  title: { ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u304B\u3089\u306E\u53D6\u8FBC\u307F\u6642\u306E\u7121\u5BB3\u5316", en: "Sanitisation of information from the Internet zone" },
  clause: "7(3)",
  provenance: "guideline",
  basis: CONTROL_BASES["internet-sanitization"],
  category: "system-resilience",
  threats: ["T1", "T1.2"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u304B\u3089\u4ED6\u306E\u9818\u57DF\u3078\u30D5\u30A1\u30A4\u30EB\u7B49\u3092\u53D6\u308A\u8FBC\u3080\u5834\u5408\u306F\u3001\u7121\u5BB3\u5316\u51E6\u7406\u3092\u884C\u3046\u3002\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306F\u753B\u9762\u8EE2\u9001\u3092\u7121\u5BB3\u5316\u306E\u65B9\u6CD5\u306E\u4E00\u3064\u3068\u3057\u3066\u3044\u308B\u305F\u3081\u3001\u753B\u9762\u8EE2\u9001\u306B\u3088\u308B\u53D6\u8FBC\u307F\u306F\u7121\u5BB3\u5316\u6E08\u307F\u3068\u3057\u3066\u6271\u3046\u3002",
    en: "[Guideline default] Files entering another zone from the Internet zone are sanitised first. The guideline names screen transfer as one sanitisation method, so information entering by screen transfer counts as sanitised."
  },
  remediation: { ja: "\u7121\u5BB3\u5316\uFF08\u30D5\u30A1\u30A4\u30EB\u306E\u518D\u69CB\u6210\u3001\u753B\u9762\u8EE2\u9001\u7B49\uFF09\u3092\u7D4C\u7531\u3057\u3066\u53D6\u308A\u8FBC\u3080\u3002", en: "Bring it in through sanitisation (file reconstruction, screen transfer, etc.)." },
  admitsException: !0,
  parameters: {},
  facts: { transfer: ["sanitized", "channel"] },
  verdicts: sanitizationVerdicts,
  checks: {
    transfer: (s) => s.from !== "internet" || s.to === "internet" ? sanitizationVerdicts.otherDirection : s.channel === "screen-transfer" ? sanitizationVerdicts.screenTransfer : judgeFlag(s.sanitized, sanitizationVerdicts)
  }
}), separationVerdicts = {
  crossing: fail({
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u3068\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u3068\u306E\u9593\u306E\u79FB\u52D5\u3067\u3042\u308B\u3002\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306F\u4E21\u8005\u306E\u5B8C\u5168\u306A\u5206\u96E2\u3092\u6C42\u3081\u3066\u304A\u308A\u3001\u4F8B\u5916\u63AA\u7F6E\u306E\u5BFE\u8C61\u3068\u306A\u3089\u306A\u3044\u3002",
    en: "This moves between the My Number zone and the Internet zone. The guideline requires the two to be completely separated, and no exception applies."
  }),
  noInternetPath: pass({
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306B\u95A2\u308F\u308B\u79FB\u52D5\u3060\u304C\u3001\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u3068\u306E\u9593\u306E\u7D4C\u8DEF\u3067\u306F\u306A\u3044\u3002",
    en: "It involves the My Number zone, but not a path to or from the Internet zone."
  }),
  otherZones: notApplicable({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306B\u95A2\u308F\u3089\u306A\u3044\u79FB\u52D5\u3067\u3042\u308B\u3002", en: "It does not involve the My Number zone." })
}, mynumberInternetSeparation = defineControl({
  id: "mynumber-internet-separation",
  title: { ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u3068\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u306E\u5B8C\u5168\u5206\u96E2", en: "Complete separation of the My Number zone from the Internet zone" },
  clause: "7(3)\u2460",
  provenance: "guideline",
  basis: CONTROL_BASES["mynumber-internet-separation"],
  category: "system-resilience",
  threats: ["T1", "T1.1", "T1.2", "T1.3"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u3068\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u3068\u306E\u9593\u306E\u901A\u4FE1\u7D4C\u8DEF\u306F\u8A2D\u3051\u306A\u3044\uFF08\u5B8C\u5168\u306A\u5206\u96E2\u3002\u7DCF\u52D9\u7701\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306E\u4E09\u5C64\u306E\u5BFE\u7B56\u306B\u3088\u308B\u3002\u57FA\u672C\u65B9\u91DD7(3)\u2460\u81EA\u4F53\u306F\u300C\u539F\u5247\u3068\u3057\u3066\u300D\u4ED6\u306E\u9818\u57DF\u3068\u306E\u901A\u4FE1\u3092\u3067\u304D\u306A\u3044\u3088\u3046\u306B\u3059\u308B\u3068\u5B9A\u3081\u308B\uFF09\u3002\u3053\u306E\u65E2\u5B9A\u5024\u306F\u4F8B\u5916\u63AA\u7F6E\u306E\u5BFE\u8C61\u5916\u3002",
    en: "[Guideline default] There is no communication path between the My Number zone and the Internet zone (complete separation, from the MIC guideline's three-layer model; 7(3)\u2460 of the basic policy itself says the My Number zone is, in principle, unable to communicate with other zones). This default admits no exception."
  },
  remediation: {
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u3068\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u306E\u9593\u306E\u7D4C\u8DEF\u3092\u64A4\u53BB\u3059\u308B\u3002\u60C5\u5831\u304C\u5FC5\u8981\u306A\u5834\u5408\u306FLGWAN\u63A5\u7D9A\u7CFB\u3092\u7D4C\u7531\u3057\u3001\u7121\u5BB3\u5316\u3057\u305F\u4E0A\u3067\u53D6\u308A\u8FBC\u3080\u3002\u3053\u306E\u7BA1\u7406\u7B56\u306F\u4F8B\u5916\u63AA\u7F6E\u306E\u5BFE\u8C61\u5916\u3002",
    en: "Remove the path between the My Number zone and the Internet zone. Where information is needed, bring it in through the LGWAN zone after sanitisation. This control admits no exception."
  },
  admitsException: !1,
  parameters: {},
  facts: { transfer: [] },
  verdicts: separationVerdicts,
  checks: {
    transfer: (s) => s.from === "mynumber" && s.to === "internet" || s.from === "internet" && s.to === "mynumber" ? separationVerdicts.crossing : s.from === "mynumber" || s.to === "mynumber" ? separationVerdicts.noInternetPath : separationVerdicts.otherZones
  }
});

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog/technical.ts
var accessVerdicts = {
  yes: pass({ ja: "\u30A2\u30AF\u30BB\u30B9\u3059\u308B\u6A29\u9650\u304C\u8A8D\u3081\u3089\u308C\u3066\u3044\u308B\u3002", en: "The person is authorised for this access." }),
  no: fail({ ja: "\u30A2\u30AF\u30BB\u30B9\u3092\u8A8D\u3081\u3089\u308C\u3066\u3044\u306A\u3044\u8005\u306B\u3088\u308B\u30A2\u30AF\u30BB\u30B9\u3067\u3042\u308B\u3002", en: "The person is not authorised for this access." }),
  unknown: manual({ ja: "\u30A2\u30AF\u30BB\u30B9\u6A29\u9650\u306E\u6709\u7121\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the person is authorised is not stated." }),
  safeguardYes: pass({ ja: "\u30A2\u30AF\u30BB\u30B9\u5236\u5FA1\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002", en: "Access control is in place." }),
  safeguardNo: fail({ ja: "\u30A2\u30AF\u30BB\u30B9\u5236\u5FA1\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "No access control is in place." }),
  safeguardUnknown: manual({ ja: "\u30A2\u30AF\u30BB\u30B9\u5236\u5FA1\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether access control is in place is not recorded." }),
  otherCategory: notApplicable({ ja: "\u30A2\u30AF\u30BB\u30B9\u5236\u5FA1\u3092\u8A2D\u5B9A\u3059\u308B\u6A5F\u5668\u30FB\u30B7\u30B9\u30C6\u30E0\u3067\u306F\u306A\u3044\u3002", en: "Not a system or device on which access control is set." })
}, accessControl = defineControl({
  id: "access-control",
  title: { ja: "\u30A2\u30AF\u30BB\u30B9\u5236\u5FA1", en: "Access control" },
  clause: "7(6)",
  provenance: "basic-policy",
  category: "technical",
  threats: ["T1", "T1.1", "T1.5", "T1.6"],
  requirement: {
    ja: "\u30A2\u30AF\u30BB\u30B9\u5236\u5FA1\u7B49\u306E\u6280\u8853\u7684\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\uFF08\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3059\u308B\u3053\u3068\u3092\u8A8D\u3081\u3089\u308C\u305F\u8005\u3060\u3051\u304C\u3001\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3067\u304D\u308B\u72B6\u614B\u3092\u78BA\u4FDD\u3059\u308B\uFF09\u3002",
    en: "Take technical measures such as access control (so that only those allowed to access information can access it)."
  },
  remediation: { ja: "\u30A2\u30AF\u30BB\u30B9\u6A29\u9650\u3092\u4ED8\u4E0E\u3055\u308C\u305F\u8005\u306B\u9650\u308A\u30A2\u30AF\u30BB\u30B9\u3092\u8A8D\u3081\u308B\u3002", en: "Allow access only to those granted the right." },
  admitsException: !1,
  parameters: {},
  facts: { access: ["authorized"], asset: ["safeguards"] },
  verdicts: accessVerdicts,
  checks: {
    access: (s) => judgeFlag(s.authorized, accessVerdicts),
    asset: (s) => s.category === "information-system" || s.category === "server" || s.category === "terminal" ? judgeSafeguard(s.safeguards, "access-control", { yes: accessVerdicts.safeguardYes, no: accessVerdicts.safeguardNo, unknown: accessVerdicts.safeguardUnknown }) : accessVerdicts.otherCategory
  }
}), malwareVerdicts = {
  yes: pass({ ja: "\u4E0D\u6B63\u30D7\u30ED\u30B0\u30E9\u30E0\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002", en: "Malware protection is in place." }),
  no: fail({ ja: "\u4E0D\u6B63\u30D7\u30ED\u30B0\u30E9\u30E0\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "No malware protection is in place." }),
  unknown: manual({ ja: "\u4E0D\u6B63\u30D7\u30ED\u30B0\u30E9\u30E0\u5BFE\u7B56\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether malware protection is in place is not recorded." }),
  otherCategory: notApplicable({ ja: "\u30B5\u30FC\u30D0\u53C8\u306F\u7AEF\u672B\u3067\u306F\u306A\u3044\u3002", en: "Not a server or terminal." })
}, malwareProtection = defineControl({
  id: "malware-protection",
  title: { ja: "\u4E0D\u6B63\u30D7\u30ED\u30B0\u30E9\u30E0\u5BFE\u7B56", en: "Malware protection" },
  clause: "7(6)",
  provenance: "basic-policy",
  category: "technical",
  threats: ["T1", "T1.2"],
  requirement: { ja: "\u4E0D\u6B63\u30D7\u30ED\u30B0\u30E9\u30E0\u5BFE\u7B56\u7B49\u306E\u6280\u8853\u7684\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002", en: "Take technical measures such as protection against malicious programs." },
  remediation: { ja: "\u30A6\u30A4\u30EB\u30B9\u5BFE\u7B56\u30BD\u30D5\u30C8\u7B49\u3092\u5C0E\u5165\u3057\u3001\u5B9A\u7FA9\u30D5\u30A1\u30A4\u30EB\u3092\u66F4\u65B0\u3059\u308B\u3002", en: "Install anti-malware software and keep its definitions up to date." },
  admitsException: !1,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: malwareVerdicts,
  checks: {
    asset: (s) => s.category === "server" || s.category === "terminal" ? judgeSafeguard(s.safeguards, "malware-protection", malwareVerdicts) : malwareVerdicts.otherCategory
  }
}), intrusionVerdicts = {
  yes: pass({ ja: "\u4E0D\u6B63\u30A2\u30AF\u30BB\u30B9\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u308B\u3002", en: "Protection against unauthorised access is in place." }),
  no: fail({ ja: "\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u306B\u4E0D\u6B63\u30A2\u30AF\u30BB\u30B9\u5BFE\u7B56\u304C\u8B1B\u3058\u3089\u308C\u3066\u3044\u306A\u3044\u3002", en: "The network has no protection against unauthorised access." }),
  unknown: manual({ ja: "\u4E0D\u6B63\u30A2\u30AF\u30BB\u30B9\u5BFE\u7B56\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether protection against unauthorised access is in place is not recorded." }),
  otherCategory: notApplicable({ ja: "\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u3067\u306F\u306A\u3044\u3002", en: "Not a network." })
}, intrusionPrevention = defineControl({
  id: "intrusion-prevention",
  title: { ja: "\u4E0D\u6B63\u30A2\u30AF\u30BB\u30B9\u5BFE\u7B56", en: "Protection against unauthorised access" },
  clause: "7(6)",
  provenance: "basic-policy",
  category: "technical",
  threats: ["T1", "T1.1", "T1.3"],
  requirement: { ja: "\u4E0D\u6B63\u30A2\u30AF\u30BB\u30B9\u5BFE\u7B56\u7B49\u306E\u6280\u8853\u7684\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002", en: "Take technical measures such as protection against unauthorised access." },
  remediation: { ja: "\u30D5\u30A1\u30A4\u30A2\u30A6\u30A9\u30FC\u30EB\u7B49\u3067\u4E0D\u8981\u306A\u901A\u4FE1\u3092\u906E\u65AD\u3059\u308B\u3002", en: "Block unneeded traffic with a firewall or similar." },
  admitsException: !1,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: intrusionVerdicts,
  checks: {
    asset: (s) => s.category === "network" ? judgeSafeguard(s.safeguards, "intrusion-prevention", intrusionVerdicts) : intrusionVerdicts.otherCategory
  }
}), softwareVerdicts = {
  yes: pass({ ja: "\u8A31\u53EF\u3055\u308C\u305F\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u3067\u3042\u308B\u3002", en: "The software is approved." }),
  no: fail({ ja: "\u8A31\u53EF\u3055\u308C\u3066\u3044\u306A\u3044\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u5C0E\u5165\u30FB\u4F7F\u7528\u3067\u3042\u308B\u3002", en: "The software is not approved." }),
  unknown: manual({ ja: "\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u8A31\u53EF\u306E\u6709\u7121\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether the software is approved is not stated." })
}, approvedSoftwareOnly = defineControl({
  id: "approved-software-only",
  title: { ja: "\u8A31\u53EF\u3055\u308C\u305F\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u307F\u306E\u4F7F\u7528", en: "Approved software only" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["approved-software-only"],
  category: "technical",
  threats: ["T2", "T2.2", "T1", "T1.2"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306F\u3001\u8A31\u53EF\u3092\u5F97\u305F\u3082\u306E\u306B\u9650\u308A\u5C0E\u5165\u30FB\u4F7F\u7528\u3059\u308B\uFF08\u57FA\u672C\u65B9\u91DD4(2)\u306F\u7121\u8A31\u53EF\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u4F7F\u7528\u3092\u8105\u5A01\u3068\u3057\u3066\u6319\u3052\u3066\u3044\u308B\uFF09\u3002",
    en: "[Guideline default] Install and use only approved software (4(2) of the basic policy names the use of unapproved software as a threat)."
  },
  remediation: { ja: "\u5C0E\u5165\u524D\u306B\u8A31\u53EF\u3092\u5F97\u308B\u3002\u8A31\u53EF\u306E\u306A\u3044\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306F\u524A\u9664\u3059\u308B\u3002", en: "Obtain approval before installing; remove unapproved software." },
  admitsException: !0,
  parameters: {},
  facts: { "software-use": ["approved"] },
  verdicts: softwareVerdicts,
  checks: { "software-use": (s) => judgeFlag(s.approved, softwareVerdicts) }
}), outsiderVerdicts = {
  publicInformation: pass({ ja: "\u90E8\u5916\u8005\u306B\u3088\u308B\u30A2\u30AF\u30BB\u30B9\u3060\u304C\u3001\u6A5F\u5BC6\u60271\u306E\u60C5\u5831\u3067\u3042\u308B\u3002", en: "An outsider accesses, but the information is confidentiality 1." }),
  approved: pass({
    ja: "\u90E8\u5916\u8005\u306B\u3088\u308B\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u3078\u306E\u30A2\u30AF\u30BB\u30B9\u3060\u304C\u3001\u627F\u8A8D\uFF08\u8A31\u53EF\uFF09\u306B\u57FA\u3065\u304F\u3082\u306E\u3067\u3042\u308B\u3002",
    en: "An outsider accesses information of confidentiality 2 or higher, with approval."
  }),
  notApproved: fail({
    ja: "\u90E8\u5916\u8005\u304C\u627F\u8A8D\uFF08\u8A31\u53EF\uFF09\u306A\u3057\u306B\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3057\u3066\u3044\u308B\u3002",
    en: "An outsider accesses information of confidentiality 2 or higher without approval."
  }),
  approvalUnknown: manual({
    ja: "\u90E8\u5916\u8005\u304C\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3057\u3066\u3044\u308B\u3002\u627F\u8A8D\uFF08\u8A31\u53EF\uFF09\u306B\u57FA\u3065\u304F\u3082\u306E\u304B\u3069\u3046\u304B\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u305F\u3081\u3001\u4EBA\u304C\u78BA\u8A8D\u3059\u308B\u3053\u3068\u3002",
    en: "An outsider accesses information of confidentiality 2 or higher. Whether it is approved is not stated; a person must confirm it."
  }),
  unclassified: manual({ ja: "\u90E8\u5916\u8005\u306B\u3088\u308B\u30A2\u30AF\u30BB\u30B9\u3060\u304C\u3001\u60C5\u5831\u306E\u5206\u985E\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "An outsider accesses, but the classification is not stated." }),
  notOutsider: notApplicable({ ja: "\u90E8\u5916\u8005\u306B\u3088\u308B\u30A2\u30AF\u30BB\u30B9\u3067\u306F\u306A\u3044\u3002", en: "Not access by an outsider." })
}, outsiderConfidentialAccess = defineControl({
  id: "outsider-confidential-access",
  title: { ja: "\u90E8\u5916\u8005\u306B\u3088\u308B\u6A5F\u5BC6\u60C5\u5831\u3078\u306E\u30A2\u30AF\u30BB\u30B9\u306E\u627F\u8A8D", en: "Approval for outsider access to confidential information" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["outsider-confidential-access"],
  category: "technical",
  threats: ["T1", "T1.4", "T1.5"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u90E8\u5916\u8005\u306B\u3088\u308B\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831\u8CC7\u7523\u3078\u306E\u30A2\u30AF\u30BB\u30B9\u306F\u3001\u627F\u8A8D\uFF08\u8A31\u53EF\uFF09\u306B\u57FA\u3065\u304F\u5834\u5408\u306B\u9650\u308B\u3002",
    en: "[Guideline default] An outsider accesses information assets of confidentiality 2 or higher only with approval."
  },
  remediation: {
    ja: "\u627F\u8A8D\u306E\u306A\u3044\u90E8\u5916\u8005\u306E\u30A2\u30AF\u30BB\u30B9\u3092\u6B62\u3081\u3001\u5FC5\u8981\u306A\u5834\u5408\u306F\u627F\u8A8D\u3092\u5F97\u3066\u304B\u3089\u63D0\u4F9B\u3059\u308B\u3002",
    en: "Stop the outsider's unapproved access; where needed, provide the information only after approval."
  },
  admitsException: !0,
  parameters: {},
  facts: { access: ["classification", "authorized"] },
  verdicts: outsiderVerdicts,
  checks: {
    access: (s) => s.person !== "outsider" ? outsiderVerdicts.notOutsider : s.classification === void 0 ? outsiderVerdicts.unclassified : s.classification.confidentiality < 2 ? outsiderVerdicts.publicInformation : s.authorized === void 0 ? outsiderVerdicts.approvalUnknown : s.authorized ? outsiderVerdicts.approved : outsiderVerdicts.notApproved
  }
}), authenticationVerdicts = {
  enough: pass((p) => ({
    ja: `${p.minimumFactorKinds}\u7A2E\u985E\u4EE5\u4E0A\u306E\u8A8D\u8A3C\u8981\u7D20\u3067\u8A8D\u8A3C\u3057\u3066\u3044\u308B\u3002`,
    en: `At least ${p.minimumFactorKinds} kind(s) of factor were presented.`
  })),
  tooFew: fail((p) => ({
    ja: `\u8A8D\u8A3C\u8981\u7D20\u304C${p.minimumFactorKinds}\u7A2E\u985E\u306B\u6E80\u305F\u306A\u3044\u3002`,
    en: `Fewer than ${p.minimumFactorKinds} kind(s) of factor were presented.`
  })),
  unknown: manual({ ja: "\u63D0\u793A\u3055\u308C\u305F\u8A8D\u8A3C\u8981\u7D20\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "The factors presented are not stated." })
}, signInAuthentication = defineControl({
  id: "sign-in-authentication",
  title: { ja: "\u7AEF\u672B\u3078\u306E\u30ED\u30B0\u30A4\u30F3\u6642\u306E\u8A8D\u8A3C", en: "Authentication at sign-in" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["sign-in-authentication"],
  category: "technical",
  threats: ["T1", "T1.1", "T1.4"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u7AEF\u672B\u3078\u306E\u30ED\u30B0\u30A4\u30F3\u306B\u306F\u8A8D\u8A3C\u3092\u6C42\u3081\u308B\uFF08\u65E2\u5B9A\u3067\u306F1\u7A2E\u985E\u4EE5\u4E0A\u306E\u8A8D\u8A3C\u8981\u7D20\uFF09\u3002",
    en: "[Guideline default] Signing in to a terminal requires authentication (by default at least one kind of factor)."
  },
  remediation: { ja: "\u5229\u7528\u8005\u8A8D\u8A3C\u3092\u8A2D\u5B9A\u3059\u308B\u3002", en: "Set up user authentication." },
  admitsException: !0,
  parameters: {
    minimumFactorKinds: {
      default: 1,
      stricter: "higher",
      unit: "factor kinds",
      min: 1,
      max: 3,
      description: { ja: "\u30ED\u30B0\u30A4\u30F3\u306B\u5FC5\u8981\u306A\u8A8D\u8A3C\u8981\u7D20\u306E\u7A2E\u985E\u6570", en: "Kinds of factor needed to sign in" },
      basis: CONTROL_BASES["sign-in-authentication.minimumFactorKinds"]
    }
  },
  facts: { "sign-in": ["factors"] },
  verdicts: authenticationVerdicts,
  checks: {
    "sign-in": (s, p) => s.factors === void 0 ? authenticationVerdicts.unknown : countFactorKinds(s.factors) >= p.minimumFactorKinds ? authenticationVerdicts.enough : authenticationVerdicts.tooFew
  }
}), updatesVerdicts = {
  yes: pass({ ja: "\u8106\u5F31\u6027\u5BFE\u7B56\uFF08\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u66F4\u65B0\u306E\u9069\u7528\uFF09\u304C\u884C\u308F\u308C\u3066\u3044\u308B\u3002", en: "Vulnerabilities are managed and security updates applied." }),
  no: fail({ ja: "\u8106\u5F31\u6027\u5BFE\u7B56\uFF08\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u66F4\u65B0\u306E\u9069\u7528\uFF09\u304C\u884C\u308F\u308C\u3066\u3044\u306A\u3044\u3002", en: "Vulnerabilities are not managed; security updates are not applied." }),
  unknown: manual({ ja: "\u8106\u5F31\u6027\u5BFE\u7B56\u306E\u6709\u7121\u304C\u8A18\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether security updates are applied is not recorded." }),
  otherCategory: notApplicable({ ja: "\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u3092\u66F4\u65B0\u3059\u308B\u5BFE\u8C61\u306E\u6A5F\u5668\u30FB\u30B7\u30B9\u30C6\u30E0\u3067\u306F\u306A\u3044\u3002", en: "Not a system or device whose software is updated." })
}, vulnerabilityManagement = defineControl({
  id: "vulnerability-management",
  title: { ja: "\u8106\u5F31\u6027\u5BFE\u7B56", en: "Vulnerability management" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["vulnerability-management"],
  category: "technical",
  threats: ["T1", "T1.1", "T1.2", "T2", "T2.4"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u30B5\u30FC\u30D0\u3001\u7AEF\u672B\u3001\u901A\u4FE1\u6A5F\u5668\u53CA\u3073\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u8106\u5F31\u6027\u60C5\u5831\u3092\u53CE\u96C6\u3057\u3001\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u66F4\u65B0\u3092\u9069\u7528\u3059\u308B\uFF08\u57FA\u672C\u65B9\u91DD4(2)\u306F\u30D7\u30ED\u30B0\u30E9\u30E0\u4E0A\u306E\u6B20\u9665\u3092\u8105\u5A01\u3068\u3057\u3066\u6319\u3052\u3066\u3044\u308B\uFF09\u3002",
    en: "[Guideline default] Collect vulnerability information for the software of servers, terminals, network equipment and information systems, and apply security updates (4(2) of the basic policy names program defects as a threat)."
  },
  remediation: { ja: "\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u66F4\u65B0\u3092\u9069\u7528\u3057\u3001\u9069\u7528\u72B6\u6CC1\u3092\u7BA1\u7406\u3059\u308B\u3002", en: "Apply security updates and track that they are applied." },
  admitsException: !0,
  parameters: {},
  facts: { asset: ["safeguards"] },
  verdicts: updatesVerdicts,
  checks: {
    asset: (s) => s.category === "server" || s.category === "terminal" || s.category === "network" || s.category === "information-system" ? judgeSafeguard(s.safeguards, "security-updates", updatesVerdicts) : updatesVerdicts.otherCategory
  }
}), developmentVerdicts = {
  yes: pass({ ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u8ABF\u9054\u30FB\u958B\u767A\u6642\u306B\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u3092\u5B9A\u3081\u3001\u691C\u8A3C\u3057\u3066\u3044\u308B\u3002", en: "Security requirements are set and verified when systems are procured or developed." }),
  no: fail({ ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u8ABF\u9054\u30FB\u958B\u767A\u6642\u306B\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u3092\u5B9A\u3081\u3001\u691C\u8A3C\u3057\u3066\u3044\u306A\u3044\u3002", en: "Security requirements are not set and verified when systems are procured or developed." }),
  unknown: manual({ ja: "\u8ABF\u9054\u30FB\u958B\u767A\u6642\u306E\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u78BA\u4FDD\u306E\u72B6\u6CC1\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Whether security is built into procurement and development is not stated." })
}, secureDevelopment = defineControl({
  id: "secure-development",
  title: { ja: "\u8ABF\u9054\u30FB\u958B\u767A\u6642\u306E\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u78BA\u4FDD", en: "Security in procurement and development" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["secure-development"],
  category: "technical",
  threats: ["T2", "T2.3", "T2.4"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u8ABF\u9054\u30FB\u958B\u767A\u306B\u5F53\u305F\u3063\u3066\u306F\u3001\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u3092\u5B9A\u3081\u3001\u7A3C\u50CD\u524D\u306B\u691C\u8A3C\uFF08\u30C6\u30B9\u30C8\uFF09\u3059\u308B\uFF08\u57FA\u672C\u65B9\u91DD4(2)\u306F\u8A2D\u8A08\u30FB\u958B\u767A\u306E\u4E0D\u5099\u3092\u8105\u5A01\u3068\u3057\u3066\u6319\u3052\u3066\u3044\u308B\uFF09\u3002",
    en: "[Guideline default] When procuring or developing information systems, set security requirements and verify (test) them before operation (4(2) of the basic policy names shortcomings in design and development as a threat)."
  },
  remediation: { ja: "\u8ABF\u9054\u4ED5\u69D8\u66F8\u306B\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u3092\u8A18\u8F09\u3057\u3001\u53D7\u5165\u308C\u6642\u306B\u691C\u8A3C\u3059\u308B\u3002", en: "State security requirements in the procurement specification and verify them at acceptance." },
  admitsException: !0,
  parameters: {},
  facts: { organization: ["secureDevelopmentInPlace"] },
  verdicts: developmentVerdicts,
  checks: { organization: (s) => judgeFlag(s.secureDevelopmentInPlace, developmentVerdicts) }
}), signInPersonVerdicts = {
  staff: pass({ ja: "\u8077\u54E1\u306B\u3088\u308B\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u7AEF\u672B\u3078\u306E\u30ED\u30B0\u30A4\u30F3\u3067\u3042\u308B\u3002", en: "A member of staff signs in to a My Number zone terminal." }),
  municipalStaff: pass({
    ja: "\u5E83\u57DF\u9023\u5408\u306E\u30B7\u30B9\u30C6\u30E0\u3092\u5229\u7528\u3059\u308B\u69CB\u6210\u5E02\u753A\u6751\u306E\u8077\u54E1\u306B\u3088\u308B\u30ED\u30B0\u30A4\u30F3\u3067\u3042\u308B\uFF08\u8077\u54E1\u3067\u306F\u306A\u3044\u304C\u3001\u5E83\u57DF\u9023\u5408\u306E\u30A2\u30AF\u30BB\u30B9\u5236\u5FA1\u306B\u5F93\u3046\uFF09\u3002",
    en: "A member municipality's staff member who uses the Union's systems signs in (not \u8077\u54E1, but subject to the Union's access rules)."
  }),
  contractor: manual({
    ja: "\u59D4\u8A17\u4E8B\u696D\u8005\u304C\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u7AEF\u672B\u306B\u30ED\u30B0\u30A4\u30F3\u3057\u3066\u3044\u308B\u3002\u5951\u7D04\u53CA\u3073\u627F\u8A8D\u306B\u57FA\u3065\u304F\u4F5C\u696D\u3067\u3042\u308B\u3053\u3068\u3092\u4EBA\u304C\u78BA\u8A8D\u3059\u308B\u3053\u3068\u3002",
    en: "A contractor signs in to a My Number zone terminal. A person must confirm that the work is under the contract and approved."
  }),
  outsider: fail({ ja: "\u90E8\u5916\u8005\u304C\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u7AEF\u672B\u306B\u30ED\u30B0\u30A4\u30F3\u3057\u3066\u3044\u308B\u3002", en: "An outsider signs in to a My Number zone terminal." }),
  unknown: manual({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u7AEF\u672B\u306B\u30ED\u30B0\u30A4\u30F3\u3059\u308B\u8005\u306E\u533A\u5206\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002", en: "Who signs in to the My Number zone terminal is not stated." }),
  otherZones: notApplicable({ ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u3067\u306F\u306A\u3044\u3002", en: "Not a My Number zone terminal." })
}, mynumberSignInPerson = defineControl({
  id: "mynumber-sign-in-person",
  title: { ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u7AEF\u672B\u306E\u5229\u7528\u8005\u306E\u9650\u5B9A", en: "Who may sign in to My Number zone terminals" },
  clause: "7(6)",
  provenance: "guideline",
  basis: CONTROL_BASES["mynumber-sign-in-person"],
  category: "technical",
  threats: ["T1", "T1.4", "T1.5"],
  requirement: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u306B\u30ED\u30B0\u30A4\u30F3\u3067\u304D\u308B\u306E\u306F\u3001\u30A2\u30AF\u30BB\u30B9\u3092\u8A8D\u3081\u3089\u308C\u305F\u8077\u54E1\uFF08\u53CA\u3073\u5E83\u57DF\u9023\u5408\u306E\u30B7\u30B9\u30C6\u30E0\u3092\u5229\u7528\u3059\u308B\u69CB\u6210\u5E02\u753A\u6751\u306E\u8077\u54E1\uFF09\u306B\u9650\u308B\u3002\u59D4\u8A17\u4E8B\u696D\u8005\u306F\u5951\u7D04\u3068\u627F\u8A8D\u306B\u57FA\u3065\u304F\u5834\u5408\u306B\u9650\u308A\u3001\u90E8\u5916\u8005\u306B\u306F\u8A8D\u3081\u306A\u3044\u3002",
    en: "[Guideline default] Only staff allowed access (and member-municipality staff who use the Union's systems) sign in to My Number zone terminals; contractors only under their contract and with approval; outsiders never."
  },
  remediation: {
    ja: "\u90E8\u5916\u8005\u306E\u30ED\u30B0\u30A4\u30F3\u3092\u505C\u6B62\u3057\u3001\u5229\u7528\u8005ID\u3092\u68DA\u5378\u3057\u3059\u308B\u3002\u59D4\u8A17\u4E8B\u696D\u8005\u306E\u4F5C\u696D\u306F\u5951\u7D04\u3068\u627F\u8A8D\u3092\u78BA\u8A8D\u3057\u3066\u8A18\u9332\u3059\u308B\u3002",
    en: "Stop the outsider's sign-in and review the user IDs. Confirm and record the contract and approval for contractor work."
  },
  admitsException: !0,
  parameters: {},
  facts: { "sign-in": ["person"] },
  verdicts: signInPersonVerdicts,
  checks: {
    "sign-in": (s) => {
      if (s.zone !== "mynumber") return signInPersonVerdicts.otherZones;
      switch (s.person) {
        case void 0:
          return signInPersonVerdicts.unknown;
        case "regular":
        case "fiscal-year-appointed":
        case "part-time":
          return signInPersonVerdicts.staff;
        case "municipal-staff":
          return signInPersonVerdicts.municipalStaff;
        case "contractor":
          return signInPersonVerdicts.contractor;
        case "outsider":
          return signInPersonVerdicts.outsider;
      }
    }
  }
});

// ../../tmp/infosec-baseline-UtWtyv/src/controls/catalog.ts
var controlCatalog = Object.freeze([
  scopeOrganization,
  staffObligations,
  securityOrganization,
  assetClassified,
  confidentialCarryOutApproval,
  confidentialEncryption,
  backupOfImportantAssets,
  lockedStorageOfMedia,
  confidentialInformationHandling,
  internetSanitization,
  mynumberIsolation,
  mynumberNoCarryOut,
  mynumberMultiFactor,
  mynumberInternetSeparation,
  internetTrafficMonitoring,
  physicalMeasures,
  serverRoomEntryControl,
  terminalAntiTheft,
  serverPowerBackup,
  facilityEntryControl,
  facilityPowerBackup,
  facilityEnvironment,
  staffRulesAndEducation,
  trainingInterval,
  accessControl,
  malwareProtection,
  intrusionPrevention,
  vulnerabilityManagement,
  secureDevelopment,
  approvedSoftwareOnly,
  outsiderConfidentialAccess,
  signInAuthentication,
  mynumberSignInPerson,
  systemMonitoring,
  incidentResponse,
  continuityPlan,
  contractorSelection,
  contractSecurityRequirements,
  contractorMeasuresConfirmed,
  cloudUsageRules,
  cloudMeasures,
  auditAndSelfInspection,
  auditInterval,
  selfInspectionInterval,
  policyReview,
  riskAnalysis,
  standardsEstablished,
  proceduresEstablished
]);

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/clauses.ts
var clauses = deepFreeze([
  {
    ref: "1",
    level: "section",
    section: 1,
    marker: "\uFF11",
    heading: { ja: "\u76EE\u7684", en: "Purpose" },
    paragraphs: [
      {
        ja: "\u672C\u57FA\u672C\u65B9\u91DD\u306F\u3001\u5BAE\u57CE\u770C\u5F8C\u671F\u9AD8\u9F62\u8005\u533B\u7642\u5E83\u57DF\u9023\u5408\uFF08\u4EE5\u4E0B\u300C\u5E83\u57DF\u9023\u5408\u300D\u3068\u3044\u3046\u3002\uFF09\u304C\u4FDD\u6709\u3059\u308B\u60C5\u5831\u8CC7\u7523\u306E\u6A5F\u5BC6\u6027\u3001\u5B8C\u5168\u6027\u53CA\u3073\u53EF\u7528\u6027\u3092\u7DAD\u6301\u3059\u308B\u305F\u3081\u3001\u5E83\u57DF\u9023\u5408\u304C\u5B9F\u65BD\u3059\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u306B\u3064\u3044\u3066\u57FA\u672C\u7684\u306A\u4E8B\u9805\u3092\u5B9A\u3081\u308B\u3053\u3068\u3092\u76EE\u7684\u3068\u3059\u308B\u3002",
        en: 'The purpose of this Basic Policy is to set out the fundamental matters concerning the information security measures taken by the Miyagi Wide-Area Union of Late-Stage Elderly Medical Care (hereinafter "the Union"), in order to maintain the confidentiality, integrity and availability of the information assets that the Union holds.'
      }
    ]
  },
  {
    ref: "2",
    level: "section",
    section: 2,
    marker: "\uFF12",
    heading: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u69CB\u6210", en: "Structure of the Information Security Policy" },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306F\u3001\u300C\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u57FA\u672C\u65B9\u91DD\u300D\uFF08\u4EE5\u4E0B\u300C\u57FA\u672C\u65B9\u91DD\u300D\u3068\u3044\u3046\u3002\uFF09\u3068\u300C\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u57FA\u6E96\u300D\uFF08\u4EE5\u4E0B\u300C\u5BFE\u7B56\u57FA\u6E96\u300D\u3068\u3044\u3046\u3002\uFF09\u306E\u4E8C\u5C64\u3067\u69CB\u6210\u3055\u308C\u308B\u3002",
        en: 'The Information Security Policy consists of two layers: the "Information Security Basic Policy" (hereinafter "the Basic Policy") and the "Information Security Standards" (hereinafter "the Standards").'
      }
    ]
  },
  {
    ref: "2(1)",
    level: "item",
    section: 2,
    item: 1,
    parent: "2",
    marker: "\uFF08\uFF11\uFF09",
    heading: { ja: "\u57FA\u672C\u65B9\u91DD", en: "Basic Policy" },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306B\u5BFE\u3059\u308B\u53D6\u7D44\u59FF\u52E2\u3092\u8868\u3059\u3082\u306E\u3067\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u306B\u304A\u3051\u308B\u57FA\u672C\u7684\u306A\u8003\u3048\u65B9\u3092\u5B9A\u3081\u308B\u3082\u306E\u3002",
        en: "Expresses the commitment to information security and sets out the basic approach to information security measures."
      }
    ]
  },
  {
    ref: "2(2)",
    level: "item",
    section: 2,
    item: 2,
    parent: "2",
    marker: "\uFF08\uFF12\uFF09",
    heading: { ja: "\u5BFE\u7B56\u57FA\u6E96", en: "Standards" },
    paragraphs: [
      {
        ja: "\u57FA\u672C\u65B9\u91DD\u306B\u57FA\u3065\u304D\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u3092\u78BA\u4FDD\u3059\u308B\u305F\u3081\u306B\u3001\u5168\u3066\u306E\u884C\u70BA\u53CA\u3073\u5224\u65AD\u306B\u304A\u3044\u3066\u9075\u5B88\u3059\u3079\u304D\u57FA\u6E96\u3092\u5B9A\u3081\u308B\u3082\u306E\u3002",
        en: "Based on the Basic Policy, sets out the standards to be complied with in every action and decision in order to ensure information security."
      },
      {
        ja: "\u306A\u304A\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306B\u306F\u542B\u307E\u308C\u306A\u3044\u3082\u306E\u306E\u3001\u5BFE\u7B56\u57FA\u6E96\u306B\u5B9A\u3081\u3089\u308C\u305F\u5185\u5BB9\u3092\u5177\u4F53\u7684\u306B\u3069\u306E\u3088\u3046\u306A\u624B\u9806\u306B\u5F93\u3063\u3066\u5B9F\u884C\u3057\u3066\u3044\u304F\u306E\u304B\u3092\u793A\u3059\u3082\u306E\u3092\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806\uFF08\u4EE5\u4E0B\u300C\u5B9F\u65BD\u624B\u9806\u300D\u3068\u3044\u3046\u3002\uFF09\u3068\u3044\u3046\u3002",
        en: 'Note that what shows the concrete procedures by which the content set out in the Standards is to be carried out, although it is not part of the Information Security Policy, is called the Information Security Common Implementation Procedures (hereinafter "the Procedures").'
      }
    ]
  },
  {
    ref: "3",
    level: "section",
    section: 3,
    marker: "\uFF13",
    heading: { ja: "\u5B9A\u7FA9", en: "Definitions" },
    paragraphs: []
  },
  {
    ref: "3(1)",
    level: "item",
    section: 3,
    item: 1,
    parent: "3",
    marker: "\uFF08\uFF11\uFF09",
    heading: { ja: "\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF", en: "Network" },
    paragraphs: [
      {
        ja: "\u30B3\u30F3\u30D4\u30E5\u30FC\u30BF\u7B49\u3092\u76F8\u4E92\u306B\u63A5\u7D9A\u3059\u308B\u305F\u3081\u306E\u901A\u4FE1\u7DB2\u3001\u305D\u306E\u69CB\u6210\u6A5F\u5668\uFF08\u30CF\u30FC\u30C9\u30A6\u30A7\u30A2\u53CA\u3073\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\uFF09\u3092\u3044\u3046\u3002",
        en: "A communications network for interconnecting computers and similar equipment, and the equipment that makes it up (hardware and software)."
      }
    ]
  },
  {
    ref: "3(2)",
    level: "item",
    section: 3,
    item: 2,
    parent: "3",
    marker: "\uFF08\uFF12\uFF09",
    heading: { ja: "\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53", en: "Electromagnetic recording media" },
    paragraphs: [
      {
        ja: "\u30CF\u30FC\u30C9\u30C7\u30A3\u30B9\u30AF\u3001CD-ROM\u3001USB\u30E1\u30E2\u30EA\u3001\u305D\u306E\u4ED6\u3053\u308C\u3089\u306B\u985E\u3059\u308B\u96FB\u5B50\u60C5\u5831\u3092\u8A18\u9332\u3059\u308B\u305F\u3081\u306E\u5A92\u4F53\u3092\u3044\u3046\u3002",
        en: "Hard disks, CD-ROMs, USB memory devices and other similar media for recording electronic information."
      }
    ]
  },
  {
    ref: "3(3)",
    level: "item",
    section: 3,
    item: 3,
    parent: "3",
    marker: "\uFF08\uFF13\uFF09",
    heading: { ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0", en: "Information system" },
    paragraphs: [
      {
        ja: "\u30B3\u30F3\u30D4\u30E5\u30FC\u30BF\u3001\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u53CA\u3073\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53\u3067\u69CB\u6210\u3055\u308C\u3001\u60C5\u5831\u51E6\u7406\u3092\u884C\u3046\u4ED5\u7D44\u307F\u3092\u3044\u3046\u3002",
        en: "A mechanism that is made up of computers, networks and electromagnetic recording media and that processes information."
      }
    ]
  },
  {
    ref: "3(4)",
    level: "item",
    section: 3,
    item: 4,
    parent: "3",
    marker: "\uFF08\uFF14\uFF09",
    heading: { ja: "\u5E83\u57DF\u9023\u5408\u96FB\u7B97\u51E6\u7406\u30B7\u30B9\u30C6\u30E0", en: "Union computer processing system" },
    paragraphs: [
      {
        ja: "\u8CC7\u683C\u7BA1\u7406\u30FB\u4FDD\u967A\u6599\u8CE6\u8AB2\u30FB\u4FDD\u967A\u6599\u53CE\u7D0D\u30FB\u7D66\u4ED8\u306B\u95A2\u3059\u308B\u696D\u52D9\u3092\u51E6\u7406\u3059\u308B\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u3092\u3044\u3046\u3002",
        en: "The information system that processes the business of eligibility management, premium assessment, premium collection and benefits."
      }
    ]
  },
  {
    ref: "3(5)",
    level: "item",
    section: 3,
    item: 5,
    parent: "3",
    marker: "\uFF08\uFF15\uFF09",
    heading: { ja: "\u30D1\u30BD\u30B3\u30F3\u7B49\u7AEF\u672B", en: "PCs and other terminals" },
    paragraphs: [
      {
        ja: "\u5E83\u57DF\u9023\u5408\u96FB\u7B97\u51E6\u7406\u30B7\u30B9\u30C6\u30E0\u3001\u8CA1\u52D9\u4F1A\u8A08\u30B7\u30B9\u30C6\u30E0\u7B49\u306B\u63A5\u7D9A\u3055\u308C\u3001\u60C5\u5831\u306E\u8A18\u9332\u53CA\u3073\u5165\u51FA\u529B\u6A5F\u80FD\u3092\u6709\u3059\u308B\u30CF\u30FC\u30C9\u30A6\u30A7\u30A2\u53CA\u3073\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u3067\u69CB\u6210\u3059\u308B\u30B3\u30F3\u30D4\u30E5\u30FC\u30BF\u53CA\u3073\u5468\u8FBA\u6A5F\u5668\u3092\u3044\u3046\u3002",
        en: "Computers and peripheral devices, made up of hardware and software with functions for recording, inputting and outputting information, that are connected to the Union computer processing system, the financial accounting system and the like."
      }
    ]
  },
  {
    ref: "3(6)",
    level: "item",
    section: 3,
    item: 6,
    parent: "3",
    marker: "\uFF08\uFF16\uFF09",
    heading: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Information security" },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u8CC7\u7523\u306E\u6A5F\u5BC6\u6027\u3001\u5B8C\u5168\u6027\u53CA\u3073\u53EF\u7528\u6027\u3092\u7DAD\u6301\u3059\u308B\u3053\u3068\u3092\u3044\u3046\u3002",
        en: "Maintaining the confidentiality, integrity and availability of information assets."
      }
    ]
  },
  {
    ref: "3(7)",
    level: "item",
    section: 3,
    item: 7,
    parent: "3",
    marker: "\uFF08\uFF17\uFF09",
    heading: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC", en: "Information Security Policy" },
    paragraphs: [
      {
        ja: "\u672C\u57FA\u672C\u65B9\u91DD\u53CA\u3073\u5BFE\u7B56\u57FA\u6E96\u3092\u3044\u3046\u3002",
        en: "This Basic Policy and the Standards."
      }
    ]
  },
  {
    ref: "3(8)",
    level: "item",
    section: 3,
    item: 8,
    parent: "3",
    marker: "\uFF08\uFF18\uFF09",
    heading: { ja: "\u500B\u4EBA\u60C5\u5831", en: "Personal information" },
    paragraphs: [
      {
        ja: "\u500B\u4EBA\u306B\u95A2\u3059\u308B\u60C5\u5831\u3067\u3042\u3063\u3066\u3001\u7279\u5B9A\u306E\u500B\u4EBA\u304C\u8B58\u5225\u3055\u308C\u3001\u53C8\u306F\u8B58\u5225\u3055\u308C\u5F97\u308B\u3082\u306E\u3092\u3044\u3046\u3002",
        en: "Information relating to an individual by which a specific individual is or can be identified."
      }
    ]
  },
  {
    ref: "3(9)",
    level: "item",
    section: 3,
    item: 9,
    parent: "3",
    marker: "\uFF08\uFF19\uFF09",
    heading: { ja: "\u60C5\u5831\u8CC7\u7523", en: "Information asset" },
    paragraphs: [
      {
        ja: "\u5E83\u57DF\u9023\u5408\u3067\u53D6\u308A\u6271\u3046\u5168\u3066\u306E\u60C5\u5831\u3092\u3044\u3046\u3002",
        en: "All information handled by the Union."
      }
    ]
  },
  {
    ref: "3(10)",
    level: "item",
    section: 3,
    item: 10,
    parent: "3",
    marker: "\uFF08\uFF11\uFF10\uFF09",
    heading: { ja: "\u6A5F\u5BC6\u6027", en: "Confidentiality" },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3059\u308B\u3053\u3068\u3092\u8A8D\u3081\u3089\u308C\u305F\u8005\u3060\u3051\u304C\u3001\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3067\u304D\u308B\u72B6\u614B\u3092\u78BA\u4FDD\u3059\u308B\u3053\u3068\u3092\u3044\u3046\u3002",
        en: "Ensuring that only those authorised to access information can access it."
      }
    ]
  },
  {
    ref: "3(11)",
    level: "item",
    section: 3,
    item: 11,
    parent: "3",
    marker: "\uFF08\uFF11\uFF11\uFF09",
    heading: { ja: "\u5B8C\u5168\u6027", en: "Integrity" },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u304C\u7834\u58CA\u3001\u6539\u3056\u3093\u53C8\u306F\u6D88\u53BB\u3055\u308C\u3066\u3044\u306A\u3044\u72B6\u614B\u3092\u78BA\u4FDD\u3059\u308B\u3053\u3068\u3092\u3044\u3046\u3002",
        en: "Ensuring that information has not been destroyed, tampered with or erased."
      }
    ]
  },
  {
    ref: "3(12)",
    level: "item",
    section: 3,
    item: 12,
    parent: "3",
    marker: "\uFF08\uFF11\uFF12\uFF09",
    heading: { ja: "\u53EF\u7528\u6027", en: "Availability" },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3059\u308B\u3053\u3068\u3092\u8A8D\u3081\u3089\u308C\u305F\u8005\u304C\u3001\u5FC5\u8981\u306A\u3068\u304D\u306B\u4E2D\u65AD\u3055\u308C\u308B\u3053\u3068\u306A\u304F\u3001\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3067\u304D\u308B\u72B6\u614B\u3092\u78BA\u4FDD\u3059\u308B\u3053\u3068\u3092\u3044\u3046\u3002",
        en: "Ensuring that those authorised to access information can access it without interruption whenever they need it."
      }
    ]
  },
  {
    ref: "3(13)",
    level: "item",
    section: 3,
    item: 13,
    parent: "3",
    marker: "\uFF08\uFF11\uFF13\uFF09",
    heading: { ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB", en: "My Number zone" },
    paragraphs: [
      {
        ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u3092\u5229\u7528\u3059\u308B\u4E8B\u52D9\u306B\u95A2\u308F\u308B\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u53CA\u3073\u30C7\u30FC\u30BF\u3092\u3044\u3046\u3002",
        en: "The information systems and data involved in business that uses My Number (the Individual Number)."
      }
    ]
  },
  {
    ref: "3(14)",
    level: "item",
    section: 3,
    item: 14,
    parent: "3",
    marker: "\uFF08\uFF11\uFF14\uFF09",
    heading: { ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB", en: "Internet zone" },
    paragraphs: [
      {
        ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u30E1\u30FC\u30EB\u3001\u30DB\u30FC\u30E0\u30DA\u30FC\u30B8\u7BA1\u7406\u30B7\u30B9\u30C6\u30E0\u7B49\u306B\u4FC2\u308B\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u306B\u63A5\u7D9A\u3055\u308C\u305F\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u53CA\u3073\u305D\u306E\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u3067\u53D6\u308A\u6271\u3046\u30C7\u30FC\u30BF\u3092\u3044\u3046\u3002",
        en: "The information systems connected to the Internet, such as those for Internet e-mail and website management, and the data handled by those information systems."
      }
    ]
  },
  {
    ref: "3(15)",
    level: "item",
    section: 3,
    item: 15,
    parent: "3",
    marker: "\uFF08\uFF11\uFF15\uFF09",
    heading: { ja: "\u8077\u54E1", en: "Staff" },
    paragraphs: [
      {
        ja: "\u8077\u54E1\u3001\u4F1A\u8A08\u5E74\u5EA6\u4EFB\u7528\u8077\u54E1\u3001\u975E\u5E38\u52E4\u8077\u54E1\u3092\u542B\u3080\u5E83\u57DF\u9023\u5408\u306E\u5168\u8077\u54E1\u3092\u3044\u3046\u3002",
        en: "All staff of the Union, including regular staff, fiscal-year-appointed staff and part-time staff."
      }
    ]
  },
  {
    ref: "4",
    level: "section",
    section: 4,
    marker: "\uFF14",
    heading: { ja: "\u5BFE\u8C61\u3068\u3059\u308B\u8105\u5A01", en: "Threats addressed" },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u8CC7\u7523\u306B\u5BFE\u3059\u308B\u8105\u5A01\u3068\u3057\u3066\u3001\u4EE5\u4E0B\u306E\u8105\u5A01\u3092\u60F3\u5B9A\u3057\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u5B9F\u65BD\u3059\u308B\u3002",
        en: "The following threats to information assets are anticipated, and information security measures are implemented against them."
      }
    ]
  },
  {
    ref: "4(1)",
    level: "item",
    section: 4,
    item: 1,
    parent: "4",
    marker: "\uFF08\uFF11\uFF09",
    paragraphs: [
      {
        ja: "\u4E0D\u6B63\u30A2\u30AF\u30BB\u30B9\u3001\u30A6\u30A4\u30EB\u30B9\u653B\u6483\u3001\u30B5\u30FC\u30D3\u30B9\u4E0D\u80FD\u653B\u6483\u7B49\u306E\u30B5\u30A4\u30D0\u30FC\u653B\u6483\u3084\u90E8\u5916\u8005\u306E\u4FB5\u5165\u7B49\u306E\u610F\u56F3\u7684\u306A\u8981\u56E0\u306B\u3088\u308B\u60C5\u5831\u8CC7\u7523\u306E\u6F0F\u3048\u3044\u30FB\u7834\u58CA\u30FB\u6539\u3056\u3093\u30FB\u6D88\u53BB\u3001\u91CD\u8981\u60C5\u5831\u306E\u8A50\u53D6\u3001\u5185\u90E8\u4E0D\u6B63\u7B49",
        en: "Leakage, destruction, tampering with or erasure of information assets through intentional causes such as cyber attacks (unauthorised access, virus attacks, denial-of-service attacks and the like) and intrusion by outsiders; fraudulent acquisition of important information; insider wrongdoing; and the like"
      }
    ]
  },
  {
    ref: "4(2)",
    level: "item",
    section: 4,
    item: 2,
    parent: "4",
    marker: "\uFF08\uFF12\uFF09",
    paragraphs: [
      {
        ja: "\u60C5\u5831\u8CC7\u7523\u306E\u7121\u65AD\u6301\u51FA\u3057\u3001\u7121\u8A31\u53EF\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u4F7F\u7528\u7B49\u306E\u898F\u5B9A\u9055\u53CD\u3001\u8A2D\u8A08\u30FB\u958B\u767A\u306E\u4E0D\u5099\u3001\u30D7\u30ED\u30B0\u30E9\u30E0\u4E0A\u306E\u6B20\u9665\u3001\u64CD\u4F5C\u30FB\u8A2D\u5B9A\u30DF\u30B9\u3001\u30E1\u30F3\u30C6\u30CA\u30F3\u30B9\u4E0D\u5099\u3001\u5185\u90E8\u30FB\u5916\u90E8\u76E3\u67FB\u6A5F\u80FD\u306E\u4E0D\u5099\u3001\u59D4\u8A17\u7BA1\u7406\u306E\u4E0D\u5099\u3001\u30DE\u30CD\u30B8\u30E1\u30F3\u30C8\u306E\u6B20\u9665\u3001\u6A5F\u5668\u6545\u969C\u7B49\u306E\u975E\u610F\u56F3\u7684\u8981\u56E0\u306B\u3088\u308B\u60C5\u5831\u8CC7\u7523\u306E\u6F0F\u3048\u3044\u30FB\u7834\u58CA\u30FB\u6D88\u53BB\u7B49",
        en: "Leakage, destruction, erasure and the like of information assets through unintentional causes such as breaches of rules (taking information assets out without permission, using unauthorised software and the like), shortcomings in design and development, program defects, operating and configuration errors, inadequate maintenance, inadequate internal and external audit functions, inadequate management of outsourcing, management failures and equipment failures"
      }
    ]
  },
  {
    ref: "4(3)",
    level: "item",
    section: 4,
    item: 3,
    parent: "4",
    marker: "\uFF08\uFF13\uFF09",
    paragraphs: [
      {
        ja: "\u5730\u9707\u3001\u843D\u96F7\u3001\u706B\u707D\u7B49\u306E\u707D\u5BB3\u306B\u3088\u308B\u30B5\u30FC\u30D3\u30B9\u53CA\u3073\u696D\u52D9\u306E\u505C\u6B62\u7B49",
        en: "Suspension of services and business and the like due to disasters such as earthquakes, lightning strikes and fires"
      }
    ]
  },
  {
    ref: "4(4)",
    level: "item",
    section: 4,
    item: 4,
    parent: "4",
    marker: "\uFF08\uFF14\uFF09",
    paragraphs: [
      {
        ja: "\u5927\u898F\u6A21\u30FB\u5E83\u7BC4\u56F2\u306B\u308F\u305F\u308B\u75BE\u75C5\u306B\u3088\u308B\u8981\u54E1\u4E0D\u8DB3\u306B\u4F34\u3046\u30B7\u30B9\u30C6\u30E0\u904B\u7528\u306E\u6A5F\u80FD\u4E0D\u5168\u7B49",
        en: "Breakdown of system operation and the like resulting from staff shortages caused by large-scale, widespread disease"
      }
    ]
  },
  {
    ref: "4(5)",
    level: "item",
    section: 4,
    item: 5,
    parent: "4",
    marker: "\uFF08\uFF15\uFF09",
    paragraphs: [
      {
        ja: "\u96FB\u529B\u4F9B\u7D66\u306E\u9014\u7D76\u3001\u901A\u4FE1\u306E\u9014\u7D76\u3001\u6C34\u9053\u4F9B\u7D66\u306E\u9014\u7D76\u7B49\u306E\u30A4\u30F3\u30D5\u30E9\u306E\u969C\u5BB3\u304B\u3089\u306E\u6CE2\u53CA\u7B49",
        en: "Knock-on effects and the like of infrastructure failures such as interruption of the power supply, of communications or of the water supply"
      }
    ]
  },
  {
    ref: "5",
    level: "section",
    section: 5,
    marker: "\uFF15",
    heading: { ja: "\u9069\u7528\u7BC4\u56F2", en: "Scope" },
    paragraphs: []
  },
  {
    ref: "5(1)",
    level: "item",
    section: 5,
    item: 1,
    parent: "5",
    marker: "\uFF08\uFF11\uFF09",
    heading: { ja: "\u884C\u653F\u6A5F\u95A2\u306E\u7BC4\u56F2", en: "Administrative bodies covered" },
    paragraphs: [
      {
        ja: "\u57FA\u672C\u65B9\u91DD\u304C\u9069\u7528\u3055\u308C\u308B\u884C\u653F\u6A5F\u95A2\u306F\u3001\u5E83\u57DF\u9023\u5408\u4E8B\u52D9\u5C40\u3001\u8B70\u4F1A\u4E8B\u52D9\u5C40\u3001\u76E3\u67FB\u59D4\u54E1\u4E8B\u52D9\u5C40\u53CA\u3073\u9078\u6319\u7BA1\u7406\u59D4\u54E1\u4F1A\u3068\u3059\u308B\u3002",
        en: "The administrative bodies to which the Basic Policy applies are the Union Secretariat, the Assembly Secretariat, the Audit Commissioners' Secretariat and the Election Administration Commission."
      }
    ]
  },
  {
    ref: "5(2)",
    level: "item",
    section: 5,
    item: 2,
    parent: "5",
    marker: "\uFF08\uFF12\uFF09",
    heading: { ja: "\u60C5\u5831\u8CC7\u7523\u306E\u7BC4\u56F2", en: "Information assets covered" },
    paragraphs: [
      {
        ja: "\u57FA\u672C\u65B9\u91DD\u304C\u5BFE\u8C61\u3068\u3059\u308B\u60C5\u5831\u8CC7\u7523\u306F\u3001\u6B21\u306E\u3068\u304A\u308A\u3068\u3059\u308B\u3002",
        en: "The information assets covered by the Basic Policy are as follows."
      }
    ]
  },
  {
    ref: "5(2)\u2460",
    level: "sub-item",
    section: 5,
    item: 2,
    subItem: 1,
    parent: "5(2)",
    marker: "\u2460",
    paragraphs: [
      {
        ja: "\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u53CA\u3073\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u4E26\u3073\u306B\u3053\u308C\u3089\u306B\u95A2\u3059\u308B\u8A2D\u5099\u53CA\u3073\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53",
        en: "Networks and information systems, and the facilities and electromagnetic recording media relating to them"
      }
    ]
  },
  {
    ref: "5(2)\u2461",
    level: "sub-item",
    section: 5,
    item: 2,
    subItem: 2,
    parent: "5(2)",
    marker: "\u2461",
    paragraphs: [
      {
        ja: "\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u53CA\u3073\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u3067\u53D6\u308A\u6271\u3046\u60C5\u5831\uFF08\u3053\u308C\u3089\u3092\u5370\u5237\u3057\u305F\u6587\u66F8\u3092\u542B\u3080\u3002\uFF09",
        en: "Information handled on networks and information systems (including documents on which it is printed)"
      }
    ]
  },
  {
    ref: "5(2)\u2462",
    level: "sub-item",
    section: 5,
    item: 2,
    subItem: 3,
    parent: "5(2)",
    marker: "\u2462",
    paragraphs: [
      {
        ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u4ED5\u69D8\u66F8\u53CA\u3073\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u56F3\u7B49\u306E\u30B7\u30B9\u30C6\u30E0\u95A2\u9023\u6587\u66F8",
        en: "System-related documents such as information system specifications and network diagrams"
      }
    ]
  },
  {
    ref: "6",
    level: "section",
    section: 6,
    marker: "\uFF16",
    heading: { ja: "\u8077\u54E1\u306E\u9075\u5B88\u7FA9\u52D9", en: "Obligations of staff" },
    paragraphs: [
      {
        ja: "\u8077\u54E1\u306F\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306E\u91CD\u8981\u6027\u306B\u3064\u3044\u3066\u5171\u901A\u306E\u8A8D\u8B58\u3092\u6301\u3061\u3001\u696D\u52D9\u306E\u9042\u884C\u306B\u5F53\u305F\u3063\u3066\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u53CA\u3073\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806\u3092\u9075\u5B88\u3057\u306A\u3051\u308C\u3070\u306A\u3089\u306A\u3044\u3002",
        en: "Staff shall share a common awareness of the importance of information security and, in performing their duties, shall comply with the Information Security Policy and the Information Security Common Implementation Procedures."
      }
    ]
  },
  {
    ref: "7",
    level: "section",
    section: 7,
    marker: "\uFF17",
    heading: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56", en: "Information security measures" },
    paragraphs: [
      {
        ja: "\u4E0A\u8A18\uFF14\u306E\u8105\u5A01\u304B\u3089\u60C5\u5831\u8CC7\u7523\u3092\u4FDD\u8B77\u3059\u308B\u305F\u3081\u306B\u3001\u4EE5\u4E0B\u306E\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
        en: "To protect information assets from the threats in 4 above, the following information security measures are taken."
      }
    ]
  },
  {
    ref: "7(1)",
    level: "item",
    section: 7,
    item: 1,
    parent: "7",
    marker: "\uFF08\uFF11\uFF09",
    heading: { ja: "\u7D44\u7E54\u4F53\u5236", en: "Organisational structure" },
    paragraphs: [
      {
        ja: "\u5E83\u57DF\u9023\u5408\u306E\u60C5\u5831\u8CC7\u7523\u306B\u3064\u3044\u3066\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u63A8\u9032\u3059\u308B\u4F53\u5236\u3092\u78BA\u7ACB\u3059\u308B\u3002",
        en: "Establish a structure that drives information security measures for the Union's information assets."
      }
    ]
  },
  {
    ref: "7(2)",
    level: "item",
    section: 7,
    item: 2,
    parent: "7",
    marker: "\uFF08\uFF12\uFF09",
    heading: { ja: "\u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E\u3068\u7BA1\u7406", en: "Classification and management of information assets" },
    paragraphs: [
      {
        ja: "\u5E83\u57DF\u9023\u5408\u306E\u4FDD\u6709\u3059\u308B\u60C5\u5831\u8CC7\u7523\u3092\u6A5F\u5BC6\u6027\u3001\u5B8C\u5168\u6027\u53CA\u3073\u53EF\u7528\u6027\u306B\u5FDC\u3058\u3066\u300C\u91CD\u8981\u5EA6\u300D\u3068\u3057\u3066\u5206\u985E\u3057\u3001\u5F53\u8A72\u5206\u985E\u306B\u57FA\u3065\u304D\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
        en: 'Classify the information assets held by the Union into "importance levels" according to their confidentiality, integrity and availability, and take information security measures based on that classification.'
      }
    ]
  },
  {
    ref: "7(3)",
    level: "item",
    section: 7,
    item: 3,
    parent: "7",
    marker: "\uFF08\uFF13\uFF09",
    heading: {
      ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u5168\u4F53\u306E\u5F37\u976D\u6027\u306E\u5411\u4E0A",
      en: "Improving the resilience of the information systems as a whole"
    },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306E\u5F37\u5316\u3092\u76EE\u7684\u3068\u3057\u3001\u696D\u52D9\u306E\u52B9\u7387\u6027\u30FB\u5229\u4FBF\u6027\u306E\u89B3\u70B9\u3092\u8E0F\u307E\u3048\u3001\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u5168\u4F53\u306B\u5BFE\u3057\u3001\u6B21\u306E\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
        en: "With the aim of strengthening information security, and taking account of business efficiency and convenience, take the following measures for the information systems as a whole."
      }
    ]
  },
  {
    ref: "7(3)\u2460",
    level: "sub-item",
    section: 7,
    item: 3,
    subItem: 1,
    parent: "7(3)",
    marker: "\u2460",
    paragraphs: [
      {
        ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306B\u304A\u3044\u3066\u306F\u3001\u539F\u5247\u3068\u3057\u3066\u3001\u4ED6\u306E\u9818\u57DF\u3068\u306E\u901A\u4FE1\u3092\u3067\u304D\u306A\u3044\u3088\u3046\u306B\u3057\u305F\u4E0A\u3067\u3001\u7AEF\u672B\u304B\u3089\u306E\u60C5\u5831\u6301\u51FA\u3057\u4E0D\u53EF\u8A2D\u5B9A\u3084\u7AEF\u672B\u3078\u306E\u591A\u8981\u7D20\u8A8D\u8A3C\u306E\u5C0E\u5165\u306B\u3088\u308A\u3001\u4F4F\u6C11\u60C5\u5831\u306E\u6D41\u51FA\u3092\u9632\u3050\u3002",
        en: "In the My Number zone, in principle, make communication with other zones impossible and, on that basis, prevent the leakage of residents' information by configuring terminals so that information cannot be taken out of them and by introducing multi-factor authentication for terminals."
      }
    ]
  },
  {
    ref: "7(3)\u2461",
    level: "sub-item",
    section: 7,
    item: 3,
    subItem: 2,
    parent: "7(3)",
    marker: "\u2461",
    paragraphs: [
      {
        ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u306B\u304A\u3044\u3066\u306F\u3001\u4E0D\u6B63\u901A\u4FE1\u306E\u76E3\u8996\u6A5F\u80FD\u306E\u5F37\u5316\u7B49\u306E\u9AD8\u5EA6\u306A\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u5B9F\u65BD\u3059\u308B\u3002",
        en: "In the Internet zone, implement advanced information security measures such as strengthened monitoring of unauthorised communications."
      }
    ]
  },
  {
    ref: "7(4)",
    level: "item",
    section: 7,
    item: 4,
    parent: "7",
    marker: "\uFF08\uFF14\uFF09",
    heading: { ja: "\u7269\u7406\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Physical security" },
    paragraphs: [
      {
        ja: "\u30B5\u30FC\u30D0\u3001\u901A\u4FE1\u56DE\u7DDA\u3001\u8077\u54E1\u306E\u30D1\u30BD\u30B3\u30F3\u7B49\u306E\u7BA1\u7406\u306B\u3064\u3044\u3066\u3001\u7269\u7406\u7684\u306A\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
        en: "Take physical measures for the management of servers, communication lines, staff PCs and the like."
      }
    ]
  },
  {
    ref: "7(5)",
    level: "item",
    section: 7,
    item: 5,
    parent: "7",
    marker: "\uFF08\uFF15\uFF09",
    heading: { ja: "\u4EBA\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Personnel security" },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306B\u95A2\u3057\u3001\u8077\u54E1\u304C\u9075\u5B88\u3059\u3079\u304D\u4E8B\u9805\u3092\u5B9A\u3081\u308B\u3068\u3068\u3082\u306B\u3001\u5341\u5206\u306A\u6559\u80B2\u53CA\u3073\u5553\u767A\u3092\u884C\u3046\u7B49\u306E\u4EBA\u7684\u306A\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
        en: "Take personnel measures, such as setting out the matters that staff must comply with concerning information security and providing sufficient education and awareness-raising."
      }
    ]
  },
  {
    ref: "7(6)",
    level: "item",
    section: 7,
    item: 6,
    parent: "7",
    marker: "\uFF08\uFF16\uFF09",
    heading: { ja: "\u6280\u8853\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Technical security" },
    paragraphs: [
      {
        ja: "\u30B3\u30F3\u30D4\u30E5\u30FC\u30BF\u7B49\u306E\u7BA1\u7406\u3001\u30A2\u30AF\u30BB\u30B9\u5236\u5FA1\u3001\u4E0D\u6B63\u30D7\u30ED\u30B0\u30E9\u30E0\u5BFE\u7B56\u3001\u4E0D\u6B63\u30A2\u30AF\u30BB\u30B9\u5BFE\u7B56\u7B49\u306E\u6280\u8853\u7684\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
        en: "Take technical measures such as the management of computers and similar equipment, access control, countermeasures against malicious programs and countermeasures against unauthorised access."
      }
    ]
  },
  {
    ref: "7(7)",
    level: "item",
    section: 7,
    item: 7,
    parent: "7",
    marker: "\uFF08\uFF17\uFF09",
    heading: { ja: "\u904B\u7528", en: "Operations" },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u76E3\u8996\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u9075\u5B88\u72B6\u6CC1\u306E\u78BA\u8A8D\u3001\u696D\u52D9\u59D4\u8A17\u3092\u884C\u3046\u969B\u306E\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u78BA\u4FDD\u7B49\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u904B\u7528\u9762\u306E\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3082\u306E\u3068\u3059\u308B\u3002",
        en: "Take measures for the operational side of the Information Security Policy, such as monitoring information systems, checking compliance with the Information Security Policy, and ensuring security when outsourcing work."
      },
      {
        ja: "\u307E\u305F\u3001\u60C5\u5831\u8CC7\u7523\u306B\u5BFE\u3059\u308B\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u4FB5\u5BB3\u304C\u767A\u751F\u3057\u305F\u5834\u5408\u7B49\u306B\u8FC5\u901F\u304B\u3064\u9069\u5207\u306B\u5BFE\u5FDC\u3059\u308B\u305F\u3081\u306E\u63AA\u7F6E\u3092\u8B1B\u3058\u308B\u3002",
        en: "In addition, take steps to respond promptly and appropriately when, for example, a security breach affecting information assets occurs."
      }
    ]
  },
  {
    ref: "7(8)",
    level: "item",
    section: 7,
    item: 8,
    parent: "7",
    marker: "\uFF08\uFF18\uFF09",
    heading: {
      ja: "\u696D\u52D9\u59D4\u8A17\u3068\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\uFF08\u30AF\u30E9\u30A6\u30C9\u30B5\u30FC\u30D3\u30B9\uFF09\u306E\u5229\u7528",
      en: "Outsourcing and use of external services (cloud services)"
    },
    paragraphs: [
      {
        ja: "\u696D\u52D9\u59D4\u8A17\u3092\u884C\u3046\u5834\u5408\u306B\u306F\u3001\u59D4\u8A17\u4E8B\u696D\u8005\u3092\u9078\u5B9A\u3057\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u3092\u660E\u8A18\u3057\u305F\u5951\u7D04\u3092\u7DE0\u7D50\u3057\u3001\u59D4\u8A17\u4E8B\u696D\u8005\u306B\u304A\u3044\u3066\u5FC5\u8981\u306A\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u304C\u78BA\u4FDD\u3055\u308C\u3066\u3044\u308B\u3053\u3068\u3092\u78BA\u8A8D\u3057\u3001\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u5951\u7D04\u306B\u57FA\u3065\u304D\u63AA\u7F6E\u3092\u8B1B\u3058\u308B\u3002",
        en: "When outsourcing work, select the contractor, conclude a contract that states the information security requirements explicitly, confirm that the contractor has the necessary security measures in place, and, where necessary, take steps on the basis of the contract."
      },
      {
        ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\uFF08\u30AF\u30E9\u30A6\u30C9\u30B5\u30FC\u30D3\u30B9\uFF09\u3092\u5229\u7528\u3059\u308B\u5834\u5408\u306B\u306F\u3001\u5229\u7528\u306B\u4FC2\u308B\u898F\u5B9A\u3092\u6574\u5099\u3057\u5BFE\u7B56\u3092\u8B1B\u3058\u308B\u3002",
        en: "When using external services (cloud services), put in place rules governing their use and take measures accordingly."
      }
    ]
  },
  {
    ref: "8",
    level: "section",
    section: 8,
    marker: "\uFF18",
    heading: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u306E\u5B9F\u65BD",
      en: "Information security audits and self-inspections"
    },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u9075\u5B88\u72B6\u6CC1\u3092\u691C\u8A3C\u3059\u308B\u305F\u3081\u3001\u5B9A\u671F\u7684\u53C8\u306F\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u3092\u5B9F\u65BD\u3059\u308B\u3002",
        en: "To verify compliance with the Information Security Policy, conduct information security audits and self-inspections regularly or as needed."
      }
    ]
  },
  {
    ref: "9",
    level: "section",
    section: 9,
    marker: "\uFF19",
    heading: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u898B\u76F4\u3057", en: "Review of the Information Security Policy" },
    paragraphs: [
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u306E\u7D50\u679C\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u898B\u76F4\u3057\u304C\u5FC5\u8981\u3068\u306A\u3063\u305F\u5834\u5408\u53CA\u3073\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306B\u95A2\u3059\u308B\u72B6\u6CC1\u306E\u5909\u5316\u306B\u5BFE\u5FDC\u3059\u308B\u305F\u3081\u65B0\u305F\u306B\u5BFE\u7B56\u304C\u5FC5\u8981\u306B\u306A\u3063\u305F\u5834\u5408\u306B\u306F\u3001\u4FDD\u6709\u3059\u308B\u60C5\u5831\u53CA\u3073\u5229\u7528\u3059\u308B\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306B\u4FC2\u308B\u8105\u5A01\u306E\u767A\u751F\u306E\u53EF\u80FD\u6027\u53CA\u3073\u767A\u751F\u6642\u306E\u640D\u5931\u3092\u5206\u6790\u3057\u3001\u30EA\u30B9\u30AF\u3092\u691C\u8A0E\u3057\u305F\u4E0A\u3067\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u3092\u898B\u76F4\u3059\u3002",
        en: "Where the results of information security audits and self-inspections show that the Information Security Policy needs to be reviewed, or where new measures become necessary in response to changes in the information security situation, analyse the likelihood of threats to the information held and the information systems used and the losses they would cause, examine the risks, and then review the Information Security Policy."
      }
    ]
  },
  {
    ref: "10",
    level: "section",
    section: 10,
    marker: "\uFF11\uFF10",
    heading: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u57FA\u6E96\u306E\u7B56\u5B9A",
      en: "Establishment of the Information Security Standards"
    },
    paragraphs: [
      {
        ja: "\u4E0A\u8A18\uFF17\u3001\uFF18\u53CA\u3073\uFF19\u306B\u898F\u5B9A\u3059\u308B\u5BFE\u7B56\u7B49\u3092\u5B9F\u65BD\u3059\u308B\u305F\u3081\u306B\u3001\u5177\u4F53\u7684\u306A\u9075\u5B88\u4E8B\u9805\u3001\u5224\u65AD\u57FA\u6E96\u7B49\u3092\u5B9A\u3081\u308B\u5BFE\u7B56\u57FA\u6E96\u3092\u7B56\u5B9A\u3059\u308B\u3002",
        en: "To implement the measures and other matters set out in 7, 8 and 9 above, establish the Standards, which set out the specific requirements to be complied with, the criteria for decisions and the like."
      },
      {
        ja: "\u306A\u304A\u3001\u5BFE\u7B56\u57FA\u6E96\u306F\u3001\u516C\u306B\u3059\u308B\u3053\u3068\u306B\u3088\u308A\u884C\u653F\u904B\u55B6\u306B\u91CD\u5927\u306A\u652F\u969C\u3092\u53CA\u307C\u3059\u304A\u305D\u308C\u304C\u3042\u308B\u3053\u3068\u304B\u3089\u975E\u516C\u958B\u3068\u3059\u308B\u3002",
        en: "Note that the Standards are not made public, because making them public could seriously hinder administrative operations."
      }
    ]
  },
  {
    ref: "11",
    level: "section",
    section: 11,
    marker: "\uFF11\uFF11",
    heading: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806\u306E\u7B56\u5B9A",
      en: "Establishment of the Information Security Common Implementation Procedures"
    },
    paragraphs: [
      {
        ja: "\u5BFE\u7B56\u57FA\u6E96\u306B\u57FA\u3065\u304D\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u5B9F\u65BD\u3059\u308B\u305F\u3081\u306E\u5177\u4F53\u7684\u306A\u624B\u9806\u3092\u5B9A\u3081\u305F\u5B9F\u65BD\u624B\u9806\u3092\u7B56\u5B9A\u3059\u308B\u3082\u306E\u3068\u3059\u308B\u3002",
        en: "Based on the Standards, establish the Procedures, which set out the specific procedures for implementing information security measures."
      },
      {
        ja: "\u306A\u304A\u3001\u5B9F\u65BD\u624B\u9806\u306F\u3001\u516C\u306B\u3059\u308B\u3053\u3068\u306B\u3088\u308A\u884C\u653F\u904B\u55B6\u306B\u91CD\u5927\u306A\u652F\u969C\u3092\u53CA\u307C\u3059\u304A\u305D\u308C\u304C\u3042\u308B\u3053\u3068\u304B\u3089\u975E\u516C\u958B\u3068\u3059\u308B\u3002",
        en: "Note that the Procedures are not made public, because making them public could seriously hinder administrative operations."
      }
    ]
  }
]);

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/document-title.ts
var documentTitle = deepFreeze({
  ja: "\u7B2C\uFF11\u7AE0 \u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u57FA\u672C\u65B9\u91DD",
  en: "Chapter 1: Information Security Basic Policy"
});

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/layers.ts
var layers = deepFreeze([
  {
    id: "basic-policy",
    name: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u57FA\u672C\u65B9\u91DD", en: "Information Security Basic Policy" },
    shortName: { ja: "\u57FA\u672C\u65B9\u91DD", en: "Basic Policy" },
    definedIn: ["2", "2(1)"],
    partOfPolicy: !0,
    public: !0,
    description: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306B\u5BFE\u3059\u308B\u53D6\u7D44\u59FF\u52E2\u3092\u8868\u3059\u3082\u306E\u3067\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u306B\u304A\u3051\u308B\u57FA\u672C\u7684\u306A\u8003\u3048\u65B9\u3092\u5B9A\u3081\u308B\u3082\u306E\u3002",
      en: "Expresses the commitment to information security and sets out the basic approach to information security measures."
    }
  },
  {
    id: "standards",
    name: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u57FA\u6E96", en: "Information Security Standards" },
    shortName: { ja: "\u5BFE\u7B56\u57FA\u6E96", en: "Standards" },
    definedIn: ["2", "2(2)", "10"],
    partOfPolicy: !0,
    public: !1,
    basedOn: "basic-policy",
    description: {
      ja: "\u57FA\u672C\u65B9\u91DD\u306B\u57FA\u3065\u304D\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u3092\u78BA\u4FDD\u3059\u308B\u305F\u3081\u306B\u3001\u5168\u3066\u306E\u884C\u70BA\u53CA\u3073\u5224\u65AD\u306B\u304A\u3044\u3066\u9075\u5B88\u3059\u3079\u304D\u57FA\u6E96\u3092\u5B9A\u3081\u308B\u3082\u306E\u3002",
      en: "Based on the Basic Policy, sets out the standards to be complied with in every action and decision in order to ensure information security."
    }
  },
  {
    id: "procedures",
    name: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806",
      en: "Information Security Common Implementation Procedures"
    },
    shortName: { ja: "\u5B9F\u65BD\u624B\u9806", en: "Procedures" },
    definedIn: ["2(2)", "11"],
    partOfPolicy: !1,
    public: !1,
    basedOn: "standards",
    description: {
      ja: "\u5BFE\u7B56\u57FA\u6E96\u306B\u5B9A\u3081\u3089\u308C\u305F\u5185\u5BB9\u3092\u5177\u4F53\u7684\u306B\u3069\u306E\u3088\u3046\u306A\u624B\u9806\u306B\u5F93\u3063\u3066\u5B9F\u884C\u3057\u3066\u3044\u304F\u306E\u304B\u3092\u793A\u3059\u3082\u306E",
      en: "Shows the concrete procedures by which the content set out in the Standards is to be carried out."
    }
  }
]);

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/measures.ts
var measures = deepFreeze([
  {
    id: "organization",
    clause: "7(1)",
    title: { ja: "\u7D44\u7E54\u4F53\u5236", en: "Organisational structure" },
    actions: [
      {
        ja: "\u5E83\u57DF\u9023\u5408\u306E\u60C5\u5831\u8CC7\u7523\u306B\u3064\u3044\u3066\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u63A8\u9032\u3059\u308B\u4F53\u5236\u3092\u78BA\u7ACB\u3059\u308B",
        en: "Establish a structure that drives information security measures for the Union's information assets"
      }
    ]
  },
  {
    id: "classification",
    clause: "7(2)",
    title: { ja: "\u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E\u3068\u7BA1\u7406", en: "Classification and management of information assets" },
    actions: [
      {
        ja: "\u5E83\u57DF\u9023\u5408\u306E\u4FDD\u6709\u3059\u308B\u60C5\u5831\u8CC7\u7523\u3092\u6A5F\u5BC6\u6027\u3001\u5B8C\u5168\u6027\u53CA\u3073\u53EF\u7528\u6027\u306B\u5FDC\u3058\u3066\u300C\u91CD\u8981\u5EA6\u300D\u3068\u3057\u3066\u5206\u985E\u3057",
        en: 'Classify the information assets held by the Union into "importance levels" according to their confidentiality, integrity and availability'
      },
      {
        ja: "\u5F53\u8A72\u5206\u985E\u306B\u57FA\u3065\u304D\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u8B1B\u3058\u308B",
        en: "Take information security measures based on that classification"
      }
    ]
  },
  {
    id: "system-resilience",
    clause: "7(3)",
    title: {
      ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u5168\u4F53\u306E\u5F37\u976D\u6027\u306E\u5411\u4E0A",
      en: "Improving the resilience of the information systems as a whole"
    },
    purpose: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306E\u5F37\u5316\u3092\u76EE\u7684\u3068\u3057",
      en: "With the aim of strengthening information security"
    },
    actions: [
      {
        ja: "\u696D\u52D9\u306E\u52B9\u7387\u6027\u30FB\u5229\u4FBF\u6027\u306E\u89B3\u70B9\u3092\u8E0F\u307E\u3048\u3001\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u5168\u4F53\u306B\u5BFE\u3057\u3001\u6B21\u306E\u5BFE\u7B56\u3092\u8B1B\u3058\u308B",
        en: "Taking account of business efficiency and convenience, take the following measures (those of 7(3)\u2460 and 7(3)\u2461) for the information systems as a whole"
      }
    ]
  },
  {
    id: "mynumber-isolation",
    clause: "7(3)\u2460",
    title: { ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB", en: "My Number zone" },
    purpose: { ja: "\u4F4F\u6C11\u60C5\u5831\u306E\u6D41\u51FA\u3092\u9632\u3050", en: "Prevent the leakage of residents' information" },
    actions: [
      {
        ja: "\u539F\u5247\u3068\u3057\u3066\u3001\u4ED6\u306E\u9818\u57DF\u3068\u306E\u901A\u4FE1\u3092\u3067\u304D\u306A\u3044\u3088\u3046\u306B\u3057\u305F",
        en: "In principle, make communication with other zones impossible"
      },
      {
        ja: "\u7AEF\u672B\u304B\u3089\u306E\u60C5\u5831\u6301\u51FA\u3057\u4E0D\u53EF\u8A2D\u5B9A",
        en: "Configure terminals so that information cannot be taken out of them"
      },
      {
        ja: "\u7AEF\u672B\u3078\u306E\u591A\u8981\u7D20\u8A8D\u8A3C\u306E\u5C0E\u5165",
        en: "Introduce multi-factor authentication for terminals"
      }
    ]
  },
  {
    id: "internet-monitoring",
    clause: "7(3)\u2461",
    title: { ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB", en: "Internet zone" },
    actions: [
      {
        ja: "\u4E0D\u6B63\u901A\u4FE1\u306E\u76E3\u8996\u6A5F\u80FD\u306E\u5F37\u5316",
        en: "Strengthen the monitoring of unauthorised communications"
      },
      {
        ja: "\u9AD8\u5EA6\u306A\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u5B9F\u65BD\u3059\u308B",
        en: "Implement advanced information security measures"
      }
    ]
  },
  {
    id: "physical",
    clause: "7(4)",
    title: { ja: "\u7269\u7406\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Physical security" },
    actions: [
      {
        ja: "\u30B5\u30FC\u30D0\u3001\u901A\u4FE1\u56DE\u7DDA\u3001\u8077\u54E1\u306E\u30D1\u30BD\u30B3\u30F3\u7B49\u306E\u7BA1\u7406\u306B\u3064\u3044\u3066\u3001\u7269\u7406\u7684\u306A\u5BFE\u7B56\u3092\u8B1B\u3058\u308B",
        en: "Take physical measures for the management of servers, communication lines, staff PCs and the like"
      }
    ]
  },
  {
    id: "human",
    clause: "7(5)",
    title: { ja: "\u4EBA\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Personnel security" },
    actions: [
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306B\u95A2\u3057\u3001\u8077\u54E1\u304C\u9075\u5B88\u3059\u3079\u304D\u4E8B\u9805\u3092\u5B9A\u3081\u308B",
        en: "Set out the matters that staff must comply with concerning information security"
      },
      {
        ja: "\u5341\u5206\u306A\u6559\u80B2\u53CA\u3073\u5553\u767A\u3092\u884C\u3046",
        en: "Provide sufficient education and awareness-raising"
      }
    ]
  },
  {
    id: "technical",
    clause: "7(6)",
    title: { ja: "\u6280\u8853\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Technical security" },
    actions: [
      { ja: "\u30B3\u30F3\u30D4\u30E5\u30FC\u30BF\u7B49\u306E\u7BA1\u7406", en: "Management of computers and similar equipment" },
      { ja: "\u30A2\u30AF\u30BB\u30B9\u5236\u5FA1", en: "Access control" },
      { ja: "\u4E0D\u6B63\u30D7\u30ED\u30B0\u30E9\u30E0\u5BFE\u7B56", en: "Countermeasures against malicious programs" },
      { ja: "\u4E0D\u6B63\u30A2\u30AF\u30BB\u30B9\u5BFE\u7B56", en: "Countermeasures against unauthorised access" }
    ]
  },
  {
    id: "operations",
    clause: "7(7)",
    title: { ja: "\u904B\u7528", en: "Operations" },
    actions: [
      { ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u76E3\u8996", en: "Monitor information systems" },
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u9075\u5B88\u72B6\u6CC1\u306E\u78BA\u8A8D",
        en: "Check compliance with the Information Security Policy"
      },
      {
        ja: "\u696D\u52D9\u59D4\u8A17\u3092\u884C\u3046\u969B\u306E\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u78BA\u4FDD",
        en: "Ensure security when outsourcing work"
      },
      {
        ja: "\u60C5\u5831\u8CC7\u7523\u306B\u5BFE\u3059\u308B\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u4FB5\u5BB3\u304C\u767A\u751F\u3057\u305F\u5834\u5408\u7B49\u306B\u8FC5\u901F\u304B\u3064\u9069\u5207\u306B\u5BFE\u5FDC\u3059\u308B\u305F\u3081\u306E\u63AA\u7F6E\u3092\u8B1B\u3058\u308B",
        en: "Take steps to respond promptly and appropriately when, for example, a security breach affecting information assets occurs"
      }
    ]
  },
  {
    id: "outsourcing-and-cloud",
    clause: "7(8)",
    title: {
      ja: "\u696D\u52D9\u59D4\u8A17\u3068\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\uFF08\u30AF\u30E9\u30A6\u30C9\u30B5\u30FC\u30D3\u30B9\uFF09\u306E\u5229\u7528",
      en: "Outsourcing and use of external services (cloud services)"
    },
    actions: [
      {
        ja: "\u696D\u52D9\u59D4\u8A17\u3092\u884C\u3046\u5834\u5408\u306B\u306F\u3001\u59D4\u8A17\u4E8B\u696D\u8005\u3092\u9078\u5B9A\u3057",
        en: "When outsourcing work, select the contractor"
      },
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u3092\u660E\u8A18\u3057\u305F\u5951\u7D04\u3092\u7DE0\u7D50\u3057",
        en: "Conclude a contract that states the information security requirements explicitly"
      },
      {
        ja: "\u59D4\u8A17\u4E8B\u696D\u8005\u306B\u304A\u3044\u3066\u5FC5\u8981\u306A\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u304C\u78BA\u4FDD\u3055\u308C\u3066\u3044\u308B\u3053\u3068\u3092\u78BA\u8A8D\u3057",
        en: "Confirm that the contractor has the necessary security measures in place"
      },
      {
        ja: "\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u5951\u7D04\u306B\u57FA\u3065\u304D\u63AA\u7F6E\u3092\u8B1B\u3058\u308B",
        en: "Where necessary, take steps on the basis of the contract"
      },
      {
        ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\uFF08\u30AF\u30E9\u30A6\u30C9\u30B5\u30FC\u30D3\u30B9\uFF09\u3092\u5229\u7528\u3059\u308B\u5834\u5408\u306B\u306F\u3001\u5229\u7528\u306B\u4FC2\u308B\u898F\u5B9A\u3092\u6574\u5099\u3057\u5BFE\u7B56\u3092\u8B1B\u3058\u308B",
        en: "When using external services (cloud services), put in place rules governing their use and take measures accordingly"
      }
    ]
  },
  {
    id: "audit-and-self-inspection",
    clause: "8",
    title: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u306E\u5B9F\u65BD",
      en: "Information security audits and self-inspections"
    },
    purpose: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u9075\u5B88\u72B6\u6CC1\u3092\u691C\u8A3C\u3059\u308B\u305F\u3081",
      en: "To verify compliance with the Information Security Policy"
    },
    actions: [
      {
        ja: "\u5B9A\u671F\u7684\u53C8\u306F\u5FC5\u8981\u306B\u5FDC\u3058\u3066\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u3092\u5B9F\u65BD\u3059\u308B",
        en: "Conduct information security audits and self-inspections regularly or as needed"
      }
    ]
  },
  {
    id: "review",
    clause: "9",
    title: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u898B\u76F4\u3057", en: "Review of the Information Security Policy" },
    triggers: [
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C\u306E\u7D50\u679C\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u898B\u76F4\u3057\u304C\u5FC5\u8981\u3068\u306A\u3063\u305F\u5834\u5408",
        en: "Where the results of information security audits and self-inspections show that the Information Security Policy needs to be reviewed"
      },
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306B\u95A2\u3059\u308B\u72B6\u6CC1\u306E\u5909\u5316\u306B\u5BFE\u5FDC\u3059\u308B\u305F\u3081\u65B0\u305F\u306B\u5BFE\u7B56\u304C\u5FC5\u8981\u306B\u306A\u3063\u305F\u5834\u5408",
        en: "Where new measures become necessary in response to changes in the information security situation"
      }
    ],
    actions: [
      {
        ja: "\u4FDD\u6709\u3059\u308B\u60C5\u5831\u53CA\u3073\u5229\u7528\u3059\u308B\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306B\u4FC2\u308B\u8105\u5A01\u306E\u767A\u751F\u306E\u53EF\u80FD\u6027\u53CA\u3073\u767A\u751F\u6642\u306E\u640D\u5931\u3092\u5206\u6790\u3057",
        en: "Analyse the likelihood of threats to the information held and the information systems used, and the losses they would cause"
      },
      { ja: "\u30EA\u30B9\u30AF\u3092\u691C\u8A0E\u3057\u305F\u4E0A\u3067", en: "Examine the risks" },
      { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u3092\u898B\u76F4\u3059", en: "Review the Information Security Policy" }
    ]
  },
  {
    id: "standards",
    clause: "10",
    title: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u57FA\u6E96\u306E\u7B56\u5B9A",
      en: "Establishment of the Information Security Standards"
    },
    purpose: {
      ja: "\u4E0A\u8A18\uFF17\u3001\uFF18\u53CA\u3073\uFF19\u306B\u898F\u5B9A\u3059\u308B\u5BFE\u7B56\u7B49\u3092\u5B9F\u65BD\u3059\u308B\u305F\u3081\u306B",
      en: "To implement the measures and other matters set out in 7, 8 and 9 above"
    },
    actions: [
      {
        ja: "\u5177\u4F53\u7684\u306A\u9075\u5B88\u4E8B\u9805\u3001\u5224\u65AD\u57FA\u6E96\u7B49\u3092\u5B9A\u3081\u308B\u5BFE\u7B56\u57FA\u6E96\u3092\u7B56\u5B9A\u3059\u308B",
        en: "Establish the Standards, setting out the specific requirements to be complied with, the criteria for decisions and the like"
      },
      {
        ja: "\u5BFE\u7B56\u57FA\u6E96\u306F\u3001\u516C\u306B\u3059\u308B\u3053\u3068\u306B\u3088\u308A\u884C\u653F\u904B\u55B6\u306B\u91CD\u5927\u306A\u652F\u969C\u3092\u53CA\u307C\u3059\u304A\u305D\u308C\u304C\u3042\u308B\u3053\u3068\u304B\u3089\u975E\u516C\u958B\u3068\u3059\u308B",
        en: "Keep the Standards non-public, because making them public could seriously hinder administrative operations"
      }
    ]
  },
  {
    id: "procedures",
    clause: "11",
    title: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806\u306E\u7B56\u5B9A",
      en: "Establishment of the Information Security Common Implementation Procedures"
    },
    actions: [
      {
        ja: "\u5BFE\u7B56\u57FA\u6E96\u306B\u57FA\u3065\u304D\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u5B9F\u65BD\u3059\u308B\u305F\u3081\u306E\u5177\u4F53\u7684\u306A\u624B\u9806\u3092\u5B9A\u3081\u305F\u5B9F\u65BD\u624B\u9806\u3092\u7B56\u5B9A\u3059\u308B",
        en: "Based on the Standards, establish the Procedures, setting out the specific procedures for implementing information security measures"
      },
      {
        ja: "\u5B9F\u65BD\u624B\u9806\u306F\u3001\u516C\u306B\u3059\u308B\u3053\u3068\u306B\u3088\u308A\u884C\u653F\u904B\u55B6\u306B\u91CD\u5927\u306A\u652F\u969C\u3092\u53CA\u307C\u3059\u304A\u305D\u308C\u304C\u3042\u308B\u3053\u3068\u304B\u3089\u975E\u516C\u958B\u3068\u3059\u308B",
        en: "Keep the Procedures non-public, because making them public could seriously hinder administrative operations"
      }
    ]
  }
]);

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/obligations.ts
var obligations = deepFreeze([
  {
    id: "staff-compliance",
    clause: "6",
    title: { ja: "\u8077\u54E1\u306E\u9075\u5B88\u7FA9\u52D9", en: "Obligations of staff" },
    text: {
      ja: "\u8077\u54E1\u306F\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306E\u91CD\u8981\u6027\u306B\u3064\u3044\u3066\u5171\u901A\u306E\u8A8D\u8B58\u3092\u6301\u3061\u3001\u696D\u52D9\u306E\u9042\u884C\u306B\u5F53\u305F\u3063\u3066\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u53CA\u3073\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806\u3092\u9075\u5B88\u3057\u306A\u3051\u308C\u3070\u306A\u3089\u306A\u3044\u3002",
      en: "Staff shall share a common awareness of the importance of information security and, in performing their duties, shall comply with the Information Security Policy and the Information Security Common Implementation Procedures."
    },
    bound: {
      name: { ja: "\u8077\u54E1", en: "Staff" },
      definedIn: "3(15)",
      categories: STAFF_CATEGORIES
    },
    duties: [
      {
        ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u306E\u91CD\u8981\u6027\u306B\u3064\u3044\u3066\u5171\u901A\u306E\u8A8D\u8B58\u3092\u6301\u3061",
        en: "Share a common awareness of the importance of information security"
      },
      {
        ja: "\u696D\u52D9\u306E\u9042\u884C\u306B\u5F53\u305F\u3063\u3066\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u53CA\u3073\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806\u3092\u9075\u5B88\u3057\u306A\u3051\u308C\u3070\u306A\u3089\u306A\u3044",
        en: "In performing their duties, comply with the Information Security Policy and the Information Security Common Implementation Procedures"
      }
    ],
    mustComplyWith: [
      {
        name: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC", en: "Information Security Policy" },
        layers: ["basic-policy", "standards"]
      },
      {
        name: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806", en: "Information Security Common Implementation Procedures" },
        layers: ["procedures"]
      }
    ]
  }
]);
function isBoundByObligations(category) {
  return obligations.some((obligation) => obligation.bound.categories.includes(category));
}

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/glossary.ts
var avoid = (ja2, en) => ({ ja: ja2, en }), glossaryData = {
  // Zones of 7(3) (3(13), 3(14); LGWAN接続系 from the guideline).
  "zone.mynumber": {
    ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB",
    en: "My Number zone",
    avoid: avoid([], ["My Number business zone", "My Number business system", "My Number system zone"]),
    note: "The three \u7CFB of 7(3) are the library's zones (`mynumber`, `lgwan`, `internet`): one short name each, parallel to the ids; the definition in 3(13) says what the zone holds."
  },
  "zone.lgwan": { ja: "LGWAN\u63A5\u7D9A\u7CFB", en: "LGWAN zone", avoid: avoid([], ["LGWAN-connected zone"]) },
  "zone.internet": {
    ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB",
    en: "Internet zone",
    avoid: avoid([], ["Internet-connected zone"]),
    note: "Parallel to the My Number zone and the LGWAN zone; the definition in 3(14) says it is connected to the Internet."
  },
  // The bodies of 5(1).
  "body.secretariat": { ja: "\u5E83\u57DF\u9023\u5408\u4E8B\u52D9\u5C40", en: "Union Secretariat" },
  "body.assembly-secretariat": { ja: "\u8B70\u4F1A\u4E8B\u52D9\u5C40", en: "Assembly Secretariat" },
  "body.audit-secretariat": {
    ja: "\u76E3\u67FB\u59D4\u54E1\u4E8B\u52D9\u5C40",
    en: "Audit Commissioners' Secretariat",
    avoid: avoid([], ["Secretariat of the Audit Commissioners"])
  },
  "body.election-commission": { ja: "\u9078\u6319\u7BA1\u7406\u59D4\u54E1\u4F1A", en: "Election Administration Commission" },
  // The document layers (2, 10, 11).
  "layer.basic-policy": { ja: "\u57FA\u672C\u65B9\u91DD", en: "Basic Policy" },
  "layer.standards": {
    ja: "\u5BFE\u7B56\u57FA\u6E96",
    en: "Standards",
    avoid: avoid([], ["information security standards", "Information security standards"]),
    note: "A defined term of clause 2 (\u4EE5\u4E0B\u300C\u5BFE\u7B56\u57FA\u6E96\u300D\u3068\u3044\u3046\u3002): capitalised, as the Basic Policy is."
  },
  "layer.procedures": {
    ja: "\u5B9F\u65BD\u624B\u9806",
    en: "Procedures",
    avoid: avoid(["\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5B9F\u65BD\u624B\u9806"], ["information security procedures", "Information security procedures"]),
    note: "The document's name is \u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806 (2(2), 11); its short name is \u5B9F\u65BD\u624B\u9806."
  },
  "layer.procedures-full": {
    ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806",
    en: "Information Security Common Implementation Procedures"
  },
  // Terms of 3 whose English needed one rendering.
  "term.union-computer-system": {
    ja: "\u5E83\u57DF\u9023\u5408\u96FB\u7B97\u51E6\u7406\u30B7\u30B9\u30C6\u30E0",
    en: "Union computer processing system",
    avoid: avoid([], ["Union computing system"]),
    note: "\u96FB\u7B97\u51E6\u7406 is computer processing: the English keeps it."
  },
  "term.electromagnetic-media": {
    ja: "\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53",
    en: "electromagnetic recording media",
    avoid: avoid([], ["storage media", "electromagnetic media"])
  },
  "term.confidentiality-2": {
    ja: "\u6A5F\u5BC6\u60272\u4EE5\u4E0A\u306E\u60C5\u5831",
    en: "information of confidentiality 2 or above",
    avoid: avoid(["\u6A5F\u5BC6\u60C5\u5831"], []),
    note: "The guideline default scheme's threshold; \u6A5F\u5BC6\u60C5\u5831 is not a level of any scheme."
  },
  "measure.personnel-security": {
    ja: "\u4EBA\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3",
    en: "Personnel security",
    avoid: avoid([], ["Human security", "human security", "human measures"]),
    note: "Human security is a United Nations term for something else; 7(5) is about staff."
  },
  "connective.nao": {
    ja: "\u306A\u304A",
    en: "Note that",
    note: "\u306A\u304A\u3001 opens a remark (Note that \u2026), not an addition (In addition is \u307E\u305F)."
  },
  // Words of the reports and the CLI.
  "word.control": { ja: "\u7BA1\u7406\u7B56", en: "Control", note: "\u5BFE\u7B56 is a measure of clause 7; a checkable rule of the catalog is a \u7BA1\u7406\u7B56." },
  "word.measure": { ja: "\u5BFE\u7B56", en: "Measure" },
  "word.provenance": {
    ja: "\u6839\u62E0",
    en: "Provenance",
    avoid: avoid(["\u51FA\u5178"], []),
    note: "Where a rule comes from (basic policy, guideline default, organisation's standards): one word, \u6839\u62E0, in every report, the CLI and the documentation."
  },
  "word.training": {
    ja: "\u6559\u80B2",
    en: "training",
    avoid: avoid(["\u7814\u4FEE"], []),
    note: "7(5) says \u6559\u80B2\u53CA\u3073\u5553\u767A: the checklist and the catalog say \u6559\u80B2 (\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u6559\u80B2), not \u7814\u4FEE."
  },
  "word.approval": {
    ja: "\u627F\u8A8D",
    en: "approval",
    note: "An approval of a carry-out or an exception is \u627F\u8A8D; \u8A31\u53EF is kept only for software, after 4(2) \u7121\u8A31\u53EF\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2."
  },
  "word.clause": { ja: "\u6761\u9805", en: "Clause" },
  "word.category": { ja: "\u5206\u985E", en: "Category" },
  "word.requirement": { ja: "\u8981\u6C42\u4E8B\u9805", en: "Requirement" },
  "word.remediation": { ja: "\u662F\u6B63\u63AA\u7F6E", en: "Remediation" },
  "word.exception": { ja: "\u4F8B\u5916\u63AA\u7F6E", en: "Exception" },
  "word.as-of": { ja: "\u5224\u5B9A\u57FA\u6E96\u65E5", en: "As of", avoid: avoid(["\u5224\u5B9A\u57FA\u6E96\u65E5\uFF08asOf\uFF09"], []) },
  "word.none": { ja: "\u306A\u3057", en: "none" },
  "word.default": { ja: "\u65E2\u5B9A\u5024", en: "default" },
  "word.lower-is-stricter": { ja: "\u5C0F\u3055\u3044\u307B\u3069\u53B3\u683C", en: "lower is stricter" },
  "word.higher-is-stricter": { ja: "\u5927\u304D\u3044\u307B\u3069\u53B3\u683C", en: "higher is stricter" },
  "unit.months": { ja: "\u304B\u6708", en: "months" },
  // Provenance labels.
  "provenance.basic-policy": { ja: "\u57FA\u672C\u65B9\u91DD", en: "basic policy" },
  "provenance.guideline": { ja: "\u7DCF\u52D9\u7701\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u65E2\u5B9A\u5024", en: "guideline default" },
  "provenance.organization": { ja: "\u7D44\u7E54\u306E\u5BFE\u7B56\u57FA\u6E96", en: "organisation standard" },
  // Outcome labels.
  "outcome.compliant": { ja: "\u9069\u5408", en: "compliant" },
  "outcome.non-compliant": { ja: "\u4E0D\u9069\u5408", en: "non-compliant" },
  "outcome.needs-review": { ja: "\u8981\u78BA\u8A8D", en: "needs review" },
  "outcome.not-applicable": { ja: "\u5BFE\u8C61\u5916", en: "not applicable" },
  // Finding status labels.
  "status.pass": { ja: "\u5145\u8DB3", en: "pass" },
  "status.fail": { ja: "\u4E0D\u5099", en: "fail" },
  "status.manual": { ja: "\u8981\u78BA\u8A8D", en: "manual" },
  "status.not-applicable": { ja: "\u5BFE\u8C61\u5916", en: "n/a" },
  // Person categories (3(15) and the Union's access rules).
  "person.regular": {
    ja: "\u4F1A\u8A08\u5E74\u5EA6\u4EFB\u7528\u8077\u54E1\u53CA\u3073\u975E\u5E38\u52E4\u8077\u54E1\u4EE5\u5916\u306E\u8077\u54E1",
    en: "regular staff",
    avoid: avoid(["\u5E38\u52E4\u8077\u54E1"], []),
    note: "Full-time \u4F1A\u8A08\u5E74\u5EA6\u4EFB\u7528\u8077\u54E1 are \u5E38\u52E4 too, so \u5E38\u52E4\u8077\u54E1 does not name this category."
  },
  "person.fiscal-year-appointed": { ja: "\u4F1A\u8A08\u5E74\u5EA6\u4EFB\u7528\u8077\u54E1", en: "fiscal-year-appointed staff" },
  "person.part-time": { ja: "\u975E\u5E38\u52E4\u8077\u54E1", en: "part-time staff" },
  "person.municipal-staff": { ja: "\u69CB\u6210\u5E02\u753A\u6751\u306E\u8077\u54E1", en: "member-municipality staff" },
  "person.contractor": { ja: "\u59D4\u8A17\u4E8B\u696D\u8005", en: "contractor" },
  "person.outsider": { ja: "\u90E8\u5916\u8005", en: "outsider" },
  // Asset categories (5(2) and 3).
  "asset.network": { ja: "\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF", en: "network" },
  "asset.information-system": { ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0", en: "information system" },
  "asset.server": { ja: "\u30B5\u30FC\u30D0", en: "server" },
  "asset.terminal": { ja: "\u30D1\u30BD\u30B3\u30F3\u7B49\u7AEF\u672B", en: "PCs and other terminals" },
  "asset.media": { ja: "\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53", en: "electromagnetic recording media" },
  "asset.facility": { ja: "\u8A2D\u5099", en: "facility" },
  "asset.information": { ja: "\u60C5\u5831", en: "information" },
  "asset.system-document": { ja: "\u30B7\u30B9\u30C6\u30E0\u95A2\u9023\u6587\u66F8", en: "system-related document" },
  // Subject kinds.
  "kind.transfer": { ja: "\u60C5\u5831\u306E\u79FB\u9001", en: "transfer" },
  "kind.carry-out": { ja: "\u6301\u51FA\u3057", en: "carry-out" },
  "kind.sign-in": { ja: "\u30ED\u30B0\u30A4\u30F3", en: "sign-in" },
  "kind.software-use": { ja: "\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u5229\u7528", en: "software use" },
  "kind.access": { ja: "\u30A2\u30AF\u30BB\u30B9", en: "access" },
  "kind.outsourcing": { ja: "\u696D\u52D9\u59D4\u8A17", en: "outsourcing" },
  "kind.cloud-use": { ja: "\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\u306E\u5229\u7528", en: "cloud use" },
  "kind.asset": { ja: "\u60C5\u5831\u8CC7\u7523", en: "asset" },
  "kind.organization": { ja: "\u7D44\u7E54\uFF08\u81EA\u5DF1\u70B9\u691C\uFF09", en: "organisation (self-inspection)" },
  // Control categories (after the measures of 7 and clauses 8 and 9).
  "category.organization": { ja: "\u7D44\u7E54\u4F53\u5236", en: "Organisational structure" },
  "category.classification": { ja: "\u60C5\u5831\u8CC7\u7523\u306E\u5206\u985E\u3068\u7BA1\u7406", en: "Classification and management of information assets" },
  "category.system-resilience": { ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u5168\u4F53\u306E\u5F37\u976D\u6027\u306E\u5411\u4E0A", en: "Improving the resilience of the information systems as a whole" },
  "category.physical": { ja: "\u7269\u7406\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Physical security" },
  "category.human": { ja: "\u4EBA\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Personnel security" },
  "category.technical": { ja: "\u6280\u8853\u7684\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Technical security" },
  "category.operations": { ja: "\u904B\u7528", en: "Operations" },
  "category.outsourcing-and-cloud": { ja: "\u696D\u52D9\u59D4\u8A17\u3068\u5916\u90E8\u30B5\u30FC\u30D3\u30B9\u306E\u5229\u7528", en: "Outsourcing and use of external services" },
  "category.audit": { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u53CA\u3073\u81EA\u5DF1\u70B9\u691C", en: "Information security audits and self-inspections" },
  "category.review": { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u898B\u76F4\u3057", en: "Review of the Information Security Policy" }
}, glossary = deepFreeze(glossaryData);
function gloss(id2) {
  return texts[id2];
}
var texts = deepFreeze(
  Object.fromEntries(Object.entries(glossaryData).map(([id2, entry]) => [id2, { ja: entry.ja, en: entry.en }]))
);

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/terms.ts
var terms = deepFreeze([
  {
    id: "network",
    clause: "3(1)",
    term: { ja: "\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF", en: "Network" },
    definition: {
      ja: "\u30B3\u30F3\u30D4\u30E5\u30FC\u30BF\u7B49\u3092\u76F8\u4E92\u306B\u63A5\u7D9A\u3059\u308B\u305F\u3081\u306E\u901A\u4FE1\u7DB2\u3001\u305D\u306E\u69CB\u6210\u6A5F\u5668\uFF08\u30CF\u30FC\u30C9\u30A6\u30A7\u30A2\u53CA\u3073\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\uFF09\u3092\u3044\u3046\u3002",
      en: "A communications network for interconnecting computers and similar equipment, and the equipment that makes it up (hardware and software)."
    }
  },
  {
    id: "electromagnetic-media",
    clause: "3(2)",
    term: { ja: "\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53", en: "Electromagnetic recording media" },
    definition: {
      ja: "\u30CF\u30FC\u30C9\u30C7\u30A3\u30B9\u30AF\u3001CD-ROM\u3001USB\u30E1\u30E2\u30EA\u3001\u305D\u306E\u4ED6\u3053\u308C\u3089\u306B\u985E\u3059\u308B\u96FB\u5B50\u60C5\u5831\u3092\u8A18\u9332\u3059\u308B\u305F\u3081\u306E\u5A92\u4F53\u3092\u3044\u3046\u3002",
      en: "Hard disks, CD-ROMs, USB memory devices and other similar media for recording electronic information."
    }
  },
  {
    id: "information-system",
    clause: "3(3)",
    term: { ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0", en: "Information system" },
    definition: {
      ja: "\u30B3\u30F3\u30D4\u30E5\u30FC\u30BF\u3001\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u53CA\u3073\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53\u3067\u69CB\u6210\u3055\u308C\u3001\u60C5\u5831\u51E6\u7406\u3092\u884C\u3046\u4ED5\u7D44\u307F\u3092\u3044\u3046\u3002",
      en: "A mechanism that is made up of computers, networks and electromagnetic recording media and that processes information."
    }
  },
  {
    id: "union-computing-system",
    clause: "3(4)",
    term: { ja: "\u5E83\u57DF\u9023\u5408\u96FB\u7B97\u51E6\u7406\u30B7\u30B9\u30C6\u30E0", en: "Union computer processing system" },
    definition: {
      ja: "\u8CC7\u683C\u7BA1\u7406\u30FB\u4FDD\u967A\u6599\u8CE6\u8AB2\u30FB\u4FDD\u967A\u6599\u53CE\u7D0D\u30FB\u7D66\u4ED8\u306B\u95A2\u3059\u308B\u696D\u52D9\u3092\u51E6\u7406\u3059\u308B\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u3092\u3044\u3046\u3002",
      en: "The information system that processes the business of eligibility management, premium assessment, premium collection and benefits."
    }
  },
  {
    id: "terminal",
    clause: "3(5)",
    term: { ja: "\u30D1\u30BD\u30B3\u30F3\u7B49\u7AEF\u672B", en: "PCs and other terminals" },
    definition: {
      ja: "\u5E83\u57DF\u9023\u5408\u96FB\u7B97\u51E6\u7406\u30B7\u30B9\u30C6\u30E0\u3001\u8CA1\u52D9\u4F1A\u8A08\u30B7\u30B9\u30C6\u30E0\u7B49\u306B\u63A5\u7D9A\u3055\u308C\u3001\u60C5\u5831\u306E\u8A18\u9332\u53CA\u3073\u5165\u51FA\u529B\u6A5F\u80FD\u3092\u6709\u3059\u308B\u30CF\u30FC\u30C9\u30A6\u30A7\u30A2\u53CA\u3073\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u3067\u69CB\u6210\u3059\u308B\u30B3\u30F3\u30D4\u30E5\u30FC\u30BF\u53CA\u3073\u5468\u8FBA\u6A5F\u5668\u3092\u3044\u3046\u3002",
      en: "Computers and peripheral devices, made up of hardware and software with functions for recording, inputting and outputting information, that are connected to the Union computer processing system, the financial accounting system and the like."
    }
  },
  {
    id: "information-security",
    clause: "3(6)",
    term: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3", en: "Information security" },
    definition: {
      ja: "\u60C5\u5831\u8CC7\u7523\u306E\u6A5F\u5BC6\u6027\u3001\u5B8C\u5168\u6027\u53CA\u3073\u53EF\u7528\u6027\u3092\u7DAD\u6301\u3059\u308B\u3053\u3068\u3092\u3044\u3046\u3002",
      en: "Maintaining the confidentiality, integrity and availability of information assets."
    }
  },
  {
    id: "information-security-policy",
    clause: "3(7)",
    term: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC", en: "Information Security Policy" },
    definition: {
      ja: "\u672C\u57FA\u672C\u65B9\u91DD\u53CA\u3073\u5BFE\u7B56\u57FA\u6E96\u3092\u3044\u3046\u3002",
      en: "This Basic Policy and the Standards."
    }
  },
  {
    id: "personal-information",
    clause: "3(8)",
    term: { ja: "\u500B\u4EBA\u60C5\u5831", en: "Personal information" },
    definition: {
      ja: "\u500B\u4EBA\u306B\u95A2\u3059\u308B\u60C5\u5831\u3067\u3042\u3063\u3066\u3001\u7279\u5B9A\u306E\u500B\u4EBA\u304C\u8B58\u5225\u3055\u308C\u3001\u53C8\u306F\u8B58\u5225\u3055\u308C\u5F97\u308B\u3082\u306E\u3092\u3044\u3046\u3002",
      en: "Information relating to an individual by which a specific individual is or can be identified."
    }
  },
  {
    id: "information-asset",
    clause: "3(9)",
    term: { ja: "\u60C5\u5831\u8CC7\u7523", en: "Information asset" },
    definition: {
      ja: "\u5E83\u57DF\u9023\u5408\u3067\u53D6\u308A\u6271\u3046\u5168\u3066\u306E\u60C5\u5831\u3092\u3044\u3046\u3002",
      en: "All information handled by the Union."
    }
  },
  {
    id: "confidentiality",
    clause: "3(10)",
    term: { ja: "\u6A5F\u5BC6\u6027", en: "Confidentiality" },
    definition: {
      ja: "\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3059\u308B\u3053\u3068\u3092\u8A8D\u3081\u3089\u308C\u305F\u8005\u3060\u3051\u304C\u3001\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3067\u304D\u308B\u72B6\u614B\u3092\u78BA\u4FDD\u3059\u308B\u3053\u3068\u3092\u3044\u3046\u3002",
      en: "Ensuring that only those authorised to access information can access it."
    }
  },
  {
    id: "integrity",
    clause: "3(11)",
    term: { ja: "\u5B8C\u5168\u6027", en: "Integrity" },
    definition: {
      ja: "\u60C5\u5831\u304C\u7834\u58CA\u3001\u6539\u3056\u3093\u53C8\u306F\u6D88\u53BB\u3055\u308C\u3066\u3044\u306A\u3044\u72B6\u614B\u3092\u78BA\u4FDD\u3059\u308B\u3053\u3068\u3092\u3044\u3046\u3002",
      en: "Ensuring that information has not been destroyed, tampered with or erased."
    }
  },
  {
    id: "availability",
    clause: "3(12)",
    term: { ja: "\u53EF\u7528\u6027", en: "Availability" },
    definition: {
      ja: "\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3059\u308B\u3053\u3068\u3092\u8A8D\u3081\u3089\u308C\u305F\u8005\u304C\u3001\u5FC5\u8981\u306A\u3068\u304D\u306B\u4E2D\u65AD\u3055\u308C\u308B\u3053\u3068\u306A\u304F\u3001\u60C5\u5831\u306B\u30A2\u30AF\u30BB\u30B9\u3067\u304D\u308B\u72B6\u614B\u3092\u78BA\u4FDD\u3059\u308B\u3053\u3068\u3092\u3044\u3046\u3002",
      en: "Ensuring that those authorised to access information can access it without interruption whenever they need it."
    }
  },
  {
    id: "mynumber-zone",
    clause: "3(13)",
    term: { ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB", en: "My Number zone" },
    definition: {
      ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u3092\u5229\u7528\u3059\u308B\u4E8B\u52D9\u306B\u95A2\u308F\u308B\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u53CA\u3073\u30C7\u30FC\u30BF\u3092\u3044\u3046\u3002",
      en: "The information systems and data involved in business that uses My Number (the Individual Number)."
    }
  },
  {
    id: "internet-zone",
    clause: "3(14)",
    term: { ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB", en: "Internet zone" },
    definition: {
      ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u30E1\u30FC\u30EB\u3001\u30DB\u30FC\u30E0\u30DA\u30FC\u30B8\u7BA1\u7406\u30B7\u30B9\u30C6\u30E0\u7B49\u306B\u4FC2\u308B\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u306B\u63A5\u7D9A\u3055\u308C\u305F\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u53CA\u3073\u305D\u306E\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u3067\u53D6\u308A\u6271\u3046\u30C7\u30FC\u30BF\u3092\u3044\u3046\u3002",
      en: "The information systems connected to the Internet, such as those for Internet e-mail and website management, and the data handled by those information systems."
    }
  },
  {
    id: "staff",
    clause: "3(15)",
    term: { ja: "\u8077\u54E1", en: "Staff" },
    definition: {
      ja: "\u8077\u54E1\u3001\u4F1A\u8A08\u5E74\u5EA6\u4EFB\u7528\u8077\u54E1\u3001\u975E\u5E38\u52E4\u8077\u54E1\u3092\u542B\u3080\u5E83\u57DF\u9023\u5408\u306E\u5168\u8077\u54E1\u3092\u3044\u3046\u3002",
      en: "All staff of the Union, including regular staff, fiscal-year-appointed staff and part-time staff."
    }
  }
]), MAX_SUGGESTIONS = 3, termsByName, FORMER_ENGLISH = Object.freeze({
  "union-computing-system": glossary["term.union-computer-system"].avoid?.en ?? [],
  "mynumber-zone": glossary["zone.mynumber"].avoid?.en ?? [],
  "internet-zone": glossary["zone.internet"].avoid?.en ?? []
});
function termIndex() {
  return termsByName ??= new Map(
    terms.flatMap((term) => [term.id, term.term.ja, term.term.en, ...FORMER_ENGLISH[term.id] ?? []].map((name) => [nameKey(name), term]))
  );
}
function nameKey(name) {
  return name.trim().toLowerCase();
}
var UnknownTermError = class extends Error {
  /** Always `"UnknownTermError"`, so the error can be recognised after serialisation. */
  name = "UnknownTermError";
  /** The name that was asked for, exactly as given. */
  query;
  /** Known names (ids, Japanese or English terms) close to the one asked for, nearest first. */
  suggestions;
  /**
   * Creates the error for a name that is no defined term.
   *
   * @param query - The name that was asked for, exactly as given.
   * @param suggestions - Known names close to it, nearest first.
   * @example
   * ```ts
   * import { UnknownTermError } from "./terms.js";
   *
   * throw new UnknownTermError("netwrk", ["network", "integrity", "staff"]);
   * ```
   */
  constructor(query, suggestions) {
    super(
      `Unknown term ${JSON.stringify(query)}. A term of clause 3 is named by its id (e.g. "mynumber-zone"), its Japanese term (e.g. "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB") or its English term (e.g. "My Number zone", any case). Closest known: ${suggestions.map((s) => JSON.stringify(s)).join(", ")}.`
    ), this.query = query, this.suggestions = Object.freeze([...suggestions]);
  }
};
function findTerm(name) {
  return termIndex().get(nameKey(name));
}
function getTerm(name) {
  let term = findTerm(name);
  if (term === void 0) throw new UnknownTermError(name, closestNames(name));
  return term;
}
function closestNames(name) {
  let wanted = nameKey(name);
  return terms.map((term) => [term.id, term.term.ja, term.term.en].map((known) => ({ known, distance: editDistance(wanted, nameKey(known)) })).sort((a, b) => a.distance - b.distance)[0] ?? { known: term.id, distance: Number.POSITIVE_INFINITY }).sort((a, b) => a.distance - b.distance).slice(0, MAX_SUGGESTIONS).map(({ known }) => known);
}

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/threats.ts
var threats = deepFreeze([
  {
    id: "T1",
    clause: "4(1)",
    name: { ja: "\u610F\u56F3\u7684\u306A\u8981\u56E0", en: "Intentional causes" },
    description: {
      ja: "\u4E0D\u6B63\u30A2\u30AF\u30BB\u30B9\u3001\u30A6\u30A4\u30EB\u30B9\u653B\u6483\u3001\u30B5\u30FC\u30D3\u30B9\u4E0D\u80FD\u653B\u6483\u7B49\u306E\u30B5\u30A4\u30D0\u30FC\u653B\u6483\u3084\u90E8\u5916\u8005\u306E\u4FB5\u5165\u7B49\u306E\u610F\u56F3\u7684\u306A\u8981\u56E0\u306B\u3088\u308B\u60C5\u5831\u8CC7\u7523\u306E\u6F0F\u3048\u3044\u30FB\u7834\u58CA\u30FB\u6539\u3056\u3093\u30FB\u6D88\u53BB\u3001\u91CD\u8981\u60C5\u5831\u306E\u8A50\u53D6\u3001\u5185\u90E8\u4E0D\u6B63\u7B49",
      en: "Leakage, destruction, tampering with or erasure of information assets through intentional causes such as cyber attacks (unauthorised access, virus attacks, denial-of-service attacks and the like) and intrusion by outsiders; fraudulent acquisition of important information; insider wrongdoing; and the like"
    },
    examples: [
      { id: "T1.1", name: { ja: "\u4E0D\u6B63\u30A2\u30AF\u30BB\u30B9", en: "Unauthorised access" } },
      { id: "T1.2", name: { ja: "\u30A6\u30A4\u30EB\u30B9\u653B\u6483", en: "Virus attacks" } },
      { id: "T1.3", name: { ja: "\u30B5\u30FC\u30D3\u30B9\u4E0D\u80FD\u653B\u6483", en: "Denial-of-service attacks" } },
      { id: "T1.4", name: { ja: "\u90E8\u5916\u8005\u306E\u4FB5\u5165", en: "Intrusion by outsiders" } },
      { id: "T1.5", name: { ja: "\u91CD\u8981\u60C5\u5831\u306E\u8A50\u53D6", en: "Fraudulent acquisition of important information" } },
      { id: "T1.6", name: { ja: "\u5185\u90E8\u4E0D\u6B63", en: "Insider wrongdoing" } }
    ]
  },
  {
    id: "T2",
    clause: "4(2)",
    name: { ja: "\u975E\u610F\u56F3\u7684\u8981\u56E0", en: "Unintentional causes" },
    description: {
      ja: "\u60C5\u5831\u8CC7\u7523\u306E\u7121\u65AD\u6301\u51FA\u3057\u3001\u7121\u8A31\u53EF\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u4F7F\u7528\u7B49\u306E\u898F\u5B9A\u9055\u53CD\u3001\u8A2D\u8A08\u30FB\u958B\u767A\u306E\u4E0D\u5099\u3001\u30D7\u30ED\u30B0\u30E9\u30E0\u4E0A\u306E\u6B20\u9665\u3001\u64CD\u4F5C\u30FB\u8A2D\u5B9A\u30DF\u30B9\u3001\u30E1\u30F3\u30C6\u30CA\u30F3\u30B9\u4E0D\u5099\u3001\u5185\u90E8\u30FB\u5916\u90E8\u76E3\u67FB\u6A5F\u80FD\u306E\u4E0D\u5099\u3001\u59D4\u8A17\u7BA1\u7406\u306E\u4E0D\u5099\u3001\u30DE\u30CD\u30B8\u30E1\u30F3\u30C8\u306E\u6B20\u9665\u3001\u6A5F\u5668\u6545\u969C\u7B49\u306E\u975E\u610F\u56F3\u7684\u8981\u56E0\u306B\u3088\u308B\u60C5\u5831\u8CC7\u7523\u306E\u6F0F\u3048\u3044\u30FB\u7834\u58CA\u30FB\u6D88\u53BB\u7B49",
      en: "Leakage, destruction, erasure and the like of information assets through unintentional causes such as breaches of rules (taking information assets out without permission, using unauthorised software and the like), shortcomings in design and development, program defects, operating and configuration errors, inadequate maintenance, inadequate internal and external audit functions, inadequate management of outsourcing, management failures and equipment failures"
    },
    examples: [
      { id: "T2.1", name: { ja: "\u60C5\u5831\u8CC7\u7523\u306E\u7121\u65AD\u6301\u51FA\u3057", en: "Taking information assets out without permission" } },
      { id: "T2.2", name: { ja: "\u7121\u8A31\u53EF\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2\u306E\u4F7F\u7528", en: "Use of unauthorised software" } },
      { id: "T2.3", name: { ja: "\u8A2D\u8A08\u30FB\u958B\u767A\u306E\u4E0D\u5099", en: "Shortcomings in design and development" } },
      { id: "T2.4", name: { ja: "\u30D7\u30ED\u30B0\u30E9\u30E0\u4E0A\u306E\u6B20\u9665", en: "Program defects" } },
      { id: "T2.5", name: { ja: "\u64CD\u4F5C\u30FB\u8A2D\u5B9A\u30DF\u30B9", en: "Operating and configuration errors" } },
      { id: "T2.6", name: { ja: "\u30E1\u30F3\u30C6\u30CA\u30F3\u30B9\u4E0D\u5099", en: "Inadequate maintenance" } },
      { id: "T2.7", name: { ja: "\u5185\u90E8\u30FB\u5916\u90E8\u76E3\u67FB\u6A5F\u80FD\u306E\u4E0D\u5099", en: "Inadequate internal and external audit functions" } },
      { id: "T2.8", name: { ja: "\u59D4\u8A17\u7BA1\u7406\u306E\u4E0D\u5099", en: "Inadequate management of outsourcing" } },
      { id: "T2.9", name: { ja: "\u30DE\u30CD\u30B8\u30E1\u30F3\u30C8\u306E\u6B20\u9665", en: "Management failures" } },
      { id: "T2.10", name: { ja: "\u6A5F\u5668\u6545\u969C", en: "Equipment failures" } }
    ]
  },
  {
    id: "T3",
    clause: "4(3)",
    name: { ja: "\u707D\u5BB3", en: "Disasters" },
    description: {
      ja: "\u5730\u9707\u3001\u843D\u96F7\u3001\u706B\u707D\u7B49\u306E\u707D\u5BB3\u306B\u3088\u308B\u30B5\u30FC\u30D3\u30B9\u53CA\u3073\u696D\u52D9\u306E\u505C\u6B62\u7B49",
      en: "Suspension of services and business and the like due to disasters such as earthquakes, lightning strikes and fires"
    },
    examples: [
      { id: "T3.1", name: { ja: "\u5730\u9707", en: "Earthquakes" } },
      { id: "T3.2", name: { ja: "\u843D\u96F7", en: "Lightning strikes" } },
      { id: "T3.3", name: { ja: "\u706B\u707D", en: "Fires" } }
    ]
  },
  {
    id: "T4",
    clause: "4(4)",
    name: { ja: "\u75BE\u75C5\u306B\u3088\u308B\u8981\u54E1\u4E0D\u8DB3", en: "Staff shortages due to disease" },
    description: {
      ja: "\u5927\u898F\u6A21\u30FB\u5E83\u7BC4\u56F2\u306B\u308F\u305F\u308B\u75BE\u75C5\u306B\u3088\u308B\u8981\u54E1\u4E0D\u8DB3\u306B\u4F34\u3046\u30B7\u30B9\u30C6\u30E0\u904B\u7528\u306E\u6A5F\u80FD\u4E0D\u5168\u7B49",
      en: "Breakdown of system operation and the like resulting from staff shortages caused by large-scale, widespread disease"
    },
    examples: [
      {
        id: "T4.1",
        name: {
          ja: "\u5927\u898F\u6A21\u30FB\u5E83\u7BC4\u56F2\u306B\u308F\u305F\u308B\u75BE\u75C5\u306B\u3088\u308B\u8981\u54E1\u4E0D\u8DB3",
          en: "Staff shortages caused by large-scale, widespread disease"
        }
      }
    ]
  },
  {
    id: "T5",
    clause: "4(5)",
    name: { ja: "\u30A4\u30F3\u30D5\u30E9\u306E\u969C\u5BB3", en: "Infrastructure failures" },
    description: {
      ja: "\u96FB\u529B\u4F9B\u7D66\u306E\u9014\u7D76\u3001\u901A\u4FE1\u306E\u9014\u7D76\u3001\u6C34\u9053\u4F9B\u7D66\u306E\u9014\u7D76\u7B49\u306E\u30A4\u30F3\u30D5\u30E9\u306E\u969C\u5BB3\u304B\u3089\u306E\u6CE2\u53CA\u7B49",
      en: "Knock-on effects and the like of infrastructure failures such as interruption of the power supply, of communications or of the water supply"
    },
    examples: [
      { id: "T5.1", name: { ja: "\u96FB\u529B\u4F9B\u7D66\u306E\u9014\u7D76", en: "Interruption of the power supply" } },
      { id: "T5.2", name: { ja: "\u901A\u4FE1\u306E\u9014\u7D76", en: "Interruption of communications" } },
      { id: "T5.3", name: { ja: "\u6C34\u9053\u4F9B\u7D66\u306E\u9014\u7D76", en: "Interruption of the water supply" } }
    ]
  }
]), UnknownThreatError = class extends Error {
  /** Always `"UnknownThreatError"`, so the error can be recognised after serialisation. */
  name = "UnknownThreatError";
  /** The id that was asked for, exactly as given. */
  id;
  /**
   * Creates the error for an id that is no threat.
   *
   * @param id - The id that was asked for, exactly as given.
   * @example
   * ```ts
   * import { UnknownThreatError } from "./threats.js";
   *
   * new UnknownThreatError("T6").message;
   * // 'Unknown threat "T6". The threats of clause 4 are "T1", "T2", "T3", "T4", "T5".'
   * ```
   */
  constructor(id2) {
    super(
      `Unknown threat ${JSON.stringify(id2)}. The threats of clause 4 are ${threats.map((known) => JSON.stringify(known.id)).join(", ")}.`
    ), this.id = id2;
  }
};
function getThreat(id2) {
  let threat = threats.find((candidate) => candidate.id === id2);
  if (threat === void 0) throw new UnknownThreatError(id2);
  return threat;
}

// ../../tmp/infosec-baseline-UtWtyv/src/policy/control-parameters.ts
function defaultParameters(controls) {
  let result = {};
  for (let control of controls) {
    let values = {};
    for (let [name, spec] of Object.entries(control.parameters)) values[name] = spec.default;
    result[control.id] = values;
  }
  return result;
}

// ../../tmp/infosec-baseline-UtWtyv/src/policy/basic-policy.ts
var basicPolicyV1 = deepFreeze({
  id: "miyagi-kouiki-basic-policy",
  version: "1.0.0",
  effectiveDate: "2026-11-25",
  title: documentTitle,
  clauses,
  terms,
  threats,
  scope,
  layers,
  obligations,
  measures,
  classificationScheme: guidelineClassificationScheme,
  handlingRequirements,
  controls: controlCatalog,
  parameters: defaultParameters(controlCatalog),
  overlays: []
});

// ../../tmp/infosec-baseline-UtWtyv/src/policy/policies.ts
var policy = basicPolicyV1, policies = Object.freeze([basicPolicyV1]), UnknownPolicyVersionError = class extends Error {
  /** Always `"UnknownPolicyVersionError"`, so the error can be recognised after serialisation. */
  name = "UnknownPolicyVersionError";
  /** The version asked for. */
  version;
  /** The shipped versions, oldest first. */
  available;
  /**
   * @param version - The version asked for.
   * @param available - The shipped versions.
   */
  constructor(version2, available) {
    super(`no shipped policy has version ${JSON.stringify(version2)}; shipped versions: ${available.join(", ")}`), this.version = version2, this.available = available;
  }
};
function getPolicy(version2) {
  let found = policies.find((each) => each.version === version2);
  if (found === void 0) throw new UnknownPolicyVersionError(version2, policies.map((each) => each.version));
  return found;
}

// ../../tmp/infosec-baseline-UtWtyv/src/overlay/rule-registry.ts
var rules = /* @__PURE__ */ new WeakMap();
function recordRule(control, rule) {
  rules.set(control, rule);
}
function ruleOf(control) {
  return rules.get(control);
}

// ../../tmp/infosec-baseline-UtWtyv/src/policy/diff-policies.ts
var BUMP_ORDER = ["none", "patch", "minor", "major"];
function maxBump(a, b) {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}
function bumpOf(direction) {
  return direction === "looser" ? "major" : direction === "neutral" ? "patch" : "minor";
}
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function clauseSnapshot(clause) {
  return clause.heading === void 0 ? { ref: clause.ref, paragraphs: clause.paragraphs } : { ref: clause.ref, heading: clause.heading, paragraphs: clause.paragraphs };
}
function kindsOf(control) {
  return Object.keys(control.checks);
}
function controlSnapshot(control, policy2) {
  return {
    id: control.id,
    title: control.title,
    clause: control.clause,
    provenance: control.provenance,
    category: control.category,
    admitsException: control.admitsException,
    gate: control.gate,
    kinds: kindsOf(control),
    parameters: policy2.parameters[control.id] ?? {}
  };
}
function defaults(control) {
  return Object.fromEntries(Object.entries(control.parameters).map(([name, spec]) => [name, spec.default]));
}
function verdictTexts(control) {
  let parameters2 = defaults(control);
  return control.verdicts.map((verdict2) => `${verdict2.status}: ${(typeof verdict2.message == "function" ? verdict2.message(parameters2) : verdict2.message).en}`).sort();
}
function multisetDifference(a, b) {
  let rest = [...b], result = [];
  for (let item of a) {
    let at = rest.indexOf(item);
    at < 0 ? result.push(item) : rest.splice(at, 1);
  }
  return result;
}
function parameterDirection(spec, otherSpec, before, after) {
  return spec === void 0 || otherSpec === void 0 || spec.stricter !== otherSpec.stricter || before === void 0 || after === void 0 ? "unknown" : before === after ? "neutral" : spec.stricter === "lower" == after < before ? "stricter" : "looser";
}
function change(fields, direction, bump2 = bumpOf(direction)) {
  return { ...fields, direction, bump: bump2 };
}
function diffControl(a, b, from, to) {
  let changes = [], names = [.../* @__PURE__ */ new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])];
  for (let name of names) {
    let [specA, specB] = [a.parameters[name], b.parameters[name]], before = specA === void 0 ? void 0 : from.parameters[a.id]?.[name] ?? specA.default, after = specB === void 0 ? void 0 : to.parameters[b.id]?.[name] ?? specB.default;
    if (before === after && same(specA, specB)) continue;
    let direction = parameterDirection(specA, specB, before, after), stricter = specA !== void 0 && specB !== void 0 && specA.stricter === specB.stricter ? specA.stricter : void 0;
    changes.push(change({ field: "parameter", name, before, after, unit: (specB ?? specA)?.unit ?? "", stricter }, direction));
  }
  a.provenance !== b.provenance && changes.push(change({ field: "provenance", before: a.provenance, after: b.provenance }, "neutral", "minor")), a.clause !== b.clause && changes.push(change({ field: "clause", before: a.clause, after: b.clause }, "neutral")), a.admitsException !== b.admitsException && changes.push(change({ field: "admitsException", before: a.admitsException, after: b.admitsException }, b.admitsException ? "looser" : "stricter")), a.gate !== b.gate && changes.push(change({ field: "gate", before: a.gate, after: b.gate }, "unknown", "major"));
  let [kindsA, kindsB] = [kindsOf(a), kindsOf(b)];
  if (!same([...kindsA].sort(), [...kindsB].sort())) {
    let removed = kindsA.some((kind) => !kindsB.includes(kind)), added = kindsB.some((kind) => !kindsA.includes(kind)), direction = a.gate || b.gate || removed && added ? "unknown" : added ? "stricter" : "looser";
    changes.push(change({ field: "kinds", before: kindsA, after: kindsB }, direction));
  }
  a.category !== b.category && changes.push(change({ field: "category", before: a.category, after: b.category }, "neutral")), same(a.threats, b.threats) || changes.push(change({ field: "threats", before: a.threats, after: b.threats }, "neutral"));
  for (let field of ["title", "requirement", "remediation"])
    same(a[field], b[field]) || changes.push(change({ field, before: a[field], after: b[field] }, "neutral"));
  let [ruleA, ruleB] = [ruleOf(a), ruleOf(b)];
  if (ruleA !== void 0 && ruleB !== void 0) {
    let logic = (rule) => ({ appliesTo: rule.appliesTo, when: rule.when ?? {}, require: rule.require });
    same(logic(ruleA), logic(ruleB)) || changes.push(change({ field: "rule", before: logic(ruleA), after: logic(ruleB) }, "unknown"));
  } else {
    let changedKinds = kindsB.filter((kind) => {
      let [checkA, checkB] = [a.checks[kind], b.checks[kind]];
      return checkA !== void 0 && checkA !== checkB && String(checkA) !== String(checkB);
    }), [textsA, textsB] = [verdictTexts(a), verdictTexts(b)], removedVerdicts = multisetDifference(textsA, textsB), addedVerdicts = multisetDifference(textsB, textsA);
    if (changedKinds.length > 0 || removedVerdicts.length > 0 || addedVerdicts.length > 0) {
      let statuses = (texts2) => texts2.map((text3) => text3.slice(0, text3.indexOf(":"))).sort(), wordingOnly = changedKinds.length === 0 && same(statuses(removedVerdicts), statuses(addedVerdicts));
      changes.push(change({ field: "check", kinds: changedKinds, removedVerdicts, addedVerdicts }, wordingOnly ? "neutral" : "unknown"));
    }
  }
  return changes;
}
function side(policy2) {
  return {
    id: policy2.id,
    version: policy2.version,
    effectiveDate: policy2.effectiveDate,
    overlays: (policy2.overlays ?? []).map((overlay) => `${overlay.id}@${overlay.version}`)
  };
}
var OTHER_PARTS = ["title", "terms", "threats", "scope", "layers", "obligations", "measures", "classificationScheme", "handlingRequirements"];
function diffPolicies(from, to) {
  let clausesFrom = new Map(from.clauses.map((clause) => [clause.ref, clause])), clausesTo = new Map(to.clauses.map((clause) => [clause.ref, clause])), addedClauses = to.clauses.filter((clause) => !clausesFrom.has(clause.ref)).map(clauseSnapshot), removedClauses = from.clauses.filter((clause) => !clausesTo.has(clause.ref)).map(clauseSnapshot), reworded = [];
  for (let after of to.clauses) {
    let before = clausesFrom.get(after.ref);
    if (before === void 0) continue;
    let changed2 = [];
    if (same(before.heading, after.heading) || changed2.push("heading"), same(before.paragraphs.map((p) => p.ja), after.paragraphs.map((p) => p.ja)) || changed2.push("text-ja"), same(before.paragraphs.map((p) => p.en), after.paragraphs.map((p) => p.en)) || changed2.push("text-en"), changed2.length === 0) continue;
    let direction2 = changed2.includes("text-ja") || changed2.includes("heading") && before.heading?.ja !== after.heading?.ja ? "unknown" : "neutral";
    reworded.push({ ref: after.ref, before: clauseSnapshot(before), after: clauseSnapshot(after), changed: changed2, direction: direction2, bump: bumpOf(direction2) });
  }
  let controlsFrom = new Map(from.controls.map((control) => [control.id, control])), controlsTo = new Map(to.controls.map((control) => [control.id, control])), addedControls = to.controls.filter((control) => !controlsFrom.has(control.id)), removedControls = from.controls.filter((control) => !controlsTo.has(control.id)), changed = [];
  for (let after of to.controls) {
    let before = controlsFrom.get(after.id);
    if (before === void 0) continue;
    let changes = before === after && same(from.parameters[after.id], to.parameters[after.id]) ? [] : diffControl(before, after, from, to);
    changes.length > 0 && changed.push({ id: after.id, title: after.title, provenance: after.provenance, clause: after.clause, changes });
  }
  let termsOf = (policy2) => new Map((policy2.overlays ?? []).flatMap((overlay) => overlay.glossary).map((term) => [term.id, term])), [termsFrom, termsTo] = [termsOf(from), termsOf(to)], glossary2 = [];
  for (let id2 of /* @__PURE__ */ new Set([...termsFrom.keys(), ...termsTo.keys()])) {
    let [before, after] = [termsFrom.get(id2), termsTo.get(id2)];
    same(before, after) || glossary2.push({ id: id2, before, after });
  }
  let otherParts = OTHER_PARTS.filter((part) => from[part] !== to[part] && !same(from[part], to[part])), directions = [], bump2 = "none", note = (direction2, each) => {
    directions.push(direction2), bump2 = maxBump(bump2, each);
  };
  for (let _ of addedClauses) note("unknown", "minor");
  for (let _ of removedClauses) note("unknown", "major");
  for (let each of reworded) note(each.direction, each.bump);
  for (let control of addedControls) note(control.gate ? "unknown" : "stricter", control.gate ? "major" : "minor");
  for (let control of removedControls) note(control.gate ? "unknown" : "looser", "major");
  for (let each of changed) for (let fieldChange of each.changes) note(fieldChange.direction, fieldChange.bump);
  for (let each of glossary2) note("neutral", each.after === void 0 ? "major" : each.before === void 0 ? "minor" : "patch");
  for (let _ of otherParts) note("unknown", "minor");
  let mayTighten = directions.some((d) => d === "stricter" || d === "unknown"), mayLoosen = directions.some((d) => d === "looser" || d === "unknown"), direction = mayTighten && mayLoosen ? "unknown" : mayTighten ? "stricter" : mayLoosen ? "looser" : "neutral";
  return deepFreeze({
    from: side(from),
    to: side(to),
    clauses: { added: addedClauses, removed: removedClauses, reworded },
    controls: {
      added: addedControls.map((control) => controlSnapshot(control, to)),
      removed: removedControls.map((control) => controlSnapshot(control, from)),
      changed
    },
    glossary: glossary2,
    otherParts,
    empty: directions.length === 0,
    mayTighten,
    mayLoosen,
    direction,
    bump: bump2
  });
}

// ../../tmp/infosec-baseline-UtWtyv/src/internal/escape-text.ts
var UNSAFE = /[\u{0}-\u{1f}\u{7f}-\u{9f}\u{ad}\u{61c}\u{115f}\u{1160}\u{180e}\u{200b}-\u{200f}\u{2028}-\u{202e}\u{2060}-\u{2064}\u{2066}-\u{206f}\u{3164}\u{feff}\u{ffa0}\u{fff9}-\u{fffb}\u{e0000}-\u{e007f}\u{d800}-\u{dfff}]/gu;
function shown(char) {
  let code2 = char.codePointAt(0);
  return code2 > 65535 ? `\\u{${code2.toString(16)}}` : `\\u${code2.toString(16).padStart(4, "0")}`;
}
function escapeTerminal(text3) {
  return text3.replace(UNSAFE, shown);
}
function escapeMarkdown(text3) {
  return escapeTerminal(
    text3.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~#!])/g, "\\$1").replace(/\r\n|\r|\n/g, "<br>")
  );
}
function markdownCode(id2) {
  return /^[\p{L}\p{N}._:()+\-①-⑳]+$/u.test(id2) ? `\`${id2}\`` : escapeMarkdown(id2);
}
function escapeHtml(text3) {
  return escapeTerminal(text3.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`));
}
function escapeOscalMarkup(text3) {
  return escapeTerminal(
    text3.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~!])/g, "\\$1").replace(/^(#{1,6})(?=[ \t]|$)/, "\\$1")
  );
}

// ../../tmp/infosec-baseline-UtWtyv/src/policy/render-policy-diff.ts
var LABELS = {
  ja: {
    title: "\u30DD\u30EA\u30B7\u30FC\u306E\u5DEE\u5206",
    from: "\u5909\u66F4\u524D",
    to: "\u5909\u66F4\u5F8C",
    policy: "\u30DD\u30EA\u30B7\u30FC",
    version: "\u7248",
    effectiveDate: "\u9069\u7528\u958B\u59CB\u65E5",
    overlays: "\u30AA\u30FC\u30D0\u30FC\u30EC\u30A4",
    none: "\u306A\u3057",
    summary: "\u6982\u8981",
    noChange: "\u5909\u66F4\u306F\u306A\u3044\u3002",
    direction: "\u5224\u5B9A\u3078\u306E\u5F71\u97FF",
    mayTighten: "\u9069\u5408\u306E\u5224\u5B9A\u304C\u4E0D\u9069\u5408\uFF08\u53C8\u306F\u8981\u78BA\u8A8D\uFF09\u306B\u306A\u308A\u5F97\u308B",
    mayLoosen: "\u4E0D\u9069\u5408\u306E\u5224\u5B9A\u304C\u9069\u5408\u306B\u306A\u308A\u5F97\u308B",
    bump: "\u5FC5\u8981\u306A\u7248\u306E\u66F4\u65B0\uFF08\u6700\u5C0F\uFF09",
    yes: "\u306F\u3044",
    no: "\u3044\u3044\u3048",
    clauses: "\u6761\u9805",
    controls: "\u7BA1\u7406\u7B56",
    added: "\u8FFD\u52A0",
    removed: "\u524A\u9664",
    reworded: "\u6587\u8A00\u306E\u5909\u66F4",
    changed: "\u5909\u66F4",
    before: "\u5909\u66F4\u524D",
    after: "\u5909\u66F4\u5F8C",
    heading: "\u898B\u51FA\u3057",
    control: "\u7BA1\u7406\u7B56",
    titleColumn: "\u540D\u79F0",
    clause: "\u6761\u9805",
    provenance: gloss("word.provenance").ja,
    kinds: "\u5BFE\u8C61\u306E\u7A2E\u985E",
    exceptions: "\u4F8B\u5916\u63AA\u7F6E",
    admits: "\u8A8D\u3081\u308B",
    refuses: "\u8A8D\u3081\u306A\u3044",
    parameters: "\u30D1\u30E9\u30E1\u30FC\u30BF",
    changeColumn: "\u5909\u66F4\u5185\u5BB9",
    glossary: "\u7D44\u7E54\u306E\u7528\u8A9E",
    otherParts: "\u305D\u306E\u4ED6\u306E\u5909\u66F4",
    parameter: "\u30D1\u30E9\u30E1\u30FC\u30BF",
    rule: "\u898F\u5247\uFF08\u9069\u7528\u6761\u4EF6\u30FB\u8981\u4EF6\uFF09",
    check: "\u5224\u5B9A\u306E\u5185\u5BB9\uFF08\u691C\u67FB\u30FB\u5224\u5B9A\u6587\uFF09",
    stricterIs: { lower: gloss("word.lower-is-stricter").ja, higher: gloss("word.higher-is-stricter").ja },
    directions: { stricter: "\u53B3\u683C\u5316", looser: "\u7DE9\u548C", neutral: "\u5F71\u97FF\u306A\u3057", unknown: "\u4E0D\u660E\uFF08\u4E21\u65B9\u5411\u3042\u308A\u5F97\u308B\uFF09" },
    fields: {
      provenance: gloss("word.provenance").ja,
      clause: "\u6761\u9805",
      admitsException: "\u4F8B\u5916\u63AA\u7F6E\u306E\u53EF\u5426",
      gate: "\u9069\u7528\u7BC4\u56F2\u306E\u5224\u5B9A\uFF08\u30B2\u30FC\u30C8\uFF09",
      kinds: "\u5BFE\u8C61\u306E\u7A2E\u985E",
      category: "\u5206\u985E",
      threats: "\u5BFE\u51E6\u3059\u308B\u8105\u5A01",
      title: "\u540D\u79F0",
      requirement: "\u8981\u6C42\u4E8B\u9805",
      remediation: "\u662F\u6B63\u63AA\u7F6E"
    }
  },
  en: {
    title: "Policy diff",
    from: "From",
    to: "To",
    policy: "Policy",
    version: "Version",
    effectiveDate: "Effective date",
    overlays: "Overlays",
    none: "none",
    summary: "Summary",
    noChange: "No change.",
    direction: "Effect on decisions",
    mayTighten: "Can turn a compliant decision into non-compliant (or needs-review)",
    mayLoosen: "Can turn a non-compliant decision into compliant",
    bump: "Least version bump",
    yes: "yes",
    no: "no",
    clauses: "Clauses",
    controls: "Controls",
    added: "Added",
    removed: "Removed",
    reworded: "Reworded",
    changed: "Changed",
    before: "Before",
    after: "After",
    heading: "Heading",
    control: "Control",
    titleColumn: "Title",
    clause: "Clause",
    provenance: "Provenance",
    kinds: "Applies to",
    exceptions: "Exceptions",
    admits: "admitted",
    refuses: "not admitted",
    parameters: "Parameters",
    changeColumn: "Change",
    glossary: "Organisation terms",
    otherParts: "Other changes",
    parameter: "Parameter",
    rule: "Rule (condition and requirement)",
    check: "Check logic or verdicts",
    stricterIs: { lower: "lower is stricter", higher: "higher is stricter" },
    directions: { stricter: "stricter", looser: "looser", neutral: "no effect", unknown: "unknown (either way)" },
    fields: {
      provenance: "Provenance",
      clause: "Clause",
      admitsException: "Exceptions admitted",
      gate: "Scope gate",
      kinds: "Applies to",
      category: "Category",
      threats: "Threats countered",
      title: "Title",
      requirement: "Requirement",
      remediation: "Remediation"
    }
  }
};
function cell(text3) {
  return escapeMarkdown(text3);
}
function code(text3) {
  return markdownCode(text3);
}
function quote(text3) {
  return text3.split(/\r?\n/).map((line) => `> ${line}`).join(`
`);
}
function value(v, labels) {
  return v === void 0 ? "\u2014" : typeof v == "boolean" ? v ? labels.yes : labels.no : typeof v == "string" || typeof v == "number" ? String(v) : JSON.stringify(v);
}
function localized(text3, locale) {
  return text3 === void 0 ? "\u2014" : text3[locale];
}
function sideRows(from, to, labels) {
  let overlays = (side2) => side2.overlays.length === 0 ? labels.none : side2.overlays.join(", ");
  return [
    `| | ${labels.from} | ${labels.to} |`,
    "|---|---|---|",
    `| ${labels.policy} | ${code(from.id)} | ${code(to.id)} |`,
    `| ${labels.version} | ${code(from.version)} | ${code(to.version)} |`,
    `| ${labels.effectiveDate} | ${from.effectiveDate} | ${to.effectiveDate} |`,
    `| ${labels.overlays} | ${cell(overlays(from))} | ${cell(overlays(to))} |`
  ];
}
function clauseText(clause, locale) {
  return (clause.heading === void 0 ? "" : `${clause.heading[locale]}
`) + clause.paragraphs.map((paragraph) => paragraph[locale]).join(`
`);
}
function controlTable(controls, locale, labels) {
  let rows = [
    `| ${labels.control} | ${labels.titleColumn} | ${labels.clause} | ${labels.provenance} | ${labels.kinds} | ${labels.exceptions} | ${labels.parameters} |`,
    "|---|---|---|---|---|---|---|"
  ];
  for (let control of controls) {
    let parameters2 = Object.entries(control.parameters).map(([name, v]) => `${name} = ${v}`).join(", ");
    rows.push(
      `| ${code(control.id)} | ${cell(control.title[locale])} | ${control.clause} | ${control.provenance} | ${cell(control.kinds.join(", "))} | ${control.admitsException ? labels.admits : labels.refuses} | ${cell(parameters2 === "" ? "\u2014" : parameters2)} |`
    );
  }
  return rows;
}
function changeRow(change2, locale, labels) {
  let direction = labels.directions[change2.direction];
  switch (change2.field) {
    case "parameter": {
      let how2 = change2.stricter === void 0 ? "" : `; ${labels.stricterIs[change2.stricter]}`;
      return `| ${labels.parameter} ${code(change2.name)} (${cell(change2.unit)}${cell(how2)}) | ${value(change2.before, labels)} | ${value(change2.after, labels)} | ${direction} |`;
    }
    case "title":
    case "requirement":
    case "remediation":
      return `| ${labels.fields[change2.field]} | ${cell(localized(change2.before, locale))} | ${cell(localized(change2.after, locale))} | ${direction} |`;
    case "rule":
      return `| ${labels.rule} | ${cell(JSON.stringify(change2.before))} | ${cell(JSON.stringify(change2.after))} | ${direction} |`;
    case "check":
      return `| ${labels.check}${change2.kinds.length === 0 ? "" : ` (${change2.kinds.join(", ")})`} | ${cell(change2.removedVerdicts.join(`
`) || "\u2014")} | ${cell(
        change2.addedVerdicts.join(`
`) || "\u2014"
      )} | ${direction} |`;
    case "kinds":
    case "threats":
      return `| ${labels.fields[change2.field]} | ${cell(change2.before.join(", ") || "\u2014")} | ${cell(change2.after.join(", ") || "\u2014")} | ${direction} |`;
    default:
      return `| ${labels.fields[change2.field]} | ${cell(value(change2.before, labels))} | ${cell(value(change2.after, labels))} | ${direction} |`;
  }
}
function renderPolicyDiffMarkdown(diff, locale = "ja") {
  let labels = LABELS[locale], out = [];
  out.push(`# ${labels.title}: ${diff.from.id} ${diff.from.version} \u2192 ${diff.to.id} ${diff.to.version}`, ""), out.push(...sideRows(diff.from, diff.to, labels), ""), out.push(`## ${labels.summary}`, ""), diff.empty ? out.push(labels.noChange, "") : out.push(
    `- ${labels.direction}: **${labels.directions[diff.direction]}**`,
    `- ${labels.mayTighten}: **${diff.mayTighten ? labels.yes : labels.no}**`,
    `- ${labels.mayLoosen}: **${diff.mayLoosen ? labels.yes : labels.no}**`,
    `- ${labels.bump}: **${diff.bump}**`,
    `- ${labels.clauses}: +${diff.clauses.added.length} / \u2212${diff.clauses.removed.length} / ~${diff.clauses.reworded.length}`,
    `- ${labels.controls}: +${diff.controls.added.length} / \u2212${diff.controls.removed.length} / ~${diff.controls.changed.length}`,
    ""
  ), out.push(`## ${labels.clauses}`, ""), diff.clauses.added.length + diff.clauses.removed.length + diff.clauses.reworded.length === 0 && out.push(labels.noChange, "");
  for (let [title, list2] of [
    [labels.added, diff.clauses.added],
    [labels.removed, diff.clauses.removed]
  ])
    if (list2.length !== 0) {
      out.push(`### ${title}`, "");
      for (let clause of list2) out.push(`#### ${clause.ref}`, "", quote(clauseText(clause, locale)), "");
    }
  if (diff.clauses.reworded.length > 0) {
    out.push(`### ${labels.reworded}`, "");
    for (let clause of diff.clauses.reworded)
      out.push(`#### ${clause.ref} (${labels.directions[clause.direction]})`, ""), out.push(`${labels.before}:`, "", quote(clauseText(clause.before, locale)), "", `${labels.after}:`, "", quote(clauseText(clause.after, locale)), "");
  }
  if (out.push(`## ${labels.controls}`, ""), diff.controls.added.length + diff.controls.removed.length + diff.controls.changed.length === 0 && out.push(labels.noChange, ""), diff.controls.added.length > 0 && out.push(`### ${labels.added}`, "", ...controlTable(diff.controls.added, locale, labels), ""), diff.controls.removed.length > 0 && out.push(`### ${labels.removed}`, "", ...controlTable(diff.controls.removed, locale, labels), ""), diff.controls.changed.length > 0) {
    out.push(`### ${labels.changed}`, "");
    for (let control of diff.controls.changed) {
      out.push(`#### ${code(control.id)} ${escapeMarkdown(control.title[locale])} (${control.provenance}, ${control.clause})`, ""), out.push(`| ${labels.changeColumn} | ${labels.before} | ${labels.after} | ${labels.direction} |`, "|---|---|---|---|");
      for (let change2 of control.changes) out.push(changeRow(change2, locale, labels));
      out.push("");
    }
  }
  if (diff.glossary.length > 0) {
    out.push(`## ${labels.glossary}`, "", `| ID | ${labels.before} | ${labels.after} |`, "|---|---|---|");
    for (let term of diff.glossary) {
      let show = (t) => t === void 0 ? "\u2014" : `${t.term[locale]}: ${t.definition[locale]}`;
      out.push(`| ${code(term.id)} | ${cell(show(term.before))} | ${cell(show(term.after))} |`);
    }
    out.push("");
  }
  return diff.otherParts.length > 0 && out.push(`## ${labels.otherParts}`, "", ...diff.otherParts.map((part) => `- ${code(part)}`), ""), `${out.join(`
`).replace(/\n+$/, "")}
`;
}

// ../../tmp/infosec-baseline-UtWtyv/src/overlay/extend-policy.ts
import { z as z19 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/src/validation/issue-messages.ts
var MAX_QUOTED = 60, MAX_KEYS = 10;
function valueAt(input, path) {
  let value2 = input;
  for (let key of path) {
    if (typeof value2 != "object" || value2 === null || typeof key == "symbol") return { present: !1 };
    let descriptor = Object.getOwnPropertyDescriptor(value2, key);
    if (descriptor === void 0 || !("value" in descriptor)) return { present: !1 };
    value2 = descriptor.value;
  }
  return value2 === void 0 ? { present: !1 } : { present: !0, value: value2 };
}
var defOf = (schema) => schema?._zod?.def;
function knownKeysAt(schema, input, path) {
  let current = schema, value2 = input, index2 = 0;
  for (let guard2 = 0; guard2 < 1e3 && current !== void 0; guard2++) {
    let def = defOf(current);
    if (def === void 0) return [];
    switch (def.type) {
      case "optional":
      case "nullable":
      case "readonly":
      case "default":
      case "prefault":
      case "nonoptional":
      case "catch":
        current = def.innerType;
        continue;
      case "pipe":
        current = def.in;
        continue;
      case "lazy":
        current = def.getter();
        continue;
      case "union": {
        let options = def.options ?? [], discriminator = def.discriminator, wanted = discriminator === void 0 ? void 0 : valueAt(value2, [discriminator]).value;
        current = options.find((option) => option._zod?.propValues?.[discriminator ?? ""]?.has(wanted) ?? !1) ?? options.find((option) => defOf(option)?.type === "object");
        continue;
      }
      case "object": {
        let shape = def.shape;
        if (index2 === path.length) return Object.keys(shape);
        let key = path[index2++];
        if (typeof key != "string" || !Object.hasOwn(shape, key)) return [];
        current = shape[key], value2 = valueAt(value2, [key]).value;
        continue;
      }
      case "array":
      case "record": {
        if (index2 === path.length) return [];
        let key = path[index2++];
        current = def.type === "array" ? def.element : def.valueType, value2 = key === void 0 ? void 0 : valueAt(value2, [key]).value;
        continue;
      }
      default:
        return [];
    }
  }
  return [];
}
function closest(wrong, known) {
  let key = wrong.normalize("NFKC").trim().toLowerCase(), sameButCase = known.find((candidate) => candidate.toLowerCase() === key);
  if (sameButCase !== void 0) return sameButCase;
  let best;
  for (let candidate of known) {
    let distance = editDistance(key, candidate.toLowerCase()), allowed = Math.max(1, Math.min(3, Math.ceil(Math.max(key.length, candidate.length) / 3)));
    distance <= allowed && (best === void 0 || distance < best.distance) && (best = { candidate, distance });
  }
  return best?.candidate;
}
function quote2(value2) {
  let text3;
  try {
    text3 = JSON.stringify(value2) ?? String(value2);
  } catch {
    text3 = typeof value2;
  }
  return text3.length > MAX_QUOTED ? `${text3.slice(0, MAX_QUOTED - 1)}\u2026` : text3;
}
function given(value2) {
  if (value2 === null) return { ja: "null", en: "null" };
  if (Array.isArray(value2)) return { ja: "\u914D\u5217", en: "an array" };
  switch (typeof value2) {
    case "string":
      return { ja: `\u6587\u5B57\u5217 ${quote2(value2)}`, en: `the string ${quote2(value2)}` };
    case "number":
      return { ja: `\u6570\u5024 ${quote2(value2)}`, en: `the number ${quote2(value2)}` };
    case "boolean":
      return { ja: String(value2), en: String(value2) };
    case "object":
      return { ja: "\u30AA\u30D6\u30B8\u30A7\u30AF\u30C8", en: "an object" };
    default:
      return { ja: typeof value2, en: typeof value2 };
  }
}
function typeWords(expected) {
  switch (expected) {
    case "boolean":
      return { ja: "\u771F\u507D\u5024\uFF08true \u307E\u305F\u306F false\uFF09", en: "a boolean (true/false)" };
    case "string":
      return { ja: "\u6587\u5B57\u5217", en: "a string" };
    case "number":
      return { ja: "\u6570\u5024", en: "a number" };
    case "object":
      return { ja: "\u30AA\u30D6\u30B8\u30A7\u30AF\u30C8\uFF08{ \u2026 }\uFF09", en: "an object ({ \u2026 })" };
    case "array":
      return { ja: "\u914D\u5217\uFF08[ \u2026 ]\uFF09", en: "an array ([ \u2026 ])" };
    case "null":
      return { ja: "null", en: "null" };
    default:
      return { ja: `${expected ?? "\u4E0D\u660E"} \u578B\u306E\u5024`, en: `a value of type ${expected ?? "unknown"}` };
  }
}
function listOf(values) {
  let quoted2 = values.map((value2) => quote2(value2));
  return {
    ja: quoted2.join("\u30FB"),
    en: quoted2.length <= 1 ? quoted2[0] ?? "" : `${quoted2.slice(0, -1).join(", ")} or ${quoted2.at(-1) ?? ""}`
  };
}
function fieldOf(path) {
  let last = path.length - 1;
  for (; last >= 0 && typeof path[last] == "number"; ) last--;
  if (last < 0 && path.length === 0) return { root: !0, name: "" };
  let head = last < 0 ? "" : String(path[last]), indices = path.slice(last + 1).map((index2) => `[${String(index2)}]`).join("");
  return { root: !1, name: quote2(`${head}${indices}`) };
}
var subject = (field) => field.root ? { ja: "\u5165\u529B", en: "the input" } : { ja: `${field.name} `, en: field.name };
function allowedOf(issue2) {
  if (issue2.values !== void 0 && issue2.values.length > 0) return { values: issue2.values, words: listOf(issue2.values) };
  if (issue2.code === "invalid_union" && issue2.options !== void 0) return { values: issue2.options, words: listOf(issue2.options) };
  if (issue2.code === "invalid_type") return { words: typeWords(issue2.expected) };
  if (issue2.code === "invalid_union" && issue2.errors !== void 0) {
    let types = [], values = [];
    for (let branch of issue2.errors)
      for (let inner of branch) {
        if (inner.path.length > 0) return;
        if (inner.code === "invalid_type" && inner.expected === "boolean") values.push(!0, !1);
        else if (inner.code === "invalid_type") types.push(typeWords(inner.expected));
        else if (inner.code === "invalid_value" && inner.values !== void 0) values.push(...inner.values);
        else if (inner.code === "invalid_format" && inner.format === "date") types.push(DATE_WORDS);
        else return;
      }
    let parts = [...values.length === 0 ? [] : [listOf(values)], ...types];
    return parts.length === 0 ? void 0 : { values, words: { ja: parts.map((part) => part.ja).join("\u30FB"), en: parts.map((part) => part.en).join(" or ") } };
  }
}
var DATE_WORDS = { ja: "YYYY-MM-DD \u5F62\u5F0F\u306E\u5B9F\u5728\u3059\u308B\u65E5\u4ED8", en: "a calendar date as YYYY-MM-DD" };
function didYouMean(value2, values) {
  if (typeof value2 != "string" || values === void 0 || values.length < 2) return { ja: "", en: "" };
  let suggestion = closest(value2, values.filter((candidate) => typeof candidate == "string"));
  return suggestion === void 0 ? { ja: "", en: "" } : { ja: `${quote2(suggestion)} \u306E\u8AA4\u308A\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u304B\u3002`, en: `; did you mean ${quote2(suggestion)}?` };
}
var ja = (sentence, hint) => hint === "" ? sentence : `${sentence}\u3002${hint}`;
function issueMessages(issue2, context) {
  let field = fieldOf(issue2.path), who = subject(field), at = valueAt(context.input, issue2.path), missing = "input" in context && !at.present;
  if (issue2.code === "unrecognized_keys") {
    let known = knownKeysAt(context.schema, context.input, issue2.path), keys = issue2.keys ?? [], list2 = known.length > 0, parts = keys.slice(0, MAX_KEYS).map((key) => {
      let suggestion = closest(key, known), listed = suggestion === void 0 && list2;
      return listed && (list2 = !1), {
        ja: suggestion === void 0 ? `\u4E0D\u660E\u306A\u9805\u76EE ${quote2(key)} \u3067\u3059${listed ? `\uFF08\u4F7F\u3048\u308B\u9805\u76EE: ${known.map((name) => quote2(name)).join("\u30FB")}\uFF09` : ""}` : `\u4E0D\u660E\u306A\u9805\u76EE ${quote2(key)} \u3067\u3059\u3002${quote2(suggestion)} \u306E\u8AA4\u308A\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u304B\u3002`,
        en: suggestion === void 0 ? `unknown field ${quote2(key)}${listed ? ` (known fields: ${known.map((name) => quote2(name)).join(", ")})` : ""}` : `unknown field ${quote2(key)}; did you mean ${quote2(suggestion)}?`
      };
    });
    return keys.length > MAX_KEYS && parts.push({ ja: `\u307B\u304B\u306B\u4E0D\u660E\u306A\u9805\u76EE\u304C ${keys.length - MAX_KEYS} \u500B\u3042\u308A\u307E\u3059`, en: `and ${keys.length - MAX_KEYS} more unknown fields` }), { ja: parts.map((part) => part.ja.replace(/。?$/, "\u3002")).join(""), en: parts.map((part) => part.en).join("; ") };
  }
  if (isOrganizationUnion(issue2)) return organizationMessages(field.name, at.present, at.value);
  let allowed = allowedOf(issue2);
  if (missing && !field.root && allowed !== void 0 && (issue2.code === "invalid_type" || issue2.code === "invalid_value" || issue2.code === "invalid_union"))
    return { ja: `\u5FC5\u9808\u9805\u76EE ${field.name} \u304C\u3042\u308A\u307E\u305B\u3093\uFF08${allowed.words.ja}${allowed.values === void 0 ? "" : " \u306E\u3044\u305A\u308C\u304B"}\uFF09`, en: `required field ${field.name} is missing (${allowed.values === void 0 ? "" : allowed.values.length > 1 ? "one of " : ""}${allowed.words.en})` };
  if (missing && field.root) return { ja: "\u5165\u529B\u304C\u3042\u308A\u307E\u305B\u3093", en: "there is no input" };
  let value2 = given(at.value);
  switch (issue2.code) {
    case "invalid_type":
      return {
        ja: `${who.ja}\u306F${typeWords(issue2.expected).ja}\u3067\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\uFF08${at.present ? `${value2.ja} \u304C\u6307\u5B9A\u3055\u308C\u3066\u3044\u307E\u3059` : "\u5024\u304C\u3042\u308A\u307E\u305B\u3093"}\uFF09`,
        en: `${who.en} must be ${typeWords(issue2.expected).en}${at.present ? `, not ${value2.en}` : ""}`
      };
    case "invalid_value":
    case "invalid_union": {
      if (allowed === void 0) break;
      let hint = didYouMean(at.value, allowed.values), one = allowed.values !== void 0 && allowed.values.length > 1 ? " \u306E\u3044\u305A\u308C\u304B" : "";
      return {
        ja: ja(`${who.ja}\u306F ${allowed.words.ja}${one}\u3067\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\uFF08${at.present ? `${value2.ja} \u306F\u4F7F\u3048\u307E\u305B\u3093` : "\u5024\u304C\u3042\u308A\u307E\u305B\u3093"}\uFF09`, hint.ja),
        en: `${who.en} must be ${allowed.values !== void 0 && allowed.values.length > 1 ? "one of " : ""}${allowed.words.en}${at.present ? `, not ${value2.en}` : ""}${hint.en}`
      };
    }
    case "invalid_format":
      return issue2.format === "date" ? { ja: `${who.ja}\u306F ${DATE_WORDS.ja}\u3067\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\uFF08${value2.ja} \u306F\u4F7F\u3048\u307E\u305B\u3093\uFF09`, en: `${who.en} must be ${DATE_WORDS.en}, not ${value2.en}` } : { ja: `${who.ja}\u306E\u5F62\u5F0F\u304C\u6B63\u3057\u304F\u3042\u308A\u307E\u305B\u3093\uFF08${issue2.message}\uFF09`, en: `${who.en}: ${issue2.message}` };
    case "too_small":
    case "too_big":
      return sizeMessage(issue2, who);
    default:
      break;
  }
  return { ja: field.root ? issue2.message : `${who.ja.trim()}: ${issue2.message}`, en: field.root ? issue2.message : `${who.en}: ${issue2.message}` };
}
function sizeMessage(issue2, who) {
  let small = issue2.code === "too_small", bound = String(small ? issue2.minimum : issue2.maximum), strict = issue2.inclusive === !1;
  if (issue2.origin === "string" && small && bound === "1" && !strict) return { ja: `${who.ja}\u306F\u7A7A\u306B\u3067\u304D\u307E\u305B\u3093`, en: `${who.en} must not be empty` };
  let unit = issue2.origin === "string" ? { ja: "\u6587\u5B57", en: bound === "1" ? " character" : " characters" } : issue2.origin === "array" || issue2.origin === "set" ? { ja: "\u4EF6", en: bound === "1" ? " item" : " items" } : { ja: "", en: "" }, en = small ? strict ? "more than" : "at least" : strict ? "fewer than" : "at most", jaWord = small ? strict ? "\u3088\u308A\u591A\u304F" : "\u4EE5\u4E0A" : strict ? "\u672A\u6E80" : "\u4EE5\u4E0B", what = issue2.origin === "string" || issue2.origin === "array" || issue2.origin === "set" ? "have " : "be ";
  return { ja: `${who.ja}\u306F${bound}${unit.ja}${jaWord}\u3067\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044`, en: `${who.en} must ${what}${en} ${bound}${unit.en}` };
}
function isOrganizationUnion(issue2) {
  return issue2.code !== "invalid_union" || issue2.errors === void 0 ? !1 : issue2.errors.some(
    (branch) => branch.some((inner) => inner.code === "invalid_value" && inner.values !== void 0 && inner.values.length === ORGANIZATION_ID_VALUES.length && ORGANIZATION_ID_VALUES.every((id2) => inner.values?.includes(id2)))
  );
}
var ORGANIZATION_WORDS = {
  ja: `${ORGANIZATION_ID_VALUES.map((id2) => quote2(id2)).join("\u30FB")} \u306E\u3044\u305A\u308C\u304B\uFF085(1) \u306E\u6A5F\u95A2\uFF09\u3001\u307E\u305F\u306F 5(1) \u306E\u7BC4\u56F2\u5916\u306E\u56E3\u4F53\u3067\u3042\u308B\u3053\u3068\u3092\u793A\u3059 { "outside": "\u56E3\u4F53\u540D" }`,
  en: `one of ${ORGANIZATION_ID_VALUES.map((id2) => quote2(id2)).join(", ")} (the bodies of 5(1)), or { "outside": "<name>" } for a body outside 5(1)`
};
function organizationMessages(name, present, value2) {
  if (!present) return { ja: `\u5FC5\u9808\u9805\u76EE ${name} \u304C\u3042\u308A\u307E\u305B\u3093\uFF08${ORGANIZATION_WORDS.ja}\uFF09`, en: `required field ${name} is missing (${ORGANIZATION_WORDS.en})` };
  if (typeof value2 == "string" && value2.trim() === "") return { ja: `${name} \u306F\u7A7A\u306B\u3067\u304D\u307E\u305B\u3093\uFF08${ORGANIZATION_WORDS.ja}\uFF09`, en: `${name} must not be blank (${ORGANIZATION_WORDS.en})` };
  if (typeof value2 == "string") {
    let meant = suggestOrganizationId(value2);
    return meant !== void 0 ? {
      ja: `${name} \u306B ${quote2(value2)} \u306F\u4F7F\u3048\u307E\u305B\u3093\u3002${quote2(meant)} \u306E\u8AA4\u308A\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u304B\u3002\uFF08\u6307\u5B9A\u3067\u304D\u308B\u306E\u306F ${ORGANIZATION_WORDS.ja}\uFF09`,
      en: `${name} cannot be ${quote2(value2)}; did you mean ${quote2(meant)}? (${ORGANIZATION_WORDS.en})`
    } : {
      ja: `${name} \u306B ${quote2(value2)} \u306F\u4F7F\u3048\u307E\u305B\u3093\u30025(1) \u306E\u7BC4\u56F2\u5916\u306E\u56E3\u4F53\u3067\u3042\u308C\u3070 { "outside": ${quote2(value2)} } \u3068\u66F8\u3044\u3066\u304F\u3060\u3055\u3044\uFF08\u6307\u5B9A\u3067\u304D\u308B\u306E\u306F ${ORGANIZATION_WORDS.ja}\uFF09`,
      en: `${name} cannot be ${quote2(value2)}; if it is a body outside 5(1), write { "outside": ${quote2(value2)} } (${ORGANIZATION_WORDS.en})`
    };
  }
  if (typeof value2 == "object" && value2 !== null && !Array.isArray(value2)) {
    let extra = Object.keys(value2).filter((key) => key !== "outside");
    if (extra.length > 0) {
      let key = extra[0], hint = closest(key, ["outside"]) === void 0 ? { ja: "", en: "" } : { ja: '"outside" \u306E\u8AA4\u308A\u3067\u306F\u3042\u308A\u307E\u305B\u3093\u304B\u3002', en: '; did you mean "outside"?' };
      return {
        ja: `${name} \u306E\u4E0D\u660E\u306A\u9805\u76EE ${quote2(key)} \u3067\u3059\u3002${hint.ja}\uFF085(1) \u306E\u7BC4\u56F2\u5916\u306E\u56E3\u4F53\u306F { "outside": "\u56E3\u4F53\u540D" } \u3068\u3060\u3051\u66F8\u304D\u307E\u3059\uFF09`,
        en: `${name} has an unknown field ${quote2(key)}${hint.en} (a body outside 5(1) is declared as { "outside": "<name>" } only)`
      };
    }
  }
  let shown3 = given(value2);
  return { ja: `${name} \u306F ${ORGANIZATION_WORDS.ja}\u3067\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\uFF08${shown3.ja} \u306F\u4F7F\u3048\u307E\u305B\u3093\uFF09`, en: `${name} must be ${ORGANIZATION_WORDS.en}, not ${shown3.en}` };
}

// ../../tmp/infosec-baseline-UtWtyv/src/validation/input-error.ts
var InvalidInputError = class extends Error {
  /** Every problem found. */
  issues;
  /**
   * @param issues - Every problem found.
   * @param what - What was being validated, for the message, e.g. `"subject"`.
   */
  constructor(issues, what = "input") {
    super(`invalid ${what}: ${issues.map((issue2) => `${issue2.at}: ${issue2.message}`).join("; ")}`), this.name = "InvalidInputError", this.issues = issues;
  }
};
function formatPath(path) {
  if (path.length === 0) return "(root)";
  let text3 = "";
  for (let key of path)
    typeof key == "number" ? text3 += `[${key}]` : text3 += text3 === "" ? String(key) : `.${String(key)}`;
  return text3;
}
function issuesFromZod(error, prefix = [], options = {}) {
  let locale = options.locale ?? "ja", context = "input" in options ? { input: options.input, ...options.schema === void 0 ? {} : { schema: options.schema } } : options.schema === void 0 ? {} : { schema: options.schema };
  return error.issues.flatMap(expandUnion).map((issue2) => {
    let path = [...prefix, ...issue2.path.map((key) => typeof key == "symbol" ? String(key) : key)], messages;
    try {
      messages = issueMessages(issue2, context);
    } catch {
      messages = { ja: issue2.message, en: issue2.message };
    }
    return { path, at: formatPath(path), message: messages[locale], messages, code: issue2.code };
  });
}
function expandUnion(issue2) {
  if (issue2.code !== "invalid_union" || "discriminator" in issue2) return [issue2];
  let inside = issue2.errors.filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0)), [only] = inside;
  return inside.length !== 1 || only === void 0 ? [issue2] : only.flatMap((inner) => expandUnion({ ...inner, path: [...issue2.path, ...inner.path] }));
}

// ../../tmp/infosec-baseline-UtWtyv/src/overlay/compile-rule.ts
import { match } from "ts-pattern";
var PROTECTIVE_FACTS = Object.freeze({
  transfer: ["sanitized", "encrypted"],
  "carry-out": ["approved", "encrypted"],
  "sign-in": [],
  "software-use": ["approved"],
  access: ["authorized", "trained"],
  outsourcing: ["selectedByCriteria", "securityRequirementsInContract", "measuresConfirmed"],
  "cloud-use": ["usageRulesInPlace", "measuresTaken"],
  asset: [],
  organization: [
    "securityOrganizationEstablished",
    "staffRulesDefined",
    "monitoringInPlace",
    "incidentResponseReady",
    "secureDevelopmentInPlace",
    "continuityPlanInPlace",
    "reviewed",
    "riskAnalyzed",
    "standardsInPlace",
    "proceduresInPlace"
  ]
});
function splitField(name) {
  let dot = name.indexOf(".");
  return dot < 0 ? { top: name, sub: void 0 } : { top: name.slice(0, dot), sub: name.slice(dot + 1) };
}
function read(subject3, path) {
  let value2 = subject3[path.top];
  return path.sub === void 0 ? value2 : typeof value2 == "object" && value2 !== null ? value2[path.sub] : void 0;
}
function listJa(names) {
  return names.join("\u3001");
}
function conditionText(rule) {
  let entries = Object.entries(rule.when ?? {});
  if (entries.length === 0) return { ja: "", en: "" };
  let parts = entries.map(([field, values]) => `${field} = ${values.map((v) => JSON.stringify(v)).join(" | ")}`);
  return { ja: `\uFF08\u9069\u7528\u6761\u4EF6: ${listJa(parts)}\uFF09`, en: ` (applies when ${parts.join(" and ")})` };
}
function factsOf(rule) {
  let names = Object.keys(rule.when ?? {}), required = match(rule.require).returnType().with({ check: "prohibited" }, () => []).with({ check: "fields" }, (requirement) => Object.keys(requirement.fields)).with({ check: "safeguards" }, () => ["safeguards"]).with({ check: "factor-kinds" }, () => ["factors"]).exhaustive();
  return [.../* @__PURE__ */ new Set([...names, ...required])];
}
function verdictsOf(rule) {
  let title = rule.title, condition = conditionText(rule), facts = factsOf(rule), failText = rule.require.check === "prohibited" ? { ja: `\u7D44\u7E54\u306E\u5BFE\u7B56\u57FA\u6E96\u300C${title.ja}\u300D\u306B\u3088\u308A\u8A8D\u3081\u3089\u308C\u3066\u3044\u306A\u3044\u3002`, en: `Not permitted by the organisation's standard "${title.en}".` } : { ja: `\u7D44\u7E54\u306E\u5BFE\u7B56\u57FA\u6E96\u300C${title.ja}\u300D\u3092\u6E80\u305F\u3057\u3066\u3044\u306A\u3044\u3002`, en: `The organisation's standard "${title.en}" is not met.` };
  return {
    pass: pass(rule.messages?.pass ?? { ja: `\u7D44\u7E54\u306E\u5BFE\u7B56\u57FA\u6E96\u300C${title.ja}\u300D\u3092\u6E80\u305F\u3057\u3066\u3044\u308B\u3002`, en: `The organisation's standard "${title.en}" is met.` }),
    fail: fail(rule.messages?.fail ?? failText),
    manual: manual({
      ja: `\u7D44\u7E54\u306E\u5BFE\u7B56\u57FA\u6E96\u300C${title.ja}\u300D\u306E\u5224\u5B9A\u306B\u5FC5\u8981\u306A\u4E8B\u5B9F\uFF08${listJa(facts)}\uFF09\u304C\u56DE\u7B54\u3055\u308C\u3066\u3044\u306A\u3044\u3002`,
      en: `A fact needed to judge the organisation's standard "${title.en}" (${facts.join(", ")}) is not stated.`
    }),
    notApplicable: notApplicable({
      ja: `\u7D44\u7E54\u306E\u5BFE\u7B56\u57FA\u6E96\u300C${title.ja}\u300D\u306E\u9069\u7528\u5BFE\u8C61\u3067\u306F\u306A\u3044${condition.ja}\u3002`,
      en: `The organisation's standard "${title.en}" does not apply${condition.en}.`
    })
  };
}
function compileRule(rule) {
  let verdicts = verdictsOf(rule), conditions = Object.entries(rule.when ?? {}).map(([field, values]) => ({ path: splitField(field), allowed: new Set(values) })), judgeRequirement = match(rule.require).returnType().with({ check: "prohibited" }, () => () => verdicts.fail).with({ check: "fields" }, (requirement) => {
    let required = Object.entries(requirement.fields).map(([field, value2]) => ({ path: splitField(field), value: value2 }));
    return (subject3) => {
      let missing = !1;
      for (let { path, value: value2 } of required) {
        let actual = read(subject3, path);
        if (actual === void 0) missing = !0;
        else if (actual !== value2) return verdicts.fail;
      }
      return missing ? verdicts.manual : verdicts.pass;
    };
  }).with({ check: "safeguards" }, (requirement) => {
    let safeguards2 = requirement.safeguards;
    return (subject3) => {
      let list2 = subject3.safeguards;
      if (list2 === void 0) return verdicts.manual;
      for (let safeguard of safeguards2) if (!list2.includes(safeguard)) return verdicts.fail;
      return verdicts.pass;
    };
  }).with({ check: "factor-kinds" }, ({ atLeast }) => (subject3) => {
    let factors2 = subject3.factors;
    return factors2 === void 0 ? verdicts.manual : countDistinct(factors2) >= atLeast ? verdicts.pass : verdicts.fail;
  }).exhaustive(), check = (subject3) => {
    let record = subject3, missing = !1;
    for (let { path, allowed } of conditions) {
      let actual = read(record, path);
      if (actual === void 0) missing = !0;
      else if (!allowed.has(actual)) return verdicts.notApplicable;
    }
    return missing ? verdicts.manual : judgeRequirement(record);
  }, kind = rule.appliesTo, facts = [...new Set(factsOf(rule).map((name) => splitField(name).top))], control = defineControl({
    id: rule.id,
    title: rule.title,
    clause: rule.clause,
    provenance: "organization",
    category: rule.category,
    threats: rule.threats,
    requirement: rule.requirement,
    remediation: rule.remediation,
    admitsException: rule.admitsException ?? !0,
    gate: !1,
    parameters: {},
    facts: { [kind]: facts },
    verdicts,
    checks: { [kind]: check }
  });
  return recordRule(control, rule), control;
}

// ../../tmp/infosec-baseline-UtWtyv/src/overlay/overlay-error.ts
var OVERLAY_WEAKENING_CODES = readOnlySet([
  "remove-control",
  "disable-control",
  "replace-control",
  "control-id-taken",
  "change-basic-policy-control",
  "change-basic-policy-parameter",
  "relabel-control",
  "change-control",
  "admit-exception",
  "loosen-parameter",
  "organization-provenance-only",
  "gate-not-allowed",
  "rule-not-monotone"
]), OverlayRejectedError = class extends InvalidInputError {
  /** The overlay's id, if it had a readable one. */
  overlayId;
  /**
   * @param issues - Every problem found.
   * @param overlayId - The overlay's id, if readable.
   */
  constructor(issues, overlayId) {
    super(issues, "overlay"), this.name = "OverlayRejectedError", this.overlayId = overlayId;
    let label2 = overlayId === void 0 ? "overlay" : `overlay ${JSON.stringify(overlayId)}`, count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    this.message = `${label2} rejected (${count}): ${issues.map((issue2) => `${issue2.at}: ${issue2.message}`).join("; ")}`;
  }
};
function readOnlySet(values) {
  let set = new Set(values), refuse = () => {
    throw new TypeError("OVERLAY_WEAKENING_CODES is read-only");
  };
  return Object.defineProperties(set, { add: { value: refuse }, delete: { value: refuse }, clear: { value: refuse } }), Object.freeze(set);
}

// ../../tmp/infosec-baseline-UtWtyv/src/overlay/overlay-schema.ts
import { z as z18 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/src/controls/control-category.ts
import { z } from "zod";
var ControlCategorySchema = z.enum([
  "organization",
  "classification",
  "system-resilience",
  "physical",
  "human",
  "technical",
  "operations",
  "outsourcing-and-cloud",
  "audit",
  "review"
]);

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/clause.ts
import { z as z3 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/localized-text.ts
import { z as z2 } from "zod";
var LocalizedTextSchema = z2.object({
  ja: z2.string().min(1).describe("The Japanese text (\u65E5\u672C\u8A9E): verbatim where it quotes the policy."),
  en: z2.string().min(1).describe("The English text: a faithful translation of the Japanese.")
}).strict(), LocaleSchema = z2.enum(["ja", "en"]);

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/clause.ts
var ClauseRefSchema = z3.string().regex(/^(?:[1-9]|1[01])(?:\((?:[1-9]|1[0-9])\)(?:[①-⑳])?)?$/, 'not a clause reference such as "7", "3(13)" or "7(3)\u2460"'), ClauseLevelSchema = z3.enum(["section", "item", "sub-item"]), ClauseSchema = z3.object({
  /** Stable reference in the document's numbering, e.g. `"7(3)①"`. */
  ref: ClauseRefSchema,
  /** Section, item or sub-item. */
  level: ClauseLevelSchema,
  /** The number of the section (1 … 11). */
  section: z3.number().int().min(1).max(11),
  /** The number of the item within the section, for items and sub-items. */
  item: z3.number().int().min(1).optional(),
  /** The number of the circled sub-item within the item, for sub-items. */
  subItem: z3.number().int().min(1).optional(),
  /** The reference of the enclosing clause; absent for sections. */
  parent: ClauseRefSchema.optional(),
  /** The numbering marker exactly as the document prints it: `"７"`, `"（１３）"`, `"①"`. */
  marker: z3.string().min(1),
  /** The heading, where the document gives one (sections; items of 2, 3, 5, 7). */
  heading: LocalizedTextSchema.optional(),
  /** The body, paragraph by paragraph, verbatim (PDF line breaks removed). May be empty. */
  paragraphs: z3.array(LocalizedTextSchema).readonly()
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/vocabulary.ts
import { z as z4 } from "zod";
var ProvenanceSchema = z4.enum(["basic-policy", "guideline", "organization"]), ZoneSchema = z4.enum(ZONE_VALUES), OrganizationIdSchema = z4.enum(ORGANIZATION_ID_VALUES), AssetCategorySchema = z4.enum(ASSET_CATEGORY_VALUES), PersonCategorySchema = z4.enum(PERSON_CATEGORY_VALUES), ThreatIdSchema = z4.enum(["T1", "T2", "T3", "T4", "T5"]), ThreatExampleIdSchema = z4.enum([
  "T1.1",
  "T1.2",
  "T1.3",
  "T1.4",
  "T1.5",
  "T1.6",
  "T2.1",
  "T2.2",
  "T2.3",
  "T2.4",
  "T2.5",
  "T2.6",
  "T2.7",
  "T2.8",
  "T2.9",
  "T2.10",
  "T3.1",
  "T3.2",
  "T3.3",
  "T4.1",
  "T5.1",
  "T5.2",
  "T5.3"
]), ThreatRefSchema = z4.union([ThreatIdSchema, ThreatExampleIdSchema]), FactorKindSchema = z4.enum(FACTOR_KIND_VALUES), TransferChannelSchema = z4.enum(TRANSFER_CHANNEL_VALUES);

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/common.ts
import { z as z5 } from "zod";
var IsoDateSchema = z5.iso.date(), ApproverRoleSchema = z5.enum(APPROVER_ROLE_VALUES), ExceptionReferenceSchema = z5.string().min(1).max(200).regex(/^\S(?:.*\S)?$/su, "must be non-blank, with no white space at either end"), ExceptionLinkSchema = z5.object({
  from: ZoneSchema.describe("The zone the information leaves."),
  to: ZoneSchema.describe("The zone the information enters.")
}).strict(), RecordedExceptionSchema = z5.object({
  reference: ExceptionReferenceSchema.describe(`The exception's reference in the organisation's register (\u4F8B\u5916\u63AA\u7F6E\u53F0\u5E33), e.g. "EX-2026-014": non-blank.`),
  approverRole: ApproverRoleSchema.describe('The role of the approver; only "ciso" makes the exception effective (a guideline default: the basic policy names no approver).'),
  approvedBy: z5.string().min(1).max(200).optional().describe("Who approved it (name or post), for the record."),
  controls: z5.array(z5.string().min(1).max(100)).min(1).max(100).describe("The ids of the controls it covers, at least one (no blanket exception). Each must be a control of the policy in use."),
  validFrom: IsoDateSchema.optional().describe("The first day it is valid, if the register states one."),
  validUntil: IsoDateSchema.describe('The last day it is valid (inclusive): after that, or with no "asOf" to judge by, it turns nothing into a pass.'),
  link: ExceptionLinkSchema.optional().describe('For an exception to "mynumber-isolation": the link (from and to zone) it opens, which it alone covers.')
}).strict(), OutsideOrganizationSchema = z5.object({
  /** The name of the body outside 5(1), e.g. `"登米市"`. */
  outside: z5.string().min(1).max(OUTSIDE_NAME_MAX_LENGTH).regex(OUTSIDE_NAME_PATTERN, "the name of an outside body has no white space at either end and no control or invisible character").refine((name) => suggestOrganizationId(name) === void 0, { error: (issue2) => outsideNameProblem(issue2.input) ?? "invalid name" }).describe("The name of the body outside 5(1), e.g. \u767B\u7C73\u5E02.")
}).strict().describe('A body outside 5(1), declared explicitly: { "outside": "<name>" }.'), OrganizationRefSchema = z5.union([OrganizationIdSchema, OutsideOrganizationSchema], {
  error: (issue2) => organizationRefProblem(issue2.input) ?? "invalid organisation reference"
}), SubjectIdSchema = z5.string().min(1).max(500);

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/safeguard.ts
import { z as z6 } from "zod";
var SafeguardSchema = z6.enum(SAFEGUARD_VALUES);

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/subject.ts
import { z as z17 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/access.ts
import { z as z8 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/src/classification/classification.ts
import { z as z7 } from "zod";
var ConfidentialityLevelSchema = z7.literal([1, 2, 3]), IntegrityLevelSchema = z7.literal([1, 2]), AvailabilityLevelSchema = z7.literal([1, 2]), ClassificationSchema = z7.object({
  confidentiality: ConfidentialityLevelSchema.describe("Confidentiality (\u6A5F\u5BC6\u6027, 3(10)): level 1, 2 or 3."),
  integrity: IntegrityLevelSchema.describe("Integrity (\u5B8C\u5168\u6027, 3(11)): level 1 or 2."),
  availability: AvailabilityLevelSchema.describe("Availability (\u53EF\u7528\u6027, 3(12)): level 1 or 2.")
}).strict(), ClassificationDimensionSchema = z7.enum(["confidentiality", "integrity", "availability"]);

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/access.ts
var AccessSubjectSchema = z8.object({
  kind: z8.literal("access").describe('The subject kind, which selects the controls that apply: always "access" here.'),
  id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
  organization: OrganizationRefSchema.optional().describe("The organisation holding the asset; absent means the Union's own."),
  person: PersonCategorySchema.describe("The category of the person accessing (3(15))."),
  operation: z8.enum(["read", "change", "delete"]).optional().describe("What the person does to the asset."),
  authorized: z8.boolean().optional().describe("Whether the person is authorised for this asset and operation."),
  trained: z8.boolean().optional().describe("Whether the person (if staff) has taken the information security training (\u6559\u80B2\u53CA\u3073\u5553\u767A)."),
  classification: ClassificationSchema.optional().describe("The classification of the asset."),
  zone: ZoneSchema.optional().describe("The zone of the asset."),
  exception: RecordedExceptionSchema.optional().describe("A recorded exception (\u4F8B\u5916\u63AA\u7F6E).")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/asset.ts
import { z as z9 } from "zod";
var AssetLocationSchema = z9.enum(ASSET_LOCATION_VALUES), AssetSubjectSchema = z9.object({
  kind: z9.literal("asset").describe('The subject kind, which selects the controls that apply: always "asset" (\u60C5\u5831\u8CC7\u7523) here.'),
  id: SubjectIdSchema.optional().describe("Your identifier for the asset, echoed in audit results."),
  name: z9.string().min(1).max(500).optional().describe("A readable name, for reports."),
  organization: OrganizationRefSchema.describe("The organisation that holds the asset (5(1)). An asset of the Union placed elsewhere names the Union body that owns it."),
  location: AssetLocationSchema.optional().describe(
    `Where the asset stands, if not on the Union's own premises: "member-municipality-counter" is a Union asset at a member municipality's counter (\u69CB\u6210\u5E02\u753A\u6751\u306E\u7A93\u53E3\u7AEF\u672B), in scope under 5(2)\u2460 with "organization" the Union body that owns it. The municipality's own assets name the municipality as their outside organisation instead.`
  ),
  category: AssetCategorySchema.describe("What kind of asset it is (5(2))."),
  zone: ZoneSchema.optional().describe("The zone the asset belongs to, if it belongs to one."),
  classification: ClassificationSchema.optional().describe("Its classification (\u91CD\u8981\u5EA6, 7(2)). An asset without one fails 7(2)."),
  safeguards: z9.array(SafeguardSchema).max(64).optional().describe('The safeguards it has. Absent means not recorded (controls that need them are "manual"); an empty list means none.'),
  exception: RecordedExceptionSchema.optional().describe("A recorded exception (\u4F8B\u5916\u63AA\u7F6E).")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/carry-out.ts
import { z as z10 } from "zod";
var CarryOutSubjectSchema = z10.object({
  kind: z10.literal("carry-out").describe('The subject kind, which selects the controls that apply: always "carry-out" (\u6301\u51FA\u3057) here.'),
  id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
  organization: OrganizationRefSchema.optional().describe("The organisation carrying out; absent means the Union's own."),
  zone: ZoneSchema.optional().describe("The zone the information comes from."),
  fromTerminal: z10.boolean().optional().describe("Whether the information is taken off a terminal (\u30D1\u30BD\u30B3\u30F3\u7B49\u7AEF\u672B), e.g. copied to USB memory."),
  classification: ClassificationSchema.optional().describe("The classification of what is carried out."),
  approved: z10.boolean().optional().describe("Whether the carry-out (\u6301\u51FA\u3057) was approved beforehand."),
  encrypted: z10.boolean().optional().describe("Whether what is carried out is encrypted (or equivalently protected)."),
  exception: RecordedExceptionSchema.optional().describe("A recorded exception (\u4F8B\u5916\u63AA\u7F6E). It never permits carrying out from a \u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB terminal.")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/cloud-use.ts
import { z as z11 } from "zod";
var CloudUseSubjectSchema = z11.object({
  kind: z11.literal("cloud-use").describe('The subject kind, which selects the controls that apply: always "cloud-use" (\u5916\u90E8\u30B5\u30FC\u30D3\u30B9, e.g. cloud) here.'),
  id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
  organization: OrganizationRefSchema.optional().describe("The organisation using the service; absent means the Union's own."),
  service: z11.string().min(1).max(500).optional().describe("The service's name, for the record."),
  usageRulesInPlace: z11.boolean().optional().describe("Whether rules for using the service are in place (\u5229\u7528\u306B\u4FC2\u308B\u898F\u5B9A)."),
  measuresTaken: z11.boolean().optional().describe("Whether the measures those rules require have been taken."),
  exception: RecordedExceptionSchema.optional().describe("A recorded exception (\u4F8B\u5916\u63AA\u7F6E).")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/organization.ts
import { z as z12 } from "zod";
var OrganizationSubjectSchema = z12.object({
  kind: z12.literal("organization").describe('The subject kind, which selects the controls that apply: always "organization" here.'),
  id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
  organization: OrganizationRefSchema.describe("The organisation inspected (5(1))."),
  asOf: IsoDateSchema.optional().describe('The date the answers are judged as of, when "evaluate" is not given one.'),
  securityOrganizationEstablished: z12.boolean().optional().describe("Whether the organisation for information security (CISO and officers) is established (7(1))."),
  staffCategoriesBound: z12.array(PersonCategorySchema).max(16).optional().describe("The categories of \u8077\u54E1 made bound by the policy (informed, pledged) (6, 3(15))."),
  staffRulesDefined: z12.boolean().optional().describe("Whether the rules staff must follow are defined (7(5))."),
  lastTraining: IsoDateSchema.nullable().optional().describe("The date of the last information security training for staff; null if never."),
  monitoringInPlace: z12.boolean().optional().describe("Whether information systems are monitored (7(7))."),
  incidentResponseReady: z12.boolean().optional().describe("Whether a procedure for responding to security incidents is ready (7(7))."),
  secureDevelopmentInPlace: z12.boolean().optional().describe("Whether systems are procured and developed with security requirements, reviewed and tested before use."),
  continuityPlanInPlace: z12.boolean().optional().describe("Whether a business continuity plan covers disasters, staff shortage and outages."),
  lastAudit: IsoDateSchema.nullable().optional().describe("The date of the last information security audit; null if never (8)."),
  lastSelfInspection: IsoDateSchema.nullable().optional().describe("The date of the last self-inspection; null if never (8)."),
  reviewNeeded: z12.boolean().optional().describe("Whether audit, self-inspection or a change of circumstances made a review necessary (9)."),
  reviewed: z12.boolean().optional().describe("Whether the policy was reviewed after that (9)."),
  riskAnalyzed: z12.boolean().optional().describe("Whether the review analysed the likelihood of threats and the loss if they occur (9)."),
  standardsInPlace: z12.boolean().optional().describe("Whether the standards (\u5BFE\u7B56\u57FA\u6E96) are established (10)."),
  proceduresInPlace: z12.boolean().optional().describe("Whether the procedures (\u5B9F\u65BD\u624B\u9806) are established (11).")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/outsourcing.ts
import { z as z13 } from "zod";
var OutsourcingSubjectSchema = z13.object({
  kind: z13.literal("outsourcing").describe('The subject kind, which selects the controls that apply: always "outsourcing" (\u696D\u52D9\u59D4\u8A17) here.'),
  id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
  organization: OrganizationRefSchema.optional().describe("The organisation outsourcing; absent means the Union's own."),
  contractor: z13.string().min(1).max(500).optional().describe("The contractor's name, for the record."),
  selectedByCriteria: z13.boolean().optional().describe("Whether the contractor was selected against stated criteria (\u59D4\u8A17\u4E8B\u696D\u8005\u306E\u9078\u5B9A)."),
  securityRequirementsInContract: z13.boolean().optional().describe("Whether the contract states the information security requirements."),
  measuresConfirmed: z13.boolean().optional().describe("Whether it has been confirmed that the contractor has the necessary measures in place."),
  classification: ClassificationSchema.optional().describe("The classification of the information the contractor handles."),
  exception: RecordedExceptionSchema.optional().describe("A recorded exception (\u4F8B\u5916\u63AA\u7F6E).")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/sign-in.ts
import { z as z14 } from "zod";
var SignInSubjectSchema = z14.object({
  kind: z14.literal("sign-in").describe('The subject kind, which selects the controls that apply: always "sign-in" here.'),
  id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
  organization: OrganizationRefSchema.optional().describe("The organisation of the terminal; absent means the Union's own."),
  zone: ZoneSchema.describe("The zone of the terminal signed in to."),
  factors: z14.array(FactorKindSchema).max(16).optional().describe('The kinds of authentication factor presented (two or more kinds make \u591A\u8981\u7D20\u8A8D\u8A3C; a password is "knowledge", an IC card "possession", a fingerprint "inherence").'),
  person: PersonCategorySchema.optional().describe("The category of the person signing in."),
  exception: RecordedExceptionSchema.optional().describe("A recorded exception (\u4F8B\u5916\u63AA\u7F6E). It never permits single-factor sign-in to \u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB.")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/software-use.ts
import { z as z15 } from "zod";
var SoftwareUseSubjectSchema = z15.object({
  kind: z15.literal("software-use").describe('The subject kind, which selects the controls that apply: always "software-use" here.'),
  id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
  organization: OrganizationRefSchema.optional().describe("The organisation; absent means the Union's own."),
  software: z15.string().min(1).max(500).optional().describe("The software's name, for the record."),
  action: z15.enum(["install", "use"]).optional().describe("Whether the software is installed or only used."),
  approved: z15.boolean().optional().describe("Whether the software is approved for use (\u7121\u8A31\u53EF\u30BD\u30D5\u30C8\u30A6\u30A7\u30A2 is not)."),
  zone: ZoneSchema.optional().describe("The zone where it is installed or used."),
  exception: RecordedExceptionSchema.optional().describe("A recorded exception (\u4F8B\u5916\u63AA\u7F6E).")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/transfer.ts
import { z as z16 } from "zod";
var TransferSubjectSchema = z16.object({
  kind: z16.literal("transfer").describe('The subject kind, which selects the controls that apply: always "transfer" here.'),
  id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
  organization: OrganizationRefSchema.optional().describe("The organisation making the transfer; absent means the Union's own."),
  from: ZoneSchema.describe("The zone the information leaves."),
  to: ZoneSchema.describe("The zone the information enters."),
  channel: TransferChannelSchema.optional().describe("How it moves: over the network, by email, on removable media, or by screen transfer."),
  sanitized: z16.boolean().optional().describe("Whether the information was sanitised (\u7121\u5BB3\u5316) before entering the target zone."),
  encrypted: z16.boolean().optional().describe("Whether the information was encrypted (or equivalently protected) in transit."),
  classification: ClassificationSchema.optional().describe("The classification of what moves."),
  exception: RecordedExceptionSchema.optional().describe("A recorded exception (\u4F8B\u5916\u63AA\u7F6E) for this transfer.")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/subjects/subject.ts
var SubjectSchema = z17.discriminatedUnion("kind", [
  TransferSubjectSchema,
  CarryOutSubjectSchema,
  SignInSubjectSchema,
  SoftwareUseSubjectSchema,
  AccessSubjectSchema,
  OutsourcingSubjectSchema,
  CloudUseSubjectSchema,
  AssetSubjectSchema,
  OrganizationSubjectSchema
]), SubjectKindSchema = z17.enum([
  "transfer",
  "carry-out",
  "sign-in",
  "software-use",
  "access",
  "outsourcing",
  "cloud-use",
  "asset",
  "organization"
]), SUBJECT_KINDS = Object.freeze([...SubjectKindSchema.options]);

// ../../tmp/infosec-baseline-UtWtyv/src/overlay/overlay-schema.ts
var KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function withoutProtoKeys(schema) {
  return z18.preprocess((value2, context) => (typeof value2 == "object" && value2 !== null && Object.hasOwn(value2, "__proto__") && context.addIssue({ code: "custom", message: 'a key named "__proto__" is not allowed', input: value2 }), value2), schema);
}
var OverlayIdSchema = z18.string().min(1).max(100).regex(KEBAB_ID, 'must be kebab-case: lower-case letters and digits separated by single hyphens, e.g. "org-usb-encryption"').describe('A kebab-case identifier, e.g. "org-usb-encryption".'), OverlayVersionSchema = z18.string().max(100).regex(
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?$/,
  'must be a semver version without build metadata, e.g. "2026.4.0" or "1.0.0-draft.1"'
).describe('A semver version without build metadata, e.g. "2026.4.0".'), RuleFieldSchema = z18.string().max(64).regex(/^[a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)?$/, 'must be a subject field such as "encrypted" or "classification.confidentiality"').describe('A field of the subject kind, e.g. "encrypted", or a classification dimension, e.g. "classification.confidentiality".'), RuleValueSchema = z18.union([z18.boolean(), z18.string().max(200), z18.number().int().min(0).max(100)]).describe("A value of the field: a boolean, a value of its enum, or a classification level."), RuleConditionSchema = withoutProtoKeys(z18.record(RuleFieldSchema, z18.array(RuleValueSchema).min(1).max(32))).describe(
  "For each field, the values for which the rule applies. A field the subject does not state makes the finding manual."
), RuleRequirementSchema = z18.discriminatedUnion("check", [
  z18.object({
    check: z18.literal("fields").describe('"fields": each field has a given value.'),
    fields: withoutProtoKeys(z18.record(RuleFieldSchema, RuleValueSchema)).describe("For each field, the value it must have.")
  }).strict(),
  z18.object({
    check: z18.literal("safeguards").describe('"safeguards": an asset has every safeguard listed.'),
    safeguards: z18.array(SafeguardSchema).min(1).max(16).describe("The safeguards the asset must have, all of them.")
  }).strict(),
  z18.object({
    check: z18.literal("factor-kinds").describe('"factor-kinds": a sign-in presents enough kinds of factor.'),
    atLeast: z18.number().int().min(1).max(3).describe("The least number of different factor kinds a sign-in must present.")
  }).strict(),
  z18.object({
    check: z18.literal("prohibited").describe('"prohibited": the action is not allowed where the rule applies.')
  }).strict()
]), OrganizationControlRuleSchema = z18.object({
  id: OverlayIdSchema.describe('Stable id, unique in the extended policy. Prefix it (e.g. "org-") so that it cannot collide with a future shipped control.'),
  title: LocalizedTextSchema.describe("A short title in Japanese and English."),
  clause: ClauseRefSchema.describe('The clause of the basic policy the standard elaborates, e.g. "7(2)". It must exist.'),
  provenance: ProvenanceSchema.optional().describe('Always "organization" if given; any other value is rejected.'),
  category: ControlCategorySchema.describe("Which measure it belongs to."),
  threats: z18.array(ThreatRefSchema).min(1).max(32).describe("The threats of clause 4 (and their examples) it counters."),
  requirement: LocalizedTextSchema.describe("What it requires, in words (the text of the standard)."),
  remediation: LocalizedTextSchema.describe("What to do when it fails or needs review."),
  admitsException: z18.boolean().optional().describe("Whether a CISO-approved recorded exception can turn its fail into pass. Default true."),
  appliesTo: SubjectKindSchema.describe("The subject kind it applies to."),
  when: RuleConditionSchema.optional().describe("When it applies; absent means every subject of the kind."),
  require: RuleRequirementSchema.describe("What it requires."),
  messages: z18.object({
    pass: LocalizedTextSchema.optional().describe('The message of a "pass" finding.'),
    fail: LocalizedTextSchema.optional().describe('The message of a "fail" finding.')
  }).strict().optional().describe("Optional wording of the pass and fail findings; by default they are worded from the title.")
}).strict().describe("A control of the organisation's own standards, as a declarative rule on one subject kind (provenance organization)."), OrganizationTermSchema = z18.object({
  id: OverlayIdSchema.describe("Stable id, kebab-case, unique within the overlay."),
  term: LocalizedTextSchema.describe("The term, in Japanese and English."),
  definition: LocalizedTextSchema.describe("Its definition in the organisation's standards."),
  clause: ClauseRefSchema.optional().describe("The clause of the basic policy whose subject it elaborates, if any. It must exist.")
}).strict().describe("A term defined by the organisation's own standards (provenance organization)."), ControlChangeSchema = z18.object({
  admitsException: z18.boolean().optional().describe('false withdraws the exception admission of a "guideline" control (accepted); true is rejected.'),
  provenance: ProvenanceSchema.optional().describe("Always rejected: an overlay cannot relabel a control."),
  clause: z18.string().max(20).optional().describe("Always rejected: an overlay cannot move a control to another clause."),
  category: z18.string().max(100).optional().describe("Always rejected: an overlay cannot change a control's category."),
  threats: z18.array(z18.string().max(20)).max(64).optional().describe("Always rejected: an overlay cannot change the threats a control counters."),
  title: LocalizedTextSchema.optional().describe("Always rejected: an overlay cannot reword a control's title."),
  requirement: LocalizedTextSchema.optional().describe("Always rejected: an overlay cannot reword a control's requirement."),
  remediation: LocalizedTextSchema.optional().describe("Always rejected: an overlay cannot reword a control's remediation."),
  gate: z18.boolean().optional().describe("Always rejected: an overlay cannot make a control a scope gate or unmake one.")
}).strict().describe("A change to a base control. Only { admitsException: false } on a guideline control is accepted; every other change is rejected."), ParameterNameSchema = z18.string().max(64).regex(/^[a-z][A-Za-z0-9]*$/, 'must be a parameter name such as "trainingIntervalMonths"'), OverlaySchema = z18.object({
  $schema: z18.string().max(500).optional().describe("The JSON Schema this file follows, for editors; ignored."),
  id: OverlayIdSchema.describe('Stable id of the overlay, kebab-case, e.g. "miyagi-kouiki-standards".'),
  version: OverlayVersionSchema.describe("Semver version of the overlay, without build metadata."),
  name: LocalizedTextSchema.describe("Its name, e.g. the title of the organisation's standards."),
  description: LocalizedTextSchema.optional().describe("What it is, e.g. which standards and whether it is a sample."),
  effectiveDate: IsoDateSchema.optional().describe("The date from which the overlay applies to decisions (YYYY-MM-DD)."),
  controls: z18.array(OrganizationControlRuleSchema).max(500).optional().describe("Controls of the organisation's own standards, as rules."),
  parameters: withoutProtoKeys(z18.record(OverlayIdSchema, withoutProtoKeys(z18.record(ParameterNameSchema, z18.number().int())))).optional().describe("Tightened parameters by control id, then parameter name. Only guideline and organization controls; never looser than the base."),
  changes: withoutProtoKeys(z18.record(OverlayIdSchema, ControlChangeSchema)).optional().describe('Requested changes to base controls; see "ControlChangeSchema".'),
  glossary: z18.array(OrganizationTermSchema).max(500).optional().describe("Terms defined by the organisation's standards."),
  remove: z18.array(z18.string().max(100)).max(500).optional().describe("Always rejected: an overlay cannot remove a control."),
  disable: z18.array(z18.string().max(100)).max(500).optional().describe("Always rejected: an overlay cannot disable a control."),
  replace: z18.array(
    z18.object({
      id: z18.string().max(100).describe("The id of the control to replace.")
    }).loose()
  ).max(500).optional().describe("Always rejected: an overlay cannot replace a control; add an organization control instead.")
}).strict().describe("The organisation's own standards (\u5BFE\u7B56\u57FA\u6E96) as an overlay on the basic policy: it can only add and tighten.");

// ../../tmp/infosec-baseline-UtWtyv/src/engine/subject-kinds.ts
var SUBJECT_KIND_LIST = Object.freeze([
  "transfer",
  "carry-out",
  "sign-in",
  "software-use",
  "access",
  "outsourcing",
  "cloud-use",
  "asset",
  "organization"
]);

// ../../tmp/infosec-baseline-UtWtyv/src/overlay/rule-fields.ts
var NOT_RULE_FIELDS = /* @__PURE__ */ new Set(["kind", "id", "name", "exception"]);
function unwrap(schema) {
  let current = schema;
  for (; ; ) {
    let def = current._zod.def;
    if ((def.type === "optional" || def.type === "nullable") && def.innerType !== void 0) current = def.innerType;
    else return current;
  }
}
function valuesOf(schema) {
  let def = schema._zod.def;
  if (def.type === "boolean") return [!0, !1];
  if (def.type === "enum" && def.entries !== void 0) return Object.values(def.entries);
  if (def.type === "literal" && def.values !== void 0) return [...def.values];
}
function ruleField(name, top, sub, schema) {
  let inner = unwrap(schema), check = inner, values = valuesOf(inner), describe3 = values === void 0 ? "a string" : values.map((value2) => JSON.stringify(value2)).join(" | ");
  return { name, top, sub, accepts: (value2) => check.safeParse(value2).success, describe: describe3, values: values === void 0 ? void 0 : Object.freeze(values) };
}
function fieldsOfKind(shape) {
  let fields = /* @__PURE__ */ new Map();
  for (let [name, schema] of Object.entries(shape)) {
    if (NOT_RULE_FIELDS.has(name)) continue;
    let def = unwrap(schema)._zod.def;
    if (name === "organization")
      fields.set(name, ruleField(name, name, void 0, OrganizationIdSchema));
    else if (def.type === "boolean" || def.type === "enum" || def.type === "string" && def.format === void 0)
      fields.set(name, ruleField(name, name, void 0, schema));
    else if (name === "classification" && def.type === "object" && def.shape !== void 0)
      for (let [dimension, dimensionSchema2] of Object.entries(def.shape))
        fields.set(`${name}.${dimension}`, ruleField(`${name}.${dimension}`, name, dimension, dimensionSchema2));
  }
  return fields;
}
var table;
function ruleFields() {
  if (table !== void 0) return table;
  let built = /* @__PURE__ */ new Map(), options = SubjectSchema.options;
  for (let kind of SUBJECT_KIND_LIST) {
    let option = options.find((each) => each.shape.kind?._zod.def?.values?.[0] === kind);
    if (option === void 0) throw new Error(`no subject schema for kind ${kind}`);
    built.set(kind, fieldsOfKind(option.shape));
  }
  return table = built;
}
function kindHasField(kind, field) {
  return SubjectSchema.options.some((each) => each.shape.kind?._zod.def?.values?.[0] === kind && Object.hasOwn(each.shape, field));
}

// ../../tmp/infosec-baseline-UtWtyv/src/overlay/snapshot.ts
var OVERLAY_LIMITS = Object.freeze({
  /** The most entries of one array, or keys of one object. */
  maxEntries: 500,
  /** The deepest nesting of arrays and objects. */
  maxDepth: 32,
  /** The most values in the whole overlay. */
  maxNodes: 1e5,
  /** The longest string or key, in UTF-16 code units. */
  maxStringLength: 2e4,
  /** The most characters of all strings and keys together. */
  maxTotalLength: 1048576
});
function issue(path, code2, message) {
  return { path: [...path], at: formatPath(path), code: code2, message };
}
function plainKind(value2) {
  let prototype = Object.getPrototypeOf(value2);
  return Array.isArray(value2) ? prototype === Array.prototype ? "array" : void 0 : prototype === Object.prototype || prototype === null ? "object" : void 0;
}
function describeError(error) {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an unprintable value";
  }
}
function snapshotOverlay(input) {
  let issues = [], frozen2 = [], copies = /* @__PURE__ */ new WeakMap(), nodes = 0, total = 0, stopped = !1, budget = (path, length) => length > OVERLAY_LIMITS.maxStringLength ? (issues.push(issue(path, "overlay-too-large", `a string of ${length} characters; at most ${OVERLAY_LIMITS.maxStringLength} are allowed`)), !1) : (total += length, total > OVERLAY_LIMITS.maxTotalLength ? (issues.push(issue(path, "overlay-too-large", `the overlay's text exceeds ${OVERLAY_LIMITS.maxTotalLength} characters in all`)), stopped = !0, !1) : !0), result, stack = [{ value: input, path: [], depth: 0, put: (copy) => result = copy }];
  for (; stack.length > 0 && !stopped; ) {
    let { value: value2, path, depth, put } = stack.pop();
    if (++nodes > OVERLAY_LIMITS.maxNodes) {
      issues.push(issue(path, "overlay-too-large", `the overlay has more than ${OVERLAY_LIMITS.maxNodes} values`));
      break;
    }
    if (typeof value2 == "string") {
      budget(path, value2.length) && put(value2);
      continue;
    }
    if (typeof value2 != "object" || value2 === null) {
      put(value2);
      continue;
    }
    if (depth >= OVERLAY_LIMITS.maxDepth) {
      issues.push(issue(path, "overlay-too-large", `nested more than ${OVERLAY_LIMITS.maxDepth} levels deep`));
      continue;
    }
    try {
      let kind = plainKind(value2);
      if (kind === void 0) {
        issues.push(issue(path, "not-plain-data", "not plain data: an object whose prototype is not Object.prototype (a class instance, Date, Map\u2026) or an array that is not a plain array"));
        continue;
      }
      let keys = Reflect.ownKeys(value2), isFrozen = Object.isFrozen(value2);
      if (kind === "array") {
        let lengthDescriptor = Reflect.getOwnPropertyDescriptor(value2, "length"), length = lengthDescriptor !== void 0 && "value" in lengthDescriptor ? lengthDescriptor.value : void 0;
        if (typeof length != "number" || !Number.isSafeInteger(length) || length < 0) {
          issues.push(issue(path, "not-plain-data", "not plain data: an array without a readable length"));
          continue;
        }
        if (length > OVERLAY_LIMITS.maxEntries) {
          issues.push(issue(path, "overlay-too-large", `an array of ${length} entries; at most ${OVERLAY_LIMITS.maxEntries} are allowed`));
          continue;
        }
        let copy2 = new Array(length).fill(void 0), bad = !1;
        for (let key of keys)
          if (key !== "length" && (typeof key == "symbol" || !/^(?:0|[1-9]\d*)$/.test(key) || Number(key) >= length)) {
            issues.push(issue(path, "not-plain-data", `not plain data: an array with the extra property ${String(key).slice(0, 40)}`)), bad = !0;
            break;
          }
        if (bad) continue;
        for (let i = length - 1; i >= 0; i--) {
          let descriptor = Reflect.getOwnPropertyDescriptor(value2, String(i));
          if (descriptor !== void 0) {
            if (!("value" in descriptor)) {
              issues.push(issue([...path, i], "not-plain-data", "not plain data: an accessor (getter or setter) instead of a value"));
              continue;
            }
            stack.push({ value: descriptor.value, path: [...path, i], depth: depth + 1, put: (entry) => copy2[i] = entry });
          }
        }
        isFrozen && frozen2.push(copy2), copies.set(value2, copy2), put(copy2);
        continue;
      }
      if (keys.length > OVERLAY_LIMITS.maxEntries) {
        issues.push(issue(path, "overlay-too-large", `an object with ${keys.length} keys; at most ${OVERLAY_LIMITS.maxEntries} are allowed`));
        continue;
      }
      let copy = {}, jobs = [];
      for (let key of keys) {
        if (typeof key == "symbol") {
          issues.push(issue(path, "not-plain-data", "not plain data: a symbol-keyed property"));
          continue;
        }
        if (!budget([...path, key.slice(0, 100)], key.length)) continue;
        let descriptor = Reflect.getOwnPropertyDescriptor(value2, key);
        if (!(descriptor === void 0 || descriptor.enumerable !== !0)) {
          if (!("value" in descriptor)) {
            issues.push(issue([...path, key], "not-plain-data", "not plain data: an accessor (getter or setter) instead of a value"));
            continue;
          }
          Object.defineProperty(copy, key, { value: void 0, enumerable: !0, writable: !0, configurable: !0 }), jobs.push({ value: descriptor.value, path: [...path, key], depth: depth + 1, put: (entry) => copy[key] = entry });
        }
      }
      for (let i = jobs.length - 1; i >= 0; i--) stack.push(jobs[i]);
      isFrozen && frozen2.push(copy), copies.set(value2, copy), put(copy);
    } catch (error) {
      issues.push(issue(path, "not-plain-data", `not plain data: reading it threw (${describeError(error).slice(0, 200)}); a Proxy or a throwing getter?`));
    }
  }
  if (issues.length > 0) return { ok: !1, issues };
  for (let copy of frozen2) Object.freeze(copy);
  return { ok: !0, value: result, copyOf: (original) => typeof original == "object" && original !== null ? copies.get(original) : void 0 };
}

// ../../tmp/infosec-baseline-UtWtyv/src/overlay/extend-policy.ts
var SEMVER_CORE = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/, OverlayShellSchema = OverlaySchema.extend({ controls: z19.array(z19.unknown()).max(500).optional() });
function isDefinedControl(value2) {
  if (typeof value2 != "object" || value2 === null || !Object.isFrozen(value2)) return !1;
  let candidate = value2;
  return typeof candidate.id == "string" && typeof candidate.checks == "object" && candidate.checks !== null && Object.values(candidate.checks).some((check) => typeof check == "function") && Array.isArray(candidate.verdicts);
}
var isFunction = z19.custom((value2) => typeof value2 == "function", "must be a function"), DefinedControlShapeSchema = z19.object({
  // Kebab-case like a rule's id: an id is printed in reports, Markdown code spans and OSCAL tokens.
  id: OverlayIdSchema,
  title: LocalizedTextSchema,
  clause: z19.string().max(20),
  provenance: ProvenanceSchema,
  category: z19.string().max(100),
  threats: z19.array(z19.string().max(20)).max(32),
  requirement: LocalizedTextSchema,
  remediation: LocalizedTextSchema,
  admitsException: z19.boolean(),
  gate: z19.boolean(),
  parameters: z19.record(
    z19.string().max(64),
    z19.object({ default: z19.number(), stricter: z19.enum(["lower", "higher"]), unit: z19.string(), description: LocalizedTextSchema, min: z19.number(), max: z19.number() }).loose()
  ),
  facts: z19.record(z19.string(), z19.array(z19.string())),
  verdicts: z19.array(z19.object({}).loose()),
  checks: z19.record(z19.string(), isFunction)
}).loose();
function isReservedName(name) {
  return name in Object.prototype;
}
function describeControl(control) {
  return `${control.provenance} control ${JSON.stringify(control.id)} (clause ${control.clause})`;
}
var Issues = class {
  list = [];
  add(path, code2, message, control) {
    let issue2 = control === void 0 ? { path: [...path], at: formatPath(path), code: code2, message } : { path: [...path], at: formatPath(path), code: code2, message, control };
    this.list.push(issue2);
  }
};
function checkBase(base, issues) {
  try {
    return checkBaseShape(base, issues);
  } catch (error) {
    return issues.add([], "invalid-base", `the base is not a policy value: reading it threw (${error instanceof Error ? error.message : "an error"}); use \`policy\`, one of \`policies\`, or \`getPolicy(version)\``), !1;
  }
}
function isRecord(value2) {
  return typeof value2 == "object" && value2 !== null;
}
function checkBaseShape(base, issues) {
  let candidate = base;
  return typeof candidate != "object" || candidate === null || !Object.isFrozen(candidate) || typeof candidate.id != "string" || typeof candidate.version != "string" || !Array.isArray(candidate.controls) || !Array.isArray(candidate.clauses) || typeof candidate.parameters != "object" || candidate.parameters === null || !candidate.controls.every((control) => isRecord(control) && typeof control.id == "string" && typeof control.clause == "string" && typeof control.provenance == "string" && isRecord(control.parameters)) || !candidate.clauses.every((clause) => isRecord(clause) && typeof clause.ref == "string") || !Object.values(candidate.parameters).every(isRecord) || !(candidate.overlays === void 0 || Array.isArray(candidate.overlays)) ? (issues.add([], "invalid-base", "the base is not a policy value (use `policy`, one of `policies`, or `getPolicy(version)`)"), !1) : (candidate.overlays?.length ?? 0) > 0 ? (issues.add(
    [],
    "base-already-extended",
    `the base ${candidate.id}@${candidate.version} already includes an overlay; apply one overlay to a shipped policy (merge your standards into one overlay)`
  ), !1) : SEMVER_CORE.test(candidate.version) ? !0 : (issues.add([], "invalid-base", `the base version ${JSON.stringify(candidate.version)} is not a semver version without build metadata`), !1);
}
function checkRule(rule, path, issues) {
  let kind = rule.appliesTo, fields = ruleFields().get(kind);
  if (fields === void 0) return;
  let protective = PROTECTIVE_FACTS[kind], known = () => [...fields.keys()].join(", ");
  rule.provenance !== void 0 && rule.provenance !== "organization" && issues.add(
    [...path, "provenance"],
    "organization-provenance-only",
    `control ${JSON.stringify(rule.id)} claims provenance ${JSON.stringify(rule.provenance)}: an overlay adds only the organisation's own controls, whose provenance is "organization" (never present the organisation's standard as the basic policy's or the guideline's)`,
    rule.id
  );
  for (let [field, values] of Object.entries(rule.when ?? {})) {
    let at = [...path, "when", field], spec = fields.get(field);
    if (spec === void 0) {
      issues.add(at, "unknown-field", `control ${JSON.stringify(rule.id)}: subject kind "${kind}" has no field ${JSON.stringify(field)} a rule can read; its fields are: ${known()}`, rule.id);
      continue;
    }
    values.forEach((value2, i) => {
      spec.accepts(value2) || issues.add([...at, i], "invalid-field-value", `control ${JSON.stringify(rule.id)}: ${JSON.stringify(value2)} is not a value of "${kind}".${field} (${spec.describe})`, rule.id);
    }), protective.includes(field) && values.includes(!0) && issues.add(
      at,
      "rule-not-monotone",
      values.includes(!1) ? `control ${JSON.stringify(rule.id)} applies whenever ${field} is stated, true or false: unstated it is manual, and once the safeguard or approval is taken its requirement may fail, so taking it could make an outcome worse (DESIGN.md invariant 4); a condition on ${field} may only be [false]` : `control ${JSON.stringify(rule.id)} applies only when ${field} is true: then taking that safeguard or approval could make an outcome worse (DESIGN.md invariant 4); a condition on ${field} may only be [false]`,
      rule.id
    );
  }
  let requirement = rule.require, requirementPath = [...path, "require"];
  if (requirement.check === "fields") {
    let entries = Object.entries(requirement.fields);
    entries.length === 0 && issues.add([...requirementPath, "fields"], "empty-requirement", `control ${JSON.stringify(rule.id)} requires no field; name at least one`, rule.id);
    for (let [field, value2] of entries) {
      let at = [...requirementPath, "fields", field], spec = fields.get(field);
      spec === void 0 ? issues.add(at, "unknown-field", `control ${JSON.stringify(rule.id)}: subject kind "${kind}" has no field ${JSON.stringify(field)} a rule can read; its fields are: ${known()}`, rule.id) : spec.accepts(value2) ? protective.includes(field) && value2 === !1 && issues.add(
        at,
        "rule-not-monotone",
        `control ${JSON.stringify(rule.id)} requires ${field} to be false: a subject would fail for taking that safeguard or approval (DESIGN.md invariant 4)`,
        rule.id
      ) : issues.add(at, "invalid-field-value", `control ${JSON.stringify(rule.id)}: ${JSON.stringify(value2)} is not a value of "${kind}".${field} (${spec.describe})`, rule.id);
    }
  } else requirement.check === "safeguards" && !kindHasField(kind, "safeguards") ? issues.add([...requirementPath, "check"], "requirement-not-applicable", `control ${JSON.stringify(rule.id)}: a "safeguards" requirement needs a subject with safeguards (asset), not "${kind}"`, rule.id) : requirement.check === "factor-kinds" && !kindHasField(kind, "factors") && issues.add([...requirementPath, "check"], "requirement-not-applicable", `control ${JSON.stringify(rule.id)}: a "factor-kinds" requirement needs a subject with factors (sign-in), not "${kind}"`, rule.id);
}
function checkDefinedControl(control, path, issues) {
  let shape = DefinedControlShapeSchema.safeParse(control);
  if (!shape.success) {
    for (let problem of issuesFromZod(shape.error, path))
      issues.add(problem.path, "invalid-control", `control ${JSON.stringify(control.id)} made in code: ${problem.message}`, control.id);
    return !1;
  }
  control.provenance !== "organization" && issues.add(
    [...path, "provenance"],
    "organization-provenance-only",
    `control ${JSON.stringify(control.id)} has provenance ${JSON.stringify(control.provenance)}: an overlay adds only controls with provenance "organization"`,
    control.id
  ), control.gate && issues.add(
    [...path, "gate"],
    "gate-not-allowed",
    `control ${JSON.stringify(control.id)} is a scope gate: its "not-applicable" would hide every other finding, so an overlay cannot add one`,
    control.id
  );
  for (let [name, spec] of Object.entries(control.parameters))
    spec.min <= spec.default && spec.default <= spec.max || issues.add([...path, "parameters", name], "invalid-control", `control ${JSON.stringify(control.id)}: parameter ${name} has default ${spec.default} outside [${spec.min}, ${spec.max}]`, control.id);
  return !0;
}
function isLooser(spec, base, value2) {
  return spec.stricter === "lower" ? value2 > base : value2 < base;
}
function checkParameters(parameters2, controls, baseParameters, issues) {
  for (let [id2, values] of Object.entries(parameters2)) {
    let control = controls.get(id2);
    if (control === void 0) {
      issues.add(["parameters", id2], "unknown-control", `no control ${JSON.stringify(id2)} in the base policy or the overlay, so it has no parameters to tighten`, id2);
      continue;
    }
    for (let [name, value2] of Object.entries(values)) {
      let at = ["parameters", id2, name];
      if (isReservedName(name)) {
        issues.add(at, "reserved-name", `control ${JSON.stringify(id2)}: ${JSON.stringify(name)} is a member of every JavaScript object (Object.prototype), never a parameter name`, id2);
        continue;
      }
      if (control.provenance === "basic-policy") {
        issues.add(at, "change-basic-policy-parameter", `${describeControl(control)}: its parameters are fixed by the basic policy and an overlay cannot change them (asked to set ${name} to ${value2})`, id2);
        continue;
      }
      let spec = Object.hasOwn(control.parameters, name) ? control.parameters[name] : void 0;
      if (spec === void 0) {
        let known = Object.keys(control.parameters);
        issues.add(at, "unknown-parameter", `control ${JSON.stringify(id2)} has no parameter ${JSON.stringify(name)}; ${known.length === 0 ? "it has none" : `its parameters are: ${known.join(", ")}`}`, id2);
        continue;
      }
      if (value2 < spec.min || value2 > spec.max) {
        issues.add(at, "parameter-out-of-range", `control ${JSON.stringify(id2)} parameter ${name}: ${value2} is outside [${spec.min}, ${spec.max}] ${spec.unit}`, id2);
        continue;
      }
      let baseValues = Object.hasOwn(baseParameters, id2) ? baseParameters[id2] : void 0, base = baseValues !== void 0 && Object.hasOwn(baseValues, name) ? baseValues[name] : spec.default;
      isLooser(spec, base, value2) && issues.add(
        at,
        "loosen-parameter",
        `${describeControl(control)} parameter ${name}: overlay value ${value2} is looser than the base value ${base} (${spec.unit}; ${spec.stricter} is stricter), so it would weaken the policy; use a value ${spec.stricter === "lower" ? "at most" : "at least"} ${base}`,
        id2
      );
    }
  }
}
var CHANGE_FIELDS = ["admitsException", "provenance", "clause", "category", "threats", "title", "requirement", "remediation", "gate"];
function checkChanges(changes, baseControls, ownIds, issues) {
  for (let [id2, change2] of Object.entries(changes)) {
    let control = baseControls.get(id2);
    if (control === void 0) {
      issues.add(
        ["changes", id2],
        "unknown-control",
        ownIds.has(id2) ? `control ${JSON.stringify(id2)} is the overlay's own: define it as it should be under "controls" instead of changing it` : `no control ${JSON.stringify(id2)} in the base policy to change`,
        id2
      );
      continue;
    }
    for (let field of CHANGE_FIELDS) {
      let value2 = change2[field];
      if (value2 === void 0) continue;
      let at = ["changes", id2, field], shown3 = JSON.stringify(value2);
      control.provenance === "basic-policy" ? issues.add(at, "change-basic-policy-control", `${describeControl(control)}: an overlay cannot change a basic-policy control at all (asked to set ${field} to ${shown3})`, id2) : field === "admitsException" ? value2 === !0 && !control.admitsException && issues.add(at, "admit-exception", `${describeControl(control)} does not admit exceptions; letting it admit them would loosen it`, id2) : field === "provenance" ? issues.add(at, "relabel-control", `${describeControl(control)}: an overlay cannot relabel its provenance as ${shown3} (to adopt a stricter rule, add an "organization" control)`, id2) : issues.add(at, "change-control", `${describeControl(control)}: an overlay cannot change its ${field} (asked: ${shown3}); it can only withdraw its exception admission or tighten its parameters`, id2);
    }
  }
}
function checkIntents(overlay, baseControls, issues) {
  let name = (id2) => {
    let control = baseControls.get(id2);
    return control === void 0 ? `control ${JSON.stringify(id2)} (not in the base policy)` : describeControl(control);
  };
  overlay.remove?.forEach((id2, i) => {
    issues.add(["remove", i], "remove-control", `cannot remove ${name(id2)}: an overlay can only add controls and tighten parameters, never remove one`, id2);
  }), overlay.disable?.forEach((id2, i) => {
    issues.add(["disable", i], "disable-control", `cannot disable ${name(id2)}: every control of the base policy keeps running under an overlay`, id2);
  }), overlay.replace?.forEach((entry, i) => {
    issues.add(["replace", i], "replace-control", `cannot replace ${name(entry.id)}: add an "organization" control with a new id next to it instead`, entry.id);
  });
}
function safeExtendPolicy(base, overlay) {
  try {
    return extendChecked(base, overlay);
  } catch (error) {
    let issues = new Issues();
    return issues.add([], "invalid-base", `the overlay could not be checked against the base: ${error instanceof Error ? error.message : "an error"}`), rejected(issues, void 0);
  }
}
function extendChecked(base, input) {
  let issues = new Issues(), baseOk = checkBase(base, issues), snapshot = snapshotOverlay(input);
  if (!snapshot.ok)
    return issues.list.push(...snapshot.issues), rejected(issues, void 0);
  let overlay = snapshot.value, shell = OverlayShellSchema.safeParse(overlay), overlayId = shell.success ? shell.data.id : readableId(overlay);
  shell.success || issues.list.push(...issuesFromZod(shell.error, [], { locale: "en", input: overlay, schema: OverlayShellSchema }));
  let data = shell.success ? shell.data : wellFormedSections(overlay), entries = [], rawControls = typeof overlay == "object" && overlay !== null ? overlay.controls : void 0;
  if (Array.isArray(rawControls) && rawControls.forEach((entry, index2) => {
    if (isDefinedControl(entry)) {
      checkDefinedControl(entry, ["controls", index2], issues) && entries.push({ index: index2, control: entry });
      return;
    }
    let parsed = OrganizationControlRuleSchema.safeParse(entry);
    parsed.success ? entries.push({ index: index2, rule: parsed.data }) : (issues.list.push(...issuesFromZod(parsed.error, ["controls", index2], { locale: "en", input: entry, schema: OrganizationControlRuleSchema })), checkMalformedRule(entry, ["controls", index2], base, issues));
  }), !baseOk) return rejected(issues, overlayId);
  let baseControls = new Map(base.controls.map((control) => [control.id, control])), clauseRefs = new Set(base.clauses.map((clause) => clause.ref)), overlayControls = entries.map((entry) => "rule" in entry ? compileRule(entry.rule) : fromSnapshot(entry.control, snapshot.copyOf)), added = /* @__PURE__ */ new Map();
  entries.forEach((entry, i) => {
    let control = overlayControls[i], path = ["controls", entry.index], id2 = control.id, taken = baseControls.get(id2);
    taken !== void 0 ? issues.add([...path, "id"], "control-id-taken", `control id ${JSON.stringify(id2)} is already the ${describeControl(taken)}: an added control with its id would replace it; give the organisation's control a new id (e.g. "org-${id2}")`, id2) : added.has(id2) ? issues.add([...path, "id"], "duplicate-control-id", `control id ${JSON.stringify(id2)} is used by more than one control of the overlay`, id2) : added.set(id2, control), clauseRefs.has(control.clause) || issues.add([...path, "clause"], "unknown-clause", `control ${JSON.stringify(id2)} cites clause ${JSON.stringify(control.clause)}, which the basic policy does not have`, id2), "rule" in entry && checkRule(entry.rule, path, issues);
  });
  let allControls = new Map([...baseControls, ...added]);
  data.parameters !== void 0 && checkParameters(data.parameters, allControls, base.parameters, issues), data.changes !== void 0 && checkChanges(data.changes, baseControls, new Set(added.keys()), issues), checkIntents(data, baseControls, issues);
  let glossaryIds = /* @__PURE__ */ new Set();
  return data.glossary?.forEach((term, i) => {
    glossaryIds.has(term.id) && issues.add(["glossary", i, "id"], "duplicate-term-id", `term id ${JSON.stringify(term.id)} is defined more than once`), glossaryIds.add(term.id), term.clause !== void 0 && !clauseRefs.has(term.clause) && issues.add(["glossary", i, "clause"], "unknown-clause", `term ${JSON.stringify(term.id)} cites clause ${JSON.stringify(term.clause)}, which the basic policy does not have`);
  }), issues.list.length > 0 || !shell.success ? rejected(issues, overlayId) : { success: !0, data: build(base, shell.data, overlayControls) };
}
function fromSnapshot(control, copyOf) {
  let checks = {};
  for (let [kind, check] of Object.entries(control.checks))
    checks[kind] = (...args) => {
      let verdict2 = check(...args);
      return copyOf(verdict2) ?? verdict2;
    };
  return deepFreeze({ ...control, checks });
}
function build(base, data, overlayControls) {
  let controls = base.controls.map(
    (control) => data.changes?.[control.id]?.admitsException === !1 && control.admitsException ? { ...control, admitsException: !1 } : control
  );
  controls.push(...overlayControls);
  let parameters2 = {};
  for (let [id2, values] of Object.entries(base.parameters)) parameters2[id2] = { ...values };
  for (let control of overlayControls) {
    let values = {};
    for (let [name, spec] of Object.entries(control.parameters)) values[name] = spec.default;
    parameters2[control.id] = values;
  }
  for (let [id2, values] of Object.entries(data.parameters ?? {})) parameters2[id2] = { ...parameters2[id2], ...values };
  let glossary2 = (data.glossary ?? []).map(
    (term) => term.clause === void 0 ? { id: term.id, term: term.term, definition: term.definition } : { id: term.id, term: term.term, definition: term.definition, clause: term.clause }
  ), applied = data.effectiveDate === void 0 ? { id: data.id, version: data.version, name: data.name, glossary: glossary2 } : { id: data.id, version: data.version, name: data.name, effectiveDate: data.effectiveDate, glossary: glossary2 }, effectiveDate = data.effectiveDate !== void 0 && data.effectiveDate > base.effectiveDate ? data.effectiveDate : base.effectiveDate, extended = {
    ...base,
    id: `${base.id}+${data.id}`,
    version: `${base.version}+${data.version}`,
    effectiveDate,
    controls,
    parameters: parameters2,
    overlays: [...base.overlays, applied]
  };
  return deepFreeze(extended);
}
function wellFormedSections(overlay) {
  if (typeof overlay != "object" || overlay === null || Array.isArray(overlay)) return {};
  let sections = {};
  for (let [key, schema] of Object.entries(OverlaySchema.shape)) {
    if (key === "controls" || !Object.hasOwn(overlay, key)) continue;
    let parsed = schema.safeParse(overlay[key]);
    parsed.success && parsed.data !== void 0 && (sections[key] = parsed.data);
  }
  return sections;
}
function checkMalformedRule(entry, path, base, issues) {
  if (typeof entry != "object" || entry === null || typeof base != "object" || base === null || !Array.isArray(base.controls)) return;
  let { id: id2, provenance } = entry;
  if (typeof id2 != "string") return;
  let taken = base.controls.find((control) => control.id === id2);
  taken !== void 0 && issues.add([...path, "id"], "control-id-taken", `control id ${JSON.stringify(id2)} is already the ${describeControl(taken)}: an added control with its id would replace it; give the organisation's control a new id`, id2), typeof provenance == "string" && provenance !== "organization" && issues.add(
    [...path, "provenance"],
    "organization-provenance-only",
    `control ${JSON.stringify(id2)} claims provenance ${JSON.stringify(provenance)}: an overlay adds only the organisation's own controls, whose provenance is "organization"`,
    id2
  );
}
function readableId(overlay) {
  if (typeof overlay != "object" || overlay === null) return;
  let id2 = overlay.id;
  return typeof id2 == "string" && id2.length <= 100 ? id2 : void 0;
}
function rejected(issues, overlayId) {
  return { success: !1, error: new OverlayRejectedError(issues.list, overlayId) };
}
function extendPolicy(base, overlay) {
  let result = safeExtendPolicy(base, overlay);
  if (!result.success) throw result.error;
  return result.data;
}

// ../../tmp/infosec-baseline-UtWtyv/src/decision/outcome.ts
var STATUS_SEVERITY = Object.freeze({
  "not-applicable": 0,
  pass: 1,
  manual: 2,
  fail: 3
}), OUTCOME_BY_SEVERITY = Object.freeze(["not-applicable", "compliant", "needs-review", "non-compliant"]);
function outcomeOf(statuses) {
  let worst = 0;
  for (let status of statuses) worst = Math.max(worst, STATUS_SEVERITY[status]);
  return OUTCOME_BY_SEVERITY[worst];
}

// ../../tmp/infosec-baseline-UtWtyv/src/engine/compile-policy.ts
function resolveMessage(verdict2, parameters2) {
  return typeof verdict2.message == "function" ? verdict2.message(parameters2) : verdict2.message;
}
function buildFinding(control, status, message, locale) {
  let base = {
    control: control.id,
    title: control.title,
    status,
    clause: control.clause,
    provenance: control.provenance,
    category: control.category,
    message,
    reason: message[locale],
    threats: control.threats
  };
  return deepFreeze(status === "fail" || status === "manual" ? { ...base, remediation: control.remediation } : base);
}
function compilePolicy(policy2, locale) {
  let steps = {};
  for (let kind of SUBJECT_KIND_LIST) steps[kind] = [];
  for (let control of policy2.controls) {
    let parameters2 = policy2.parameters[control.id] ?? {}, verdicts = /* @__PURE__ */ new Map();
    for (let verdict2 of control.verdicts)
      verdicts.set(
        verdict2,
        Object.freeze({
          finding: buildFinding(control, verdict2.status, resolveMessage(verdict2, parameters2), locale),
          severity: STATUS_SEVERITY[verdict2.status],
          stopsAtGate: control.gate && verdict2.status === "not-applicable",
          isFail: verdict2.status === "fail"
        })
      );
    let exceptionPass = control.admitsException ? buildFinding(control, "pass", control.requirement, locale) : void 0;
    for (let kind of SUBJECT_KIND_LIST) {
      let check = control.checks[kind];
      check !== void 0 && steps[kind].push({ controlId: control.id, check, parameters: parameters2, verdicts, admitsException: control.admitsException, exceptionPass });
    }
  }
  return deepFreeze({ ref: { id: policy2.id, version: policy2.version }, locale, controlIds: policy2.controls.map((control) => control.id), steps });
}

// ../../tmp/infosec-baseline-UtWtyv/src/classification/classification-levels.ts
var CLASSIFICATION_LEVELS = deepFreeze({
  confidentiality: [1, 2, 3],
  integrity: [1, 2],
  availability: [1, 2]
}), LOWEST_CLASSIFICATION = deepFreeze({
  confidentiality: 1,
  integrity: 1,
  availability: 1
}), HIGHEST_CLASSIFICATION = deepFreeze({
  confidentiality: 3,
  integrity: 2,
  availability: 2
}), ALL_CLASSIFICATIONS = deepFreeze(
  CLASSIFICATION_LEVELS.confidentiality.flatMap(
    (confidentiality) => CLASSIFICATION_LEVELS.integrity.flatMap(
      (integrity) => CLASSIFICATION_LEVELS.availability.map(
        (availability) => ({ confidentiality, integrity, availability })
      )
    )
  )
);

// ../../tmp/infosec-baseline-UtWtyv/src/engine/guard-fast.ts
var NO = /* @__PURE__ */ Symbol("no"), ZONES = new Set(ZONE_VALUES), CHANNELS = new Set(TRANSFER_CHANNEL_VALUES), PERSONS = new Set(PERSON_CATEGORY_VALUES), CATEGORIES = new Set(ASSET_CATEGORY_VALUES), LOCATIONS = new Set(ASSET_LOCATION_VALUES), FACTORS = new Set(FACTOR_KIND_VALUES), SAFEGUARDS = new Set(SAFEGUARD_VALUES), ROLES = new Set(APPROVER_ROLE_VALUES), OPERATIONS = new Set(ACCESS_OPERATION_VALUES), ACTIONS = new Set(SOFTWARE_ACTION_VALUES), CONFIDENTIALITY = CLASSIFICATION_LEVELS.confidentiality, INTEGRITY = CLASSIFICATION_LEVELS.integrity, AVAILABILITY = CLASSIFICATION_LEVELS.availability;
function own(input, key, value2) {
  return value2 === void 0 || Object.hasOwn(input, key) ? value2 : void 0;
}
function isPlain(value2) {
  if (typeof value2 != "object" || value2 === null || Array.isArray(value2)) return !1;
  let prototype = Object.getPrototypeOf(value2);
  return prototype === Object.prototype || prototype === null;
}
var opt = (value2, check) => value2 === void 0 ? void 0 : check(value2), bool = (value2) => typeof value2 == "boolean" ? value2 : NO, inSet = (set) => (value2) => typeof value2 == "string" && set.has(value2) ? value2 : NO, text = (max) => (value2) => typeof value2 == "string" && value2.length > 0 && value2.length <= max ? value2 : NO, zone = inSet(ZONES), person = inSet(PERSONS), id = text(500);
function list(set, max, itemMax) {
  return (value2) => {
    if (!Array.isArray(value2) || Object.getPrototypeOf(value2) !== Array.prototype) return NO;
    let length = value2.length;
    if (length > max) return NO;
    let copy = new Array(length);
    for (let i = 0; i < length; i++) {
      let item = value2[i];
      if (typeof item != "string" || (set === void 0 ? item.length === 0 || item.length > itemMax : !set.has(item))) return NO;
      copy[i] = item;
    }
    return copy;
  };
}
var factors = list(FACTORS, 16, 0), safeguards = list(SAFEGUARDS, 64, 0), persons = list(PERSONS, 16, 0), controlIds = list(void 0, 100, 100);
function organization(value2) {
  if (isOrganizationId(value2)) return value2;
  if (!isPlain(value2)) return NO;
  let outside = own(value2, "outside", value2.outside);
  return Reflect.ownKeys(value2).length !== 1 || outsideNameProblem(outside) !== void 0 ? NO : { outside };
}
function classification(value2) {
  if (!isPlain(value2)) return NO;
  let confidentiality = own(value2, "confidentiality", value2.confidentiality), integrity = own(value2, "integrity", value2.integrity), availability = own(value2, "availability", value2.availability);
  return !CONFIDENTIALITY.includes(confidentiality) || !INTEGRITY.includes(integrity) || !AVAILABILITY.includes(availability) || Reflect.ownKeys(value2).length !== 3 ? NO : { confidentiality, integrity, availability };
}
var REFERENCE = /^\S(?:.*\S)?$/su, reference = (value2) => typeof value2 == "string" && value2.length <= 200 && REFERENCE.test(value2) ? value2 : NO;
function link(value2) {
  if (!isPlain(value2)) return NO;
  let from = zone(own(value2, "from", value2.from)), to = zone(own(value2, "to", value2.to));
  return from === NO || to === NO || Reflect.ownKeys(value2).length !== 2 ? NO : { from, to };
}
function exception(value2) {
  if (!isPlain(value2)) return NO;
  let ref = reference(own(value2, "reference", value2.reference)), approverRole = inSet(ROLES)(own(value2, "approverRole", value2.approverRole)), approvedBy = opt(own(value2, "approvedBy", value2.approvedBy), text(200)), controlsGiven = own(value2, "controls", value2.controls), controls = controlsGiven === void 0 ? NO : controlIds(controlsGiven), validFrom = opt(own(value2, "validFrom", value2.validFrom), date), validUntilGiven = own(value2, "validUntil", value2.validUntil), validUntil = validUntilGiven === void 0 ? NO : date(validUntilGiven), opened = opt(own(value2, "link", value2.link), link);
  return ref === NO || approverRole === NO || approvedBy === NO || controls === NO || controls.length === 0 || validFrom === NO || validUntil === NO || opened === NO || Reflect.ownKeys(value2).length !== 4 + given2(approvedBy, validFrom, opened) ? NO : { reference: ref, approverRole, approvedBy, controls, validFrom, validUntil, link: opened };
}
function given2(...values) {
  let count = 0;
  for (let i = 0; i < values.length; i++) values[i] !== void 0 && count++;
  return count;
}
function anyNo(...values) {
  for (let i = 0; i < values.length; i++) if (values[i] === NO) return !0;
  return !1;
}
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function date(value2) {
  if (typeof value2 != "string") return NO;
  let match2 = DATE.exec(value2);
  if (match2 === null) return NO;
  let year = Number(match2[1]), month = Number(match2[2]), day = Number(match2[3]), leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0, days = month === 2 ? leap ? 29 : 28 : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days ? value2 : NO;
}
var dateOrNull = (value2) => value2 === null ? null : date(value2), READERS = {
  transfer(s) {
    let v = [
      opt(own(s, "id", s.id), id),
      opt(own(s, "organization", s.organization), organization),
      zone(own(s, "from", s.from)),
      zone(own(s, "to", s.to)),
      opt(own(s, "channel", s.channel), inSet(CHANNELS)),
      opt(own(s, "sanitized", s.sanitized), bool),
      opt(own(s, "encrypted", s.encrypted), bool),
      opt(own(s, "classification", s.classification), classification),
      opt(own(s, "exception", s.exception), exception)
    ];
    if (!(anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given2(...v)))
      return { kind: "transfer", id: v[0], organization: v[1], from: v[2], to: v[3], channel: v[4], sanitized: v[5], encrypted: v[6], classification: v[7], exception: v[8] };
  },
  "carry-out"(s) {
    let v = [
      opt(own(s, "id", s.id), id),
      opt(own(s, "organization", s.organization), organization),
      opt(own(s, "zone", s.zone), zone),
      opt(own(s, "fromTerminal", s.fromTerminal), bool),
      opt(own(s, "classification", s.classification), classification),
      opt(own(s, "approved", s.approved), bool),
      opt(own(s, "encrypted", s.encrypted), bool),
      opt(own(s, "exception", s.exception), exception)
    ];
    if (!(anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given2(...v)))
      return { kind: "carry-out", id: v[0], organization: v[1], zone: v[2], fromTerminal: v[3], classification: v[4], approved: v[5], encrypted: v[6], exception: v[7] };
  },
  "sign-in"(s) {
    let v = [
      opt(own(s, "id", s.id), id),
      opt(own(s, "organization", s.organization), organization),
      zone(own(s, "zone", s.zone)),
      opt(own(s, "factors", s.factors), factors),
      opt(own(s, "person", s.person), person),
      opt(own(s, "exception", s.exception), exception)
    ];
    if (!(anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given2(...v)))
      return { kind: "sign-in", id: v[0], organization: v[1], zone: v[2], factors: v[3], person: v[4], exception: v[5] };
  },
  "software-use"(s) {
    let v = [
      opt(own(s, "id", s.id), id),
      opt(own(s, "organization", s.organization), organization),
      opt(own(s, "software", s.software), text(500)),
      opt(own(s, "action", s.action), inSet(ACTIONS)),
      opt(own(s, "approved", s.approved), bool),
      opt(own(s, "zone", s.zone), zone),
      opt(own(s, "exception", s.exception), exception)
    ];
    if (!(anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given2(...v)))
      return { kind: "software-use", id: v[0], organization: v[1], software: v[2], action: v[3], approved: v[4], zone: v[5], exception: v[6] };
  },
  access(s) {
    let v = [
      opt(own(s, "id", s.id), id),
      opt(own(s, "organization", s.organization), organization),
      person(own(s, "person", s.person)),
      opt(own(s, "operation", s.operation), inSet(OPERATIONS)),
      opt(own(s, "authorized", s.authorized), bool),
      opt(own(s, "trained", s.trained), bool),
      opt(own(s, "classification", s.classification), classification),
      opt(own(s, "zone", s.zone), zone),
      opt(own(s, "exception", s.exception), exception)
    ];
    if (!(anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given2(...v)))
      return { kind: "access", id: v[0], organization: v[1], person: v[2], operation: v[3], authorized: v[4], trained: v[5], classification: v[6], zone: v[7], exception: v[8] };
  },
  outsourcing(s) {
    let v = [
      opt(own(s, "id", s.id), id),
      opt(own(s, "organization", s.organization), organization),
      opt(own(s, "contractor", s.contractor), text(500)),
      opt(own(s, "selectedByCriteria", s.selectedByCriteria), bool),
      opt(own(s, "securityRequirementsInContract", s.securityRequirementsInContract), bool),
      opt(own(s, "measuresConfirmed", s.measuresConfirmed), bool),
      opt(own(s, "classification", s.classification), classification),
      opt(own(s, "exception", s.exception), exception)
    ];
    if (!(anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given2(...v)))
      return { kind: "outsourcing", id: v[0], organization: v[1], contractor: v[2], selectedByCriteria: v[3], securityRequirementsInContract: v[4], measuresConfirmed: v[5], classification: v[6], exception: v[7] };
  },
  "cloud-use"(s) {
    let v = [
      opt(own(s, "id", s.id), id),
      opt(own(s, "organization", s.organization), organization),
      opt(own(s, "service", s.service), text(500)),
      opt(own(s, "usageRulesInPlace", s.usageRulesInPlace), bool),
      opt(own(s, "measuresTaken", s.measuresTaken), bool),
      opt(own(s, "exception", s.exception), exception)
    ];
    if (!(anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given2(...v)))
      return { kind: "cloud-use", id: v[0], organization: v[1], service: v[2], usageRulesInPlace: v[3], measuresTaken: v[4], exception: v[5] };
  },
  asset(s) {
    let organizationRef = own(s, "organization", s.organization), category = inSet(CATEGORIES)(own(s, "category", s.category)), v = [
      opt(own(s, "id", s.id), id),
      opt(own(s, "name", s.name), text(500)),
      organizationRef === void 0 ? NO : organization(organizationRef),
      category,
      opt(own(s, "zone", s.zone), zone),
      opt(own(s, "classification", s.classification), classification),
      opt(own(s, "safeguards", s.safeguards), safeguards),
      opt(own(s, "exception", s.exception), exception),
      opt(own(s, "location", s.location), inSet(LOCATIONS))
    ];
    if (!(anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given2(...v)))
      return { kind: "asset", id: v[0], name: v[1], organization: v[2], location: v[8], category: v[3], zone: v[4], classification: v[5], safeguards: v[6], exception: v[7] };
  },
  organization(s) {
    let organizationRef = own(s, "organization", s.organization), flag = (key) => opt(own(s, key, s[key]), bool), when = (key) => opt(own(s, key, s[key]), dateOrNull), v = [
      opt(own(s, "id", s.id), id),
      organizationRef === void 0 ? NO : organization(organizationRef),
      opt(own(s, "asOf", s.asOf), date),
      flag("securityOrganizationEstablished"),
      opt(own(s, "staffCategoriesBound", s.staffCategoriesBound), persons),
      flag("staffRulesDefined"),
      when("lastTraining"),
      flag("monitoringInPlace"),
      flag("incidentResponseReady"),
      flag("secureDevelopmentInPlace"),
      flag("continuityPlanInPlace"),
      when("lastAudit"),
      when("lastSelfInspection"),
      flag("reviewNeeded"),
      flag("reviewed"),
      flag("riskAnalyzed"),
      flag("standardsInPlace"),
      flag("proceduresInPlace")
    ];
    if (!(anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given2(...v)))
      return {
        kind: "organization",
        id: v[0],
        organization: v[1],
        asOf: v[2],
        securityOrganizationEstablished: v[3],
        staffCategoriesBound: v[4],
        staffRulesDefined: v[5],
        lastTraining: v[6],
        monitoringInPlace: v[7],
        incidentResponseReady: v[8],
        secureDevelopmentInPlace: v[9],
        continuityPlanInPlace: v[10],
        lastAudit: v[11],
        lastSelfInspection: v[12],
        reviewNeeded: v[13],
        reviewed: v[14],
        riskAnalyzed: v[15],
        standardsInPlace: v[16],
        proceduresInPlace: v[17]
      };
  }
}, BY_KIND = new Map(Object.entries(READERS));
function fastGuard(input) {
  if (!isPlain(input)) return;
  let reader = BY_KIND.get(own(input, "kind", input.kind));
  return reader === void 0 ? void 0 : reader(input);
}

// ../../tmp/infosec-baseline-UtWtyv/src/engine/invalid-subject-error.ts
var InvalidSubjectError = class extends Error {
  /** Every problem found, frozen. */
  issues;
  /**
   * @param issues - Every problem found.
   * @param what - What was checked, for the message, e.g. `"subject"`.
   */
  constructor(issues, what = "subject") {
    super(`invalid ${what}: ${issues.map((issue2) => `${issue2.at}: ${issue2.message}`).join("; ")}`), this.name = "InvalidSubjectError", this.issues = Object.freeze(issues.map((issue2) => Object.freeze({ ...issue2, path: Object.freeze([...issue2.path]) })));
  }
};
function pathText(path) {
  if (path.length === 0) return "(root)";
  let text3 = "";
  for (let key of path) text3 += typeof key == "number" ? `[${key}]` : text3 === "" ? key : `.${key}`;
  return text3;
}

// ../../tmp/infosec-baseline-UtWtyv/src/engine/guard-subject.ts
var shown2 = (values) => values.map((value2) => JSON.stringify(value2)).join(", "), enumOf = (values) => Object.freeze({ t: "enum", values: new Set(values), shown: shown2(values) }), listOf2 = (values, max) => Object.freeze({ t: "list", values: new Set(values), shown: shown2(values), max }), KIND = { t: "kind" }, BOOL = { t: "bool" }, ZONE = enumOf(ZONE_VALUES), CLASSIFICATION = { t: "classification" }, ORGANIZATION = { t: "organization" }, EXCEPTION = { t: "exception" }, DATE2 = { t: "date", nullable: !1 }, DATE_OR_NULL = { t: "date", nullable: !0 }, text2 = (max) => ({ t: "text", max }), APPROVER_ROLE = enumOf(APPROVER_ROLE_VALUES), req = (rule) => ({ rule, required: !0 }), opt2 = (rule) => ({ rule, required: !1 }), ID = opt2(text2(500)), SPECS = {
  transfer: {
    kind: req(KIND),
    id: ID,
    organization: opt2(ORGANIZATION),
    from: req(ZONE),
    to: req(ZONE),
    channel: opt2(enumOf(TRANSFER_CHANNEL_VALUES)),
    sanitized: opt2(BOOL),
    encrypted: opt2(BOOL),
    classification: opt2(CLASSIFICATION),
    exception: opt2(EXCEPTION)
  },
  "carry-out": {
    kind: req(KIND),
    id: ID,
    organization: opt2(ORGANIZATION),
    zone: opt2(ZONE),
    fromTerminal: opt2(BOOL),
    classification: opt2(CLASSIFICATION),
    approved: opt2(BOOL),
    encrypted: opt2(BOOL),
    exception: opt2(EXCEPTION)
  },
  "sign-in": {
    kind: req(KIND),
    id: ID,
    organization: opt2(ORGANIZATION),
    zone: req(ZONE),
    factors: opt2(listOf2(FACTOR_KIND_VALUES, 16)),
    person: opt2(enumOf(PERSON_CATEGORY_VALUES)),
    exception: opt2(EXCEPTION)
  },
  "software-use": {
    kind: req(KIND),
    id: ID,
    organization: opt2(ORGANIZATION),
    software: opt2(text2(500)),
    action: opt2(enumOf(SOFTWARE_ACTION_VALUES)),
    approved: opt2(BOOL),
    zone: opt2(ZONE),
    exception: opt2(EXCEPTION)
  },
  access: {
    kind: req(KIND),
    id: ID,
    organization: opt2(ORGANIZATION),
    person: req(enumOf(PERSON_CATEGORY_VALUES)),
    operation: opt2(enumOf(ACCESS_OPERATION_VALUES)),
    authorized: opt2(BOOL),
    trained: opt2(BOOL),
    classification: opt2(CLASSIFICATION),
    zone: opt2(ZONE),
    exception: opt2(EXCEPTION)
  },
  outsourcing: {
    kind: req(KIND),
    id: ID,
    organization: opt2(ORGANIZATION),
    contractor: opt2(text2(500)),
    selectedByCriteria: opt2(BOOL),
    securityRequirementsInContract: opt2(BOOL),
    measuresConfirmed: opt2(BOOL),
    classification: opt2(CLASSIFICATION),
    exception: opt2(EXCEPTION)
  },
  "cloud-use": {
    kind: req(KIND),
    id: ID,
    organization: opt2(ORGANIZATION),
    service: opt2(text2(500)),
    usageRulesInPlace: opt2(BOOL),
    measuresTaken: opt2(BOOL),
    exception: opt2(EXCEPTION)
  },
  asset: {
    kind: req(KIND),
    id: ID,
    name: opt2(text2(500)),
    organization: req(ORGANIZATION),
    location: opt2(enumOf(ASSET_LOCATION_VALUES)),
    category: req(enumOf(ASSET_CATEGORY_VALUES)),
    zone: opt2(ZONE),
    classification: opt2(CLASSIFICATION),
    safeguards: opt2(listOf2(SAFEGUARD_VALUES, 64)),
    exception: opt2(EXCEPTION)
  },
  organization: {
    kind: req(KIND),
    id: ID,
    organization: req(ORGANIZATION),
    asOf: opt2(DATE2),
    securityOrganizationEstablished: opt2(BOOL),
    staffCategoriesBound: opt2(listOf2(PERSON_CATEGORY_VALUES, 16)),
    staffRulesDefined: opt2(BOOL),
    lastTraining: opt2(DATE_OR_NULL),
    monitoringInPlace: opt2(BOOL),
    incidentResponseReady: opt2(BOOL),
    secureDevelopmentInPlace: opt2(BOOL),
    continuityPlanInPlace: opt2(BOOL),
    lastAudit: opt2(DATE_OR_NULL),
    lastSelfInspection: opt2(DATE_OR_NULL),
    reviewNeeded: opt2(BOOL),
    reviewed: opt2(BOOL),
    riskAnalyzed: opt2(BOOL),
    standardsInPlace: opt2(BOOL),
    proceduresInPlace: opt2(BOOL)
  }
};
function table2(spec) {
  let names = Object.keys(spec);
  return { names, fields: names.map((name) => spec[name]), index: new Map(names.map((name, i) => [name, i])) };
}
var FIELDS = new Map(SUBJECT_KIND_LIST.map((kind) => [kind, table2(SPECS[kind])])), KINDS_SHOWN = shown2(SUBJECT_KIND_LIST), WHOSE = new Map(SUBJECT_KIND_LIST.map((kind) => [kind, `a subject of kind ${JSON.stringify(kind)}`])), EXCEPTION_FIELDS = table2({
  reference: req({ t: "reference" }),
  approverRole: req(APPROVER_ROLE),
  approvedBy: opt2(text2(200)),
  controls: req({ t: "controls" }),
  validFrom: opt2(DATE2),
  validUntil: req(DATE2),
  link: opt2({ t: "link" })
}), LINK_FIELDS = table2({ from: req(ZONE), to: req(ZONE) }), REFERENCE_PATTERN = /^\S(?:.*\S)?$/su, Problems = class {
  list = [];
  add(path, code2, message) {
    this.list.push({ path, at: pathText(path), message, code: code2 });
  }
};
function describe(value2) {
  return value2 === null ? "null" : Array.isArray(value2) ? "an array" : typeof value2 == "object" ? "an object" : typeof value2 == "string" ? `the string ${quote3(value2)}` : `${typeof value2} ${String(value2)}`;
}
function quote3(value2) {
  let cut = value2.length > 60 ? `${value2.slice(0, 60)}\u2026` : value2;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function ownData(value2, path, problems, what) {
  if (typeof value2 != "object" || value2 === null || Array.isArray(value2)) {
    problems.add(path, "invalid_type", `expected ${what}, not ${describe(value2)}`);
    return;
  }
  let prototype = Object.getPrototypeOf(value2);
  if (prototype !== Object.prototype && prototype !== null) {
    problems.add(path, "not_plain_data", `expected ${what} as a plain object (JSON data), not an instance of another class`);
    return;
  }
  let copy = /* @__PURE__ */ Object.create(null), plain = !0;
  for (let key of Reflect.ownKeys(value2)) {
    if (typeof key == "symbol") {
      problems.add(path, "not_plain_data", `a symbol-keyed property ${String(key)} is not data`), plain = !1;
      continue;
    }
    let descriptor = Reflect.getOwnPropertyDescriptor(value2, key);
    if (descriptor !== void 0) {
      if (!("value" in descriptor)) {
        problems.add([...path, key], "not_plain_data", "an accessor (getter or setter) is not data: give the value itself"), plain = !1;
        continue;
      }
      if (descriptor.enumerable !== !0) {
        problems.add([...path, key], "not_plain_data", "a non-enumerable property is not data"), plain = !1;
        continue;
      }
      copy[key] = descriptor.value;
    }
  }
  return plain ? copy : void 0;
}
function ownElements(value2, path, problems, max, what) {
  if (!Array.isArray(value2)) {
    problems.add(path, "invalid_type", `expected a list of ${what}, not ${describe(value2)}`);
    return;
  }
  if (Object.getPrototypeOf(value2) !== Array.prototype) {
    problems.add(path, "not_plain_data", "expected a plain array (JSON data)");
    return;
  }
  let length = Reflect.getOwnPropertyDescriptor(value2, "length")?.value;
  if (typeof length != "number") {
    problems.add(path, "not_plain_data", "expected a plain array (JSON data)");
    return;
  }
  if (length > max) {
    problems.add(path, "too_big", `at most ${max} entries, not ${length}`);
    return;
  }
  let elements = [];
  for (let i = 0; i < length; i++) {
    let descriptor = Reflect.getOwnPropertyDescriptor(value2, i);
    if (descriptor === void 0 || !("value" in descriptor)) {
      problems.add([...path, i], "not_plain_data", descriptor === void 0 ? "a hole in the list" : "an accessor is not data");
      return;
    }
    elements.push(descriptor.value);
  }
  return elements;
}
function codePoints(text3) {
  let count = 0;
  for (let i = 0; i < text3.length; i++) {
    let unit = text3.charCodeAt(i);
    if (unit >= 55296 && unit <= 56319 && i + 1 < text3.length) {
      let next = text3.charCodeAt(i + 1);
      next >= 56320 && next <= 57343 && i++;
    }
    count++;
  }
  return count;
}
function checkText(value2, path, problems, max) {
  return typeof value2 != "string" ? (problems.add(path, "invalid_type", `expected a string, not ${describe(value2)}`), !1) : value2.length === 0 ? (problems.add(path, "too_small", "must not be empty"), !1) : value2.length > max && codePoints(value2) > max ? (problems.add(path, "too_big", `at most ${max} characters`), !1) : !0;
}
var DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(value2) {
  if (typeof value2 != "string") return !1;
  let match2 = DATE_PATTERN.exec(value2);
  if (match2 === null) return !1;
  let year = Number(match2[1]), month = Number(match2[2]), day = Number(match2[3]);
  if (month < 1 || month > 12 || day < 1) return !1;
  let leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  return day <= (month === 2 ? leap ? 29 : 28 : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}
var CLASSIFICATION_FIELDS = table2({
  confidentiality: req({ t: "level", dimension: "confidentiality" }),
  integrity: req({ t: "level", dimension: "integrity" }),
  availability: req({ t: "level", dimension: "availability" })
});
function checkOrganization(value2, path, problems) {
  if (typeof value2 == "string") {
    let problem2 = organizationRefProblem(value2);
    if (problem2 === void 0) return value2;
    problems.add(path, "invalid_organization", problem2);
    return;
  }
  let data = ownData(value2, path, problems, 'an organisation id of 5(1) or { "outside": "<name>" }');
  if (data === void 0) return;
  let problem = organizationRefProblem(data);
  if (problem === void 0) return data;
  problems.add(path, "invalid_organization", problem);
}
function checkObject(value2, fields, path, problems, whose) {
  if (typeof value2 != "object" || value2 === null || Array.isArray(value2)) {
    problems.add(path, "invalid_type", `expected ${whose}, not ${describe(value2)}`);
    return;
  }
  let prototype = Object.getPrototypeOf(value2);
  if (prototype !== Object.prototype && prototype !== null) {
    problems.add(path, "not_plain_data", `expected ${whose} as a plain object (JSON data), not an instance of another class`);
    return;
  }
  let values = new Array(fields.names.length).fill(void 0), before = problems.list.length, keys = Object.keys(value2);
  for (let k = 0; k < keys.length; k++) {
    let key = keys[k], at = fields.index.get(key);
    if (at === void 0) {
      problems.add([...path, key], "unrecognized_keys", `unknown field ${quote3(key)} of ${whose}`);
      continue;
    }
    let descriptor = Reflect.getOwnPropertyDescriptor(value2, key);
    descriptor !== void 0 && ("value" in descriptor ? values[at] = descriptor.value : problems.add([...path, key], "not_plain_data", "an accessor (getter or setter) is not data: give the value itself"));
  }
  let out = {};
  for (let i = 0; i < fields.names.length; i++) {
    let name = fields.names[i], field = fields.fields[i], raw = values[i];
    if (raw === void 0) {
      field.required && problems.add([...path, name], "invalid_type", `${name} is required`), out[name] = void 0;
      continue;
    }
    let checked = checkValue(raw, field.rule, path, name, problems);
    out[name] = checked === INVALID ? void 0 : checked;
  }
  return problems.list.length === before ? out : void 0;
}
var INVALID = /* @__PURE__ */ Symbol("invalid");
function checkValue(value2, rule, parent, name, problems) {
  switch (rule.t) {
    case "kind":
      return value2;
    case "bool":
      if (typeof value2 == "boolean") return value2;
      break;
    case "enum":
      if (typeof value2 == "string" && rule.values.has(value2)) return value2;
      break;
    case "text":
      if (typeof value2 == "string" && value2.length > 0 && value2.length <= rule.max) return value2;
      break;
    case "organization":
      if (typeof value2 == "string" && isOrganizationId(value2)) return value2;
      break;
    default:
      break;
  }
  return checkSlowly(value2, rule, [...parent, name], problems);
}
function checkSlowly(value2, rule, path, problems) {
  switch (rule.t) {
    case "kind":
      return value2;
    case "bool":
      return typeof value2 == "boolean" ? value2 : (problems.add(path, "invalid_type", `expected true or false (or leave it out), not ${describe(value2)}`), INVALID);
    case "enum":
      return typeof value2 == "string" && rule.values.has(value2) ? value2 : (problems.add(path, "invalid_value", `expected one of ${rule.shown}, not ${describe(value2)}`), INVALID);
    case "text":
      return checkText(value2, path, problems, rule.max) ? value2 : INVALID;
    case "list": {
      let elements = ownElements(value2, path, problems, rule.max, rule.shown === "" ? "strings" : rule.shown);
      if (elements === void 0) return INVALID;
      let valid = !0;
      return elements.forEach((element, index2) => {
        rule.shown === "" ? checkText(element, [...path, index2], problems, 100) || (valid = !1) : (typeof element != "string" || !rule.values.has(element)) && (problems.add([...path, index2], "invalid_value", `expected one of ${rule.shown}, not ${describe(element)}`), valid = !1);
      }), valid ? elements : INVALID;
    }
    case "classification":
      return checkObject(value2, CLASSIFICATION_FIELDS, path, problems, "a classification { confidentiality, integrity, availability }") ?? INVALID;
    case "level": {
      let levels = CLASSIFICATION_LEVELS[rule.dimension];
      return typeof value2 == "number" && levels.includes(value2) ? value2 : (problems.add(path, "invalid_value", `expected one of ${levels.join(", ")} (a number), not ${describe(value2)}`), INVALID);
    }
    case "organization":
      return checkOrganization(value2, path, problems) ?? INVALID;
    case "exception":
      return checkObject(value2, EXCEPTION_FIELDS, path, problems, "a recorded exception { reference, approverRole, controls, validUntil, \u2026 }") ?? INVALID;
    case "reference":
      return checkText(value2, path, problems, 200) ? REFERENCE_PATTERN.test(value2) ? value2 : (problems.add(path, "invalid_format", "must be non-blank, with no white space at either end"), INVALID) : INVALID;
    case "controls": {
      let elements = ownElements(value2, path, problems, 100, "control ids");
      if (elements === void 0) return INVALID;
      if (elements.length === 0)
        return problems.add(path, "too_small", "name at least one control: an exception covers only the controls it names"), INVALID;
      let valid = !0;
      return elements.forEach((element, index2) => {
        checkText(element, [...path, index2], problems, 100) || (valid = !1);
      }), valid ? elements : INVALID;
    }
    case "link":
      return checkObject(value2, LINK_FIELDS, path, problems, "a link { from, to }") ?? INVALID;
    case "date":
      return value2 === null && rule.nullable ? null : isCalendarDate(value2) ? value2 : (problems.add(path, "invalid_format", `expected a calendar date YYYY-MM-DD${rule.nullable ? " or null (never)" : ""}, not ${describe(value2)}`), INVALID);
  }
}
function guardSubject(input) {
  try {
    let fast = fastGuard(input);
    if (fast !== void 0) return fast;
  } catch {
  }
  return guardSubjectFully(input);
}
function guardSubjectFully(input) {
  let problems = new Problems(), result;
  try {
    let kind = kindOf(input), fields = typeof kind == "string" ? FIELDS.get(kind) : void 0;
    fields === void 0 ? typeof input != "object" || input === null || Array.isArray(input) ? problems.add([], "invalid_type", `expected a subject (an object with a "kind": ${KINDS_SHOWN}), not ${describe(input)}`) : problems.add(["kind"], "invalid_value", `expected a kind, one of ${KINDS_SHOWN}, not ${describe(kind)}`) : result = checkObject(input, fields, [], problems, WHOSE.get(kind));
  } catch (cause) {
    problems.add([], "not_plain_data", `unreadable subject: ${safeMessage(cause)}`), result = void 0;
  }
  if (result === void 0 || problems.list.length > 0) throw new InvalidSubjectError(problems.list);
  return result;
}
function kindOf(input) {
  if (typeof input != "object" || input === null) return;
  let descriptor = Reflect.getOwnPropertyDescriptor(input, "kind");
  return descriptor !== void 0 && "value" in descriptor ? descriptor.value : void 0;
}
function safeMessage(cause) {
  try {
    return cause instanceof Error && typeof cause.message == "string" ? cause.message : "a trap threw";
  } catch {
    return "a trap threw";
  }
}
var NO_OPTIONS = Object.freeze({ policy: void 0, locale: void 0, asOf: void 0 });
function guardOptions(options) {
  if (options === void 0) return NO_OPTIONS;
  let problems = new Problems(), data;
  try {
    data = ownData(options, ["options"], problems, "options { policy, locale, asOf }");
  } catch (cause) {
    problems.add(["options"], "not_plain_data", `unreadable options: ${safeMessage(cause)}`);
  }
  if (data === void 0) throw new InvalidSubjectError(problems.list, "options");
  for (let key of Object.keys(data))
    key !== "policy" && key !== "locale" && key !== "asOf" && problems.add(["options", key], "unrecognized_keys", `unknown option ${quote3(key)}: the options are policy, locale and asOf`);
  let { policy: policy2, locale, asOf } = data;
  if (policy2 !== void 0 && (typeof policy2 != "object" || policy2 === null) && problems.add(["options", "policy"], "invalid_type", `expected a policy value, not ${describe(policy2)}`), locale !== void 0 && locale !== "ja" && locale !== "en" && problems.add(["options", "locale"], "invalid_value", `expected "ja" or "en", not ${describe(locale)}`), asOf !== void 0 && !isCalendarDate(asOf) && problems.add(["options", "asOf"], "invalid_format", `expected a calendar date YYYY-MM-DD, not ${describe(asOf)}`), problems.list.length > 0) throw new InvalidSubjectError(problems.list, "options");
  return { policy: policy2, locale, asOf };
}
function guardSubjectAt(input, index2) {
  try {
    return guardSubject(input);
  } catch (error) {
    if (!(error instanceof InvalidSubjectError)) throw error;
    let issues = error.issues.map((issue2) => {
      let path = [index2, ...issue2.path];
      return { ...issue2, path, at: pathText(path) };
    });
    throw new InvalidSubjectError(issues, `subject [${index2}]`);
  }
}
function pickEvaluateOptions(options) {
  if (typeof options != "object" || options === null) return options;
  let picked = {};
  for (let key of ["policy", "locale", "asOf"]) {
    let descriptor = Reflect.getOwnPropertyDescriptor(options, key);
    descriptor !== void 0 && "value" in descriptor && descriptor.value !== void 0 && (picked[key] = descriptor.value);
  }
  return picked;
}

// ../../tmp/infosec-baseline-UtWtyv/src/internal/closest.ts
function closestNames2(name, known, count = 3) {
  let wanted = name.trim().toLowerCase();
  return known.map((candidate) => ({ candidate, distance: editDistance(wanted, candidate.toLowerCase()) })).sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1)).slice(0, count).map(({ candidate }) => candidate);
}

// ../../tmp/infosec-baseline-UtWtyv/src/engine/exceptions.ts
var ISOLATION_CONTROL_ID = "mynumber-isolation", exceptionApproval = deepFreeze({
  approverRoles: ["ciso"],
  provenance: "guideline",
  text: {
    ja: "\u3010\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3011\u4F8B\u5916\u63AA\u7F6E\u306F\u6700\u9AD8\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8CAC\u4EFB\u8005\uFF08CISO\uFF09\u304C\u627F\u8A8D\u3057\u305F\u3082\u306E\u306B\u9650\u308A\u6709\u52B9\u3068\u3059\u308B\uFF08\u57FA\u672C\u65B9\u91DD\u306F\u627F\u8A8D\u8005\u3092\u5B9A\u3081\u3066\u3044\u306A\u3044\uFF09\u3002\u4F8B\u5916\u63AA\u7F6E\u306F\u5BFE\u8C61\u306E\u7BA1\u7406\u7B56\u30FB\u671F\u9593\u3092\u5B9A\u3081\u3066\u4F8B\u5916\u63AA\u7F6E\u53F0\u5E33\u306B\u8A18\u9332\u3059\u308B\u3002",
    en: "[Guideline default] An exception takes effect only if approved by the CISO (the basic policy names no approver). It is recorded in the exception register with the controls it covers and its period."
  }
}), USED = Object.freeze({ used: !0 });
function linkCrossed(link2, subject3) {
  return subject3.kind === "transfer" ? link2.from === subject3.from && link2.to === subject3.to : link2.from === "mynumber" || link2.to === "mynumber";
}
function judgeException(exception2, controlId, admitsException, subject3, asOfDay) {
  if (!admitsException) return { used: !1, reason: "not-admitted" };
  if (!exceptionApproval.approverRoles.includes(exception2.approverRole)) return { used: !1, reason: "approver" };
  if (controlId === ISOLATION_CONTROL_ID) {
    if (exception2.link === void 0) return { used: !1, reason: "no-link" };
    if (!linkCrossed(exception2.link, subject3)) return { used: !1, reason: "other-link" };
  }
  return asOfDay === void 0 ? { used: !1, reason: "no-as-of" } : exception2.validFrom !== void 0 && asOfDay < dayNumber(exception2.validFrom) ? { used: !1, reason: "not-yet-valid" } : asOfDay > dayNumber(exception2.validUntil) ? { used: !1, reason: "expired" } : USED;
}
function period(exception2) {
  return exception2.validFrom === void 0 ? { ja: `${exception2.validUntil}\u307E\u3067\u6709\u52B9`, en: `valid until ${exception2.validUntil}` } : { ja: `${exception2.validFrom}\u304B\u3089${exception2.validUntil}\u307E\u3067\u6709\u52B9`, en: `valid from ${exception2.validFrom} until ${exception2.validUntil}` };
}
function usedMessage(title, provenance, exception2) {
  let when = period(exception2), ref = exception2.reference, approval = "\u4F8B\u5916\u63AA\u7F6E\u306E\u627F\u8A8D\u8005\u3092CISO\u3068\u3059\u308B\u306E\u306F\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u3002";
  switch (provenance) {
    case "basic-policy":
      return {
        ja: `\u539F\u5247\u3068\u3057\u3066\u6C42\u3081\u3089\u308C\u308B\u300C${title.ja}\u300D\u3092\u6E80\u305F\u3055\u306A\u3044\u304C\u3001CISO\u304C\u627F\u8A8D\u3057\u305F\u4F8B\u5916\u63AA\u7F6E\uFF08${ref}\u3001${when.ja}\uFF09\u306B\u3088\u308A\u9069\u5408\u3068\u3059\u308B\u3002${approval}`,
        en: `"${title.en}" is required in principle and is not met, but the CISO-approved exception ${ref} (${when.en}) makes it compliant. That the CISO approves is a guideline default.`
      };
    case "guideline":
      return {
        ja: `\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\u300C${title.ja}\u300D\u3092\u6E80\u305F\u3055\u306A\u3044\u304C\u3001CISO\u304C\u627F\u8A8D\u3057\u305F\u4F8B\u5916\u63AA\u7F6E\uFF08${ref}\u3001${when.ja}\uFF09\u306B\u3088\u308A\u9069\u5408\u3068\u3059\u308B\u3002${approval}`,
        en: `The guideline default "${title.en}" is not met, but the CISO-approved exception ${ref} (${when.en}) makes it compliant. That the CISO approves is a guideline default.`
      };
    case "organization":
      return {
        ja: `\u7D44\u7E54\u306E\u5BFE\u7B56\u57FA\u6E96\u306B\u3088\u308B\u300C${title.ja}\u300D\u3092\u6E80\u305F\u3055\u306A\u3044\u304C\u3001CISO\u304C\u627F\u8A8D\u3057\u305F\u4F8B\u5916\u63AA\u7F6E\uFF08${ref}\u3001${when.ja}\uFF09\u306B\u3088\u308A\u9069\u5408\u3068\u3059\u308B\u3002${approval}`,
        en: `The organisation's rule "${title.en}" is not met, but the CISO-approved exception ${ref} (${when.en}) makes it compliant. That the CISO approves is a guideline default.`
      };
  }
}
function rejectionMessage(reason, exception2) {
  let ref = exception2.reference, from = exception2.validFrom;
  switch (reason) {
    case "not-admitted":
      return { ja: `\u4F8B\u5916\u63AA\u7F6E\uFF08${ref}\uFF09\u306F\u3053\u306E\u7BA1\u7406\u7B56\u3092\u5BFE\u8C61\u3068\u3057\u3066\u3044\u308B\u304C\u3001\u3053\u306E\u7BA1\u7406\u7B56\u306F\u4F8B\u5916\u63AA\u7F6E\u3092\u8A8D\u3081\u306A\u3044\u3002`, en: `Exception ${ref} names this control, but the control admits no exception.` };
    case "approver":
      return {
        ja: `\u4F8B\u5916\u63AA\u7F6E\uFF08${ref}\uFF09\u306E\u627F\u8A8D\u8005\u304CCISO\u3067\u306F\u306A\u3044\u305F\u3081\u9069\u7528\u3057\u306A\u3044\uFF08\u627F\u8A8D\u8005\u3092CISO\u3068\u3059\u308B\u306E\u306F\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u306B\u57FA\u3065\u304F\u65E2\u5B9A\u5024\uFF09\u3002`,
        en: `Exception ${ref} was not approved by the CISO, so it does not apply (that the CISO approves is a guideline default).`
      };
    case "no-as-of":
      return {
        ja: `\u5224\u5B9A\u57FA\u6E96\u65E5\u304C\u6307\u5B9A\u3055\u308C\u3066\u3044\u306A\u3044\u305F\u3081\u3001\u4F8B\u5916\u63AA\u7F6E\uFF08${ref}\uFF09\u306E\u6709\u52B9\u671F\u9593\u3092\u5224\u5B9A\u3067\u304D\u305A\u3001\u9069\u7528\u3057\u306A\u3044\u3002`,
        en: `No as-of date was given, so the period of exception ${ref} cannot be judged and it does not apply.`
      };
    case "expired":
      return { ja: `\u4F8B\u5916\u63AA\u7F6E\uFF08${ref}\uFF09\u306F${exception2.validUntil}\u3067\u671F\u9650\u304C\u5207\u308C\u3066\u3044\u308B\u305F\u3081\u9069\u7528\u3057\u306A\u3044\u3002`, en: `Exception ${ref} expired on ${exception2.validUntil}, so it does not apply.` };
    case "not-yet-valid":
      return {
        ja: `\u4F8B\u5916\u63AA\u7F6E\uFF08${ref}\uFF09\u306F${String(from)}\u304B\u3089\u6709\u52B9\u3067\u3042\u308A\u3001\u5224\u5B9A\u57FA\u6E96\u65E5\u306B\u306F\u307E\u3060\u6709\u52B9\u3067\u306A\u3044\u305F\u3081\u9069\u7528\u3057\u306A\u3044\u3002`,
        en: `Exception ${ref} is valid only from ${String(from)}, after the as-of date, so it does not apply.`
      };
    case "no-link":
      return {
        ja: `\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u5206\u96E2\u306B\u5BFE\u3059\u308B\u4F8B\u5916\u63AA\u7F6E\uFF08${ref}\uFF09\u304C\u958B\u8A2D\u3059\u308B\u7D4C\u8DEF\uFF08\u63A5\u7D9A\u5143\u53CA\u3073\u63A5\u7D9A\u5148\u306E\u9818\u57DF\uFF09\u3092\u5B9A\u3081\u3066\u3044\u306A\u3044\u305F\u3081\u9069\u7528\u3057\u306A\u3044\u3002`,
        en: `Exception ${ref} to the isolation of the My Number zone does not name the link it opens (link: from/to), so it does not apply.`
      };
    case "other-link":
      return {
        ja: `\u4F8B\u5916\u63AA\u7F6E\uFF08${ref}\uFF09\u304C\u958B\u8A2D\u3059\u308B\u7D4C\u8DEF\u306F\u3001\u3053\u306E\u5BFE\u8C61\u304C\u901A\u308B\u7D4C\u8DEF\u3068\u7570\u306A\u308B\u305F\u3081\u9069\u7528\u3057\u306A\u3044\u3002`,
        en: `Exception ${ref} opens a different link from the one this subject crosses, so it does not apply.`
      };
  }
}
function findingWithException(base, exception2, locale) {
  let used = {
    reference: exception2.reference,
    ...exception2.approvedBy === void 0 ? {} : { approvedBy: exception2.approvedBy },
    ...exception2.validFrom === void 0 ? {} : { validFrom: exception2.validFrom },
    validUntil: exception2.validUntil,
    ...exception2.link === void 0 ? {} : { link: { from: exception2.link.from, to: exception2.link.to } }
  }, message = usedMessage(base.title, base.provenance, exception2);
  return deepFreeze({ ...base, message, reason: message[locale], exception: used });
}
function findingWithRejectedException(failed, exception2, reason) {
  let rejected2 = { reference: exception2.reference, reason, message: rejectionMessage(reason, exception2) };
  return deepFreeze({ ...failed, exceptionRejected: rejected2 });
}
function unknownExceptionControls(exception2, controlIds2) {
  let unknown = [];
  return exception2.controls.forEach((id2, index2) => {
    controlIds2.includes(id2) || unknown.push({ index: index2, id: id2, suggestions: closestNames2(id2, controlIds2) });
  }), unknown;
}
function unknownControlMessage(unknown) {
  return `unknown control id ${JSON.stringify(unknown.id)} in the exception (an exception covers controls of the policy in use by id); did you mean ${unknown.suggestions.map((s) => JSON.stringify(s)).join(", ")}?`;
}
var UnknownExceptionControlError = class extends Error {
  /** Every unknown id, with did-you-mean suggestions. */
  unknown;
  /**
   * @param unknown - Every unknown id.
   */
  constructor(unknown) {
    super(unknown.map(unknownControlMessage).join("; ")), this.name = "UnknownExceptionControlError", this.unknown = Object.freeze(unknown.map((each) => Object.freeze({ ...each, suggestions: Object.freeze([...each.suggestions]) })));
  }
};

// ../../tmp/infosec-baseline-UtWtyv/src/evaluate.ts
var compiled = /* @__PURE__ */ new WeakMap();
function compiledPolicy(policy2, locale) {
  let byLocale = compiled.get(policy2);
  return byLocale === void 0 && (byLocale = /* @__PURE__ */ Object.create(null), compiled.set(policy2, byLocale)), byLocale[locale] ??= compilePolicy(policy2, locale);
}
var defaultCompiled;
function defaultPlan() {
  return defaultCompiled ??= compiledPolicy(policy, "ja");
}
function runCompiled(plan, subject3, context) {
  let steps = plan.steps[subject3.kind], exception2 = subject3.kind === "organization" ? void 0 : subject3.exception;
  if (exception2 !== void 0) {
    let unknown = unknownExceptionControls(exception2, plan.controlIds);
    if (unknown.length > 0) throw new UnknownExceptionControlError(unknown);
  }
  let findings = [], worst = 0;
  for (let i = 0; i < steps.length; i++) {
    let step = steps[i], compiledVerdict = step.verdicts.get(step.check(subject3, step.parameters, context));
    if (compiledVerdict === void 0)
      throw new Error(`control ${step.controlId} returned a verdict it does not declare`);
    if (compiledVerdict.stopsAtGate)
      return decision(plan.ref, subject3, "not-applicable", [compiledVerdict.finding], context.asOf);
    if (compiledVerdict.isFail && exception2 !== void 0 && exception2.controls.includes(step.controlId)) {
      let judged = judgeException(exception2, step.controlId, step.admitsException, subject3, context.asOfDay);
      judged.used ? (findings.push(findingWithException(step.exceptionPass, exception2, plan.locale)), worst < 1 && (worst = 1)) : (findings.push(findingWithRejectedException(compiledVerdict.finding, exception2, judged.reason)), worst = compiledVerdict.severity);
      continue;
    }
    findings.push(compiledVerdict.finding), compiledVerdict.severity > worst && (worst = compiledVerdict.severity);
  }
  return decision(plan.ref, subject3, OUTCOME_BY_SEVERITY[worst], findings, context.asOf);
}
function decision(policy2, subject3, outcome, findings, asOf) {
  let base = subject3.id === void 0 ? { outcome, policy: policy2, kind: subject3.kind, findings } : { outcome, policy: policy2, kind: subject3.kind, subjectId: subject3.id, findings };
  return asOf === void 0 ? base : { ...base, asOf };
}
function contextFor(subject3, asOfDay, asOf) {
  return asOfDay !== void 0 ? asOf === void 0 ? { asOfDay, asOf: void 0 } : { asOfDay, asOf: Object.freeze({ date: asOf, source: "option" }) } : subject3.kind === "organization" && subject3.asOf !== void 0 ? { asOfDay: dayNumber(subject3.asOf), asOf: Object.freeze({ date: subject3.asOf, source: "subject" }) } : NO_DATE;
}
var NO_DATE = Object.freeze({ asOfDay: void 0, asOf: void 0 });
function evaluate(subject3, options) {
  let checked = guardSubject(subject3);
  if (options === void 0) return runCompiled(defaultPlan(), checked, contextFor(checked, void 0));
  let read2 = guardOptions(options), plan = compiledPolicy(read2.policy ?? policy, read2.locale ?? "ja");
  return runCompiled(plan, checked, contextFor(checked, read2.asOf === void 0 ? void 0 : dayNumber(read2.asOf), read2.asOf));
}
function evaluateUnguarded(subject3) {
  return runCompiled(defaultPlan(), subject3, contextFor(subject3, void 0));
}
function evaluateChecked(checked, read2) {
  let plan = read2.policy === void 0 && read2.locale === void 0 ? defaultPlan() : compiledPolicy(read2.policy ?? policy, read2.locale ?? "ja");
  return runCompiled(plan, checked, contextFor(checked, read2.asOf === void 0 ? void 0 : dayNumber(read2.asOf), read2.asOf));
}

// ../../tmp/infosec-baseline-UtWtyv/src/validation/safe-evaluate.ts
import { z as z20 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/src/validation/plain-data.ts
var TOO_DEEP = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { "(nested too deeply)": !0 }));
function plainData(value2, depth = 0) {
  if (typeof value2 != "object" || value2 === null) return value2;
  if (depth >= 64) return TOO_DEEP;
  if (Array.isArray(value2)) {
    let length = value2.length, copy2 = new Array(Math.min(length, 1e3));
    for (let i = 0; i < copy2.length; i++) copy2[i] = plainData(Object.hasOwn(value2, i) ? value2[i] : void 0, depth + 1);
    return copy2;
  }
  let prototype = Object.getPrototypeOf(value2);
  if (prototype !== Object.prototype && prototype !== null) return value2;
  let copy = /* @__PURE__ */ Object.create(null);
  for (let key of Object.keys(value2)) copy[key] = plainData(value2[key], depth + 1);
  return copy;
}
function plainOptions(value2) {
  if (typeof value2 != "object" || value2 === null || Array.isArray(value2)) return plainData(value2);
  let prototype = Object.getPrototypeOf(value2);
  if (prototype !== Object.prototype && prototype !== null) return value2;
  let copy = /* @__PURE__ */ Object.create(null);
  for (let key of Object.keys(value2)) {
    let field = value2[key];
    copy[key] = key === "policy" ? field : plainData(field, 1);
  }
  return copy;
}

// ../../tmp/infosec-baseline-UtWtyv/src/validation/safe-evaluate.ts
var OptionsSchema = z20.object({
  policy: z20.custom(isPolicyLike, "not a policy value (use `policy`, one of `policies`, or `extendPolicy`)").optional(),
  locale: LocaleSchema.optional(),
  asOf: IsoDateSchema.optional()
}).strict().optional();
function isPolicyLike(value2) {
  if (typeof value2 != "object" || value2 === null) return !1;
  let candidate = value2;
  return typeof candidate.id == "string" && typeof candidate.version == "string" && Array.isArray(candidate.controls) && typeof candidate.parameters == "object" && candidate.parameters !== null && Object.isFrozen(value2);
}
function parseOptions(options) {
  let data;
  try {
    data = plainOptions(options);
  } catch (cause) {
    return { success: !1, error: unreadable(cause) };
  }
  let parsed = OptionsSchema.safeParse(data);
  return parsed.success ? { success: !0, data: parsed.data } : { success: !1, error: new InvalidInputError(issuesFromZod(parsed.error, ["options"], { locale: localeOf(data), input: data, schema: OptionsSchema }), "options") };
}
function localeOf(options) {
  try {
    if (typeof options != "object" || options === null) return "ja";
    let descriptor = Object.getOwnPropertyDescriptor(options, "locale"), parsed = LocaleSchema.safeParse(descriptor !== void 0 && "value" in descriptor ? descriptor.value : void 0);
    return parsed.success ? parsed.data : "ja";
  } catch {
    return "ja";
  }
}
function exceptionControlIssues(subject3, policy2 = policy, prefix = []) {
  if (subject3.kind === "organization" || subject3.exception === void 0) return [];
  let ids = policy2.controls.map((control) => control.id);
  return unknownExceptionControls(subject3.exception, ids).map((unknown) => {
    let path = [...prefix, "exception", "controls", unknown.index];
    return { path, at: formatPath(path), message: unknownControlMessage(unknown), code: "unknown_control" };
  });
}
function parseSubject(input, options) {
  let data;
  try {
    data = plainData(input);
  } catch (cause) {
    return { success: !1, error: unreadable(cause) };
  }
  let parsed = SubjectSchema.safeParse(data), guarded = guard(data);
  if (parsed.success && guarded.issues.length === 0) {
    let issues = exceptionControlIssues(parsed.data, options?.policy);
    return issues.length === 0 ? { success: !0, data: parsed.data } : { success: !1, error: new InvalidInputError(issues, "subject") };
  }
  return { success: !1, error: new InvalidInputError(parsed.success ? guarded.issues : issuesFromZod(parsed.error, [], { locale: options?.locale ?? "ja", input: data, schema: SubjectSchema }), "subject") };
}
function guard(data) {
  try {
    return { subject: guardSubject(data), issues: [] };
  } catch (error) {
    if (error instanceof InvalidSubjectError) return { issues: error.issues };
    throw error;
  }
}
function guardOptionsOf(data) {
  try {
    let options = guardOptions(data);
    return options.policy !== void 0 && !isPolicyLike(options.policy) ? { issues: [{ path: ["options", "policy"], at: "options.policy", message: "not a policy value (use `policy`, one of `policies`, or `extendPolicy`)", code: "custom" }] } : { options, issues: [] };
  } catch (error) {
    if (error instanceof InvalidSubjectError) return { issues: error.issues };
    throw error;
  }
}
function unreadable(cause) {
  return new InvalidInputError([{ path: [], at: "(root)", message: `unreadable input: ${describe2(cause)}`, code: "unreadable_input" }], "input");
}
function safeEvaluate(input, options) {
  let subjectData, optionsData, checked, read2;
  try {
    subjectData = plainData(input), optionsData = plainOptions(options), checked = guard(subjectData), read2 = guardOptionsOf(optionsData);
  } catch (cause) {
    return { success: !1, error: unreadable(cause) };
  }
  if (checked.subject === void 0 || read2.options === void 0) {
    let locale = read2.options?.locale ?? localeOf(optionsData), issues = [];
    return checked.subject === void 0 && issues.push(...zodIssuesOr(SubjectSchema, subjectData, checked.issues, [], locale)), read2.options === void 0 && issues.push(...zodIssuesOr(OptionsSchema, optionsData, read2.issues, ["options"], locale)), { success: !1, error: new InvalidInputError(issues, "input") };
  }
  let controlIssues = exceptionControlIssues(checked.subject, read2.options.policy ?? policy);
  if (controlIssues.length > 0) return { success: !1, error: new InvalidInputError(controlIssues, "input") };
  try {
    return { success: !0, data: evaluateChecked(checked.subject, read2.options) };
  } catch (cause) {
    let path = read2.options.policy === void 0 ? [] : ["options", "policy"];
    return {
      success: !1,
      error: new InvalidInputError([{ path, at: formatPath(path), message: `evaluation failed: ${describe2(cause)}`, code: "evaluation_failed" }], "input")
    };
  }
}
function zodIssuesOr(schema, data, fallback, prefix, locale) {
  try {
    let parsed = schema.safeParse(data);
    if (!parsed.success) return issuesFromZod(parsed.error, prefix, { locale, input: data, schema });
  } catch {
  }
  return fallback;
}
function describe2(cause) {
  try {
    return cause instanceof Error ? cause.message : String(cause);
  } catch {
    return "an unprintable error";
  }
}

// ../../tmp/infosec-baseline-UtWtyv/src/audit/audit.ts
function bump(counts2, at) {
  counts2[at] = counts2[at] + 1;
}
function createAuditor(options) {
  let read2 = guardOptions(options), policy2 = read2.policy ?? policy, plan = compiledPolicy(policy2, read2.locale ?? "ja"), asOfDay = read2.asOf === void 0 ? void 0 : dayNumber(read2.asOf), threatIds = [];
  for (let threat of policy2.threats) {
    threatIds.push(threat.id);
    for (let example of threat.examples) threatIds.push(example.id);
  }
  let threatIndex = new Map(threatIds.map((id2, index2) => [id2, index2])), controlRows = /* @__PURE__ */ new Map();
  policy2.controls.forEach((control, index2) => {
    let rows = control.threats.map((threat) => threatIndex.get(threat)).filter((row2) => row2 !== void 0);
    controlRows.set(control.id, { index: index2, threats: Int32Array.from(rows) });
  });
  let controlCounts = new Float64Array(policy2.controls.length * 4), threatCounts = new Float64Array(threatIds.length * 4), controlFailing = policy2.controls.map(() => []), threatFailing = threatIds.map(() => []), lastFailingSubject = new Float64Array(threatIds.length).fill(-1), outcomes = { compliant: 0, "non-compliant": 0, "needs-review": 0, "not-applicable": 0 }, kinds = {}, total = 0;
  function tally(counts2, row2, failing) {
    return {
      pass: counts2[row2 * 4 + 1],
      fail: counts2[row2 * 4 + 3],
      manual: counts2[row2 * 4 + 2],
      "not-applicable": counts2[row2 * 4],
      failing: Object.freeze(failing.slice())
    };
  }
  return {
    policy: plan.ref,
    add(input) {
      let subject3 = guardSubjectAt(input, total), decision2 = runCompiled(plan, subject3, contextFor(subject3, asOfDay, read2.asOf)), index2 = total++;
      outcomes[decision2.outcome]++, kinds[subject3.kind] = (Object.hasOwn(kinds, subject3.kind) ? kinds[subject3.kind] : 0) + 1;
      let ref;
      for (let finding of decision2.findings) {
        let row2 = controlRows.get(finding.control);
        if (row2 === void 0) continue;
        let severity = STATUS_SEVERITY[finding.status];
        bump(controlCounts, row2.index * 4 + severity);
        let threats2 = row2.threats;
        for (let j = 0; j < threats2.length; j++) bump(threatCounts, threats2[j] * 4 + severity);
        if (severity === 3) {
          ref ??= Object.freeze(subject3.id === void 0 ? { index: index2 } : { index: index2, id: subject3.id }), controlFailing[row2.index].push(ref);
          for (let j = 0; j < threats2.length; j++) {
            let threat = threats2[j];
            lastFailingSubject[threat] !== index2 && (lastFailingSubject[threat] = index2, threatFailing[threat].push(ref));
          }
        }
      }
      return decision2;
    },
    summary() {
      let controls = {};
      policy2.controls.forEach((control, row2) => {
        controls[control.id] = tally(controlCounts, row2, controlFailing[row2]);
      });
      let threats2 = {};
      return threatIds.forEach((id2, row2) => {
        threats2[id2] = tally(threatCounts, row2, threatFailing[row2]);
      }), deepFreeze({ total, outcomes: { ...outcomes }, controls, threats: threats2, kinds: { ...kinds } });
    }
  };
}
function audit(subjects, options) {
  let auditor = createAuditor(options), decisions = new Array(subjects.length);
  for (let i = 0; i < subjects.length; i++) decisions[i] = auditor.add(subjects[i]);
  let base = { policy: auditor.policy, decisions, summary: auditor.summary() }, asOf = guardOptions(options).asOf;
  return asOf === void 0 ? base : { ...base, asOf };
}

// ../../tmp/infosec-baseline-UtWtyv/src/audit/audit-schema.ts
import { z as z24 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/src/decision/decision.ts
import { z as z23 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/src/decision/finding.ts
import { z as z22 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/src/controls/finding-status.ts
import { z as z21 } from "zod";
var FindingStatusSchema = z21.enum(["pass", "fail", "manual", "not-applicable"]);

// ../../tmp/infosec-baseline-UtWtyv/src/decision/finding.ts
var ExceptionUsedSchema = z22.object({
  reference: z22.string().describe("The exception's reference in the organisation's register."),
  approvedBy: z22.string().optional().describe("Who approved it, as recorded."),
  validFrom: z22.string().optional().describe("The first day it is valid, if recorded."),
  validUntil: z22.string().describe("The last day it is valid (inclusive)."),
  link: z22.object({
    from: ZoneSchema.describe("The zone the information leaves."),
    to: ZoneSchema.describe("The zone the information enters.")
  }).strict().optional().describe("The link it opens, for an exception to the isolation of 7(3)\u2460.")
}).strict(), ExceptionRejectionReasonSchema = z22.enum(["not-admitted", "approver", "no-as-of", "expired", "not-yet-valid", "no-link", "other-link"]), ExceptionRejectedSchema = z22.object({
  reference: z22.string().describe("The exception's reference in the organisation's register."),
  reason: ExceptionRejectionReasonSchema.describe("Why it did not apply."),
  message: LocalizedTextSchema.describe("Why, in Japanese and English.")
}).strict(), FindingSchema = z22.object({
  control: z22.string().describe("The control's id."),
  title: LocalizedTextSchema.describe("The control's title."),
  status: FindingStatusSchema.describe('"pass", "fail", "manual" or "not-applicable".'),
  clause: ClauseRefSchema.describe('The clause the control comes from, e.g. "7(3)\u2460".'),
  provenance: ProvenanceSchema.describe("Where the rule comes from."),
  category: ControlCategorySchema.describe("The control's category."),
  message: LocalizedTextSchema.describe("Why, in Japanese and English."),
  reason: z22.string().describe("Why, in the locale asked for."),
  threats: z22.array(ThreatRefSchema).readonly().describe("The threats of clause 4 the control counters."),
  remediation: LocalizedTextSchema.optional().describe('What to do, on a "fail" or "manual" finding.'),
  exception: ExceptionUsedSchema.optional().describe('The exception that turned a "fail" into this "pass", if one did.'),
  exceptionRejected: ExceptionRejectedSchema.optional().describe("A recorded exception that names this failed control but did not apply, and why.")
}).strict().readonly();

// ../../tmp/infosec-baseline-UtWtyv/src/decision/decision.ts
var OutcomeSchema = z23.enum(["compliant", "non-compliant", "needs-review", "not-applicable"]), PolicyRefSchema = z23.object({
  id: z23.string().describe(`The policy's id, e.g. "miyagi-kouiki-basic-policy"; an overlay's policy has its own.`),
  version: z23.string().describe(`The policy's version (semver), e.g. "1.0.0": pin it to get the same decisions.`)
}).strict().readonly(), DecisionAsOfSchema = z23.object({
  date: z23.string().describe('The date, "YYYY-MM-DD".'),
  source: z23.enum(["option", "subject"]).describe(`"option": passed to "evaluate"; "subject": the subject's own "asOf".`)
}).strict().readonly(), DecisionSchema = z23.object({
  outcome: OutcomeSchema.describe("The worst finding, as an outcome."),
  policy: PolicyRefSchema.describe("The policy (id and version) that made the decision."),
  kind: SubjectKindSchema.describe("The kind of subject decided."),
  subjectId: z23.string().optional().describe(`The subject's "id", if it had one.`),
  asOf: DecisionAsOfSchema.optional().describe('The date it was judged as of and where that date came from ("option" or "subject"); absent when no date was given (date-based findings are then "manual").'),
  findings: z23.array(FindingSchema).readonly().describe("One finding per control, in the catalog's order.")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/audit/audit-schema.ts
var CountSchema = z24.number().int().nonnegative(), SubjectRefSchema = z24.object({
  index: CountSchema.describe("Zero-based position in the audited list."),
  id: z24.string().exactOptional().describe(`The subject's "id", if it has one.`)
}).strict().readonly(), StatusTallySchema = z24.object({
  pass: CountSchema.describe("How many findings passed."),
  fail: CountSchema.describe("How many findings failed."),
  manual: CountSchema.describe('How many findings need review by a person ("manual").'),
  "not-applicable": CountSchema.describe("How many findings did not apply."),
  failing: z24.array(SubjectRefSchema).readonly().describe('The subjects with a "fail" finding, in input order.')
}).strict().readonly(), AuditSummarySchema = z24.object({
  total: CountSchema.describe("How many subjects were audited."),
  outcomes: z24.object({
    compliant: CountSchema.describe('How many decisions were "compliant".'),
    "non-compliant": CountSchema.describe('How many decisions were "non-compliant".'),
    "needs-review": CountSchema.describe('How many decisions were "needs-review".'),
    "not-applicable": CountSchema.describe('How many decisions were "not-applicable".')
  }).strict().readonly().describe("How many decisions had each outcome (every outcome is present)."),
  controls: withoutProtoKeys(z24.record(z24.string().regex(/^(?!__proto__$)/, "a control id cannot be __proto__"), StatusTallySchema).readonly()).describe("Per control id: counts per status and the failing subjects."),
  threats: withoutProtoKeys(z24.partialRecord(ThreatRefSchema, StatusTallySchema).readonly()).describe("Per threat and threat example: counts of the findings of controls that counter it."),
  kinds: withoutProtoKeys(z24.partialRecord(SubjectKindSchema, CountSchema).readonly()).describe("Per subject kind: how many subjects of that kind.")
}).strict().readonly(), AuditResultSchema = z24.object({
  policy: PolicyRefSchema.describe("The policy that made every decision."),
  asOf: IsoDateSchema.exactOptional().describe("The date date-based controls were judged as of, if one was given."),
  decisions: z24.array(DecisionSchema).readonly().describe("One decision per subject, in input order."),
  summary: AuditSummarySchema.describe("Counts per outcome, control and threat, and the failing subjects.")
}).strict().readonly();

// ../../tmp/infosec-baseline-UtWtyv/src/schemas/json-schemas.ts
import { z as z28 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/package.json
var version = "0.1.0";

// ../../tmp/infosec-baseline-UtWtyv/src/exceptions/register.ts
import { z as z25 } from "zod";
var ExceptionRegisterEntrySchema = z25.object({
  ...RecordedExceptionSchema.shape,
  subjects: z25.array(SubjectIdSchema).max(1e4).optional().describe("The ids of the subjects (assets, actions) it was granted for, if the register records them."),
  purpose: z25.string().min(1).max(2e3).optional().describe("Why it was granted, in words, for the record.")
}).strict(), ExceptionRegisterSchema = z25.array(ExceptionRegisterEntrySchema).max(1e5), RegisterProblemCodeSchema = z25.enum([
  "expired",
  "not-yet-valid",
  "unknown-control",
  "not-admitted",
  "approver",
  "no-link",
  "separation-link",
  "duplicate-reference",
  "unused",
  "unregistered",
  "differs"
]);
function sameException(a, b) {
  return a.approverRole === b.approverRole && a.validUntil === b.validUntil && a.validFrom === b.validFrom && a.link?.from === b.link?.from && a.link?.to === b.link?.to && a.controls.length === b.controls.length && a.controls.every((id2) => b.controls.includes(id2));
}
function checkExceptionRegister(register, options) {
  let policy2 = options.policy ?? policy, ids = policy2.controls.map((control) => control.id), byId = new Map(policy2.controls.map((control) => [control.id, control])), asOf = options.asOf, problems = [], firstIndex = /* @__PURE__ */ new Map(), valid = 0;
  if (register.forEach((entry, index2) => {
    let at = problems.length, add = (code2, message) => problems.push({ code: code2, reference: entry.reference, entry: index2, message }), previous = firstIndex.get(entry.reference);
    previous === void 0 ? firstIndex.set(entry.reference, index2) : add("duplicate-reference", `the reference is also used by entry ${previous}`), asOf > entry.validUntil && add("expired", `expired on ${entry.validUntil} (as of ${asOf})`), entry.validFrom !== void 0 && asOf < entry.validFrom && add("not-yet-valid", `valid only from ${entry.validFrom} (as of ${asOf})`), exceptionApproval.approverRoles.includes(entry.approverRole) || add("approver", `approved by ${entry.approverRole}; only ${exceptionApproval.approverRoles.join(", ")} may approve (a guideline default: the basic policy names no approver)`);
    for (let id2 of entry.controls) {
      let control = byId.get(id2);
      control === void 0 ? add("unknown-control", `unknown control id ${JSON.stringify(id2)}; did you mean ${closestNames2(id2, ids).map((s) => JSON.stringify(s)).join(", ")}?`) : control.admitsException || add("not-admitted", `${id2} (${control.clause}, ${control.provenance}) admits no exception: the entry can never apply to it`);
    }
    entry.controls.includes(ISOLATION_CONTROL_ID) && entry.link === void 0 && add("no-link", `it covers ${ISOLATION_CONTROL_ID} but names no link (from, to) it opens`);
    let link2 = entry.link;
    link2 !== void 0 && (link2.from === "mynumber" && link2.to === "internet" || link2.from === "internet" && link2.to === "mynumber") && add("separation-link", "its link joins the My Number zone and the Internet zone, which the guideline keeps completely separated (mynumber-internet-separation admits no exception)"), problems.length === at && valid++;
  }), options.inventory !== void 0) {
    let used = /* @__PURE__ */ new Set();
    options.inventory.forEach((subject3, position) => {
      if (subject3.kind === "organization" || subject3.exception === void 0) return;
      let exception2 = subject3.exception, name = subject3.id ?? `#${position + 1}`;
      used.add(exception2.reference);
      let index2 = firstIndex.get(exception2.reference);
      index2 === void 0 ? problems.push({ code: "unregistered", reference: exception2.reference, entry: void 0, subject: name, message: `${name} carries an exception that is not in the register` }) : sameException(exception2, register[index2]) || problems.push({ code: "differs", reference: exception2.reference, entry: index2, subject: name, message: `${name} carries the exception with other controls, period, approver or link than the register's entry ${index2}` });
    }), register.forEach((entry, index2) => {
      used.has(entry.reference) || problems.push({ code: "unused", reference: entry.reference, entry: index2, message: "no subject of the inventory carries it" });
    });
  }
  return { asOf, entries: register.length, valid, problems };
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/labels.ts
var OUTCOME_LABELS = Object.freeze({
  compliant: gloss("outcome.compliant"),
  "non-compliant": gloss("outcome.non-compliant"),
  "needs-review": gloss("outcome.needs-review"),
  "not-applicable": gloss("outcome.not-applicable")
}), STATUS_LABELS = Object.freeze({
  pass: gloss("status.pass"),
  fail: gloss("status.fail"),
  manual: gloss("status.manual"),
  "not-applicable": gloss("status.not-applicable")
}), PROVENANCE_LABELS = Object.freeze({
  "basic-policy": gloss("provenance.basic-policy"),
  guideline: gloss("provenance.guideline"),
  organization: gloss("provenance.organization")
});
function provenanceTag(clause, provenance, locale) {
  return locale === "ja" ? `[${clause}\u30FB${PROVENANCE_LABELS[provenance].ja}]` : `[${clause} \xB7 ${PROVENANCE_LABELS[provenance].en}]`;
}
var ZONE_LABELS = Object.freeze({
  mynumber: { ja: "\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB", en: "My Number zone" },
  lgwan: { ja: "LGWAN\u63A5\u7D9A\u7CFB", en: "LGWAN zone" },
  internet: { ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB", en: "Internet zone" }
}), ZONE_NONE = Object.freeze({ ja: "\u9818\u57DF\u306E\u6307\u5B9A\u306A\u3057", en: "no zone" }), ORGANIZATION_GROUPS = Object.freeze({
  outside: { ja: "5(1)\u306E\u9069\u7528\u7BC4\u56F2\u5916\u306E\u7D44\u7E54", en: "Bodies outside 5(1)" },
  unstated: { ja: "\u7D44\u7E54\u306E\u6307\u5B9A\u306A\u3057\uFF08\u5E83\u57DF\u9023\u5408\u81EA\u8EAB\uFF09", en: "No organisation given (the Union's own)" }
});
function organizationGroupName(group, locale) {
  return ORGANIZATION_GROUPS[group][locale];
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/overlay-of.ts
function overlayOf(policy2, locale = "ja") {
  let last = policy2.overlays[policy2.overlays.length - 1];
  return last === void 0 ? void 0 : { id: last.id, version: last.version, name: last.name[locale] };
}
function overlayLabel(overlay) {
  return `${overlay.id} ${overlay.version} (${overlay.name})`;
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/audit-report.ts
var REPORTED_EXCEPTION_SUBJECTS = 100, OUT_OF_SCOPE_LISTED = 1e3, STATUS_SLOT = { pass: 0, fail: 1, manual: 2, "not-applicable": 3 };
function createAuditReporter(options) {
  let read2 = guardOptions(pickEvaluateOptions(options)), policy2 = read2.policy ?? policy, locale = read2.locale ?? "ja", plan = compiledPolicy(policy2, locale), asOfDay = read2.asOf === void 0 ? void 0 : dayNumber(read2.asOf), outcomes = { "non-compliant": 0, "needs-review": 0, compliant: 0, "not-applicable": 0 }, kinds = {}, rows = /* @__PURE__ */ new Map();
  for (let control of policy2.controls) rows.set(`c:${control.id}`, rows.size);
  for (let threat of policy2.threats) {
    rows.set(`t:${threat.id}`, rows.size);
    for (let example of threat.examples) rows.set(`t:${example.id}`, rows.size);
  }
  let counts2 = new Float64Array(rows.size * 4), slotsFor = (finding) => {
    let status = STATUS_SLOT[finding.status], slots = [], control = rows.get(`c:${finding.control}`);
    control !== void 0 && slots.push(control * 4 + status);
    for (let threat of finding.threats) {
      let row2 = rows.get(`t:${threat}`);
      row2 !== void 0 && slots.push(row2 * 4 + status);
    }
    return Int32Array.from(slots);
  }, slotCache = /* @__PURE__ */ new Map(), countsOf = (key) => {
    let row2 = rows.get(key);
    return { pass: counts2[row2 * 4], fail: counts2[row2 * 4 + 1], manual: counts2[row2 * 4 + 2], "not-applicable": counts2[row2 * 4 + 3] };
  }, reported = /* @__PURE__ */ new Map(), reportedFinding = (finding) => {
    let entry = reported.get(finding);
    return entry === void 0 && (entry = {
      control: finding.control,
      title: finding.title[locale],
      status: finding.status,
      clause: finding.clause,
      provenance: finding.provenance,
      reason: finding.reason,
      ...finding.remediation === void 0 ? {} : { remediation: finding.remediation[locale] }
    }, Object.freeze(entry), reported.set(finding, entry)), entry;
  }, total = 0, overlay = overlayOf(policy2, locale), exceptionTallies = /* @__PURE__ */ new Map(), tallyException = (subject3, index2, findings) => {
    if (subject3.kind === "organization" || subject3.exception === void 0) return;
    let exception2 = subject3.exception, tally;
    for (let finding of findings)
      finding.exception === void 0 && finding.exceptionRejected === void 0 || (tally === void 0 && (tally = exceptionTallies.get(exception2.reference), tally === void 0 && (tally = {
        reference: exception2.reference,
        ...exception2.validFrom === void 0 ? {} : { validFrom: exception2.validFrom },
        validUntil: exception2.validUntil,
        ...exception2.link === void 0 ? {} : { link: { from: exception2.link.from, to: exception2.link.to } },
        controls: /* @__PURE__ */ new Set(),
        rejected: /* @__PURE__ */ new Map(),
        subjects: [],
        subjectCount: 0
      }, exceptionTallies.set(exception2.reference, tally)), tally.subjectCount++, tally.subjects.length < REPORTED_EXCEPTION_SUBJECTS && tally.subjects.push(subject3.id ?? `#${index2 + 1}`)), finding.exception !== void 0 && tally.controls.add(finding.control), finding.exceptionRejected !== void 0 && !tally.rejected.has(finding.control) && tally.rejected.set(finding.control, finding.exceptionRejected.reason));
  }, controlOrder = new Map(policy2.controls.map((control, i) => [control.id, i])), inCatalogOrder = (ids) => [...ids].sort((a, b) => (controlOrder.get(a) ?? 0) - (controlOrder.get(b) ?? 0)), inScope = policy2.scope.organizations.map((organization2) => organization2.id), groupKeys = [...inScope.map((id2) => `in:${id2}`), "outside", "unstated"], byGroup = new Map(groupKeys.map((key) => [key, newOutcomes()])), zoneKeys = ["mynumber", "lgwan", "internet", "none"], byZone = new Map(zoneKeys.map((key) => [key, newOutcomes()])), gates = new Set(policy2.controls.filter((control) => control.gate).map((control) => control.id)), outOfScope = [], outOfScopeTotal = 0;
  return {
    add(input) {
      let subject3 = guardSubjectAt(input, total), decision2 = runCompiled(plan, subject3, contextFor(subject3, asOfDay, read2.asOf)), index2 = total++;
      outcomes[decision2.outcome]++, kinds[subject3.kind] = (Object.hasOwn(kinds, subject3.kind) ? kinds[subject3.kind] : 0) + 1;
      let findings = decision2.findings;
      for (let i = 0; i < findings.length; i++) {
        let finding = findings[i], slots = slotCache.get(finding);
        slots === void 0 && (slots = slotsFor(finding), finding.exception === void 0 && finding.exceptionRejected === void 0 && slotCache.set(finding, slots));
        for (let j = 0; j < slots.length; j++) {
          let slot = slots[j];
          counts2[slot] = counts2[slot] + 1;
        }
      }
      tallyException(subject3, index2, findings);
      let organization2 = subject3.organization, groupKey = organization2 === void 0 ? "unstated" : typeof organization2 == "string" && inScope.includes(organization2) ? `in:${organization2}` : "outside";
      if (byGroup.get(groupKey)[decision2.outcome]++, byZone.get(zoneOf(subject3) ?? "none")[decision2.outcome]++, decision2.outcome === "not-applicable") {
        let gate = findings.find((finding) => gates.has(finding.control) && finding.status === "not-applicable");
        gate !== void 0 && outOfScopeTotal++ < OUT_OF_SCOPE_LISTED && outOfScope.push({
          index: index2,
          ...subject3.id === void 0 ? {} : { id: subject3.id },
          ...subject3.kind === "asset" && subject3.name !== void 0 ? { name: subject3.name } : {},
          kind: subject3.kind,
          ...organization2 === void 0 ? {} : { organization: organizationText(organization2) },
          clause: gate.clause,
          reason: gate.reason
        });
      }
      if (decision2.outcome !== "non-compliant" && decision2.outcome !== "needs-review") return;
      let listed = [];
      for (let finding of findings) (finding.status === "fail" || finding.status === "manual") && listed.push(reportedFinding(finding));
      return {
        index: index2,
        ...subject3.id === void 0 ? {} : { id: subject3.id },
        ...subject3.kind === "asset" && subject3.name !== void 0 ? { name: subject3.name } : {},
        kind: subject3.kind,
        outcome: decision2.outcome,
        findings: listed
      };
    },
    head() {
      let controls = policy2.controls.map((control) => ({
        control: control.id,
        clause: control.clause,
        title: control.title[locale],
        provenance: control.provenance,
        threats: control.threats,
        ...countsOf(`c:${control.id}`)
      })), threats2 = [];
      for (let threat of policy2.threats) {
        threats2.push({ threat: threat.id, name: threat.name[locale], ...countsOf(`t:${threat.id}`) });
        for (let example of threat.examples)
          threats2.push({ threat: example.id, parent: threat.id, name: example.name[locale], ...countsOf(`t:${example.id}`) });
      }
      return {
        policy: { id: policy2.id, version: policy2.version, title: policy2.title[locale] },
        ...overlay === void 0 ? {} : { overlay },
        ...read2.asOf === void 0 ? {} : { asOf: read2.asOf },
        locale,
        ...options?.inputs === void 0 ? {} : { inputs: options.inputs.map((input) => ({ ...input })) },
        ...options?.generated === void 0 ? {} : { generated: { ...options.generated } },
        total,
        outcomes: { ...outcomes },
        kinds: { ...kinds },
        controls,
        threats: threats2,
        exceptions: [...exceptionTallies.values()].map((tally) => ({
          reference: tally.reference,
          ...tally.validFrom === void 0 ? {} : { validFrom: tally.validFrom },
          validUntil: tally.validUntil,
          ...tally.link === void 0 ? {} : { link: { ...tally.link } },
          controls: inCatalogOrder(tally.controls),
          rejected: inCatalogOrder(tally.rejected.keys()).map((control) => ({ control, reason: tally.rejected.get(control) })),
          subjects: [...tally.subjects],
          subjectCount: tally.subjectCount
        })),
        byOrganization: groupKeys.flatMap((key) => {
          let counts3 = byGroup.get(key), size = sumOutcomes(counts3);
          if (size === 0) return [];
          let id2 = key.startsWith("in:") ? key.slice(3) : void 0, group = id2 === void 0 ? key : "in-scope", name = id2 === void 0 ? organizationGroupName(group, locale) : policy2.scope.organizations.find((o) => o.id === id2)?.name[locale] ?? id2;
          return [{ group, ...id2 === void 0 ? {} : { organization: id2 }, name, total: size, outcomes: { ...counts3 } }];
        }),
        byZone: zoneKeys.flatMap((key) => {
          let counts3 = byZone.get(key), size = sumOutcomes(counts3);
          return size === 0 ? [] : [key === "none" ? { name: ZONE_NONE[locale], total: size, outcomes: { ...counts3 } } : { zone: key, name: ZONE_LABELS[key][locale], total: size, outcomes: { ...counts3 } }];
        }),
        outOfScope: { total: outOfScopeTotal, subjects: outOfScope.map((entry) => ({ ...entry })) }
      };
    }
  };
}
function newOutcomes() {
  return { "non-compliant": 0, "needs-review": 0, compliant: 0, "not-applicable": 0 };
}
function sumOutcomes(counts2) {
  return counts2["non-compliant"] + counts2["needs-review"] + counts2.compliant + counts2["not-applicable"];
}
function zoneOf(subject3) {
  if (subject3.kind === "transfer") return subject3.to;
  let zone2 = subject3.zone;
  return zone2 === "mynumber" || zone2 === "lgwan" || zone2 === "internet" ? zone2 : void 0;
}
function organizationText(organization2) {
  if (typeof organization2 == "string") return organization2;
  let outside = typeof organization2 == "object" && organization2 !== null ? organization2.outside : void 0;
  return typeof outside == "string" ? outside : JSON.stringify(organization2) ?? "-";
}
function buildAuditReport(subjects, options) {
  let reporter = createAuditReporter(options), listed = [];
  for (let subject3 of subjects) {
    let entry = reporter.add(subject3);
    entry !== void 0 && listed.push(entry);
  }
  return { ...reporter.head(), subjects: listed };
}
function reportOutcome(report) {
  let { outcomes } = report, severity = outcomes["non-compliant"] > 0 ? 3 : outcomes["needs-review"] > 0 ? 2 : outcomes.compliant > 0 ? 1 : 0;
  return OUTCOME_BY_SEVERITY[severity];
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/audit-report-schema.ts
import { z as z26 } from "zod";
var CountSchema2 = z26.number().int().nonnegative(), statusCounts = {
  pass: CountSchema2.describe("How many findings passed."),
  fail: CountSchema2.describe("How many findings failed."),
  manual: CountSchema2.describe("How many findings need review by a person (a fact was missing)."),
  "not-applicable": CountSchema2.describe("How many findings did not apply.")
}, StatusCountsSchema = z26.object(statusCounts).strict().readonly().describe("How many findings had each status."), ReportPolicySchema = z26.object({
  id: z26.string().describe(`The policy's id, e.g. "miyagi-kouiki-basic-policy" (with "+<overlay id>" for an extended policy).`),
  version: z26.string().describe(`The policy's version, e.g. "1.0.0".`),
  title: z26.string().describe("The document's title, in the report's language.")
}).strict().readonly().describe("The policy that made every decision of the report."), ReportOverlaySchema = z26.object({
  id: z26.string().describe(`The overlay's id, e.g. "sample-organization-standards".`),
  version: z26.string().describe("The overlay's version."),
  name: z26.string().describe("The overlay's name (the title of the organisation's standards), in the report's language.")
}).strict().readonly().describe("The organisation's overlay (its own standards) the policy was extended with, if any."), ReportControlRowSchema = z26.object({
  control: z26.string().describe("The control id."),
  clause: ClauseRefSchema.describe('The clause the control comes from, e.g. "7(3)\u2460".'),
  title: z26.string().describe("The control's title, in the report's language."),
  provenance: ProvenanceSchema.describe("Where the control's rule comes from."),
  threats: z26.array(ThreatRefSchema).readonly().describe("The threats of clause 4 (and their examples) the control counters."),
  ...statusCounts
}).strict().readonly().describe("One control of the policy and how its findings came out."), ReportThreatRowSchema = z26.object({
  threat: ThreatRefSchema.describe('A threat of clause 4 ("T1" \u2026 "T5") or a listed example of one (e.g. "T2.7").'),
  parent: ThreatIdSchema.exactOptional().describe("For an example, the threat it belongs to."),
  name: z26.string().describe("The threat's name, in the report's language."),
  ...statusCounts
}).strict().readonly().describe("One threat of clause 4 (or a listed example of one) and how the findings of the controls that counter it came out."), ReportedFindingSchema = z26.object({
  control: z26.string().describe("The control id."),
  title: z26.string().describe("The control's title, in the report's language."),
  status: z26.enum(["fail", "manual"]).describe('"fail" or "manual" (needs review).'),
  clause: ClauseRefSchema.describe('The clause the control comes from, e.g. "7(2)".'),
  provenance: ProvenanceSchema.describe("Where the control's rule comes from."),
  reason: z26.string().describe("Why, in the report's language."),
  remediation: z26.string().exactOptional().describe("What to do, in the report's language.")
}).strict().readonly().describe("A fail or manual finding, in the report's language."), ReportedSubjectSchema = z26.object({
  index: CountSchema2.describe("Zero-based position in the input (line order for NDJSON)."),
  id: z26.string().exactOptional().describe("The subject's id, if it has one."),
  name: z26.string().exactOptional().describe("The asset's name, if it has one."),
  kind: SubjectKindSchema.describe("The subject's kind."),
  outcome: z26.enum(["non-compliant", "needs-review"]).describe("The subject's outcome."),
  findings: z26.array(ReportedFindingSchema).readonly().describe("Its fail and manual findings, in canonical order.")
}).strict().readonly().describe("A non-compliant or needs-review subject, with the findings that made it so."), ReportedExceptionSchema = z26.object({
  /** The exception's reference in the register. */
  reference: z26.string().describe("The exception's reference in the register."),
  /** The first day it is valid, if recorded. */
  validFrom: IsoDateSchema.exactOptional().describe("The first day it is valid, if recorded."),
  /** The last day it is valid. */
  validUntil: IsoDateSchema.describe("The last day it is valid."),
  /** The link it opens, for an isolation exception. */
  link: z26.object({
    /** The zone the information leaves. */
    from: z26.string().describe("The zone the information leaves."),
    /** The zone the information enters. */
    to: z26.string().describe("The zone the information enters.")
  }).strict().readonly().exactOptional().describe("The link it opens, for an isolation exception (7(3)\u2460)."),
  /** The controls it turned from fail into pass, in canonical order. */
  controls: z26.array(z26.string()).readonly().describe("The controls it turned from fail into pass, in canonical order."),
  /** The controls it named but did not apply to, with why. */
  rejected: z26.array(
    z26.object({
      /** The control id. */
      control: z26.string().describe("The control id."),
      /** Why the exception did not apply (an exceptionRejected reason). */
      reason: z26.string().describe("Why the exception did not apply (an exceptionRejected reason).")
    }).strict().readonly()
  ).readonly().describe("The controls it named but did not apply to, with why."),
  /** The subjects it appeared on (id or #position), at most 100. */
  subjects: z26.array(z26.string()).readonly().describe("The subjects it appeared on (id or #position), at most 100."),
  /** How many subjects it appeared on. */
  subjectCount: CountSchema2.describe("How many subjects it appeared on.")
}).strict().readonly().describe("A recorded exception the subjects carried: its period, the controls it turned into a pass, those it was rejected for, and the subjects."), OutcomeCountsSchema = z26.object({
  compliant: CountSchema2.describe("How many subjects were compliant."),
  "non-compliant": CountSchema2.describe("How many subjects were non-compliant."),
  "needs-review": CountSchema2.describe("How many subjects need review."),
  "not-applicable": CountSchema2.describe("How many subjects no control applied to.")
}).strict().readonly(), ReportOrganizationRowSchema = z26.object({
  group: z26.enum(["in-scope", "outside", "unstated"]).describe(`"in-scope": one organisation of 5(1) (or one an overlay registered); "outside": every body outside 5(1), together; "unstated": subjects that name no organisation (the Union's own).`),
  organization: z26.string().exactOptional().describe("The organisation's id, for an in-scope row."),
  name: z26.string().describe("The organisation's name (or the group's), in the report's language."),
  total: CountSchema2.describe("How many subjects the row counts."),
  outcomes: OutcomeCountsSchema.describe("How many of them had each outcome.")
}).strict().readonly().describe("Outcomes of the subjects of one organisation of 5(1), of every body outside it, or of subjects naming none."), ReportZoneRowSchema = z26.object({
  zone: ZoneSchema.exactOptional().describe("The zone (7(3)); absent for the subjects of no zone."),
  name: z26.string().describe(`The zone's name (or "no zone"), in the report's language.`),
  total: CountSchema2.describe("How many subjects the row counts (a transfer counts under the zone it enters)."),
  outcomes: OutcomeCountsSchema.describe("How many of them had each outcome.")
}).strict().readonly().describe("Outcomes of the subjects of one zone, or of subjects of no zone."), ReportedOutOfScopeSchema = z26.object({
  index: CountSchema2.describe("Zero-based position in the input."),
  id: z26.string().exactOptional().describe("The subject's id, if it has one."),
  name: z26.string().exactOptional().describe("The asset's name, if it has one."),
  kind: SubjectKindSchema.describe("The subject's kind."),
  organization: z26.string().exactOptional().describe("The organisation the subject names, as given, if it names one."),
  clause: ClauseRefSchema.describe('The clause of the scope gate that put it out of scope, e.g. "5(1)".'),
  reason: z26.string().describe("Why it is out of scope: the scope finding's reason, in the report's language.")
}).strict().readonly().describe("A subject a scope gate of clause 5 found outside the policy, with why."), ReportOutOfScopeSchema = z26.object({
  total: CountSchema2.describe("How many subjects a scope gate found outside the policy."),
  subjects: z26.array(ReportedOutOfScopeSchema).readonly().describe("The first of them (at most 1,000), in input order, each with why.")
}).strict().readonly().describe("The subjects outside the policy's scope: listed with why, not dropped."), ReportInputSchema = z26.object({
  name: z26.string().describe(`The input's name as the caller gives it, e.g. "inventory.ndjson" or "-" for standard input.`),
  subjects: CountSchema2.exactOptional().describe("How many subjects it held, if the caller says.")
}).strict().readonly().describe("One input of the report, e.g. a file and how many subjects it held."), ReportGeneratedSchema = z26.object({
  at: z26.iso.datetime({ offset: !0 }).describe('An ISO 8601 date-time with a time zone, e.g. "2026-11-25T09:00:00+09:00".'),
  source: z26.enum(["given", "clock"]).describe(`"given": a time the caller was given (the CLI's --generated-at); "clock": the caller read its own clock.`)
}).strict().readonly().describe("When the report was generated; the library never reads the clock, its caller passes the time."), AuditReportSchema = z26.object({
  policy: ReportPolicySchema.describe("The policy that made every decision."),
  overlay: ReportOverlaySchema.exactOptional().describe("The overlay the policy was extended with, if any."),
  asOf: IsoDateSchema.exactOptional().describe("The date date-based controls were judged as of (YYYY-MM-DD), if one was given."),
  locale: LocaleSchema.describe("The language of the titles, names, reasons and remediations."),
  inputs: z26.array(ReportInputSchema).readonly().exactOptional().describe("The inputs the subjects came from, as the caller named them (shown in the report's header)."),
  generated: ReportGeneratedSchema.exactOptional().describe("When the report was generated, as the caller says (the library never reads the clock)."),
  total: CountSchema2.describe("How many subjects were audited."),
  outcomes: z26.object({
    compliant: CountSchema2.describe("How many subjects were compliant."),
    "non-compliant": CountSchema2.describe("How many subjects were non-compliant."),
    "needs-review": CountSchema2.describe("How many subjects need review."),
    "not-applicable": CountSchema2.describe("How many subjects no control applied to.")
  }).strict().readonly().describe("How many subjects had each outcome (every outcome is present)."),
  kinds: withoutProtoKeys(z26.partialRecord(SubjectKindSchema, CountSchema2).readonly()).describe("How many subjects of each kind (kinds with none are left out)."),
  controls: z26.array(ReportControlRowSchema).readonly().describe("One row per control of the policy, in canonical order."),
  threats: z26.array(ReportThreatRowSchema).readonly().describe("One row per threat of clause 4, each followed by its listed examples."),
  exceptions: z26.array(ReportedExceptionSchema).readonly().describe("The recorded exceptions the subjects carried that named a failed control: used or rejected."),
  byOrganization: z26.array(ReportOrganizationRowSchema).readonly().describe("Outcomes per organisation of 5(1) (in the scope's order), then bodies outside 5(1) and subjects naming none; rows with subjects only."),
  byZone: z26.array(ReportZoneRowSchema).readonly().describe("Outcomes per zone (mynumber, lgwan, internet), then subjects of no zone; rows with subjects only."),
  outOfScope: ReportOutOfScopeSchema.describe("The subjects out of scope, with why."),
  subjects: z26.array(ReportedSubjectSchema).readonly().describe("The non-compliant and needs-review subjects, in input order.")
}).strict().readonly();

// ../../tmp/infosec-baseline-UtWtyv/src/report/checklist-answers.ts
import { z as z27 } from "zod";
var CHECKLIST_KIND = "self-inspection", YesNoAnswerSchema = z27.union([z27.boolean(), z27.enum(["yes", "no", "unknown"])]), DateAnswerSchema = z27.union([IsoDateSchema, z27.enum(["never", "unknown"]), z27.null()]), StaffCategoriesAnswerSchema = z27.union([z27.array(PersonCategorySchema).max(16), z27.literal("unknown")]), answers = {
  securityOrganizationEstablished: YesNoAnswerSchema.describe("Is the organisation for information security (CISO and officers) established? (7(1))"),
  staffCategoriesBound: StaffCategoriesAnswerSchema.describe("Which categories of staff are bound by the policy (informed, pledged)? (6)"),
  staffRulesDefined: YesNoAnswerSchema.describe("Are the rules staff must follow defined? (7(5))"),
  lastTraining: DateAnswerSchema.describe("When was staff training last given? (7(5))"),
  monitoringInPlace: YesNoAnswerSchema.describe("Are the information systems monitored? (7(7))"),
  incidentResponseReady: YesNoAnswerSchema.describe("Is the incident response procedure ready? (7(7))"),
  secureDevelopmentInPlace: YesNoAnswerSchema.describe("Are security requirements set, reviewed and tested when systems are procured or developed?"),
  continuityPlanInPlace: YesNoAnswerSchema.describe("Is there a business continuity plan for disasters, staff shortage and outages?"),
  lastAudit: DateAnswerSchema.describe("When was the last information security audit? (8)"),
  lastSelfInspection: DateAnswerSchema.describe("When was the last self-inspection? (8)"),
  reviewNeeded: YesNoAnswerSchema.describe("Did audit, self-inspection or a change of circumstances make a review necessary? (9)"),
  reviewed: YesNoAnswerSchema.describe("Was the policy reviewed after that? (9)"),
  riskAnalyzed: YesNoAnswerSchema.describe("Did the review analyse the likelihood of threats and the loss? (9)"),
  standardsInPlace: YesNoAnswerSchema.describe("Are the Standards (\u5BFE\u7B56\u57FA\u6E96) established? (10)"),
  proceduresInPlace: YesNoAnswerSchema.describe("Are the Procedures (\u5B9F\u65BD\u624B\u9806) established? (11)")
}, ChecklistAnswersSchema = z27.object({
  checklist: z27.literal(CHECKLIST_KIND).describe('Always "self-inspection": marks the file as an answers file.'),
  organization: OrganizationRefSchema.describe('The organisation inspected (5(1)), e.g. "assembly-secretariat".'),
  id: SubjectIdSchema.optional().describe('An identifier for this inspection, echoed in the decision (e.g. "self-inspection-2026-asm").'),
  asOf: IsoDateSchema.optional().describe('The date the answers are judged as of (the inspection date). "--as-of" overrides it.'),
  respondent: z27.string().min(1).max(200).optional().describe("Who answered (name or post), for the record."),
  policy: z27.string().min(1).max(200).optional().describe('The policy the checklist was generated from, e.g. "miyagi-kouiki-basic-policy 1.0.0", for the record.'),
  answers: z27.object(answers).partial().strict().describe("The answers, by question id.")
}).strict();
function isChecklistAnswers(input) {
  return typeof input == "object" && input !== null && !Array.isArray(input) && input.checklist === CHECKLIST_KIND;
}
function yesNo(answer) {
  return answer === !0 || answer === "yes" ? !0 : answer === !1 || answer === "no" ? !1 : void 0;
}
function date2(answer) {
  return answer === void 0 || answer === "unknown" ? void 0 : answer === "never" || answer === null ? null : answer;
}
function parseChecklistAnswers(input, options) {
  let parsed = ChecklistAnswersSchema.safeParse(input);
  if (!parsed.success)
    return { success: !1, error: new InvalidInputError(issuesFromZod(parsed.error, [], { locale: options?.locale ?? "ja", input, schema: ChecklistAnswersSchema }), "checklist answers") };
  let file = parsed.data, a = file.answers, subject3 = { kind: "organization" };
  file.id !== void 0 && (subject3.id = file.id), subject3.organization = file.organization, file.asOf !== void 0 && (subject3.asOf = file.asOf);
  for (let [id2, answer] of Object.entries(a)) {
    let value2 = id2 === "staffCategoriesBound" ? answer === "unknown" ? void 0 : answer : id2 === "lastTraining" || id2 === "lastAudit" || id2 === "lastSelfInspection" ? date2(answer) : yesNo(answer);
    value2 !== void 0 && (subject3[id2] = value2);
  }
  return { success: !0, data: subject3 };
}

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/find-clause.ts
var MAX_SUGGESTIONS2 = 3, NO_CLAUSES = Object.freeze([]), index;
function clauseIndex() {
  return index ??= buildClauseIndex(clauses);
}
function buildClauseIndex(all) {
  let byRef = /* @__PURE__ */ new Map(), children = /* @__PURE__ */ new Map();
  for (let clause of all) {
    byRef.set(clause.ref, clause);
    let siblings = children.get(clause.parent) ?? [];
    siblings.push(clause), children.set(clause.parent, siblings);
  }
  for (let siblings of children.values()) Object.freeze(siblings);
  return { byRef, children };
}
var UnknownClauseError = class extends Error {
  /** Always `"UnknownClauseError"`, so the error can be recognised after serialisation. */
  name = "UnknownClauseError";
  /** The reference that was asked for, exactly as given. */
  ref;
  /** Known references close to the one asked for, nearest first. */
  suggestions;
  /**
   * Creates the error for a reference that names no clause.
   *
   * @param ref - The reference that was asked for, exactly as given.
   * @param suggestions - Known references close to it, nearest first.
   * @example
   * ```ts
   * import { UnknownClauseError } from "./find-clause.js";
   *
   * throw new UnknownClauseError("12", ["11", "10", "9"]);
   * ```
   */
  constructor(ref, suggestions) {
    super(
      `Unknown clause reference ${JSON.stringify(ref)}. A clause reference uses the document's own numbering, half-width: a section such as "7", an item such as "3(13)", or a sub-item such as "7(3)\u2460". Closest known: ${suggestions.map((s) => JSON.stringify(s)).join(", ")}.`
    ), this.ref = ref, this.suggestions = Object.freeze([...suggestions]);
  }
}, CIRCLED_BASE = 9311;
function normalizeClauseRef(ref) {
  let text3 = ref.split(/([\u2460-\u2473])/u).map((part, position) => position % 2 === 1 ? part : part.normalize("NFKC")).join("").replace(/\s+/gu, ""), subItem = /^(\d+\(\d+\))(?:\(([1-9]\d?)\)|([1-9]\d?))$/u.exec(text3);
  if (subItem === null) return text3;
  let n = Number(subItem[2] ?? subItem[3]);
  return n <= 20 ? `${subItem[1]}${String.fromCodePoint(CIRCLED_BASE + n)}` : text3;
}
function findClause(ref) {
  let { byRef } = clauseIndex();
  return byRef.get(ref) ?? byRef.get(normalizeClauseRef(ref));
}
function getClause(ref) {
  let clause = findClause(ref);
  if (clause === void 0) throw new UnknownClauseError(ref, nearbyRefs(ref));
  return clause;
}
function hasClause(ref) {
  return findClause(ref) !== void 0;
}
function childClauses(ref) {
  let { children } = clauseIndex();
  return children.get(getClause(ref).ref) ?? NO_CLAUSES;
}
function clauseText2(clause, locale) {
  return (clause.heading === void 0 ? clause.paragraphs : [clause.heading, ...clause.paragraphs]).map((text3) => text3[locale]).join(`
`);
}
function nearbyRefs(ref) {
  let path = looseNumbers(ref);
  if (path.length === 0) return sectionRefs().slice(0, MAX_SUGGESTIONS2);
  let { byRef, children } = clauseIndex(), depth = Math.min(path.length, 3) - 1, parent;
  for (; depth > 0 && (parent = byRef.get(depth === 1 ? `${path[0]}` : `${path[0]}(${path[1]})`), parent === void 0); )
    depth -= 1;
  let wanted = path[depth] ?? 0, siblings = [...children.get(parent?.ref) ?? []];
  siblings.sort((a, b) => Math.abs(numberAt(a, depth) - wanted) - Math.abs(numberAt(b, depth) - wanted));
  let nearest = siblings.map((clause) => clause.ref);
  return (parent === void 0 ? nearest : [...nearest.slice(0, MAX_SUGGESTIONS2 - 1), parent.ref]).slice(0, MAX_SUGGESTIONS2);
}
function sectionRefs() {
  return (clauseIndex().children.get(void 0) ?? []).map((clause) => clause.ref);
}
var CIRCLED_ONE = 9312;
function looseNumbers(ref) {
  let halfWidth = ref.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 65248)), numbers = [];
  for (let [, digits, circled] of halfWidth.matchAll(/(\d+)|([①-⑳])/g))
    numbers.push(digits !== void 0 ? Number(digits) : (circled?.codePointAt(0) ?? CIRCLED_ONE) - CIRCLED_ONE + 1);
  return numbers;
}
function numberAt(clause, depth) {
  return (depth === 0 ? clause.section : depth === 1 ? clause.item : clause.subItem) ?? 0;
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/checklist-questions.ts
var CHECKLIST_QUESTIONS = Object.freeze([
  {
    id: "securityOrganizationEstablished",
    answer: "yes-no",
    text: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u3092\u63A8\u9032\u3059\u308B\u4F53\u5236\uFF08\u6700\u9AD8\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8CAC\u4EFB\u8005\uFF08CISO\uFF09\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8CAC\u4EFB\u8005\u7B49\uFF09\u3092\u78BA\u7ACB\u3057\u3001\u5F79\u5272\u3068\u8CAC\u4EFB\u3092\u5B9A\u3081\u3066\u3044\u308B\u304B\u3002",
      en: "Is an organisation that promotes information security measures (the CISO and the security officers) established, with roles and responsibilities defined?"
    }
  },
  {
    id: "staffCategoriesBound",
    answer: "staff-categories",
    text: {
      ja: `\u57FA\u672C\u65B9\u91DD\u53CA\u3073\u5BFE\u7B56\u57FA\u6E96\u3092\u9075\u5B88\u3059\u308B\u7FA9\u52D9\u3092\u5468\u77E5\u3057\u305F\u8077\u54E1\u306E\u533A\u5206\u306F\u3069\u308C\u304B\uFF08${gloss("person.regular").ja}\u3001${gloss("person.fiscal-year-appointed").ja}\u3001${gloss("person.part-time").ja}\uFF09\u3002`,
      en: `Which categories of staff have been informed of their duty to comply with the Basic Policy and the Standards (${gloss("person.regular").en}, ${gloss("person.fiscal-year-appointed").en}, ${gloss("person.part-time").en})?`
    }
  },
  {
    id: "staffRulesDefined",
    answer: "yes-no",
    text: {
      ja: "\u8077\u54E1\u7B49\u304C\u9075\u5B88\u3059\u3079\u304D\u4E8B\u9805\uFF08\u60C5\u5831\u8CC7\u7523\u306E\u53D6\u6271\u3044\u3001\u30D1\u30B9\u30EF\u30FC\u30C9\u306E\u7BA1\u7406\u7B49\uFF09\u3092\u5B9A\u3081\u3066\u3044\u308B\u304B\u3002",
      en: "Are the rules staff must follow (handling of information assets, passwords and the like) defined?"
    }
  },
  {
    id: "lastTraining",
    answer: "date",
    text: {
      ja: `\u8077\u54E1\u306B\u5BFE\u3059\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3${gloss("word.training").ja}\u3092\u6700\u5F8C\u306B\u5B9F\u65BD\u3057\u305F\u65E5\u306F\u3044\u3064\u304B\u3002`,
      en: "When was information security training last given to staff?"
    }
  },
  {
    id: "monitoringInPlace",
    answer: "yes-no",
    text: {
      ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u7A3C\u50CD\u72B6\u6CC1\u3084\u4E0D\u6B63\u306A\u901A\u4FE1\u7B49\u3092\u76E3\u8996\u3057\u3066\u3044\u308B\u304B\u3002",
      en: "Are the information systems monitored (operation, unauthorised traffic and the like)?"
    }
  },
  {
    id: "incidentResponseReady",
    answer: "yes-no",
    text: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30A4\u30F3\u30B7\u30C7\u30F3\u30C8\u767A\u751F\u6642\u306E\u9023\u7D61\u4F53\u5236\u53CA\u3073\u5BFE\u5FDC\u624B\u9806\u3092\u5B9A\u3081\u3066\u3044\u308B\u304B\u3002",
      en: "Are the contact chain and the procedure for responding to security incidents in place?"
    }
  },
  {
    id: "secureDevelopmentInPlace",
    answer: "yes-no",
    text: {
      ja: "\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306E\u8ABF\u9054\u30FB\u958B\u767A\u306B\u304A\u3044\u3066\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8981\u4EF6\u3092\u5B9A\u3081\u3001\u5C0E\u5165\u524D\u306B\u78BA\u8A8D\u30FB\u8A66\u9A13\u3057\u3066\u3044\u308B\u304B\u3002",
      en: "Are security requirements set when systems are procured or developed, and checked and tested before use?"
    }
  },
  {
    id: "continuityPlanInPlace",
    answer: "yes-no",
    text: {
      ja: "\u707D\u5BB3\u3001\u611F\u67D3\u75C7\u7B49\u306B\u3088\u308B\u8077\u54E1\u306E\u4E0D\u8DB3\u3001\u96FB\u529B\u30FB\u901A\u4FE1\u7B49\u306E\u793E\u4F1A\u30A4\u30F3\u30D5\u30E9\u306E\u505C\u6B62\u3092\u60F3\u5B9A\u3057\u305F\u696D\u52D9\u7D99\u7D9A\u8A08\u753B\u3092\u5B9A\u3081\u3066\u3044\u308B\u304B\u3002",
      en: "Is there a business continuity plan that covers disasters, staff shortage (e.g. a pandemic) and outages of power, communications and other infrastructure?"
    }
  },
  {
    id: "lastAudit",
    answer: "date",
    text: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u3092\u6700\u5F8C\u306B\u5B9F\u65BD\u3057\u305F\u65E5\u306F\u3044\u3064\u304B\u3002",
      en: "When was the last information security audit carried out?"
    }
  },
  {
    id: "lastSelfInspection",
    answer: "date",
    text: {
      ja: "\u81EA\u5DF1\u70B9\u691C\u3092\u6700\u5F8C\u306B\u5B9F\u65BD\u3057\u305F\u65E5\u306F\u3044\u3064\u304B\uFF08\u4ECA\u56DE\u306E\u70B9\u691C\u3092\u9664\u304F\uFF09\u3002",
      en: "When was the last self-inspection carried out (not counting this one)?"
    }
  },
  {
    id: "reviewNeeded",
    answer: "yes-no",
    text: {
      ja: "\u76E3\u67FB\u30FB\u81EA\u5DF1\u70B9\u691C\u306E\u7D50\u679C\u3084\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u3092\u53D6\u308A\u5DFB\u304F\u72B6\u6CC1\u306E\u5909\u5316\u306B\u3088\u308A\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306E\u898B\u76F4\u3057\u304C\u5FC5\u8981\u3068\u306A\u3063\u305F\u304B\u3002",
      en: "Have audit or self-inspection results, or changes in circumstances, made a review of the Information Security Policy necessary?"
    }
  },
  {
    id: "reviewed",
    answer: "yes-no",
    text: {
      ja: "\u898B\u76F4\u3057\u304C\u5FC5\u8981\u3068\u306A\u3063\u305F\u5834\u5408\u3001\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u3092\u898B\u76F4\u3057\u305F\u304B\u3002",
      en: "If a review was necessary, has the Information Security Policy been reviewed?"
    }
  },
  {
    id: "riskAnalyzed",
    answer: "yes-no",
    text: {
      ja: "\u898B\u76F4\u3057\u306B\u5F53\u305F\u308A\u3001\u8105\u5A01\u306E\u767A\u751F\u53EF\u80FD\u6027\u53CA\u3073\u767A\u751F\u3057\u305F\u5834\u5408\u306E\u640D\u5931\u3092\u5206\u6790\u3057\u305F\u304B\u3002",
      en: "Did the review analyse the likelihood of the threats and the loss if they occur?"
    }
  },
  {
    id: "standardsInPlace",
    answer: "yes-no",
    text: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u57FA\u6E96\u3092\u7B56\u5B9A\u3057\u3066\u3044\u308B\u304B\u3002",
      en: "Are the Information Security Standards (\u5BFE\u7B56\u57FA\u6E96) established?"
    }
  },
  {
    id: "proceduresInPlace",
    answer: "yes-no",
    text: {
      ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5171\u901A\u5B9F\u65BD\u624B\u9806\u3092\u7B56\u5B9A\u3057\u3066\u3044\u308B\u304B\u3002",
      en: "Are the Information Security Common Implementation Procedures (\u5B9F\u65BD\u624B\u9806) established?"
    }
  }
]);

// ../../tmp/infosec-baseline-UtWtyv/src/report/checklist.ts
function checklistSections(policy2 = policy) {
  let sections = [], asked = /* @__PURE__ */ new Map();
  for (let control of policy2.controls) {
    if (control.checks.organization === void 0 || control.gate) continue;
    let facts = control.facts.organization ?? [], questions = CHECKLIST_QUESTIONS.filter((question) => facts.includes(question.id));
    questions.sort((a, b) => facts.indexOf(a.id) - facts.indexOf(b.id));
    for (let question of questions) asked.has(question.id) || asked.set(question.id, question);
    sections.push({ control, questions });
  }
  return { sections, questions: [...asked.values()] };
}
function checklistAnswersTemplate(options) {
  let policy2 = options.policy ?? policy, answers2 = {};
  for (let question of checklistSections(policy2).questions) answers2[question.id] = "unknown";
  return {
    checklist: CHECKLIST_KIND,
    // As given: an answers file naming anything but an organisation of 5(1) (or an explicit
    // `{ outside }`) is rejected when it is read back, so a mistaken name never passes.
    organization: options.organization,
    ...options.asOf === void 0 ? {} : { asOf: options.asOf },
    policy: `${policy2.id} ${policy2.version}`,
    answers: answers2
  };
}
var T = {
  title: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u81EA\u5DF1\u70B9\u691C\u30C1\u30A7\u30C3\u30AF\u30EA\u30B9\u30C8", en: "Information security self-inspection checklist" },
  organization: { ja: "\u70B9\u691C\u3059\u308B\u7D44\u7E54", en: "Organisation inspected" },
  policy: { ja: "\u30DD\u30EA\u30B7\u30FC", en: "Policy" },
  overlay: { ja: "\u9069\u7528\u3057\u305F\u5BFE\u7B56\u57FA\u6E96\uFF08\u30AA\u30FC\u30D0\u30FC\u30EC\u30A4\uFF09", en: "Overlay applied" },
  none: gloss("word.none"),
  date: { ja: "\u70B9\u691C\u65E5", en: "Inspection date" },
  respondent: { ja: "\u56DE\u7B54\u8005", en: "Respondent" },
  blank: { ja: "\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F", en: "________________" },
  intro: {
    ja: '\u57FA\u672C\u65B9\u91DD8\u306B\u57FA\u3065\u304F\u81EA\u5DF1\u70B9\u691C\u306E\u8A2D\u554F\u3067\u3042\u308B\u3002\u7BA1\u7406\u8005\u306F\u5404\u8A2D\u554F\u306B\u56DE\u7B54\u3057\u3066\u672B\u5C3E\u306E\u56DE\u7B54\u30D5\u30A1\u30A4\u30EB\u306B\u8A18\u5165\u3057\u3001`infosec-policy check <\u56DE\u7B54\u30D5\u30A1\u30A4\u30EB>` \u3067\u5224\u5B9A\u3059\u308B\u3002\u56DE\u7B54\u3057\u306A\u3044\u8A2D\u554F\uFF08`"unknown"`\uFF09\u306B\u4FC2\u308B\u7BA1\u7406\u7B56\u306F\u300C\u8981\u78BA\u8A8D\u300D\u3068\u306A\u308A\u3001\u9069\u5408\u3068\u306F\u306A\u3089\u306A\u3044\u3002',
    en: 'The questions of the self-inspection of clause 8. A manager answers each question, fills in the answers file at the end, and runs `infosec-policy check <answers file>` to judge it. A question left unanswered (`"unknown"`) makes the controls that need it "needs review", never compliant.'
  },
  howYesNo: { ja: "\u56DE\u7B54: `yes`\uFF08\u306F\u3044\uFF09 / `no`\uFF08\u3044\u3044\u3048\uFF09 / `unknown`\uFF08\u4E0D\u660E\uFF09", en: "Answer: `yes` / `no` / `unknown`" },
  howDate: { ja: "\u56DE\u7B54: \u65E5\u4ED8 `YYYY-MM-DD` / `never`\uFF08\u672A\u5B9F\u65BD\uFF09 / `unknown`\uFF08\u4E0D\u660E\uFF09", en: "Answer: a date `YYYY-MM-DD` / `never` / `unknown`" },
  howList: {
    ja: `\u56DE\u7B54: \u8A72\u5F53\u3059\u308B\u533A\u5206\u306E\u914D\u5217 / \`unknown\`\u3002\u533A\u5206\u306F \`regular\`\uFF1D${gloss("person.regular").ja}\u3001\`fiscal-year-appointed\`\uFF1D${gloss("person.fiscal-year-appointed").ja}\u3001\`part-time\`\uFF1D${gloss("person.part-time").ja}\uFF08\u4F8B: \`["regular", "fiscal-year-appointed", "part-time"]\`\uFF09`,
    en: `Answer: an array of the categories / \`unknown\`: \`regular\` = ${gloss("person.regular").en}, \`fiscal-year-appointed\` = ${gloss("person.fiscal-year-appointed").en}, \`part-time\` = ${gloss("person.part-time").en} (e.g. \`["regular", "fiscal-year-appointed", "part-time"]\`)`
  },
  requirement: gloss("word.requirement"),
  provenance: gloss("word.provenance"),
  clauseText: { ja: "\u57FA\u672C\u65B9\u91DD", en: "Basic policy" },
  parameter: { ja: "\u57FA\u6E96\u5024", en: "Parameter" },
  seeAbove: { ja: "\u524D\u51FA", en: "asked above" },
  answersFile: { ja: "\u56DE\u7B54\u30D5\u30A1\u30A4\u30EB", en: "Answers file" },
  answersIntro: {
    ja: '\u6B21\u306E JSON \u3092\u4FDD\u5B58\u3057\u3001\u5404\u8A2D\u554F\u306E `"unknown"` \u3092\u56DE\u7B54\u306B\u7F6E\u304D\u63DB\u3048\u308B\u3002',
    en: 'Save this JSON and replace each `"unknown"` with the answer.'
  }
}, UNITS = { months: gloss("unit.months") };
function unitLabel(unit, l) {
  return UNITS[unit]?.[l] ?? unit;
}
function how(question, l) {
  return question.answer === "yes-no" ? T.howYesNo[l] : question.answer === "date" ? T.howDate[l] : T.howList[l];
}
function renderChecklist(options) {
  let policy2 = options.policy ?? policy, l = options.locale ?? "ja", e = escapeMarkdown, org = policy2.scope.organizations.find((candidate) => candidate.id === options.organization), orgName = org === void 0 ? e(options.organization) : `${e(org.name[l])} (\`${org.id}\`)`, applied = overlayOf(policy2, l), overlay = applied === void 0 ? T.none[l] : e(overlayLabel(applied)), text3 = `# ${T.title[l]}

`;
  text3 += `- ${T.organization[l]}: ${orgName}
`, text3 += `- ${T.policy[l]}: ${e(policy2.title[l])} ${markdownCode(policy2.id)} ${e(policy2.version)}
`, text3 += `- ${T.overlay[l]}: ${overlay}
`, text3 += `- ${T.date[l]}: ${options.asOf ?? T.blank[l]}
`, text3 += `- ${T.respondent[l]}: ${T.blank[l]}

${T.intro[l]}

`;
  let { sections } = checklistSections(policy2), numbers = /* @__PURE__ */ new Map(), lastClause;
  for (let section of sections) {
    let { control } = section;
    text3 += `## ${e(control.clause)} ${e(control.title[l])} (${markdownCode(control.id)})

`;
    let clause = getClause(control.clause), body = clause.paragraphs.map((p) => p[l]).join(" "), heading = clause.heading === void 0 ? "" : `**${e(clause.heading[l])}** `;
    (body !== "" || heading !== "") && control.clause !== lastClause && (text3 += `> ${T.clauseText[l]} ${e(control.clause)}: ${heading}${e(body)}

`), lastClause = control.clause, text3 += `- ${T.provenance[l]}: ${e(provenanceTag(control.clause, control.provenance, l))}
`, text3 += `- ${T.requirement[l]}: ${e(control.requirement[l])}
`;
    for (let [name, spec] of Object.entries(control.parameters)) {
      let value2 = policy2.parameters[control.id]?.[name] ?? spec.default;
      text3 += `- ${T.parameter[l]}: ${e(spec.description[l])} = **${value2}** ${e(unitLabel(spec.unit, l))}
`;
    }
    text3 += `
`;
    for (let question of section.questions) {
      let known = numbers.get(question.id);
      if (known !== void 0) {
        text3 += `- Q${known} \`${question.id}\`\uFF08${T.seeAbove[l]}\uFF09
`;
        continue;
      }
      let n = numbers.size + 1;
      numbers.set(question.id, n), text3 += `- [ ] **Q${n}** \`${question.id}\` \u2014 ${e(question.text[l])}
  ${how(question, l)}
`;
    }
    text3 += `
`;
  }
  let template = checklistAnswersTemplate({ ...options, policy: policy2 });
  return text3 += `## ${T.answersFile[l]}

${T.answersIntro[l]}

\`\`\`json
${JSON.stringify(template, null, 2)}
\`\`\`
`, text3;
}
var H = {
  number: { ja: "\u756A\u53F7", en: "No." },
  question: { ja: "\u8A2D\u554F", en: "Question" },
  how: { ja: "\u56DE\u7B54\u65B9\u6CD5", en: "How to answer" },
  answer: { ja: "\u56DE\u7B54", en: "Answer" },
  item: { ja: "\u9805\u76EE", en: "Item" },
  value: { ja: "\u5185\u5BB9", en: "Value" }
};
function fixedHtml(text3) {
  return escapeHtml(text3).replace(/`([^`]*)`/g, "<code>$1</code>");
}
var CHECKLIST_STYLE = `
@page { size: A4; margin: 15mm 14mm 17mm; }
:root { color-scheme: light; --line: #9aa0a6; }
body { font-family: "Hiragino Sans", "Noto Sans JP", "Yu Gothic", Meiryo, system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #111; line-height: 1.55; }
h1 { font-size: 1.5rem; border-bottom: 3px solid #111; padding-bottom: .3rem; }
h2 { font-size: 1.1rem; margin-top: 1.8rem; border-left: 6px solid #111; padding-left: .5rem; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
blockquote { margin: .4rem 0; padding: .3rem .8rem; border-left: 3px solid var(--line); color: #333; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .92rem; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #eef0f2; }
td.answer { width: 22%; }
td.no { white-space: nowrap; }
code { font-size: .85em; }
pre { white-space: pre-wrap; word-break: break-all; border: 1px solid var(--line); padding: .5rem; font-size: .8rem; }
.muted { color: #555; font-size: .9rem; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } th { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
`.trim();
function renderChecklistHtml(options) {
  let policy2 = options.policy ?? policy, l = options.locale ?? "ja", e = escapeHtml, org = policy2.scope.organizations.find((candidate) => candidate.id === options.organization), orgName = org === void 0 ? e(options.organization) : `${e(org.name[l])} <code>${e(org.id)}</code>`, applied = overlayOf(policy2, l), overlay = e(applied === void 0 ? T.none[l] : overlayLabel(applied)), html = `<!DOCTYPE html>
<html lang="${l}">
<head>
<meta charset="utf-8">
`;
  html += `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
`, html += `<meta name="viewport" content="width=device-width, initial-scale=1">
`, html += `<title>${e(T.title[l])} \u2014 ${e(org?.name[l] ?? options.organization)}${options.asOf === void 0 ? "" : ` (${e(options.asOf)})`}</title>
`, html += `<style>
${CHECKLIST_STYLE}
</style>
</head>
<body>
<h1>${e(T.title[l])}</h1>
`, html += `<table class="meta"><tbody>
`, html += `<tr><th>${e(T.organization[l])}</th><td>${orgName}</td></tr>
`, html += `<tr><th>${e(T.policy[l])}</th><td>${e(policy2.title[l])} <code>${e(policy2.id)} ${e(policy2.version)}</code></td></tr>
`, html += `<tr><th>${e(T.overlay[l])}</th><td>${overlay}</td></tr>
`, html += `<tr><th>${e(T.date[l])}</th><td>${options.asOf === void 0 ? "" : e(options.asOf)}</td></tr>
`, html += `<tr><th>${e(T.respondent[l])}</th><td></td></tr>
</tbody></table>
`, html += `<p>${fixedHtml(T.intro[l])}</p>
`;
  let numbers = /* @__PURE__ */ new Map(), lastClause;
  for (let section of checklistSections(policy2).sections) {
    let { control } = section;
    html += `<section>
<h2>${e(control.clause)} ${e(control.title[l])} <code>${e(control.id)}</code></h2>
`;
    let clause = getClause(control.clause), body = clause.paragraphs.map((p) => p[l]).join(" "), heading = clause.heading === void 0 ? "" : `<strong>${e(clause.heading[l])}</strong> `;
    (body !== "" || heading !== "") && control.clause !== lastClause && (html += `<blockquote>${e(T.clauseText[l])} ${e(control.clause)}: ${heading}${e(body)}</blockquote>
`), lastClause = control.clause, html += `<table><tbody>
<tr><th>${e(T.provenance[l])}</th><td>${e(provenanceTag(control.clause, control.provenance, l))}</td></tr>
`, html += `<tr><th>${e(T.requirement[l])}</th><td>${e(control.requirement[l])}</td></tr>
`;
    for (let [name, spec] of Object.entries(control.parameters)) {
      let value2 = policy2.parameters[control.id]?.[name] ?? spec.default;
      html += `<tr><th>${e(T.parameter[l])}</th><td>${e(spec.description[l])} = <strong>${e(String(value2))}</strong> ${e(unitLabel(spec.unit, l))}</td></tr>
`;
    }
    if (html += `</tbody></table>
`, section.questions.length > 0) {
      html += `<table class="questions"><thead><tr><th>${e(H.number[l])}</th><th>${e(H.question[l])}</th><th>${e(H.how[l])}</th><th>${e(H.answer[l])}</th></tr></thead><tbody>
`;
      for (let question of section.questions) {
        let known = numbers.get(question.id);
        if (known !== void 0) {
          html += `<tr><td class="no">Q${known}</td><td><code>${e(question.id)}</code>${l === "ja" ? `\uFF08${e(T.seeAbove[l])}\uFF09` : ` (${e(T.seeAbove[l])})`}</td><td></td><td></td></tr>
`;
          continue;
        }
        let n = numbers.size + 1;
        numbers.set(question.id, n), html += `<tr><td class="no">Q${n}</td><td>${e(question.text[l])}<br><code>${e(question.id)}</code></td><td>${fixedHtml(how(question, l))}</td><td class="answer"></td></tr>
`;
      }
      html += `</tbody></table>
`;
    }
    html += `</section>
`;
  }
  let template = checklistAnswersTemplate({ ...options, policy: policy2 });
  return html += `<section>
<h2>${e(T.answersFile[l])}</h2>
<p>${fixedHtml(T.answersIntro[l])}</p>
<pre><code>${JSON.stringify(template, null, 2).split(`
`).map(e).join(`
`)}</code></pre>
</section>
`, `${html}</body>
</html>
`;
}

// ../../tmp/infosec-baseline-UtWtyv/examples/overlay.sample.json
var overlay_sample_default = {
  $schema: "../dist/schemas/overlay.schema.json",
  id: "sample-organization-standards",
  version: "2026.4.0",
  name: {
    ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u57FA\u6E96\uFF08\u67B6\u7A7A\u306E\u4F8B\uFF09",
    en: "[SAMPLE] Information security standards (a fictional example)"
  },
  description: {
    ja: "\u3053\u308C\u306F\u672C\u30D1\u30C3\u30B1\u30FC\u30B8\u306E\u8A66\u9A13\u3068\u8AAC\u660E\u306E\u305F\u3081\u306E\u67B6\u7A7A\u306E\u30B5\u30F3\u30D7\u30EB\u3067\u3042\u308A\u3001\u5BAE\u57CE\u770C\u5F8C\u671F\u9AD8\u9F62\u8005\u533B\u7642\u5E83\u57DF\u9023\u5408\u306E\u5B9F\u969B\u306E\u5BFE\u7B56\u57FA\u6E96\u3067\u306F\u306A\u3044\uFF08\u5BFE\u7B56\u57FA\u6E96\u306F\u516C\u958B\u3055\u308C\u3066\u3044\u306A\u3044\u3002\u57FA\u672C\u65B9\u91DD10\uFF09\u3002\u30D1\u30B9\u30EF\u30FC\u30C9\u7B49\u306E\u8A8D\u8A3C\u3001\u53EF\u642C\u8A18\u61B6\u5A92\u4F53\u3001\u30ED\u30B0\u306E\u4FDD\u5B58\u3001\u30C6\u30EC\u30EF\u30FC\u30AF\u306B\u3064\u3044\u3066\u3001\u7D44\u7E54\u304C\u72EC\u81EA\u306B\u5B9A\u3081\u308B\u57FA\u6E96\u306E\u66F8\u304D\u65B9\u3092\u793A\u3059\u3002",
    en: "A fictional sample for this package's tests and documentation, NOT the actual standards of \u5BAE\u57CE\u770C\u5F8C\u671F\u9AD8\u9F62\u8005\u533B\u7642\u5E83\u57DF\u9023\u5408 (its standards are not public; clause 10). It shows how an organisation writes its own standards on authentication and passwords, removable media, log retention and remote work."
  },
  effectiveDate: "2027-04-01",
  parameters: {
    "training-interval": { trainingIntervalMonths: 6 },
    "self-inspection-interval": { selfInspectionIntervalMonths: 6 },
    "sign-in-authentication": { minimumFactorKinds: 2 },
    "locked-storage-of-media": { appliesFromConfidentiality: 1 }
  },
  changes: {
    "confidential-encryption": { admitsException: !1 }
  },
  controls: [
    {
      id: "org-no-outsider-sign-in-mynumber",
      title: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u90E8\u5916\u8005\u53CA\u3073\u59D4\u8A17\u4E8B\u696D\u8005\u306B\u3088\u308B\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u7AEF\u672B\u3078\u306E\u30ED\u30B0\u30A4\u30F3\u306E\u7981\u6B62",
        en: "[SAMPLE] No sign-in to My Number zone terminals by outsiders or contractors"
      },
      clause: "7(6)",
      category: "technical",
      threats: ["T1", "T1.1", "T1.4"],
      requirement: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u306E\u7AEF\u672B\u306B\u306F\u3001\u8077\u54E1\uFF08\u4F1A\u8A08\u5E74\u5EA6\u4EFB\u7528\u8077\u54E1\u53CA\u3073\u975E\u5E38\u52E4\u8077\u54E1\u3092\u542B\u3080\uFF09\u4EE5\u5916\u306E\u8005\u306EID\u3092\u767A\u884C\u305B\u305A\u3001\u30ED\u30B0\u30A4\u30F3\u3055\u305B\u306A\u3044\u3002\u30D1\u30B9\u30EF\u30FC\u30C9\u306E\u307F\u306B\u3088\u308B\u8A8D\u8A3C\u306F\u8A8D\u3081\u306A\u3044\uFF08\u8A8D\u8A3C\u8981\u7D20\u306E\u7A2E\u985E\u6570\u306F2\u4EE5\u4E0A\u3068\u3059\u308B\uFF09\u3002",
        en: "[SAMPLE] No one but staff (including fiscal-year-appointed and part-time staff) is given an ID on, or signs in to, a My Number zone terminal. A password alone is never enough (at least two kinds of factor)."
      },
      remediation: {
        ja: "\u5F53\u8A72ID\u3092\u7121\u52B9\u5316\u3057\u3001\u4F5C\u696D\u304C\u5FC5\u8981\u306A\u5834\u5408\u306F\u8077\u54E1\u304C\u7ACB\u3061\u4F1A\u3063\u3066\u8077\u54E1\u306EID\u3067\u884C\u3046\u3002",
        en: "Disable the ID; where work is needed, a member of staff does it under their own ID."
      },
      admitsException: !1,
      appliesTo: "sign-in",
      when: { zone: ["mynumber"], person: ["contractor", "outsider"] },
      require: { check: "prohibited" }
    },
    {
      id: "org-removable-media-transfer-encrypted",
      title: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u53EF\u642C\u8A18\u61B6\u5A92\u4F53\u306B\u3088\u308B\u79FB\u9001\u6642\u306E\u6697\u53F7\u5316",
        en: "[SAMPLE] Encryption when moving information on removable media"
      },
      clause: "7(2)",
      category: "classification",
      threats: ["T1", "T1.4", "T2", "T2.1"],
      requirement: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011USB\u30E1\u30E2\u30EA\u7B49\u306E\u53EF\u642C\u8A18\u61B6\u5A92\u4F53\u3067\u60C5\u5831\u3092\u79FB\u9001\u3059\u308B\u5834\u5408\u306F\u3001\u91CD\u8981\u5EA6\u306B\u304B\u304B\u308F\u3089\u305A\u6697\u53F7\u5316\u3059\u308B\u3002",
        en: "[SAMPLE] Information moved on removable media such as USB memory is encrypted, whatever its classification."
      },
      remediation: {
        ja: "\u6697\u53F7\u5316\u6A5F\u80FD\u4ED8\u304D\u306E\u5A92\u4F53\u3092\u4F7F\u7528\u3057\u3001\u6697\u53F7\u5316\u3057\u3066\u304B\u3089\u79FB\u9001\u3059\u308B\u3002",
        en: "Use an encrypting medium and encrypt before moving the information."
      },
      appliesTo: "transfer",
      when: { channel: ["removable-media"] },
      require: { check: "fields", fields: { encrypted: !0 } }
    },
    {
      id: "org-removable-media-storage",
      title: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u53EF\u642C\u8A18\u61B6\u5A92\u4F53\u306E\u6697\u53F7\u5316\u3068\u65BD\u9320\u4FDD\u7BA1",
        en: "[SAMPLE] Removable media encrypted and kept locked"
      },
      clause: "7(2)",
      category: "classification",
      threats: ["T1", "T1.4", "T2", "T2.1"],
      requirement: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u7D44\u7E54\u304C\u7BA1\u7406\u3059\u308B\u53EF\u642C\u8A18\u61B6\u5A92\u4F53\u306F\u3001\u5168\u3066\u6697\u53F7\u5316\u3057\u3001\u4F7F\u7528\u3057\u306A\u3044\u3068\u304D\u306F\u65BD\u9320\u4FDD\u7BA1\u3059\u308B\u3002",
        en: "[SAMPLE] Every removable medium the organisation manages is encrypted and kept locked when not in use."
      },
      remediation: {
        ja: "\u5A92\u4F53\u3092\u6697\u53F7\u5316\u3057\u3001\u65BD\u9320\u3067\u304D\u308B\u30AD\u30E3\u30D3\u30CD\u30C3\u30C8\u3067\u4FDD\u7BA1\u3059\u308B\u3002\u5A92\u4F53\u7BA1\u7406\u53F0\u5E33\u306B\u8A18\u9332\u3059\u308B\u3002",
        en: "Encrypt the medium, keep it in a lockable cabinet and record it in the media register."
      },
      appliesTo: "asset",
      when: { category: ["media"] },
      require: { check: "safeguards", safeguards: ["encryption", "locked-storage"] }
    },
    {
      id: "org-carry-out-approved-and-encrypted",
      title: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u6301\u51FA\u3057\uFF08\u30C6\u30EC\u30EF\u30FC\u30AF\u3092\u542B\u3080\uFF09\u306E\u4E8B\u524D\u627F\u8A8D\u3068\u6697\u53F7\u5316",
        en: "[SAMPLE] Prior approval and encryption for every carry-out, remote work included"
      },
      clause: "7(2)",
      category: "classification",
      threats: ["T1", "T1.4", "T1.6", "T2", "T2.1"],
      requirement: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u30C6\u30EC\u30EF\u30FC\u30AF\u306E\u305F\u3081\u306E\u7AEF\u672B\u306E\u6301\u51FA\u3057\u3092\u542B\u3081\u3001\u60C5\u5831\u8CC7\u7523\u306E\u6301\u51FA\u3057\u306F\u3001\u91CD\u8981\u5EA6\u306B\u304B\u304B\u308F\u3089\u305A\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u7BA1\u7406\u8005\u306E\u4E8B\u524D\u627F\u8A8D\u3092\u5F97\u3066\u3001\u6697\u53F7\u5316\u3057\u305F\u72B6\u614B\u3067\u884C\u3046\u3002",
        en: "[SAMPLE] Every carry-out of an information asset, including a terminal taken home for remote work, has the security manager's prior approval and is encrypted, whatever its classification."
      },
      remediation: {
        ja: "\u6301\u51FA\u3057\u7533\u8ACB\u3092\u884C\u3044\u627F\u8A8D\u3092\u5F97\u308B\u3002\u7AEF\u672B\u306F\u30C7\u30A3\u30B9\u30AF\u6697\u53F7\u5316\u3092\u6709\u52B9\u306B\u3059\u308B\u3002",
        en: "Apply for and obtain approval; enable disk encryption on the terminal."
      },
      appliesTo: "carry-out",
      require: { check: "fields", fields: { approved: !0, encrypted: !0 } }
    },
    {
      id: "org-remote-access-no-confidentiality-3",
      title: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u30C6\u30EC\u30EF\u30FC\u30AF\u74B0\u5883\u3067\u306E\u6A5F\u5BC6\u60273\u306E\u60C5\u5831\u306E\u53D6\u6271\u3044\u7981\u6B62",
        en: "[SAMPLE] No confidentiality-3 information in remote work"
      },
      clause: "7(6)",
      category: "technical",
      threats: ["T1", "T1.1", "T2", "T2.1"],
      requirement: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u30C6\u30EC\u30EF\u30FC\u30AF\uFF08\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u304B\u3089\u306E\u63A5\u7D9A\uFF09\u3067\u306F\u3001\u6A5F\u5BC6\u60273\u306E\u60C5\u5831\u8CC7\u7523\u3092\u95B2\u89A7\u3001\u5909\u66F4\u53C8\u306F\u524A\u9664\u3057\u306A\u3044\u3002",
        en: "[SAMPLE] In remote work (connecting through the internet zone), information assets of confidentiality 3 are not read, changed or deleted."
      },
      remediation: {
        ja: "\u6A5F\u5BC6\u60273\u306E\u60C5\u5831\u306F\u5E81\u820E\u5185\u306E\u30DE\u30A4\u30CA\u30F3\u30D0\u30FC\u5229\u7528\u4E8B\u52D9\u7CFB\u53C8\u306FLGWAN\u63A5\u7D9A\u7CFB\u306E\u7AEF\u672B\u3067\u53D6\u308A\u6271\u3046\u3002",
        en: "Handle confidentiality-3 information on My Number or LGWAN zone terminals in the office."
      },
      appliesTo: "access",
      when: { zone: ["internet"], "classification.confidentiality": [3] },
      require: { check: "prohibited" }
    },
    {
      id: "org-log-retention",
      title: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u30ED\u30B0\u306E\u53D6\u5F97\u3068\u4FDD\u5B58",
        en: "[SAMPLE] Logs collected and retained"
      },
      clause: "7(7)",
      category: "operations",
      threats: ["T1", "T1.1", "T1.2", "T2", "T2.7"],
      requirement: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u30B5\u30FC\u30D0\u53CA\u3073\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u306F\u3001\u30A2\u30AF\u30BB\u30B9\u30ED\u30B0\u53CA\u3073\u901A\u4FE1\u30ED\u30B0\u3092\u53D6\u5F97\u30FB\u76E3\u8996\u3057\u30015\u5E74\u9593\u5931\u308F\u308C\u306A\u3044\u3088\u3046\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u306E\u5BFE\u8C61\u3068\u3059\u308B\u3002\u4FDD\u5B58\u671F\u9593\u305D\u306E\u3082\u306E\u306F\u81EA\u5DF1\u70B9\u691C\u3067\u78BA\u8A8D\u3059\u308B\u3002",
        en: "[SAMPLE] Servers and information systems collect and monitor access and traffic logs (traffic-monitoring), and the logs are backed up (backup) so that they are kept for five years. The retention period itself is checked in self-inspection."
      },
      remediation: {
        ja: "\u30ED\u30B0\u306E\u53D6\u5F97\u3092\u8A2D\u5B9A\u3057\u3001\u30ED\u30B0\u3092\u30D0\u30C3\u30AF\u30A2\u30C3\u30D7\u5BFE\u8C61\u306B\u52A0\u3048\u308B\u3002",
        en: "Turn on log collection and add the logs to the backup."
      },
      appliesTo: "asset",
      when: { category: ["server", "information-system"] },
      require: { check: "safeguards", safeguards: ["traffic-monitoring", "backup"] }
    }
  ],
  glossary: [
    {
      id: "removable-media",
      term: { ja: "\u53EF\u642C\u8A18\u61B6\u5A92\u4F53", en: "Removable media" },
      definition: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011USB\u30E1\u30E2\u30EA\u3001\u5916\u4ED8\u3051\u30CF\u30FC\u30C9\u30C7\u30A3\u30B9\u30AF\u3001\u5149\u30C7\u30A3\u30B9\u30AF\u7B49\u3001\u7AEF\u672B\u304B\u3089\u53D6\u308A\u5916\u3057\u3066\u6301\u3061\u904B\u3076\u3053\u3068\u304C\u3067\u304D\u308B\u96FB\u78C1\u7684\u8A18\u9332\u5A92\u4F53\u3092\u3044\u3046\u3002",
        en: "[SAMPLE] Electromagnetic media that can be detached from a terminal and carried, such as USB memory, external hard disks and optical discs."
      },
      clause: "3(2)"
    },
    {
      id: "remote-work",
      term: { ja: "\u30C6\u30EC\u30EF\u30FC\u30AF", en: "Remote work" },
      definition: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u8077\u54E1\u304C\u5E81\u820E\u5916\u304B\u3089\u3001\u7D44\u7E54\u304C\u8CB8\u4E0E\u3057\u305F\u7AEF\u672B\u306B\u3088\u308A\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u63A5\u7D9A\u7CFB\u3092\u7D4C\u7531\u3057\u3066\u696D\u52D9\u3092\u884C\u3046\u3053\u3068\u3092\u3044\u3046\u3002",
        en: "[SAMPLE] Staff working from outside the office on a terminal the organisation lends them, connecting through the internet zone."
      },
      clause: "7(6)"
    },
    {
      id: "logs",
      term: { ja: "\u30ED\u30B0", en: "Logs" },
      definition: {
        ja: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u60C5\u5831\u30B7\u30B9\u30C6\u30E0\u3078\u306E\u30A2\u30AF\u30BB\u30B9\u3001\u64CD\u4F5C\u53CA\u3073\u901A\u4FE1\u306E\u8A18\u9332\u3092\u3044\u3046\u3002",
        en: "[SAMPLE] Records of access to, operations on and traffic of information systems."
      },
      clause: "7(7)"
    }
  ]
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/access.compliant.json
var access_compliant_default = {
  kind: "access",
  id: "AC-001",
  person: "fiscal-year-appointed",
  operation: "read",
  authorized: !0,
  trained: !0,
  classification: {
    confidentiality: 3,
    integrity: 2,
    availability: 2
  },
  zone: "mynumber"
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/access.non-compliant.json
var access_non_compliant_default = {
  kind: "access",
  id: "AC-002",
  person: "outsider",
  operation: "read",
  authorized: !1,
  classification: {
    confidentiality: 2,
    integrity: 1,
    availability: 1
  }
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/asset.compliant.json
var asset_compliant_default = {
  kind: "asset",
  id: "SEC-MN-PC-01",
  name: "\u8CC7\u683C\u7BA1\u7406\u696D\u52D9\u7AEF\u672B 01",
  organization: "secretariat",
  category: "terminal",
  zone: "mynumber",
  classification: {
    confidentiality: 3,
    integrity: 2,
    availability: 2
  },
  safeguards: [
    "isolation",
    "carry-out-blocked",
    "multi-factor-sign-in",
    "physical-protection",
    "anti-theft",
    "access-control",
    "malware-protection",
    "security-updates"
  ]
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/asset.non-compliant.json
var asset_non_compliant_default = {
  kind: "asset",
  id: "SEC-MN-PC-04",
  name: "\u8CC7\u683C\u7BA1\u7406\u696D\u52D9\u7AEF\u672B 04",
  organization: "secretariat",
  category: "terminal",
  zone: "mynumber",
  classification: {
    confidentiality: 3,
    integrity: 2,
    availability: 2
  },
  safeguards: [
    "isolation",
    "carry-out-blocked",
    "physical-protection",
    "anti-theft",
    "access-control",
    "malware-protection",
    "security-updates"
  ]
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/asset.not-applicable.json
var asset_not_applicable_default = {
  kind: "asset",
  id: "CITY-PC-01",
  name: "\u767B\u7C73\u5E02\u304C\u81EA\u3089\u4FDD\u6709\u3059\u308B\u7AEF\u672B\uFF085(1)\u306E\u9069\u7528\u7BC4\u56F2\u5916\u306E\u7D44\u7E54\uFF09",
  organization: { outside: "\u767B\u7C73\u5E02" },
  category: "terminal",
  zone: "mynumber",
  safeguards: []
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/carry-out.compliant.json
var carry_out_compliant_default = {
  kind: "carry-out",
  id: "CO-001",
  organization: "secretariat",
  zone: "lgwan",
  fromTerminal: !0,
  classification: {
    confidentiality: 2,
    integrity: 1,
    availability: 1
  },
  approved: !0,
  encrypted: !0
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/carry-out.non-compliant.json
var carry_out_non_compliant_default = {
  kind: "carry-out",
  id: "CO-002",
  organization: "secretariat",
  zone: "mynumber",
  fromTerminal: !0,
  classification: {
    confidentiality: 3,
    integrity: 2,
    availability: 2
  },
  approved: !0,
  encrypted: !0,
  exception: {
    reference: "EX-2026-020",
    approverRole: "ciso",
    controls: [
      "mynumber-no-carry-out"
    ],
    validUntil: "2027-03-31"
  }
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/cloud-use.compliant.json
var cloud_use_compliant_default = {
  kind: "cloud-use",
  id: "CL-001",
  service: "\u30AA\u30F3\u30E9\u30A4\u30F3\u4F1A\u8B70\u30B5\u30FC\u30D3\u30B9",
  usageRulesInPlace: !0,
  measuresTaken: !0
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/cloud-use.non-compliant.json
var cloud_use_non_compliant_default = {
  kind: "cloud-use",
  id: "CL-002",
  service: "\u500B\u4EBA\u5411\u3051\u30AA\u30F3\u30E9\u30A4\u30F3\u30B9\u30C8\u30EC\u30FC\u30B8",
  usageRulesInPlace: !1,
  measuresTaken: !1
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/organization.compliant.json
var organization_compliant_default = {
  kind: "organization",
  id: "ORG-SEC-2026",
  organization: "secretariat",
  asOf: "2026-11-01",
  securityOrganizationEstablished: !0,
  staffCategoriesBound: [
    "regular",
    "fiscal-year-appointed",
    "part-time"
  ],
  staffRulesDefined: !0,
  lastTraining: "2026-06-15",
  monitoringInPlace: !0,
  incidentResponseReady: !0,
  continuityPlanInPlace: !0,
  lastAudit: "2026-02-20",
  lastSelfInspection: "2026-09-30",
  reviewNeeded: !0,
  reviewed: !0,
  riskAnalyzed: !0,
  standardsInPlace: !0,
  proceduresInPlace: !0,
  secureDevelopmentInPlace: !0
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/organization.needs-review.json
var organization_needs_review_default = {
  kind: "organization",
  id: "ORG-ASM-2026",
  organization: "assembly-secretariat",
  securityOrganizationEstablished: !0,
  staffCategoriesBound: [
    "regular",
    "fiscal-year-appointed",
    "part-time"
  ],
  staffRulesDefined: !0,
  lastTraining: "2026-06-15",
  monitoringInPlace: !0,
  continuityPlanInPlace: !0,
  lastAudit: "2026-02-20",
  lastSelfInspection: "2026-09-30",
  reviewNeeded: !1,
  standardsInPlace: !0,
  proceduresInPlace: !0,
  asOf: "2026-11-01",
  secureDevelopmentInPlace: !0
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/organization.non-compliant.json
var organization_non_compliant_default = {
  kind: "organization",
  id: "ORG-ELC-2026",
  organization: "election-commission",
  asOf: "2026-11-01",
  securityOrganizationEstablished: !0,
  staffCategoriesBound: [
    "regular"
  ],
  staffRulesDefined: !0,
  lastTraining: "2024-05-10",
  monitoringInPlace: !0,
  incidentResponseReady: !1,
  continuityPlanInPlace: !0,
  lastAudit: "2025-03-01",
  lastSelfInspection: null,
  reviewNeeded: !1,
  standardsInPlace: !0,
  proceduresInPlace: !0,
  secureDevelopmentInPlace: !0
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/outsourcing.compliant.json
var outsourcing_compliant_default = {
  kind: "outsourcing",
  id: "OS-001",
  contractor: "\u682A\u5F0F\u4F1A\u793E\u30B5\u30F3\u30D7\u30EB\u60C5\u5831\u30B7\u30B9\u30C6\u30E0",
  selectedByCriteria: !0,
  securityRequirementsInContract: !0,
  measuresConfirmed: !0,
  classification: {
    confidentiality: 3,
    integrity: 2,
    availability: 2
  }
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/outsourcing.non-compliant.json
var outsourcing_non_compliant_default = {
  kind: "outsourcing",
  id: "OS-002",
  contractor: "\u30B5\u30F3\u30D7\u30EB\u5370\u5237\u6709\u9650\u4F1A\u793E",
  selectedByCriteria: !0,
  securityRequirementsInContract: !1,
  measuresConfirmed: !1
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/sign-in.compliant.json
var sign_in_compliant_default = {
  kind: "sign-in",
  id: "SI-001",
  zone: "mynumber",
  factors: [
    "knowledge",
    "possession"
  ],
  person: "regular"
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/sign-in.non-compliant.json
var sign_in_non_compliant_default = {
  kind: "sign-in",
  id: "SI-002",
  zone: "mynumber",
  factors: [
    "knowledge",
    "knowledge"
  ],
  person: "part-time"
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/software-use.compliant.json
var software_use_compliant_default = {
  kind: "software-use",
  id: "SW-001",
  software: "PDF\u95B2\u89A7\u30BD\u30D5\u30C8",
  action: "install",
  approved: !0,
  zone: "lgwan"
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/software-use.non-compliant.json
var software_use_non_compliant_default = {
  kind: "software-use",
  id: "SW-002",
  software: "\u30D5\u30EA\u30FC\u306E\u30D5\u30A1\u30A4\u30EB\u5171\u6709\u30BD\u30D5\u30C8",
  action: "install",
  approved: !1,
  zone: "internet"
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/transfer.compliant.json
var transfer_compliant_default = {
  kind: "transfer",
  id: "TR-001",
  from: "internet",
  to: "lgwan",
  channel: "network",
  sanitized: !0,
  encrypted: !0,
  classification: {
    confidentiality: 2,
    integrity: 1,
    availability: 1
  }
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/transfer.needs-review.json
var transfer_needs_review_default = {
  kind: "transfer",
  id: "TR-004",
  from: "internet",
  to: "lgwan",
  channel: "email",
  classification: {
    confidentiality: 1,
    integrity: 1,
    availability: 1
  }
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/transfer.non-compliant.json
var transfer_non_compliant_default = {
  kind: "transfer",
  id: "TR-002",
  from: "lgwan",
  to: "mynumber",
  channel: "removable-media",
  encrypted: !0,
  classification: {
    confidentiality: 3,
    integrity: 2,
    availability: 1
  }
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/transfer.usb-from-mynumber.non-compliant.json
var transfer_usb_from_mynumber_non_compliant_default = {
  kind: "transfer",
  id: "TR-005",
  from: "mynumber",
  to: "lgwan",
  channel: "removable-media",
  encrypted: !0,
  classification: {
    confidentiality: 3,
    integrity: 2,
    availability: 1
  },
  exception: {
    reference: "EX-2026-014",
    approverRole: "ciso",
    approvedBy: "\u6700\u9AD8\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8CAC\u4EFB\u8005",
    controls: [
      "mynumber-isolation",
      "mynumber-no-carry-out"
    ],
    validFrom: "2026-04-01",
    validUntil: "2027-03-31",
    link: {
      from: "mynumber",
      to: "lgwan"
    }
  }
};

// ../../tmp/infosec-baseline-UtWtyv/examples/subjects/transfer.with-exception.compliant.json
var transfer_with_exception_compliant_default = {
  kind: "transfer",
  id: "TR-003",
  from: "mynumber",
  to: "lgwan",
  channel: "network",
  encrypted: !0,
  classification: {
    confidentiality: 3,
    integrity: 2,
    availability: 1
  },
  exception: {
    reference: "EX-2026-014",
    approverRole: "ciso",
    approvedBy: "\u6700\u9AD8\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8CAC\u4EFB\u8005",
    controls: [
      "mynumber-isolation"
    ],
    validFrom: "2026-04-01",
    validUntil: "2027-03-31",
    link: {
      from: "mynumber",
      to: "lgwan"
    }
  }
};

// ../../tmp/infosec-baseline-UtWtyv/examples/exceptions.json
var exceptions_default = [
  {
    reference: "EX-2026-014",
    approverRole: "ciso",
    approvedBy: "\u6700\u9AD8\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8CAC\u4EFB\u8005",
    controls: [
      "mynumber-isolation"
    ],
    validFrom: "2026-04-01",
    validUntil: "2027-03-31",
    link: {
      from: "mynumber",
      to: "lgwan"
    },
    subjects: [
      "SEC-MN-SRV-03"
    ],
    purpose: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u4FDD\u967A\u6599\u53CE\u7D0D\u30C7\u30FC\u30BF\u3092\u8CA1\u52D9\u4F1A\u8A08\u30B7\u30B9\u30C6\u30E0\uFF08LGWAN\u63A5\u7D9A\u7CFB\uFF09\u3078\u9023\u643A\u3059\u308B\u7D4C\u8DEF\u3002\u67B6\u7A7A\u306E\u4F8B\u3002"
  },
  {
    reference: "EX-2025-031",
    approverRole: "ciso",
    approvedBy: "\u6700\u9AD8\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u8CAC\u4EFB\u8005",
    controls: [
      "terminal-anti-theft"
    ],
    validFrom: "2025-04-01",
    validUntil: "2026-03-31",
    purpose: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u5E81\u820E\u79FB\u8EE2\u4E2D\u306E\u7AEF\u672B\u306E\u4EEE\u8A2D\u7F6E\uFF08\u671F\u9650\u5207\u308C\u306E\u4F8B\uFF09\u3002\u67B6\u7A7A\u306E\u4F8B\u3002"
  },
  {
    reference: "EX-2026-020",
    approverRole: "security-manager",
    controls: [
      "mynumber-no-carry-out"
    ],
    validUntil: "2027-03-31",
    purpose: "\u3010\u30B5\u30F3\u30D7\u30EB\u3011\u4F8B\u5916\u63AA\u7F6E\u306E\u5BFE\u8C61\u5916\u306E\u7BA1\u7406\u7B56\u3092\u540D\u6307\u3057\u3057\u305F\u8AA4\u3063\u305F\u767B\u9332\u306E\u4F8B\u3002\u67B6\u7A7A\u306E\u4F8B\u3002"
  }
];

// ../../tmp/infosec-baseline-UtWtyv/src/schemas/schema-examples.ts
var SUBJECT_EXAMPLES = {
  transfer: [transfer_compliant_default, transfer_needs_review_default, transfer_non_compliant_default, transfer_usb_from_mynumber_non_compliant_default, transfer_with_exception_compliant_default],
  "carry-out": [carry_out_compliant_default, carry_out_non_compliant_default],
  "sign-in": [sign_in_compliant_default, sign_in_non_compliant_default],
  "software-use": [software_use_compliant_default, software_use_non_compliant_default],
  access: [access_compliant_default, access_non_compliant_default],
  outsourcing: [outsourcing_compliant_default, outsourcing_non_compliant_default],
  "cloud-use": [cloud_use_compliant_default, cloud_use_non_compliant_default],
  asset: [asset_compliant_default, asset_non_compliant_default, asset_not_applicable_default],
  organization: [organization_compliant_default, organization_needs_review_default, organization_non_compliant_default]
}, OVERLAY_EXAMPLE = overlay_sample_default, EXCEPTION_REGISTER_EXAMPLE = exceptions_default;

// ../../tmp/infosec-baseline-UtWtyv/src/schemas/json-schemas.ts
var JSON_SCHEMA_BASE_URL = "https://miyagi-kouiki.example/infosec-policy", subject2 = (kind, schema, what) => ({
  schema,
  io: "input",
  title: `${kind} subject`,
  description: `A subject of kind "${kind}" for evaluate / safeEvaluate / the CLI: ${what}`,
  examples: () => SUBJECT_EXAMPLES[kind]
}), AS_OF = "2026-04-01", exampleSubjects = () => SUBJECT_KINDS.map((kind) => SUBJECT_EXAMPLES[kind][0]), exampleDecision = () => evaluate(SUBJECT_EXAMPLES.transfer.find((example) => evaluate(example).outcome === "non-compliant")), ENTRIES = {
  subject: {
    schema: SubjectSchema,
    io: "input",
    title: "Subject",
    description: "Anything evaluate decides (an action, an asset or the organisation's posture), discriminated by kind.",
    examples: exampleSubjects
  },
  "transfer-subject": subject2("transfer", TransferSubjectSchema, "information moving between zones (7(3))."),
  "carry-out-subject": subject2("carry-out", CarryOutSubjectSchema, "taking information or an asset out (\u6301\u51FA\u3057)."),
  "sign-in-subject": subject2("sign-in", SignInSubjectSchema, "signing in to a terminal, with the factor kinds presented."),
  "software-use-subject": subject2("software-use", SoftwareUseSubjectSchema, "installing or using software."),
  "access-subject": subject2("access", AccessSubjectSchema, "reading, changing or deleting an information asset."),
  "outsourcing-subject": subject2("outsourcing", OutsourcingSubjectSchema, "a contract with a contractor (7(8))."),
  "cloud-use-subject": subject2("cloud-use", CloudUseSubjectSchema, "using an external (cloud) service (7(8))."),
  "asset-subject": subject2("asset", AssetSubjectSchema, "one entry of an information asset inventory, with its safeguards."),
  "organization-subject": subject2("organization", OrganizationSubjectSchema, "the organisation's own posture for self-inspection (8)."),
  decision: {
    schema: DecisionSchema,
    io: "output",
    title: "Decision",
    description: "A decision on one subject: the outcome, the policy (id and version) that made it, and one finding per control in canonical order.",
    examples: () => [exampleDecision()]
  },
  finding: {
    schema: FindingSchema,
    io: "output",
    title: "Finding",
    description: "What one control found for one subject: status, clause, provenance and why, in Japanese and English. Independent of OSCAL.",
    examples: () => exampleDecision().findings.filter((finding) => finding.status === "fail").slice(0, 1)
  },
  "audit-result": {
    schema: AuditResultSchema,
    io: "output",
    title: "Audit result",
    description: "The result of the library's audit() function: the policy used, asOf, one decision per subject and the summary. (The CLI's audit --format json prints the audit report instead: see audit-report.)",
    examples: () => [audit(exampleSubjects().slice(0, 2), { asOf: AS_OF })]
  },
  "audit-report": {
    schema: AuditReportSchema,
    io: "output",
    title: "Audit report",
    description: "What the CLI's audit --format json prints (and buildAuditReport returns): the policy, the overlay, asOf and locale, counts per outcome, subject kind, control and threat, and only the non-compliant and needs-review subjects with their fail and manual findings (no decision is kept, so memory stays bounded).",
    examples: () => [buildAuditReport(exampleSubjects(), { asOf: AS_OF, locale: "en" })]
  },
  "checklist-answers": {
    schema: ChecklistAnswersSchema,
    io: "input",
    title: "Self-inspection answers",
    description: `A self-inspection answers file (8): what the CLI's checklist --format json prints as a template, and what check (and parseChecklistAnswers) accept and turn into an organization subject. A question left out or answered "unknown" makes the controls that need it manual.`,
    examples: () => [checklistAnswersTemplate({ organization: "secretariat", asOf: AS_OF })]
  },
  "exception-register": {
    schema: ExceptionRegisterSchema,
    io: "input",
    title: "Exception register",
    description: "The exception register (\u4F8B\u5916\u63AA\u7F6E\u53F0\u5E33): a JSON array of recorded exceptions (reference, approver role, the control ids they cover, period, link for an isolation exception), optionally with the subjects they were granted for, for checkExceptionRegister and the CLI's exceptions command.",
    examples: () => [EXCEPTION_REGISTER_EXAMPLE]
  },
  overlay: {
    schema: OverlaySchema,
    io: "input",
    title: "Overlay",
    description: "The organisation's own standards (\u5BFE\u7B56\u57FA\u6E96) as an overlay for extendPolicy and the CLI's --overlay. This schema checks the shape; extendPolicy also checks the meaning (ids and fields exist, nothing is removed or loosened).",
    examples: () => [OVERLAY_EXAMPLE]
  }
}, jsonSchemaNames = Object.freeze(Object.keys(ENTRIES)), cache = /* @__PURE__ */ new Map();
function isJsonSchemaName(name) {
  return Object.hasOwn(ENTRIES, name);
}
function jsonSchemaId(name) {
  return `${JSON_SCHEMA_BASE_URL}/${version}/${name}.schema.json`;
}
function jsonSchemaFor(name) {
  let cached = cache.get(name);
  if (cached !== void 0) return cached;
  if (!isJsonSchemaName(name)) throw new Error(`no JSON Schema named ${JSON.stringify(name)}; known: ${jsonSchemaNames.join(", ")}`);
  let entry = ENTRIES[name], generated = z28.toJSONSchema(entry.schema, {
    target: "draft-2020-12",
    io: entry.io,
    unrepresentable: "throw",
    override: (context) => discriminate(context.zodSchema, context.jsonSchema)
  }), { $schema, title: _title, description: _description, ...rest } = generated, schema = deepFreeze({
    $schema,
    $id: jsonSchemaId(name),
    title: entry.title,
    description: entry.description,
    ...rest,
    // Plain JSON: a decision's frozen arrays and a policy's values become data.
    examples: JSON.parse(JSON.stringify(entry.examples()))
  });
  return cache.set(name, schema), schema;
}
function discriminate(zodSchema, json) {
  let def = zodSchema._zod?.def, key = def?.type === "union" ? def.discriminator : void 0, branches = json.oneOf;
  if (key === void 0 || !Array.isArray(branches)) return;
  let values = branches.map((branch) => branch.properties?.[key]?.const);
  values.some((value2) => typeof value2 != "string") || (delete json.oneOf, Object.assign(json, {
    type: "object",
    properties: {
      [key]: {
        type: "string",
        enum: values,
        description: `Which shape this is: "${key}" selects the fields allowed with it (one of ${values.map((value2) => JSON.stringify(value2)).join(", ")}).`
      }
    },
    required: [key],
    allOf: branches.map((branch, index2) => ({
      if: { type: "object", properties: { [key]: { const: values[index2] } }, required: [key] },
      then: branch
    }))
  }));
}

// ../../tmp/infosec-baseline-UtWtyv/src/classification/combine-classifications.ts
function higher(a, b) {
  return a >= b ? a : b;
}
function combineClassifications(a, b) {
  return Object.freeze({
    confidentiality: higher(a.confidentiality, b.confidentiality),
    integrity: higher(a.integrity, b.integrity),
    availability: higher(a.availability, b.availability)
  });
}
function combineAll(classifications) {
  let { confidentiality, integrity, availability } = LOWEST_CLASSIFICATION;
  for (let classification2 of classifications)
    confidentiality = higher(confidentiality, classification2.confidentiality), integrity = higher(integrity, classification2.integrity), availability = higher(availability, classification2.availability);
  return Object.freeze({ confidentiality, integrity, availability });
}

// ../../tmp/infosec-baseline-UtWtyv/src/classification/compare-classifications.ts
function isAtMost(a, b) {
  return a.confidentiality <= b.confidentiality && a.integrity <= b.integrity && a.availability <= b.availability;
}
function compareClassifications(a, b) {
  let atMost = isAtMost(a, b), atLeast = isAtMost(b, a);
  return atMost && atLeast ? "equal" : atMost ? "lower" : atLeast ? "higher" : "incomparable";
}

// ../../tmp/infosec-baseline-UtWtyv/src/classification/classification-comparison.ts
import { z as z29 } from "zod";
var ClassificationComparisonSchema = z29.enum(["lower", "equal", "higher", "incomparable"]);

// ../../tmp/infosec-baseline-UtWtyv/src/classification/classification-scheme.ts
import { z as z31 } from "zod";

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/guideline-basis.ts
import { z as z30 } from "zod";
var GuidelineEditionSchema = z30.enum(["\u4EE4\u548C4\u5E743\u6708\u7248", "\u4EE4\u548C5\u5E743\u6708\u7248", "\u4EE4\u548C6\u5E7410\u6708\u7248", "unknown"]).describe("The edition of the guideline: \u4EE4\u548C4\u5E743\u6708\u7248, \u4EE4\u548C5\u5E743\u6708\u7248, \u4EE4\u548C6\u5E7410\u6708\u7248, or unknown when no source says which."), BasisSourceSchema = z30.object({
  /** The source's id in the research note. */
  id: z30.string().regex(/^S\d+$/).describe("The source's id in the research note docs/research/guideline-basis.md, e.g. S1 (S0: the issue-tracker lead the note records)."),
  /** What the source is. */
  title: z30.string().min(1).describe("What the source is, in words."),
  /** The public address of the source. */
  url: z30.string().url().optional().describe("The public address of the source, when it has one.")
}).strict().describe("A public secondary source that quotes, paraphrases or follows the guideline (the guideline PDF itself was not available)."), commonBasisFields = {
  /** The document the default comes from: the national guideline of 総務省. */
  document: z30.literal(GUIDELINE_DOCUMENT).describe("The document the default comes from: the national guideline of \u7DCF\u52D9\u7701."),
  /** The edition of the guideline, or `unknown`. */
  edition: GuidelineEditionSchema,
  /** Where in the guideline, if known. */
  section: z30.string().min(1).optional().describe("Where in the guideline, if known (the numbering is inferred from bodies that follow it: verify against the PDF)."),
  /** What the library knows and does not know about this basis. */
  note: LocalizedTextSchema.optional().describe("What the library knows and does not know about this basis, in words.")
}, GuidelineBasisSchema = z30.discriminatedUnion("confidence", [
  z30.object({
    ...commonBasisFields,
    /** How sure the library is of the wording. */
    confidence: z30.literal("quoted").describe("quoted: a secondary source reproduces the guideline's wording."),
    /** The guideline's wording, verbatim as the secondary source renders it. */
    quote: z30.string().min(1).describe("The guideline's wording, verbatim as the secondary source renders it."),
    /** The secondary sources. */
    sources: z30.array(BasisSourceSchema).min(1).readonly().describe("The secondary sources that quote it (at least one).")
  }).strict(),
  z30.object({
    ...commonBasisFields,
    /** How sure the library is of the wording. */
    confidence: z30.literal("paraphrased").describe("paraphrased: a secondary source states the substance, not the wording."),
    /** The secondary sources. */
    sources: z30.array(BasisSourceSchema).min(1).readonly().describe("The secondary sources that state it (at least one).")
  }).strict(),
  z30.object({
    ...commonBasisFields,
    /** How sure the library is of the wording. */
    confidence: z30.literal("inferred").describe("inferred: no source states it; the library infers it."),
    /** The secondary sources. */
    sources: z30.array(BasisSourceSchema).readonly().describe("Sources the inference rests on, if any.")
  }).strict()
]).describe("Where a guideline default comes from: document, edition, section if known, and how sure the library is of it.");

// ../../tmp/infosec-baseline-UtWtyv/src/classification/classification-scheme.ts
function levelEntrySchema(level) {
  return z31.object({
    /** The level number. */
    level: z31.literal(level),
    /** A short label, e.g. `{ ja: "機密性3", en: "Confidentiality 3" }`. */
    label: LocalizedTextSchema,
    /** Which information assets belong at this level. */
    definition: LocalizedTextSchema,
    /** Where the definition comes from in the national guideline: required in a `guideline` scheme. */
    basis: GuidelineBasisSchema.optional().describe("Where the definition comes from in the national guideline: required on every level of a guideline scheme.")
  }).strict();
}
function dimensionSchema(levels) {
  return z31.object({
    /** The dimension's name, e.g. `{ ja: "機密性", en: "Confidentiality" }`. */
    name: LocalizedTextSchema,
    /** The clause of the basic policy that defines the term, e.g. `"3(10)"` for 機密性. */
    term: ClauseRefSchema,
    /** Every level of the dimension, lowest first, each exactly once. */
    levels
  }).strict();
}
var ClassificationSchemeSchema = z31.object({
  /** A stable kebab-case identifier, e.g. `"guideline"`. */
  id: z31.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case identifier"),
  /** The scheme's name. */
  name: LocalizedTextSchema,
  /** Where the levels come from: `guideline` for the default, `organization` for a body's own. */
  provenance: ProvenanceSchema,
  /** The clause of the basic policy the scheme implements: `"7(2)"`. */
  clause: ClauseRefSchema,
  /** Where the levels come from and how they relate to the basic policy, in words. */
  note: LocalizedTextSchema,
  /** The levels of each dimension, lowest first. */
  dimensions: z31.object({
    /** 機密性: levels 1, 2, 3. */
    confidentiality: dimensionSchema(
      z31.tuple([
        levelEntrySchema(1),
        levelEntrySchema(2),
        levelEntrySchema(3)
      ]).readonly()
    ),
    /** 完全性: levels 1, 2. */
    integrity: dimensionSchema(
      z31.tuple([levelEntrySchema(1), levelEntrySchema(2)]).readonly()
    ),
    /** 可用性: levels 1, 2. */
    availability: dimensionSchema(
      z31.tuple([levelEntrySchema(1), levelEntrySchema(2)]).readonly()
    )
  }).strict()
}).strict().superRefine((scheme2, context) => {
  if (scheme2.provenance === "guideline")
    for (let dimension of ["confidentiality", "integrity", "availability"])
      scheme2.dimensions[dimension].levels.forEach((entry, index2) => {
        entry.basis === void 0 && context.addIssue({ code: "custom", path: ["dimensions", dimension, "levels", index2, "basis"], message: "a level of a guideline scheme needs its basis in the guideline" });
      });
});

// ../../tmp/infosec-baseline-UtWtyv/src/classification/describe-classification.ts
var SEPARATOR = Object.freeze({ ja: "\u30FB", en: ", " });
function label(scheme2, dimension, level, locale) {
  let entry = scheme2.dimensions[dimension].levels.find((candidate) => candidate.level === level);
  return entry === void 0 ? `${scheme2.dimensions[dimension].name[locale]}${level}` : entry.label[locale];
}
function describeClassification(classification2, scheme2 = guidelineClassificationScheme, locale = "ja") {
  return [
    label(scheme2, "confidentiality", classification2.confidentiality, locale),
    label(scheme2, "integrity", classification2.integrity, locale),
    label(scheme2, "availability", classification2.availability, locale)
  ].join(SEPARATOR[locale]);
}

// ../../tmp/infosec-baseline-UtWtyv/src/classification/handling-requirement.ts
import { z as z32 } from "zod";
var HandlingRequirementIdSchema = z32.enum([
  "encrypt-in-transit",
  "approval-before-carry-out",
  "no-unnecessary-copies",
  "locked-media-storage",
  "unrecoverable-disposal",
  "issued-terminals-only",
  "integrity-backup",
  "tamper-protection",
  "availability-backup",
  "recovery-time"
]), HandlingParameterNameSchema = z32.string().regex(/^[a-z][A-Za-z0-9]*$/, "expected a camelCase parameter name such as recoveryTimeHours"), HandlingParameterSchema = z32.object({
  /** The value used when no override is given. */
  default: z32.number(),
  /** Which way makes the requirement stricter: a `lower` or a `higher` value. */
  stricter: z32.enum(["lower", "higher"]),
  /** The unit of the value, e.g. `"hours"`. */
  unit: z32.string().min(1),
  /** What the parameter sets. */
  description: LocalizedTextSchema,
  /** The smallest value allowed (inclusive). */
  min: z32.number(),
  /** The largest value allowed (inclusive). */
  max: z32.number(),
  /** Whether the value must be a whole number. */
  integer: z32.boolean()
}).strict().superRefine((parameter, context) => {
  if (parameter.min > parameter.max) {
    context.addIssue({ code: "custom", path: ["max"], message: "max is below min" });
    return;
  }
  let problems = handlingParameterValueSchema(parameter).safeParse(parameter.default).error?.issues ?? [];
  for (let problem of problems)
    context.addIssue({ code: "custom", path: ["default"], message: `default: ${problem.message}` });
});
function handlingParameterValueSchema(parameter) {
  let schema = z32.number().min(parameter.min).max(parameter.max);
  return parameter.integer ? schema.int() : schema;
}
var handlingRequirementFields = {
  /** The stable identifier. */
  id: HandlingRequirementIdSchema,
  /** The dimension whose level triggers the requirement. */
  dimension: ClassificationDimensionSchema,
  /** The lowest level of `dimension` the requirement applies from (it applies at that level and above). */
  minimumLevel: ConfidentialityLevelSchema,
  /** Where the requirement comes from; the shipped ones are all `guideline`. */
  provenance: ProvenanceSchema,
  /** The clause of the basic policy it implements: `"7(2)"` (measures based on the classification). */
  clause: ClauseRefSchema,
  /** A short title. */
  title: LocalizedTextSchema,
  /** What the requirement asks, saying where it comes from (a guideline default). */
  description: LocalizedTextSchema,
  /** Named parameters with their defaults; empty when the requirement has none. */
  parameters: z32.record(HandlingParameterNameSchema, HandlingParameterSchema).readonly()
};
function checkMinimumLevel(requirement, context) {
  let levels = CLASSIFICATION_LEVELS[requirement.dimension];
  levels.includes(requirement.minimumLevel) || context.addIssue({
    code: "custom",
    path: ["minimumLevel"],
    message: `${requirement.dimension} has no level ${requirement.minimumLevel} (levels: ${levels.join(", ")})`
  });
}
var HandlingRequirementSchema = z32.object(handlingRequirementFields).strict().superRefine(checkMinimumLevel), AppliedHandlingRequirementSchema = z32.object({
  ...handlingRequirementFields,
  /** The effective value of every parameter, by name. */
  values: z32.record(HandlingParameterNameSchema, z32.number()).readonly()
}).strict().superRefine((requirement, context) => {
  checkMinimumLevel(requirement, context);
  let expected = Object.keys(requirement.parameters).sort().join(","), actual = Object.keys(requirement.values).sort().join(",");
  expected !== actual && context.addIssue({ code: "custom", path: ["values"], message: `values must name exactly the parameters (${expected})` });
  for (let [name, parameter] of Object.entries(requirement.parameters)) {
    let problems = handlingParameterValueSchema(parameter).safeParse(requirement.values[name]).error?.issues ?? [];
    for (let problem of problems)
      context.addIssue({ code: "custom", path: ["values", name], message: problem.message });
  }
});

// ../../tmp/infosec-baseline-UtWtyv/src/classification/handling-overrides.ts
import { z as z33 } from "zod";
var HandlingOverridesSchema = z33.partialRecord(
  HandlingRequirementIdSchema,
  z33.record(HandlingParameterNameSchema, z33.number())
), HandlingOverrideIssueCodeSchema = z33.enum(["unknown-requirement", "unknown-parameter", "invalid-value"]), HandlingOverrideIssueSchema = z33.object({
  code: HandlingOverrideIssueCodeSchema.describe("What kind of problem."),
  path: z33.array(z33.union([z33.string(), z33.number()])).readonly().describe("Where it is: requirement id, then parameter name. Empty for the overrides as a whole."),
  message: z33.string().describe("What is wrong, in English.")
}).strict(), HandlingOverridesErrorSchema = z33.object({
  kind: z33.literal("invalid-handling-overrides").describe('Always "invalid-handling-overrides".'),
  issues: z33.array(HandlingOverrideIssueSchema).min(1).readonly().describe("Every problem found, in the order of the overrides.")
}).strict();
function overridesSchemaFor(requirements) {
  return z33.object(
    Object.fromEntries(
      requirements.map((requirement) => [
        requirement.id,
        z33.object(
          Object.fromEntries(
            Object.entries(requirement.parameters).map(([name, parameter]) => [
              name,
              handlingParameterValueSchema(parameter).optional()
            ])
          )
        ).strict().optional()
      ])
    )
  ).strict();
}
function toOverrideIssues(issues, requirements) {
  return issues.flatMap((issue2) => {
    let path = issue2.path.map((key) => typeof key == "symbol" ? String(key) : key);
    if (issue2.code === "unrecognized_keys" && path.length === 0) {
      let known = requirements.map((requirement) => requirement.id).join(", ");
      return issue2.keys.map((key) => ({
        code: "unknown-requirement",
        path: [key],
        message: `no handling requirement "${key}" (requirements: ${known})`
      }));
    }
    if (issue2.code === "unrecognized_keys" && path.length === 1) {
      let requirement = requirements.find((candidate) => candidate.id === path[0]), names = Object.keys(requirement?.parameters ?? {}), known = names.length === 0 ? "it has none" : `parameters: ${names.join(", ")}`;
      return issue2.keys.map((key) => ({
        code: "unknown-parameter",
        path: [...path, key],
        message: `handling requirement "${String(path[0])}" has no parameter "${key}" (${known})`
      }));
    }
    return [{ code: "invalid-value", path, message: issue2.message }];
  });
}
function validateHandlingOverrides(overrides, requirements = handlingRequirements) {
  let parsed = overridesSchemaFor(requirements).safeParse(overrides);
  if (parsed.success)
    return deepFreeze({ ok: !0, overrides: parsed.data });
  let issues = toOverrideIssues(parsed.error.issues, requirements);
  return deepFreeze({ ok: !1, error: { kind: "invalid-handling-overrides", issues } });
}

// ../../tmp/infosec-baseline-UtWtyv/src/classification/requirements-for.ts
function applies(requirement, classification2) {
  return classification2[requirement.dimension] >= requirement.minimumLevel;
}
function requirementsFor(classification2, overrides) {
  let checked = {};
  if (overrides !== void 0) {
    let validation = validateHandlingOverrides(overrides);
    if (!validation.ok) return validation;
    checked = validation.overrides;
  }
  let requirements = handlingRequirements.filter((requirement) => applies(requirement, classification2)).map((requirement) => {
    let given3 = checked[requirement.id] ?? {}, values = Object.fromEntries(
      Object.entries(requirement.parameters).map(([name, parameter]) => [name, given3[name] ?? parameter.default])
    );
    return { ...requirement, values };
  });
  return deepFreeze({ ok: !0, requirements });
}

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/glossary-schema.ts
import { z as z34 } from "zod";
var GlossaryEntrySchema = z34.object({
  ja: z34.string().min(1).describe("The one Japanese rendering of the concept."),
  en: z34.string().min(1).describe("The one English rendering of the concept."),
  avoid: z34.object({
    ja: z34.array(z34.string().min(1)).readonly().describe("Japanese renderings not to use."),
    en: z34.array(z34.string().min(1)).readonly().describe("English renderings not to use (matched case-sensitively).")
  }).strict().optional().describe("Non-preferred renderings of the concept, each a string that must not occur."),
  note: z34.string().min(1).optional().describe("Why this rendering was chosen, where it is not obvious.")
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/term.ts
import { z as z35 } from "zod";
var TermIdSchema = z35.enum([
  "network",
  "electromagnetic-media",
  "information-system",
  "union-computing-system",
  "terminal",
  "information-security",
  "information-security-policy",
  "personal-information",
  "information-asset",
  "confidentiality",
  "integrity",
  "availability",
  "mynumber-zone",
  "internet-zone",
  "staff"
]), TermSchema = z35.object({
  /** Stable identifier, e.g. `"mynumber-zone"`. */
  id: TermIdSchema,
  /** The item of clause 3 that defines the term, e.g. `"3(13)"`. */
  clause: ClauseRefSchema,
  /** The term as the item's heading gives it, e.g. マイナンバー利用事務系 / My Number zone. */
  term: LocalizedTextSchema,
  /** The definition, verbatim (the item's text). */
  definition: LocalizedTextSchema
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/threat.ts
import { z as z36 } from "zod";
var ThreatExampleSchema = z36.object({
  /** Stable identifier, `T<threat>.<n>` in the order the text lists the examples. */
  id: ThreatExampleIdSchema,
  /** The example, verbatim as the threat's text lists it. */
  name: LocalizedTextSchema
}).strict(), ThreatSchema = z36.object({
  /** Stable identifier, `T1` … `T5`. */
  id: ThreatIdSchema,
  /** The item of clause 4 that states the threat, `"4(1)"` … `"4(5)"`. */
  clause: ClauseRefSchema,
  /** A short name: a verbatim fragment of the threat's text, e.g. 災害 (disasters). */
  name: LocalizedTextSchema,
  /** The whole threat, verbatim (the item's text). */
  description: LocalizedTextSchema,
  /** The examples the text lists, in its order. */
  examples: z36.array(ThreatExampleSchema).min(1).readonly()
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/scope-schema.ts
import { z as z37 } from "zod";
var OrganizationSchema = z37.object({
  /** Stable identifier, e.g. `"secretariat"`. */
  id: OrganizationIdSchema,
  /** The body's name, verbatim as 5(1) gives it. */
  name: LocalizedTextSchema
}).strict(), AssetRangeSchema = z37.object({
  /** The sub-item that states the range, `"5(2)①"` … `"5(2)③"`. */
  clause: ClauseRefSchema,
  /** The range, verbatim (the sub-item's text). */
  text: LocalizedTextSchema,
  /** The asset categories the range covers. */
  categories: z37.array(AssetCategorySchema).min(1).readonly()
}).strict(), ScopeSchema = z37.object({
  /** The administrative bodies of 5(1), in the order the text names them. */
  organizations: z37.array(OrganizationSchema).min(1).readonly(),
  /** The asset ranges of 5(2)①②③, in document order. */
  assetRanges: z37.array(AssetRangeSchema).min(1).readonly()
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/layer.ts
import { z as z38 } from "zod";
var LayerIdSchema = z38.enum(["basic-policy", "standards", "procedures"]), LayerSchema = z38.object({
  /** Stable identifier. */
  id: LayerIdSchema,
  /** The full name, verbatim: 情報セキュリティ基本方針, 情報セキュリティ対策基準, 情報セキュリティ共通実施手順. */
  name: LocalizedTextSchema,
  /** The short name the document defines with 「以下「…」という。」: 基本方針, 対策基準, 実施手順. */
  shortName: LocalizedTextSchema,
  /** The clauses that define the layer, in document order. */
  definedIn: z38.array(ClauseRefSchema).min(1).readonly(),
  /**
   * Whether the layer is part of the 情報セキュリティポリシー, which consists of the basic policy
   * and the standards (2, 3(7)); the procedures are not (2(2)).
   */
  partOfPolicy: z38.boolean(),
  /** Whether the layer is published; the standards and procedures are not (10, 11). */
  public: z38.boolean(),
  /** The layer this one is based on, if any. */
  basedOn: LayerIdSchema.optional(),
  /** What the layer is, verbatim from the clause that says so. */
  description: LocalizedTextSchema
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/obligation.ts
import { z as z39 } from "zod";
var ObligationDocumentSchema = z39.object({
  /** The document's name, verbatim, e.g. 情報セキュリティポリシー. */
  name: LocalizedTextSchema,
  /** The document layers that name covers (情報セキュリティポリシー = basic policy + standards, 3(7)). */
  layers: z39.array(LayerIdSchema).min(1).readonly()
}).strict(), ObligationSchema = z39.object({
  /** Stable identifier, e.g. `"staff-compliance"`. */
  id: z39.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "not a kebab-case identifier"),
  /** The clause that states the obligation. */
  clause: ClauseRefSchema,
  /** The clause's heading, verbatim. */
  title: LocalizedTextSchema,
  /** The obligation, verbatim (the clause's text). */
  text: LocalizedTextSchema,
  /** Who is bound. */
  bound: z39.object({
    /** Who the text says is bound, verbatim, e.g. 職員. */
    name: LocalizedTextSchema,
    /** The clause that defines who that is, e.g. `"3(15)"`. */
    definedIn: ClauseRefSchema,
    /** The person categories that definition takes in. */
    categories: z39.array(PersonCategorySchema).min(1).readonly()
  }).strict(),
  /** What the bound people must do, each a verbatim fragment of the text. */
  duties: z39.array(LocalizedTextSchema).min(1).readonly(),
  /** The documents they must comply with. */
  mustComplyWith: z39.array(ObligationDocumentSchema).min(1).readonly()
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/definitions/measure.ts
import { z as z40 } from "zod";
var MeasureIdSchema = z40.enum([
  "organization",
  "classification",
  "system-resilience",
  "mynumber-isolation",
  "internet-monitoring",
  "physical",
  "human",
  "technical",
  "operations",
  "outsourcing-and-cloud",
  "audit-and-self-inspection",
  "review",
  "standards",
  "procedures"
]), MeasureSchema = z40.object({
  /** Stable identifier, e.g. `"mynumber-isolation"`. */
  id: MeasureIdSchema,
  /** The clause that states the measure, e.g. `"7(3)①"`. */
  clause: ClauseRefSchema,
  /**
   * The clause's heading, verbatim. The circled sub-items of 7(3) have no heading; their title is
   * the zone they open with (マイナンバー利用事務系, インターネット接続系).
   */
  title: LocalizedTextSchema,
  /** What the measure is for, where the text says so, verbatim. */
  purpose: LocalizedTextSchema.optional(),
  /** When the text calls for the measure, where it says so, verbatim. */
  triggers: z40.array(LocalizedTextSchema).min(1).readonly().optional(),
  /** The concrete things the text says to do, each a verbatim fragment of the clause, in its order. */
  actions: z40.array(LocalizedTextSchema).min(1).readonly()
}).strict();

// ../../tmp/infosec-baseline-UtWtyv/src/report/report-strings.ts
var KIND_LABELS = Object.freeze({
  transfer: gloss("kind.transfer"),
  "carry-out": gloss("kind.carry-out"),
  "sign-in": gloss("kind.sign-in"),
  "software-use": gloss("kind.software-use"),
  access: gloss("kind.access"),
  outsourcing: gloss("kind.outsourcing"),
  "cloud-use": gloss("kind.cloud-use"),
  asset: gloss("kind.asset"),
  organization: gloss("kind.organization")
}), REPORT_STRINGS = Object.freeze({
  title: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u306E\u9069\u5408\u72B6\u6CC1\uFF08\u81EA\u52D5\u5224\u5B9A\uFF09", en: "Information security measures: compliance status (automated check)" },
  notAudit: {
    ja: "\u3053\u306E\u5831\u544A\u306F\u3001\u5BFE\u8C61\u4E00\u89A7\u306E\u5404\u5BFE\u8C61\u3092\u30DD\u30EA\u30B7\u30FC\u306E\u7BA1\u7406\u7B56\u306B\u7167\u3089\u3057\u3066\u81EA\u52D5\u3067\u5224\u5B9A\u3057\u305F\u7D50\u679C\u3067\u3042\u308A\u3001\u57FA\u672C\u65B9\u91DD8\u306B\u5B9A\u3081\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\uFF08\u72EC\u7ACB\u3057\u305F\u76E3\u67FB\u4EBA\u304C\u8A08\u753B\u306B\u57FA\u3065\u3044\u3066\u884C\u3044\u3001\u610F\u898B\u3092\u8FF0\u3079\u308B\u3082\u306E\uFF09\u3067\u306F\u306A\u3044\u3002",
    en: "This report is the result of an automated check of each subject of the inventory against the policy's controls. It is not the information security audit of clause 8 (which an independent auditor carries out to a plan, giving an opinion)."
  },
  inputs: { ja: "\u5165\u529B", en: "Inputs" },
  inputsNone: { ja: "\u547C\u51FA\u3057\u5143\u306E\u6307\u5B9A\u306A\u3057", en: "not given by the caller" },
  generatedAt: { ja: "\u4F5C\u6210\u65E5\u6642", en: "Generated at" },
  generatedNone: { ja: "\u6307\u5B9A\u306A\u3057", en: "not given" },
  generatedByClock: { ja: "\u5B9F\u884C\u74B0\u5883\u306E\u6642\u8A08\u306B\u3088\u308B", en: "read from the clock of the machine that ran it" },
  preparedBy: { ja: "\u4F5C\u6210\u8005", en: "Prepared by" },
  checkedBy: { ja: "\u78BA\u8A8D\u8005", en: "Checked by" },
  signature: { ja: "\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F", en: "\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F\uFF3F" },
  policy: { ja: "\u30DD\u30EA\u30B7\u30FC", en: "Policy" },
  overlay: { ja: "\u9069\u7528\u3057\u305F\u5BFE\u7B56\u57FA\u6E96\uFF08\u30AA\u30FC\u30D0\u30FC\u30EC\u30A4\uFF09", en: "Overlay applied (organisation's standards)" },
  none: gloss("word.none"),
  asOf: gloss("word.as-of"),
  asOfNone: { ja: "\u6307\u5B9A\u306A\u3057\uFF08\u65E5\u4ED8\u306B\u57FA\u3065\u304F\u7BA1\u7406\u7B56\u306F\u8981\u78BA\u8A8D\uFF09", en: "not given (date-based controls need review)" },
  subjects: { ja: "\u5BFE\u8C61\u6570", en: "Subjects" },
  item: { ja: "\u9805\u76EE", en: "Item" },
  value: { ja: "\u5185\u5BB9", en: "Value" },
  summary: { ja: "\u7D50\u679C\u306E\u6982\u8981", en: "Summary by outcome" },
  outcome: { ja: "\u7D50\u679C", en: "Outcome" },
  count: { ja: "\u4EF6\u6570", en: "Count" },
  share: { ja: "\u5272\u5408", en: "Share" },
  byKind: { ja: "\u5BFE\u8C61\u306E\u7A2E\u985E", en: "Subjects by kind" },
  kind: { ja: "\u7A2E\u985E", en: "Kind" },
  byControl: { ja: "\u7BA1\u7406\u7B56\u5225\u306E\u7D50\u679C", en: "Results by control" },
  clause: gloss("word.clause"),
  clauseSource: { ja: `${gloss("word.clause").ja}\u30FB${gloss("word.provenance").ja}`, en: `${gloss("word.clause").en} \xB7 ${gloss("word.provenance").en.toLowerCase()}` },
  control: gloss("word.control"),
  provenance: gloss("word.provenance"),
  fail: { ja: "\u4E0D\u5099", en: "Fail" },
  manual: { ja: "\u8981\u78BA\u8A8D", en: "Manual" },
  pass: { ja: "\u5145\u8DB3", en: "Pass" },
  notApplicable: { ja: "\u5BFE\u8C61\u5916", en: "N/A" },
  unusedControls: {
    ja: "\u3053\u306E\u5224\u5B9A\u306E\u5BFE\u8C61\u306B\u9069\u7528\u3055\u308C\u306A\u304B\u3063\u305F\u7BA1\u7406\u7B56\uFF08\u8868\u306B\u542B\u3081\u306A\u3044\uFF09",
    en: "Controls that applied to no subject of this check (not in the table)"
  },
  byThreat: { ja: "\u8105\u5A01\u5225\u306E\u7D50\u679C", en: "Results by threat" },
  threat: { ja: "\u8105\u5A01", en: "Threat" },
  threatNote: {
    ja: "\u8105\u5A01\uFF08\u57FA\u672C\u65B9\u91DD4\uFF09\u3054\u3068\u306B\u3001\u305D\u306E\u8105\u5A01\u306B\u5BFE\u6297\u3059\u308B\u7BA1\u7406\u7B56\u306E\u5224\u5B9A\u3092\u6570\u3048\u308B\u3002",
    en: "For each threat of clause 4, the findings of the controls that counter it."
  },
  byOrganization: { ja: "\u7D44\u7E54\u5225\u306E\u7D50\u679C\uFF08\u57FA\u672C\u65B9\u91DD5(1)\uFF09", en: "Results by organisation (clause 5(1))" },
  byZone: { ja: "\u9818\u57DF\u5225\u306E\u7D50\u679C\uFF08\u57FA\u672C\u65B9\u91DD7(3)\uFF09", en: "Results by zone (clause 7(3))" },
  zoneNote: { ja: "\u60C5\u5831\u306E\u79FB\u9001\u306F\u3001\u79FB\u9001\u5148\u306E\u9818\u57DF\u306B\u6570\u3048\u308B\u3002", en: "A transfer counts under the zone it enters." },
  organization: { ja: "\u7D44\u7E54", en: "Organisation" },
  zone: { ja: "\u9818\u57DF", en: "Zone" },
  total: { ja: "\u8A08", en: "Total" },
  subjectLabel: { ja: "\u5BFE\u8C61", en: "Subject" },
  outOfScope: { ja: "\u9069\u7528\u7BC4\u56F2\u5916\u306E\u5BFE\u8C61", en: "Subjects out of scope" },
  outOfScopeNote: {
    ja: "\u57FA\u672C\u65B9\u91DD5\u306E\u9069\u7528\u7BC4\u56F2\u5916\u3068\u5224\u5B9A\u3057\u305F\u5BFE\u8C61\u3002\u5224\u5B9A\u304B\u3089\u9664\u3044\u305F\u7406\u7531\u3068\u3068\u3082\u306B\u63B2\u3052\u308B\u3002",
    en: "Subjects found outside the scope of clause 5, each with why they were left out of the judgement."
  },
  outOfScopeNone: { ja: "\u9069\u7528\u7BC4\u56F2\u5916\u306E\u5BFE\u8C61\u306F\u306A\u3044\u3002", en: "No subject is out of scope." },
  listed: { ja: "\u4E0D\u9069\u5408\u30FB\u8981\u78BA\u8A8D\u306E\u5BFE\u8C61", en: "Non-compliant subjects and subjects that need review" },
  listedNone: { ja: "\u4E0D\u9069\u5408\u53C8\u306F\u8981\u78BA\u8A8D\u306E\u5BFE\u8C61\u306F\u306A\u3044\u3002", en: "No subject is non-compliant or needs review." },
  status: { ja: "\u5224\u5B9A", en: "Status" },
  reason: { ja: "\u7406\u7531", en: "Reason" },
  remediation: gloss("word.remediation"),
  generatedBy: { ja: "\u4F5C\u6210", en: "Generated by" }
});
function inputsLabel(inputs, l) {
  return inputs === void 0 || inputs.length === 0 ? REPORT_STRINGS.inputsNone[l] : inputs.map((input) => input.subjects === void 0 ? input.name : l === "ja" ? `${input.name}\uFF08${formatCount(input.subjects)}\u4EF6\uFF09` : `${input.name} (${formatCount(input.subjects)} subject${input.subjects === 1 ? "" : "s"})`).join(l === "ja" ? "\u3001" : ", ");
}
function generatedLabel(generated, l) {
  return generated === void 0 ? REPORT_STRINGS.generatedNone[l] : generated.source === "given" ? generated.at : l === "ja" ? `${generated.at}\uFF08${REPORT_STRINGS.generatedByClock.ja}\uFF09` : `${generated.at} (${REPORT_STRINGS.generatedByClock.en})`;
}
function moreNote(more, l) {
  return l === "ja" ? `\u307B\u304B ${formatCount(more)} \u4EF6\u306F\u7701\u7565\u3057\u305F\uFF08\u4EF6\u6570\u306F\u4E0A\u8868\u306B\u5168\u3066\u542B\u3080\uFF09\u3002\u5168\u4EF6\u306F --format json \u3067\u5F97\u3089\u308C\u308B\u3002` : `${formatCount(more)} more are not shown (the counts above include them all). Use --format json for all of them.`;
}
function formatCount(value2) {
  return String(value2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatShare(part, total) {
  return total === 0 ? "-" : `${(part * 100 / total).toFixed(1)}%`;
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/report-writer.ts
function renderWith(writer, report) {
  let { subjects, ...head } = report, text3 = writer.head(head);
  return subjects.forEach((entry, position) => {
    text3 += writer.subject(entry, position, head);
  }), text3 + writer.tail(head, subjects.length);
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/audit-markdown.ts
var OUTCOME_ORDER = ["non-compliant", "needs-review", "compliant", "not-applicable"];
function row(cells2) {
  return `| ${cells2.join(" | ")} |
`;
}
function headRows(head, l) {
  let overlay = head.overlay === void 0 ? REPORT_STRINGS.none[l] : overlayLabel(head.overlay), text3 = row([REPORT_STRINGS.item[l], REPORT_STRINGS.value[l]]) + `| --- | --- |
`;
  return text3 += row([REPORT_STRINGS.policy[l], escapeMarkdown(`${head.policy.title} (${head.policy.id} ${head.policy.version})`)]), text3 += row([REPORT_STRINGS.overlay[l], escapeMarkdown(overlay)]), text3 += row([REPORT_STRINGS.asOf[l], escapeMarkdown(head.asOf ?? REPORT_STRINGS.asOfNone[l])]), text3 += row([REPORT_STRINGS.inputs[l], escapeMarkdown(inputsLabel(head.inputs, l))]), text3 += row([REPORT_STRINGS.generatedAt[l], escapeMarkdown(generatedLabel(head.generated, l))]), text3 += row([REPORT_STRINGS.subjects[l], formatCount(head.total)]), text3 += row([REPORT_STRINGS.preparedBy[l], " "]), text3 += row([REPORT_STRINGS.checkedBy[l], " "]), text3;
}
function subjectHeading(entry, position, l) {
  let label2 = [entry.id ?? `#${entry.index + 1}`, entry.name].filter((part) => part !== void 0).join(" ");
  return `### ${position + 1}. ${escapeMarkdown(label2)} (${OUTCOME_LABELS[entry.outcome][l]})

`;
}
function groupRow(name, counts2) {
  let o = counts2.outcomes;
  return row([name, ...[o["non-compliant"], o["needs-review"], o.compliant, o["not-applicable"], counts2.total].map(formatCount)]);
}
function groupTables(head, l) {
  let columns = [OUTCOME_LABELS["non-compliant"][l], OUTCOME_LABELS["needs-review"][l], OUTCOME_LABELS.compliant[l], OUTCOME_LABELS["not-applicable"][l], REPORT_STRINGS.total[l]], text3 = `
## ${REPORT_STRINGS.byOrganization[l]}

${row([REPORT_STRINGS.organization[l], ...columns])}| --- | ---: | ---: | ---: | ---: | ---: |
`;
  for (let r of head.byOrganization) text3 += groupRow(r.organization === void 0 ? escapeMarkdown(r.name) : `${escapeMarkdown(r.name)} (${markdownCode(r.organization)})`, r);
  text3 += `
## ${REPORT_STRINGS.byZone[l]}

${REPORT_STRINGS.zoneNote[l]}

${row([REPORT_STRINGS.zone[l], ...columns])}| --- | ---: | ---: | ---: | ---: | ---: |
`;
  for (let r of head.byZone) text3 += groupRow(r.zone === void 0 ? escapeMarkdown(r.name) : `${escapeMarkdown(r.name)} (${markdownCode(r.zone)})`, r);
  return text3;
}
function markdownWriter() {
  return {
    head(head) {
      let l = head.locale, text3 = `# ${REPORT_STRINGS.title[l]}

${REPORT_STRINGS.notAudit[l]}

${headRows(head, l)}
`;
      text3 += `## ${REPORT_STRINGS.summary[l]}

${row([REPORT_STRINGS.outcome[l], REPORT_STRINGS.count[l], REPORT_STRINGS.share[l]])}| --- | ---: | ---: |
`;
      for (let outcome of OUTCOME_ORDER)
        text3 += row([OUTCOME_LABELS[outcome][l], formatCount(head.outcomes[outcome]), formatShare(head.outcomes[outcome], head.total)]);
      let kinds = Object.entries(head.kinds);
      if (kinds.length > 0) {
        text3 += `
${row([REPORT_STRINGS.kind[l], REPORT_STRINGS.count[l]])}| --- | ---: |
`;
        for (let [kind, count] of kinds) text3 += row([`${KIND_LABELS[kind][l]} (\`${kind}\`)`, formatCount(count)]);
      }
      text3 += `
## ${REPORT_STRINGS.byControl[l]}

`, text3 += row([REPORT_STRINGS.clause[l], REPORT_STRINGS.control[l], REPORT_STRINGS.provenance[l], REPORT_STRINGS.fail[l], REPORT_STRINGS.manual[l], REPORT_STRINGS.pass[l], REPORT_STRINGS.notApplicable[l]]), text3 += `| --- | --- | --- | ---: | ---: | ---: | ---: |
`;
      let unused = [];
      for (let control of head.controls) {
        if (control.pass + control.fail + control.manual === 0) {
          unused.push(markdownCode(control.control));
          continue;
        }
        text3 += row([
          escapeMarkdown(control.clause),
          `${escapeMarkdown(control.title)} (${markdownCode(control.control)})`,
          PROVENANCE_LABELS[control.provenance][l],
          formatCount(control.fail),
          formatCount(control.manual),
          formatCount(control.pass),
          formatCount(control["not-applicable"])
        ]);
      }
      unused.length > 0 && (text3 += `
${REPORT_STRINGS.unusedControls[l]}: ${unused.join(", ")}
`), text3 += `
## ${REPORT_STRINGS.byThreat[l]}

${REPORT_STRINGS.threatNote[l]}

`, text3 += row([REPORT_STRINGS.threat[l], REPORT_STRINGS.fail[l], REPORT_STRINGS.manual[l], REPORT_STRINGS.pass[l]]) + `| --- | ---: | ---: | ---: |
`;
      for (let threat of head.threats) {
        let applied = threat.pass + threat.fail + threat.manual;
        if (threat.parent !== void 0 && applied === 0) continue;
        let name = `${threat.parent === void 0 ? "**" : "\u3000"}${threat.threat} ${escapeMarkdown(threat.name)}${threat.parent === void 0 ? "**" : ""}`;
        text3 += row([name, formatCount(threat.fail), formatCount(threat.manual), formatCount(threat.pass)]);
      }
      if (text3 += groupTables(head, l), text3 += `
## ${l === "ja" ? "\u4F8B\u5916\u63AA\u7F6E" : "Exceptions"}

`, head.exceptions.length === 0) text3 += `${l === "ja" ? "\u306A\u3057\u3002" : "None."}
`;
      else {
        text3 += row(l === "ja" ? ["\u53C2\u7167\u756A\u53F7", "\u6709\u52B9\u671F\u9593", "\u7D4C\u8DEF", "\u9069\u7528\u3057\u305F\u7BA1\u7406\u7B56", "\u9069\u7528\u3057\u306A\u304B\u3063\u305F\u7BA1\u7406\u7B56", "\u5BFE\u8C61"] : ["Reference", "Period", "Link", "Used for", "Rejected for", "Subjects"]), text3 += `| --- | --- | --- | --- | --- | --- |
`;
        for (let exception2 of head.exceptions)
          text3 += row([
            escapeMarkdown(exception2.reference),
            `${exception2.validFrom ?? ""}\u301C${exception2.validUntil}`,
            exception2.link === void 0 ? "" : `${exception2.link.from}\u2192${exception2.link.to}`,
            exception2.controls.map((id2) => `\`${id2}\``).join(", "),
            exception2.rejected.map((r) => `\`${r.control}\` (${r.reason})`).join(", "),
            `${escapeMarkdown(exception2.subjects.join(", "))}${exception2.subjectCount > exception2.subjects.length ? ", \u2026" : ""} (${formatCount(exception2.subjectCount)})`
          ]);
      }
      return `${text3}
## ${REPORT_STRINGS.listed[l]}

`;
    },
    subject(entry, position, head) {
      let l = head.locale, text3 = subjectHeading(entry, position, l);
      text3 += row([REPORT_STRINGS.clauseSource[l], REPORT_STRINGS.control[l], REPORT_STRINGS.status[l], REPORT_STRINGS.reason[l], REPORT_STRINGS.remediation[l]]) + `| --- | --- | --- | --- | --- |
`;
      for (let finding of entry.findings)
        text3 += row([
          escapeMarkdown(provenanceTag(finding.clause, finding.provenance, l)),
          `${escapeMarkdown(finding.title)} (${markdownCode(finding.control)})`,
          STATUS_LABELS[finding.status][l],
          escapeMarkdown(finding.reason),
          escapeMarkdown(finding.remediation ?? "")
        ]);
      return `${text3}
`;
    },
    tail(head, listed) {
      let l = head.locale, text3 = listed === 0 ? `${REPORT_STRINGS.listedNone[l]}

` : "";
      if (text3 += `## ${REPORT_STRINGS.outOfScope[l]} (${formatCount(head.outOfScope.total)})

`, head.outOfScope.total === 0) return `${text3}${REPORT_STRINGS.outOfScopeNone[l]}
`;
      text3 += `${REPORT_STRINGS.outOfScopeNote[l]}

${row(["#", REPORT_STRINGS.subjectLabel[l], REPORT_STRINGS.organization[l], REPORT_STRINGS.clause[l], REPORT_STRINGS.reason[l]])}| ---: | --- | --- | --- | --- |
`;
      for (let entry of head.outOfScope.subjects) {
        let label2 = [entry.id ?? `#${entry.index + 1}`, entry.name].filter((part) => part !== void 0).join(" ");
        text3 += row([String(entry.index + 1), escapeMarkdown(label2), escapeMarkdown(entry.organization ?? ""), escapeMarkdown(entry.clause), escapeMarkdown(entry.reason)]);
      }
      let more = head.outOfScope.total - head.outOfScope.subjects.length;
      return more > 0 ? `${text3}
${escapeMarkdown(moreNote(more, l))}
` : text3;
    }
  };
}
function renderAuditMarkdown(report) {
  return renderWith(markdownWriter(), report);
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/audit-html.ts
var OUTCOME_ORDER2 = ["non-compliant", "needs-review", "compliant", "not-applicable"], OUTCOME_CLASS = {
  "non-compliant": "ng",
  "needs-review": "review",
  compliant: "ok",
  "not-applicable": "na"
}, STYLE = `
@page { size: A4; margin: 15mm 14mm 17mm; }
:root { color-scheme: light; --ng: #b3261e; --review: #8a5a00; --ok: #1e6b35; --na: #5f6368; --line: #d0d4da; }
body { font-family: "Hiragino Sans", "Noto Sans JP", "Yu Gothic", Meiryo, system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1f24; line-height: 1.6; }
h1 { font-size: 1.6rem; border-bottom: 3px solid #1b1f24; padding-bottom: .3rem; }
h2 { font-size: 1.25rem; margin-top: 2.2rem; border-left: 6px solid #1b1f24; padding-left: .5rem; }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f3f5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.sub td:first-child { padding-left: 1.6rem; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: .8rem; color: #fff; font-size: .85rem; white-space: nowrap; }
.ng { background: var(--ng); } .review { background: var(--review); } .ok { background: var(--ok); } .na { background: var(--na); }
.bar { display: flex; height: 1.1rem; border-radius: .3rem; overflow: hidden; margin: .6rem 0; background: #eceff1; }
.bar span { display: block; height: 100%; }
code { font-size: .85em; color: #444; }
.note { border: 1px solid var(--line); background: #f8f9fa; padding: .5rem .8rem; font-size: .92rem; }
tr.sign td { height: 2.2rem; }
.muted { color: #5f6368; font-size: .9rem; }
footer { margin-top: 3rem; color: #5f6368; font-size: .85rem; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } .bar, .badge, th { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
`.trim();
function badge(outcome, l) {
  return `<span class="badge ${OUTCOME_CLASS[outcome]}">${escapeHtml(OUTCOME_LABELS[outcome][l])}</span>`;
}
function cells(tag, values, numeric = []) {
  return values.map((value2, i) => `<${tag}${tag === "td" && numeric.includes(i) ? ' class="n"' : ""}>${value2}</${tag}>`).join("");
}
function detailNote(more, shown3, l) {
  return l === "ja" ? `\u8A73\u7D30\u306F\u6700\u521D\u306E ${formatCount(shown3)} \u4EF6\u306E\u307F\u793A\u3057\u3001\u307B\u304B ${formatCount(more)} \u4EF6\u306F\u7701\u7565\u3057\u305F\uFF08\u4E0A\u306E\u4EF6\u6570\u306F\u5168\u4EF6\u3092\u542B\u3080\uFF09\u3002\u5168\u4EF6\u306E\u8A73\u7D30\u306F --format json \u53C8\u306F --detail all \u3067\u5F97\u3089\u308C\u308B\u3002` : `Only the first ${formatCount(shown3)} subjects are shown in detail; ${formatCount(more)} more are not (the counts above include them all). Use --format json or --detail all for every one.`;
}
function groupRow2(name, counts2) {
  let o = counts2.outcomes;
  return `<tr>${cells("td", [name, ...[o["non-compliant"], o["needs-review"], o.compliant, o["not-applicable"], counts2.total].map(formatCount)], [1, 2, 3, 4, 5])}</tr>
`;
}
function groupTables2(head, l) {
  let e = escapeHtml, columns = [OUTCOME_LABELS["non-compliant"][l], OUTCOME_LABELS["needs-review"][l], OUTCOME_LABELS.compliant[l], OUTCOME_LABELS["not-applicable"][l], REPORT_STRINGS.total[l]].map(e), html = `<h2>${e(REPORT_STRINGS.byOrganization[l])}</h2>
<table class="groups"><thead><tr>${cells("th", [e(REPORT_STRINGS.organization[l]), ...columns])}</tr></thead><tbody>
`;
  for (let r of head.byOrganization) html += groupRow2(r.organization === void 0 ? e(r.name) : `${e(r.name)} <code>${e(r.organization)}</code>`, r);
  html += `</tbody></table>
<h2>${e(REPORT_STRINGS.byZone[l])}</h2>
<p class="muted">${e(REPORT_STRINGS.zoneNote[l])}</p>
<table class="groups"><thead><tr>${cells("th", [e(REPORT_STRINGS.zone[l]), ...columns])}</tr></thead><tbody>
`;
  for (let r of head.byZone) html += groupRow2(r.zone === void 0 ? e(r.name) : `${e(r.name)} <code>${e(r.zone)}</code>`, r);
  return `${html}</tbody></table>
`;
}
function outOfScopeSection(head, l) {
  let e = escapeHtml, html = `<h2>${e(REPORT_STRINGS.outOfScope[l])} (${formatCount(head.outOfScope.total)})</h2>
`;
  if (head.outOfScope.total === 0) return `${html}<p>${e(REPORT_STRINGS.outOfScopeNone[l])}</p>
`;
  html += `<p class="muted">${e(REPORT_STRINGS.outOfScopeNote[l])}</p>
<table class="out-of-scope"><thead><tr>${cells("th", ["#", REPORT_STRINGS.subjectLabel[l], REPORT_STRINGS.organization[l], REPORT_STRINGS.clause[l], REPORT_STRINGS.reason[l]].map(e))}</tr></thead><tbody>
`;
  for (let entry of head.outOfScope.subjects) {
    let label2 = [entry.id ?? `#${entry.index + 1}`, entry.name].filter((part) => part !== void 0).join(" ");
    html += `<tr>${cells("td", [String(entry.index + 1), e(label2), e(entry.organization ?? ""), e(entry.clause), e(entry.reason)], [0])}</tr>
`;
  }
  html += `</tbody></table>
`;
  let more = head.outOfScope.total - head.outOfScope.subjects.length;
  return more > 0 ? `${html}<p class="muted">${e(moreNote(more, l))}</p>
` : html;
}
var HTML_DETAIL_LIMIT = 500;
function htmlWriter(options) {
  let limit = options?.detail === "all" ? Number.POSITIVE_INFINITY : Math.max(0, options?.detail ?? HTML_DETAIL_LIMIT);
  return {
    head(head) {
      let l = head.locale, e = escapeHtml, overlay = head.overlay === void 0 ? REPORT_STRINGS.none[l] : overlayLabel(head.overlay), html = `<!DOCTYPE html>
<html lang="${l}">
<head>
<meta charset="utf-8">
`;
      html += `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
`, html += `<meta name="viewport" content="width=device-width, initial-scale=1">
`, html += `<title>${e(REPORT_STRINGS.title[l])} \u2014 ${e(head.policy.id)} ${e(head.policy.version)}${head.asOf === void 0 ? "" : ` (${e(head.asOf)})`}</title>
`, html += `<style>
${STYLE}
</style>
</head>
<body>
<h1>${e(REPORT_STRINGS.title[l])}</h1>
`, html += `<p class="note">${e(REPORT_STRINGS.notAudit[l])}</p>
`, html += `<table class="meta"><tbody>
`, html += `<tr><th>${e(REPORT_STRINGS.policy[l])}</th><td>${e(head.policy.title)} <code>${e(head.policy.id)} ${e(head.policy.version)}</code></td></tr>
`, html += `<tr><th>${e(REPORT_STRINGS.overlay[l])}</th><td>${e(overlay)}</td></tr>
`, html += `<tr><th>${e(REPORT_STRINGS.asOf[l])}</th><td>${e(head.asOf ?? REPORT_STRINGS.asOfNone[l])}</td></tr>
`, html += `<tr><th>${e(REPORT_STRINGS.inputs[l])}</th><td>${e(inputsLabel(head.inputs, l))}</td></tr>
`, html += `<tr><th>${e(REPORT_STRINGS.generatedAt[l])}</th><td>${e(generatedLabel(head.generated, l))}</td></tr>
`, html += `<tr><th>${e(REPORT_STRINGS.subjects[l])}</th><td>${formatCount(head.total)}</td></tr>
`, html += `<tr class="sign"><th>${e(REPORT_STRINGS.preparedBy[l])}</th><td></td></tr>
<tr class="sign"><th>${e(REPORT_STRINGS.checkedBy[l])}</th><td></td></tr>
</tbody></table>
`, html += `<h2>${e(REPORT_STRINGS.summary[l])}</h2>
<div class="bar" role="img" aria-label="${e(REPORT_STRINGS.summary[l])}">`;
      for (let outcome of OUTCOME_ORDER2) {
        let count = head.outcomes[outcome];
        count > 0 && (html += `<span class="${OUTCOME_CLASS[outcome]}" style="width:${(count * 100 / head.total).toFixed(3)}%" title="${e(OUTCOME_LABELS[outcome][l])}: ${formatCount(count)}"></span>`);
      }
      html += `</div>
<table><thead><tr>${cells("th", [REPORT_STRINGS.outcome[l], REPORT_STRINGS.count[l], REPORT_STRINGS.share[l]])}</tr></thead><tbody>
`;
      for (let outcome of OUTCOME_ORDER2)
        html += `<tr>${cells("td", [badge(outcome, l), formatCount(head.outcomes[outcome]), formatShare(head.outcomes[outcome], head.total)], [1, 2])}</tr>
`;
      html += `</tbody></table>
`;
      let kinds = Object.entries(head.kinds);
      if (kinds.length > 0) {
        html += `<table><thead><tr>${cells("th", [REPORT_STRINGS.kind[l], REPORT_STRINGS.count[l]])}</tr></thead><tbody>
`;
        for (let [kind, count] of kinds) html += `<tr>${cells("td", [`${e(KIND_LABELS[kind][l])} <code>${e(kind)}</code>`, formatCount(count)], [1])}</tr>
`;
        html += `</tbody></table>
`;
      }
      html += `<h2>${e(REPORT_STRINGS.byControl[l])}</h2>
<table><thead><tr>`, html += cells("th", [REPORT_STRINGS.clause[l], REPORT_STRINGS.control[l], REPORT_STRINGS.provenance[l], REPORT_STRINGS.fail[l], REPORT_STRINGS.manual[l], REPORT_STRINGS.pass[l], REPORT_STRINGS.notApplicable[l]]), html += `</tr></thead><tbody>
`;
      let unused = [];
      for (let c of head.controls) {
        if (c.pass + c.fail + c.manual === 0) {
          unused.push(`<code>${e(c.control)}</code>`);
          continue;
        }
        let values = [e(c.clause), `${e(c.title)} <code>${e(c.control)}</code>`, e(PROVENANCE_LABELS[c.provenance][l])];
        html += `<tr>${cells("td", [...values, formatCount(c.fail), formatCount(c.manual), formatCount(c.pass), formatCount(c["not-applicable"])], [3, 4, 5, 6])}</tr>
`;
      }
      html += `</tbody></table>
`, unused.length > 0 && (html += `<p class="muted">${e(REPORT_STRINGS.unusedControls[l])}: ${unused.join(", ")}</p>
`), html += `<h2>${e(REPORT_STRINGS.byThreat[l])}</h2>
<p class="muted">${e(REPORT_STRINGS.threatNote[l])}</p>
<table><thead><tr>`, html += `${cells("th", [REPORT_STRINGS.threat[l], REPORT_STRINGS.fail[l], REPORT_STRINGS.manual[l], REPORT_STRINGS.pass[l]])}</tr></thead><tbody>
`;
      for (let t of head.threats) {
        if (t.parent !== void 0 && t.pass + t.fail + t.manual === 0) continue;
        let name = t.parent === void 0 ? `<strong>${e(t.threat)} ${e(t.name)}</strong>` : `${e(t.threat)} ${e(t.name)}`;
        html += `<tr${t.parent === void 0 ? "" : ' class="sub"'}>${cells("td", [name, formatCount(t.fail), formatCount(t.manual), formatCount(t.pass)], [1, 2, 3])}</tr>
`;
      }
      if (html += `</tbody></table>
${groupTables2(head, l)}<h2>${e(l === "ja" ? "\u4F8B\u5916\u63AA\u7F6E" : "Exceptions")}</h2>
`, head.exceptions.length === 0) html += `<p>${e(l === "ja" ? "\u306A\u3057\u3002" : "None.")}</p>
`;
      else {
        html += `<table><thead><tr>${cells("th", l === "ja" ? ["\u53C2\u7167\u756A\u53F7", "\u6709\u52B9\u671F\u9593", "\u7D4C\u8DEF", "\u9069\u7528\u3057\u305F\u7BA1\u7406\u7B56", "\u9069\u7528\u3057\u306A\u304B\u3063\u305F\u7BA1\u7406\u7B56", "\u5BFE\u8C61"] : ["Reference", "Period", "Link", "Used for", "Rejected for", "Subjects"])}</tr></thead><tbody>
`;
        for (let x of head.exceptions) {
          let subjects = `${e(x.subjects.join(", "))}${x.subjectCount > x.subjects.length ? ", \u2026" : ""} (${formatCount(x.subjectCount)})`, used = x.controls.map((id2) => `<code>${e(id2)}</code>`).join(", "), rejected2 = x.rejected.map((r) => `<code>${e(r.control)}</code> (${e(r.reason)})`).join(", "), link2 = x.link === void 0 ? "" : `${e(x.link.from)}\u2192${e(x.link.to)}`;
          html += `<tr>${cells("td", [e(x.reference), `${e(x.validFrom ?? "")}\u301C${e(x.validUntil)}`, link2, used, rejected2, subjects])}</tr>
`;
        }
        html += `</tbody></table>
`;
      }
      return html += `<h2>${e(REPORT_STRINGS.listed[l])}</h2>
`, html;
    },
    subject(entry, position, head) {
      if (position >= limit) return "";
      let l = head.locale, e = escapeHtml, label2 = [entry.id ?? `#${entry.index + 1}`, entry.name].filter((part) => part !== void 0).join(" "), html = `<section>
<h3>${position + 1}. ${e(label2)} ${badge(entry.outcome, l)} <span class="muted">${e(KIND_LABELS[entry.kind][l])}</span></h3>
`;
      html += `<table><thead><tr>${cells("th", [REPORT_STRINGS.clauseSource[l], REPORT_STRINGS.control[l], REPORT_STRINGS.status[l], REPORT_STRINGS.reason[l], REPORT_STRINGS.remediation[l]])}</tr></thead><tbody>
`;
      for (let f of entry.findings) {
        let status = `<span class="badge ${f.status === "fail" ? "ng" : "review"}">${e(STATUS_LABELS[f.status][l])}</span>`;
        html += `<tr>${cells("td", [e(provenanceTag(f.clause, f.provenance, l)), `${e(f.title)}<br><code>${e(f.control)}</code>`, status, e(f.reason), e(f.remediation ?? "")])}</tr>
`;
      }
      return `${html}</tbody></table>
</section>
`;
    },
    tail(head, listed) {
      let l = head.locale, more = listed - Math.min(listed, limit);
      return `${listed === 0 ? `<p>${escapeHtml(REPORT_STRINGS.listedNone[l])}</p>
` : more > 0 ? `<p class="note more">${escapeHtml(detailNote(more, limit, l))}</p>
` : ""}${outOfScopeSection(head, l)}<footer>${escapeHtml(REPORT_STRINGS.generatedBy[l])}: @miyagi-kouiki/infosec-policy \u2014 ${escapeHtml(head.policy.id)} ${escapeHtml(head.policy.version)}</footer>
</body>
</html>
`;
    }
  };
}
function renderAuditHtml(report, options) {
  return renderWith(htmlWriter(options), report);
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109], fullwidthMinimalCodePoint = 12288, fullwidthMaximumCodePoint = 65510, fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352, wideMaximumCodePoint = 262141, wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0, high = Math.floor(ranges.length / 2) - 1;
  for (; low <= high; ) {
    let mid = Math.floor((low + high) / 2), i = mid * 2;
    if (codePoint < ranges[i])
      high = mid - 1;
    else if (codePoint > ranges[i + 1])
      low = mid + 1;
    else
      return !0;
  }
  return !1;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968, [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0], fastPathEnd = ranges[1];
  for (let index2 = 0; index2 < ranges.length; index2 += 2) {
    let start = ranges[index2], end = ranges[index2 + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end)
      return [start, end];
    end - start > fastPathEnd - fastPathStart && (fastPathStart = start, fastPathEnd = end);
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => codePoint < 161 || codePoint > 1114109 ? !1 : isInRange(ambiguousRanges, codePoint), isFullwidth = (codePoint) => codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint ? !1 : isInRange(fullwidthRanges, codePoint);
var isWide = (codePoint) => codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd ? !0 : codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint ? !1 : isInRange(wideRanges, codePoint);

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint))
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
}
function eastAsianWidth(codePoint, { ambiguousAsWide = !1 } = {}) {
  return validate(codePoint), isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint) ? 2 : 1;
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/display-width.ts
var ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]$/u, EMOJI = new RegExp("^(?:\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\u{FE0F}|\\p{Regional_Indicator}{2}|[#*0-9]\\u{FE0F}?\\u{20E3})", "u"), segmenter;
function graphemeWidth(grapheme) {
  if (EMOJI.test(grapheme)) return 2;
  for (let char of grapheme)
    if (!ZERO_WIDTH.test(char))
      return eastAsianWidth(char.codePointAt(0), { ambiguousAsWide: !1 });
  return 0;
}
function displayWidth(text3) {
  let width = 0, ascii = !0;
  for (let i = 0; i < text3.length; i++) {
    let code2 = text3.charCodeAt(i);
    if (code2 < 32 || code2 > 126) {
      ascii = !1;
      break;
    }
  }
  if (ascii) return text3.length;
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  for (let { segment } of segmenter.segment(text3)) width += graphemeWidth(segment);
  return width;
}
function padEndDisplay(text3, width) {
  return text3 + " ".repeat(Math.max(0, width - displayWidth(text3)));
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/audit-text.ts
function subjectLabel(entry) {
  let id2 = entry.id ?? `#${entry.index + 1}`;
  return entry.name === void 0 ? id2 : `${id2}  ${entry.name}`;
}
var visible = escapeTerminal, COLUMNS = "\u4E0D\u5099 fail  \u8981\u78BA\u8A8D manual  \u5145\u8DB3 pass", GROUP_COLUMNS = "  \u4E0D\u9069\u5408    \u8981\u78BA\u8A8D      \u9069\u5408    \u5BFE\u8C61\u5916        \u8A08";
function groupCounts(row2) {
  let o = row2.outcomes;
  return [o["non-compliant"], o["needs-review"], o.compliant, o["not-applicable"], row2.total].map((n) => formatCount(n).padStart(10)).join("");
}
function counts(fail2, manual2, pass2) {
  return `${formatCount(fail2).padStart(8)}${formatCount(manual2).padStart(13)}${formatCount(pass2).padStart(11)}`;
}
function textWriter() {
  return {
    head(head) {
      let lines = [];
      lines.push(`${REPORT_STRINGS.title.ja} / ${REPORT_STRINGS.title.en}`), lines.push("=".repeat(64)), lines.push(REPORT_STRINGS.notAudit.ja, REPORT_STRINGS.notAudit.en, ""), lines.push(`\u30DD\u30EA\u30B7\u30FC / Policy:        ${visible(head.policy.id)} ${visible(head.policy.version)}`), lines.push(`\u5BFE\u7B56\u57FA\u6E96 / Overlay:       ${head.overlay === void 0 ? `${REPORT_STRINGS.none.ja} / ${REPORT_STRINGS.none.en}` : visible(overlayLabel(head.overlay))}`), lines.push(`\u5224\u5B9A\u57FA\u6E96\u65E5 / As of:       ${head.asOf ?? `${REPORT_STRINGS.asOfNone.ja} / ${REPORT_STRINGS.asOfNone.en}`}`), lines.push(`\u5165\u529B / Inputs:            ${visible(inputsLabel(head.inputs, head.locale))}`), lines.push(`\u4F5C\u6210\u65E5\u6642 / Generated at:  ${visible(generatedLabel(head.generated, head.locale))}`), lines.push(`\u4F5C\u6210\u8005 / Prepared by:     ${REPORT_STRINGS.signature.ja}`), lines.push(`\u78BA\u8A8D\u8005 / Checked by:      ${REPORT_STRINGS.signature.ja}`), lines.push(`\u5BFE\u8C61\u6570 / Subjects:        ${formatCount(head.total)}`), lines.push(""), lines.push("\u7D50\u679C / Outcomes");
      for (let outcome of ["non-compliant", "needs-review", "compliant", "not-applicable"]) {
        let label2 = `${OUTCOME_LABELS[outcome].ja} / ${OUTCOME_LABELS[outcome].en}`;
        lines.push(`  ${padEndDisplay(label2, 28)}${formatCount(head.outcomes[outcome]).padStart(9)}`);
      }
      lines.push(""), lines.push(`${padEndDisplay("\u7BA1\u7406\u7B56\u5225 / By control", 54)}${COLUMNS}`);
      for (let control of head.controls) {
        if (control.fail + control.manual + control.pass === 0) continue;
        let name = `${padEndDisplay(visible(control.clause), 8)}${visible(control.title)}`;
        lines.push(`  ${padEndDisplay(name, 52)}${counts(control.fail, control.manual, control.pass)}`);
      }
      lines.push(""), lines.push(`${padEndDisplay("\u8105\u5A01\u5225 / By threat", 54)}${COLUMNS}`);
      for (let threat of head.threats) {
        if (threat.parent !== void 0) continue;
        let name = `${visible(threat.threat).padEnd(4)}${visible(threat.name)}`;
        lines.push(`  ${padEndDisplay(name, 52)}${counts(threat.fail, threat.manual, threat.pass)}`);
      }
      lines.push(""), lines.push(`${padEndDisplay("\u7D44\u7E54\u5225 / By organisation (5(1))", 46)}${GROUP_COLUMNS}`);
      for (let row2 of head.byOrganization)
        lines.push(`  ${padEndDisplay(visible(row2.organization === void 0 ? row2.name : `${row2.name} (${row2.organization})`), 44)}${groupCounts(row2)}`);
      lines.push(""), lines.push(`${padEndDisplay("\u9818\u57DF\u5225 / By zone (7(3))", 46)}${GROUP_COLUMNS}`);
      for (let row2 of head.byZone) lines.push(`  ${padEndDisplay(visible(row2.name), 44)}${groupCounts(row2)}`);
      lines.push(""), lines.push("\u4F8B\u5916\u63AA\u7F6E / Exceptions"), head.exceptions.length === 0 && lines.push("  \u306A\u3057 / none");
      for (let exception2 of head.exceptions) {
        let period2 = `${exception2.validFrom ?? ""}\u301C${exception2.validUntil}`, link2 = exception2.link === void 0 ? "" : `  ${exception2.link.from}\u2192${exception2.link.to}`;
        lines.push(`  ${visible(exception2.reference)}  ${period2}${link2}  (${formatCount(exception2.subjectCount)})`), exception2.controls.length > 0 && lines.push(`      \u9069\u7528 / used: ${exception2.controls.join(", ")}`);
        for (let rejected2 of exception2.rejected) lines.push(`      \u4E0D\u9069\u7528 / rejected: ${rejected2.control} (${rejected2.reason})`);
        lines.push(`      \u5BFE\u8C61 / subjects: ${visible(exception2.subjects.join(", "))}${exception2.subjectCount > exception2.subjects.length ? ", \u2026" : ""}`);
      }
      return lines.push(""), lines.push("\u4E0D\u9069\u5408\u30FB\u8981\u78BA\u8A8D\u306E\u5BFE\u8C61 / Non-compliant and needs-review subjects"), `${lines.join(`
`)}
`;
    },
    subject(entry, _position, head) {
      let lines = [`  ${entry.outcome === "non-compliant" ? "\u25CF" : "\u25CB"} ${visible(subjectLabel(entry))}  [${OUTCOME_LABELS[entry.outcome][head.locale]}]`];
      for (let finding of entry.findings)
        lines.push(`      ${finding.status === "fail" ? "\u2717" : "?"} ${visible(provenanceTag(finding.clause, finding.provenance, head.locale))} ${visible(finding.title)}: ${visible(finding.reason)}`), finding.remediation !== void 0 && lines.push(`        \u2192 ${visible(finding.remediation)}`);
      return `${lines.join(`
`)}
`;
    },
    tail(head, listed) {
      let lines = listed === 0 ? ["  \u306A\u3057 / none"] : [];
      lines.push("", `\u9069\u7528\u7BC4\u56F2\u5916\u306E\u5BFE\u8C61 / Subjects out of scope (${formatCount(head.outOfScope.total)})`), head.outOfScope.total === 0 && lines.push("  \u306A\u3057 / none");
      for (let entry of head.outOfScope.subjects) {
        let label2 = entry.id ?? `#${entry.index + 1}`, name = entry.name === void 0 ? "" : `  ${entry.name}`, organization2 = entry.organization === void 0 ? "" : `  (${entry.organization})`;
        lines.push(`  - ${visible(`${label2}${name}${organization2}`)}`), lines.push(`      [${visible(entry.clause)}] ${visible(entry.reason)}`);
      }
      let more = head.outOfScope.total - head.outOfScope.subjects.length;
      return more > 0 && lines.push(`  ${moreNote(more, head.locale)}`), `${lines.join(`
`)}
`;
    }
  };
}
function renderAuditText(report) {
  return renderWith(textWriter(), report);
}

// ../../tmp/infosec-baseline-UtWtyv/src/report/audit-json.ts
function jsonWriter() {
  return {
    head(head) {
      let text3 = JSON.stringify(head, null, 2);
      return `${text3.slice(0, text3.lastIndexOf(`
}`))},
  "subjects": [`;
    },
    subject(entry, position) {
      return `${position === 0 ? "" : ","}
    ${JSON.stringify(entry)}`;
    },
    tail(_head, listed) {
      return `${listed === 0 ? "" : `
  `}]
}
`;
    }
  };
}
function renderAuditJson(report) {
  return renderWith(jsonWriter(), report);
}

// ../../tmp/infosec-baseline-UtWtyv/src/export/sha1.ts
function utf8Bytes(text3) {
  return new TextEncoder().encode(text3);
}
var rotl = (x, n) => x << n | x >>> 32 - n;
function sha1(bytes) {
  let length = bytes.length, padded = new Uint8Array((length + 8 >>> 6) + 1 << 6);
  padded.set(bytes), padded[length] = 128;
  let view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 536870912), !1), view.setUint32(padded.length - 4, length << 3 >>> 0, !1);
  let h0 = 1732584193, h1 = 4023233417, h2 = 2562383102, h3 = 271733878, h4 = 3285377520, w = new Int32Array(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(block + i * 4, !1);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let a = h0, b = h1, c = h2, d = h3, e = h4;
    for (let i = 0; i < 80; i++) {
      let f = i < 20 ? b & c | ~b & d : i < 40 ? b ^ c ^ d : i < 60 ? b & c | b & d | c & d : b ^ c ^ d, k = i < 20 ? 1518500249 : i < 40 ? 1859775393 : i < 60 ? 2400959708 : 3395469782, t = rotl(a, 5) + f + e + k + w[i] | 0;
      e = d, d = c, c = rotl(b, 30), b = a, a = t;
    }
    h0 = h0 + a | 0, h1 = h1 + b | 0, h2 = h2 + c | 0, h3 = h3 + d | 0, h4 = h4 + e | 0;
  }
  let digest2 = new Uint8Array(20), out = new DataView(digest2.buffer);
  return [h0, h1, h2, h3, h4].forEach((h, i) => out.setUint32(i * 4, h >>> 0, !1)), digest2;
}

// ../../tmp/infosec-baseline-UtWtyv/src/export/uuid-v5.ts
var URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8", UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function uuidBytes(uuid) {
  if (!UUID_PATTERN.test(uuid)) throw new TypeError(`not a UUID: ${JSON.stringify(uuid)}`);
  let hex = uuid.replace(/-/g, ""), bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
function uuidV5(namespace, name) {
  let ns = uuidBytes(namespace), nameBytes = utf8Bytes(name), message = new Uint8Array(16 + nameBytes.length);
  message.set(ns), message.set(nameBytes, 16);
  let hash = sha1(message);
  hash[6] = hash[6] & 15 | 80, hash[8] = hash[8] & 63 | 128;
  let hex = "";
  for (let i = 0; i < 16; i++) hex += hash[i].toString(16).padStart(2, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
var PACKAGE_NAMESPACE = uuidV5(URL_NAMESPACE, "urn:npm:@miyagi-kouiki/infosec-policy");

// ../../tmp/infosec-baseline-UtWtyv/src/export/oscal-common.ts
var OSCAL_VERSION = "1.0.6", OSCAL_NS = "https://miyagi-kouiki.github.io/infosec-policy/ns/oscal", DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
function checkTimestamp(timestamp) {
  if (!DATE_TIME.test(timestamp) || Number.isNaN(Date.parse(timestamp)))
    throw new TypeError(`timestamp must be an ISO date-time with a time zone, e.g. "2026-11-25T09:00:00+09:00"; got ${JSON.stringify(timestamp)}`);
  return timestamp;
}
function prop(name, value2, cls) {
  return cls === void 0 ? { name, ns: OSCAL_NS, value: oscalString(value2) } : { name, ns: OSCAL_NS, value: oscalString(value2), class: cls };
}
function oscalString(text3) {
  let line = escapeTerminal(text3.replace(/\s+/g, " ").trim());
  return line === "" ? "-" : line;
}
function oscalMarkupLine(text3) {
  return escapeOscalMarkup(oscalString(text3));
}
function oscalCode(id2) {
  return /^[\p{L}\p{N}._:()+\-①-⑳]+$/u.test(id2) ? `\`${id2}\`` : oscalMarkupLine(id2);
}
function derivedUuid(name) {
  return uuidV5(PACKAGE_NAMESPACE, name);
}
function digest(value2) {
  let hex = "";
  for (let byte of sha1(utf8Bytes(JSON.stringify(value2)))) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
function clauseProse(clause, locale) {
  return (clause.heading === void 0 ? clause.paragraphs : [clause.heading, ...clause.paragraphs]).map((text3) => text3[locale]).join(`

`);
}
function clauseResourceUuid(policy2, ref) {
  return derivedUuid(`clause/${policy2.id}/${ref}`);
}
function documentResourceUuid(policy2) {
  return derivedUuid(`document/${policy2.id}/${policy2.version}`);
}
var GUIDELINE_RESOURCE_UUID = derivedUuid("document/soumu-local-government-security-policy-guideline"), UNION_PARTY = Object.freeze({
  uuid: derivedUuid("party/miyagi-kouiki"),
  type: "organization",
  name: "\u5BAE\u57CE\u770C\u5F8C\u671F\u9AD8\u9F62\u8005\u533B\u7642\u5E83\u57DF\u9023\u5408",
  "short-name": "miyagi-kouiki"
});

// ../../tmp/infosec-baseline-UtWtyv/src/export/oscal-catalog.ts
var NO_SECTION_TEXT = [];
function bilingualPart(id2, name, text3, ns) {
  return {
    id: id2,
    name,
    ...ns === void 0 ? {} : { ns },
    prose: text3.ja,
    parts: [{ id: `${id2}.en`, name: "translation", ns: OSCAL_NS, class: "en", prose: text3.en }]
  };
}
function markupText(text3) {
  return { ja: oscalMarkupLine(text3.ja), en: oscalMarkupLine(text3.en) };
}
function basisProps(basis) {
  let props = [prop("basis-document", basis.document), prop("basis-edition", basis.edition), prop("basis-confidence", basis.confidence)];
  basis.section !== void 0 && props.push(prop("basis-section", basis.section));
  for (let source of basis.sources) props.push(prop("basis-source", source.url === void 0 ? `${source.id}: ${source.title}` : `${source.id}: ${source.url}`));
  return props;
}
function parameters(policy2, control) {
  return Object.entries(control.parameters).map(([name, spec]) => ({
    id: `${control.id}_prm_${name}`,
    label: oscalMarkupLine(spec.description.ja),
    usage: oscalMarkupLine(spec.description.en),
    props: [prop("name", name), prop("unit", spec.unit), prop("stricter", spec.stricter), prop("default", String(spec.default)), ...spec.basis === void 0 ? [] : basisProps(spec.basis)],
    constraints: [{ description: oscalMarkupLine(`${spec.min} \u2013 ${spec.max} ${spec.unit}; ${spec.stricter} is stricter`) }],
    values: [String(policy2.parameters[control.id]?.[name] ?? spec.default)]
  }));
}
function oscalControl(policy2, control, clause) {
  let props = [
    { name: "label", value: control.clause },
    prop("title", control.title.en, "en"),
    prop("provenance", control.provenance),
    prop("category", control.category),
    prop("admits-exception", String(control.admitsException))
  ];
  control.gate && props.push(prop("scope-gate", "true"));
  for (let threat of control.threats) props.push(prop("threat", threat));
  for (let kind of Object.keys(control.checks)) props.push(prop("subject-kind", kind));
  control.basis !== void 0 && props.push(...basisProps(control.basis));
  let links = [{ href: `#${clauseResourceUuid(policy2, control.clause)}`, rel: "reference", text: `\u57FA\u672C\u65B9\u91DD ${control.clause}` }];
  control.provenance === "guideline" && links.push({ href: `#${GUIDELINE_RESOURCE_UUID}`, rel: "reference", text: "\u7DCF\u52D9\u7701\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3" });
  let parts = [];
  if (clause !== void 0 && parts.push(bilingualPart(`${control.id}_smt`, "statement", { ja: clauseProse(clause, "ja"), en: clauseProse(clause, "en") })), parts.push(bilingualPart(`${control.id}_req`, "requirement", markupText(control.requirement), OSCAL_NS)), parts.push(bilingualPart(`${control.id}_rem`, "remediation", markupText(control.remediation), OSCAL_NS)), control.basis !== void 0) {
    let text3 = { ja: describeBasis(control.basis, "ja").join(" / "), en: describeBasis(control.basis, "en").join(" / ") };
    parts.push(bilingualPart(`${control.id}_basis`, "basis", markupText(text3), OSCAL_NS));
  }
  let params = parameters(policy2, control);
  return {
    id: control.id,
    class: control.provenance,
    title: oscalMarkupLine(control.title.ja),
    ...params.length === 0 ? {} : { params },
    props,
    links,
    parts
  };
}
function buildCatalog(policy2, timestamp, uuid) {
  let overlay = overlayOf(policy2, "en"), clauseByRef = new Map(policy2.clauses.map((clause) => [clause.ref, clause])), bySection = /* @__PURE__ */ new Map(), cited = /* @__PURE__ */ new Set();
  for (let control of policy2.controls) {
    let clause = clauseByRef.get(control.clause), section = clause?.section ?? Number.parseInt(control.clause, 10), list2 = bySection.get(section);
    list2 === void 0 && bySection.set(section, list2 = []), list2.push(oscalControl(policy2, control, clause)), cited.add(control.clause);
  }
  let groups = [...bySection.entries()].sort(([a], [b]) => a - b).map(([section, controls]) => {
    let clause = clauseByRef.get(String(section)), paragraphs = clause?.paragraphs ?? [], parts = paragraphs.length === 0 ? NO_SECTION_TEXT : [bilingualPart(`section-${section}_ovw`, "overview", { ja: paragraphs.map((p) => p.ja).join(`

`), en: paragraphs.map((p) => p.en).join(`

`) })];
    return {
      id: `section-${section}`,
      class: "section",
      title: clause?.heading?.ja ?? `${section}`,
      props: [{ name: "label", value: String(section) }, ...clause?.heading === void 0 ? [] : [prop("title", clause.heading.en, "en")]],
      ...parts.length === 0 ? {} : { parts },
      controls
    };
  }), resources = [
    {
      uuid: documentResourceUuid(policy2),
      title: policy2.title.ja,
      description: `${policy2.title.en}. The published basic policy of \u5BAE\u57CE\u770C\u5F8C\u671F\u9AD8\u9F62\u8005\u533B\u7642\u5E83\u57DF\u9023\u5408 (Miyagi Wide-Area Union of Late-Stage Elderly Medical Care).`,
      props: [prop("policy-id", policy2.id), prop("policy-version", policy2.version)],
      citation: { text: `\u5BAE\u57CE\u770C\u5F8C\u671F\u9AD8\u9F62\u8005\u533B\u7642\u5E83\u57DF\u9023\u5408\u300C${policy2.title.ja}\u300D` }
    },
    {
      uuid: GUIDELINE_RESOURCE_UUID,
      title: "\u5730\u65B9\u516C\u5171\u56E3\u4F53\u306B\u304A\u3051\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306B\u95A2\u3059\u308B\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3",
      description: "\u7DCF\u52D9\u7701\u306E\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3. Controls with provenance `guideline` take their rule from it, as defaults, because the organisation's own standards (\u5BFE\u7B56\u57FA\u6E96) are not public; the basic policy does not state them.",
      citation: { text: "\u7DCF\u52D9\u7701\u300C\u5730\u65B9\u516C\u5171\u56E3\u4F53\u306B\u304A\u3051\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u30DD\u30EA\u30B7\u30FC\u306B\u95A2\u3059\u308B\u30AC\u30A4\u30C9\u30E9\u30A4\u30F3\u300D" }
    }
  ];
  for (let clause of policy2.clauses)
    cited.has(clause.ref) && resources.push({
      uuid: clauseResourceUuid(policy2, clause.ref),
      title: `\u57FA\u672C\u65B9\u91DD ${clause.ref}${clause.heading === void 0 ? "" : ` ${clause.heading.ja}`}`,
      description: clauseProse(clause, "ja"),
      props: [prop("clause", clause.ref), prop("marker", clause.marker), prop("level", clause.level)],
      citation: { text: `\u5BAE\u57CE\u770C\u5F8C\u671F\u9AD8\u9F62\u8005\u533B\u7642\u5E83\u57DF\u9023\u5408\u300C${policy2.title.ja}\u300D${clause.ref}` },
      remarks: clauseProse(clause, "en")
    });
  let metadataProps = [prop("policy-id", policy2.id), prop("policy-version", policy2.version), prop("title", policy2.title.en, "en")];
  return overlay !== void 0 && metadataProps.push(prop("overlay", overlayLabel(overlay))), {
    catalog: {
      uuid,
      metadata: {
        title: `${policy2.title.ja}\uFF08${policy2.id} ${policy2.version}\uFF09`,
        "last-modified": timestamp,
        version: policy2.version,
        "oscal-version": OSCAL_VERSION,
        props: metadataProps,
        roles: [{ id: "creator", title: "Creator" }],
        parties: [UNION_PARTY],
        "responsible-parties": [{ "role-id": "creator", "party-uuids": [UNION_PARTY.uuid] }],
        remarks: oscalString(
          "Generated by @miyagi-kouiki/infosec-policy. One control per control of the policy's catalog, grouped by section of the basic policy. Each control's statement is the verbatim Japanese text of its clause, with the English translation as a `translation` part; the `provenance` prop says where the rule comes from: `basic-policy` (the text says so), `guideline` (a default from the national guideline, not stated by the basic policy) or `organization` (the organisation's own standards)."
        )
      },
      groups,
      "back-matter": { resources }
    }
  };
}
function toOscalCatalog(options) {
  let policy2 = options.policy ?? policy, timestamp = checkTimestamp(options.timestamp), content = buildCatalog(policy2, "1970-01-01T00:00:00Z", "00000000-0000-5000-8000-000000000000"), uuid = derivedUuid(`catalog/${policy2.id}/${policy2.version}/${digest(content)}`);
  return buildCatalog(policy2, timestamp, uuid);
}

// ../../tmp/infosec-baseline-UtWtyv/src/export/oscal-results.ts
var TEXT = {
  title: { ja: "\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u5BFE\u7B56\u306E\u9069\u5408\u72B6\u6CC1\uFF08\u81EA\u52D5\u5224\u5B9A\uFF09", en: "Information security measures: compliance status (automated check)" },
  result: { ja: "\u81EA\u52D5\u8A55\u4FA1", en: "Automated evaluation" },
  description: {
    ja: "@miyagi-kouiki/infosec-policy \u306E\u8A55\u4FA1\u30A8\u30F3\u30B8\u30F3\u306B\u3088\u308A\u3001\u5BFE\u8C61\u3054\u3068\u306B\u7BA1\u7406\u7B56\u3092\u81EA\u52D5\u3067\u5224\u5B9A\u3057\u305F\u7D50\u679C\u3002\u57FA\u672C\u65B9\u91DD8\u306B\u5B9A\u3081\u308B\u60C5\u5831\u30BB\u30AD\u30E5\u30EA\u30C6\u30A3\u76E3\u67FB\u3067\u306F\u306A\u3044\u3002",
    en: "Each subject judged automatically against each control by the evaluation engine of @miyagi-kouiki/infosec-policy. It is not the information security audit of clause 8."
  },
  plan: {
    ja: "\u8A55\u4FA1\u8A08\u753B: \u5BFE\u8C61\u4E00\u89A7\u3092\u5165\u529B\u3068\u3057\u3066\u3001\u30DD\u30EA\u30B7\u30FC\u306E\u5168\u7BA1\u7406\u7B56\u3092\u81EA\u52D5\u3067\u5224\u5B9A\u3059\u308B\uFF08\u8A55\u4FA1\u8A08\u753B\u306F\u5225\u6587\u66F8\u3068\u3057\u3066\u306F\u5B58\u5728\u3057\u306A\u3044\uFF09\u3002",
    en: "Assessment plan: every control of the policy is judged automatically for each subject of the inventory (there is no separate assessment plan document)."
  },
  noControls: { ja: "\u8A55\u4FA1\u3057\u305F\u5BFE\u8C61\u304C\u306A\u3044\u305F\u3081\u3001\u5224\u5B9A\u3057\u305F\u7BA1\u7406\u7B56\u306F\u306A\u3044\u3002", en: "No subject was evaluated, so no control was judged." },
  fail: { ja: "\u4E0D\u5099", en: "fail" },
  manual: { ja: "\u8981\u78BA\u8A8D", en: "needs review" },
  pass: { ja: "\u5145\u8DB3", en: "pass" },
  outcome: {
    compliant: { ja: "\u9069\u5408", en: "compliant" },
    "non-compliant": { ja: "\u4E0D\u9069\u5408", en: "non-compliant" },
    "needs-review": { ja: "\u8981\u78BA\u8A8D", en: "needs review" },
    "not-applicable": { ja: "\u5BFE\u8C61\u5916", en: "not applicable" }
  },
  asOf: { ja: "\u5224\u5B9A\u57FA\u6E96\u65E5", en: "as of" },
  provenance: { ja: "\u6839\u62E0", en: "Source" }
};
function markupTag(clause, provenance, l) {
  return `[${oscalMarkupLine(provenanceTag(clause, provenance, l).slice(1, -1))}]`;
}
function subjectKey(subject3, decision2, index2) {
  let id2 = subject3?.id ?? decision2.subjectId;
  return id2 === void 0 ? `${decision2.kind}/#${index2}` : `${decision2.kind}/${id2}`;
}
function subjectTitle(subject3, decision2, index2) {
  let id2 = subject3?.id ?? decision2.subjectId ?? `#${index2 + 1}`, name = subject3?.kind === "asset" ? subject3.name : void 0;
  return oscalMarkupLine(name === void 0 ? id2 : `${id2} ${name}`);
}
function organizationLabel(organization2) {
  if (typeof organization2 == "string") return organization2;
  let outside = typeof organization2 == "object" && organization2 !== null ? organization2.outside : void 0;
  return typeof outside == "string" ? `outside: ${outside}` : JSON.stringify(organization2) ?? "-";
}
function subjectType(kind) {
  return kind === "asset" ? "inventory-item" : kind === "organization" ? "party" : "component";
}
function build2(result, options, policy2, timestamp, uuid) {
  let l = options.locale ?? "ja", scope2 = `${policy2.id}/${policy2.version}/${result.asOf ?? "-"}`, overlay = overlayOf(policy2, l), observations = [], items = [], tallies = /* @__PURE__ */ new Map(), seen = /* @__PURE__ */ new Set();
  result.decisions.forEach((decision2, index2) => {
    let subject3 = options.subjects[index2], key = subjectKey(subject3, decision2, index2);
    seen.has(key) && (key = `${key}/#${index2}`), seen.add(key);
    let observationUuid = derivedUuid(`observation/${scope2}/${key}`), subjectUuid = derivedUuid(`subject/${key}`), title = subjectTitle(subject3, decision2, index2), props = [prop("outcome", decision2.outcome), prop("subject-kind", decision2.kind), prop("subject-index", String(index2))];
    subject3?.id !== void 0 && props.push(prop("subject-id", subject3.id));
    let problems = [], provenances = [];
    for (let finding of decision2.findings) {
      let tally = tallies.get(finding.control);
      if (tally === void 0 && tallies.set(finding.control, tally = { pass: 0, fail: 0, manual: 0, reasons: /* @__PURE__ */ new Map(), related: [] }), finding.status !== "not-applicable") {
        if (tally[finding.status]++, finding.status === "fail" || finding.status === "manual") {
          let reason = finding.message[l];
          tally.reasons.set(reason, (tally.reasons.get(reason) ?? 0) + 1), tally.related.push(observationUuid), provenances.includes(finding.provenance) || provenances.push(finding.provenance), problems.push(`- ${markupTag(finding.clause, finding.provenance, l)} ${oscalMarkupLine(finding.title[l])} (${oscalCode(finding.control)}, ${finding.status === "fail" ? TEXT.fail[l] : TEXT.manual[l]}): ${oscalMarkupLine(reason)}`);
        }
        finding.status === "pass" && finding.exception !== void 0 && props.push(prop("exception-used", `${finding.control}: ${finding.exception.reference}`));
      }
    }
    for (let provenance of provenances) props.push(prop("provenance", provenance));
    let outcome = TEXT.outcome[decision2.outcome][l];
    if (observations.push({
      uuid: observationUuid,
      title,
      description: problems.length === 0 ? `${outcome}.` : `${outcome}:

${problems.join(`
`)}`,
      props,
      methods: ["EXAMINE"],
      types: ["control-objective"],
      subjects: [{ "subject-uuid": subjectUuid, type: subjectType(decision2.kind), title }],
      collected: timestamp
    }), subject3?.kind === "asset") {
      let itemProps = [prop("asset-category", subject3.category), prop("organization", organizationLabel(subject3.organization))];
      subject3.id !== void 0 && itemProps.push(prop("asset-id", subject3.id)), subject3.zone !== void 0 && itemProps.push(prop("zone", subject3.zone)), items.push({ uuid: subjectUuid, description: title, props: itemProps });
    }
  });
  let findings = [];
  for (let control of policy2.controls) {
    let tally = tallies.get(control.id);
    if (tally === void 0 || tally.pass + tally.fail + tally.manual === 0) continue;
    let state = tally.fail + tally.manual === 0 ? "satisfied" : "not-satisfied", reason = tally.fail > 0 ? "fail" : tally.manual > 0 ? "other" : "pass", counts2 = `${TEXT.fail[l]} ${tally.fail}, ${TEXT.manual[l]} ${tally.manual}, ${TEXT.pass[l]} ${tally.pass}`, reasons = [...tally.reasons.entries()].map(([text3, count]) => `- ${oscalMarkupLine(text3)} (${count})`);
    findings.push({
      uuid: derivedUuid(`finding/${scope2}/${control.id}`),
      title: oscalMarkupLine(`${control.clause} ${control.title[l]}`),
      description: `${TEXT.provenance[l]}: ${markupTag(control.clause, control.provenance, l)}. ${reasons.length === 0 ? `${counts2}.` : `${counts2}.

${reasons.join(`
`)}`}`,
      props: [prop("clause", control.clause), prop("provenance", control.provenance), prop("fail-count", String(tally.fail)), prop("manual-count", String(tally.manual)), prop("pass-count", String(tally.pass))],
      target: {
        type: "objective-id",
        "target-id": control.id,
        title: oscalMarkupLine(control.title[l]),
        status: { state, reason, ...reasons.length === 0 ? {} : { remarks: reasons.join(`
`) } }
      },
      ...tally.related.length === 0 ? {} : { "related-observations": tally.related.map((u) => ({ "observation-uuid": u })) }
    });
  }
  let planUuid = derivedUuid(`assessment-plan/${policy2.id}/${policy2.version}`), resources = [{ uuid: planUuid, title: TEXT.plan[l], description: TEXT.description[l], props: [prop("policy-id", policy2.id), prop("policy-version", policy2.version)] }], links = [];
  if (options.catalogUuid !== void 0) {
    let catalogResource = derivedUuid(`catalog-resource/${options.catalogUuid}`);
    resources.push({ uuid: catalogResource, title: `OSCAL catalog ${options.catalogUuid}`, props: [prop("catalog-uuid", options.catalogUuid)] }), links.push({ href: `#${catalogResource}`, rel: "reference" });
  }
  let resultProps = [prop("policy-id", policy2.id), prop("policy-version", policy2.version), prop("subject-count", String(result.decisions.length))];
  result.asOf !== void 0 && resultProps.push(prop("as-of", result.asOf)), overlay !== void 0 && resultProps.push(prop("overlay", overlayLabel(overlay)));
  let reviewed = findings.map((finding) => ({ "control-id": finding.target["target-id"] })), oscalResult = {
    uuid: derivedUuid(`result/${scope2}/${uuid}`),
    title: `${TEXT.result[l]}${result.asOf === void 0 ? "" : `\uFF08${TEXT.asOf[l]} ${result.asOf}\uFF09`}`,
    description: TEXT.description[l],
    start: timestamp,
    end: timestamp,
    props: resultProps,
    ...items.length === 0 ? {} : { "local-definitions": { "inventory-items": items } },
    "reviewed-controls": { "control-selections": [reviewed.length === 0 ? { description: TEXT.noControls[l] } : { "include-controls": reviewed }] },
    ...observations.length === 0 ? {} : { observations },
    ...findings.length === 0 ? {} : { findings }
  }, metadataProps = [prop("policy-id", policy2.id), prop("policy-version", policy2.version)];
  return overlay !== void 0 && metadataProps.push(prop("overlay", overlayLabel(overlay))), {
    "assessment-results": {
      uuid,
      metadata: {
        title: `${TEXT.title[l]}\uFF08${policy2.id} ${policy2.version}${result.asOf === void 0 ? "" : `, ${result.asOf}`}\uFF09`,
        "last-modified": timestamp,
        version: policy2.version,
        "oscal-version": OSCAL_VERSION,
        props: metadataProps,
        ...links.length === 0 ? {} : { links },
        roles: [{ id: "assessor", title: "Assessor" }],
        parties: [UNION_PARTY],
        "responsible-parties": [{ "role-id": "assessor", "party-uuids": [UNION_PARTY.uuid] }]
      },
      "import-ap": { href: `#${planUuid}`, remarks: TEXT.plan[l] },
      results: [oscalResult],
      "back-matter": { resources }
    }
  };
}
function toOscalAssessmentResults(result, options) {
  let policy2 = options.policy ?? policy;
  if (policy2.id !== result.policy.id || policy2.version !== result.policy.version)
    throw new TypeError(`the audit was made by ${result.policy.id} ${result.policy.version}, not by ${policy2.id} ${policy2.version}: pass the same policy`);
  let timestamp = checkTimestamp(options.timestamp), content = build2(result, options, policy2, "1970-01-01T00:00:00Z", "00000000-0000-5000-8000-000000000000"), uuid = derivedUuid(`assessment-results/${policy2.id}/${policy2.version}/${digest(content)}`);
  return build2(result, options, policy2, timestamp, uuid);
}
export {
  ALL_CLASSIFICATIONS,
  AccessSubjectSchema,
  AppliedHandlingRequirementSchema,
  ApproverRoleSchema,
  AssetCategorySchema,
  AssetLocationSchema,
  AssetRangeSchema,
  AssetSubjectSchema,
  AuditReportSchema,
  AuditResultSchema,
  AuditSummarySchema,
  AvailabilityLevelSchema,
  BASIS_SOURCES,
  BasisSourceSchema,
  CHECKLIST_QUESTIONS,
  CLASSIFICATION_LEVELS,
  CarryOutSubjectSchema,
  ChecklistAnswersSchema,
  ClassificationComparisonSchema,
  ClassificationDimensionSchema,
  ClassificationSchema,
  ClassificationSchemeSchema,
  ClauseLevelSchema,
  ClauseRefSchema,
  ClauseSchema,
  CloudUseSubjectSchema,
  ConfidentialityLevelSchema,
  ControlCategorySchema,
  ControlChangeSchema,
  DecisionAsOfSchema,
  DecisionSchema,
  ExceptionLinkSchema,
  ExceptionReferenceSchema,
  ExceptionRegisterEntrySchema,
  ExceptionRegisterSchema,
  ExceptionRejectedSchema,
  ExceptionRejectionReasonSchema,
  ExceptionUsedSchema,
  FactorKindSchema,
  FindingSchema,
  FindingStatusSchema,
  GUIDELINE_DOCUMENT,
  GlossaryEntrySchema,
  GuidelineBasisSchema,
  GuidelineEditionSchema,
  HIGHEST_CLASSIFICATION,
  HTML_DETAIL_LIMIT,
  HandlingOverrideIssueCodeSchema,
  HandlingOverrideIssueSchema,
  HandlingOverridesErrorSchema,
  HandlingOverridesSchema,
  HandlingParameterNameSchema,
  HandlingParameterSchema,
  HandlingRequirementIdSchema,
  HandlingRequirementSchema,
  IntegrityLevelSchema,
  InvalidInputError,
  InvalidSubjectError,
  IsoDateSchema,
  JSON_SCHEMA_BASE_URL,
  LOWEST_CLASSIFICATION,
  LayerIdSchema,
  LayerSchema,
  LocaleSchema,
  LocalizedTextSchema,
  MeasureIdSchema,
  MeasureSchema,
  OSCAL_NS,
  OSCAL_VERSION,
  OUTCOME_BY_SEVERITY,
  OVERLAY_LIMITS,
  OVERLAY_WEAKENING_CODES,
  ObligationDocumentSchema,
  ObligationSchema,
  OrganizationControlRuleSchema,
  OrganizationIdSchema,
  OrganizationRefSchema,
  OrganizationSchema,
  OrganizationSubjectSchema,
  OrganizationTermSchema,
  OutcomeSchema,
  OutsideOrganizationSchema,
  OutsourcingSubjectSchema,
  OverlayIdSchema,
  OverlayRejectedError,
  OverlaySchema,
  OverlayVersionSchema,
  PersonCategorySchema,
  PolicyRefSchema,
  ProvenanceSchema,
  REPORTED_EXCEPTION_SUBJECTS,
  RecordedExceptionSchema,
  RegisterProblemCodeSchema,
  ReportControlRowSchema,
  ReportGeneratedSchema,
  ReportInputSchema,
  ReportOrganizationRowSchema,
  ReportOutOfScopeSchema,
  ReportOverlaySchema,
  ReportPolicySchema,
  ReportThreatRowSchema,
  ReportZoneRowSchema,
  ReportedExceptionSchema,
  ReportedFindingSchema,
  ReportedOutOfScopeSchema,
  ReportedSubjectSchema,
  RuleConditionSchema,
  RuleFieldSchema,
  RuleRequirementSchema,
  RuleValueSchema,
  STAFF_CATEGORIES,
  STATUS_SEVERITY,
  SUBJECT_KINDS,
  SafeguardSchema,
  ScopeSchema,
  SignInSubjectSchema,
  SoftwareUseSubjectSchema,
  StatusCountsSchema,
  StatusTallySchema,
  SubjectKindSchema,
  SubjectRefSchema,
  SubjectSchema,
  TermIdSchema,
  TermSchema,
  ThreatExampleIdSchema,
  ThreatExampleSchema,
  ThreatIdSchema,
  ThreatRefSchema,
  ThreatSchema,
  TransferChannelSchema,
  TransferSubjectSchema,
  UnknownClauseError,
  UnknownExceptionControlError,
  UnknownPolicyVersionError,
  UnknownTermError,
  UnknownThreatError,
  ZoneSchema,
  audit,
  buildAuditReport,
  checkExceptionRegister,
  checklistAnswersTemplate,
  checklistSections,
  childClauses,
  clauseText2 as clauseText,
  clauses,
  combineAll,
  combineClassifications,
  compareClassifications,
  controlCatalog,
  controlKinds,
  createAuditReporter,
  createAuditor,
  defineControl,
  describeBasis,
  describeClassification,
  diffPolicies,
  documentTitle,
  escapeHtml,
  escapeMarkdown,
  escapeOscalMarkup,
  escapeTerminal,
  evaluate,
  evaluateUnguarded,
  exceptionApproval,
  exceptionControlIssues,
  extendPolicy,
  fail,
  findClause,
  findTerm,
  formatPath,
  getClause,
  getPolicy,
  getTerm,
  getThreat,
  gloss,
  glossary,
  guidelineClassificationScheme,
  handlingParameterValueSchema,
  handlingRequirements,
  hasClause,
  isAtMost,
  isBoundByObligations,
  isChecklistAnswers,
  isInScope,
  isJsonSchemaName,
  jsonSchemaFor,
  jsonSchemaId,
  jsonSchemaNames,
  layers,
  manual,
  measures,
  normalizeClauseRef,
  notApplicable,
  obligations,
  outcomeOf,
  overlayOf,
  parseChecklistAnswers,
  parseOptions,
  parseSubject,
  pass,
  policies,
  policy,
  renderAuditHtml,
  renderAuditJson,
  renderAuditMarkdown,
  renderAuditText,
  renderChecklist,
  renderChecklistHtml,
  renderPolicyDiffMarkdown,
  reportOutcome,
  requirementsFor,
  safeEvaluate,
  safeExtendPolicy,
  scope,
  suggestOrganizationId,
  terms,
  threats,
  toOscalAssessmentResults,
  toOscalCatalog,
  uuidV5,
  validateHandlingOverrides
};
