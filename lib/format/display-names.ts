/** Names of countries and currencies in the interface language (not the workspace's). */
export function countryName(code: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function currencyName(code: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: "currency" }).of(code) ?? code;
  } catch {
    return code;
  }
}
