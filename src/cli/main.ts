#!/usr/bin/env node
// newsgraph's command line. Data on stdout, logs and progress on stderr; typed errors become exit codes.
import { Command, CommanderError } from 'commander';
import { NewsgraphError } from '../errors.js';
import { readVersion, registerCommands } from './commands.js';
import { closeNeo4j } from './neo4j.js';

const program = new Command('newsgraph')
  .description('Turn Korean and English news articles into a knowledge graph of who does what to whom.')
  .version(readVersion())
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else if (err instanceof NewsgraphError) {
    process.stderr.write(`newsgraph: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else {
    process.stderr.write(`newsgraph: unexpected error: ${(err as Error)?.stack ?? err}\n`);
    process.exitCode = 1;
  }
} finally {
  if (!program.opts().keepAlive) await closeNeo4j();
}
