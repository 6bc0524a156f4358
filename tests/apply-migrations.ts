// Applies the D1 migrations before each test file (storage is per file), as `npm run dev` does.
import { applyD1Migrations, env } from 'cloudflare:test';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
