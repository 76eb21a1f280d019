#!/usr/bin/env node
/**
 * The headless entry point. Every failure ends as one line on stderr and a non-zero exit:
 * 2 for a usage mistake, 1 for a source or output that failed. No stack traces reach the user.
 */
import { CliError, buildBrief, writeOutputs } from './build.js';
import { USAGE, UsageError, parseBuildArgs } from './args.js';

function describe(error: unknown): string {
  if (error instanceof CliError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && error instanceof Error && 'path' in error) return `${String((error as NodeJS.ErrnoException).path)}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : error.message}`;
  return error instanceof Error ? error.message.split('\n', 1)[0] ?? 'unexpected error' : String(error);
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const command = parseBuildArgs(argv);
    const brief = await buildBrief(command);
    const written = await writeOutputs(brief, command, (text) => process.stdout.write(text));
    for (const path of written) process.stderr.write(`sitbrief: wrote ${path}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`sitbrief: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`sitbrief: ${describe(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
