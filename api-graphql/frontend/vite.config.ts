import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// The running application (./mvnw -pl api-graphql -am spring-boot:run) answers the API during `npm run dev`.
const backend = process.env.LEDGER_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    // Straight into the jar's static resources: Spring Boot serves index.html at "/".
    outDir: here('../target/classes/static'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      // GraphiQL's modules start with "use no memo", meaningful only to the React compiler: not worth a warning.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        console: here('index.html'),
        login: here('login.html'),
        graphiql: here('graphiql/index.html'),
        anketa: here('anketa.html'),
      },
    },
  },
  server: {
    proxy: {
      '/graphql-ws': { target: backend.replace(/^http/, 'ws'), ws: true },
      '/graphql': backend,
      '/public/graphql': backend,
      '/login': backend,
      '/logout': backend,
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
