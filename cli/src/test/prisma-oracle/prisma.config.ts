// Prisma 6 runs its migration engine offline from the WebAssembly build inside the npm package when
// the configuration names a JavaScript driver adapter; PG_URL is set by make-expected.sh.
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPg({ connectionString: process.env.PG_URL }),
});
