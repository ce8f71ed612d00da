/**
 * The reference currency and the exchange rates a price list falls back to (lib/prices/rules.ts).
 * Units of each currency per 1 EUR, four significant digits (BGN is the lev's fixed rate).
 * **Not yet checked against a published source**: they were written as close to the ECB's euro
 * reference rates of the day below as could be done without fetching them, so compare them with
 * the ECB's table of that day before any customer is quoted through them. They are prices' last
 * resort, not a market feed: refresh them with the date when they drift, in one commit with its
 * reason and source.
 * A currency with no rate here is quoted in the reference currency itself.
 */
export const REFERENCE_CURRENCY = "EUR";

export const EXCHANGE_RATES = {
  asOf: "2025-11-28",
  perEur: {
    AUD: 1.771,
    BGN: 1.9558,
    BRL: 6.181,
    CAD: 1.622,
    CHF: 0.9316,
    CNY: 8.198,
    CZK: 24.16,
    DKK: 7.469,
    GBP: 0.8763,
    HKD: 9.009,
    HUF: 381.5,
    IDR: 19330,
    ILS: 3.782,
    INR: 103.5,
    ISK: 147.3,
    JPY: 181.1,
    KRW: 1703,
    MXN: 21.25,
    MYR: 4.785,
    NOK: 11.74,
    NZD: 2.026,
    PHP: 68.2,
    PLN: 4.233,
    RON: 5.093,
    SEK: 10.93,
    SGD: 1.503,
    THB: 37.35,
    TRY: 49.24,
    USD: 1.159,
    ZAR: 19.87,
  } as Readonly<Record<string, number>>,
};
