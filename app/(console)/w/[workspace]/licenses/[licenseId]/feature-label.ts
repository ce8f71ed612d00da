/** "patch-management" → "Patch management"; "cloud-storage-100gb" → "Cloud storage 100GB". */
export function featureLabel(feature: string): string {
  const words = feature.split("-").map((w) => (/^\d+gb$/i.test(w) ? w.toUpperCase() : w));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
