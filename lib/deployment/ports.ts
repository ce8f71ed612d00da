import { createServer } from "node:net";

/** Whether nothing listens on host:port yet. */
export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * The preferred port when it is free, otherwise one the system hands out, and a line saying so
 * (another console or service may hold the usual one). A port the operator named explicitly is
 * never swapped: taking it is then their decision, and a clash is an error.
 */
export async function choosePort(opts: { preferred: number; explicit: boolean; what: string; variable: string; host?: string }): Promise<{ port: number; note?: string }> {
  if (opts.explicit || (await portIsFree(opts.preferred, opts.host))) return { port: opts.preferred };
  const port = await new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, opts.host ?? "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
  return { port, note: `Port ${opts.preferred} is taken: ${opts.what} uses ${port} instead (set ${opts.variable} to choose).` };
}
