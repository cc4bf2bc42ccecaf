import { fileURLToPath } from "node:url";

/**
 * The folder of the web page's static files. The same relative path works from src/server (tsx)
 * and from dist/server (compiled): both are two levels below the package root, beside src/web.
 */
export function webRoot(): string {
  return fileURLToPath(new URL("../../src/web/", import.meta.url));
}
