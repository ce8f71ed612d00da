import type { LicensingModel } from "@/db/schema";

/** The demo publishers and their products; shared by the demo seed, sandboxes and the bench. */
export const PUBLISHERS = [
  { slug: "northwind", name: "Northwind Software" },
  { slug: "fabrikam", name: "Fabrikam Security" },
  { slug: "contoso", name: "Contoso Audio" },
] as const;

type ProductSpec = {
  sku: string;
  publisher: (typeof PUBLISHERS)[number]["slug"];
  name: string;
  family: string;
  editionRank: number;
  licensingModel: LicensingModel;
  features: string[];
  /** Yearly price per seat in minor units, per currency. */
  prices: Record<string, number>;
};

const STUDIO = ["photo-editing", "vector-graphics", "layout", "video", "cloud-storage-100gb"];
const ENDPOINT = ["anti-malware", "firewall", "device-control"];

export const PRODUCTS: ProductSpec[] = [
  {
    sku: "NW-STUDIO-ALL",
    publisher: "northwind",
    name: "Northwind Studio — All Apps",
    family: "northwind-studio",
    editionRank: 3,
    licensingModel: "per_user",
    features: STUDIO,
    prices: { PLN: 359900, EUR: 83900, CHF: 87900, GBP: 71900, USD: 89900, JPY: 13500000 },
  },
  {
    sku: "NW-STUDIO-PHOTO",
    publisher: "northwind",
    name: "Northwind Studio — Photo",
    family: "northwind-studio",
    editionRank: 1,
    licensingModel: "per_user",
    features: ["photo-editing", "cloud-storage-100gb"],
    prices: { PLN: 119900, EUR: 27900, CHF: 28900, GBP: 23900, USD: 29900, JPY: 4500000 },
  },
  {
    sku: "NW-PDF-PRO",
    publisher: "northwind",
    name: "Northwind PDF Pro",
    family: "northwind-pdf",
    editionRank: 2,
    licensingModel: "per_user",
    features: ["pdf-edit", "e-sign", "ocr"],
    prices: { PLN: 89900, EUR: 20900, CHF: 21900, GBP: 17900, USD: 22900, JPY: 3400000 },
  },
  {
    sku: "FB-ESC",
    publisher: "fabrikam",
    name: "Fabrikam Endpoint Security Cloud",
    family: "fabrikam-esc",
    editionRank: 1,
    licensingModel: "per_device",
    features: ENDPOINT,
    prices: { PLN: 12900, EUR: 2990, CHF: 3190, GBP: 2590, USD: 3290, JPY: 480000 },
  },
  {
    sku: "FB-ESC-PLUS",
    publisher: "fabrikam",
    name: "Fabrikam Endpoint Security Cloud Plus",
    family: "fabrikam-esc",
    editionRank: 2,
    licensingModel: "per_device",
    features: [...ENDPOINT, "web-control", "patch-management"],
    prices: { PLN: 17900, EUR: 4190, CHF: 4390, GBP: 3590, USD: 4590, JPY: 660000 },
  },
  {
    sku: "FB-ESC-PRO",
    publisher: "fabrikam",
    name: "Fabrikam Endpoint Security Cloud Pro",
    family: "fabrikam-esc",
    editionRank: 3,
    licensingModel: "per_device",
    features: [...ENDPOINT, "web-control", "patch-management", "edr", "encryption"],
    prices: { PLN: 24900, EUR: 5790, CHF: 5990, GBP: 4990, USD: 6290, JPY: 920000 },
  },
  {
    sku: "CT-MIXER",
    publisher: "contoso",
    name: "Contoso Mixer Ultimate",
    family: "contoso-mixer",
    editionRank: 2,
    licensingModel: "per_host",
    features: ["mixing", "mastering", "surround"],
    prices: { PLN: 219900, EUR: 49900, CHF: 52900, GBP: 42900, USD: 54900, JPY: 8200000 },
  },
];
