/** A wrong answer, the check it fails (start of its name) and the mistake id that check must diagnose. */
export interface TypicalMistake {
  mistake: string;
  answer: unknown;
  check: string;
  diagnosis: string;
}
