import { RuleTester } from "eslint";
import { afterAll, describe, it } from "vitest";
// @ts-expect-error: a plain .mjs ESLint rule, without types.
import { noLiteralUiText } from "../../eslint/no-literal-ui-text.mjs";

// RuleTester reports through the test framework's hooks when it is given them.
Object.assign(RuleTester, { afterAll, describe, it });

const tester = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });

tester.run("no-literal-ui-text", noLiteralUiText, {
  valid: [
    `<p>{t("title")}</p>`,
    `<span>{count} — {total} · 50%</span>`,
    `<input placeholder="XXXXX-XXXXX-XXXXX-XXXXX" />`,
    `<a href="/api/v1/openapi.json">{"/api/v1/openapi.json"}</a>`,
    `<h1>License Console</h1>`,
    `<div className="flex items-center" data-testid="seat-row" />`,
  ],
  invalid: [
    { code: `<p>Needs renewal</p>`, errors: [{ messageId: "literal" }] },
    { code: `<p>Wymaga odnowienia</p>`, errors: [{ messageId: "literal" }] },
    { code: `<button aria-label="Close dialog" />`, errors: [{ messageId: "literal" }] },
    { code: `<input placeholder={"Search by name"} />`, errors: [{ messageId: "literal" }] },
    { code: `<p>{"Nothing to do"}</p>`, errors: [{ messageId: "literal" }] },
    { code: "<Card title={`Seats`} />", errors: [{ messageId: "literal" }] },
  ],
});
