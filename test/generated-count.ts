/**
 * How many generated inputs a test tries. `npm test` tries them all. A mutation run reruns a test for
 * every mutant it covers, so there (vitest.mutation.config.ts sets MUTATION_RUN) it tries a tenth: the
 * same kinds of input, fewer of them, seconds instead of half a minute per mutant.
 */
export function generatedCount(full: number): number {
  return process.env.MUTATION_RUN === '1' ? Math.ceil(full / 10) : full;
}
