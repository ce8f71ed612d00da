import { describe, expect, it } from "vitest";
import { emailLocalPart, isFeminineFirstName, personName, surnameFor } from "./names";

describe("generated people", () => {
  it("spell letters that do not decompose (ł, ß, ø) in e-mails instead of dropping them", () => {
    expect(emailLocalPart("Paweł", "Wójcik")).toBe("pawel.wojcik");
    expect(emailLocalPart("Michał", "Kozłowski")).toBe("michal.kozlowski");
    expect(emailLocalPart("Jürgen", "Strauß")).toBe("jurgen.strauss");
    expect(emailLocalPart("Łucja", "Żak")).toBe("lucja.zak");
  });

  it("give Polish women the feminine form of adjectival surnames; nouns and men keep theirs", () => {
    expect(personName("Anna", "Kowalski", "PL").name).toBe("Anna Kowalska");
    expect(personName("Zofia", "Wiśniewski", "PL")).toEqual({ name: "Zofia Wiśniewska", emailLocal: "zofia.wisniewska" });
    expect(personName("Julia", "Zawadzki", "PL").name).toBe("Julia Zawadzka");
    expect(personName("Ewa", "Nowak", "PL").name).toBe("Ewa Nowak");
    expect(personName("Ewa", "Woźniak", "PL").name).toBe("Ewa Woźniak");
    expect(personName("Piotr", "Kowalski", "PL").name).toBe("Piotr Kowalski");
    expect(personName("Kuba", "Kowalski", "PL").name).toBe("Kuba Kowalski");
  });

  it("apply the Polish rule to Polish names only", () => {
    expect(isFeminineFirstName("Lena", "DE")).toBe(false);
    expect(personName("Lena", "Nowitzki", "DE").name).toBe("Lena Nowitzki");
    expect(surnameFor("Kowalski", false)).toBe("Kowalski");
  });
});
