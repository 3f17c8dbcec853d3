/** Checks an answer against a questions.json entry: every expect group met, nothing forbidden. */
export function missingFromAnswer(text: string, expect: string[][], forbid: string[] = []): string[] {
  const lower = text.toLowerCase();
  const problems: string[] = [];
  for (const group of expect) {
    if (!group.some((s) => lower.includes(s.toLowerCase())))
      problems.push(`missing one of ${JSON.stringify(group)}`);
  }
  for (const word of forbid)
    if (lower.includes(word.toLowerCase())) problems.push(`contains forbidden "${word}"`);
  return problems;
}
