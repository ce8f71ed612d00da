/** Features written as acronyms. */
const ACRONYMS = new Set(["edr", "ocr", "pdf", "vpn", "mdm"]);

/** "patch-management" → "Patch management"; "edr" → "EDR"; "cloud-storage-100gb" → "Cloud storage 100GB". */
export function featureLabel(feature: string): string {
  const words = feature.split("-").map((w) => (/^\d+gb$/i.test(w) || ACRONYMS.has(w) ? w.toUpperCase() : w));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
