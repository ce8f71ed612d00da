/** The two functions lib/api/client-schema.ts uses, typed by hand: the package's own types import TypeScript 5. */
export default function openapiTS(schema: object, options?: Record<string, unknown>): Promise<unknown>;
export function astToString(ast: unknown): string;
