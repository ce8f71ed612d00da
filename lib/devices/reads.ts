import { defineRead } from "@/lib/operations/read";
import type { TableParams } from "@/lib/tables/params";
import { devicesOfLicense, listDevices, type DeviceSort } from "./index";

/** The devices' declared reads (lib/operations/read): machines are hosts to the access matrix. */

export const devicesPage = defineRead({
  name: "devices page",
  resource: "host",
  run: (tx, ctx, table: TableParams<DeviceSort>) => listDevices(tx, ctx.workspace.id, table, ctx.workspace.locale),
});

export const licenseDevices = defineRead({
  name: "devices of a license",
  resource: "license",
  run: (tx, ctx, licenseId: string) => devicesOfLicense(tx, ctx.workspace.id, licenseId),
});
