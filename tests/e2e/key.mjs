// An independent copy of the published scoring key (Neff 2003; Raes et al. 2011), used to check
// what the widget shows. Written separately from the Rust code on purpose.
export const SUBSCALES = [
  ['Self-Kindness', [5, 12, 19, 23, 26], false],
  ['Self-Judgment', [1, 8, 11, 16, 21], true],
  ['Common Humanity', [3, 7, 10, 15], false],
  ['Isolation', [4, 13, 18, 25], true],
  ['Mindfulness', [9, 14, 17, 22], false],
  ['Over-Identification', [2, 6, 20, 24], true],
];

export const SHORT_FORM = [6, 26, 14, 13, 15, 12, 9, 25, 2, 10, 1, 11];

const reversed = new Set(SUBSCALES.filter(([, , r]) => r).flatMap(([, items]) => items));

/** num/den to two decimals, rounded half up, with integer arithmetic. */
export function fixed2(num, den) {
  const h = Math.floor((num * 200 + den) / (2 * den));
  return `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
}

/** Expected table for the long form: `answers[n]` answers item n (1-based). */
export function expectLong(answers) {
  const rows = SUBSCALES.map(([name, items]) => [name, fixed2(items.reduce((s, n) => s + answers[n], 0), items.length)]);
  let keyed = 0;
  for (let n = 1; n <= 26; n += 1) keyed += reversed.has(n) ? 6 - answers[n] : answers[n];
  rows.push(['Total', fixed2(keyed, 26)]);
  return rows;
}

/** Expected total for the short form: `answers[i]` answers short-form position i (0-based). */
export function expectShort(answers) {
  let keyed = 0;
  SHORT_FORM.forEach((n, i) => {
    keyed += reversed.has(n) ? 6 - answers[i] : answers[i];
  });
  return fixed2(keyed, 12);
}
