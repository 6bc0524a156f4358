// Worker entry: the only exports are handlers (workerd refuses a main module with other exports).
import { catalog } from './catalog/catalog';
import type { Env } from './env';
import { createApp } from './http/app';

const app = createApp(catalog);

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
