// eslint-disable-next-line import-x/no-default-export
export default async function globalTeardown(): Promise<void> {
  await globalThis.__IMAJIN_TEST_PG__?.stop();
}
