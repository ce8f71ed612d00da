/** Name parts for generated directory users, per country. */
export const NAMES: Record<"PL" | "DE", [string[], string[]]> = {
  PL: [["Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Jan", "Agnieszka", "Michał", "Ewa", "Paweł", "Zofia", "Marek", "Julia", "Krzysztof", "Ola"], ["Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"]],
  DE: [["Lukas", "Lena", "Jonas", "Mia", "Felix", "Emma", "Paul", "Hannah", "Leon", "Sophie", "Finn", "Lea"], ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann"]],
};

/** Letters that Unicode does not decompose into a base letter and a mark, spelt in ASCII. */
const ASCII_SPELLING: Record<string, string> = { ł: "l", Ł: "L", đ: "d", Đ: "D", ø: "o", Ø: "O", ß: "ss", æ: "ae", Æ: "Ae", œ: "oe", Œ: "Oe", ı: "i" };

/** "Paweł Wójcik" → "pawel.wojcik": marks dropped, ł and the like spelt out, never a letter lost. */
export function emailLocalPart(first: string, last: string): string {
  return `${first}.${last}`
    .replace(/[łŁđĐøØßæÆœŒı]/g, (c) => ASCII_SPELLING[c])
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9.-]/g, "")
    .toLowerCase();
}

/** Polish masculine first names that end in -a all the same. */
const MASCULINE_IN_A = new Set(["Kuba", "Barnaba", "Bonawentura", "Kosma", "Jarema"]);

export function isFeminineFirstName(first: string, country: "PL" | "DE"): boolean {
  return country === "PL" && first.endsWith("a") && !MASCULINE_IN_A.has(first);
}

/**
 * A Polish surname as its bearer carries it: adjectival surnames agree with the person
 * (Kowalski → Kowalska, Zawadzki → Zawadzka, Wielki → Wielka); nouns do not (Nowak, Woźniak).
 */
export function surnameFor(last: string, feminine: boolean): string {
  return feminine ? last.replace(/(sk|ck|dzk|[^aeiouy]k)i$/, "$1a") : last;
}

/** The full name of a generated person: the surname agrees with the first name in Polish. */
export function personName(first: string, last: string, country: "PL" | "DE"): { name: string; emailLocal: string } {
  const surname = surnameFor(last, isFeminineFirstName(first, country));
  return { name: `${first} ${surname}`, emailLocal: emailLocalPart(first, surname) };
}
