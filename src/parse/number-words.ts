const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/** A count written as digits ("5", "2.5") or a word ("five"); "(5)" and "five (5)" also work. */
export const COUNT =
  "(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)";

/** The number a COUNT token denotes, or undefined. */
export function countValue(token: string): number | undefined {
  const value = token.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value);
  return WORDS[value];
}
