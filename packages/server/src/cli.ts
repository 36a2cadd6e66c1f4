import { verifyAudit } from './audit/verify-audit.ts';
import { createBackup } from './backup/create-backup.ts';
import { restoreBackup } from './backup/restore-backup.ts';
import { openDatabase } from './db/client.ts';
import { loadEnv } from './env.ts';

const usage = `Uso: npm run cli -- <comando>
  audit verify            verifica la catena di hash del registro delle modifiche
  backup <file.jsonl.gz>  copia di sicurezza del database (PGlite o PostgreSQL)
  restore <file.jsonl.gz> ripristino in un database vuoto`;

const [command, arg] = process.argv.slice(2);
const env = loadEnv();
const database = await openDatabase({
  url: env.DATABASE_URL,
  listenUrl: env.DATABASE_LISTEN_URL,
  dataDir: env.DATA_DIR,
});
let code = 0;
try {
  if (command === 'audit' && arg === 'verify') {
    const result = await verifyAudit(database.db);
    if (result.ok) console.log(`Registro integro: ${result.entries} voci verificate.`);
    else {
      console.error(`Registro ALTERATO alla voce ${result.brokenAt}: ${result.reason}`);
      code = 1;
    }
  } else if (command === 'backup' && arg) {
    const counts = await createBackup(database.db, arg);
    console.log(`Copia scritta in ${arg}: ${JSON.stringify(counts)}`);
  } else if (command === 'restore' && arg) {
    const counts = await restoreBackup(database.db, arg);
    console.log(`Ripristino completato: ${JSON.stringify(counts)}`);
  } else {
    console.error(usage);
    code = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await database.close();
}
process.exit(code);
