/**
 * Words a person reads come from the message catalogues (messages/*.json), never from JSX: a
 * literal would stay English on a Polish or German page. Flags JSX text, and string literals in
 * the attributes people read (labels, titles, placeholders, alt text), that contain a letter.
 * A word has two lower-case letters in a row: symbols, numbers and punctuation ("—", "·", "%"),
 * format samples in capitals ("XXXXX-XXXXX-…", "-----BEGIN ACTIVATION KEY-----") and paths
 * ("/api/v1/openapi.json") pass; so do the names below, which read the same in every language.
 */
const READ_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-valuetext", "title", "placeholder", "alt", "label", "description", "hint"]);

/** Product and protocol names, units and format names that are not translated. */
const ALLOWED = new Set(["License Console", "OpenAPI", "API", "CSV", "SKU", "UTC", "JSON", "HTTP", "PO"]);

const WORD = /\p{Ll}{2}/u;
const PATH = /^(\/|[a-z]+:\/\/)\S*$/;

function isWords(text) {
  const trimmed = text.replace(/\s+/g, " ").trim();
  return WORD.test(trimmed) && !PATH.test(trimmed) && !ALLOWED.has(trimmed);
}

/** The text of a string literal or a template without placeholders, else null. */
function literalText(node) {
  if (node?.type === "Literal" && typeof node.value === "string") return node.value;
  if (node?.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

/** @type {import("eslint").Rule.RuleModule} */
export const noLiteralUiText = {
  meta: {
    type: "problem",
    docs: { description: "UI text comes from the message catalogues, not JSX literals" },
    messages: { literal: "“{{text}}” is text a person reads: move it into messages/*.json and use t()." },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: "literal", data: { text: text.trim().slice(0, 60) } });
    return {
      JSXText(node) {
        if (isWords(node.value)) report(node, node.value);
      },
      // {"Some words"} as a child reads like JSX text.
      "JSXElement > JSXExpressionContainer, JSXFragment > JSXExpressionContainer"(node) {
        const text = literalText(node.expression);
        if (text !== null && isWords(text)) report(node, text);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === "string" ? node.name.name : "";
        if (!READ_ATTRIBUTES.has(name) || !node.value) return;
        const text = node.value.type === "JSXExpressionContainer" ? literalText(node.value.expression) : literalText(node.value);
        if (text !== null && isWords(text)) report(node.value, text);
      },
    };
  },
};

export default { rules: { "no-literal-ui-text": noLiteralUiText } };
