import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server package's folder, found from this module upwards: the same whether the code runs from
 * src/ through tsx (tests, `npm run dev`) or bundled in dist/server.js (`npm start`), where every
 * module's import.meta.url is the bundle's.
 */
function findPackageRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const serverRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A file of the server package (migrations, fixtures, assets) by its path from the package folder. */
export const serverPath = (...parts: string[]): string => join(serverRoot, ...parts);
