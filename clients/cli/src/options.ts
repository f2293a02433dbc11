import { InvalidArgumentError } from 'commander';

/** A commander argument parser for an integer in [min, max]; commander reports a bad value as a usage error. */
export function integer(min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`Expected a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}
