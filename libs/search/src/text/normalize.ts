/** The form every text is compared in: NFKC (full-width ＣＮＣ → CNC), lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
