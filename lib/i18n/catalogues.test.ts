import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import en from "@/messages/en.json";
import pl from "@/messages/pl.json";
import de from "@/messages/de.json";
import { UI_LOCALES } from "./locales";

type Catalogue = { [key: string]: string | Catalogue };
const catalogues: Record<string, Catalogue> = { en, pl, de };

function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Like next-intl: text in angle brackets that is no tag ("<paste the token>") stays text. */
function parseMessage(message: string): MessageFormatElement[] {
  try {
    return parse(message);
  } catch {
    return parse(message, { ignoreTag: true });
  }
}

/** The arguments a message needs (values and rich-text tags), and every plural it contains. */
function shape(message: string) {
  const args = new Set<string>();
  const plurals: { name: string; options: string[] }[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) args.add(el.value);
      if (el.type === TYPE.tag) {
        args.add(`<${el.value}>`);
        walk(el.children);
      }
      if (el.type === TYPE.select || el.type === TYPE.plural) {
        args.add(el.value);
        if (el.type === TYPE.plural && el.pluralType === "cardinal") plurals.push({ name: el.value, options: Object.keys(el.options) });
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parseMessage(message));
  return { args: [...args].sort(), plurals };
}

const reference = flatten(en);

describe("message catalogues", () => {
  it("are the UI locales, no more and no fewer", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...UI_LOCALES].sort());
  });

  for (const [locale, catalogue] of Object.entries(catalogues)) {
    const messages = flatten(catalogue);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    describe(locale, () => {
      it("has exactly the keys of en.json", () => {
        expect([...messages.keys()].filter((k) => !reference.has(k))).toEqual([]);
        expect([...reference.keys()].filter((k) => !messages.has(k))).toEqual([]);
      });

      it("uses the same ICU arguments and tags as en.json in every message", () => {
        const differing = [...reference].flatMap(([key, source]) => {
          const translated = messages.get(key);
          if (translated === undefined) return [];
          const [want, got] = [shape(source).args, shape(translated).args];
          return JSON.stringify(want) === JSON.stringify(got) ? [] : [`${key}: ${got.join(",")} instead of ${want.join(",")}`];
        });
        expect(differing).toEqual([]);
      });

      it(`gives every plural the categories ${locale} needs (${categories.join(", ")})`, () => {
        const missing = [...messages].flatMap(([key, message]) =>
          shape(message).plurals.flatMap(({ name, options }) => {
            const absent = categories.filter((c) => !options.includes(c));
            return absent.length ? [`${key} {${name}}: ${absent.join(", ")}`] : [];
          }),
        );
        expect(missing).toEqual([]);
      });
    });
  }

  it("fails on a plural without the Polish few and many", () => {
    const { plurals } = shape("{n, plural, one {# stanowisko} other {# stanowisk}}");
    const needed = new Intl.PluralRules("pl").resolvedOptions().pluralCategories;
    expect(needed.filter((c) => !plurals[0].options.includes(c))).toEqual(["few", "many"]);
  });

  it("reads right in Polish for 1, 2, 5 and 22", () => {
    const t = createTranslator({ locale: "pl", messages: pl, namespace: "renewal.figures" });
    expect([1, 2, 5, 22].map((count) => t("needsRenewalValue", { count }))).toEqual([
      "1 wymaga odnowienia",
      "2 wymagają odnowienia",
      "5 wymaga odnowienia",
      "22 wymagają odnowienia",
    ]);
  });
});
