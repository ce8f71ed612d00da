// openapi-typescript needs TypeScript 5's compiler API, installed in this folder only (see
// package.json): imported through this file, it resolves `typescript` here, not TypeScript 7.
export { default, astToString } from "openapi-typescript";
