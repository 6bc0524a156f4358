// The one Node built-in the worker uses, provided by workerd under the nodejs_compat flag. Declared
// here rather than pulling @types/node into the worker's types (it would bring Node's globals).
declare module 'node:crypto' {
  interface Hash {
    update(data: Uint8Array): Hash;
    digest(encoding: 'hex'): string;
  }
  export function createHash(algorithm: 'sha256'): Hash;
}
