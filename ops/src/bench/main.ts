import { benchSignatures } from './signatures.bench';

/** `npm run bench`: every benchmark, each printing its own table. */
function main(): void {
  benchSignatures();
}

main();
