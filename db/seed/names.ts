/** Name parts for generated directory users, per country. */
export const NAMES: Record<"PL" | "DE", [string[], string[]]> = {
  PL: [["Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Jan", "Agnieszka", "Michał", "Ewa", "Paweł", "Zofia", "Marek", "Julia", "Krzysztof", "Ola"], ["Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"]],
  DE: [["Lukas", "Lena", "Jonas", "Mia", "Felix", "Emma", "Paul", "Hannah", "Leon", "Sophie", "Finn", "Lea"], ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann"]],
};
