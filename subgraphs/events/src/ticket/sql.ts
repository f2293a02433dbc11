/** TypeORM's postgres driver answers UPDATE/DELETE with [rows, rowCount] and everything else with rows. */
export function updatedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : []) as T[];
}

export function affectedCount(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
