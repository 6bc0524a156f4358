// Types of analyst-sql.mjs, for the tests that run its statements against D1.
export declare const NAME: RegExp;
export declare const RESERVED: readonly string[];
export declare function checkName(name: unknown): string | undefined;
export declare function newToken(): string;
export declare function tokenSha256(token: string): string;
export declare function addStatement(name: string, token: string, at: string): string;
export declare function revokeStatement(name: string, at: string): string;
export declare function rotateStatements(name: string, token: string, at: string): string;
export declare const LIST_STATEMENT: string;
