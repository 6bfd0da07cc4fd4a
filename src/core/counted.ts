/** "1 episode", "3 episodes": a count and its noun (plural with an s). */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
