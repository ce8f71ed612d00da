import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { jsonDepth, readJsonBody } from "./http";

function post(body: string, type = "application/json") {
  return new Request("http://console.test/api/v1/x", { method: "POST", headers: { "content-type": type }, body });
}

async function failure(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return { status: (e as AppError).status, code: (e as AppError).code };
}

describe("reading a JSON body", () => {
  it("answers 400 to JSON nested thousands deep, before anything walks it", async () => {
    const deep = "[".repeat(7000) + "]".repeat(7000);
    expect(await failure(readJsonBody(post(deep)))).toEqual({ status: 400, code: "too_deeply_nested" });
    const deepObject = '{"a":'.repeat(7000) + "1" + "}".repeat(7000);
    expect(await failure(readJsonBody(post(deepObject)))).toEqual({ status: 400, code: "too_deeply_nested" });
  });

  it("reads 64 levels, and brackets inside strings do not count", async () => {
    expect(await readJsonBody(post("[".repeat(64) + "]".repeat(64)))).toBeInstanceOf(Array);
    expect(await readJsonBody(post(JSON.stringify({ name: "[[[[\\\"{{{{".repeat(100) })))).toEqual({ name: "[[[[\\\"{{{{".repeat(100) });
    expect(jsonDepth('{"a":["]",{"b":"\\"["}]}')).toBe(3);
  });

  it("answers 413 past 1 MB and 400 to a body that is not JSON", async () => {
    expect(await failure(readJsonBody(post(`"${"x".repeat(1024 * 1024)}"`)))).toEqual({ status: 413, code: "payload_too_large" });
    expect(await failure(readJsonBody(post("email=a", "application/x-www-form-urlencoded")))).toMatchObject({ status: 400 });
  });
});
