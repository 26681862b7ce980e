import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // Every core (vitest's default is one fewer: one worker on a 2-core CI machine).
    maxWorkers: "100%",
  },
});
