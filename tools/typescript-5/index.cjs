// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS shim: typescript-eslint require()s TypeScript
module.exports = require("typescript");
